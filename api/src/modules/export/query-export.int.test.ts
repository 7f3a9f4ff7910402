import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.js';
import { loadConfig } from '../../shared/config.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { exportRoutes } from './export.routes.js';
import { queryTables } from './query-table.js';

/**
 * POST /export/query.csv|xlsx exports every page of a list (issue 11.5): 1,100 inspections are
 * three of the export's pages (500 at most) and 22 of the API's default page (50).
 */
const N = 1100;
const code = (i: number) => `I${String(i).padStart(4, '0')}`;
let t: TestDb;
let app: App;
let api: string;

beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    units: [
      { code: 'C', name: 'Thành phố', kind: 'CITY' },
      { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'C' },
    ],
    requirements: [{ framework_code: 'ND04', code: 'R1', title: 'Công khai', category: 'PUBLICIZE', valid_from: '2015-01-01' }],
    inspections: Array.from({ length: N }, (_, i) => ({
      code: code(i + 1),
      unit_code: 'W1',
      date: new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10),
      team: 'Đoàn 1',
      kind: 'PERIODIC',
    })),
    findings: [{ inspection_code: code(1), requirement_code: 'R1', result: 'COMPLIANT' }],
  });
  app = await createApp(t.db, (execute) => exportRoutes(t.db, { ...loadConfig({}), dataDir: '' }, execute));
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await t?.close();
});

const post = (format: 'csv' | 'xlsx', query: string, variables?: unknown) =>
  fetch(`${api}/export/query.${format}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });

async function book(res: Response): Promise<ExcelJS.Workbook> {
  expect(res.status).toBe(200);
  const b = new ExcelJS.Workbook();
  await b.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return b;
}

const column = (ws: ExcelJS.Worksheet, n = 1) => ws.getColumn(n).values.slice(2) as unknown[];

describe('POST /export/query (issue 11.5): every page, every top-level list, no silent cut', () => {
  it('CSV: a connection without `page` is exported whole, following its cursor, each row once', async () => {
    const res = await post('csv', '{ inspections(orderBy: CODE) { totalCount nodes { code unit { code } } } }');
    expect(res.status).toBe(200);
    const lines = (await res.text()).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('code,unit.code');
    const codes = lines.slice(1).map((l) => l.split(',')[0]);
    expect(codes).toHaveLength(N);
    expect(codes).toEqual(Array.from({ length: N }, (_, i) => code(i + 1)));
    expect(lines[1]).toBe('I0001,W1');
  }, 60_000);

  it('XLSX: one sheet per top-level field, each complete; an explicit page is that page', async () => {
    const b = await book(
      await post('xlsx', 'query ($w: UnitFilter) { inspections { nodes { code } } units(filter: $w) { nodes { code kind } } few: inspections(page: {first: 3}, orderBy: CODE) { nodes { code } } }', {
        w: { withinUnit: 'C' },
      }),
    );
    expect(b.worksheets.map((w) => w.name)).toEqual(['inspections', 'units', 'few']);
    const [insp, units, few] = b.worksheets;
    expect(insp.getRow(1).values).toEqual([undefined, 'code']);
    expect(new Set(column(insp)).size).toBe(N);
    expect(column(units)).toEqual(['C', 'W1']);
    expect(column(units, 2)).toEqual(['CITY', 'WARD']);
    expect(column(few)).toEqual(['I0001', 'I0002', 'I0003']);
  }, 60_000);

  it('CSV refuses two top-level lists, naming them; several lists in a row are joined cells, a list in a list is refused, named, never JSON', async () => {
    const two = await post('csv', '{ inspections { nodes { code } } units { nodes { code } } }');
    expect(two.status).toBe(400);
    expect(((await two.json()) as { error: string }).error).toBe(
      'a CSV file holds one list, and this query asks for 2: inspections, units. Export it as .xlsx (one sheet each) or ask for one of them',
    );
    // several lists in a row: none expanded, each list's columns its items' values joined with ";"
    const two2 = await post('csv', '{ units(page: {first: 1}) { nodes { code children { code kind } awards { citation } } } }');
    expect(two2.status).toBe(200);
    expect((await two2.text()).split('\r\n')).toEqual(['code,children.code,children.kind,awards.citation', 'C,W1,WARD,', '']);
    // a count alone is one row
    expect((await (await post('csv', '{ inspections { totalCount } }')).text()).split('\r\n')).toEqual(['totalCount', String(N), '']);
    const deep = await post('csv', '{ units { nodes { code inspections { code findings { result } } } } }');
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as { error: string }).error).toMatch(/^"units\.nodes\.inspections\.findings" is a list inside the list "units\.nodes\.inspections"/);
    const bad = await post('csv', '{ inspections { nodes { nope } } }');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('nope');
  });

  it('one list inside each row is flattened: a row per item, the parent repeated; a parent without items is one row', async () => {
    const res = await post('csv', '{ inspections(page: {first: 2}, orderBy: CODE) { nodes { code findings { result requirement { code } } unit { code } } } }');
    expect(res.status).toBe(200);
    expect((await res.text()).split('\r\n')).toEqual(['code,findings.result,findings.requirement.code,unit.code', 'I0001,COMPLIANT,R1,W1', 'I0002,,,W1', '']);
    // a top-level object with a list: the dashboard's "download this figure" of a unit's inspections
    const unit = await book(await post('xlsx', '{ unit(code: "W1") { code inspections { code } } }'));
    const ws = unit.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, 'code', 'inspections.code']);
    expect(ws.rowCount).toBe(N + 1);
    expect(ws.getRow(2).values).toEqual([undefined, 'W1', 'I0001']);
  }, 60_000);

  it('a list longer than an export holds is refused before anything is written', async () => {
    await expect(queryTables(app.execute, '{ inspections { nodes { code } } }', undefined, 1000)).rejects.toThrow(
      '"inspections" has 1100 rows, more than one export holds (1000)',
    );
  });
});
