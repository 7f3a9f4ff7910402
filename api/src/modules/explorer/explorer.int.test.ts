import type { AddressInfo } from 'node:net';
import { parse, specifiedRules, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.js';
import { buildSchema } from '../../schema.js';
import { LIMITS, queryCost, shapeLimitRule } from '../../shared/limits.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { EXAMPLES, FOUNDING_INSPECTION, FOUNDING_INSPECTION_VARIABLES, DEPARTMENTS_PER_YEAR_CURRENT, DEPARTMENTS_PER_YEAR_CURRENT_VARIABLES, UNIT_SEARCH_KE_HOACH, UNIT_SEARCH_KE_HOACH_VARIABLES } from '../analytics/examples.js';
import { explorerRoute } from './explorer.route.js';
import type { SheetName } from '../interchange/sheets.js';

/**
 * The founding facts in miniature: S_KHDT inspected on 2021-10-27 by Đoàn kiểm tra số 2 led by
 * Mai Thị Thu; S_KHDT merges into S_TAICHINH_2025 on 2025-03-01.
 */
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'DN', name: 'Thành phố Đà Nẵng', kind: 'CITY' },
    { code: 'S_KHDT', name: 'Sở Kế hoạch và Đầu tư', kind: 'DEPARTMENT', parent_code: 'DN', valid_to: '2025-02-28' },
    { code: 'S_TAICHINH_2025', name: 'Sở Tài chính', kind: 'DEPARTMENT', parent_code: 'DN', valid_from: '2025-03-01' },
  ],
  lineage: [{ date: '2025-03-01', type: 'MERGE', from_codes: 'S_KHDT', to_codes: 'S_TAICHINH_2025' }],
  inspections: [
    {
      code: 'KT-2021-S_KHDT-0001', unit_code: 'S_KHDT', date: '2021-10-27', team: 'Đoàn kiểm tra số 2', leader: 'Mai Thị Thu', kind: 'PERIODIC',
      source_title: 'Kiểm tra công tác thực hiện Quy chế dân chủ cơ sở tại Sở Kế hoạch và Đầu tư thành phố Đà Nẵng',
    },
  ],
};

let t: TestDb;
let app: App;
let base: string;

beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  app = await createApp(t.db, () => [explorerRoute()]);
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.stop();
  await t?.close();
});

describe('GET /explorer', () => {
  it('GET / redirects to the explorer', async () => {
    const res = await fetch(`${base}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/explorer');
  });

  it('serves a page whose scripts and styles all come from this server', async () => {
    const res = await fetch(`${base}/explorer`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//i); // no CDN, no other host: intranets reach nothing else
    expect(html).not.toMatch(/src="\/\/|href="\/\//); // nor protocol-relative URLs
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    // React, ReactDOM and GraphiQL scripts + the GraphiQL stylesheet, nothing else
    expect(urls).toHaveLength(4);
    for (const u of urls) expect(u).toMatch(/^\/explorer\/assets\/[\w.-]+\.(js|css)$/);

    for (const u of urls) {
      const asset = await fetch(`${base}${u}`); // fetch asks for gzip and inflates it
      expect(asset.status, u).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(u.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      const body = await asset.text();
      expect(body.length, u).toBeGreaterThan(5_000);
      if (u.includes('/graphiql-') && u.endsWith('.js')) expect(body).toContain('createGraphiQLFetcher');
      if (u.includes('/react-dom-')) expect(body).toContain('createRoot');
    }
  });

  it('serves assets uncompressed to clients that do not ask for gzip', async () => {
    const html = await (await fetch(`${base}/explorer`)).text();
    const css = /href="([^"]+\.css)"/.exec(html)![1];
    const res = await fetch(`${base}${css}`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toContain('.graphiql-container');
  });

  it('carries every example, and the page cannot be broken out of by their text', async () => {
    const html = await (await fetch(`${base}/explorer`)).text();
    const data = JSON.parse(/<script id="qcdc-explorer-data" type="application\/json">([^<]*)<\/script>/.exec(html)![1]);
    expect(data.endpoint).toBe('/graphql');
    expect(data.examples.map((e: { title: string }) => e.title)).toEqual(EXAMPLES.map((e) => e.title));
    expect(data.examples[4].variables).toEqual({ code: 'KT-2021-S_KHDT-0001' });
  });

  it('a deep link /explorer?query=…&variables=… carries that query and its variables, escaped', async () => {
    // a hostile query: it tries to close the data element and the attribute quoting
    const query = 'query Q { units(search: "</script><script>alert(1)</script>\\" \'x\'") { totalCount } }';
    const variables = '{\n  "note": "</script>&\\"quoted\\""\n}';
    const res = await fetch(`${base}/explorer?${new URLSearchParams({ query, variables })}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    // the data element holds no "<" at all, so nothing in it can end the element …
    const json = /<script id="qcdc-explorer-data" type="application\/json">([^<]*)<\/script>/.exec(html)![1];
    expect(json).not.toContain('</script>');
    // … and the page still has exactly its five script elements (React, ReactDOM, GraphiQL, data, client)
    expect(html.match(/<\/script>/g)).toHaveLength(5);
    expect(html).not.toContain('alert(1)</script>');
    const data = JSON.parse(json);
    expect(data.link).toEqual({ query, variables });
    // the examples stay available beside it
    expect(data.examples).toHaveLength(EXAMPLES.length);
  });

  it('without a query the page carries no deep link; variables alone do not make one', async () => {
    for (const path of ['/explorer', '/explorer?variables=%7B%7D']) {
      const html = await (await fetch(`${base}${path}`)).text();
      const data = JSON.parse(/<script id="qcdc-explorer-data" type="application\/json">([^<]*)<\/script>/.exec(html)![1]);
      expect(data.link, path).toBeNull();
    }
  });

  it('unknown asset names are not served', async () => {
    expect((await fetch(`${base}/explorer/assets/../../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/explorer/assets/nothing.js`)).status).toBe(404);
  });
});

describe('example queries', () => {
  it('are valid against the schema and within the request limits', async () => {
    const schema = await buildSchema();
    for (const ex of EXAMPLES) {
      const doc = parse(ex.query, { maxTokens: LIMITS.maxTokens });
      expect(validate(schema, doc, [...specifiedRules, shapeLimitRule]).map((e) => e.message), ex.title).toEqual([]);
      expect(queryCost(schema, doc, ex.variables), ex.title).toBeLessThanOrEqual(LIMITS.maxCost);
    }
  });

  it('all run without errors', async () => {
    for (const ex of EXAMPLES) {
      const r = await app.execute(ex.query, ex.variables);
      expect(r.errors, ex.title).toBeUndefined();
    }
  });

  it('the founding inspection comes with team, leader, unit and source', async () => {
    const r = await app.execute(FOUNDING_INSPECTION, FOUNDING_INSPECTION_VARIABLES);
    expect(r.data).toMatchObject({
      inspection: {
        code: 'KT-2021-S_KHDT-0001', date: '2021-10-27', leader: 'Mai Thị Thu',
        team: { name: 'Đoàn kiểm tra số 2' },
        unit: { code: 'S_KHDT', name: 'Sở Kế hoạch và Đầu tư', parent: { code: 'DN' } },
        source: { title: 'Kiểm tra công tác thực hiện Quy chế dân chủ cơ sở tại Sở Kế hoạch và Đầu tư thành phố Đà Nẵng' },
      },
    });
  });

  it('"ke hoach" finds Sở Kế hoạch và Đầu tư', async () => {
    const r = await app.execute(UNIT_SEARCH_KE_HOACH, UNIT_SEARCH_KE_HOACH_VARIABLES);
    expect(r.data).toMatchObject({ units: { totalCount: 1, nodes: [{ code: 'S_KHDT' }] } });
  });

  it('departments in the CURRENT structure: the 2021 inspection of S_KHDT counts under Sở Tài chính', async () => {
    const r = await app.execute(DEPARTMENTS_PER_YEAR_CURRENT, DEPARTMENTS_PER_YEAR_CURRENT_VARIABLES);
    const rows = (r.data as { coverage: { year: number; unit: { code: string }; unitsInspected: number; inspections: number }[] }).coverage;
    // S_KHDT is active 2015–2025 and S_TAICHINH_2025 2025–2026; both map to S_TAICHINH_2025 → one row a year
    expect(rows.map((row) => row.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(new Set(rows.map((row) => row.unit.code))).toEqual(new Set(['S_TAICHINH_2025']));
    expect(rows.filter((row) => row.inspections > 0).map((row) => [row.year, row.unitsInspected, row.inspections])).toEqual([[2021, 1, 1]]);
  });
});
