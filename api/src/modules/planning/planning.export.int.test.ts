import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.js';
import { planningTown } from '../../test/fixtures/planning-town.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { parseTeams, planningExportRoute } from './planning.export.js';

/** The annex and the ranking over HTTP, read back with exceljs; expected rows from test/fixtures/planning-town.ts. */
let t: TestDb;
let app: App;
let api: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(planningTown);
  app = await createApp(t.db, (execute) => [planningExportRoute(execute)]);
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await t?.close();
});

async function book(path: string): Promise<ExcelJS.Workbook> {
  const res = await fetch(`${api}${path}`);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

describe('planning exports', () => {
  it('the programme annex: Vietnamese headers, one row per visit with team, month and reason, the uncovered units, and a sheet saying it is a draft', async () => {
    const teams = encodeURIComponent('Đoàn 1: 2');
    const wb = await book(`/export/inspection-programme.xlsx?year=2025&cycle=3&teams=${teams}`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phụ lục kế hoạch 2025', 'Chưa bố trí được', 'Thông tin']);
    const [visits, uncovered, about] = wb.worksheets;
    expect(values(visits, 1).slice(0, 8)).toEqual(['STT', 'Mã đơn vị', 'Đơn vị', 'Loại đơn vị', 'Quận, huyện (cũ)', 'Đoàn kiểm tra', 'Tháng dự kiến', 'Lý do']);
    expect(values(visits, 2).slice(0, 8)).toEqual([1, 'F', 'Xã Phú', 'Xã', 'Huyện Hai', 'Đoàn 1', 3, 'Đến hạn theo chu kỳ 3 năm (lần gần nhất 01/09/2016)']);
    expect(values(visits, 3).slice(0, 8)).toEqual([2, 'E', 'Phường Êm', 'Phường', 'Quận Một', 'Đoàn 1', 7, 'Chưa từng được kiểm tra']);
    expect(visits.rowCount).toBe(3);
    expect(visits.getRow(2).getCell(10).value).toBe(54.99);
    expect(uncovered.getColumn(2).values.slice(2)).toEqual(['D1', 'AB', 'S']);
    expect(uncovered.getRow(3).getCell(5).value).toBe('Không đủ năng lực kiểm tra 3 năm (lần gần nhất 20/04/2021)');
    const pairs = Object.fromEntries(about.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1, 3)));
    expect(pairs['Văn bản']).toBe('DỰ THẢO — Phụ lục chương trình kiểm tra năm 2025');
    expect(pairs['Bảo đảm chu kỳ']).toBe('Không — 3 đơn vị chưa bố trí được');
  });

  it('a visit resting on a DEMO inspection or a predecessor\'s says so; CSV has the same rows', async () => {
    const q = `year=2026&cycle=1&asOf=2025-06-30&kind=DEPARTMENT&teams=${encodeURIComponent('Đoàn 2: 1')}`;
    const wb = await book(`/export/inspection-programme.xlsx?${q}`);
    const row = values(wb.worksheets[0], 2);
    expect(row[1]).toBe('S2');
    expect(row.slice(10, 13)).toEqual([new Date(Date.UTC(2025, 1, 1)), 'Sở Kế hoạch và Đầu tư', 'Có']);
    const csv = await (await fetch(`${api}/export/inspection-programme.csv?${q}`)).text();
    expect(csv.split('\r\n')[1]).toMatch(/^1,S2,Sở Tài chính,/);
  });

  it('the ranking with every factor\'s points, highest first', async () => {
    const wb = await book('/export/inspection-priorities.xlsx?asOf=2024-12-31');
    const ws = wb.worksheets[0];
    const header = values(ws, 1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ws.getColumn(col('Mã đơn vị')).values.slice(2)).toEqual(['F', 'E', 'D1', 'AB', 'D2', 'S']);
    const ab = ws.getRow(5);
    expect(ab.getCell(col('Điểm ưu tiên')).value).toBe(35.1);
    expect(ab.getCell(col('Điểm: Điểm tuân thủ giảm so với lần trước')).value).toBe(10);
    expect(ab.getCell(col('Kiểm tra tại đơn vị tiền thân')).value).toBe('Phường Bình');
  });

  it('bad parameters are a 400 naming them, before any file is sent', async () => {
    const bad = await fetch(`${api}/export/inspection-programme.xlsx?year=2025&teams=${encodeURIComponent('Đoàn 1')}`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/teams: entry 1 "Đoàn 1" is not "name: visits"/);
    const cycle = await fetch(`${api}/export/inspection-programme.xlsx?year=2025&cycle=0&teams=A:1`);
    expect(cycle.status).toBe(400);
    expect((await cycle.json()).error).toMatch(/input.cycleYears/);
    expect(parseTeams('Đoàn kiểm tra số 1: 20\nĐoàn: 2: 3')).toEqual([{ name: 'Đoàn kiểm tra số 1', visits: 20 }, { name: 'Đoàn: 2', visits: 3 }]);
  });
});
