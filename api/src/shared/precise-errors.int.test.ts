import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { testDatabase, type TestDb } from '../test/db.js';

let t: TestDb;
let app: App;
let base: string;
beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    units: [{ code: 'C', name: 'Thành phố', kind: 'CITY' }, { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'C' }],
    requirements: [{ framework_code: 'F', code: 'R1', title: 'Công khai', category: 'PUBLICIZE' }],
    inspections: [{ code: 'I1', unit_code: 'W1', date: '2019-05-01', team: 'Đoàn 1', kind: 'PERIODIC' }],
    findings: [{ inspection_code: 'I1', requirement_code: 'R1', result: 'COMPLIANT' }],
    awards: [{ decision_number: '', decision_date: '', issuer: 'UBND', kind: 'BANG_KHEN', recipient_code: 'W1', period_from: '2015', period_to: '2020' }],
  });
  app = await createApp(t.db);
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await t?.close();
});

async function post(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; locations?: unknown; extensions?: Record<string, unknown> }[] } };
}

const first = (r: Awaited<ReturnType<typeof post>>) => r.body.errors?.[0];

/** Issue 11.6: each mistake gets a precise, located error with the right code, never "Internal server error" or a silent 0. */
describe('precise errors (issue 11.6)', () => {
  it('mutation { x }: a validation error naming x, located', async () => {
    const r = await post('mutation { x }');
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({ message: 'Cannot query field "x" on type "Mutation".', locations: [{ line: 1, column: 12 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('a subscription: refused in validation, located at the operation, not an internal error', async () => {
    const r = await post('query Ok { __typename }\nsubscription Watch { inspections { totalCount } }', undefined);
    expect(r.status).toBe(400);
    expect(r.body.errors).toHaveLength(1);
    expect(first(r)).toMatchObject({
      message: expect.stringMatching(/^Subscriptions are not supported \(không hỗ trợ subscription\)/),
      locations: [{ line: 2, column: 1 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('too deep: QUERY_TOO_DEEP, at the deepest field, with its path', async () => {
    const r = await post('{\n  a: unit(code: "W1") ' + '{ parent '.repeat(13) + '{ code }' + ' }'.repeat(13) + ' }');
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({
      message: 'Truy vấn quá sâu (query too deep): depth 15 exceeds the limit of 12.',
      locations: [{ line: 2, column: 23 + 9 * 13 + 2 }], // the innermost `code`
      extensions: { code: 'QUERY_TOO_DEEP', limit: 12, actual: 15, field: `a.${'parent.'.repeat(13)}code` },
    });
  });

  it('too many aliases: TOO_MANY_ALIASES naming the field aliased most', async () => {
    const r = await post(`{ ${Array.from({ length: 101 }, (_, i) => `a${i}: unit(code: "W1") { code }`).join(' ')} }`);
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({
      message: 'Quá nhiều bí danh (too many aliases): 101 aliases exceed the limit of 100 per request.',
      locations: [{ line: 1, column: 3 }, expect.anything(), expect.anything()],
      extensions: { code: 'TOO_MANY_ALIASES', limit: 100, actual: 101, field: 'unit', aliasesOfField: 101 },
    });
  });

  it('unknown requirementCodes: BAD_USER_INPUT naming the argument and the codes, not totalCount 0', async () => {
    const r = await post('{ findings(filter: { requirementCodes: ["R1", "QCDC-99"] }) { totalCount } }');
    expect(first(r)).toMatchObject({ message: 'filter.requirementCodes: unknown requirement code "QCDC-99" (mã tiêu chí không tồn tại)', extensions: { code: 'BAD_USER_INPUT', argument: 'filter.requirementCodes' } });
    expect((await post('{ findings(filter: { requirementCodes: ["R1"] }) { totalCount } }')).body.data).toEqual({ findings: { totalCount: 1 } });
  });

  it('where (issue 11.3): a bad date or too deep a nesting is BAD_USER_INPUT naming its path; a good one counts', async () => {
    const bad = await post('{ inspections(where: { or: [{ kind: { eq: PERIODIC } }, { not: { date: { lt: "2019-02-30" } } }] }) { totalCount } }');
    expect(first(bad)).toMatchObject({ message: 'where.or[1].not.date.lt: "2019-02-30" is not a date (use YYYY-MM-DD)', extensions: { code: 'BAD_USER_INPUT', argument: 'where.or[1].not.date.lt' } });
    const deep = await post('{ inspections(where: { and: [{ or: [{ not: { not: { and: [{ kind: { eq: PERIODIC } }] } } }] }] }) { totalCount } }');
    expect(first(deep)).toMatchObject({ message: 'where.and[0].or[0].not.not.and[0]: nested more than 5 levels deep (and, or, not); write the condition flatter', extensions: { code: 'BAD_USER_INPUT' } });
    const ok = await post('{ inspections(where: { or: [{ kind: { eq: THEMATIC } }, { not: { date: { lt: "2019-05-01" } } }] }) { totalCount } }');
    expect({ ...ok.body, extensions: undefined }).toEqual({ data: { inspections: { totalCount: 1 } } });
  });

  it('a period with an en dash ("2015–2020", as the explorer writes it) finds the decision; a malformed one is an error', async () => {
    const r = await post('{ awards(filter: { period: "2015–2020" }) { totalCount } awardDecisions(filter: { period: "2015 - 2020" }) { totalCount } }');
    expect({ ...r.body, extensions: undefined }).toEqual({ data: { awards: { totalCount: 1 }, awardDecisions: { totalCount: 1 } } });
    const bad = await post('{ awards(filter: { period: "2015/20" }) { totalCount } }');
    expect(first(bad)).toMatchObject({ message: expect.stringMatching(/^filter\.period: "2015\/20" is not a period \(giai đoạn\)/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('one refused analytics alias is null beside its located error; the other aliases are answered', async () => {
    // W1 is the one unit in scope (CITY is not by default) and was inspected in 2019: 1 of 1
    const query = [
      '{',
      '  good: coverage(filter: { fromYear: 2019, toYear: 2019 }, by: []) { unitsInScope unitsInspected inspections rate }',
      '  backwards: coverage(filter: { fromYear: 2020, toYear: 2019 }, by: []) { rate }',
      '  monthly: planRate(filter: { fromYear: 2019, toYear: 2019 }, by: [MONTH]) { rate }',
      '  units { totalCount }',
      '}',
    ].join('\n');
    const r = await post(query);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ good: [{ unitsInScope: 1, unitsInspected: 1, inspections: 1, rate: 1 }], backwards: null, monthly: null, units: { totalCount: 2 } });
    expect(r.body.errors).toEqual([
      {
        message: 'filter.toYear: must not be before fromYear (2020 > 2019)',
        locations: [{ line: 3, column: 3 }],
        path: ['backwards'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'filter.toYear' },
      },
      {
        message: 'by: planRate counts annual plans (kế hoạch năm), per year: MONTH does not apply',
        locations: [{ line: 4, column: 3 }],
        path: ['monthly'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'by' },
      },
    ]);
  });

  it('one refused record-list alias is null beside its located error; the other lists and aliases are answered', async () => {
    const query = [
      '{',
      '  all: inspections { totalCount }',
      '  badDate: inspections(where: { date: { lt: "2019-02-30" } }) { totalCount }',
      '  unknownUnit: findings(filter: { unitCode: "NOPE" }) { totalCount }',
      '  units(where: { code: { eq: "W1" } }) { nodes { code inspections { code } } }',
      '}',
    ].join('\n');
    const r = await post(query);
    expect(r.status).toBe(200);
    // I1 is the one inspection, at W1
    expect(r.body.data).toEqual({ all: { totalCount: 1 }, badDate: null, unknownUnit: null, units: { nodes: [{ code: 'W1', inspections: [{ code: 'I1' }] }] } });
    expect(r.body.errors?.map((e) => ({ path: (e as { path?: unknown }).path, code: e.extensions?.code, locations: e.locations }))).toEqual([
      { path: ['badDate'], code: 'BAD_USER_INPUT', locations: [{ line: 3, column: 3 }] },
      { path: ['unknownUnit'], code: 'BAD_USER_INPUT', locations: [{ line: 4, column: 3 }] },
    ]);
    expect(r.body.errors?.[1].message).toContain('NOPE');
  });

  it('awardDecision takes the id AwardDecision.id returns (an ID), and refuses one that is not', async () => {
    const id = ((await post('{ awardDecisions { nodes { id } } }')).body.data as { awardDecisions: { nodes: { id: string }[] } }).awardDecisions.nodes[0].id;
    expect(typeof id).toBe('string');
    const r = await post('query ($id: ID!) { awardDecision(id: $id) { id period } }', { id });
    expect({ ...r.body, extensions: undefined }).toEqual({ data: { awardDecision: { id, period: '2015-2020' } } });
    expect((await post(`{ awardDecision(id: ${id}) { id } }`)).body.data).toEqual({ awardDecision: { id } });
    const bad = await post('{ awardDecision(id: "abc") { id } }');
    expect(first(bad)).toMatchObject({ message: expect.stringMatching(/^id: "abc" is not an award decision id/), extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
  });
});
