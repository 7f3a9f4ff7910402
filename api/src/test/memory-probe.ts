import 'reflect-metadata';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { loadConfig } from '../shared/config.js';
import { setLogLevel } from '../shared/logger.js';
import { exportRoutes, importRoute } from '../modules/export/export.routes.js';
import { explorerRoute } from '../modules/explorer/explorer.route.js';
import { testDatabase } from './db.js';

/**
 * Run with --expose-gc by memory.int.test.ts: the API in this process, then refused imports and
 * fuzzed requests over HTTP; prints the heap and RSS after a full GC before and after, as JSON.
 * IMPORT_MB sets the size of each refused import, IMPORTS how many, FUZZ how many fuzzed requests.
 */
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
setLogLevel('error');
const silence = process.env.PROBE_QUIET !== '0';
if (silence) console.error = () => {};

async function settle() {
  for (let i = 0; i < 4; i++) {
    gc!();
    await new Promise((r) => setTimeout(r, 50));
  }
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
}

const t = await testDatabase();
await t.load({ units: [{ code: 'D1', name: 'Quận Một', kind: 'DISTRICT' }, { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' }] });
const token = 'probe-token-0123456789abcdef';
const app = await createApp(t.db, (execute) => [...exportRoutes(t.db, { ...loadConfig({}), dataDir: '' }, execute), importRoute(t.db, token), explorerRoute()]);
await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

// a CSV where every row is wrong (an inspection of a unit that does not exist): refused, one problem a row
function badImport(mb: number): string {
  const header = 'code,unit_code,date,team,leader,kind,conclusion\n';
  const rows: string[] = [];
  let size = header.length;
  for (let i = 0; size < mb * 1e6; i++) {
    const line = `KT-${i},NO-SUCH-${i % 1000},2019-05-01,Đoàn kiểm tra số ${i % 50},Người ${i},PERIODIC,Kết luận ${i} về việc thực hiện Quy chế dân chủ ở cơ sở\n`;
    rows.push(line);
    size += Buffer.byteLength(line);
  }
  return Buffer.from(header + rows.join('')).toString('base64');
}

async function fuzz(n: number) {
  const rnd = (k: number) => crypto.randomInt(k);
  const junk = () => crypto.randomBytes(rnd(64)).toString(rnd(2) ? 'hex' : 'latin1');
  for (let i = 0; i < n; i += 10) {
    await Promise.all(
      Array.from({ length: 10 }, async (_, j) => {
        const k = (i + j) % 6;
        const q = `{ units(page: {first: ${1 + rnd(50)}}, filter: {search: ${JSON.stringify(junk())}}) { nodes { code name } totalCount } a${rnd(1e9)}: __typename }`;
        const init: RequestInit =
          k === 0 ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: { x: junk().repeat(rnd(200)) } }) }
          : k === 1 ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"query": "${junk()}` }
          : k === 2 ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: junk() } }, query: q }) }
          : {};
        const path = k === 3 ? `/export/units.csv?withinUnit=${encodeURIComponent(junk())}&from=${rnd(3000)}` : k === 4 ? `/export/${encodeURIComponent(junk())}.csv` : k === 5 ? `/graphql?query=${encodeURIComponent(q)}` : '/graphql';
        try {
          const res = await fetch(`${base}${path}`, init.method ? init : { headers: { 'apollo-require-preflight': '1' } });
          await res.arrayBuffer();
        } catch {
          /* a refused request is fine */
        }
      }),
    );
  }
}

/**
 * A refused import of `mb` MB, the way `qcdc import` sends it, on a connection of its own (a
 * kept-alive one may have been closed by the server while the body was made: ECONNRESET). The
 * body is made and dropped in here, so what stays after it is the server's.
 */
async function refusedImport(mb: number): Promise<number> {
  const body = Buffer.from(JSON.stringify({ files: [{ name: 'inspections.csv', data: badImport(mb) }] }));
  return new Promise<number>((resolve, reject) => {
    const req = http.request(`${base}/import`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-qcdc-import-token': token } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// warm up: every route once, so code and caches that stay (schema, compiled queries) are in the baseline
await fuzz(200);
await refusedImport(0.2);
const before = await settle();

const mb = Number(process.env.IMPORT_MB ?? 10);
const statuses: number[] = [];
const perImport: unknown[] = [];
for (let i = 0; i < Number(process.env.IMPORTS ?? 3); i++) {
  statuses.push(await refusedImport(mb));
  perImport.push(await settle());
}
const afterImports = await settle();
await fuzz(Number(process.env.FUZZ ?? 2000));
const afterFuzz = await settle();

await app.stop();
await t.close();
process.stdout.write(`${JSON.stringify({ before, perImport, afterImports, afterFuzz, statuses })}\n`);
process.exit(0);
