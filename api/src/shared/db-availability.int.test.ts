import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import type { SheetName } from '../modules/interchange/sheets.js';
import { ChangesRefused } from '../modules/records/gateway.js';
import { testDatabase, type TestDb } from '../test/db.js';
import { DATABASE_UNAVAILABLE, isConnectionLost } from './db-availability.js';

/**
 * A database restart under the API (issue 15.2): the pool connects through a FaultProxy (src/test/
 * fault-proxy.ts) that drops, refuses and holds connections on cue; on PostgreSQL the test also kills
 * the API's backend with pg_terminate_backend from a connection of its own (only backends of this
 * test's database: the cluster is shared). Reads are retried once, what still fails is a 503 with
 * Retry-After and DATABASE_UNAVAILABLE, and a write is never run twice.
 */
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'D1', name: 'Quận Một', kind: 'DISTRICT' },
    { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
  ],
};
const UNITS = '{ units { nodes { code } } }';

let t: TestDb;
let app: App;
let base: string;

beforeAll(async () => {
  t = await testDatabase({ proxy: true });
  await t.load(fixture);
  app = await t.app();
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => t?.close());
beforeEach(() => {
  app.health.options.waitMs = 30_000;
  Object.assign(app.health.counts, { lost: 0, retried: 0, unavailable: 0 });
});

async function post(query: string) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text, body: JSON.parse(text) };
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

/**
 * Kills the connection of the API's next query while it is in flight. PostgreSQL: the table is
 * locked from another connection, the API's backend waits on the lock, pg_terminate_backend kills
 * it. PGlite (one connection, no second session): the proxy holds the query, then drops it.
 */
async function killer() {
  if (t.postgres) {
    const u = new URL(t.postgres.adminUrl);
    u.pathname = `/${t.postgres.name}`;
    const admin = new pg.Client({ connectionString: u.toString() });
    await admin.connect();
    await admin.query('begin');
    await admin.query('lock table unit in access exclusive mode');
    const waiting = async () =>
      (await admin.query(`select pid from pg_stat_activity where datname = $1 and wait_event_type = 'Lock' and pid <> pg_backend_pid()`, [t.postgres!.name])).rows as { pid: number }[];
    return {
      async kill() {
        let pids: { pid: number }[] = [];
        await until(async () => (pids = await waiting()).length > 0, 'the API to wait on the lock');
        for (const { pid } of pids) await admin.query('select pg_terminate_backend($1)', [pid]);
      },
      async release() {
        await admin.query('rollback');
        await admin.end();
      },
    };
  }
  const proxy = t.proxy!;
  proxy.stall();
  return {
    async kill() {
      await proxy.whenHeld();
      proxy.cut();
    },
    async release() {
      proxy.resume();
    },
  };
}

describe('the database restarts under the API', () => {
  it('a read whose connection is killed mid-query waits for the database and is answered (retried once)', async () => {
    const k = await killer();
    const reply = post(UNITS);
    await k.kill();
    await k.release();
    const r = await reply;
    expect(r.status, r.text).toBe(200);
    expect({ ...r.body, extensions: undefined }).toEqual({ data: { units: { nodes: [{ code: 'D1' }, { code: 'W1' }] } } });
    expect(app.health.counts).toMatchObject({ retried: 1, unavailable: 0 });
  });

  it('a read waits while the database is away and is answered when it is back; /healthz says degraded meanwhile', async () => {
    const proxy = t.proxy!;
    await proxy.refuse();
    proxy.cut();
    const reply = post(UNITS);
    await until(() => app.health.state === 'degraded', 'the API to notice');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('2');
    expect(await health.json()).toMatchObject({ status: 'degraded', database: 'reconnecting' });
    await proxy.accept();
    const r = await reply;
    expect(r.status, r.text).toBe(200);
    expect(r.body.data.units.nodes).toHaveLength(2);
    const after = await fetch(`${base}/healthz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('away longer than reads wait: 503 with Retry-After and DATABASE_UNAVAILABLE, never "Internal server error"; then back to normal', async () => {
    app.health.options.waitMs = 300;
    const proxy = t.proxy!;
    await proxy.refuse();
    proxy.cut();
    const r = await post(UNITS);
    expect(r.status, r.text).toBe(503);
    expect(r.retryAfter).toBe('2');
    expect(r.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^the database is unavailable/), extensions: { code: DATABASE_UNAVAILABLE } })]);
    expect(r.text).not.toMatch(/Internal server error|ECONNREFUSED|ENOENT|5432|select/i);
    await proxy.accept();
    expect((await post(UNITS)).status).toBe(200);
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'ok' });
  });

  it('a write whose connection is killed is not retried: DATABASE_UNAVAILABLE (not "import refused"), nothing written', async () => {
    const k = await killer();
    // through the gateway (applyChanges), as every write
    const write = t.load({ units: [{ code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D1' }] }).catch((e: unknown) => e);
    await k.kill();
    await k.release();
    const error = await write;
    expect(error).not.toBeInstanceOf(ChangesRefused);
    expect(isConnectionLost(error)).toBe(true);
    const rows = await t.sql<{ code: string }>('select code from unit order by code');
    expect(rows.map((r) => r.code)).toEqual(['D1', 'W1']);
  });

  it('a GraphQL mutation whose connection is killed answers DATABASE_UNAVAILABLE and is not run again', async () => {
    const admin = { login: 'admin', name: null, role: 'ADMIN' as const, scopeRoots: [] };
    const k = await killer();
    const reply = t.execute(
      'mutation($input: InspectionInput!) { createInspection(input: $input) { code } }',
      { input: { unitCode: 'W1', date: '2024-05-10', team: 'Đoàn 1', kind: 'PERIODIC', findings: [] } },
      admin,
    );
    await k.kill();
    await k.release();
    const r = await reply;
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual([DATABASE_UNAVAILABLE]);
    expect(app.health.counts).toMatchObject({ retried: 0, unavailable: 1 });
    // the lock is gone and the database back: a second run would have written it by now
    expect(await t.sql('select code from inspection')).toEqual([]);
  });
});
