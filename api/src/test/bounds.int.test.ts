import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { featureRoutes } from '../routes.js';
import { loadConfig } from '../shared/config.js';
import { testDatabase, type TestDb } from './db.js';

/**
 * The stated bounds of README "Limits" (issue 15.6), refused over HTTP with a message naming the
 * limit: the largest page, the widest span of an analytics query, of an analytics export and of a
 * report pack. (Concurrent exports: export-limit.int.test.ts; the import file size and a cell's
 * length: interchange/corrupt.int.test.ts and cli.int.test.ts.)
 */
let t: TestDb;
let app: App;
let base: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    units: [{ code: 'D1', name: 'Quận Một', kind: 'DISTRICT', valid_from: '1950-01-01' }],
    inspections: [{ code: 'I1', unit_code: 'D1', date: '1960-03-01', team: 'Đoàn 1', kind: 'PERIODIC' }],
  });
  const config = { ...loadConfig({}), dataDir: '' };
  app = await createApp(t.db, (execute) => featureRoutes(t.db, config, execute));
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => t?.close());

async function gql(query: string) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('stated bounds, refused naming the limit', () => {
  it('a page of more than 500', async () => {
    const r = await gql('{ units(page: { first: 501 }) { nodes { code } } }');
    expect(r.errors?.[0]).toMatchObject({ message: expect.stringContaining('must be between 1 and 500, got 501'), extensions: { code: 'BAD_USER_INPUT' } });
    expect((await gql('{ units(page: { first: 500 }) { nodes { code } } }')).data).toEqual({ units: { nodes: [{ code: 'D1' }] } });
  });

  it('an analytics span of more than 100 years; 100 years answer', async () => {
    const r = await gql('{ coverage(filter: { fromYear: 1900, toYear: 2000 }, by: []) { unitsInScope } }');
    expect(r.errors?.[0]).toMatchObject({ message: expect.stringContaining('a query spans at most 100 years'), extensions: { code: 'BAD_USER_INPUT' } });
    expect((await gql('{ coverage(filter: { fromYear: 1901, toYear: 2000 }, by: []) { unitsInScope inspections } }')).data).toEqual({ coverage: [{ unitsInScope: 1, inspections: 1 }] });
    const csv = await fetch(`${base}/export/coverage.csv?from=1900&to=2000`);
    expect(csv.status).toBe(400);
    expect(await csv.text()).toContain('a query spans at most 100 years');
  });

  it('a report pack of more than 100 years; one of 100 years is written', async () => {
    const over = await fetch(`${base}/export/report.xlsx?from=1900&to=2000`);
    expect(over.status).toBe(400);
    expect(await over.text()).toContain('a report pack spans at most 100 years; 1900–2000 is 101');
    const at = await fetch(`${base}/export/report.xlsx?from=1901&to=2000`);
    expect(at.status).toBe(200);
    expect(Buffer.from(await at.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });
});
