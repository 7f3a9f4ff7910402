import crypto from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.js';
import { inTransaction } from '../../shared/sql.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { setActor } from '../audit/actor.js';
import { addUser, createToken } from '../auth/accounts.service.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * The analytics answer cache over real HTTP (issue 15.1), on a fixture drawn here:
 *
 *   C Thành phố ─┬─ D1 Quận Một ─── W1 Phường Một   I1: W1, 01/05/2019
 *                └─ D2 Quận Hai ─── W2 Phường Hai   (I2: W2, 01/06/2019, written by a test)
 *
 * Wards inspected in 2019 by district: D1 1 of 1, D2 0 of 1 (1 of 1 once I2 is written).
 */
let t: TestDb;
let app: App;
let base: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    units: [
      { code: 'C', name: 'Thành phố', kind: 'CITY' },
      { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C' },
      { code: 'D2', name: 'Quận Hai', kind: 'DISTRICT', parent_code: 'C' },
      { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
      { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D2' },
    ],
    inspections: [{ code: 'I1', unit_code: 'W1', date: '2019-05-01', team: 'Đoàn 1', kind: 'PERIODIC' }],
  });
  for (const [login, scope] of [['city', []], ['lan', ['D1']]] as const) {
    await addUser(t.sql, { login, role: 'ANALYST', scope: [...scope], password: 'mật-khẩu-đủ-dài' });
    tokens[login] = (await createToken(t.sql, login)).token;
  }
  app = await t.app();
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => t?.close());
beforeEach(() => Object.assign(app.queries.cache.counts, { hits: 0, misses: 0, shared: 0, stored: 0 }));

const COVERAGE = `query Cov($filter: AnalyticsFilter!) {
  coverage(filter: $filter, by: [DISTRICT]) { district { code name } unitsInScope unitsInspected inspections }
}`;
const VARS = { filter: { fromYear: 2019, toYear: 2019, unitKinds: ['WARD'] } };

interface Reply {
  status: number;
  etag: string | null;
  headers: Headers;
  text: string;
}

async function post(opts: { on?: string; who?: string; ifNoneMatch?: string; query?: string; variables?: unknown } = {}): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.who) headers.authorization = `Bearer ${tokens[opts.who]}`;
  if (opts.ifNoneMatch) headers['if-none-match'] = opts.ifNoneMatch;
  const res = await fetch(`${opts.on ?? base}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: opts.query ?? COVERAGE, variables: opts.variables ?? (opts.query ? {} : VARS), operationName: opts.query ? undefined : 'Cov' }),
  });
  return { status: res.status, etag: res.headers.get('etag'), headers: res.headers, text: await res.text() };
}

async function get(ifNoneMatch?: string): Promise<Reply> {
  const q = new URLSearchParams({ query: COVERAGE, variables: JSON.stringify(VARS), operationName: 'Cov' });
  const headers: Record<string, string> = { 'apollo-require-preflight': 'true' };
  if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch;
  const res = await fetch(`${base}/graphql?${q}`, { headers });
  return { status: res.status, etag: res.headers.get('etag'), headers: res.headers, text: await res.text() };
}

const rows = (r: Reply) => (JSON.parse(r.text).data.coverage as { district: { code: string }; unitsInspected: number }[]).map((c) => [c.district.code, c.unitsInspected]);

const writeI2 = () => t.load({ inspections: [{ code: 'I2', unit_code: 'W2', date: '2019-06-01', team: 'Đoàn 1', kind: 'PERIODIC' }] });

describe('the analytics answer cache', () => {
  it('answers a repeated query from the cache, and a write (through the gateway) is seen at once, never the answer before it', async () => {
    const first = await post();
    expect(first.status, first.text).toBe(200);
    expect(rows(first)).toEqual([['D1', 1], ['D2', 0]]);
    const again = await post();
    expect(again.text).toBe(first.text);
    expect(app.queries.cache.counts).toMatchObject({ misses: 1, hits: 1 });

    await writeI2();
    const after = await post();
    expect(rows(after)).toEqual([['D1', 1], ['D2', 1]]);
    expect(after.etag).not.toBe(first.etag);
    expect(app.queries.cache.counts).toMatchObject({ misses: 2, hits: 1 });
  });

  it('a write outside the gateway moves the version too (statement trigger on every record table)', async () => {
    const before = await post();
    await inTransaction(t.em(), async (sql) => {
      await setActor(sql, { login: 'test' }, 'cli');
      await sql(`update unit set name = 'Quận Nhất' where code = 'D1'`);
    });
    const after = await post();
    expect(JSON.parse(after.text).data.coverage[0].district.name).toBe('Quận Nhất');
    expect(after.text).not.toBe(before.text);
  });

  it('another API process on the same database serves no stale answer after a write (the version is in the database)', async () => {
    const other = await createApp(t.db);
    await new Promise<void>((r) => other.server.listen(0, '127.0.0.1', r));
    const otherBase = `http://127.0.0.1:${(other.server.address() as AddressInfo).port}`;
    try {
      const cached = await post({ on: otherBase, query: '{ coverage(filter: {fromYear: 2020, toYear: 2020}, by: [YEAR]) { inspections } }' });
      expect(JSON.parse(cached.text).data?.coverage, cached.text).toEqual([{ inspections: 0 }]);
      await t.load({ inspections: [{ code: 'I3', unit_code: 'W1', date: '2020-03-01', team: 'Đoàn 1', kind: 'PERIODIC' }] });
      const fresh = await post({ on: otherBase, query: '{ coverage(filter: {fromYear: 2020, toYear: 2020}, by: [YEAR]) { inspections } }' });
      expect(JSON.parse(fresh.text).data.coverage).toEqual([{ inspections: 1 }]);
    } finally {
      await other.stop();
    }
  });

  it('keeps readers of different scopes apart: a district reader never gets the city reader’s cached answer', async () => {
    const city = await post({ who: 'city' });
    expect(city.status, city.text).toBe(200);
    expect(app.queries.cache.counts).toMatchObject({ misses: 1 });
    const lan = await post({ who: 'lan' });
    expect(lan.status, lan.text).toBe(200);
    // her own computation, not the city's entry
    expect(app.queries.cache.counts).toMatchObject({ misses: 2, hits: 0 });
    const lanViewer: Viewer = { login: 'lan', name: null, role: 'ANALYST', scopeRoots: ['D1'] };
    const direct = await t.execute(COVERAGE, VARS, lanViewer);
    expect(JSON.parse(lan.text)).toEqual(direct);
    // her district only (Scope in SQL), where the city reader sees both
    expect(rows(lan).map((r) => r[0])).toEqual(['D1']);
    expect(rows(city).map((r) => r[0])).toEqual(['D1', 'D2']);
    // and each is then answered from its own entry
    expect((await post({ who: 'lan' })).text).toBe(lan.text);
    expect((await post({ who: 'city' })).text).toBe(city.text);
    expect(app.queries.cache.counts).toMatchObject({ misses: 2, hits: 2 });
  });

  it('ETag and 304 Not Modified for POST and GET while the data are unchanged; 200 with a new ETag after a write that changes the answer', async () => {
    const first = await post();
    expect(first.etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const notModified = await post({ ifNoneMatch: first.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe('');
    const byGet = await get(first.etag!);
    expect(byGet.status).toBe(304);
    const plainGet = await get();
    expect(plainGet.status).toBe(200);
    expect(plainGet.text).toBe(first.text);

    // a write that does not change this answer (a unit of another kind): the version moved, the answer is the same, still 304
    await t.load({ units: [{ code: 'X1', name: 'Sở Một', kind: 'DEPARTMENT', parent_code: 'C' }] });
    expect((await post({ ifNoneMatch: first.etag! })).status).toBe(304);
    // one that does
    await t.load({ inspections: [{ code: 'I4', unit_code: 'W2', date: '2019-07-01', team: 'Đoàn 1', kind: 'PERIODIC' }] });
    const changed = await post({ ifNoneMatch: first.etag! });
    expect(changed.status).toBe(200);
    expect(changed.etag).not.toBe(first.etag);
  });

  it('never caches what depends on who asks: `me`, `users`, an author’s own queue, or a document mixing them with analytics', async () => {
    await post({ query: '{ me { login } }', who: 'city' });
    await post({ query: '{ myPendingInspections { code } }', who: 'city' });
    await post({ query: '{ me { login } coverage(filter: {fromYear: 2019, toYear: 2019}, by: [YEAR]) { inspections } }', who: 'city' });
    expect(app.queries.cache.counts).toMatchObject({ misses: 0, hits: 0, stored: 0 });
  });
});

describe('bounded work', () => {
  it('past the queue a request is refused at once with 503, Retry-After and OVERLOADED; cached answers are still served; the queue drains', async () => {
    const cached = await post({ query: '{ coverage(filter: {fromYear: 2018, toYear: 2018}, by: [YEAR]) { inspections } }' });
    expect(cached.status, cached.text).toBe(200);
    const limiter = app.queries.limiter;
    const saved = { ...limiter.limits };
    Object.assign(limiter.limits, { concurrency: 1, queue: 1 });
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    // one execution running and one waiting: the queue is full
    const held = [limiter.run(() => gate), limiter.run(() => gate)];
    expect([limiter.running, limiter.queued]).toEqual([1, 1]);
    try {
      const refused = await post({ query: '{ me { login } }' });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('2');
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('OVERLOADED');
      const miss = await post({ query: '{ coverage(filter: {fromYear: 2017, toYear: 2017}, by: [YEAR]) { inspections } }' });
      expect(miss.status).toBe(503);
      // an answer already cached needs no execution
      expect((await post({ query: '{ coverage(filter: {fromYear: 2018, toYear: 2018}, by: [YEAR]) { inspections } }' })).text).toBe(cached.text);
    } finally {
      open();
      await Promise.all(held);
      Object.assign(limiter.limits, saved);
    }
    expect([limiter.running, limiter.queued]).toEqual([0, 0]);
    expect((await post({ query: '{ me { login } }' })).status).toBe(200);
  });
});

describe('compressed answers (issue 11.7)', () => {
  /** A raw request (fetch would ask for and undo the compression itself). */
  function raw(acceptEncoding: string | null, query: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = http.request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(JSON.stringify({ query }));
    });
  }
  const INTROSPECTION = '{ __schema { types { name description fields { name description } } } }';

  it('gzip or br when the client accepts it, the same JSON once decompressed; as it is otherwise', async () => {
    const plain = await raw(null, INTROSPECTION);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = JSON.parse(plain.body.toString('utf8'));
    expect(json.data.__schema.types.length).toBeGreaterThan(50);
    const gz = await raw('gzip', INTROSPECTION);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toContain('Accept-Encoding');
    expect(gz.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(zlib.gunzipSync(gz.body).toString('utf8'))).toEqual(json);
    const br = await raw('gzip, deflate, br', INTROSPECTION);
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(br.body).toString('utf8'))).toEqual(json);
    // q=0 refuses an encoding
    expect((await raw('gzip;q=0', INTROSPECTION)).headers['content-encoding']).toBeUndefined();
  });

  it('automatic persisted queries: an unknown hash is PERSISTED_QUERY_NOT_FOUND; once sent with its query, the hash alone runs it', async () => {
    const query = '{ units { totalCount } }';
    const sha256Hash = crypto.createHash('sha256').update(query).digest('hex');
    const send = (body: unknown) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<{ data?: { units: { totalCount: number } }; errors?: { extensions: { code: string } }[] }>);
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    expect((await send({ extensions })).errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const full = await send({ query, extensions });
    expect(full.data?.units.totalCount).toBeGreaterThan(0);
    expect(await send({ extensions })).toEqual(full);
  });

  it('a cached analytics answer is compressed too', async () => {
    // coverage by unit, three times over: past the 1 KB below which nothing is compressed
    const row = 'unit { code name nameEn kind createdAt parent { code name kind } district { code name } } unitsInScope unitsInspected inspections rate';
    const query = `{ ${['a', 'b', 'c'].map((a) => `${a}: coverage(filter: {fromYear: 2019, toYear: 2019}, by: [UNIT]) { ${row} }`).join(' ')} }`;
    const plain = await raw(null, query);
    expect(plain.body.length).toBeGreaterThan(1024);
    const first = await raw('gzip', query);
    const hits = app.queries.cache.counts.hits;
    const again = await raw('gzip', query);
    expect(app.queries.cache.counts.hits).toBe(hits + 1);
    for (const r of [first, again]) {
      expect(r.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(zlib.gunzipSync(r.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
    }
  });
});
