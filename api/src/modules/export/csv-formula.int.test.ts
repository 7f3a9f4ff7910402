import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { fixture } from '../../test/interchange-fixture.js';
import { sqlFor } from '../../shared/sql.js';
import { importPaths } from '../interchange/importer.js';
import { datasetTable } from './datasets.js';
import { writeCsv } from './table.js';

/**
 * CSV formula injection (issue 16.6): the fixture plus one inspection whose texts a spreadsheet
 * would run as formulas, and one that already starts with an apostrophe:
 *   I9  team "+Đoàn 9", leader "@Lan", conclusion =HYPERLINK("http://evil.example/","Bấm vào đây")
 *   I10 team "Đoàn 10", leader "-", conclusion '=chỉ là chữ (already text in the source)
 */
const DANGER = '=HYPERLINK("http://evil.example/","Bấm vào đây")';
let t: TestDb;
let fresh: TestDb;
let dir: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    ...fixture,
    inspections: [
      ...fixture.inspections!,
      { code: 'I9', unit_code: 'W1', date: '2021-03-01', team: '+Đoàn 9', leader: '@Lan', kind: 'PERIODIC', conclusion: DANGER },
      { code: 'I10', unit_code: 'W1', date: '2021-04-01', team: 'Đoàn 10', leader: '-', kind: 'PERIODIC', conclusion: "'=chỉ là chữ" },
    ],
  });
  fresh = await testDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-formula-'));
});
afterAll(async () => {
  await t?.close();
  await fresh?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function exportInspections(db: TestDb, to: string): Promise<Buffer> {
  fs.mkdirSync(to, { recursive: true });
  const file = path.join(to, 'inspections.csv');
  await writeCsv(await datasetTable(sqlFor(db.em()), 'inspections'), fs.createWriteStream(file), 'code');
  return fs.readFileSync(file);
}

describe('CSV exports neutralise formulas (OWASP), imports undo exactly that', () => {
  it('= + - @ at the start of a text cell get an apostrophe; a spreadsheet reads text, not a formula', async () => {
    const bytes = await exportInspections(t, path.join(dir, 'a'));
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    const i9 = rows.find((r) => r.code === 'I9')!;
    expect([i9.team, i9.leader, i9.conclusion]).toEqual(["'+Đoàn 9", "'@Lan", `'${DANGER}`]);
    const i10 = rows.find((r) => r.code === 'I10')!;
    expect([i10.leader, i10.conclusion]).toEqual(["'-", "''=chỉ là chữ"]);
    // the untouched rows: no apostrophe where none is needed
    expect(rows.find((r) => r.code === 'I1')!.team).toBe('Đoàn kiểm tra số 2');
    // no cell of the file starts with a formula character
    for (const r of rows) for (const v of Object.values(r)) expect(v, v).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('round trip: import into a fresh database stores the original texts; its export is byte-identical', async () => {
    const first = await exportInspections(t, path.join(dir, 'b'));
    for (const sheet of ['units', 'requirements'] as const) {
      await writeCsv(await datasetTable(sqlFor(t.em()), sheet), fs.createWriteStream(path.join(dir, 'b', `${sheet}.csv`)), 'code');
    }
    await importPaths(fresh.em(), [path.join(dir, 'b')]);
    const stored = await fresh.sql<{ code: string; team: string; leader: string; conclusion: string }>(
      `select i.code, tm.name as team, i.leader, i.conclusion from inspection i join inspection_team tm on tm.id = i.team_id where i.code in ('I9', 'I10') order by i.code`,
    );
    expect(stored).toEqual([
      { code: 'I10', team: 'Đoàn 10', leader: '-', conclusion: "'=chỉ là chữ" },
      { code: 'I9', team: '+Đoàn 9', leader: '@Lan', conclusion: DANGER },
    ]);
    expect(await exportInspections(fresh, path.join(dir, 'c'))).toEqual(first);
    // and back into the database it came from: nothing changes
    const again = await importPaths(t.em(), [path.join(dir, 'b', 'inspections.csv')]);
    expect(again.inspections).toEqual({ created: 0, updated: 0, unchanged: 4 });
  });
});
