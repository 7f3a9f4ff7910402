/**
 * Measures the importer's throughput and an export's peak memory (not a test: run by hand or by the bench).
 *   node --import @swc-node/register/esm-register src/scripts/interchange-scale.ts [importRows] [exportRows]
 * Uses DATABASE_URL (a scratch database is created and dropped) or a temporary embedded store.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { setLogLevel } from '../shared/logger.js';
import { openDatabase } from '../database.js';
import { sqlFor } from '../shared/sql.js';
import { importPaths } from '../modules/interchange/importer.js';
import { withActor } from '../modules/audit/actor.js';
import { datasetTable } from '../modules/export/datasets.js';
import { writeCsv, writeXlsx } from '../modules/export/table.js';

setLogLevel('warn');
if (process.argv[2] === '--export') {
  await exportOnly(process.argv[3] as 'csv' | 'xlsx', process.argv[4]);
  process.exit(0);
}
const importRows = Number(process.argv[2] ?? 200_000);
const exportRows = Number(process.argv[3] ?? 1_000_000);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-scale-'));

let url = process.env.DATABASE_URL;
let drop = async () => {};
if (url) {
  const name = `qcdc_scale_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  url = u.toString();
  drop = async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
}
const db = await openDatabase({ databaseUrl: url, dataDir: path.join(tmp, 'data') }, 'interchange scale measurement');
const em = () => db.orm.em.fork() as EntityManager;

// --- import: units, requirements, inspections and findings (10 per inspection) as CSV
const units = 1000;
const reqs = 10;
const inspections = Math.ceil(importRows / (reqs + 1));
const files = path.join(tmp, 'in');
fs.mkdirSync(files);
fs.writeFileSync(path.join(files, 'units.csv'), ['code,name,kind', ...Array.from({ length: units }, (_, i) => `U${i},Đơn vị ${i},WARD`)].join('\n'));
fs.writeFileSync(path.join(files, 'requirements.csv'), ['framework_code,code,title,category', ...Array.from({ length: reqs }, (_, i) => `F,R${i},Tiêu chí ${i},PUBLICIZE`)].join('\n'));
const insp = ['code,unit_code,date,team,kind'];
const fnd = ['inspection_code,requirement_code,result,note'];
for (let i = 0; i < inspections; i++) {
  insp.push(`K${i},U${i % units},${2015 + (i % 10)}-0${1 + (i % 9)}-1${i % 10},Đoàn ${i % 7},PERIODIC`);
  for (let r = 0; r < reqs; r++) fnd.push(`K${i},R${r},${r % 3 ? 'COMPLIANT' : 'PARTIAL'},"ghi chú, số ${r}"`);
}
fs.writeFileSync(path.join(files, 'inspections.csv'), insp.join('\n'));
fs.writeFileSync(path.join(files, 'findings.csv'), fnd.join('\n'));
const total = units + reqs + inspections + inspections * reqs;
let started = Date.now();
await importPaths(em(), [files]);
let seconds = (Date.now() - started) / 1000;
console.log(`import: ${total.toLocaleString('en')} rows in ${seconds.toFixed(1)} s = ${Math.round(total / seconds).toLocaleString('en')} rows/s (peak RSS so far ${Math.round(process.memoryUsage().rss / 1e6)} MB)`);
started = Date.now();
await importPaths(em(), [files]);
console.log(`re-import (nothing changes): ${((Date.now() - started) / 1000).toFixed(1)} s`);

// --- export: top findings up to exportRows with SQL, then stream them out while sampling memory
const sql = sqlFor(em());
const [{ n: have }] = await sql<{ n: number }>('select count(*)::int as n from finding');
if (have < exportRows) {
  const more = Math.ceil((exportRows - have) / reqs);
  await withActor(em(), { login: 'bench' }, 'bench', async (tx) => {
    await tx(
      `insert into inspection (code, unit_id, team_id, date, kind)
       select 'X' || g, (select min(id) from unit) + g % ${units}, (select min(id) from inspection_team), date '2020-01-01' + (g % 300), 'PERIODIC'
       from generate_series(1, ?) g`,
      [more],
    );
    await tx(
      `insert into finding (inspection_id, requirement_id, result, note)
       select i.id, q.id, 'COMPLIANT', 'ghi chú, "trích dẫn"' from inspection i cross join requirement q where i.code like 'X%'`,
    );
  });
}
const [{ n: rows }] = await sql<{ n: number }>('select count(*)::int as n from finding');
await db.close();
// each export in a fresh process, so its peak RSS is the export's own (the import above grew this one's heap)
for (const format of ['csv', 'xlsx']) {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--export', format, url ?? path.join(tmp, 'data')], { encoding: 'utf8' });
  process.stdout.write(child.stdout.replace('ROWS', rows.toLocaleString('en')));
  if (child.status !== 0) process.stderr.write(child.stderr);
}
await drop();
fs.rmSync(tmp, { recursive: true, force: true });

async function exportOnly(format: 'csv' | 'xlsx', target: string): Promise<void> {
  const isUrl = target.startsWith('postgres');
  const edb = await openDatabase({ databaseUrl: isUrl ? target : undefined, dataDir: target }, 'export measurement');
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = Date.now();
  const table = await datasetTable(sqlFor(edb.orm.em.fork() as EntityManager), 'findings');
  const file = path.join(os.tmpdir(), `qcdc-scale-${process.pid}.${format}`);
  if (format === 'csv') await writeCsv(table, fs.createWriteStream(file), 'code');
  else await writeXlsx([table], fs.createWriteStream(file), 'code');
  clearInterval(timer);
  console.log(
    `export ${format}: ROWS findings in ${((Date.now() - started) / 1000).toFixed(1)} s, ${Math.round(fs.statSync(file).size / 1e6)} MB file, ` +
      `peak RSS ${Math.round(peak / 1e6)} MB (${Math.round(base / 1e6)} MB before the export started${isUrl ? '' : ', the embedded PGlite included'})`,
  );
  fs.rmSync(file);
  await edb.close();
}
