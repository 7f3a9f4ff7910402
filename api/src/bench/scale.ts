/**
 * The scale table (issue 12): how the nested record page's cost grows — with the rows returned
 * (100 to 100,000 inspections, following the cursor in pages of 100) and with the units in
 * the reader's scope (1, 10, a district, the whole city). It must grow with the rows returned, not
 * with the rows stored.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { createApp } from '../app.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { Database } from '../shared/orm.js';
import { sqlFor } from '../shared/sql.js';
import { percentile } from './concurrent.js';

type App = Awaited<ReturnType<typeof createApp>>;

// the page the nested selection fits the cost budget with (500 with findings nested is refused)
const PAGE = 100;

const NODES = `nodes { code date kind rating unit { code name kind } findings { result requirement { code title } } }`;
const PAGED = `query ($first: Int!, $after: String) { inspections(page: { first: $first, after: $after }) { pageInfo { endCursor hasNextPage } ${NODES} } }`;
const SCOPED = `query { inspections(page: { first: 100 }) { totalCount ${NODES} } }`;
const SCOPED_PAGE = `query { inspections(page: { first: 100 }) { pageInfo { hasNextPage } ${NODES} } }`;

const median = (v: number[]) => percentile(v.sort((a, b) => a - b), 50);
const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

interface Page {
  data?: { inspections: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: { findings: unknown[] }[] } };
  errors?: { message: string }[];
}

/** Reads `rows` inspections over HTTP, page after page; returns the time and the findings read. */
async function readRows(base: string, rows: number): Promise<{ ms: number; findings: number; read: number }> {
  const started = performance.now();
  let after: string | null = null;
  let read = 0;
  let findings = 0;
  while (read < rows) {
    const first = Math.min(PAGE, rows - read);
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PAGED, variables: { first, after } }),
    });
    const page = (await res.json()) as Page;
    if (page.errors?.length || !page.data) throw new Error(`scale: ${page.errors?.map((e) => e.message).join('; ') ?? res.status}`);
    const { nodes, pageInfo } = page.data.inspections;
    read += nodes.length;
    findings += nodes.reduce((n, i) => n + i.findings.length, 0);
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  return { ms: performance.now() - started, findings, read };
}

export async function measureScale(db: Database, base: string, app: App, opts: { warmup: number; iterations: number }): Promise<string[]> {
  const lines = [
    'scale, rows returned: inspections with unit, findings and their requirements, over HTTP, following the cursor in pages of 100 (the page size times 1, 10, 100, 1,000)',
    '',
    '| inspections read | findings read | requests | median (ms) | ms per 1,000 inspections |',
    '|---:|---:|---:|---:|---:|',
  ];
  for (const rows of [100, 1_000, 10_000, 100_000]) {
    const runs = rows <= 1_000 ? 5 : rows <= 10_000 ? 3 : 1;
    await readRows(base, Math.min(rows, 1_000)); // warm-up
    const times: number[] = [];
    let last = { ms: 0, findings: 0, read: 0 };
    for (let i = 0; i < runs; i++) {
      last = await readRows(base, rows);
      times.push(last.ms);
    }
    const m = median(times);
    lines.push(`| ${last.read.toLocaleString('en-US')} | ${last.findings.toLocaleString('en-US')} | ${Math.ceil(rows / PAGE)} | ${fmt(m)} | ${fmt((m / last.read) * 1000)} |`);
  }

  const sql = sqlFor(db.orm.em.fork() as EntityManager);
  // a district with its wards, and ten wards of it, as the readers' scope roots
  const [district] = await sql<{ code: string; units: number }>(
    `select d.code, count(*)::int as units from unit_dim ud join unit d on d.id = ud.district_id group by d.code order by 2 desc, 1 limit 1`,
  );
  const wards = (
    await sql<{ code: string }>(
      `select u.code from unit u join unit_dim ud on ud.unit_id = u.id join unit d on d.id = ud.district_id
       where d.code = ? and u.kind in ('WARD', 'COMMUNE') and exists (select 1 from inspection i where i.unit_id = u.id) order by u.code limit 10`,
      [district.code],
    )
  ).map((w) => w.code);
  const [{ units }] = await sql<{ units: number }>(`select count(*)::int as units from unit`);
  const readers: { label: string; viewer: Viewer | null }[] = [
    { label: `1 unit (UNIT_OFFICER of ${wards[0]})`, viewer: { login: 'bench-scale-1', name: null, role: 'UNIT_OFFICER', scopeRoots: [wards[0]] } },
    { label: `10 units (ANALYST, 10 wards of ${district.code})`, viewer: { login: 'bench-scale-10', name: null, role: 'ANALYST', scopeRoots: wards } },
    { label: `${district.units} units (ANALYST of district ${district.code})`, viewer: { login: 'bench-scale-d', name: null, role: 'ANALYST', scopeRoots: [district.code] } },
    { label: `${units.toLocaleString('en-US')} units (the whole city)`, viewer: null },
  ];
  lines.push(
    '',
    'scale, units in scope: a page of 100 inspections with unit, findings and requirements (in-process, no HTTP); totalCount counts every inspection in scope',
    '',
    '| reader | inspections in scope (totalCount) | p50 with totalCount (ms) | p50 without (ms) |',
    '|---|---:|---:|---:|',
  );
  for (const r of readers) {
    let total = 0;
    const time = async (query: string) => {
      const once = async () => {
        const res = await app.execute(query, undefined, r.viewer);
        if (res.errors?.length) throw new Error(`scale ${r.label}: ${res.errors.map((e) => e.message).join('; ')}`);
        total = (res.data as { inspections: { totalCount?: number } }).inspections.totalCount ?? total;
      };
      for (let i = 0; i < opts.warmup; i++) await once();
      const times: number[] = [];
      for (let i = 0; i < opts.iterations; i++) {
        const t = performance.now();
        await once();
        times.push(performance.now() - t);
      }
      return median(times);
    };
    const withTotal = await time(SCOPED);
    const without = await time(SCOPED_PAGE);
    lines.push(`| ${r.label} | ${total.toLocaleString('en-US')} | ${fmt(withTotal)} | ${fmt(without)} |`);
  }
  return lines;
}
