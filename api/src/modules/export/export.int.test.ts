import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { sqlFor } from '../../shared/sql.js';
import { importPaths } from '../interchange/importer.js';
import { SHEETS } from '../interchange/sheets.js';
import { datasetTable } from './datasets.js';
import { exportTable } from './export.service.js';
import { fixture } from '../../test/interchange-fixture.js';
import { writeCsv, writeXlsx } from './table.js';

let t: TestDb;
let fresh: TestDb;
let dir: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  fresh = await testDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-export-test-'));
});
afterAll(async () => {
  await t?.close();
  await fresh?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function exportAllCsv(db: TestDb, to: string): Promise<void> {
  fs.mkdirSync(to, { recursive: true });
  for (const sheet of SHEETS) {
    const table = await datasetTable(sqlFor(db.em()), sheet);
    await writeCsv(table, fs.createWriteStream(path.join(to, `${sheet}.csv`)), 'code');
  }
}

describe('dataset exports (SPEC §5.2)', () => {
  it('CSV: BOM, code headers, RFC 4180 quoting, ISO dates, rows ordered by key', async () => {
    await exportAllCsv(t, path.join(dir, 'a'));
    const bytes = fs.readFileSync(path.join(dir, 'a', 'units.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('code,name,name_en,kind,parent_code,valid_from,valid_to,source_kind,source_title,source_url,source_publisher,source_published_on');
    // byte order of codes: C, D1, S1, W1, W2; the quote in W1's name doubled inside a quoted cell
    expect(lines.slice(1, 6).map((l) => l.split(',')[0])).toEqual(['C', 'D1', 'S1', 'W1', 'W2']);
    expect(lines[4]).toBe('W1,"Phường Hòa Cường, ""Bắc""",Hoa Cuong Bac ward,WARD,D1,,,REPORT,Tệp nhập: test fixture,,,');
    const insp = fs.readFileSync(path.join(dir, 'a', 'inspections.csv'), 'utf8');
    expect(insp).toContain('I1,W1,2019-05-01,Đoàn kiểm tra số 2,Mai Thị Thu,PERIODIC,GOOD,"Thực hiện tốt, ""nghiêm túc"";\nmột số tồn tại",ARTICLE,Kiểm tra QCDC,https://example.vn/a,Văn phòng Sở,2019-05-03');
    const lineage = fs.readFileSync(path.join(dir, 'a', 'lineage.csv'), 'utf8');
    expect(lineage).toContain('2020-07-01,MERGE,W2,W1,123/NQ-UBTVQH,"sáp nhập,\nlần 1"');
    // findings have no provenance of their own: no source columns
    expect(fs.readFileSync(path.join(dir, 'a', 'findings.csv'), 'utf8').split('\r\n')[0]).toBe('\ufeffinspection_code,requirement_code,result,note');
    // the decision known only by its period (no number, no date) sorts first
    const awards = fs.readFileSync(path.join(dir, 'a', 'awards.csv'), 'utf8').split('\r\n');
    expect(awards[1]).toMatch(/^,,UBND quận,GIAY_KHEN,W1,2016,2018,/);
    expect(awards.slice(2, 4).map((l) => l.split(',')[4])).toEqual(['S1', 'W1']);
  });

  it('round trip: export → import into a fresh database → export again gives byte-identical CSV', async () => {
    const summary = await importPaths(fresh.em(), [path.join(dir, 'a')]);
    // 5 units, 1 lineage event, 2 requirements, 2 inspections, 3 findings, 2 recommendations, 3 awards, 2 plans, 1 model
    expect(Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, v!.created]))).toEqual({
      units: 5, lineage: 1, requirements: 2, inspections: 2, findings: 3, recommendations: 2, awards: 3, plans: 2, models: 1,
    });
    await exportAllCsv(fresh, path.join(dir, 'b'));
    for (const sheet of SHEETS) {
      expect(fs.readFileSync(path.join(dir, 'b', `${sheet}.csv`)).equals(fs.readFileSync(path.join(dir, 'a', `${sheet}.csv`))), sheet).toBe(true);
    }
  });

  it('re-importing the export into the database it came from changes nothing', async () => {
    const summary = await importPaths(t.em(), [path.join(dir, 'a')]);
    for (const [sheet, c] of Object.entries(summary)) expect([sheet, c!.created, c!.updated]).toEqual([sheet, 0, 0]);
  });

  it('XLSX: one workbook of all datasets with typed cells, frozen header and autofilter; it imports back unchanged', async () => {
    const file = path.join(dir, 'all.xlsx');
    const tables = [];
    for (const sheet of SHEETS) tables.push(await datasetTable(sqlFor(t.em()), sheet));
    await writeXlsx(tables, fs.createWriteStream(file), 'code');

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual([...SHEETS]);
    const ws = book.getWorksheet('inspections')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getRow(1).getCell(1).value).toBe('code');
    const date = ws.getRow(2).getCell(3);
    expect(date.value).toEqual(new Date(Date.UTC(2019, 4, 1)));
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect(ws.getColumn(8).width).toBeGreaterThan(10);
    const plans = book.getWorksheet('plans')!;
    expect(plans.getRow(2).getCell(2).value).toBe(2020); // S1 2020 sorts before W1 2019 (unit code first)
    expect(typeof plans.getRow(2).getCell(2).value).toBe('number');

    const again = await importPaths(t.em(), [file]);
    for (const [sheet, c] of Object.entries(again)) expect([sheet, c!.created, c!.updated]).toEqual([sheet, 0, 0]);
  });

  it('Vietnamese headers (lang vi) still import back: the importer reads them as their codes', async () => {
    const table = await datasetTable(sqlFor(t.em()), 'plans');
    const to = path.join(dir, 'vi');
    fs.mkdirSync(to);
    await writeCsv(table, fs.createWriteStream(path.join(to, 'plans.csv')), 'vi');
    expect(fs.readFileSync(path.join(to, 'plans.csv'), 'utf8').split('\r\n')[0]).toBe('\ufeffMã đơn vị,Năm,Ngày ban hành,Số văn bản,Loại nguồn,Nguồn,Liên kết nguồn,Nơi đăng,Ngày đăng');
    const summary = await importPaths(t.em(), [to]);
    expect(summary.plans).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('filters: years pick records of those years, withinUnit a subtree', async () => {
    const ids = async (sheet: 'inspections' | 'units' | 'awards', f: object) => {
      const table = await datasetTable(sqlFor(t.em()), sheet, f);
      const rows = [];
      for await (const b of table.batches) rows.push(...b);
      return rows.map((r) => r.code ?? r.recipient_code);
    };
    expect(await ids('inspections', { fromYear: 2020, toYear: 2020 })).toEqual(['I2']);
    // units active in 2021: W2 ended 30/6/2020
    expect(await ids('units', { fromYear: 2021, toYear: 2021 })).toEqual(['C', 'D1', 'S1', 'W1']);
    expect(await ids('units', { withinUnit: 'D1' })).toEqual(['D1', 'W1', 'W2']);
    // 2017: only the period-only decision (2016–2018) overlaps; the 881 decision is dated 2021
    expect(await ids('awards', { fromYear: 2017, toYear: 2017 })).toEqual(['W1']);
    await expect(datasetTable(sqlFor(t.em()), 'units', { withinUnit: 'NOPE' })).rejects.toThrow('unknown unit code "NOPE"');
  });
});

describe('analytics exports', () => {
  it('coverage as XLSX: Vietnamese headers, counts as numbers, the rate as a percentage cell', async () => {
    const table = await exportTable(t.db, t.execute, { name: 'coverage', format: 'xlsx', lang: 'vi', fromYear: 2019, toYear: 2020, by: ['YEAR'] });
    const file = path.join(dir, 'coverage.xlsx');
    await writeXlsx([table], fs.createWriteStream(file), 'vi');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0];
    expect(ws.name).toBe('Độ bao phủ kiểm tra');
    expect(ws.getRow(1).values).toEqual([undefined, 'Năm', 'Số đơn vị thuộc phạm vi', 'Số đơn vị đã kiểm tra', 'Số cuộc kiểm tra', 'Độ bao phủ kiểm tra']);
    // 2019: D1, W1, W2, S1 in scope (CITY excluded; S1 from 1/3/2019), W1 inspected → 1/4
    // 2020: D1, W1, W2 (until 30/6), S1 in scope, S1 inspected → 1/4
    expect([2, 3].map((r) => (ws.getRow(r).values as unknown[]).slice(1))).toEqual([
      [2019, 4, 1, 1, 0.25],
      [2020, 4, 1, 1, 0.25],
    ]);
    expect(ws.getRow(2).getCell(5).numFmt).toBe('0.0%');
  });

  it('coverage as CSV in Vietnamese: labels for unit kinds, plain numbers', async () => {
    const chunks: Buffer[] = [];
    const sink = new Writable({ write: (c, _e, cb) => (chunks.push(c as Buffer), cb()) });
    const table = await exportTable(t.db, t.execute, { name: 'coverage', format: 'csv', lang: 'vi', fromYear: 2019, toYear: 2019, by: ['UNIT_KIND'] });
    await writeCsv(table, sink, 'vi');
    // 2019 by kind: DEPARTMENT S1 0 of 1, DISTRICT D1 0 of 1, WARD W1 (inspected once) and W2 → 1 of 2
    expect(Buffer.concat(chunks).toString('utf8')).toBe(
      '\ufeffLoại đơn vị,Số đơn vị thuộc phạm vi,Số đơn vị đã kiểm tra,Số cuộc kiểm tra,Độ bao phủ kiểm tra\r\n' +
        '"Sở, ban, ngành",1,0,0,0\r\n"Quận, huyện",1,0,0,0\r\nPhường,2,1,1,0.5\r\n',
    );
  });

  it('compliance-summary: the score of all findings per year, computed in SQL (no per-requirement rows)', async () => {
    const chunks: Buffer[] = [];
    const sink = new Writable({ write: (c, _e, cb) => (chunks.push(c as Buffer), cb()) });
    const table = await exportTable(t.db, t.execute, { name: 'compliance-summary', format: 'csv', lang: 'code', fromYear: 2019, toYear: 2020, by: ['YEAR'] });
    await writeCsv(table, sink, 'code');
    // 2019: I1 has R1 COMPLIANT and R2 PARTIAL → (1 + 0.5) / 2 = 0.75; 2020: I2 has R1 NON_COMPLIANT → 0
    expect(Buffer.concat(chunks).toString('utf8')).toBe(
      '\ufeffyear,compliant,partial,non_compliant,not_applicable,findings,score\r\n2019,1,1,0,0,2,0.75\r\n2020,0,0,1,0,1,0\r\n',
    );
  });

  it('an unknown name or dimension is an input error', async () => {
    await expect(exportTable(t.db, t.execute, { name: 'nope', format: 'csv', lang: 'code' })).rejects.toThrow(/unknown dataset "nope"/);
    await expect(exportTable(t.db, t.execute, { name: 'coverage', format: 'csv', lang: 'code', fromYear: 2019, by: ['PERIOD'] })).rejects.toThrow(/not a dimension of coverage/);
  });
});
