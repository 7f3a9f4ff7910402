import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.js';
import { loadConfig } from '../../shared/config.js';
import { DataDirInUseError } from '../../shared/embedded.js';
import { openDatabase } from '../../database.js';
import { sqlFor } from '../../shared/sql.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import ExcelJS from 'exceljs';
import { formatProblem, ImportError, importPaths } from '../interchange/importer.js';
import { SHEETS } from '../interchange/sheets.js';
import { reportRoutes } from '../report/report.routes.js';
import { datasetTable } from './datasets.js';
import { exportCommand } from './export.cli.js';
import { exportRoutes, importRoute } from './export.routes.js';
import { fixture } from '../../test/interchange-fixture.js';
import { remoteImport, runningServer } from './remote.js';
import { DEFAULT_POLICY } from '../auth/session.service.js';
import { writeCsv } from './table.js';

/**
 * The CLI against a DATA_DIR held by a running server: a real server on a port, and a lock file
 * that says so (owned by a live process other than this one: vitest's parent).
 */
let t: TestDb;
let app: App;
let api: string;
let dir: string;
const TOKEN = 'test-token-0123456789';

function lock(info: Record<string, unknown>): string {
  const dataDir = fs.mkdtempSync(path.join(dir, 'data-'));
  fs.writeFileSync(path.join(dataDir, 'qcdc.lock'), JSON.stringify({ pid: process.ppid, purpose: 'the QCDC Hub API', ...info }));
  return dataDir;
}

beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  const config = { ...loadConfig({}), dataDir: '' };
  app = await createApp(t.db, (execute) => [...reportRoutes(t.db, execute), ...exportRoutes(t.db, config, execute), importRoute(t.db, TOKEN)]);
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-http-test-'));
});
afterAll(async () => {
  await app?.stop();
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('HTTP exports', () => {
  it('GET /export/units.csv: a download with the Vietnamese headers by default, code headers with lang=en', async () => {
    const vi = await fetch(`${api}/export/units.csv`);
    expect(vi.status).toBe(200);
    expect(vi.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(vi.headers.get('content-disposition')).toContain('qcdc-units.csv');
    const bytes = Buffer.from(await vi.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')[0]).toBe('\ufeffMã,Tên,Tên tiếng Anh,Loại,Mã đơn vị cấp trên,Hiệu lực từ,Hiệu lực đến,Loại nguồn,Nguồn,Liên kết nguồn,Nơi đăng,Ngày đăng');
    const en = await (await fetch(`${api}/export/units.csv?lang=en&withinUnit=D1`)).text();
    expect(en.split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['D1', 'W1', 'W2']);
  });

  it('every dataset download imports back under the name and sheet title the browser saved (issue 16.4)', async () => {
    const save = async (to: string, url: string, as?: string) => {
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      const name = as ?? /filename="([^"]+)"/.exec(res.headers.get('content-disposition')!)![1];
      fs.mkdirSync(to, { recursive: true });
      fs.writeFileSync(path.join(to, name), Buffer.from(await res.arrayBuffer()));
      return name;
    };
    const csv = path.join(dir, 'downloads-csv');
    const xlsx = path.join(dir, 'downloads-xlsx');
    for (const sheet of SHEETS) {
      await save(csv, `${api}/export/${sheet}.csv`);
      await save(xlsx, `${api}/export/${sheet}.xlsx`);
    }
    expect(fs.readdirSync(csv)).toContain('qcdc-units.csv');
    // a filtered download, and a browser's second copy of one (by themselves: the same rows twice are refused)
    const more = path.join(dir, 'downloads-more');
    expect(await save(more, `${api}/export/inspections.csv?from=2019&to=2021`)).toBe('qcdc-inspections-2019-2021.csv');
    await save(more, `${api}/export/units.csv`, 'qcdc-units (1).csv');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(xlsx, 'qcdc-units.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Đơn vị']);
    for (const folder of [csv, xlsx, more]) {
      const summary = await importPaths(t.em(), [folder], { dryRun: true }).catch((e) => { throw new Error(e.problems?.map(formatProblem).join('\n') ?? e); });
      for (const sheet of folder === more ? (['units', 'inspections'] as const) : SHEETS) expect(summary[sheet], `${folder} ${sheet}`).toMatchObject({ created: 0, updated: 0 });
      expect(summary.units!.unchanged).toBeGreaterThan(0);
    }
  });

  it('an unknown dataset or a bad filter is a 400 with the reason', async () => {
    const res = await fetch(`${api}/export/nope.csv`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^unknown dataset "nope"/);
    const bad = await fetch(`${api}/export/inspections.xlsx?from=20x`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe('from must be a year like 2021, got "20x"');
  });

  it('POST /export/query.csv: the first list of a GraphQL result with dotted column names', async () => {
    const res = await fetch(`${api}/export/query.csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($f: UnitFilter) { units(filter: $f) { totalCount nodes { code kind parent { code } } } }', variables: { f: { withinUnit: 'D1' } } }),
    });
    expect(res.status).toBe(200);
    // (fetch's text() would drop the BOM: read the bytes)
    expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe('\ufeffcode,kind,parent.code\r\nD1,DISTRICT,C\r\nW1,WARD,D1\r\nW2,WARD,D1\r\n');
    const bad = await fetch(`${api}/export/query.csv`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) });
    expect(bad.status).toBe(400);
  });
});

describe('GET /export/report.xlsx (issue 16.5)', () => {
  it('is named by its period, not by the day it was made', async () => {
    const res = await fetch(`${api}/export/report.xlsx?from=2019&to=2021`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('qcdc-bao-cao-2019-2021.xlsx');
    const one = await fetch(`${api}/export/report.xlsx?year=2020`);
    expect(one.headers.get('content-disposition')).toContain('qcdc-bao-cao-2020.xlsx');
  });
});

describe('POST /export/query.xlsx (issue 16.8)', () => {
  it('rates are percentage cells; a unit without a parent is an empty parent.code cell, not an extra column', async () => {
    // units within C: C itself has no parent (null object), the others have one
    const res = await fetch(`${api}/export/query.xlsx`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ units { nodes { code parent { code } } } }' }),
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = book.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['code', 'parent.code']);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['C']);
    const cov = await fetch(`${api}/export/query.xlsx`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ coverage(by: [], filter: {fromYear: 2019, toYear: 2019}) { unitsInScope rate } }' }),
    });
    expect(cov.status).toBe(200);
    const b2 = new ExcelJS.Workbook();
    await b2.xlsx.load(Buffer.from(await cov.arrayBuffer()) as never);
    const rate = b2.worksheets[0].getRow(2).getCell(2);
    expect(typeof rate.value).toBe('number');
    expect(rate.numFmt).toBe('0.0%');
  });
});

describe('the CLI while a server holds the embedded DATA_DIR', () => {
  it('export goes through the running server and writes the same file as a local export', async () => {
    const dataDir = lock({ api, importToken: TOKEN });
    const server = runningServer({ databaseUrl: undefined, dataDir });
    expect(server?.api).toBe(api);
    const out = path.join(dir, 'remote-units.csv');
    const log = console.log;
    console.log = () => {};
    try {
      expect(await exportCommand.remote!(server!, loadConfig({}), ['units', '--format', 'csv', '--out', out])).toBe(0);
    } finally {
      console.log = log;
    }
    const local = path.join(dir, 'local-units.csv');
    await writeCsv(await datasetTable(sqlFor(t.em()), 'units'), fs.createWriteStream(local), 'code');
    expect(fs.readFileSync(out).equals(fs.readFileSync(local))).toBe(true);
  });

  it('with ACCESS=login the CLI gets in as ADMIN with the secret from the lock file; nobody else does without signing in', async () => {
    const config = { ...loadConfig({}), dataDir: '' };
    const guarded = await createApp(
      t.db,
      (execute) => [...exportRoutes(t.db, config, execute, TOKEN)],
      { access: 'login', corsOrigins: [], policy: DEFAULT_POLICY, localCliToken: TOKEN },
    );
    await new Promise<void>((r) => guarded.server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(guarded.server.address() as { port: number }).port}`;
    try {
      expect((await fetch(`${url}/export/units.csv`)).status).toBe(401);
      expect((await fetch(`${url}/export/units.csv`, { headers: { 'x-qcdc-import-token': 'wrong-token-000000000' } })).status).toBe(401);
      const server = runningServer({ databaseUrl: undefined, dataDir: lock({ api: url, importToken: TOKEN }) })!;
      const out = path.join(dir, 'login-units.csv');
      const log = console.log;
      console.log = () => {};
      try {
        expect(await exportCommand.remote!(server, loadConfig({}), ['units', '--format', 'csv', '--out', out])).toBe(0);
      } finally {
        console.log = log;
      }
      // every unit of the fixture (D1, W1, W2 and the rest): the CLI is the city's ADMIN
      const local = path.join(dir, 'login-local-units.csv');
      await writeCsv(await datasetTable(sqlFor(t.em()), 'units'), fs.createWriteStream(local), 'code');
      expect(fs.readFileSync(out).equals(fs.readFileSync(local))).toBe(true);
    } finally {
      await guarded.stop();
    }
  });

  it('import goes through POST /import with the token from the lock; problems come back with their rows', async () => {
    const dataDir = lock({ api, importToken: TOKEN });
    const server = runningServer({ databaseUrl: undefined, dataDir })!;
    const files = path.join(dir, 'in');
    fs.mkdirSync(files);
    fs.writeFileSync(path.join(files, 'plans.csv'), 'unit_code,year,document_number\nW1,2021,02/KH\n');
    expect((await remoteImport(server, [files], true)).plans).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await t.sql<{ n: number }>('select count(*)::int as n from annual_plan where year = 2021'))[0].n).toBe(0);
    expect((await remoteImport(server, [files], false)).plans).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await t.sql<{ n: number }>('select count(*)::int as n from annual_plan where year = 2021'))[0].n).toBe(1);

    fs.writeFileSync(path.join(files, 'plans.csv'), 'unit_code,year\nNOPE,2021\n');
    const refused = await remoteImport(server, [files], false).catch((e) => e);
    expect(refused).toBeInstanceOf(ImportError);
    expect((refused as ImportError).problems).toEqual([{ file: 'plans.csv', row: 2, column: 'unit_code', message: 'unknown unit code "NOPE"' }]);
  });

  it('a wrong token is refused', async () => {
    const dataDir = lock({ api, importToken: 'wrong-token-000000000' });
    const server = runningServer({ databaseUrl: undefined, dataDir })!;
    await expect(remoteImport(server, [path.join(dir, 'in')], true)).rejects.toThrow('import over HTTP is only for `qcdc import` on this machine');
  });

  it('a holder without an API (another CLI run) makes the CLI refuse with a clear message, without touching the store', async () => {
    const dataDir = lock({ purpose: 'qcdc import' });
    expect(runningServer({ databaseUrl: undefined, dataDir })).toBeNull();
    const err = await openDatabase({ databaseUrl: undefined, dataDir }, 'qcdc export').catch((e) => e);
    expect(err).toBeInstanceOf(DataDirInUseError);
    expect((err as Error).message).toBe(`the embedded database in ${dataDir} is in use by qcdc import (pid ${process.ppid}); stop it first, or set DATABASE_URL to use PostgreSQL`);
    expect(fs.existsSync(path.join(dataDir, 'pg'))).toBe(false);
  });

  it('a stale lock (dead process) is no server: the CLI opens the store itself', () => {
    const dataDir = fs.mkdtempSync(path.join(dir, 'stale-'));
    fs.writeFileSync(path.join(dataDir, 'qcdc.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, purpose: 'the QCDC Hub API', api }));
    expect(runningServer({ databaseUrl: undefined, dataDir })).toBeNull();
  });
});
