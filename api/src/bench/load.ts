/**
 * `npm run load -w api -- [--url http://127.0.0.1:4000] [--connections 200] [--seconds 10] [--miss] [--page URL]`
 *
 * A load generator against a running hub: N connections, each replaying the dashboard overview's
 * GraphQL requests (the documents are read from dashboard/src/lib/server/queries, so they stay the
 * page's own) back to back for S seconds — or, with --page, GETting a dashboard page. Prints
 * requests, errors, throughput and latency percentiles, and the API's cache counts. It measures and
 * never fails on a figure (docs/PERFORMANCE.md has the figures and the machine).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const apiUrl = opt('url', process.env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '');
const connections = Number(opt('connections', '200'));
const seconds = Number(opt('seconds', '10'));
const page = args.includes('--page') ? opt('page', 'http://127.0.0.1:3000/') : null;
const token = process.env.QCDC_TOKEN;
// --miss: every request carries a variable of its own (the operation ignores it), so none is answered from the cache
const miss = args.includes('--miss');
let nonce = 0;

const queriesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dashboard/src/lib/server/queries');

/** The named operation's text from the dashboard's query files, with the fragments it spreads (as codegen adds them). */
function dashboardQuery(name: string): string {
  const docs = fs.readdirSync(queriesDir).flatMap((f) => [...fs.readFileSync(path.join(queriesDir, f), 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1]));
  const fragments = new Map(docs.flatMap((d) => [...d.matchAll(/fragment (\w+) on/g)].map((m) => [m[1], d] as const)));
  const query = docs.find((d) => new RegExp(`query ${name}\\b`).test(d));
  if (!query) throw new Error(`no query ${name} in ${queriesDir}`);
  const parts = [query];
  for (let i = 0; i < parts.length; i++) {
    for (const [, spread] of parts[i].matchAll(/\.\.\.(\w+)/g)) {
      const f = fragments.get(spread);
      if (f && !parts.includes(f)) parts.push(f);
    }
  }
  return parts.join('\n');
}

const founding = /FOUNDING_INSPECTION = '([^']+)'/.exec(fs.readFileSync(path.join(queriesDir, '../../founding.ts'), 'utf8'))![1];
const year = new Date().getFullYear();
const filter = { fromYear: 2015, toYear: year, structure: 'AS_OF' };
// what the overview page sends for its default filters (dashboard/src/routes/+page.server.ts)
const OVERVIEW = [
  { operationName: 'CoverageByYear', query: dashboardQuery('CoverageByYear'), variables: { filter } },
  {
    operationName: 'OverviewKpis',
    query: dashboardQuery('OverviewKpis'),
    variables: { filter: { ...filter, fromYear: year - 1 }, openFilter: filter, asOf: `${year}-12-31`, prevAsOf: `${year - 1}-12-31` },
  },
  { operationName: 'InspectionDetail', query: dashboardQuery('InspectionDetail'), variables: { code: founding } },
];

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

function request(url: string, method: 'GET' | 'POST', body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const req = http.request(url, { method, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface Tally {
  latencies: number[];
  statuses: Map<string, number>;
  errors: number;
}

async function oneView(t: Tally): Promise<void> {
  const started = performance.now();
  let failed = false;
  const note = (s: string) => t.statuses.set(s, (t.statuses.get(s) ?? 0) + 1);
  try {
    if (page) {
      const r = await request(page, 'GET');
      note(String(r.status));
      failed = r.status >= 400;
    } else {
      const replies = await Promise.all(
        OVERVIEW.map((q) => request(`${apiUrl}/graphql`, 'POST', JSON.stringify(miss ? { ...q, variables: { ...q.variables, _nonce: nonce++ } } : q))),
      );
      for (const r of replies) {
        note(String(r.status));
        if (r.status >= 400 || r.text.includes('"errors"')) failed = true;
      }
    }
  } catch (e) {
    note((e as NodeJS.ErrnoException).code ?? 'network');
    failed = true;
  }
  if (failed) t.errors++;
  t.latencies.push(performance.now() - started);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Views on `connections` connections for `seconds` (npm run soak uses it too). */
export async function runViews(forSeconds = seconds, width = connections): Promise<Tally & { elapsed: number; sorted: number[] }> {
  const t: Tally = { latencies: [], statuses: new Map(), errors: 0 };
  const until = Date.now() + forSeconds * 1000;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (Date.now() < until) await oneView(t);
    }),
  );
  return { ...t, elapsed: (performance.now() - began) / 1000, sorted: [...t.latencies].sort((a, b) => a - b) };
}

export { pct, request };

async function main(): Promise<void> {
  const health = await request(`${apiUrl}/healthz`, 'GET').catch(() => null);
  if (!health || health.status !== 200) throw new Error(`the API at ${apiUrl} is not healthy (${health?.status ?? 'no answer'})`);
  // one view first, so the figures are the steady state (a write empties the cache: the first view after it costs a miss)
  await oneView({ latencies: [], statuses: new Map(), errors: 0 });
  const t = await runViews();
  const { elapsed, sorted } = t;
  const after = JSON.parse((await request(`${apiUrl}/healthz`, 'GET')).text) as Record<string, unknown>;
  const what = page ? `GET ${page}` : `the overview's ${OVERVIEW.length} GraphQL requests (${OVERVIEW.map((q) => q.operationName).join(', ')})${miss ? ', never from the cache (--miss)' : ''}`;
  console.log(`${connections} connections × ${seconds} s, each view = ${what}`);
  console.log(`views ${t.latencies.length} (${(t.latencies.length / elapsed).toFixed(1)}/s), failed views ${t.errors}, HTTP statuses ${JSON.stringify(Object.fromEntries(t.statuses))}`);
  console.log(`latency per view ms: p50 ${pct(sorted, 50).toFixed(0)}  p90 ${pct(sorted, 90).toFixed(0)}  p99 ${pct(sorted, 99).toFixed(0)}  max ${(sorted.at(-1) ?? NaN).toFixed(0)}`);
  console.log(`API health after: ${JSON.stringify(after)}`);
  agent.destroy();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`load: ${(e as Error).message}`);
    process.exit(1);
  });
}
