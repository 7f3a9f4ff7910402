import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { testDatabase, type TestDb } from './db.js';
import { smallCity } from './fixtures/small-city.js';

/**
 * Nested lists with arguments over HTTP, as a client sends them, on the small city
 * (fixtures/small-city.ts: wards W1–W6, inspections I1–I8, awards, plans and models drawn there).
 */
let t: TestDb;
let app: App;
let base: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(smallCity);
  app = await createApp(t.db);
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await t?.close();
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; locations?: { line: number; column: number }[]; path?: unknown[]; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { estimated: number; actual: number; limit: number } };
}

async function post(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: Answer }> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as Answer };
}

const BAD_DATE = { message: 'where.date.lt: "2020-13-01" is not a date (use YYYY-MM-DD)', extensions: { code: 'BAD_USER_INPUT', argument: 'where.date.lt' } };

describe('a bad argument of a nested list is reported once, not once per parent', () => {
  it('Unit.inspections(where) under a page of the 6 wards: one error at the field, before anything runs', async () => {
    const r = await post('{\n  units(where: { kind: { eq: WARD } }) {\n    nodes { code inspections(where: { date: { lt: "2020-13-01" } }) { code } }\n  }\n}');
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ ...BAD_DATE, locations: [{ line: 3, column: 18 }] }]);
    expect(r.body.data).toBeUndefined();
  });

  it('under the rows of an analytics list (each row\'s unit is nullable, so each row had its own error): once', async () => {
    // wards in scope in 2020: W1, W2, W3, W4 — four rows, each with a unit
    const rows = await post('{ coverage(filter: { fromYear: 2020, toYear: 2020, unitKinds: [WARD] }, by: [UNIT]) { unit { code } } }');
    expect((rows.body.data!.coverage as unknown[]).length).toBe(4);
    const r = await post('{ coverage(filter: { fromYear: 2020, toYear: 2020, unitKinds: [WARD] }, by: [UNIT]) { unit { code inspections(where: { date: { lt: "2020-13-01" } }) { code } } } }');
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ ...BAD_DATE, locations: [{ line: 1, column: 99 }] }]);
  });

  it('the same in a variable, in a fragment and in history.inspections / history.awards', async () => {
    const viaVariable = await post(
      'query ($w: InspectionWhere) { units(where: { kind: { eq: WARD } }) { nodes { ...insp } } }\nfragment insp on Unit { history { inspections(where: $w) { code } } }',
      { w: { date: { lt: '2020-13-01' } } },
    );
    expect(viaVariable.status).toBe(400);
    expect(viaVariable.body.errors).toEqual([{ ...BAD_DATE, locations: [{ line: 2, column: 35 }] }]);
    const awards = await post('{ units { nodes { history { awards(filter: { fromYear: 2021, toYear: 2020 }) { id } } } } }');
    expect(awards.status).toBe(400);
    expect(awards.body.errors).toEqual([
      { message: 'filter.toYear: must not be before fromYear (2021 > 2020)', locations: [{ line: 1, column: 29 }], extensions: { code: 'BAD_USER_INPUT', argument: 'filter.toYear' } },
    ]);
  });

  it('the same arguments at two depths (two batches of one request) reuse the checked statement and answer both', async () => {
    const r = await post(`{ a: unit(code: "W1") { inspections(where: { year: { eq: 2019 } }) { code } }
      b: inspections(filter: { unitCode: "W2" }) { nodes { code unit { inspections(where: { year: { eq: 2019 } }) { code } } } } }`);
    expect(r.body.errors).toBeUndefined();
    // W1 in 2019: I1; W2's inspections I4 (2020) and I2 (2019), newest first, each under W2 whose 2019 one is I2
    expect(r.body.data).toEqual({
      a: { inspections: [{ code: 'I1' }] },
      b: { nodes: [{ code: 'I4', unit: { inspections: [{ code: 'I2' }] } }, { code: 'I2', unit: { inspections: [{ code: 'I2' }] } }] },
    });
  });

  it('good arguments still answer per ward (from 2020: W1 none, W6 none)', async () => {
    const r = await post('{ units(where: { kind: { eq: WARD } }) { nodes { code inspections(filter: { fromYear: 2020 }) { code } } } }');
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({
      units: {
        nodes: [
          { code: 'W1', inspections: [] }, { code: 'W2', inspections: [{ code: 'I4' }] }, { code: 'W3', inspections: [{ code: 'I5' }] },
          { code: 'W4', inspections: [{ code: 'I6' }] }, { code: 'W5', inspections: [{ code: 'I8' }] }, { code: 'W6', inspections: [] },
        ],
      },
    });
  });
});

describe('Unit.awards, Unit.plans, Unit.models and history.units take the arguments of the top-level lists (issue 11.3)', () => {
  it('filter and where for each ward of a page: BANG_KHEN awards (undated last), plans from 2020, models of 2019', async () => {
    const r = await post(`{ units(where: { kind: { eq: WARD } }) { nodes { code
      awards(where: { kind: { eq: BANG_KHEN } }) { decision { number } } plans(filter: { fromYear: 2020 }) { year } models(where: { year: { eq: 2019 } }) { title } } } }`);
    expect(r.body.errors).toBeUndefined();
    const ward = (code: string, awards: (string | null)[], plans: number[], models: string[] = []) => ({
      code, awards: awards.map((number) => ({ decision: { number } })), plans: plans.map((year) => ({ year })), models: models.map((title) => ({ title })),
    });
    expect(r.body.data).toEqual({
      units: {
        nodes: [
          ward('W1', ['01/QĐ-UBND', null], [2020], ['Mô hình A']), // A1 2019-12-20 and A2 (undated); A3 is a Giấy khen
          ward('W2', ['01/QĐ-UBND'], []),
          ward('W3', [], [2020]), // A3 only, a Giấy khen
          ward('W4', [], []),
          ward('W5', ['02/QĐ-UBND'], [2021]),
          ward('W6', [], []),
        ],
      },
    });
  });

  it('orderBy, and history.units of W1 (W1 and W2, merged into it) by name or filtered', async () => {
    const r = await post(`{ unit(code: "W1") { awards(orderBy: DATE_DESC) { decision { number } } plans(orderBy: YEAR_DESC) { year } models { title }
      history { byCode: units { code } byName: units(orderBy: NAME) { code } stillThere: units(where: { validTo: { isNull: true } }) { code } } } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({
      unit: {
        // A3 2020-12-15, A1 2019-12-20, then A2 without a date
        awards: [{ decision: { number: '05/QĐ-UBND' } }, { decision: { number: '01/QĐ-UBND' } }, { decision: { number: null } }],
        plans: [{ year: 2020 }, { year: 2019 }],
        models: [{ title: 'Mô hình A' }],
        // "Phường Hai" (W2) sorts before "Phường Một" (W1); W2 ended 2020-06-30
        history: { byCode: [{ code: 'W1' }, { code: 'W2' }], byName: [{ code: 'W2' }, { code: 'W1' }], stillThere: [{ code: 'W1' }] },
      },
    });
  });

  it('one id statement per field and argument set for a whole page, not one per unit', async () => {
    const knex = t.db.orm.em.getKnex();
    const statements = async (first: number) => {
      let n = 0;
      let idStatements = 0;
      const onQuery = (q: { sql: string }) => (n++, q.sql.includes('list_group') && idStatements++);
      knex.on('query', onQuery);
      try {
        const r = await post(`{ units(where: { kind: { eq: WARD } }, page: { first: ${first} }) { nodes { code
          awards(filter: { fromYear: 2019 }) { id } plans(where: { year: { gte: 2020 } }) { year } models(orderBy: TITLE) { title }
          history { units(orderBy: NAME) { code } } } } }`);
        expect(r.body.errors).toBeUndefined();
      } finally {
        knex.off('query', onQuery);
      }
      return { n, idStatements };
    };
    // per page, whatever its size: the units' ids and rows 2, the ancestry of history 1, one id statement
    // for each of the 4 nested fields, and at most one by-id statement each for awards, plans, models
    // and units (fewer when ids arrive together or are loaded already) — 11, where per-unit statements would be 24 or more
    for (const first of [6, 2]) {
      const c = await statements(first);
      expect(c.idStatements, `first: ${first}`).toBe(4);
      expect(c.n, `first: ${first}`).toBeLessThanOrEqual(11);
    }
  });

  it('a bad argument of one of them: once, at the field', async () => {
    const r = await post('{ units { nodes { plans(filter: { fromYear: 2021, toYear: 2020 }) { year } } } }');
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([
      { message: 'filter.toYear: must not be before fromYear (2021 > 2020)', locations: [{ line: 1, column: 19 }], extensions: { code: 'BAD_USER_INPUT', argument: 'filter.toYear' } },
    ]);
    const unit = await post('{ units { nodes { history { units(where: { parentCode: { eq: "NOPE" } }) { code } } } } }');
    expect(unit.status).toBe(400);
    expect(unit.body.errors).toHaveLength(1);
    expect(unit.body.errors![0]).toMatchObject({ locations: [{ line: 1, column: 29 }], extensions: { code: 'BAD_USER_INPUT', argument: 'where.parentCode.eq' } });
  });
});
