import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { formatProblem, ImportError, importPaths, type Problem } from './importer.js';
import type { SheetName } from './sheets.js';

/** Base data the files below refer to: a ward that ends on 30/6/2020, a requirement valid 2015–2019. */
const base: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'D1', name: 'Quận Một', kind: 'DISTRICT' },
    { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1', valid_to: '2020-06-30' },
  ],
  requirements: [
    { framework_code: 'ND04', code: 'R1', title: 'Công khai', category: 'PUBLICIZE', valid_from: '2015-01-01' },
    { framework_code: 'ND04', code: 'R2', title: 'Ban chỉ đạo', category: 'ORGANIZATION', valid_from: '2015-01-01', valid_to: '2019-12-31' },
  ],
};

let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(base);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-import-test-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function write(sub: string, files: Record<string, string>): string {
  const d = path.join(dir, sub);
  fs.mkdirSync(d, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(d, name), text);
  return d;
}

async function problemsOf(paths: string[]): Promise<Problem[]> {
  try {
    await importPaths(t.em(), paths);
  } catch (e) {
    if (e instanceof ImportError) return e.problems;
    throw e;
  }
  throw new Error('the import was expected to be refused');
}

/** Row count of every table of the schema, to prove that a refused import wrote nothing anywhere. */
async function countAll(): Promise<Record<string, number>> {
  const tables = await t.sql<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await t.sql<{ n: number }>(`select count(*)::int as n from "${name}"`))[0].n;
  return counts;
}

describe('importing CSV', () => {
  it('reads BOM, RFC 4180 quoting (comma, quote, line break in a cell), DD/MM/YYYY and D/M/YYYY dates, headers in any order, NFD as NFC', async () => {
    const nfd = 'Đoàn kiểm tra số 2'.normalize('NFD');
    const d = write('good', {
      'inspections.csv':
        '\ufeffkind,date,unit_code,code,team,conclusion\r\n' +
        `PERIODIC,27/10/2019,W1,K1,${nfd},"Tốt, ""nghiêm túc""\r\nvà đầy đủ"\r\n` +
        'THEMATIC,1/3/2020,W1,K2,Đoàn 3,\r\n',
      'findings.csv': 'inspection_code,requirement_code,result,note\nK1,R1,compliant,"a,b"\n',
    });
    const summary = await importPaths(t.em(), [d]);
    expect(summary.inspections).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(summary.findings).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const rows = await t.sql<{ code: string; date: string; conclusion: string | null; team: string }>(
      `select i.code, to_char(i.date, 'YYYY-MM-DD') as date, i.conclusion, tm.name as team from inspection i join inspection_team tm on tm.id = i.team_id order by i.code`,
    );
    expect(rows).toEqual([
      { code: 'K1', date: '2019-10-27', conclusion: 'Tốt, "nghiêm túc"\r\nvà đầy đủ', team: 'Đoàn kiểm tra số 2'.normalize('NFC') },
      { code: 'K2', date: '2020-03-01', conclusion: null, team: 'Đoàn 3' },
    ]);
    // re-importing the same files changes nothing
    const again = await importPaths(t.em(), [d]);
    expect(again.inspections).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(again.findings).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it('names every problem by file, row and column; row numbers are those a spreadsheet shows', async () => {
    const d = write('bad', {
      // row 2 has a cell with a line break, row 3 is empty: the bad row is still row 4
      'units.csv': 'code,name,kind,colour\nX1,"Hai\ndòng",WARD,\n\nX2,Ba,VILLAGE,\n',
      'inspections.csv':
        'code,unit_code,date,team,kind\n' +
        'K9,NOPE,2019-01-01,Đoàn 1,PERIODIC\n' + // row 2: unknown unit
        'K10,W1,2021-01-05,Đoàn 1,PERIODIC\n' + // row 3: W1 ended 2020-06-30
        'K11,W1,31/02/2019,Đoàn 1,PERIODIC\n' + // row 4: no such date
        'K10,W1,2019-02-01,Đoàn 1,PERIODIC\n', // row 5: duplicate code
      'findings.csv': 'inspection_code,requirement_code,result\nK1,R2,PARTIAL\nK2,R2,PARTIAL\nK2,R9,PARTIAL\n',
    });
    // K1 (2019-10-27) and K2 (2020-03-01) come from the first test; every problem is reported, cell checks first
    expect((await problemsOf([d])).map(formatProblem)).toEqual([
      'inspections.csv, row 4, column date: "31/02/2019" is not a date (use YYYY-MM-DD or DD/MM/YYYY)',
      'units.csv, row 1, column colour: unknown column "colour" (allowed: code, name, name_en, kind, parent_code, valid_from, valid_to, source_kind, source_title, source_url, source_publisher, source_published_on)',
      'inspections.csv, row 5, column code: duplicate inspection code (already on inspections.csv row 3)',
      'inspections.csv, row 2, column unit_code: unknown unit code "NOPE"',
      'inspections.csv, row 3, column date: inspection dated 2021-01-05 is outside the validity of unit W1 (… → 2020-06-30)',
      // R2 is valid 2015–2019: fine for K1, not for K2
      'findings.csv, row 3, column requirement_code: requirement R2 is not valid on the inspection date 2020-03-01 (2015-01-01 → 2019-12-31)',
      'findings.csv, row 4, column requirement_code: unknown requirement code "R9"',
    ]);
  });

  it('a bad enum value is named with its row (after a multi-line cell and an empty line)', async () => {
    const d = write('enum', { 'units.csv': 'code,name,kind\nX1,"Hai\ndòng",WARD\n\nX2,Ba,VILLAGE\n' });
    expect((await problemsOf([d])).map(formatProblem)).toEqual([
      'units.csv, row 4, column kind: "VILLAGE" is not one of CITY (Thành phố), DEPARTMENT (Sở, ban, ngành), DISTRICT (Quận, huyện), WARD (Phường), COMMUNE (Xã), PUBLIC_SERVICE_UNIT (Đơn vị sự nghiệp công lập), STATE_ENTERPRISE (Doanh nghiệp nhà nước), PARTY_MASS_ORG (Cơ quan Đảng, đoàn thể), OTHER (Khác (đặc khu…))',
    ]);
  });

  it('a row with more cells than the header is named, not a failure of the whole file', async () => {
    const d = write('extra', { 'plans.csv': 'unit_code,year\nW1,2019\nW1,2020,oops\n' });
    expect((await problemsOf([d])).map(formatProblem)).toEqual(['plans.csv, row 3: the row has more cells than the header has columns']);
  });
});

describe('importing XLSX', () => {
  it('a workbook with one broken row deep inside findings is refused with that row named, and nothing is written anywhere', async () => {
    const file = path.join(dir, 'big.xlsx');
    const book = new ExcelJS.Workbook();
    const insp = book.addWorksheet('inspections');
    insp.addRow(['code', 'unit_code', 'date', 'team', 'kind']);
    // Excel date cells (UTC midnight, as Excel stores whole days)
    for (let i = 1; i <= 300; i++) insp.addRow([`B${i}`, 'W1', new Date(Date.UTC(2019, 0, 1 + (i % 300))), 'Đoàn 9', 'PERIODIC']);
    const fnd = book.addWorksheet('findings');
    fnd.addRow(['inspection_code', 'requirement_code', 'result']);
    for (let i = 1; i <= 300; i++) fnd.addRow([`B${i}`, 'R1', i === 250 ? 'MAYBE' : 'COMPLIANT']);
    await book.xlsx.writeFile(file);

    const before = await countAll();
    expect((await problemsOf([file])).map(formatProblem)).toEqual([
      // header is row 1: finding i sits on row i + 1
      'big.xlsx › findings, row 251, column result: "MAYBE" is not one of COMPLIANT (Đạt), PARTIAL (Đạt một phần), NON_COMPLIANT (Chưa đạt), NOT_APPLICABLE (Không áp dụng)',
    ]);
    expect(await countAll()).toEqual(before);
  });

  it('the same workbook without the broken row imports, Excel date cells as dates; --dry-run writes nothing', async () => {
    const file = path.join(dir, 'ok.xlsx');
    const book = new ExcelJS.Workbook();
    const insp = book.addWorksheet('inspections');
    insp.addRow(['team', 'kind', 'code', 'unit_code', 'date']);
    insp.addRow(['Đoàn 9', 'PERIODIC', 'X1', 'W1', new Date(Date.UTC(2019, 10, 27))]);
    insp.addRow(['Đoàn 9', 'PERIODIC', 'X2', 'W1', '05/06/2019']);
    await book.xlsx.writeFile(file);
    const before = await countAll();
    const dry = await importPaths(t.em(), [file], { dryRun: true });
    expect(dry.inspections).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await countAll()).toEqual(before);
    await importPaths(t.em(), [file]);
    const rows = await t.sql<{ date: string }>(`select to_char(date, 'YYYY-MM-DD') as date from inspection where code in ('X1', 'X2') order by code`);
    expect(rows.map((r) => r.date)).toEqual(['2019-11-27', '2019-06-05']);
  });
});

describe('spreadsheet error values are refused, not stored as text (issue 16.7)', () => {
  it('XLSX error cells and failed formulas: sheet, row and column named; nothing written', async () => {
    const file = path.join(dir, 'errors.xlsx');
    const book = new ExcelJS.Workbook();
    const insp = book.addWorksheet('inspections');
    insp.addRow(['code', 'unit_code', 'date', 'team', 'leader', 'conclusion']);
    insp.addRow(['E1', 'W1', '2019-05-01', 'Đoàn E', 'Mai', { error: '#N/A' }]);
    insp.addRow(['E2', 'W1', '2019-05-02', 'Đoàn E', { formula: '1/0', result: { error: '#DIV/0!' } }, 'tốt']);
    insp.addRow(['E3', 'W1', '2019-05-03', 'Đoàn E', { formula: 'UPPER("mai")', result: 'MAI' }, 'tốt']);
    await book.xlsx.writeFile(file);
    const before = await countAll();
    expect((await problemsOf([file])).map(formatProblem)).toEqual([
      'errors.xlsx › inspections, row 2, column conclusion: #N/A is a spreadsheet error (a formula that failed), not a value: correct the formula or type the value',
      'errors.xlsx › inspections, row 3, column leader: #DIV/0! is a spreadsheet error (a formula that failed), not a value: correct the formula or type the value',
    ]);
    expect(await countAll()).toEqual(before);
  });

  it('a CSV saved from such a sheet (Excel #VALUE!, LibreOffice Err:502): row and column named', async () => {
    const d = write('csv-errors', {
      'findings.csv': 'inspection_code,requirement_code,result,note\nX1,R1,COMPLIANT,#VALUE!\nX1,R2,Err:502,đủ\nX2,R1,COMPLIANT,"#N/A là chữ"\n',
    });
    expect((await problemsOf([d])).map(formatProblem)).toEqual([
      'findings.csv, row 2, column note: #VALUE! is a spreadsheet error (a formula that failed), not a value: correct the formula or type the value',
      'findings.csv, row 3, column result: Err:502 is a spreadsheet error (a formula that failed), not a value: correct the formula or type the value',
    ]);
  });
});

describe('a title above the header, Vietnamese enum words (issue 16.10)', () => {
  // test/fixtures/sheets/merged-title.xlsx, sheet "Kiểm tra" (as offices make them):
  //   row 1  BÁO CÁO KẾT QUẢ KIỂM TRA THỰC HIỆN QUY CHẾ DÂN CHỦ NĂM 2019   (merged A1:F1)
  //   row 2  (empty)
  //   row 3  Mã | Mã đơn vị | Ngày | Đoàn kiểm tra | Loại | Xếp loại
  //   row 4  KT-MT-1 | W1 | 01/05/2019 | Đoàn kiểm tra số 2 | Định kỳ | Tốt
  //   row 5  KT-MT-2 | W1 | 02/05/2019 | Đoàn kiểm tra số 2 | chuyên đề | Xuất sắc
  // test/fixtures/sheets/merged-title-csv/inspections.csv: the same title and header as a CSV
  const fixtures = path.resolve(__dirname, '../../test/fixtures/sheets');

  it('one problem that says the header must be row 1 and where it is, not one per column', async () => {
    const before = await countAll();
    expect((await problemsOf([path.join(fixtures, 'merged-title.xlsx')])).map(formatProblem)).toEqual([
      'merged-title.xlsx › Kiểm tra, row 1: the header must be row 1, but the column names are on row 3: delete the 2 rows above it (row 1 holds "BÁO CÁO KẾT QUẢ KIỂM TRA THỰC HIỆN QUY CHẾ DÂN CHỦ NĂM 2019")',
    ]);
    expect((await problemsOf([path.join(fixtures, 'merged-title-csv')])).map(formatProblem)).toEqual([
      'inspections.csv, row 1: the header must be row 1, but the column names are on row 3: delete the 2 rows above it (row 1 holds "BÁO CÁO KẾT QUẢ KIỂM TRA NĂM 2019")',
    ]);
    expect(await countAll()).toEqual(before);
  });

  it('with the rows above the header deleted it imports, the Vietnamese words read as their codes', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(fixtures, 'merged-title.xlsx'));
    const ws = book.getWorksheet('Kiểm tra')!;
    ws.unMergeCells('A1:F1');
    ws.spliceRows(1, 2);
    const file = path.join(dir, 'fixed-title.xlsx');
    await book.xlsx.writeFile(file);
    const summary = await importPaths(t.em(), [file]);
    expect(summary.inspections).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await t.sql(`select code, kind, rating from inspection where code like 'KT-MT-%' order by code`)).toEqual([
      { code: 'KT-MT-1', kind: 'PERIODIC', rating: 'GOOD' },
      { code: 'KT-MT-2', kind: 'THEMATIC', rating: 'EXCELLENT' },
    ]);
  });
});

describe('teams and source documents an import creates are part of its all or nothing (issue 16.2)', () => {
  const insp = 'code,unit_code,date,team,kind,source_title,source_url\n' + 'T16-1,W1,2019-05-01,Đoàn số 16,PERIODIC,Báo cáo số 16/BC,https://example.vn/16\n' + 'T16-2,W1,2019-06-01,Đoàn số 16,PERIODIC,Báo cáo số 16/BC,https://example.vn/16\n';
  const created = async () => ({
    teams: (await t.sql<{ n: number }>(`select count(*)::int as n from inspection_team where name = 'Đoàn số 16'`))[0].n,
    sources: (await t.sql<{ n: number }>(`select count(*)::int as n from source_document where title = 'Báo cáo số 16/BC'`))[0].n,
  });

  it('a bad row in another file: neither the new team nor the new source is created; nor by --dry-run; the good files create one of each, once', async () => {
    const before = await countAll();
    const bad = write('t16-bad', { 'inspections.csv': insp, 'findings.csv': 'inspection_code,requirement_code,result\nT16-1,R1,COMPLIANT\nT16-2,R1,MAYBE\n' });
    expect((await problemsOf([bad])).map(formatProblem)).toEqual([
      'findings.csv, row 3, column result: "MAYBE" is not one of COMPLIANT (Đạt), PARTIAL (Đạt một phần), NON_COMPLIANT (Chưa đạt), NOT_APPLICABLE (Không áp dụng)',
    ]);
    expect(await created()).toEqual({ teams: 0, sources: 0 });
    expect(await countAll()).toEqual(before);

    const good = write('t16-good', { 'inspections.csv': insp });
    await importPaths(t.em(), [good], { dryRun: true });
    expect(await countAll()).toEqual(before);
    await importPaths(t.em(), [good]);
    await importPaths(t.em(), [good]);
    expect(await created()).toEqual({ teams: 1, sources: 1 });
  });
});

describe('award decisions are keyed by (decision_number, decision_date, issuer) — SPEC §5.2', () => {
  const header = 'decision_number,decision_date,issuer,kind,recipient_code,period_from,period_to\n';

  it('refuses rows of one decision that disagree on its kind or period, naming the row', async () => {
    const d = write('award-kinds', {
      'awards.csv': header + '12/QĐ-UBND,01/03/2021,Chủ tịch UBND,BANG_KHEN,D1,2015,2020\n' + '12/QĐ-UBND,01/03/2021,Chủ tịch UBND,GIAY_KHEN,W1,2015,2020\n',
    });
    expect((await problemsOf([d])).map(formatProblem)).toEqual([
      'awards.csv, row 3, column kind: decision 12/QĐ-UBND of 2021-03-01 by Chủ tịch UBND is BANG_KHEN, 2015-2020 in awards.csv row 2, not GIAY_KHEN, 2015-2020',
    ]);
  });

  it('refuses a row that disagrees with the decision already in the database', async () => {
    const before = await countAll();
    await importPaths(t.em(), [write('award-first', { 'awards.csv': header + '13/QĐ-UBND,2021-03-02,Chủ tịch UBND,BANG_KHEN,D1,,\n' })]);
    const d = write('award-second', { 'awards.csv': header + '13/QĐ-UBND,2021-03-02,Chủ tịch UBND,BANG_KHEN,W1,2015,2020\n' });
    expect((await problemsOf([d])).map(formatProblem)).toEqual([
      'awards.csv, row 2, column period_from: decision 13/QĐ-UBND of 2021-03-02 by Chủ tịch UBND is BANG_KHEN in the database, not BANG_KHEN, 2015-2020',
    ]);
    // the first import added one decision and one award; the refused one nothing
    const after = await countAll();
    expect([after.award_decision - before.award_decision, after.award - before.award]).toEqual([1, 1]);
  });
});

describe('references looked up 5,000 keys a statement (issue 17.6: bounded database memory)', () => {
  it('a file referring to 5,002 units in the database finds every one across the statements, and names the one unknown', async () => {
    const codes = Array.from({ length: 5002 }, (_, i) => `BW${String(i).padStart(4, '0')}`);
    await importPaths(t.em(), [write('many-units', { 'units.csv': 'code,name,kind,parent_code\n' + codes.map((c) => `${c},Phường ${c},WARD,D1\n`).join('') })]);
    // plans of every unit, the last first (it is looked up in the second statement), and one unknown unit in row 3
    const rows = [codes.at(-1)!, codes[0], 'NOPE', ...codes.slice(1, -1)];
    const d = write('many-plans', { 'plans.csv': 'unit_code,year\n' + rows.map((c) => `${c},2019\n`).join('') });
    expect((await problemsOf([d])).map(formatProblem)).toEqual(['plans.csv, row 4, column unit_code: unknown unit code "NOPE"']);
  });
});
