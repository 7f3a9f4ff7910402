import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { formatProblem, ImportError, importPaths, MAX_CELL_CHARS } from './importer.js';
import { reportProblems } from './problem-report.js';
import { MAX_IMPORT_FILE_BYTES } from './read.js';

/**
 * Regressions of issue 15's corrupted imports (item 7): a truncated workbook, a workbook whose sheet
 * is not a dataset, binary garbage under a .csv or .xlsx name, and a cell larger than any
 * spreadsheet cell. Each is refused with an error naming the file (and sheet, row, column where
 * there is one), and the database is exactly as before: every table's row count is compared.
 */
let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    units: [{ code: 'D1', name: 'Quận Một', kind: 'DISTRICT' }],
    requirements: [{ framework_code: 'ND04', code: 'R1', title: 'Công khai', category: 'PUBLICIZE' }],
    inspections: [{ code: 'I1', unit_code: 'D1', date: '2020-03-01', team: 'Đoàn 1', kind: 'PERIODIC' }],
    findings: [{ inspection_code: 'I1', requirement_code: 'R1', result: 'COMPLIANT' }],
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-corrupt-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function countAll(): Promise<Record<string, number>> {
  const tables = await t.sql<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await t.sql<{ n: number }>(`select count(*)::int as n from "${name}"`))[0].n;
  return counts;
}

/** The refusal of an import of `file`, as one line a person reads (an ImportError's problems, or the reader's error); the database is checked unchanged. */
async function refusal(file: string): Promise<{ name: string; lines: string[] }> {
  const before = await countAll();
  let error: unknown = null;
  await importPaths(t.em(), [file]).catch((e: unknown) => (error = e));
  expect(error, `${path.basename(file)} was imported`).not.toBeNull();
  expect(await countAll()).toEqual(before);
  if (error instanceof ImportError) return { name: error.name, lines: error.problems.map(formatProblem) };
  return { name: (error as Error).name, lines: [(error as Error).message] };
}

async function workbook(name: string, sheets: Record<string, (string | number)[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [title, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(title);
    for (const r of rows) ws.addRow(r);
  }
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/** Bytes that are no text and no zip (a fixed sequence, the same every run). */
const garbage = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 256));

describe('corrupt imports are refused, named, and change nothing (issue 15.7)', () => {
  it('a truncated workbook: not a readable XLSX workbook, with the reason', async () => {
    const good = await workbook('good.xlsx', { units: [['code', 'name', 'kind'], ['W9', 'Phường Chín', 'WARD']] });
    const bytes = fs.readFileSync(good);
    const truncated = path.join(dir, 'truncated.xlsx');
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await refusal(truncated)).toEqual({ name: 'InputError', lines: [expect.stringMatching(/^truncated\.xlsx: not a readable XLSX workbook \(.+\)$/)] });
    // the whole file imports: the refusal was the truncation's
    await importPaths(t.em(), [good], { dryRun: true });
  });

  it('a workbook whose sheet is not a dataset: the sheet named, with the names expected', async () => {
    const file = await workbook('wrong-sheet.xlsx', { Sheet1: [['code', 'name', 'kind'], ['W9', 'Phường Chín', 'WARD']] });
    const r = await refusal(file);
    expect(r.name).toBe('ImportError');
    expect(r.lines).toEqual([expect.stringMatching(/^wrong-sheet\.xlsx › Sheet1: unknown sheet "Sheet1" \(expected one of: units \(Đơn vị\), lineage \(Biến động đơn vị\), .*\)$/)]);
  });

  it('binary garbage named .xlsx or .csv: refused as what it claims to be, naming the file', async () => {
    const xlsx = path.join(dir, 'inspections.xlsx');
    fs.writeFileSync(xlsx, garbage(4096));
    expect(await refusal(xlsx)).toEqual({ name: 'InputError', lines: [expect.stringMatching(/^inspections\.xlsx: not a readable XLSX workbook/)] });
    const csv = path.join(dir, 'units.csv');
    fs.writeFileSync(csv, garbage(4096));
    const r = await refusal(csv);
    expect(r.lines.length).toBeGreaterThan(0);
    for (const line of r.lines) expect(line).toMatch(/^units\.csv\b/);
  });

  it('a cell larger than a spreadsheet cell can hold (CSV and XLSX): sheet, row and column named, in Vietnamese too', async () => {
    const huge = 'x'.repeat(MAX_CELL_CHARS + 1);
    const csvDir = path.join(dir, 'huge');
    fs.mkdirSync(csvDir);
    fs.writeFileSync(path.join(csvDir, 'findings.csv'), `inspection_code,requirement_code,result,note\nI1,R1,PARTIAL,${huge}\n`);
    const csv = await refusal(path.join(csvDir, 'findings.csv'));
    expect(csv).toEqual({ name: 'ImportError', lines: ['findings.csv, row 2, column note: the cell holds 32,768 characters, more than the 32,767 a spreadsheet cell can hold'] });
    const book = await workbook('huge.xlsx', { units: [['code', 'name', 'kind'], ['W9', 'x'.repeat(1_000_000), 'WARD']] });
    const xlsx = await refusal(book);
    expect(xlsx.lines).toEqual(['huge.xlsx › units, row 2, column name: the cell holds 1,000,000 characters, more than the 32,767 a spreadsheet cell can hold']);
    const vi = reportProblems([{ file: 'findings.csv', row: 2, column: 'note', message: 'the cell holds 32,768 characters, more than the 32,767 a spreadsheet cell can hold' }], 'vi');
    expect(vi.lines).toEqual(['findings.csv, dòng 2, cột note: ô có 32.768 ký tự, quá 32.767 ký tự một ô bảng tính chứa được']);
    // a cell of exactly the limit is a value like any other
    fs.writeFileSync(path.join(csvDir, 'findings.csv'), `inspection_code,requirement_code,result,note\nI1,R1,PARTIAL,${'x'.repeat(MAX_CELL_CHARS)}\n`);
    await importPaths(t.em(), [path.join(csvDir, 'findings.csv')], { dryRun: true });
  });

  it('a file larger than an import file may hold (64 MB) is refused before it is read, in Vietnamese too (issue 15.6)', async () => {
    const big = path.join(dir, 'big', 'findings.csv');
    fs.mkdirSync(path.dirname(big));
    fs.writeFileSync(big, 'inspection_code,requirement_code,result\n');
    fs.truncateSync(big, MAX_IMPORT_FILE_BYTES + 1); // sparse: no 64 MB written
    expect(await refusal(big)).toEqual({ name: 'ImportError', lines: ['findings.csv: the file holds 64.0 MB, more than the 64 MB an import file may hold: split it (e.g. one file a year)'] });
    expect(reportProblems([{ file: 'findings.csv', message: 'the file holds 64.0 MB, more than the 64 MB an import file may hold: split it (e.g. one file a year)' }], 'vi').lines).toEqual([
      'findings.csv: tệp có 64,0 MB, quá 64 MB một tệp nhập được phép: chia nhỏ tệp (ví dụ mỗi năm một tệp)',
    ]);
  });
});
