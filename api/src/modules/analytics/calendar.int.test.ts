import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { withActor } from '../audit/actor.js';
import type { SheetName } from '../interchange/sheets.js';
import { afterDataChange } from './rollup.js';

/**
 * Months, quarters, date ranges and top-N (issue 11 items 1 and 2), asked over HTTP as a client
 * sends them. A district with three wards, all in 2024:
 *   W1 (whole year); W2 until 2024-02-15, merged into W1 on 2024-02-16; W3 from 2024-03-10.
 * Inspections (APPROVED unless said): I1 W1 10/01, I2 W2 01/02, I3 W1 20/02, I4 W3 05/04, I5 W3 25/04,
 * I6 W1 15/03 SUBMITTED (never counted without includeProvisional).
 * Findings: I1 R1 NON_COMPLIANT, R2 COMPLIANT; I3 R1 NON_COMPLIANT; I4 R1 PARTIAL, R2 NON_COMPLIANT; I6 R1 NON_COMPLIANT.
 */
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'C', name: 'Thành phố', kind: 'CITY' },
    { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C' },
    { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
    { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D1', valid_to: '2024-02-15' },
    { code: 'W3', name: 'Phường Ba', kind: 'WARD', parent_code: 'D1', valid_from: '2024-03-10' },
  ],
  lineage: [{ date: '2024-02-16', type: 'MERGE', from_codes: 'W2', to_codes: 'W1' }],
  requirements: [
    { framework_code: 'F', code: 'R1', title: 'Công khai', category: 'PUBLICIZE' },
    { framework_code: 'F', code: 'R2', title: 'Lấy ý kiến', category: 'CONSULT' },
  ],
  inspections: [
    { code: 'I1', unit_code: 'W1', date: '2024-01-10', team: 'Đoàn 1', kind: 'PERIODIC' },
    { code: 'I2', unit_code: 'W2', date: '2024-02-01', team: 'Đoàn 1', kind: 'PERIODIC' },
    { code: 'I3', unit_code: 'W1', date: '2024-02-20', team: 'Đoàn 2', kind: 'FOLLOW_UP' },
    { code: 'I4', unit_code: 'W3', date: '2024-04-05', team: 'Đoàn 2', kind: 'PERIODIC' },
    { code: 'I5', unit_code: 'W3', date: '2024-04-25', team: 'Đoàn 1', kind: 'THEMATIC' },
    { code: 'I6', unit_code: 'W1', date: '2024-03-15', team: 'Đoàn 1', kind: 'THEMATIC' },
  ],
  findings: [
    { inspection_code: 'I1', requirement_code: 'R1', result: 'NON_COMPLIANT' },
    { inspection_code: 'I1', requirement_code: 'R2', result: 'COMPLIANT' },
    { inspection_code: 'I3', requirement_code: 'R1', result: 'NON_COMPLIANT' },
    { inspection_code: 'I4', requirement_code: 'R1', result: 'PARTIAL' },
    { inspection_code: 'I4', requirement_code: 'R2', result: 'NON_COMPLIANT' },
    { inspection_code: 'I6', requirement_code: 'R1', result: 'NON_COMPLIANT' },
  ],
  recommendations: [{ inspection_code: 'I1', seq: '1', text: 'Niêm yết công khai', due_date: '2024-03-01', status: 'OPEN' }],
  awards: [
    { decision_number: '12/QĐ', decision_date: '2024-03-15', issuer: 'UBND', kind: 'GIAY_KHEN', recipient_code: 'W1' },
    { decision_number: '12/QĐ', decision_date: '2024-03-15', issuer: 'UBND', kind: 'GIAY_KHEN', recipient_code: 'W3' },
    { decision_number: '30/QĐ', decision_date: '2024-11-20', issuer: 'UBND', kind: 'BANG_KHEN', recipient_code: 'W3' },
  ],
};

let t: TestDb;
let app: App;
let base: string;

beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  // a submitted inspection (waiting for approval): the recording flow's state, set directly for the fixture
  await withActor(t.em(), { login: 'test' }, 'import', async (sql) => {
    await sql(`update inspection set status = 'SUBMITTED' where code = 'I6'`);
    await afterDataChange(sql);
  });
  app = await createApp(t.db);
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await t?.close();
});

/** POST /graphql as a client sends it. */
async function post(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: Record<string, unknown[]> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}
async function rows(query: string, variables?: Record<string, unknown>) {
  const r = await post(query, variables);
  expect(r.errors).toBeUndefined();
  return Object.values(r.data!)[0] as Record<string, unknown>[];
}
const wards2024 = (extra = '') => `{fromYear: 2024, toYear: 2024, unitKinds: [WARD]${extra}}`;
const pick = (rs: Record<string, unknown>[], ...keys: string[]) => rs.map((r) => keys.map((k) => r[k]));

describe('coverage per month and quarter (SPEC §4, the month in place of the year)', () => {
  it('per month: units active in the month, inspected in it; the submitted I6 not counted', async () => {
    const rs = await rows(`{ coverage(filter: ${wards2024()}, by: [YEAR, MONTH]) { year quarter month unitsInScope unitsInspected inspections rate } }`);
    // Jan: W1, W2 active, W1 inspected (I1). Feb: W1, W2 (until 15/2), both inspected (I2, I3).
    // Mar: W1, W3 (from 10/3), none (I6 is SUBMITTED). Apr: W1, W3, W3 twice (I4, I5). May–Dec: W1, W3, none.
    expect(pick(rs, 'year', 'quarter', 'month', 'unitsInScope', 'unitsInspected', 'inspections', 'rate')).toEqual([
      [2024, null, 1, 2, 1, 1, 0.5],
      [2024, null, 2, 2, 2, 2, 1],
      [2024, null, 3, 2, 0, 0, 0],
      [2024, null, 4, 2, 1, 2, 0.5],
      ...[5, 6, 7, 8, 9, 10, 11, 12].map((m) => [2024, null, m, 2, 0, 0, 0]),
    ]);
  });

  it('per quarter: Q1 has all three wards active, W1 and W2 inspected', async () => {
    const rs = await rows(`{ coverage(filter: ${wards2024()}, by: [QUARTER]) { year quarter month unitsInScope unitsInspected inspections } }`);
    expect(pick(rs, 'year', 'quarter', 'month', 'unitsInScope', 'unitsInspected', 'inspections')).toEqual([
      [null, 1, null, 3, 2, 3],
      [null, 2, null, 2, 1, 2],
      [null, 3, null, 2, 0, 0],
      [null, 4, null, 2, 0, 0],
    ]);
  });

  it('includeProvisional counts the submitted I6 in March', async () => {
    const rs = await rows(`{ coverage(filter: ${wards2024(', includeProvisional: true')}, by: [MONTH]) { month unitsInspected inspections } }`);
    expect(rs[2]).toEqual({ month: 3, unitsInspected: 1, inspections: 1 });
  });

  it('CURRENT: W2 counts under W1, distinct successors (Q1: W1, W3 in scope; W1 inspected by I1, I2, I3)', async () => {
    const rs = await rows(`{ coverage(filter: ${wards2024(', structure: CURRENT')}, by: [QUARTER]) { quarter unitsInScope unitsInspected inspections } }`);
    expect(rs[0]).toEqual({ quarter: 1, unitsInScope: 2, unitsInspected: 1, inspections: 3 });
  });

  it('a date range cuts the periods: 16/02–30/04 by month and, without a calendar dimension, the span rule', async () => {
    const range = wards2024(', fromDate: "2024-02-16", toDate: "2024-04-30"');
    // Feb 16–29: only W1 active (W2 ended 15/2), inspected by I3. Mar: W1, W3, none. Apr: W1, W3, W3 (I4, I5).
    expect(pick(await rows(`{ coverage(filter: ${range}, by: [MONTH]) { month unitsInScope unitsInspected inspections } }`), 'month', 'unitsInScope', 'unitsInspected', 'inspections')).toEqual([
      [2, 1, 1, 1],
      [3, 2, 0, 0],
      [4, 2, 1, 2],
    ]);
    // by quarter: Q1 cut to 16/02–31/03 (W1, W3 active; W1 inspected by I3), Q2 cut to 01/04–30/04 (W1, W3; W3 twice)
    expect(pick(await rows(`{ coverage(filter: ${range}, by: [QUARTER]) { quarter unitsInScope unitsInspected inspections } }`), 'quarter', 'unitsInScope', 'unitsInspected', 'inspections')).toEqual([
      [1, 2, 1, 1],
      [2, 2, 1, 2],
    ]);
    // span: W1 and W3 active in the range, both inspected in it; 3 inspections
    expect(await rows(`{ coverage(filter: ${range}, by: []) { unitsInScope unitsInspected inspections rate } }`)).toEqual([{ unitsInScope: 2, unitsInspected: 2, inspections: 3, rate: 1 }]);
    // 01/02–15/02: W1, W2 active, W2 inspected (I2); by YEAR the year is cut to the range too
    expect(await rows(`{ coverage(filter: ${wards2024(', fromDate: "2024-02-01", toDate: "2024-02-15"')}, by: [YEAR]) { year unitsInScope unitsInspected inspections } }`)).toEqual([
      { year: 2024, unitsInScope: 2, unitsInspected: 1, inspections: 1 },
    ]);
  });

  it('a range of whole years is the year query (rollups): same answer as without it', async () => {
    const q = (extra: string) => `{ coverage(filter: {fromYear: 2023, toYear: 2025${extra}}, by: [YEAR, DISTRICT]) { year district { code } unitsInScope unitsInspected inspections } }`;
    expect(await rows(q(', fromDate: "2024-01-01", toDate: "2024-12-31"'))).toEqual(await rows('{ coverage(filter: {fromYear: 2024, toYear: 2024}, by: [YEAR, DISTRICT]) { year district { code } unitsInScope unitsInspected inspections } }'));
  });
});

describe('the other analytics per month', () => {
  it('compliance per requirement and month (APPROVED findings only)', async () => {
    const rs = await rows(`{ compliance(filter: ${wards2024()}, by: [MONTH]) { month requirement { code } compliant partial nonCompliant score } }`);
    // Jan: I1 R1 N, R2 C. Feb: I3 R1 N. Apr: I4 R1 P, R2 N. (Mar: I6 is SUBMITTED.)
    expect(rs.map((r) => [r.month, (r.requirement as { code: string }).code, r.compliant, r.partial, r.nonCompliant, r.score])).toEqual([
      [1, 'R1', 0, 0, 1, 0],
      [1, 'R2', 1, 0, 0, 1],
      [2, 'R1', 0, 0, 1, 0],
      [4, 'R1', 0, 1, 0, 0.5],
      [4, 'R2', 0, 0, 1, 0],
    ]);
  });

  it('complianceSummary per quarter, awards per month, open recommendations per month', async () => {
    expect(pick(await rows(`{ complianceSummary(filter: ${wards2024()}, by: [QUARTER]) { quarter compliant partial nonCompliant findings } }`), 'quarter', 'compliant', 'partial', 'nonCompliant', 'findings')).toEqual([
      [1, 1, 0, 2, 3],
      [2, 0, 1, 1, 2],
    ]);
    expect(pick(await rows(`{ awardStats(filter: ${wards2024()}, by: [MONTH, KIND]) { month kind awards decisions } }`), 'month', 'kind', 'awards', 'decisions')).toEqual([
      [3, 'GIAY_KHEN', 2, 1],
      [11, 'BANG_KHEN', 1, 1],
    ]);
    // a range: only the March decision
    expect(await rows(`{ awardStats(filter: ${wards2024(', toDate: "2024-06-30"')}, by: []) { awards } }`)).toEqual([{ awards: 2 }]);
    expect(await rows(`{ openRecommendations(filter: ${wards2024()}, by: [MONTH], asOf: "2024-12-31") { month recommendations open overdue } }`)).toEqual([
      { month: 1, recommendations: 1, open: 1, overdue: 1 },
    ]);
  });

  it('planRate refuses MONTH and QUARTER (plans are annual), naming the argument', async () => {
    const r = await post(`{ planRate(filter: ${wards2024()}, by: [MONTH]) { rate } }`);
    expect(r.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^by: planRate counts annual plans/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('date ranges: backwards or outside the years is an input error naming the field', async () => {
    const backwards = await post(`{ coverage(filter: ${wards2024(', fromDate: "2024-05-01", toDate: "2024-04-01"')}, by: []) { rate } }`);
    expect(backwards.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^filter\.toDate: must not be before fromDate/), extensions: { code: 'BAD_USER_INPUT' } });
    const outside = await post(`{ coverage(filter: ${wards2024(', fromDate: "2025-02-01"')}, by: []) { rate } }`);
    expect(outside.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^filter\.fromDate: .*outside the years 2024-2024/), extensions: { code: 'BAD_USER_INPUT' } });
    const bad = await post(`{ coverage(filter: ${wards2024(', fromDate: "1/13/2024"')}, by: []) { rate } }`);
    expect(bad.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^filter\.fromDate: /), extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('orderBy and limit (top-N in SQL)', () => {
  it('the 2 (unit, requirement) pairs with most NON_COMPLIANT findings', async () => {
    const rs = await rows(`{ compliance(filter: ${wards2024()}, by: [UNIT], orderBy: [{ field: "nonCompliant", direction: DESC }], limit: 2) { unit { code } requirement { code } nonCompliant } }`);
    // W1/R1: 2 (I1, I3); W3/R2: 1 (I4); W1/R2 and W3/R1: 0
    expect(rs).toEqual([
      { unit: { code: 'W1' }, requirement: { code: 'R1' }, nonCompliant: 2 },
      { unit: { code: 'W3' }, requirement: { code: 'R2' }, nonCompliant: 1 },
    ]);
  });

  it('several keys: inspections ascending, then unit code descending', async () => {
    const rs = await rows(`{ coverage(filter: ${wards2024()}, by: [UNIT], orderBy: [{ field: "inspections" }, { field: "unit", direction: DESC }]) { unit { code } inspections } }`);
    // W2: 1; W1 and W3: 2 each, W3 first (descending code)
    expect(rs.map((r) => [(r.unit as { code: string }).code, r.inspections])).toEqual([['W2', 1], ['W3', 2], ['W1', 2]]);
  });

  it('a computed measure (rate) orders in SQL, ties in the default order; limit cuts after ordering', async () => {
    const rs = await rows(`{ coverage(filter: ${wards2024()}, by: [YEAR, MONTH], orderBy: [{ field: "rate", direction: DESC }], limit: 3) { month rate } }`);
    expect(rs).toEqual([{ month: 2, rate: 1 }, { month: 1, rate: 0.5 }, { month: 4, rate: 0.5 }]);
  });

  it('from the rollups too: kinds by units in scope, descending', async () => {
    // 2024, every kind but CITY: WARD 3 (W1, W2, W3), DISTRICT 1 (D1); the default order would put DISTRICT first
    const rs = await rows(`{ coverage(filter: {fromYear: 2024, toYear: 2024}, by: [UNIT_KIND], orderBy: [{ field: "unitsInScope", direction: DESC }]) { unitKind unitsInScope } }`);
    expect(rs).toEqual([{ unitKind: 'WARD', unitsInScope: 3 }, { unitKind: 'DISTRICT', unitsInScope: 1 }]);
    const top = await rows(`{ complianceSummary(filter: {fromYear: 2024, toYear: 2024}, by: [UNIT_KIND], orderBy: [{ field: "score", direction: DESC }], limit: 1) { unitKind score } }`);
    expect(top).toEqual([{ unitKind: 'WARD', score: 1.5 / 5 }]);
  });

  it('complianceSummary by UNIT (the plain statement, counts summed per unit and period) orders by its measures', async () => {
    // approved findings 2024: W1 (I1, I3) C 1, P 0, N 2 → score 1/3; W3 (I4) C 0, P 1, N 1 → 0.5/2; W2 none (no row)
    const q = (order: string, limit: number) =>
      rows(`{ complianceSummary(filter: {fromYear: 2024, toYear: 2024}, by: [UNIT], orderBy: [${order}], limit: ${limit}) { unit { code } partial nonCompliant score } }`);
    const w1 = { unit: { code: 'W1' }, partial: 0, nonCompliant: 2, score: 1 / 3 };
    const w3 = { unit: { code: 'W3' }, partial: 1, nonCompliant: 1, score: 0.25 };
    expect(await q('{ field: "nonCompliant", direction: DESC }', 10)).toEqual([w1, w3]);
    expect(await q('{ field: "score" }', 10)).toEqual([w3, w1]);
    expect(await q('{ field: "partial", direction: DESC }', 1)).toEqual([w3]);
  });

  it('the top recipients by awards; planRate and openRecommendations take them too', async () => {
    expect(await rows(`{ awardStats(filter: ${wards2024()}, by: [UNIT], orderBy: [{ field: "awards", direction: DESC }], limit: 1) { unit { code } awards } }`)).toEqual([{ unit: { code: 'W3' }, awards: 2 }]);
    expect(await rows(`{ planRate(filter: ${wards2024()}, by: [UNIT], orderBy: [{ field: "unit", direction: DESC }], limit: 1) { unit { code } } }`)).toEqual([{ unit: { code: 'W3' } }]);
    expect(await rows(`{ openRecommendations(filter: ${wards2024()}, by: [UNIT], asOf: "2024-12-31", orderBy: [{ field: "open", direction: DESC }], limit: 0) { open } }`)).toEqual([]);
  });

  it('the ordering and limit are in the one SQL statement', async () => {
    const logged: string[] = [];
    const knexEvents = t.db.orm.em.getKnex();
    const onQuery = (q: { sql: string }) => logged.push(q.sql);
    knexEvents.on('query', onQuery);
    try {
      await rows(`{ coverage(filter: ${wards2024()}, by: [UNIT], orderBy: [{ field: "inspections", direction: DESC }], limit: 1) { inspections } }`);
    } finally {
      knexEvents.off('query', onQuery);
    }
    const statement = logged.filter((s) => /from scope s/.test(s));
    expect(statement).toHaveLength(1);
    expect(statement[0]).toMatch(/order by "inspections" desc nulls last, s\.m_code limit 1$/);
  });

  it('unknown key, a dimension not in by, a negative limit: BAD_USER_INPUT naming the argument', async () => {
    const unknown = await post(`{ coverage(filter: ${wards2024()}, by: [], orderBy: [{ field: "units" }]) { rate } }`);
    expect(unknown.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^orderBy\[0\]\.field: unknown field "units"; order by one of .*unitsInScope/), extensions: { code: 'BAD_USER_INPUT' } });
    const notInBy = await post(`{ coverage(filter: ${wards2024()}, by: [YEAR], orderBy: [{ field: "rate" }, { field: "month" }]) { rate } }`);
    expect(notInBy.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^orderBy\[1\]\.field: "month" is null in every row unless MONTH is in `by`/), extensions: { code: 'BAD_USER_INPUT' } });
    const negative = await post(`{ compliance(filter: ${wards2024()}, by: [], limit: -1) { score } }`);
    expect(negative.errors?.[0]).toMatchObject({ message: 'limit: must not be negative (-1)', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
