import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressText } from '../../shared/progress.js';
import { sqlFor } from '../../shared/sql.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { fixture } from '../../test/interchange-fixture.js';
import { importPaths } from '../interchange/importer.js';
import { datasetTable } from './datasets.js';
import { writeCsv, writeXlsx, XLSX_MAX_ROWS } from './table.js';

/**
 * A table longer than a sheet (issue 16.3). Excel's limit, 1,048,576 rows with the header, is
 * lowered to 3 here (header + 2 rows a sheet) so the split can be checked on paper: the fixture's
 * 3 findings (I1 R1, I1 R2, I2 R1) go to "findings" (2) and "findings (2)" (1).
 */
let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-xlsx-limit-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const sheetRows = (ws: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
};

describe('XLSX past the rows of a sheet: numbered sheets, nothing lost', () => {
  it('is Excel\'s limit by default', () => {
    expect(XLSX_MAX_ROWS).toBe(1_048_576);
  });

  it('continues on "findings (2)" with the header repeated and frozen; progress reports rows of the total', async () => {
    const file = path.join(dir, 'findings.xlsx');
    const progress: [string, number, number | undefined][] = [];
    await writeXlsx([await datasetTable(sqlFor(t.em()), 'findings')], fs.createWriteStream(file), 'code', { maxRows: 3, progress: (...a) => progress.push(a) });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['findings', 'findings (2)']);
    const [a, b] = book.worksheets.map(sheetRows);
    expect(a.map((r) => r.slice(0, 3))).toEqual([['inspection_code', 'requirement_code', 'result'], ['I1', 'R1', 'COMPLIANT'], ['I1', 'R2', 'PARTIAL']]);
    expect(b.map((r) => r.slice(0, 3))).toEqual([['inspection_code', 'requirement_code', 'result'], ['I2', 'R1', 'NON_COMPLIANT']]);
    expect(book.worksheets[1].views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(progress).toEqual([['findings', 3, 3]]);
    // and it imports back as one dataset: nothing new, nothing changed
    const summary = await importPaths(t.em(), [file], { dryRun: true });
    expect(summary.findings).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it('Vietnamese sheets are numbered the same way and import back too', async () => {
    const file = path.join(dir, 'ket-qua.xlsx');
    await writeXlsx([await datasetTable(sqlFor(t.em()), 'findings')], fs.createWriteStream(file), 'vi', { maxRows: 3 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Kết quả kiểm tra', 'Kết quả kiểm tra (2)']);
    expect((await importPaths(t.em(), [file], { dryRun: true })).findings).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it('CSV progress; the line a terminal shows', async () => {
    const progress: [string, number, number | undefined][] = [];
    await writeCsv(await datasetTable(sqlFor(t.em()), 'units'), fs.createWriteStream(path.join(dir, 'units.csv')), 'code', { progress: (...a) => progress.push(a) });
    expect(progress).toEqual([['units', 5, 5]]);
    expect(progressText('findings', 1_234_567, 3_505_321)).toBe('findings: 1.234.567 / 3.505.321 dòng (35 %)');
    expect(progressText('coverage', 12, undefined)).toBe('coverage: 12 dòng');
  });
});
