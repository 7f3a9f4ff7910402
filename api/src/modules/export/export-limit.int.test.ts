import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.js';
import { boundedExports } from '../../routes.js';
import { loadConfig } from '../../shared/config.js';
import type { Route } from '../../shared/http.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { exportRoutes } from './export.routes.js';

/**
 * Downloads are bounded (issue 15.6): past `concurrency` running and `queue` waiting, an export is
 * answered 503 with Retry-After and EXPORTS_BUSY at once, while /graphql keeps answering. A route
 * of the test holds its slot until the test lets it go, so nothing here waits a fixed time.
 */
let t: TestDb;
let app: App;
let bounded: ReturnType<typeof boundedExports>;
let base: string;
let release: () => void = () => {};
let held: Promise<void> = Promise.resolve();
let holding: () => void = () => {};

/** GET /export/hold.csv: answers only once released. */
const hold: Route = async (_req, res, url) => {
  if (url.pathname !== '/export/hold.csv') return false;
  holding();
  await held;
  res.writeHead(200, { 'content-type': 'text/csv' }).end('held\n');
  return true;
};

beforeAll(async () => {
  t = await testDatabase();
  await t.load({ units: [{ code: 'D1', name: 'Quận Một', kind: 'DISTRICT' }] });
  const config = { ...loadConfig({}), dataDir: '' };
  app = await createApp(t.db, (execute) => [(bounded = boundedExports([hold, ...exportRoutes(t.db, config, execute)], { concurrency: 1, queue: 1, maxWaitMs: 60_000 }))]);
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  release();
  await t?.close();
});

/** Holds the one export slot; resolves once the route is running. */
async function holdSlot(): Promise<{ response: Promise<Response> }> {
  held = new Promise<void>((r) => (release = r));
  const running = new Promise<void>((r) => (holding = r));
  const response = fetch(`${base}/export/hold.csv`);
  await running;
  // wrapped: an async function returning the promise itself would wait for the answer
  return { response };
}

describe('concurrent exports', () => {
  it('one running, one waiting, the next refused at once with 503, Retry-After and EXPORTS_BUSY naming the limit; /graphql still answers', async () => {
    const first = await holdSlot();
    // the second waits for the slot (the queue holds one)…
    const second = fetch(`${base}/export/units.csv?lang=en`);
    await expect.poll(() => bounded.limiter.queued).toBe(1);
    // …the third finds the queue full
    const third = await fetch(`${base}/export/units.csv?lang=en`);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('2');
    expect(await third.json()).toEqual({
      error: 'too many downloads at once (1 running, 1 waiting, none longer than 60 s); try again shortly',
      code: 'EXPORTS_BUSY',
      limit: 1,
    });
    // other users are not starved: GraphQL is outside the export queue
    const gql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ units { nodes { code } } }' }) });
    expect(await gql.json()).toMatchObject({ data: { units: { nodes: [{ code: 'D1' }] } } });
    release();
    expect(await (await first.response).text()).toBe('held\n');
    const waited = await second;
    expect(waited.status).toBe(200);
    expect((await waited.text()).split('\n')[1]).toMatch(/^D1,Quận Một,/);
    // the slots are free again
    expect((await fetch(`${base}/export/units.csv?lang=en`)).status).toBe(200);
  });
});
