import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../app.js';
import { loadConfig } from '../../shared/config.js';
import { log } from '../../shared/logger.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { explorerRoute } from '../explorer/explorer.route.js';
import { exportRoutes, importRoute } from '../export/export.routes.js';
import type { SheetName } from '../interchange/sheets.js';

/**
 * Issue 17 (2, 4, 5) against a real API on a port: POST routes that read data take JSON only,
 * input PostgreSQL would choke on is a 400 that says why, and every response forbids framing and
 * sniffing. One district with one ward and one inspection is all the data the routes need.
 */
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'D1', name: 'Quận Một', kind: 'DISTRICT' },
    { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
  ],
  inspections: [{ code: 'I1', unit_code: 'W1', date: '2019-05-01', team: 'Đoàn 1', kind: 'PERIODIC' }],
};
const TOKEN = 'test-token-abcdefghijklmnop';

let t: TestDb;
let app: App;
let base: string;

beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  app = await createApp(t.db, (execute) => [...exportRoutes(t.db, { ...loadConfig({}), dataDir: '' }, execute), importRoute(t.db, TOKEN), explorerRoute()]);
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.stop();
  await t?.close();
});

async function gql(body: unknown): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

describe('POST routes that read data take application/json only (a cross-site form cannot send it)', () => {
  const query = JSON.stringify({ query: '{ units(page: {first: 5}) { nodes { code } } }' });

  it('POST /export/query.csv: text/plain (what a form can send) is refused with 415 and runs nothing; JSON works', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain; application/json']) {
      const res = await fetch(`${base}/export/query.csv`, { method: 'POST', headers: { 'content-type': type }, body: query });
      expect(res.status, type).toBe(415);
      expect((await res.json()).error).toMatch(/application\/json/);
    }
    const ok = await fetch(`${base}/export/query.csv`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query });
    expect(ok.status).toBe(200);
    expect((await ok.text()).split('\r\n').slice(0, 3)).toEqual(['code', 'D1', 'W1']); // text() drops the BOM
  });

  it('POST /export/query.xlsx and POST /import (even with its token) refuse text/plain', async () => {
    const xlsx = await fetch(`${base}/export/query.xlsx`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: query });
    expect(xlsx.status).toBe(415);
    const imp = await fetch(`${base}/import`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-qcdc-import-token': TOKEN }, body: JSON.stringify({ files: [] }) });
    expect(imp.status).toBe(415);
  });
});

describe('input the database cannot hold is a 400 with a message, never "Internal server error"', () => {
  it('a NUL byte in an export filter: 400 naming the NUL character (was a 500)', async () => {
    const errors = vi.spyOn(log, 'error');
    for (const q of ['withinUnit=%00', 'withinUnit=D1%00', 'unitKinds=WARD%00', 'lang=%00']) {
      const res = await fetch(`${base}/export/units.csv?${q}`);
      expect(res.status, q).toBe(400);
      expect((await res.json()).error, q).toMatch(/NUL/);
    }
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('a NUL in a GraphQL string, as a literal or a variable: BAD_USER_INPUT naming the argument', async () => {
    const literal = await gql({ query: '{ units(filter: {withinUnit: "D1\\u0000"}) { totalCount } }' });
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0].message).toBe('withinUnit: text must not contain the NUL character (U+0000)');
    const variable = await gql({ query: 'query($f: UnitFilter) { units(filter: $f) { totalCount } }', variables: { f: { search: 'Một\u0000' } } });
    expect(variable.status).toBe(400);
    expect(variable.body.errors?.[0].message).toBe('f.search: text must not contain the NUL character (U+0000)');
    expect(variable.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('out-of-range years in record lists: 400 "years must lie between 1900 and 2200" (was "Internal server error")', async () => {
    const errors = vi.spyOn(log, 'error');
    const literal = await gql({ query: '{ inspections(filter: {fromYear: -99999}) { totalCount } }' });
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0].message).toBe('fromYear: years must lie between 1900 and 2200, got -99999');
    const variable = await gql({ query: 'query($y: Int) { plans(filter: {toYear: $y}) { totalCount } }', variables: { y: 1_000_000 } });
    expect(variable.status).toBe(400);
    expect(variable.body.errors?.[0].message).toBe('y: years must lie between 1900 and 2200, got 1000000');
    // a year in range still answers
    const fine = await gql({ query: '{ inspections(filter: {fromYear: 2019, toYear: 2019}) { totalCount } }' });
    expect({ ...fine.body, extensions: undefined }).toEqual({ data: { inspections: { totalCount: 1 } } });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('bogus persisted-query hashes and versions: 400 with Apollo\'s reason, coded BAD_REQUEST', async () => {
    const errors = vi.spyOn(log, 'error');
    const wrongHash = await gql({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'zz' } } });
    expect(wrongHash.status).toBe(400);
    expect(wrongHash.body.errors?.[0]).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
    const wrongVersion = await gql({ query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'zz' } } });
    expect(wrongVersion.status).toBe(400);
    expect(wrongVersion.body.errors?.[0].message).toBe('Unsupported persisted query version');
    const objectHash = await gql({ extensions: { persistedQuery: { version: 1, sha256Hash: { a: 1 } } } });
    expect(objectHash.body.errors?.[0].message).not.toBe('Internal server error');
    // the right hash of the query is accepted
    const sha = crypto.createHash('sha256').update('{ __typename }').digest('hex');
    const right = await gql({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: sha } } });
    expect({ ...right.body, extensions: undefined }).toEqual({ data: { __typename: 'Query' } });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('no page or file of the API may be framed or sniffed', () => {
  it('explorer, its assets, /graphql, exports, errors and 404s carry frame-ancestors \'none\', X-Frame-Options DENY and nosniff', async () => {
    const explorer = await (await fetch(`${base}/explorer`)).text();
    const asset = /src="(\/explorer\/assets\/[^"]+)"/.exec(explorer)![1];
    const responses = [
      await fetch(`${base}/explorer`),
      await fetch(`${base}${asset}`),
      await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }),
      await fetch(`${base}/export/units.csv`),
      await fetch(`${base}/export/units.csv?from=abc`),
      await fetch(`${base}/healthz`),
      await fetch(`${base}/no-such-page`),
    ];
    for (const res of responses) {
      expect(res.headers.get('content-security-policy'), res.url).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options'), res.url).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
      await res.arrayBuffer();
    }
  });
});
