import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { buildSchema } from '../schema.js';
import { isStatementTimeout, LIMITS, queryCost } from '../shared/limits.js';
import { testDatabase, type TestDb } from './db.js';

/**
 * Regressions of issue 15's fuzzer (item 7): two valid documents within the cost budget ran for
 * more than 10 s on the national data — units with nested `children` and `awards`, and awards with
 * `recipient.lineageEvents`. Such a shape is now either refused by the cost budget before it runs,
 * or, within the budget, every statement it sends (the nested loaders' as well as the list's) is
 * stopped by the statement timeout and answered QUERY_TIMEOUT naming the limit — never an
 * internal error, never an unbounded wait. The timeout is the pool's `statement_timeout` (here
 * 300 ms; 10 s in the API, database.ts); a statement is made slow by a lock another session holds
 * on the table it reads, or by pg_sleep, so nothing here waits a fixed time. PGlite accepts the
 * setting but cannot cancel a statement (README): those cases run on PostgreSQL (DATABASE_URL).
 */
const UNITS_NESTED = `query ($n: Int) { units(page: { first: $n }) { nodes { code awards { citation decision { number } }
  children { code awards { citation decision { number } } children { code awards { citation } } } } } }`;
const AWARDS_LINEAGE = `query ($n: Int) { awards(page: { first: $n }) { nodes { citation recipient { code
  lineageEvents { type date fromUnits { code } toUnits { code } } predecessors { code lineageEvents { type date } } } } } }`;

let t: TestDb;
let app: App;
let base: string;

beforeAll(async () => {
  t = await testDatabase({ statementTimeoutMs: 300 });
  await t.load({
    units: [
      { code: 'D1', name: 'Quận Một', kind: 'DISTRICT' },
      { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
      { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D1', valid_to: '2024-12-31' },
    ],
    lineage: [{ date: '2025-01-01', type: 'MERGE', from_codes: 'W2;W1', to_codes: 'W1' }],
    awards: [
      { decision_number: '1/QĐ', decision_date: '2020-05-01', issuer: 'UBND thành phố', kind: 'BANG_KHEN', recipient_code: 'W1', citation: 'Thành tích tốt' },
      { decision_number: '1/QĐ', decision_date: '2020-05-01', issuer: 'UBND thành phố', kind: 'BANG_KHEN', recipient_code: 'D1', citation: 'Thành tích tốt' },
    ],
  });
  app = await t.app();
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => app?.server.close(r));
  await t?.close();
});

type Reply = { status: number; body: { data?: unknown; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] } };
async function post(query: string, variables: Record<string, unknown>): Promise<Reply> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as Reply['body'] };
}

/** While `fn` runs, another session holds an exclusive lock on `tables`: every statement reading them waits (until the timeout stops it). */
async function whileLocked<T>(tables: string[], fn: () => Promise<T>): Promise<T> {
  const u = new URL(t.postgres!.adminUrl);
  u.pathname = `/${t.postgres!.name}`;
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    await admin.query('begin');
    await admin.query(`lock table ${tables.join(', ')} in access exclusive mode`);
    return await fn();
  } finally {
    await admin.query('rollback');
    await admin.end();
  }
}

const onPostgres = !!process.env.DATABASE_URL;

describe('the slow shapes of the fuzzer (issue 15.7)', () => {
  it('at the largest page both are refused by the cost budget before anything runs', async () => {
    const schema = await buildSchema();
    for (const query of [UNITS_NESTED, AWARDS_LINEAGE]) {
      const cost = queryCost(schema, parse(query), { n: 500 });
      expect(cost).toBeGreaterThan(LIMITS.maxCost);
      const r = await post(query, { n: 500 });
      expect(r.status).toBe(400);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: LIMITS.maxCost, actual: cost });
    }
  });

  it('within the budget they answer (the fixture: W1 and D1 awarded, W2 merged into W1)', async () => {
    const units = await post(UNITS_NESTED, { n: 10 });
    expect(units.body.errors).toBeUndefined();
    const d1 = (units.body.data as { units: { nodes: { code: string; children: { code: string }[]; awards: unknown[] }[] } }).units.nodes.find((u) => u.code === 'D1');
    expect(d1?.children.map((c) => c.code).sort()).toEqual(['W1', 'W2']);
    expect(d1?.awards).toHaveLength(1);
    const awards = await post(AWARDS_LINEAGE, { n: 10 });
    expect(awards.body.errors).toBeUndefined();
    const w1 = (awards.body.data as { awards: { nodes: { recipient: { code: string; lineageEvents: { type: string; fromUnits: { code: string }[] }[] } }[] } }).awards.nodes.find((a) => a.recipient.code === 'W1');
    expect(w1?.recipient.lineageEvents.map((e) => [e.type, e.fromUnits.map((u) => u.code).sort()])).toEqual([['MERGE', ['W1', 'W2']]]);
  });

  it.skipIf(!onPostgres)('a slow statement of their nested loaders (awards of children; lineage of recipients) is stopped and answered QUERY_TIMEOUT naming the limit (PostgreSQL)', async () => {
    const expectTimeout = (r: Reply) => {
      expect(r.body.errors?.length).toBeGreaterThan(0);
      for (const e of r.body.errors!) {
        expect(e.message).toBe('the query ran longer than the 0.3 s limit and was stopped; ask for less (a shorter span, fewer dimensions, a smaller page or less nesting)');
        expect(e.extensions).toEqual({ code: 'QUERY_TIMEOUT', limit: '300 ms' });
      }
    };
    // the units' own page reads `unit`, the locked table is only read by the nested awards
    const units = await whileLocked(['award'], () => post(UNITS_NESTED, { n: 11 }));
    expectTimeout(units);
    expect(units.body.errors!.some((e) => (e.path as string[]).includes('awards'))).toBe(true);
    const awards = await whileLocked(['lineage_event', 'lineage_event_unit'], () => post(AWARDS_LINEAGE, { n: 11 }));
    expectTimeout(awards);
    expect(awards.body.errors!.some((e) => (e.path as string[]).includes('lineageEvents') || (e.path as string[]).includes('predecessors'))).toBe(true);
    // and the hub answers the same shapes at once when nothing holds the tables
    expect((await post(UNITS_NESTED, { n: 12 })).body.errors).toBeUndefined();
  });

  it.skipIf(!onPostgres)('any statement on the API pool is bounded: pg_sleep(60) is cancelled at the limit (PostgreSQL)', async () => {
    const error = await t.sql('select pg_sleep(60)').then(() => null, (e: unknown) => e);
    expect(isStatementTimeout(error)).toBe(true);
    expect(await t.sql('select 1 as one')).toEqual([{ one: 1 }]);
  });
});
