import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { createApp } from '../app.js';
import { DEFAULT_QUERY_CACHE } from '../modules/cache/query-cache.js';
import { migrationsList } from '../migrations/index.js';
import type { AnalyticsFilter } from '../modules/analytics/analytics.inputs.js';
import { compliance, complianceSummary } from '../modules/analytics/compliance.service.js';
import { coverage } from '../modules/analytics/coverage.service.js';
import { planRate } from '../modules/analytics/plan-rate.service.js';
import { openRecommendations } from '../modules/analytics/recommendations.service.js';
import { afterDataChange } from '../modules/analytics/rollup.js';
import { resolveScope } from '../modules/analytics/scope.js';
import { ReadScope } from '../modules/scope/read-scope.js';
import { importTables } from '../modules/interchange/importer.js';
import { setLogLevel } from '../shared/logger.js';
import { openDatabase } from '../database.js';
import type { Database } from '../shared/orm.js';
import { inTransaction, sqlFor } from '../shared/sql.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { CASES, SCOPED_CASES, type BenchCase } from './cases.js';
import { httpThroughput, percentile, sqlThroughput, type Throughput } from './concurrent.js';
import { measureScale } from './scale.js';
import { countRows, generate, GENERATOR_VERSION, SCALES, type Scale } from './generate.js';

/**
 * `npm run bench` (from the repository root; `-- --quick` for a tenth of the data): generates the
 * national-scale DEMO dataset once into a database of its own, then measures each dashboard query
 * through the GraphQL HTTP endpoint and, as the floor, the very SQL statements it issued run
 * directly on a pg connection; then importer throughput and export memory. It prints figures and
 * never fails on them: targets are for people to read (docs/PERFORMANCE.md).
 */

interface Options {
  scale: Scale;
  iterations: number;
  warmup: number;
  regenerate: boolean;
  skipImport: boolean;
  skipExport: boolean;
  /** --only=TEXT: measure only the cases whose name contains TEXT (one query after a change). */
  only: string | null;
  skipQueries: boolean;

  /** only the scoped-reader comparison (`--scope-only`) */
  scopeOnly: boolean;
  /** --clients=N (default 16, 0 = none): the concurrent run of the cases marked `concurrent` */
  clients: number;
  /** --concurrent-seconds=S (default 5): how long each concurrent run lasts */
  concurrentSeconds: number;
  /** --skip-scale: no scale table */
  skipScale: boolean;
  /** --skip-scoped: no scoped-reader table (with --only, one case measured without it) */
  skipScoped: boolean;
  /** the PostgreSQL URL of the bench database (none on PGlite: it serves one connection) */
  databaseUrl?: string;
}

function parseArgs(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const n = argv.find((a) => a.startsWith('--iterations='));
  return {
    scale: SCALES[quick ? 'quick' : 'full'],
    iterations: n ? Math.max(3, Number(n.split('=')[1])) : quick ? 30 : 25,
    warmup: 3,
    regenerate: argv.includes('--regenerate'),
    skipImport: argv.includes('--skip-import'),
    skipExport: argv.includes('--skip-export'),
    only: argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? null,
    skipQueries: argv.includes('--skip-queries'),

    scopeOnly: argv.includes('--scope-only'),
    clients: Number(argv.find((a) => a.startsWith('--clients='))?.split('=')[1] ?? 16),
    concurrentSeconds: Number(argv.find((a) => a.startsWith('--concurrent-seconds='))?.split('=')[1] ?? 5),
    skipScale: argv.includes('--skip-scale'),
    skipScoped: argv.includes('--skip-scoped'),
  };
}

const say = (line = '') => process.stdout.write(`${line}\n`);

/** PostgreSQL (a database of its own beside the one in the URL) or an embedded directory. */
async function benchTarget(scale: Scale): Promise<{ config: { databaseUrl?: string; dataDir: string }; label: string }> {
  const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  const name = scale.name === 'full' ? 'qcdc_bench' : 'qcdc_bench_quick';
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const { rows } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rows.length) await admin.query(`create database ${name}`);
    const version = ((await admin.query('show server_version')).rows[0] as { server_version: string }).server_version;
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    return { config: { databaseUrl: u.toString(), dataDir: '' }, label: `PostgreSQL ${version} database ${name} at ${u.host}` };
  }
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), scale.name === 'full' ? '.data-bench' : '.data-bench-quick');
  return { config: { databaseUrl: undefined, dataDir: dir }, label: `embedded PGlite in ${dir}` };
}

interface Meta {
  generator: string;
  scale: string;
  migrations: string;
  counts: Record<string, number>;
  generationSeconds: number;
}

const migrationsKey = () => crypto.createHash('sha1').update(migrationsList.map((m) => m.name).join(',')).digest('hex').slice(0, 12);

/** Generates the dataset unless this database already holds it (same generator version and scale). */
async function ensureDataset(db: Database, opts: Options): Promise<Meta> {
  const em = db.orm.em.fork() as EntityManager;
  const sql = sqlFor(em);
  await sql(`create table if not exists qcdc_bench_meta (id int primary key default 1, meta jsonb not null)`);
  const [row] = await sql<{ meta: Meta }>(`select meta from qcdc_bench_meta where id = 1`);
  if (row && !opts.regenerate && row.meta.generator === GENERATOR_VERSION && row.meta.scale === opts.scale.name) {
    say(`dataset: reusing ${opts.scale.name} dataset (${GENERATOR_VERSION}, generated in ${row.meta.generationSeconds} s)`);
    if (row.meta.migrations !== migrationsKey()) {
      // new migrations (e.g. rollup tables) since it was generated: rebuild the derived tables only
      const started = performance.now();
      await inTransaction(em, (tx) => afterDataChange(tx));
      await sql('analyze');
      const meta = { ...row.meta, migrations: migrationsKey() };
      await sql(`update qcdc_bench_meta set meta = ?::jsonb where id = 1`, [JSON.stringify(meta)]);
      say(`dataset: derived tables rebuilt for the current migrations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return meta;
    }
    return row.meta;
  }
  say(`dataset: generating the ${opts.scale.name} DEMO dataset (${GENERATOR_VERSION}) with set-based SQL…`);
  const started = performance.now();
  await inTransaction(em, async (tx) => {
    await generate(tx, opts.scale, (s) => say(`  ${s.step.padEnd(28)} ${String(s.rows).padStart(10)} rows ${(s.ms / 1000).toFixed(1).padStart(7)} s`));
    const t0 = performance.now();
    await afterDataChange(tx);
    say(`  ${'derived tables (afterDataChange)'.padEnd(28)} ${''.padStart(10)}      ${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s`);
  });
  const t1 = performance.now();
  await sql('analyze');
  say(`  ${'analyze'.padEnd(28)} ${''.padStart(10)}      ${((performance.now() - t1) / 1000).toFixed(1).padStart(7)} s`);
  const meta: Meta = {
    generator: GENERATOR_VERSION,
    scale: opts.scale.name,
    migrations: migrationsKey(),
    counts: await countRows(sql),
    generationSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
  await sql(`insert into qcdc_bench_meta (id, meta) values (1, ?::jsonb) on conflict (id) do update set meta = excluded.meta`, [JSON.stringify(meta)]);
  return meta;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

interface Statement {
  sql: string;
  bindings: unknown[];
}

interface Result {
  name: string;
  overview: boolean;
  http: { p50: number; p95: number };
  floor: { p50: number; p95: number };
  statements: number;
  bytes: number;
  /** p50 of the plain statement (no rollups), when the metric has a rollup path. */
  plain?: number;
  /** the concurrent run (cases marked `concurrent`): the hub, its SQL floor, the bench process's peak RSS */
  concurrent?: { http: Throughput; floor?: Throughput; rssPeak: number };
}

/** Every SQL statement one in-process execution of the case issues, as sent to PostgreSQL. */
async function captureStatements(db: Database, app: Awaited<ReturnType<typeof createApp>>, c: BenchCase): Promise<Statement[]> {
  const knex = db.orm.em.getKnex();
  const seen: Statement[] = [];
  const listener = (q: { sql: string; bindings?: unknown[] }) => seen.push({ sql: q.sql, bindings: q.bindings ?? [] });
  knex.on('query', listener);
  try {
    const res = await app.execute(c.query, c.variables);
    if (res.errors?.length) throw new Error(`${c.name}: ${res.errors.map((e) => e.message).join('; ')}`);
  } finally {
    knex.off('query', listener);
  }
  return seen;
}

/** knex reports `?` placeholders; pg wants $1, $2… (no statement here has a `?` inside a string literal). */
function toNative(s: Statement): Statement {
  if (!s.bindings.length || s.sql.includes('$1')) return s;
  let i = 0;
  return { sql: s.sql.replace(/\?/g, () => `$${++i}`), bindings: s.bindings };
}

async function measureCase(db: Database, app: Awaited<ReturnType<typeof createApp>>, base: string, c: BenchCase, opts: Options): Promise<Result> {
  const body = JSON.stringify({ query: c.query, variables: c.variables });
  let bytes = 0;
  const once = async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    bytes = text.length;
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${c.name}: HTTP ${res.status} ${text.slice(0, 300)}`);
  };
  for (let i = 0; i < opts.warmup; i++) await once();
  const http: number[] = [];
  for (let i = 0; i < opts.iterations; i++) {
    const t = performance.now();
    await once();
    http.push(performance.now() - t);
  }

  const statements = (await captureStatements(db, app, c)).map(toNative);
  // the floor: the same statements on one pg connection taken from the app's own pool (PGlite serves one)
  const knex = db.orm.em.getKnex();
  const conn = (await knex.client.acquireConnection()) as pg.Client;
  const floor: number[] = [];
  try {
    const replay = async () => {
      for (const s of statements) await conn.query(s.sql, s.bindings as unknown[]);
    };
    for (let i = 0; i < opts.warmup; i++) await replay();
    for (let i = 0; i < opts.iterations; i++) {
      const t = performance.now();
      await replay();
      floor.push(performance.now() - t);
    }
  } finally {
    await knex.client.releaseConnection(conn);
  }
  http.sort((a, b) => a - b);
  floor.sort((a, b) => a - b);
  let concurrent: Result['concurrent'];
  if (c.concurrent && opts.clients > 0) {
    global.gc?.();
    let rssPeak = process.memoryUsage().rss;
    const sample = () => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    };
    const httpRun = await httpThroughput({ url: `${base}/graphql`, query: c.query, variables: c.variables, clients: opts.clients, seconds: opts.concurrentSeconds }, sample);
    const floorRun = opts.databaseUrl ? await sqlThroughput(opts.databaseUrl, statements, opts.clients, opts.concurrentSeconds) : undefined;
    concurrent = { http: httpRun, floor: floorRun, rssPeak };
  }
  let plain: number | undefined;
  if (c.plain) {
    // a few runs only: without rollups these take seconds at full scale
    const em = db.orm.em.fork() as EntityManager;
    const sql = sqlFor(em);
    const asOf = c.plain.asOf ?? '';
    const fn = {
      coverage, compliance, planRate,
      complianceSummary: complianceSummary as unknown as typeof coverage,
      openRecommendations: ((...[s, sc, by, o]: Parameters<typeof coverage>) => openRecommendations(s, sc, by, asOf, o)) as unknown as typeof coverage,
    }[c.plain.metric];
    const scope = await resolveScope(new ReadScope(sql, c.viewer ?? null), (c.variables as { filter: AnalyticsFilter }).filter);
    const runs: number[] = [];
    await fn(sql, scope, c.plain.by, { rollup: false });
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await fn(sql, scope, c.plain.by, { rollup: false });
      runs.push(performance.now() - t);
    }
    plain = runs.sort((a, b) => a - b)[1];
  }
  return {
    plain,
    concurrent,
    name: c.name,
    overview: c.overview,
    http: { p50: percentile(http, 50), p95: percentile(http, 95) },
    floor: { p50: percentile(floor, 50), p95: percentile(floor, 95) },
    statements: statements.length,
    bytes,
  };
}

/**
 * Scoped readers (SPEC §6.1) against the whole city: each question in-process (App.execute, no
 * HTTP on either side, so the ratio is not diluted by transport) as an anonymous reader of the
 * whole city, an ANALYST scoped to the largest district, an ADMIN with withinUnit that district,
 * and a UNIT_OFFICER of one ward of it (a non-district root: the plain statements).
 */
async function measureScoped(db: Database, app: Awaited<ReturnType<typeof createApp>>, opts: Options): Promise<string[]> {
  const sql = sqlFor(db.orm.em.fork() as EntityManager);
  const [district] = await sql<{ code: string; units: number }>(
    `select d.code, count(*)::int as units from unit_dim ud join unit d on d.id = ud.district_id group by d.code order by 2 desc, 1 limit 1`,
  );
  const [ward] = await sql<{ code: string }>(
    `select u.code from unit u join unit_dim ud on ud.unit_id = u.id join unit d on d.id = ud.district_id where d.code = ? and u.kind in ('WARD', 'COMMUNE') order by u.code limit 1`,
    [district.code],
  );
  const readers: { label: string; viewer: Viewer | null; within?: string }[] = [
    { label: 'whole city', viewer: null },
    { label: `ANALYST scoped to ${district.code}`, viewer: { login: 'bench-analyst', name: null, role: 'ANALYST', scopeRoots: [district.code] } },
    { label: `ADMIN withinUnit ${district.code}`, viewer: null, within: district.code },
    { label: `UNIT_OFFICER of ${ward.code}`, viewer: { login: 'bench-officer', name: null, role: 'UNIT_OFFICER', scopeRoots: [ward.code] } },
  ];
  const time = async (c: BenchCase, viewer: Viewer | null, within?: string) => {
    const variables = within ? { ...(c.variables ?? {}), w: within } : c.variables;
    const once = async () => {
      const res = await app.execute(c.query, variables, viewer);
      if (res.errors?.length) throw new Error(`${c.name}: ${res.errors.map((e) => e.message).join('; ')}`);
    };
    for (let i = 0; i < opts.warmup; i++) await once();
    const runs: number[] = [];
    for (let i = 0; i < opts.iterations; i++) {
      const t = performance.now();
      await once();
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    return { p50: percentile(runs, 50), p95: percentile(runs, 95) };
  };
  const lines = [
    `scoped readers (in-process, no HTTP): district ${district.code} holds ${district.units} units; p50 / p95 in ms, ratio p50 against the whole city`,
    '',
    `| query | ${readers.map((r) => r.label).join(' | ')} |`,
    `|---|${readers.map(() => '---:').join('|')}|`,
  ];
  for (const c of SCOPED_CASES) {
    const cells: string[] = [];
    let city = 0;
    for (const r of readers) {
      const m = await time(c, r.viewer, r.within);
      if (!r.viewer && !r.within) city = m.p50;
      cells.push(`${ms(m.p50)} / ${ms(m.p95)}${r.viewer || r.within ? ` (${(m.p50 / city).toFixed(2)}×)` : ''}`);
    }
    lines.push(`| ${c.name} | ${cells.join(' | ')} |`);
    say(`  measured scoped: ${c.name}`);
  }
  return lines;
}

function printTable(results: Result[]): string[] {
  const lines = [
    '| query | GraphQL HTTP p50 / p95 (ms) | SQL floor p50 / p95 (ms) | ratio p50 / p95 | SQL statements | without rollups p50 (ms) |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const mark = r.overview && r.http.p95 > 100 ? ' ⚠ p95 > 100 ms' : '';
    lines.push(
      `| ${r.name}${mark} | ${ms(r.http.p50)} / ${ms(r.http.p95)} | ${ms(r.floor.p50)} / ${ms(r.floor.p95)} | ` +
        `${(r.http.p50 / r.floor.p50).toFixed(2)} / ${(r.http.p95 / r.floor.p95).toFixed(2)} | ${r.statements} | ${r.plain === undefined ? '—' : ms(r.plain)} |`,
    );
  }
  return lines;
}

function printConcurrent(results: Result[], opts: Options): string[] {
  const rows = results.filter((r) => r.concurrent);
  if (!rows.length) return [];
  const mb = (v: number) => `${Math.round(v / 1048576)}`;
  const lines = [
    `${opts.clients} concurrent clients for ${opts.concurrentSeconds} s each (the clients in a process of their own; the floor: ${opts.clients} pg connections replaying the same statements)`,
    '',
    `| query | hub req/s at c=${opts.clients} | hub p50 / p99 (ms) | errors | SQL floor req/s at c=${opts.clients} | floor p50 (ms) | hub ÷ floor throughput | bench process RSS peak (MB) |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const { http, floor, rssPeak } = r.concurrent!;
    lines.push(
      `| ${r.name} | ${http.rps.toFixed(1)} | ${ms(http.p50)} / ${ms(http.p99)} | ${http.errors} | ${floor ? floor.rps.toFixed(1) : '—'} | ${floor ? ms(floor.p50) : '—'} | ` +
        `${floor ? (http.rps / floor.rps).toFixed(2) : '—'} | ${mb(rssPeak)} |`,
    );
  }
  return lines;
}

const phases = (t: Record<string, number>) => Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ');

/** ~100k finding rows (with the inspections they belong to) through the real importer, as a dry run: all work, then rollback. */
async function measureImport(db: Database, findingsWanted: number): Promise<string> {
  const em = db.orm.em.fork() as EntityManager;
  const sql = sqlFor(em);
  const perInspection = 6;
  const inspectionsWanted = Math.ceil(findingsWanted / perInspection);
  const units = await sql<{ code: string }>(`select code from unit where kind in ('WARD', 'COMMUNE') and valid_to is null order by id limit 5000`);
  const teams = await sql<{ name: string }>(`select name from inspection_team order by id limit 1`);
  const reqs = (await sql<{ code: string }>(`select code from requirement order by code`)).map((r) => r.code);
  const results = ['COMPLIANT', 'COMPLIANT', 'PARTIAL', 'NON_COMPLIANT', 'COMPLIANT', 'NOT_APPLICABLE'];
  const inspections: Record<string, string>[] = [];
  const findings: Record<string, string>[] = [];
  for (let i = 0; i < inspectionsWanted; i++) {
    const code = `BENCH-IMPORT-${String(i).padStart(6, '0')}`;
    inspections.push({ code, unit_code: units[i % units.length].code, date: '2026-11-15', team: teams[0].name, kind: 'PERIODIC', rating: 'GOOD' });
    for (let j = 0; j < perInspection; j++) {
      findings.push({ inspection_code: code, requirement_code: reqs[(i * 7 + j * 11) % reqs.length], result: results[(i + j) % results.length] });
    }
  }
  // each dry run rolls back ~117k inserted rows (and their audit entries), leaving dead tuples and
  // index entries behind: without a vacuum a second run measured 8,778 rows/s, after it 15,725
  if (!db.embedded) await sql('vacuum analyze inspection, finding, audit_entry, analytics_findings, analytics_findings_kind, analytics_unit_year');
  const started = performance.now();
  const timings: Record<string, number> = {};
  const summary = await importTables(em, { inspections, findings }, 'bench import', { dryRun: true, timings });
  const seconds = (performance.now() - started) / 1000;
  const rows = inspections.length + findings.length;
  const created = Object.values(summary as unknown as Record<string, { created?: number }>).reduce((n, s) => n + (s?.created ?? 0), 0);
  return (
    `import (dry run, rolled back): ${inspections.length} inspections + ${findings.length} findings = ${rows} rows in ${seconds.toFixed(1)} s → ` +
    `${Math.round(rows / seconds)} rows/s (${Math.round(findings.length / seconds)} findings/s); ${created} rows created before rollback; ${phases(timings)}`
  );
}

/**
 * An import that touches units, as a dry run: wards moved to another district, new wards, and a
 * merge — unit_dim and the rollups are refreshed for the affected units and groups only.
 */
async function measureUnitImport(db: Database): Promise<string> {
  const em = db.orm.em.fork() as EntityManager;
  const sql = sqlFor(em);
  const wards = await sql<{ code: string; name: string; kind: string; parent: string }>(
    `select u.code, u.name, u.kind, p.code as parent from unit u join unit p on p.id = u.parent_id
     where u.kind = 'WARD' and u.valid_to is null and p.kind = 'DISTRICT' order by u.id limit 40`,
  );
  const districts = [...new Set(wards.map((w) => w.parent))];
  if (districts.length < 2) return 'import touching units: skipped (the dataset has no two districts with wards)';
  const units = wards.slice(0, 20).map((w, i) => ({ code: w.code, name: w.name, kind: w.kind, parent_code: districts[(districts.indexOf(w.parent) + 1) % districts.length] }));
  for (let i = 0; i < 10; i++) units.push({ code: `BENCH-NEW-${i}`, name: `Phường mới ${i}`, kind: 'WARD', parent_code: districts[0], valid_from: '2026-12-01' } as never);
  const merged = wards.slice(20, 22);
  for (const w of merged) units.push({ code: w.code, name: w.name, kind: w.kind, parent_code: w.parent, valid_to: '2026-11-30' } as never);
  const lineage = [{ date: '2026-12-01', type: 'MERGE', from_codes: merged.map((w) => w.code).join(';'), to_codes: 'BENCH-NEW-0' }];
  const started = performance.now();
  const timings: Record<string, number> = {};
  const summary = await importTables(em, { units, lineage }, 'bench unit import', { dryRun: true, timings });
  const seconds = (performance.now() - started) / 1000;
  // what such an import cost before unit_dim was incremental: every derived table rebuilt (rolled back)
  const full = performance.now();
  await inTransaction(em, async (tx) => {
    await afterDataChange(tx);
    throw new Error('rollback');
  }).catch((e) => {
    if ((e as Error).message !== 'rollback') throw e;
  });
  const fullSeconds = (performance.now() - full) / 1000;
  return (
    `full rebuild of unit_dim and every rollup (what it cost before, rolled back): ${fullSeconds.toFixed(1)} s\n` +
    `import touching units (dry run, rolled back): ${units.length} units (${summary.units?.created ?? 0} new, ${summary.units?.updated ?? 0} changed) + 1 merge in ${seconds.toFixed(1)} s ` +
    `(unit_dim and rollups refreshed for the affected units and groups only); ${phases(timings)}`
  );
}

/** Streams the findings dataset (the largest) as CSV into nowhere, sampling memory meanwhile. */
async function measureExport(db: Database): Promise<string> {
  let service: typeof import('../modules/export/export.service.js');
  try {
    service = await import('../modules/export/export.service.js');
  } catch (e) {
    return `export: skipped — the streaming export is not available (${(e as Error).message.split('\n')[0]})`;
  }
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 25);
  let bytes = 0;
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      done();
    },
  });
  const started = performance.now();
  try {
    // a dataset export reads the database directly: it never asks GraphQL
    const noGraphQL = () => Promise.reject(new Error('a dataset export runs no GraphQL'));
    const table = await service.exportTable(db, noGraphQL, { name: 'findings', format: 'csv', lang: 'code' });
    await service.writeTable(table, 'csv', 'code', sink);
  } catch (e) {
    clearInterval(timer);
    return `export: failed — ${(e as Error).message.split('\n')[0]}`;
  }
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const mb = (v: number) => `${Math.round(v / 1048576)} MB`;
  return (
    `export findings as CSV: ${lines - 1} rows, ${mb(bytes)} in ${seconds.toFixed(1)} s (${Math.round((lines - 1) / seconds)} rows/s); ` +
    `heap ${mb(before.heapUsed)} → peak ${mb(peakHeap)}, RSS ${mb(before.rss)} → peak ${mb(peakRss)}`
  );
}

async function machine(db: Database): Promise<string> {
  const [v] = await sqlFor(db.orm.em.fork() as EntityManager)<{ v: string }>(`select version() as v`);
  return `${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 1073741824)} GB RAM, Node ${process.version}, ${v.v.split(' on ')[0]}`;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  setLogLevel('warn');
  const started = performance.now();
  const target = await benchTarget(opts.scale);
  opts.databaseUrl = target.config.databaseUrl;
  say(`QCDC Hub benchmark — ${opts.scale.name} scale on ${target.label}`);
  const db = await openDatabase(target.config, 'the benchmark');
  try {
    const meta = await ensureDataset(db, opts);
    say(`machine: ${await machine(db)}`);
    const order = ['units', 'inspections', 'findings', 'recommendations', 'plans', 'awards', 'lineageEvents'];
    say(`data: ${order.map((k) => `${(meta.counts[k] ?? 0).toLocaleString('en-US')} ${k}`).join(', ')}`);
    // the answer cache off (maxBytes 0 stores nothing): every timed request executes its statements,
    // so the ratio compares execution with its SQL floor, not a cache hit with it (`npm run load` measures the cache)
    const app = await createApp(db, undefined, undefined, { ...DEFAULT_QUERY_CACHE, maxBytes: 0, concurrency: db.embedded ? 2 : DEFAULT_QUERY_CACHE.concurrency });
    await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    say(`\n${opts.iterations} timed runs after ${opts.warmup} warm-up runs each; ratio = GraphQL over HTTP ÷ its SQL run directly on pg\n`);
    const results: Result[] = [];
    for (const c of opts.skipQueries || opts.scopeOnly ? [] : CASES.filter((x) => !opts.only || x.name.includes(opts.only))) {
      try {
        results.push(await measureCase(db, app, base, c, opts));
        say(`  measured: ${c.name}`);
      } catch (e) {
        say(`  skipped: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    const scoped = opts.skipScoped && !opts.scopeOnly ? ['scoped readers: skipped (--skip-scoped)'] : await measureScoped(db, app, opts);
    say('');
    if (results.length) for (const line of printTable(results)) say(line);
    say('');
    for (const line of printConcurrent(results, opts)) say(line);
    say('');
    if (!opts.skipScale && !opts.scopeOnly) {
      for (const line of await measureScale(db, base, app, opts)) say(line);
      say('');
    }
    await app.stop();
    for (const line of scoped) say(line);
    say('');
    if (opts.skipImport || opts.scopeOnly) say('import: skipped (--skip-import)');
    else {
      say(await measureImport(db, opts.scale.name === 'full' ? 100_000 : 10_000));
      say(await measureUnitImport(db));
    }
    if (opts.skipExport || opts.scopeOnly) say('export: skipped (--skip-export)');
    else say(await measureExport(db));
  } finally {
    await db.close();
  }
  say(`\nbench done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (fs.existsSync('/proc/loadavg')) say(`load average at the end: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
