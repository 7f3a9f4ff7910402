import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFor } from '../../shared/sql.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { fixture } from '../../test/interchange-fixture.js';
import { importPaths } from '../interchange/importer.js';
import { datasetTable } from './datasets.js';
import { oneBatch, writeCsv, writeXlsx } from './table.js';

/**
 * What LibreOffice and a person need from our XLSX (issue 16.8), on the shared fixture
 * (units C, D1, S1, W1, W2; plans W1 2019 and S1 2020; findings I1 R1 COMPLIANT, I1 R2 PARTIAL, I2 R1 NON_COMPLIANT).
 */
let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-apps-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('XLSX for spreadsheet applications', () => {
  it('every filtered sheet has its _xlnm._FilterDatabase name (LibreOffice shows the filter buttons from it); A4, fit to width, header repeated', async () => {
    const file = path.join(dir, 'two.xlsx');
    await writeXlsx([await datasetTable(sqlFor(t.em()), 'units'), await datasetTable(sqlFor(t.em()), 'plans')], fs.createWriteStream(file), 'code');
    // exceljs's reader merges names that differ only by sheet: workbook.xml is read as it is (jszip comes with exceljs)
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    // units: 12 columns (A–L), header + 5 rows; plans: 9 columns (A–I), header + 2 rows
    const names = [...xml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2]]);
    expect(names.filter(([n]) => n.includes('_FilterDatabase'))).toEqual([
      ['name="_xlnm._FilterDatabase" localSheetId="0"', '&apos;units&apos;!$A$1:$L$6'],
      ['name="_xlnm._FilterDatabase" localSheetId="1"', '&apos;plans&apos;!$A$1:$I$3'],
    ]);
    // and for print (issue 16.5): the same ranges as print areas, the header row on every page
    expect(names.filter(([n]) => !n.includes('_FilterDatabase'))).toEqual([
      ['name="_xlnm.Print_Area" localSheetId="0"', '&apos;units&apos;!$A$1:$L$6'],
      ['name="_xlnm.Print_Titles" localSheetId="0"', '&apos;units&apos;!$1:$1'],
      ['name="_xlnm.Print_Area" localSheetId="1"', '&apos;plans&apos;!$A$1:$I$3'],
      ['name="_xlnm.Print_Titles" localSheetId="1"', '&apos;plans&apos;!$1:$1'],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const units = book.getWorksheet('units')!;
    expect(units.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(units.headerFooter.oddFooter).toBe('&L&A&RTrang &P/&N');
  });

  it('Vietnamese dataset sheets show Vietnamese words under Vietnamese headers, and still import back unchanged', async () => {
    const file = path.join(dir, 'vi.xlsx');
    await writeXlsx([await datasetTable(sqlFor(t.em()), 'units'), await datasetTable(sqlFor(t.em()), 'findings')], fs.createWriteStream(file), 'vi');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const units = book.getWorksheet('Đơn vị')!;
    expect([units.getRow(1).getCell(4).value, units.getRow(3).getCell(4).value, units.getRow(5).getCell(4).value]).toEqual(['Loại', 'Quận, huyện', 'Phường']);
    const findings = book.getWorksheet('Kết quả kiểm tra')!;
    expect([2, 3, 4].map((r) => findings.getRow(r).getCell(3).value)).toEqual(['Đạt', 'Đạt một phần', 'Chưa đạt']);
    const summary = await importPaths(t.em(), [file], { dryRun: true });
    expect([summary.units, summary.findings]).toEqual([{ created: 0, updated: 0, unchanged: 5 }, { created: 0, updated: 0, unchanged: 3 }]);
    // code sheets keep the codes
    const csv = path.join(dir, 'units.csv');
    await writeCsv(await datasetTable(sqlFor(t.em()), 'units'), fs.createWriteStream(csv), 'code');
    expect(fs.readFileSync(csv, 'utf8').split('\r\n')[2].split(',')[3]).toBe('DISTRICT');
  });

  it('CSV for a comma-decimal locale (decimal=comma): semicolons and decimal commas; a dataset so written imports back', async () => {
    const file = path.join(dir, 'rates.csv');
    const rates = { name: 'coverage', vi: 'Độ bao phủ', columns: [{ key: 'year', code: 'year', vi: 'Năm', kind: 'int' as const }, { key: 'rate', code: 'rate', vi: 'Tỷ lệ', kind: 'rate' as const }], batches: oneBatch([{ year: 2019, rate: 0.25 }, { year: 2020, rate: 1 / 3 }]) };
    await writeCsv(rates, fs.createWriteStream(file), 'code', { decimalComma: true });
    expect(fs.readFileSync(file, 'utf8')).toBe('\ufeffyear;rate\r\n2019;0,25\r\n2020;0,3333333333333333\r\n');
    const to = path.join(dir, 'comma');
    fs.mkdirSync(to);
    await writeCsv(await datasetTable(sqlFor(t.em()), 'plans'), fs.createWriteStream(path.join(to, 'plans.csv')), 'code', { decimalComma: true });
    expect(fs.readFileSync(path.join(to, 'plans.csv'), 'utf8').split('\r\n')[0]).toBe('\ufeffunit_code;year;issued_on;document_number;source_kind;source_title;source_url;source_publisher;source_published_on');
    const notes: string[] = [];
    expect((await importPaths(t.em(), [to], { dryRun: true, notes })).plans).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(notes).toEqual(['plans.csv: read as separated by semicolons']);
  });
});
