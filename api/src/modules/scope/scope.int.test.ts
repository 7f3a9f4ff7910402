import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { smallCity } from '../../test/fixtures/small-city.js';
import type { Role, Viewer } from '../auth/viewer.js';
import { exportTable } from '../export/export.service.js';
import type { Row } from '../export/table.js';
import { writeReport } from '../report/report.service.js';

/**
 * The attacker's view of scope (SPEC §6.1) on the small city of test/fixtures/small-city.ts, plus
 * records that exist only outside district D1 (so that a leak has something to show):
 *   I9  W4 (district D2) 2020-02-02 by "Đoàn kiểm tra số 3", source "Báo cáo huyện Hai" (REPORT)
 *   A5  09/QĐ-UBND 2020-06-01 GIAY_KHEN, the only recipient W4
 *
 * A reader scoped to D1 sees D1, W1, W2, W3, W5, W6 and nothing else. Outside: C, D2, W4, S1, S2;
 * inspections I3 (S1), I6 (W4), I7 (S2), I9 (W4); team 3; that source; decision A5.
 * Lineage crossing the edge: W4 (D2) split into W5 and W6 (D1) on 2021-01-01 — for the D1 reader
 * W5 and W6 have no predecessor, the SPLIT shows no from-unit, and W5's history is W5 alone.
 *
 * Every question is asked by each role scoped to D1 and by an ADMIN with withinUnit D1: no row,
 * count, rate, total or hasNextPage may differ, and no name or code from outside may appear.
 */
const OUTSIDE_UNITS = ['C', 'D2', 'W4', 'S1', 'S2'];
const OUTSIDE_INSPECTIONS = ['I3', 'I6', 'I7', 'I9'];
const OUTSIDE_TEXT = ['Thành phố Thử', 'Huyện Hai', 'Xã Bốn', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Đoàn kiểm tra số 3', 'Báo cáo huyện Hai', '09/QĐ-UBND'];

const fixture = {
  ...smallCity,
  inspections: [
    ...smallCity.inspections!,
    { code: 'I9', unit_code: 'W4', date: '2020-02-02', team: 'Đoàn kiểm tra số 3', kind: 'PERIODIC', source_kind: 'REPORT', source_title: 'Báo cáo huyện Hai' },
  ],
  findings: [...smallCity.findings!, { inspection_code: 'I9', requirement_code: 'R1', result: 'NON_COMPLIANT' }],
  awards: [...smallCity.awards!, { decision_number: '09/QĐ-UBND', decision_date: '2020-06-01', issuer: 'Chủ tịch UBND huyện Hai', kind: 'GIAY_KHEN', recipient_code: 'W4' }],
};

const SCOPED_ROLES: Role[] = ['ADMIN', 'LEADER', 'ANALYST', 'INSPECTOR', 'UNIT_OFFICER'];
const scoped = (role: Role, roots = ['D1']): Viewer => ({ login: `${role.toLowerCase()}-d1`, name: null, role, scopeRoots: roots });
const ADMIN: Viewer = { login: 'admin', name: null, role: 'ADMIN', scopeRoots: [] };

let t: TestDb;
type Answer = { data?: Record<string, unknown> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
const ask = async (viewer: Viewer | null, query: string, variables?: Record<string, unknown>): Promise<Answer> => (await t.app()).execute(query, variables, viewer);

beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
});
afterAll(async () => {
  await t?.close();
});

/** Fails on any unit or inspection code or text from outside D1 anywhere in an answer. */
function expectNothingOutside(answer: unknown, what: string): void {
  const text = JSON.stringify(answer);
  for (const code of [...OUTSIDE_UNITS, ...OUTSIDE_INSPECTIONS]) expect(text, `${what} names ${code}`).not.toContain(`"${code}"`);
  for (const s of OUTSIDE_TEXT) expect(text, `${what} shows "${s}"`).not.toContain(s);
}

/**
 * Questions with a subtree filter: `$w` is "D1" for the ADMIN and left out (null) for the scoped
 * reader, or given as "D1" too (both must agree). Small pages probe hasNextPage and totals.
 */
const FILTERED: { name: string; query: string }[] = [
  { name: 'units', query: `query ($w: String) { units(filter: {withinUnit: $w}, page: {first: 4}) { totalCount pageInfo { hasNextPage } nodes { code name kind children { code } inspections { code } awards { decision { number } } plans { year } models { title } } } }` },
  { name: 'unit search', query: `query ($w: String) { a: units(filter: {withinUnit: $w, search: "phuong"}) { totalCount nodes { code } } b: units(filter: {withinUnit: $w, search: "so"}) { totalCount nodes { code } } c: units(filter: {withinUnit: $w, search: "hai"}) { totalCount nodes { code } } }` },
  { name: 'units active in 2020 by name', query: `query ($w: String) { units(filter: {withinUnit: $w, activeYear: 2020}, orderBy: NAME) { totalCount nodes { code } } }` },
  { name: 'units, plans, models, awards where (issue 11.3)', query: `query ($w: String) { units(filter: {withinUnit: $w}, where: {or: [{districtCode: {notIn: ["D1"]}}, {validTo: {isNull: false}}, {parentCode: {isNull: true}}]}) { totalCount nodes { code } }
    plans(filter: {withinUnit: $w}, where: {or: [{districtCode: {isNull: true}}, {unitKind: {eq: DISTRICT}}, {year: {lt: 2020}}]}) { totalCount nodes { year unit { code } } }
    models(filter: {withinUnit: $w}, where: {unitCode: {in: ["W1"]}, not: {title: {contains: "B"}}}) { totalCount nodes { title } }
    awards(filter: {withinUnit: $w}, where: {or: [{districtCode: {isNull: true}}, {kind: {eq: GIAY_KHEN}}, {unitCode: {notIn: ["W1"]}}]}) { totalCount nodes { recipient { code } decision { number } } } }` },
  { name: 'inspections', query: `query ($w: String) { inspections(filter: {withinUnit: $w}, page: {first: 2}) { totalCount pageInfo { hasNextPage } nodes { code date unit { code } team { name inspectionCount } findings { result requirement { code } } recommendations { text } source { title } } } }` },
  { name: 'inspections where (issue 11.3)', query: `query ($w: String) { inspections(filter: {withinUnit: $w}, where: {or: [{team: {contains: "so 3"}}, {districtCode: {isNull: true}}, {not: {unitCode: {in: ["W1"]}}, rating: {gte: SATISFACTORY}}]}) { totalCount nodes { code } } }` },
  { name: 'findings and recommendations where', query: `query ($w: String) { findings(filter: {withinUnit: $w}, where: {or: [{districtCode: {isNull: true}}, {result: {eq: NON_COMPLIANT}}, {team: {contains: "so 3"}}]}) { totalCount nodes { result inspection { code } } } recommendations(filter: {withinUnit: $w}, where: {not: {dueDate: {gte: "2019-12-01"}}}) { totalCount nodes { seq inspection { code } } } }` },
  { name: 'inspections, all pages', query: `query ($w: String) { inspections(filter: {withinUnit: $w}, orderBy: CODE, page: {first: 500}) { totalCount nodes { code } } }` },
  { name: 'findings', query: `query ($w: String) { findings(filter: {withinUnit: $w}, orderBy: RESULT, page: {first: 3}) { totalCount pageInfo { hasNextPage } nodes { result inspection { code } requirement { code } } } }` },
  { name: 'recommendations', query: `query ($w: String) { recommendations(filter: {withinUnit: $w, openOn: "2021-12-31"}) { totalCount nodes { text status inspection { code } } } }` },
  { name: 'awards', query: `query ($w: String) { awards(filter: {withinUnit: $w}) { totalCount nodes { recipient { code } decision { number date } } } }` },
  { name: 'plans', query: `query ($w: String) { plans(filter: {withinUnit: $w}, page: {first: 3}) { totalCount pageInfo { hasNextPage } nodes { year unit { code } } } }` },
  { name: 'models', query: `query ($w: String) { models(filter: {withinUnit: $w}) { totalCount nodes { title unit { code } } } }` },
  { name: 'lineage events', query: `query ($w: String) { lineageEvents(filter: {withinUnit: $w}) { totalCount nodes { date type } } }` },
  { name: 'uninspected units', query: `query ($w: String) { uninspectedUnits(filter: {withinUnit: $w, asOf: "2021-06-30"}, page: {first: 3}) { totalCount pageInfo { hasNextPage } nodes { unit { code } lastInspectionDate daysSince inspections lastInspection { code } } } }` },
  { name: 'uninspected units where (issue 11.3)', query: `query ($w: String) { uninspectedUnits(filter: {withinUnit: $w, asOf: "2021-06-30"}, where: {or: [{inspections: {eq: 0}}, {districtCode: {isNull: true}}, {not: {unitCode: {in: ["W1"]}}, daysSince: {gt: 100}}]}) { totalCount nodes { unit { code } daysSince } } }` },
];

const ANALYTICS: string[] = [];
for (const structure of ['AS_OF', 'CURRENT']) {
  for (const [from, to] of [[2019, 2019], [2020, 2020], [2019, 2021]]) {
    const f = `{fromYear: ${from}, toYear: ${to}, structure: ${structure}, withinUnit: $w}`;
    const dims = 'year district { code } unitKind unit { code }';
    ANALYTICS.push(`query ($w: String) {
      c0: coverage(filter: ${f}, by: []) { ${dims} unitsInScope unitsInspected inspections rate }
      c1: coverage(filter: ${f}, by: [YEAR, DISTRICT]) { ${dims} unitsInScope unitsInspected inspections rate }
      c2: coverage(filter: ${f}, by: [UNIT_KIND]) { ${dims} unitsInScope unitsInspected inspections rate }
      c3: coverage(filter: ${f}, by: [UNIT]) { ${dims} unitsInScope unitsInspected inspections rate }
      p0: compliance(filter: ${f}, by: []) { ${dims} requirement { code } compliant partial nonCompliant notApplicable inspections score }
      p1: compliance(filter: ${f}, by: [YEAR, UNIT]) { ${dims} requirement { code } compliant partial nonCompliant notApplicable score }
      p2: compliance(filter: ${f}, by: [DISTRICT]) { ${dims} requirement { code } compliant partial nonCompliant notApplicable score }
      s0: complianceSummary(filter: ${f}, by: []) { compliant partial nonCompliant notApplicable findings score }
      s1: complianceSummary(filter: ${f}, by: [CATEGORY, YEAR]) { year category findings score }
      s2: complianceSummary(filter: ${f}, by: [DISTRICT, UNIT_KIND]) { district { code } unitKind findings score }
      a0: awardStats(filter: ${f}, by: []) { awards decisions }
      a1: awardStats(filter: ${f}, by: [YEAR, PERIOD, KIND]) { year period kind awards decisions }
      a2: awardStats(filter: ${f}, by: [UNIT, DISTRICT]) { unit { code } district { code } awards decisions }
      r0: planRate(filter: ${f}, by: []) { unitsInScope unitsWithPlan plans rate }
      r1: planRate(filter: ${f}, by: [YEAR, DISTRICT]) { year district { code } unitsInScope unitsWithPlan rate }
      r2: planRate(filter: ${f}, by: [UNIT]) { unit { code } unitsInScope unitsWithPlan rate }
      o0: openRecommendations(filter: ${f}, by: [], asOf: "2021-12-31") { recommendations open overdue resolved }
      o1: openRecommendations(filter: ${f}, by: [YEAR, DISTRICT], asOf: "2020-03-01") { year district { code } recommendations open overdue resolved }
      o2: openRecommendations(filter: ${f}, by: [UNIT], asOf: "2021-12-31") { unit { code } recommendations open overdue resolved }
    }`);
  }
}

describe('a reader scoped to district D1 gets exactly what an ADMIN gets with withinUnit D1', () => {
  it.each(SCOPED_ROLES)('%s: lists, counts, pages, search and analytics', async (role) => {
    const viewer = scoped(role);
    for (const q of [...FILTERED.map((f) => f.query), ...ANALYTICS]) {
      const admin = await ask(ADMIN, q, { w: 'D1' });
      expect(admin.errors, q).toBeUndefined();
      const own = await ask(viewer, q, { w: null });
      const ownWithin = await ask(viewer, q, { w: 'D1' });
      expect(own, q).toEqual(admin);
      expect(ownWithin, q).toEqual(admin);
      expectNothingOutside(own, q);
    }
  });

  it('the answers themselves are right (read off the drawing), so the comparison is not between two empty lists', async () => {
    const r = await ask(scoped('ANALYST'), `{
      units { totalCount nodes { code } }
      inspections(orderBy: CODE) { totalCount nodes { code } }
      cov: coverage(filter: {fromYear: 2020, toYear: 2020}, by: []) { unitsInScope unitsInspected rate }
      aw: awardStats(filter: {fromYear: 2015, toYear: 2021}, by: []) { awards decisions }
      cs: complianceSummary(filter: {fromYear: 2019, toYear: 2021}, by: []) { compliant partial nonCompliant notApplicable }
    }`);
    expect(r.errors).toBeUndefined();
    // D1 W1 W2 W3 W5 W6
    expect(r.data!.units).toEqual({ totalCount: 6, nodes: ['D1', 'W1', 'W2', 'W3', 'W5', 'W6'].map((code) => ({ code })) });
    expect(r.data!.inspections).toEqual({ totalCount: 5, nodes: ['I1', 'I2', 'I4', 'I5', 'I8'].map((code) => ({ code })) });
    // 2020: D1 W1 W2 W3 active (4), W2 (I4) and W3 (I5) inspected
    expect(r.data!.cov).toEqual([{ unitsInScope: 4, unitsInspected: 2, rate: 0.5 }]);
    // A1 to W1 W2, A2 to W1, A3 to W1 W3, A4 to W5: 6 awards in 4 decisions (A5 to W4 only: not there)
    expect(r.data!.aw).toEqual([{ awards: 6, decisions: 4 }]);
    // I1 C P, I2 N NA, I4 C NA, I5 C, I8 P
    expect(r.data!.cs).toEqual([{ compliant: 3, partial: 2, nonCompliant: 1, notApplicable: 2 }]);
  });

  it('a reader of a department sees that department alone (a non-district root: no rollup fast path)', async () => {
    const v = scoped('UNIT_OFFICER', ['S2']);
    const r = await ask(v, `{ units { nodes { code parent { code } } }
      coverage(filter: {fromYear: 2021, toYear: 2021}, by: [DISTRICT]) { district { code } unitsInScope unitsInspected }
      inspections { nodes { code } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      units: { nodes: [{ code: 'S2', parent: null }] },
      coverage: [{ district: null, unitsInScope: 1, unitsInspected: 1 }],
      inspections: { nodes: [{ code: 'I7' }] },
    });
  });

  it('a UNIT_OFFICER without a unit sees nothing (fail closed), a reader without roots the whole city', async () => {
    const none = await ask({ login: 'x', name: null, role: 'UNIT_OFFICER', scopeRoots: [] }, '{ units { totalCount } coverage(filter: {fromYear: 2020, toYear: 2020}, by: []) { unitsInScope } }');
    expect(none.data).toEqual({ units: { totalCount: 0 }, coverage: [{ unitsInScope: 0 }] });
    const city = await ask({ login: 'y', name: null, role: 'ANALYST', scopeRoots: [] }, '{ units { totalCount } }');
    expect(city.data).toEqual({ units: { totalCount: 11 } });
  });
});

describe('nothing outside the scope shows through edges, lookups or errors', () => {
  const viewer = scoped('ANALYST');

  it('lineage ends at the scope edge: W4, split into W5 and W6, is nobody the D1 reader can see', async () => {
    const r = await ask(viewer, `{
      w5: unit(code: "W5") { predecessors { code } successors { code } currentSuccessor { code } history { units { code } inspections { code } awards { decision { number } } } lineageEvents { type fromUnits { code } toUnits { code } } }
      w1: unit(code: "W1") { predecessors { code } history { units { code } inspections { code } } parent { code } district { code } }
      d1: unit(code: "D1") { parent { code } district { code } }
      events: lineageEvents { totalCount nodes { date type fromUnits { code } toUnits { code } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      w5: {
        predecessors: [], successors: [], currentSuccessor: { code: 'W5' },
        history: { units: [{ code: 'W5' }], inspections: [{ code: 'I8' }], awards: [{ decision: { number: '02/QĐ-UBND' } }] },
        lineageEvents: [{ type: 'SPLIT', fromUnits: [], toUnits: [{ code: 'W5' }, { code: 'W6' }] }],
      },
      // W2 merged into W1: both inside, so the history is whole; D1's parent (the city) is outside
      w1: { predecessors: [{ code: 'W2' }], history: { units: [{ code: 'W1' }, { code: 'W2' }], inspections: [{ code: 'I1' }, { code: 'I2' }, { code: 'I4' }] }, parent: { code: 'D1' }, district: { code: 'D1' } },
      d1: { parent: null, district: { code: 'D1' } },
      // the establishment of W3, the merge W2 → W1, the split of W4; not the rename S1 → S2 nor the dissolution of D2
      events: {
        totalCount: 3,
        nodes: [
          { date: '2020-04-01', type: 'ESTABLISH', fromUnits: [], toUnits: [{ code: 'W3' }] },
          { date: '2020-07-01', type: 'MERGE', fromUnits: [{ code: 'W2' }], toUnits: [{ code: 'W1' }] },
          { date: '2021-01-01', type: 'SPLIT', fromUnits: [], toUnits: [{ code: 'W5' }, { code: 'W6' }] },
        ],
      },
    });
    // the ADMIN sees the predecessor: the test is not vacuous
    const admin = await ask(ADMIN, '{ unit(code: "W5") { predecessors { code } history { inspections { code } } } }');
    expect(admin.data).toEqual({ unit: { predecessors: [{ code: 'W4' }], history: { inspections: [{ code: 'I9' }, { code: 'I6' }, { code: 'I8' }] } } });
  });

  it('inherited inspections stop at the edge: W5 was never inspected on 10/1/2021 for the D1 reader', async () => {
    const q = `{ uninspectedUnits(filter: {asOf: "2021-01-10", includePredecessors: true, unitKinds: [WARD]}) { nodes { unit { code } lastInspection { code } } } }`;
    const r = await ask(viewer, q);
    expect(r.errors).toBeUndefined();
    const nodes = (r.data!.uninspectedUnits as { nodes: { unit: { code: string }; lastInspection: { code: string } | null }[] }).nodes;
    // W1 inherits W2's I4 (20/5/2020, inside); W3 has I5 (15/8/2020); W5, W6 inherit nothing from W4
    expect(Object.fromEntries(nodes.map((n) => [n.unit.code, n.lastInspection?.code ?? null]))).toEqual({ W1: 'I4', W3: 'I5', W5: null, W6: null });
    expectNothingOutside(r, q);
    const admin = await ask(ADMIN, `{ uninspectedUnits(filter: {asOf: "2021-01-10", includePredecessors: true, withinUnit: "D1", unitKinds: [WARD]}) { nodes { unit { code } lastInspection { code } } } }`);
    const adminNodes = (admin.data!.uninspectedUnits as { nodes: { unit: { code: string }; lastInspection: { code: string } | null }[] }).nodes;
    expect(Object.fromEntries(adminNodes.map((n) => [n.unit.code, n.lastInspection?.code ?? null]))).toEqual({ W1: 'I4', W3: 'I5', W5: 'I6', W6: 'I6' });
  });

  it('an award decision shows its recipients in scope only; one with none is not there', async () => {
    const r = await ask(viewer, `{ awardDecisions { totalCount nodes { id number awards { recipient { code } } } } }`);
    expect(r.errors).toBeUndefined();
    const nodes = (r.data!.awardDecisions as { totalCount: number; nodes: { id: string; number: string | null; awards: { recipient: { code: string } }[] }[] });
    expect(nodes.totalCount).toBe(4);
    expect(nodes.nodes.map((d) => [d.number, d.awards.map((a) => a.recipient.code)])).toEqual([
      ['01/QĐ-UBND', ['W1', 'W2']],
      ['05/QĐ-UBND', ['W1', 'W3']],
      ['02/QĐ-UBND', ['W5']],
      [null, ['W1']],
    ]);
    const admin = await ask(ADMIN, `{ awardDecisions(filter: {fromYear: 2020, toYear: 2020, kinds: [GIAY_KHEN]}) { nodes { id number } } }`);
    const a5 = (admin.data!.awardDecisions as { nodes: { id: string; number: string }[] }).nodes.find((d) => d.number === '09/QĐ-UBND')!;
    expect(a5).toBeDefined();
    const lookup = await ask(viewer, `query ($id: ID!) { awardDecision(id: $id) { number } unknown: awardDecision(id: 99999) { number } }`, { id: a5.id });
    expect({ ...lookup, extensions: undefined }).toEqual({ data: { awardDecision: null, unknown: null } });
  });

  it('teams and sources: only those of records in scope, counted in scope', async () => {
    const q = `{ inspectionTeams { totalCount nodes { name inspectionCount } } team3: inspectionTeam(name: "Đoàn kiểm tra số 3") { name }
                 sourceDocuments(page: {first: 100}) { nodes { title kind } } }`;
    const r = await ask(viewer, q);
    expect(r.errors).toBeUndefined();
    // team 1: I1 I4 I5 I8; team 2: I2 (I3, I6, I7 are outside)
    expect(r.data!.inspectionTeams).toEqual({ totalCount: 2, nodes: [{ name: 'Đoàn kiểm tra số 1', inspectionCount: 4 }, { name: 'Đoàn kiểm tra số 2', inspectionCount: 1 }] });
    expect(r.data!.team3).toBeNull();
    expectNothingOutside(r, q);
    const teamFilter = await ask(viewer, '{ inspections(filter: {team: "Đoàn kiểm tra số 3"}) { totalCount } }');
    const unknownTeam = await ask(viewer, '{ inspections(filter: {team: "Đoàn kiểm tra số 9"}) { totalCount } }');
    expect(teamFilter.errors![0].message.replace('số 3', 'số 9')).toBe(unknownTeam.errors![0].message);
  });

  it('a code outside and an unknown code get the same answer: null for lookups, the same FORBIDDEN for filters', async () => {
    const lookups = await ask(viewer, '{ a: unit(code: "D2") { code } b: unit(code: "NOPE") { code } c: inspection(code: "I6") { code } d: inspection(code: "NOPE") { code } }');
    expect({ ...lookups, extensions: undefined }).toEqual({ data: { a: null, b: null, c: null, d: null } });
    const filters: [string, string][] = [
      ['inspections', 'withinUnit'], ['inspections', 'unitCode'], ['inspections', 'districtCode'], ['findings', 'withinUnit'], ['recommendations', 'unitCode'],
      ['awards', 'recipientCode'], ['plans', 'withinUnit'], ['models', 'unitCode'], ['units', 'withinUnit'], ['units', 'parentCode'], ['units', 'districtCode'],
      ['lineageEvents', 'unitCode'], ['uninspectedUnits', 'withinUnit'], ['uninspectedUnits', 'districtCode'],
    ];
    for (const [list, arg] of filters) {
      for (const outside of ['D2', 'W4', 'S1', 'C']) {
        const a = await ask(viewer, `query ($c: String) { ${list}(filter: {${arg}: $c}) { totalCount } }`, { c: outside });
        const b = await ask(viewer, `query ($c: String) { ${list}(filter: {${arg}: $c}) { totalCount } }`, { c: 'NOPE' });
        // analytics fields and record lists are nullable (issue 11.6): only the refused field is null
        expect(a.data, `${list}.${arg}`).toEqual({ [list]: null });
        expect(a.errors![0].extensions).toEqual({ code: 'FORBIDDEN', argument: `filter.${arg}` });
        expect(a.errors![0].message).toBe(`filter.${arg}: no unit "${outside}" in your scope`);
        expect(JSON.stringify(a).replaceAll(`\\"${outside}\\"`, '\\"NOPE\\"')).toBe(JSON.stringify(b));
      }
    }
    for (const outside of ['D2', 'W4']) {
      // a where naming a unit (eq, in, notIn) is looked up as a filter is: the same FORBIDDEN for outside and unknown
      const q = `query ($c: String!) { inspections(where: {or: [{code: {eq: "I1"}}, {districtCode: {notIn: ["D1", $c]}}]}) { totalCount } }`;
      const a = await ask(viewer, q, { c: outside });
      expect(a.errors![0]).toMatchObject({ message: `where.or[1].districtCode.notIn[1]: no unit "${outside}" in your scope`, extensions: { code: 'FORBIDDEN' } });
      expect(JSON.stringify(a).replaceAll(`\\"${outside}\\"`, '\\"NOPE\\"')).toBe(JSON.stringify(await ask(viewer, q, { c: 'NOPE' })));
    }
    for (const outside of ['D2', 'W4']) {
      // a nested list's where is checked once for the whole request (shared/nested-arguments.ts): one FORBIDDEN, worded as for an unknown code
      const q = `query ($c: String!) { units { nodes { code inspections(where: {unitCode: {eq: $c}}) { code } } } }`;
      const a = await ask(viewer, q, { c: outside });
      expect(a.data).toBeUndefined();
      expect(a.errors).toHaveLength(1);
      expect(a.errors![0]).toMatchObject({ message: `where.unitCode.eq: no unit "${outside}" in your scope`, extensions: { code: 'FORBIDDEN' } });
      expect(JSON.stringify(a).replaceAll(`\\"${outside}\\"`, '\\"NOPE\\"')).toBe(JSON.stringify(await ask(viewer, q, { c: 'NOPE' })));
    }
    const analytics = await ask(viewer, '{ coverage(filter: {fromYear: 2020, toYear: 2020, withinUnit: "D2"}, by: []) { rate } }');
    expect(analytics.errors![0]).toMatchObject({ message: 'filter.withinUnit: no unit "D2" in your scope', extensions: { code: 'FORBIDDEN' } });
    // the ADMIN still hears that a code is unknown
    const admin = await ask(ADMIN, '{ inspections(filter: {withinUnit: "NOPE"}) { totalCount } }');
    expect(admin.errors![0]).toMatchObject({ message: 'filter.withinUnit: unknown unit code "NOPE"', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('the audit trail: ADMIN and LEADER only, and a scoped one reads only the entries about units of the scope', async () => {
    const page = 'page: {first: 500}';
    const keys = async (viewer: Viewer, filter = '') => {
      const r = await ask(viewer, `{ auditLog(${filter}${page}) { totalCount nodes { recordType recordKey } } }`);
      expect(r.errors, filter).toBeUndefined();
      const log = r.data!.auditLog as { totalCount: number; nodes: { recordType: string; recordKey: string }[] };
      return { total: log.totalCount, keys: log.nodes.map((n) => `${n.recordType} ${n.recordKey}`) };
    };
    const city = await keys(ADMIN);
    const d1 = await keys(scoped('LEADER'));
    // the city's trail has the outside records; D1's has the inside ones and the shared catalogue
    for (const k of ['UNIT W4', 'UNIT S1', 'INSPECTION I9', 'FINDING I9/R1', 'INSPECTION I3', 'AWARD W4/09/QĐ-UBND']) expect(city.keys.some((c) => c.startsWith(k)), k).toBe(true);
    for (const k of ['UNIT W1', 'UNIT W5', 'INSPECTION I1', 'FINDING I1/R1', 'INSPECTION I8', 'REQUIREMENT R1']) expect(d1.keys, k).toContain(k);
    for (const k of d1.keys) {
      expect(k, 'nothing about a unit outside D1').not.toMatch(/^(UNIT (C|D2|W4|S1|S2)|INSPECTION I[3679]|FINDING I[3679]\/|RECOMMENDATION I[3679]\/|AWARD (W4|S1|S2|C|D2)\/|PLAN (W4|S1|S2|C|D2)\/|MODEL (W4|S1|S2|C|D2)\/|SOURCE |TEAM |AWARD_DECISION |LINEAGE_EVENT )/);
    }
    expect(d1.total).toBe(d1.keys.length);
    expect(d1.total).toBeLessThan(city.total);
    // a record outside answers like a record that does not exist
    expect((await keys(scoped('LEADER'), 'filter: {recordKey: "I9", includeChildren: true}, ')).total).toBe(0);
    expect((await keys(scoped('LEADER'), 'filter: {recordKey: "I-NONE", includeChildren: true}, ')).total).toBe(0);
    expect((await keys(ADMIN, 'filter: {recordKey: "I9", includeChildren: true}, ')).keys.sort()).toEqual(['FINDING I9/R1', 'INSPECTION I9']);
    // the other roles may not read it at all (SPEC §6.4)
    for (const role of ['ANALYST', 'INSPECTOR', 'UNIT_OFFICER'] as Role[]) {
      const r = await ask(scoped(role, []), '{ auditLog { totalCount } }');
      expect(r.data, role).toEqual({ auditLog: null });
      expect(r.errors![0].extensions, role).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('under CURRENT a successor outside the scope is never named: W4\'s records count under W4 for a reader of D2', async () => {
    const d2 = scoped('LEADER', ['D2']);
    const q = '{ coverage(filter: {fromYear: 2020, toYear: 2020, structure: CURRENT}, by: [UNIT]) { unit { code } unitsInspected inspections } unit(code: "W4") { currentSuccessor { code } successors { code } } }';
    const r = await ask(d2, q);
    expect(r.errors).toBeUndefined();
    // D2 not inspected; W4 inspected twice (I9, I6); W4's current successor W5 lies in D1
    expect(r.data).toEqual({
      coverage: [{ unit: { code: 'D2' }, unitsInspected: 0, inspections: 0 }, { unit: { code: 'W4' }, unitsInspected: 1, inspections: 2 }],
      unit: { currentSuccessor: { code: 'W4' }, successors: [] },
    });
  });
});

describe('exports and report packs hold the scope', () => {
  const viewer = scoped('ANALYST');
  const rowsOf = async (table: { batches: AsyncIterable<Row[]> }) => {
    const rows: Row[] = [];
    for await (const b of table.batches) rows.push(...b);
    return rows;
  };

  it('every dataset and analytics table equals the ADMIN\'s withinUnit D1 export, and names nothing outside', async () => {
    const names = ['units', 'lineage', 'requirements', 'inspections', 'findings', 'recommendations', 'awards', 'plans', 'models', 'coverage', 'compliance', 'compliance-summary', 'award-stats', 'plan-rate', 'open-recommendations', 'uninspected-units'];
    for (const name of names) {
      const base = { name, format: 'csv' as const, lang: 'code' as const, fromYear: 2019, toYear: 2021, asOf: '2021-12-31' };
      const own = await rowsOf(await exportTable(t.db, t.execute, { ...base, viewer }));
      const admin = await rowsOf(await exportTable(t.db, t.execute, { ...base, withinUnit: 'D1', viewer: ADMIN }));
      if (name === 'lineage') {
        // the ADMIN's rows name W4 as the SPLIT's from-unit; the reader's rows name no unit outside
        expect(own.map((r) => [r.date, r.type, r.from_codes, r.to_codes])).toEqual([
          ['2020-04-01', 'ESTABLISH', null, 'W3'],
          ['2020-07-01', 'MERGE', 'W2', 'W1'],
          ['2021-01-01', 'SPLIT', null, 'W5;W6'],
        ]);
      } else if (name === 'units') {
        // the root's parent (the city) is not named to the reader
        expect(own, name).toEqual(admin.map((r) => (r.code === 'D1' ? { ...r, parent_code: null } : r)));
      } else {
        expect(own, name).toEqual(admin);
      }
      expectNothingOutside(own, name);
    }
    await expect(exportTable(t.db, t.execute, { name: 'inspections', format: 'csv', lang: 'code', withinUnit: 'D2', viewer })).rejects.toMatchObject({ status: 403, message: 'withinUnit: no unit "D2" in your scope' });
    await expect(exportTable(t.db, t.execute, { name: 'coverage', format: 'csv', lang: 'code', fromYear: 2020, withinUnit: 'NOPE', viewer })).rejects.toMatchObject({ status: 403 });
  });

  it('the report pack equals the ADMIN\'s pack for withinUnit D1, sheet by sheet', async () => {
    const now = new Date(2026, 10, 27, 10, 30);
    const pack = async (options: Parameters<typeof writeReport>[2]) => {
      const chunks: Buffer[] = [];
      await writeReport(t.db, t.execute, options, new Writable({ write(c, _e, cb) { chunks.push(c as Buffer); cb(); } }));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.concat(chunks) as never);
      return wb.worksheets.map((ws) => {
        const rows: unknown[][] = [];
        ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
        return [ws.name, rows] as const;
      });
    };
    const own = await pack({ fromYear: 2019, toYear: 2021, now, viewer });
    const admin = await pack({ fromYear: 2019, toYear: 2021, now, withinUnit: 'D1', viewer: ADMIN });
    expect(own).toEqual(admin);
    expectNothingOutside(own, 'report pack');
    const overview = Object.fromEntries(own.find(([n]) => n === 'Tổng quan')![1].map((r) => [r[0], r[1]]));
    // 2019–2021 in D1: D1 W1 W2 W3 W5 W6 active (6), W1 W2 W3 W5 inspected (4); 5 inspections
    expect(overview['Số đơn vị thuộc phạm vi']).toBe(6);
    expect(overview['Số đơn vị đã được kiểm tra']).toBe(4);
    expect(overview['Số cuộc kiểm tra']).toBe(5);
  });
});
