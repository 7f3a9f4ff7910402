import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE } from './cli-usage.js';
import { built } from './test/api-process.js';
import { migratedDataDir } from './test/db.js';

/** The CLI as a user runs it: a separate process, the build `npx qcdc` runs. */
function qcdc(args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [built('cli'), ...args], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, DATABASE_URL: undefined, LOG_LEVEL: undefined, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-cli-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
/** where a fresh install is not the point: a migrated embedded database (saves its creation, ~10 s a process on a busy machine) */
const migrated = () => migratedDataDir(tmp());

// each case starts CLI processes, most of them opening an embedded database: minutes when the machine is busy
describe('qcdc CLI', { timeout: 600_000 }, () => {
  it('migrate creates the schema and no data; seed loads it; a second seed changes nothing', () => {
    const dataDir = tmp();
    const migrate = qcdc(['migrate'], { DATA_DIR: dataDir });
    expect(migrate.err).toBe('');
    expect(migrate).toMatchObject({ code: 0, out: 'database schema is up to date\n' });
    const first = qcdc(['seed', '--no-demo'], { DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^seeded: units 191 created, 0 updated, 0 unchanged; lineage 112 created/);
    const second = qcdc(['seed', '--no-demo'], { DATA_DIR: dataDir });
    expect(second.out).toMatch(/^seeded: units 0 created, 0 updated, 191 unchanged;/);
  });

  it('fails with one readable line and a non-zero status on a bad DATABASE_URL', () => {
    const r = qcdc(['migrate'], { DATABASE_URL: 'postgres//oops' });
    expect(r.code).toBe(1);
    expect(r.err).toBe('qcdc: DATABASE_URL is not a valid URL: "postgres//oops" (expected postgres://user@host:5432/db)\n');
  });

  it('refuses, without touching it, an embedded database another live process holds', () => {
    const dataDir = tmp();
    // the lock of a live process (this test runner) that is not the CLI
    fs.writeFileSync(path.join(dataDir, 'qcdc.lock'), JSON.stringify({ pid: process.pid, purpose: 'the QCDC Hub API', api: 'http://127.0.0.1:4000' }));
    const r = qcdc(['migrate'], { DATA_DIR: dataDir });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`is in use by the QCDC Hub API (pid ${process.pid}); use its API at http://127.0.0.1:4000`);
    expect(fs.readdirSync(dataDir)).toEqual(['qcdc.lock']);
  });

  it('an --out that cannot be written: one line naming the file and why, status 1, no stack trace', async () => {
    const dataDir = await migrated();
    const csv = qcdc(['export', 'units', '--out', '/no-such-dir/x.csv'], { DATA_DIR: dataDir });
    expect(csv).toMatchObject({ code: 1, out: '', err: 'qcdc: cannot write /no-such-dir/x.csv: the folder /no-such-dir does not exist (ENOENT)\n' });
    // below a regular file: fails for root too
    fs.writeFileSync(path.join(dataDir, 'a-file'), 'x');
    const report = qcdc(['report', '--year', '2020', '--out', path.join(dataDir, 'a-file', 'r.xlsx')], { DATA_DIR: dataDir });
    expect(report).toMatchObject({ code: 1, out: '', err: `qcdc: cannot write ${path.join(dataDir, 'a-file', 'r.xlsx')}: a part of ${path.join(dataDir, 'a-file')} is a file, not a folder (ENOTDIR)\n` });
  });

  it('a refused import: grouped Vietnamese lines, the full list in a file; --lang en in English', async () => {
    const dataDir = await migrated();
    const files = path.join(dataDir, 'in');
    fs.mkdirSync(files);
    // 30 units of a kind that does not exist: one systematic mistake
    fs.writeFileSync(path.join(files, 'units.csv'), 'code,name,kind\n' + Array.from({ length: 30 }, (_, i) => `U${i},Làng ${i},LÀNG\n`).join(''));
    const list = path.join(dataDir, 'loi.txt');
    const vi = qcdc(['import', files, '--errors', list], { DATA_DIR: dataDir });
    const kinds = 'CITY (Thành phố), DEPARTMENT (Sở, ban, ngành), DISTRICT (Quận, huyện), WARD (Phường), COMMUNE (Xã), PUBLIC_SERVICE_UNIT (Đơn vị sự nghiệp công lập), STATE_ENTERPRISE (Doanh nghiệp nhà nước), PARTY_MASS_ORG (Cơ quan Đảng, đoàn thể), OTHER (Khác (đặc khu…))';
    expect(vi).toMatchObject({
      code: 1,
      out: '',
      err: `  units.csv, cột kind: "LÀNG" không phải một trong các giá trị ${kinds} — 30 dòng, ví dụ dòng 2, 3, 4, 5, 6…\nqcdc: không nhập được: 30 lỗi, không có gì được ghi vào cơ sở dữ liệu; danh sách đầy đủ: ${list}\n`,
    });
    const lines = fs.readFileSync(list, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(30);
    expect(lines[29]).toBe(`units.csv, dòng 31, cột kind: "LÀNG" không phải một trong các giá trị ${kinds}`);
    const en = qcdc(['import', files, '--lang', 'en', '--errors', list], { DATA_DIR: dataDir });
    expect(en.code).toBe(1);
    expect(en.err.split('\n')[0]).toBe(`  units.csv, column kind: "LÀNG" is not one of ${kinds} — 30 rows, e.g. rows 2, 3, 4, 5, 6…`);
    expect(en.err.split('\n')[1]).toBe(`qcdc: import refused: 30 problems, nothing was written; the full list: ${list}`);
  });

  it('bin/qcdc.js answers --help and an unknown command from the usage text alone: no config read, no database opened', () => {
    // a DATABASE_URL the full CLI would refuse at once: the fast path never reads it
    const env = { ...process.env, DATABASE_URL: 'postgres//not-a-url', LOG_LEVEL: undefined };
    const run = (args: string[]) => spawnSync(process.execPath, ['bin/qcdc.js', ...args], { cwd: path.resolve(__dirname, '..'), env, encoding: 'utf8', timeout: 600_000 });
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(`${USAGE}\n`);
    const unknown = run(['frobnicate']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.split('\n')[0]).toBe('qcdc: unknown command "frobnicate"');
    // a real command does load the CLI, and refuses the bad URL in one line
    expect(run(['migrate']).stderr).toMatch(/^qcdc: DATABASE_URL is not a valid URL/);
  });

  it('--help, a mistake in the arguments and an unreadable file are answered without opening the database: DATA_DIR stays empty (issue 15.5)', () => {
    const dataDir = tmp();
    const cases: [string[], number, RegExp][] = [
      [['--help'], 0, /^usage: qcdc <command>/],
      [['export', '--help'], 0, /^qcdc export DATASET/],
      [['report', '--help'], 0, /^qcdc report --year Y/],
      [['user'], 0, /^qcdc user add LOGIN/],
      [['import'], 1, /^qcdc: import needs at least one file or folder\n\nusage: qcdc/],
      [['import', 'a.csv', '--lang', 'fr'], 1, /^qcdc: --lang must be vi or en, got "fr"/],
      [['import', '--frobnicate', 'a.csv'], 1, /^qcdc: Unknown option '--frobnicate'/],
      [['export', 'units', '--format', 'pdf'], 1, /^qcdc: format must be csv or xlsx, got "pdf"\n$/],
      [['export', 'unitz'], 1, /^qcdc: unknown dataset "unitz" \(one of units, lineage/],
      [['report', '--year', '20x', '--out', 'r.xlsx'], 1, /^qcdc: --year must be a year like 2021, got "20x"\n$/],
      [['token', 'create'], 1, /^qcdc: token create needs one LOGIN/],
      [['migrate', 'now'], 1, /^qcdc: migrate takes no arguments, got "now"/],
    ];
    // a corrupt workbook and a missing file: refused after reading them, still before any database
    const corrupt = path.join(tmp(), 'qcdc.xlsx');
    fs.writeFileSync(corrupt, Buffer.from('PK\x03\x04 this is not really a zip'));
    cases.push([['import', corrupt], 1, /^qcdc: qcdc\.xlsx: not a readable XLSX workbook/]);
    cases.push([['import', path.join(dataDir, 'missing.csv')], 1, /: no such file or folder\n$/]);
    // over the size an import file may hold (issue 15.6; a sparse file)
    const big = path.join(tmp(), 'findings.csv');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 64 * 1024 * 1024 + 1);
    cases.push([['import', big], 1, /^ {2}findings\.csv: tệp có 64,0 MB, quá 64 MB một tệp nhập được phép/]);
    for (const [args, code, text] of cases) {
      const r = qcdc(args, { DATA_DIR: dataDir });
      expect({ args, code: r.code }).toEqual({ args, code });
      expect(code === 0 ? r.out : r.err).toMatch(text);
      expect({ args, dataDir: fs.readdirSync(dataDir) }).toEqual({ args, dataDir: [] });
    }
  });

  it('one command opens the embedded database once for all its steps: import, derived tables, then the export of the same process', async () => {
    const dataDir = await migrated();
    const files = path.join(dataDir, 'in');
    fs.mkdirSync(files);
    fs.writeFileSync(path.join(files, 'units.csv'), 'code,name,kind,parent_code\nD1,Quận Một,DISTRICT,\nW1,Phường Một,WARD,D1\n');
    const opened = (err: string) => err.split('\n').filter((l) => /embedded database .* ready in/.test(l)).length;
    const imported = qcdc(['import', files], { DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/imported: units 2 created/);
    expect(opened(imported.err)).toBe(1);
    // an analytics table runs GraphQL in-process on the same database (lazyGraphQL), not a second one
    const exported = qcdc(['export', 'coverage', '--from', '2020', '--to', '2020'], { DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('units_in_scope');
    expect(opened(exported.err)).toBe(1);
  });

  it('names an unknown command', () => {
    const r = qcdc(['frobnicate']);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')[0]).toBe('qcdc: unknown command "frobnicate"');
  });
});
