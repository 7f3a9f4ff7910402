import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { setActor } from '../audit/actor.js';
import { formatProblem, ImportError, importPaths } from '../interchange/importer.js';
import { isWebUrl } from '../records/record.js';
import { inTransaction } from '../../shared/sql.js';

/**
 * Stored script URLs (issue 15.3): a `source_url` of `javascript:alert(…)` imported from a
 * spreadsheet was rendered as a link. Only absolute http:// and https:// addresses are accepted;
 * anything else is refused naming file, row and column, and the database refuses it too.
 */
let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load({ units: [{ code: 'D1', name: 'Quận Một', kind: 'DISTRICT' }] });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-url-test-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const HOSTILE = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'http:/no-host',
  'https://',
  'ftp://files.example/x',
  'file:///etc/passwd',
  'https://ok.example/a b',
];

describe('source links', () => {
  it('isWebUrl accepts http and https addresses only', () => {
    expect(['https://danang.gov.vn/web/guest/chi-tiet?id=1', 'http://example.org', 'HTTPS://Example.org/x#y'].every(isWebUrl)).toBe(true);
    for (const u of HOSTILE) expect(isWebUrl(u), u).toBe(false);
  });

  it('an import with a javascript: (or any non-web) source_url is refused naming file, row and column; nothing is written', async () => {
    const rows = HOSTILE.map((u, i) => `X${i},Phường ${i},WARD,D1,ARTICLE,Bài ${i},"${u.replace(/"/g, '""')}"`);
    fs.writeFileSync(path.join(dir, 'units.csv'), `code,name,kind,parent_code,source_kind,source_title,source_url\n${rows.join('\n')}\n`);
    const before = await t.sql('select count(*)::int as n from unit union all select count(*)::int from source_document');
    const error = await importPaths(t.em(), [dir]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    const problems = (error as ImportError).problems.map(formatProblem);
    expect(problems[0]).toBe('units.csv, row 2, column source_url: "javascript:alert(document.cookie)" is not a web address: only http:// and https:// links are accepted');
    expect(problems).toHaveLength(HOSTILE.length);
    problems.forEach((p, i) => expect(p).toMatch(new RegExp(`^units\\.csv, row ${i + 2}, column source_url: .* is not a web address`)));
    expect(await t.sql('select count(*)::int as n from unit union all select count(*)::int from source_document')).toEqual(before);
  });

  it('the same rows with https links import', async () => {
    fs.writeFileSync(path.join(dir, 'units.csv'), 'code,name,kind,parent_code,source_kind,source_title,source_url\nX1,Phường Một,WARD,D1,ARTICLE,Bài,https://danang.gov.vn/bai-1\n');
    await importPaths(t.em(), [dir]);
    expect(await t.sql(`select url from source_document where title = 'Bài'`)).toEqual([{ url: 'https://danang.gov.vn/bai-1' }]);
  });

  it('the database refuses a non-web link written any other way', async () => {
    const write = inTransaction(t.em(), async (sql) => {
      await setActor(sql, { login: 'test' }, 'cli');
      await sql(`insert into source_document (kind, title, url) values ('ARTICLE', 'x', 'javascript:alert(1)')`);
    });
    await expect(write).rejects.toThrow(/source_document_url_web/);
  });
});
