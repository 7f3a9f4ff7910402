import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { ImportError, importPaths, type Problem } from './importer.js';
import { InputError } from './read.js';

/**
 * Imported CSVs in the encodings Vietnamese offices send (issue 16.2) and bytes that are not valid
 * in them (issue 17.3). The fixtures in test/fixtures/encodings/ were written by glibc's iconv from
 * one UTF-8 file, so they are what other software writes, not what our decoder expects:
 *   code,unit_code,date,team,leader,kind,conclusion
 *   KT-ENC-1,W1,2019-05-01,Đoàn kiểm tra số 2,Mai Thị Thu,PERIODIC,"Phường Thanh Khê thực hiện tốt; ủy ban, người dân đồng thuận"
 */
const fixtures = fileURLToPath(new URL('../../test/fixtures/encodings/', import.meta.url));
const CONCLUSION = 'Phường Thanh Khê thực hiện tốt; ủy ban, người dân đồng thuận';
const HEADER = 'code,unit_code,date,team,leader,kind,conclusion\n';

let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load({ units: [{ code: 'D1', name: 'Quận Một', kind: 'DISTRICT' }, { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' }] });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-encoding-test-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function file(sub: string, bytes: Buffer | string, name = 'inspections.csv'): string {
  const d = path.join(dir, sub);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, name), bytes);
  return path.join(d, name);
}

async function refused(paths: string[]): Promise<Problem[]> {
  try {
    await importPaths(t.em(), paths);
  } catch (e) {
    if (e instanceof ImportError) return e.problems;
    throw e;
  }
  throw new Error('the import was expected to be refused');
}

/** Every table's row count: a refused import must leave all of them (teams and sources too) as they were. */
async function countAll(): Promise<Record<string, number>> {
  const tables = await t.sql<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await t.sql<{ n: number }>(`select count(*)::int as n from "${name}"`))[0].n;
  return counts;
}

const stored = async () =>
  (
    await t.sql<{ conclusion: string; leader: string; team: string }>(
      `select i.conclusion, i.leader, tm.name as team from inspection i join inspection_team tm on tm.id = i.team_id where i.code = 'KT-ENC-1'`,
    )
  )[0];

describe('CSV encodings: each is read to the same NFC text', () => {
  for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-bom', 'utf-16be', 'windows-1258', 'tcvn3']) {
    it(`${encoding}: the Vietnamese names arrive intact and composed (NFC)`, async () => {
      await importPaths(t.em(), [path.join(fixtures, encoding, 'inspections.csv')]);
      const row = await stored();
      expect(row).toEqual({ conclusion: CONCLUSION, leader: 'Mai Thị Thu', team: 'Đoàn kiểm tra số 2' });
      expect(row.conclusion).toBe(row.conclusion.normalize('NFC'));
      expect(row.conclusion).not.toContain('\ufffd');
      // one team, one source for the file: no garbage twins from a wrong reading
      expect((await t.sql<{ n: number }>(`select count(*)::int as n from inspection_team`))[0].n).toBe(1);
    });
  }
});

describe('bytes that are not valid in the detected encoding: refused with file, row and column, nothing written', () => {
  const utf8 = (cell: Buffer) => Buffer.concat([Buffer.from(`${HEADER}KT-ENC-1,W1,2019-05-01,Đoàn kiểm tra số 2,Mai Thị Thu,PERIODIC,"Phư`), cell, Buffer.from('ng Thanh Khê"\n')]);
  // overlong, surrogate, beyond U+10FFFF, stray continuation, truncated sequence, bytes never used in UTF-8
  const invalid: Record<string, number[]> = {
    'FF': [0xff], 'FE': [0xfe], 'C0 AF (overlong /)': [0xc0, 0xaf], 'C1 BF': [0xc1, 0xbf], 'E0 80 AF': [0xe0, 0x80, 0xaf], 'ED A0 80 (surrogate)': [0xed, 0xa0, 0x80],
    'F4 90 80 80 (> U+10FFFF)': [0xf4, 0x90, 0x80, 0x80], 'F5 80 80 80': [0xf5, 0x80, 0x80, 0x80], '80 (stray)': [0x80], 'BF': [0xbf],
    'E1 BB (truncated ờ)': [0xe1, 0xbb], 'E1 (truncated)': [0xe1], 'F0 9F 98 (truncated)': [0xf0, 0x9f, 0x98], 'F8 88 80 80 80': [0xf8, 0x88, 0x80, 0x80, 0x80],
  };

  it('invalid UTF-8 in a cell never overwrites a good name with U+FFFD (91 of 91 were accepted before)', async () => {
    await importPaths(t.em(), [path.join(fixtures, 'utf-8', 'inspections.csv')]);
    const before = await countAll();
    for (const [name, bytes] of Object.entries(invalid)) {
      const problems = await refused([file(`bad-${name}`, utf8(Buffer.from(bytes)))]);
      expect(problems, name).toHaveLength(1);
      expect(problems[0], name).toMatchObject({ file: 'inspections.csv', row: 2, column: 'conclusion' });
      expect(problems[0].message, name).toMatch(new RegExp(`^not valid UTF-8 .*byte 0x${name.slice(0, 2)} at line 2 cannot be read`));
    }
    expect(await countAll()).toEqual(before);
    expect((await stored()).conclusion).toBe(CONCLUSION);
  });

  it('a bad byte in the header row is row 1; on a later line it names that line', async () => {
    const header = await refused([file('bad-header', Buffer.concat([Buffer.from('code,unit_code,date,team,leader,kind,conclusi'), Buffer.from([0xff]), Buffer.from('n\nKT-ENC-1,W1,2019-05-01,Đoàn,Mai,PERIODIC,x\n')]))]);
    expect(header[0]).toMatchObject({ file: 'inspections.csv', row: 1, column: '#7' });
    const third = await refused([file('bad-line-3', Buffer.concat([Buffer.from(`${HEADER}KT-ENC-1,W1,2019-05-01,Đoàn,Mai,PERIODIC,ổn\nKT-ENC-2,W1,2019-05-02,Đo`), Buffer.from([0xc3, 0x28]), Buffer.from('n,Mai,PERIODIC,x\n')]))]);
    expect(third[0]).toMatchObject({ row: 3, column: 'team' });
    expect(third[0].message).toContain('byte 0xC3 at line 3');
  });

  it('Windows-1258 with a byte the code page leaves undefined (0x81): refused, row and column named', async () => {
    const good = fs.readFileSync(path.join(fixtures, 'windows-1258', 'inspections.csv'));
    const at = good.lastIndexOf(0x22); // before the closing quote of the conclusion
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0x81]), good.subarray(at)]);
    const before = await countAll();
    const problems = await refused([file('bad-1258', bad)]);
    expect(problems[0]).toMatchObject({ file: 'inspections.csv', row: 2, column: 'conclusion' });
    expect(problems[0].message).toMatch(/^not valid Windows-1258: byte 0x81 at line 2/);
    expect(await countAll()).toEqual(before);
  });

  it('UTF-16 with a lone surrogate: refused at its line', async () => {
    const good = fs.readFileSync(path.join(fixtures, 'utf-16le', 'inspections.csv'));
    const bad = Buffer.concat([good.subarray(0, good.length - 4), Buffer.from([0x00, 0xd8]), good.subarray(good.length - 4)]);
    const problems = await refused([file('bad-utf16', bad)]);
    expect(problems[0]).toMatchObject({ file: 'inspections.csv', row: 2, column: 'conclusion' });
    expect(problems[0].message).toMatch(/^not valid UTF-16 LE: byte 0x00 at line 2/);
  });

  it('a refused file among good ones: nothing of the good ones is written either (teams and sources included)', async () => {
    const before = await countAll();
    const goodUnits = file('mixed', 'code,name,kind,parent_code\nW9,Phường Chín,WARD,D1\n', 'units.csv');
    const bad = file('mixed', Buffer.concat([Buffer.from(`${HEADER}KT-ENC-9,W9,2019-05-01,Đoàn mới,Mai,PERIODIC,Ph`), Buffer.from([0xff]), Buffer.from('\n')]));
    const problems = await refused([goodUnits, bad]);
    expect(problems.map((p) => [p.file, p.row, p.column])).toEqual([['inspections.csv', 2, 'conclusion']]);
    expect(await countAll()).toEqual(before);
  });
});

describe('broken CSV quoting is reported with file, line and column', () => {
  it('an unclosed quote names the line where it opened and the column', async () => {
    const p = file('quote-open', `${HEADER}KT-Q-1,W1,2019-05-01,Đoàn,Mai,PERIODIC,"tốt\nKT-Q-2,W1,2019-05-02,Đoàn,Mai,PERIODIC,ổn\n`);
    await expect(importPaths(t.em(), [p])).rejects.toThrow(new InputError('inspections.csv: not a valid CSV file at line 2, column conclusion: a quote (") opened here is never closed'));
  });

  it('a quote inside an unquoted cell names its line and column', async () => {
    const p = file('quote-inside', `${HEADER}KT-Q-1,W1,2019-05-01,Đoàn "số 2,Mai,PERIODIC,tốt\n`);
    const e = await importPaths(t.em(), [p]).catch((x) => x as InputError);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/^inspections\.csv: not a valid CSV file at line 2, column team: /);
  });
});
