import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { importPaths } from './importer.js';
import { detectSeparator } from './read.js';

/**
 * CSVs as comma-decimal locales write them (issue 16.9). The fixtures in test/fixtures/locale/ were
 * written by glibc's iconv from UTF-8 text, as Excel on a Vietnamese Windows saves them:
 *   semicolon-1258/  "CSV (Comma delimited)" with the list separator ';': Windows-1258, CRLF, no BOM
 *     inspections.csv  KT-SC-1 (conclusion quoted: it holds ';' and ','), KT-SC-2
 *     findings.csv     KT-SC-1 R1 COMPLIANT note "1,5"; KT-SC-2 R1 PARTIAL note "Công khai chưa đủ; 0,5 điểm"
 *   tab-utf16/       "Unicode Text": UTF-16 LE with BOM, tab-separated
 *     inspections.csv  KT-TAB-1
 */
const fixtures = fileURLToPath(new URL('../../test/fixtures/locale/', import.meta.url));
const CONCLUSION = 'Phường Thanh Khê thực hiện tốt; ủy ban, người dân đồng thuận';

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    units: [{ code: 'D1', name: 'Quận Một', kind: 'DISTRICT' }, { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' }],
    requirements: [{ framework_code: 'ND04', code: 'R1', title: 'Công khai', category: 'PUBLICIZE', valid_from: '2015-01-01' }],
  });
});
afterAll(async () => {
  await t?.close();
});

describe('separators and decimal commas are detected and said', () => {
  it('semicolons in Windows-1258 (Excel on Vietnamese Windows): imported, and the import says how it read the files', async () => {
    const notes: string[] = [];
    const summary = await importPaths(t.em(), [`${fixtures}semicolon-1258`], { notes });
    expect(summary.inspections).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(summary.findings).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(notes).toEqual([
      'findings.csv: read as Windows-1258, separated by semicolons, decimal commas (e.g. row 2, column note: "1,5")',
      'inspections.csv: read as Windows-1258, separated by semicolons',
    ]);
    const rows = await t.sql<{ code: string; leader: string; conclusion: string }>(`select code, leader, conclusion from inspection where code like 'KT-SC-%' order by code`);
    expect(rows).toEqual([
      { code: 'KT-SC-1', leader: 'Mai Thị Thu', conclusion: CONCLUSION },
      { code: 'KT-SC-2', leader: 'Trần Văn Nam', conclusion: 'Đạt' },
    ]);
    const notesStored = await t.sql<{ note: string }>(`select f.note from finding f join inspection i on i.id = f.inspection_id where i.code like 'KT-SC-%' order by i.code`);
    expect(notesStored.map((r) => r.note)).toEqual(['1,5', 'Công khai chưa đủ; 0,5 điểm']);
  });

  it('tabs in UTF-16 ("Unicode Text"): imported, said', async () => {
    const notes: string[] = [];
    const summary = await importPaths(t.em(), [`${fixtures}tab-utf16`], { notes });
    expect(summary.inspections).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(notes).toEqual(['inspections.csv: read as UTF-16 LE, separated by tabs']);
    expect((await t.sql<{ conclusion: string }>(`select conclusion from inspection where code = 'KT-TAB-1'`))[0].conclusion).toBe(CONCLUSION);
  });

  it('the separator comes from the header row, outside quotes; a one-column file stays comma-separated', () => {
    expect(detectSeparator('code,name\r\nW1,"a;b;c;d"\r\n')).toBe(',');
    expect(detectSeparator('"code;x",name\nW1,b\n')).toBe(',');
    expect(detectSeparator('\ufeffcode;name;kind\n"W1, phường";b;WARD\n')).toBe(';');
    expect(detectSeparator('code\tname\n')).toBe('\t');
    expect(detectSeparator('code\nW1\n')).toBe(',');
  });
});
