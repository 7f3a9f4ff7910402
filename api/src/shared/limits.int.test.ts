import type { AddressInfo } from 'node:net';
import { getIntrospectionQuery, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../app.js';
import { buildSchema } from '../schema.js';
import { testDatabase, type TestDb } from '../test/db.js';
import { LIMITS, measureDocument, queryCost } from './limits.js';
import { log } from './logger.js';
import type { SheetName } from '../modules/interchange/sheets.js';

/** One district with one ward, one inspection with two findings: enough rows for every query below to touch the database. */
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'D1', name: 'Quận Một', kind: 'DISTRICT' },
    { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
  ],
  requirements: [
    { framework_code: 'ND04', code: 'R1', title: 'Yêu cầu một', category: 'LEADERSHIP' },
    { framework_code: 'ND04', code: 'R2', title: 'Yêu cầu hai', category: 'PUBLICIZE' },
  ],
  inspections: [{ code: 'I1', unit_code: 'W1', date: '2019-05-01', team: 'Đoàn 1', kind: 'PERIODIC' }],
  findings: [
    { inspection_code: 'I1', requirement_code: 'R1', result: 'COMPLIANT' },
    { inspection_code: 'I1', requirement_code: 'R2', result: 'PARTIAL' },
  ],
};

interface Reply {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
}

let t: TestDb;
let app: App;
let base: string;

beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  app = await t.app();
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => t?.close());

/** Over real HTTP, as clients see it. */
async function post(query: string, variables?: Record<string, unknown>): Promise<Reply> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
}

describe('request limits', () => {
  it('refuses a depth-50 query while validating, before anything runs, and says which limit', async () => {
    // units → nodes → 47 × parent → code: 50 nested fields
    const query = `{ units { nodes { ${'parent { '.repeat(47)}code${' }'.repeat(47)} } } }`;
    expect(measureDocument(parse(query)).depth).toBe(50);
    const r = await post(query);
    expect(r.body.data).toBeUndefined(); // refused in validation: no resolver ran
    expect(r.body.errors?.[0].message).toBe(`Truy vấn quá sâu (query too deep): depth 50 exceeds the limit of ${LIMITS.maxDepth}.`);
    expect(r.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 12, actual: 50, field: `units.nodes.${'parent.'.repeat(47)}code` });
  });

  it('refuses a 3,000-alias query while parsing (token limit), so it is never validated or run', async () => {
    const query = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: coverage(filter: { fromYear: 2019, toYear: 2019 }, by: [YEAR]) { rate }`).join(' ')} }`;
    const started = performance.now();
    const r = await post(query);
    log.info(`3,000-alias query refused in ${Math.round(performance.now() - started)} ms`); // a figure to read, not an assertion
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors?.[0].message).toMatch(/^Truy vấn quá lớn \(query too large\): more than 5000 tokens/);
    expect(r.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses more than 100 aliases even when the document is small', async () => {
    // 101 × "aN: __typename" = 303 tokens, well under the token limit
    const r = await post(`{ ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(r.body.errors?.map((e) => e.message)).toEqual([
      'Quá nhiều bí danh (too many aliases): 101 aliases exceed the limit of 100 per request.',
    ]);
    // exactly 100 is fine
    const ok = await post(`{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses more than 1,000 field selections', async () => {
    const r = await post(`{ ${'__typename '.repeat(1001)}}`);
    expect(r.body.errors?.[0].message).toBe('Quá nhiều trường (too many fields): 1001 field selections exceed the limit of 1000 per request.');
  });

  it('costs lists by page.first, read from variables, and refuses what is over budget', async () => {
    const query = `query ($n: Int) { inspections(page: { first: $n }) { nodes { findings { requirement { code } } } } }`;
    // inspections: 10 (top-level) + n × nodes; per node: findings 1 + 10 (assumed list length) × (requirement 1 + code 1) = 21
    const schema = await buildSchema();
    expect(queryCost(schema, parse(query), { n: 100 })).toBe(10 + 100 * 21); // 2,110
    expect(queryCost(schema, parse(query), { n: 500 })).toBe(10 + 500 * 21); // 10,510 > 10,000

    const small = await post(query, { n: 100 });
    expect(small.body.errors).toBeUndefined();
    const nodes = (small.body.data as { inspections: { nodes: { findings: { requirement: { code: string } }[] }[] } }).inspections.nodes;
    expect(nodes.map((n) => n.findings.map((f) => f.requirement.code).sort())).toEqual([['R1', 'R2']]);
    // every answer says its cost: the estimate, and what came out — inspections 10, nodes 1, one node's findings 1, two findings × (requirement, code) 4
    expect(small.body.extensions?.cost).toEqual({ estimated: 2110, actual: 16, limit: 10000 });

    const big = await post(query, { n: 500 });
    expect(big.status).toBe(400);
    expect(big.body.data).toBeUndefined();
    expect(big.body.errors?.[0].message).toMatch(/^Truy vấn quá tốn kém \(query too costly\): estimated cost 10510 exceeds the budget of 10000/);
    expect(big.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 10000, actual: 10510 });

    // the same document again: its cost is remembered per variables, never across them
    expect((await post(query, { n: 500 })).body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', actual: 10510 });
    expect((await post(query, { n: 100 })).body.errors).toBeUndefined();
  });

  it('totalCount and pageInfo count once per list, not once per row of the page (issue 11.4)', async () => {
    const rows = 'nodes { code inspections { code date findings { result } } }';
    // per row: code 1 + inspections 1 + 5 (a unit's usual inspections) × (code 1 + date 1 + findings 1 + 10 × result 1) = 67
    const bare = await post(`{ units(page: { first: 20 }) { ${rows} } }`);
    expect(bare.body.extensions?.cost).toMatchObject({ estimated: 10 + 20 * 67 }); // 1,350
    // totalCount 1 + pageInfo 1 + its two fields 2, once: 1,354 (was 10 + 20 × (67 + 4) = 1,430, the page's four counted on every row)
    const paged = await post(`{ units(page: { first: 20 }) { totalCount pageInfo { hasNextPage endCursor } ${rows} } }`);
    expect(paged.body.errors).toBeUndefined();
    // actual: units 10, totalCount, pageInfo, hasNextPage, endCursor, nodes 5; D1 code + inspections 2; W1 code + inspections 2 + I1's code, date, findings 3 + two results 2
    expect(paged.body.extensions?.cost).toEqual({ estimated: 10 + 20 * 67 + 4, actual: 24, limit: 10000 });
    // the same through a fragment, and a connection's rows in a named fragment
    const fragment = await post(`{ units(page: { first: 20 }) { ...page } } fragment page on UnitConnection { totalCount pageInfo { hasNextPage endCursor } ...rows } fragment rows on UnitConnection { ${rows} }`);
    expect(fragment.body.extensions?.cost).toMatchObject({ estimated: 1354 });
  });

  it('an analytics list costs its limit, an unpaged list of a record its length in the data', async () => {
    const schema = await buildSchema();
    // coverage 10 + rows × (unit 1 + code 1): 10 rows unlimited (assumed), 3 with limit: 3
    expect(queryCost(schema, parse(`{ coverage(filter: {fromYear: 2019, toYear: 2019}, by: [UNIT]) { unit { code } } }`))).toBe(10 + 10 * 2);
    expect(queryCost(schema, parse(`{ coverage(filter: {fromYear: 2019, toYear: 2019}, by: [UNIT], limit: 3) { unit { code } } }`))).toBe(10 + 3 * 2);
    // unit 10 + predecessors 1 + 4 × (code 1) — a restructuring joins a handful of units, not 10
    expect(queryCost(schema, parse(`{ unit(code: "W1") { predecessors { code } } }`))).toBe(10 + 1 + 4 * 1);
  });

  it('follows fragments when measuring depth', () => {
    const doc = parse(`query { units { ...U } } fragment U on UnitConnection { nodes { parent { ...P } } } fragment P on Unit { parent { code } }`);
    // units 1, nodes 2, parent 3, parent 4, code 5 — five fields, each written once
    expect(measureDocument(doc)).toEqual({ depth: 5, aliases: 0, fields: 5 });
  });

  it('answers the full introspection query an explorer sends', async () => {
    const r = await post(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true, schemaDescription: true, directiveIsRepeatable: true }));
    expect(r.body.errors).toBeUndefined();
    expect((r.body.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe('Query');
  });
});

describe('errors clients see', () => {
  it('an input error names the argument', async () => {
    const r = await post(`{ inspections(page: { first: 0 }) { totalCount } }`);
    expect(r.body.errors?.[0].message).toBe('page.first: must be between 1 and 500, got 0');
    expect(r.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'page.first' });
  });

  it('a database error in a resolver is "Internal server error": no SQL, no stack, no key values; the log has it all', async () => {
    // Make the inspections list fail inside PostgreSQL with a message carrying a key value, the way a
    // constraint violation would: the table hides behind a view whose filter raises.
    await t.sql(`alter table inspection rename to inspection_hidden`);
    await t.sql(`create function qcdc_test_fail(v text) returns boolean language plpgsql as $$
      begin raise exception 'duplicate key value violates unique constraint "inspection_code_unique" Key (code)=(%) already exists', v; end $$`);
    await t.sql(`create view inspection as select * from inspection_hidden where qcdc_test_fail('SECRET-KEY-42')`);
    const logged = vi.spyOn(log, 'error').mockImplementation(() => {});
    try {
      const r = await post(`{ inspections { totalCount nodes { code } } }`);
      expect(r.body.errors).toEqual([{ message: 'Internal server error', path: ['inspections'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      for (const leak of ['SECRET-KEY-42', 'Key (', 'select', 'inspection_hidden', 'qcdc_test_fail', 'stacktrace', '.ts:', '    at ']) {
        expect(r.text).not.toContain(leak);
      }
      // operators still get the whole story in the log
      expect(logged).toHaveBeenCalled();
      expect(String((logged.mock.calls[0][1] as Error).message)).toContain('SECRET-KEY-42');
    } finally {
      logged.mockRestore();
      await t.sql(`drop view inspection`);
      await t.sql(`drop function qcdc_test_fail(text)`);
      await t.sql(`alter table inspection_hidden rename to inspection`);
    }
    // and the API is fine afterwards
    const again = await post(`{ inspections { totalCount } }`);
    expect({ ...again.body, extensions: undefined }).toEqual({ data: { inspections: { totalCount: 1 } } });
  });
});
