import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningTown } from '../../test/fixtures/planning-town.js';
import { testDatabase, type TestDb } from '../../test/db.js';

/** Expected values are worked out by hand in test/fixtures/planning-town.ts. */
let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(planningTown);
}, 120_000);
afterAll(() => t?.close());

async function run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await (await t.app()).execute(query, variables);
  if (res.errors) throw new Error(res.errors.map((e) => e.message).join('; '));
  return res.data as T;
}

async function fails(query: string, variables?: Record<string, unknown>): Promise<string> {
  const res = await (await t.app()).execute(query, variables);
  expect(res.errors?.length).toBeGreaterThan(0);
  return res.errors!.map((e) => e.message).join('; ');
}

const ROWS = `query ($asOf: Date!, $filter: PriorityFilter, $orderBy: PriorityOrder, $limit: Int, $weights: [FactorWeightInput!]) {
  inspectionPriorities(asOf: $asOf, filter: $filter, orderBy: $orderBy, limit: $limit, weights: $weights) {
    rank total score unit { code } district { code } districtFromPredecessors predecessors historyKnownFrom
    inspections inspectionsLast5Years lastInspectionDate daysSince yearsSince neverInspected lastRating lastScore previousScore
    openRecommendations overdueRecommendations maxDaysOverdue hasPlan
    lastInspection { code unit { code } isDemo } lastInspectionInherited
    factors { name value weight points }
  }
}`;

type Row = Record<string, any> & { factors: { name: string; value: number | null; weight: number; points: number }[] };
const points = (r: Row) => Object.fromEntries(r.factors.map((f) => [f.name, f.points]));

describe('inspectionPriorities on the planning town (asOf 2024-12-31)', () => {
  let rows: Row[];
  beforeAll(async () => {
    rows = (await run<{ inspectionPriorities: Row[] }>(ROWS, { asOf: '2024-12-31' })).inspectionPriorities;
  });

  it('ranks the six active units by score, highest first, with the scores worked out by hand', () => {
    expect(rows.map((r) => [r.unit.code, r.score])).toEqual([
      ['F', 54.99], ['E', 50], ['D1', 40], ['AB', 35.1], ['D2', 10.74], ['S', 6.42],
    ]);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.every((r) => r.total === 6)).toBe(true);
  });

  it('the factors add up to the score, and each is weight × value', () => {
    for (const r of rows) {
      expect(r.factors.map((f) => f.name)).toEqual(['NEVER_INSPECTED', 'YEARS_SINCE_LAST', 'LOW_COMPLIANCE', 'COMPLIANCE_DECLINE', 'OVERDUE_RECOMMENDATIONS', 'NO_ANNUAL_PLAN']);
      expect(r.factors.reduce((s, f) => s + f.points, 0)).toBeCloseTo(r.score, 9);
      for (const f of r.factors) expect(f.points).toBeCloseTo(f.weight * (f.value ?? 0), 9);
    }
  });

  it('the merged ward AB inherits the history of A and B: last inspection I2 of B, the one before I1 of A', () => {
    const ab = rows.find((r) => r.unit.code === 'AB')!;
    expect(ab).toMatchObject({
      predecessors: 2, inspections: 2, inspectionsLast5Years: 1, lastInspectionDate: '2021-04-20', daysSince: 1351, yearsSince: 3.7,
      lastInspection: { code: 'I2', unit: { code: 'B' }, isDemo: false }, lastInspectionInherited: true,
      lastRating: 'SATISFACTORY', lastScore: 0.5, previousScore: 1,
      openRecommendations: 2, overdueRecommendations: 1, maxDaysOverdue: 1096, hasPlan: true,
      district: { code: 'D1' }, districtFromPredecessors: true, historyKnownFrom: null, neverInspected: false,
    });
    expect(points(ab)).toEqual({ NEVER_INSPECTED: 0, YEARS_SINCE_LAST: 11.1, LOW_COMPLIANCE: 10, COMPLIANCE_DECLINE: 10, OVERDUE_RECOMMENDATIONS: 4, NO_ANNUAL_PLAN: 0 });
    expect(ab.factors.find((f) => f.name === 'COMPLIANCE_DECLINE')!.value).toBe(0.5);
  });

  it('never inspected ranks by an explicit factor with points, not a null; E says its history before 2023 is unknown', () => {
    const e = rows.find((r) => r.unit.code === 'E')!;
    expect(e).toMatchObject({ neverInspected: true, inspections: 0, lastInspection: null, lastInspectionDate: null, yearsSince: null, historyKnownFrom: '2023-01-01', hasPlan: false });
    expect(e.factors.find((f) => f.name === 'NEVER_INSPECTED')).toEqual({ name: 'NEVER_INSPECTED', value: 1, weight: 40, points: 40 });
    expect(e.factors.find((f) => f.name === 'YEARS_SINCE_LAST')).toEqual({ name: 'YEARS_SINCE_LAST', value: null, weight: 3, points: 0 });
    const d1 = rows.find((r) => r.unit.code === 'D1')!;
    expect(d1).toMatchObject({ neverInspected: true, historyKnownFrom: null, district: { code: 'D1' }, districtFromPredecessors: false });
  });

  it('F: eight years without a visit, compliance 0, no plan; D2: a recommendation resolved after asOf is still overdue at asOf', () => {
    const f = rows.find((r) => r.unit.code === 'F')!;
    expect(f).toMatchObject({ daysSince: 3043, lastScore: 0, previousScore: null, lastRating: 'UNSATISFACTORY', inspectionsLast5Years: 0, lastInspectionInherited: false });
    expect(points(f)).toEqual({ NEVER_INSPECTED: 0, YEARS_SINCE_LAST: 24.99, LOW_COMPLIANCE: 20, COMPLIANCE_DECLINE: 0, OVERDUE_RECOMMENDATIONS: 0, NO_ANNUAL_PLAN: 10 });
    const d2 = rows.find((r) => r.unit.code === 'D2')!;
    expect(d2).toMatchObject({ openRecommendations: 1, overdueRecommendations: 1, maxDaysOverdue: 92, lastScore: 0.75 });
  });

  it('S: an inspection after asOf does not count, and a score without applicable findings gives no compliance points', () => {
    const s = rows.find((r) => r.unit.code === 'S')!;
    expect(s).toMatchObject({ inspections: 1, lastInspection: { code: 'I5' }, lastScore: null, district: null });
    expect(s.factors.find((f) => f.name === 'LOW_COMPLIANCE')).toEqual({ name: 'LOW_COMPLIANCE', value: null, weight: 20, points: 0 });
  });

  it('a lineage event after asOf does not move history; after it, S2 inherits S and its DEMO inspection I6', async () => {
    const later = (await run<{ inspectionPriorities: Row[] }>(ROWS, { asOf: '2025-06-30', filter: { unitKinds: ['DEPARTMENT'] } })).inspectionPriorities;
    expect(later.map((r) => r.unit.code)).toEqual(['S2']);
    expect(later[0]).toMatchObject({ predecessors: 1, inspections: 2, lastInspection: { code: 'I6', unit: { code: 'S' }, isDemo: true }, lastInspectionInherited: true, daysSince: 149 });
  });

  it('filters by district (AB through its predecessors) and kind; orders by years since or overdue recommendations; limits', async () => {
    const d1 = (await run<{ inspectionPriorities: Row[] }>(ROWS, { asOf: '2024-12-31', filter: { districtCode: 'D1' } })).inspectionPriorities;
    expect(d1.map((r) => [r.unit.code, r.rank])).toEqual([['E', 1], ['D1', 2], ['AB', 3]]);
    const wards = (await run<{ inspectionPriorities: Row[] }>(ROWS, { asOf: '2024-12-31', filter: { unitKinds: ['WARD', 'COMMUNE'] }, orderBy: 'YEARS_SINCE' })).inspectionPriorities;
    expect(wards.map((r) => r.unit.code)).toEqual(['E', 'F', 'AB']);
    const overdue = (await run<{ inspectionPriorities: Row[] }>(ROWS, { asOf: '2024-12-31', orderBy: 'OVERDUE', limit: 2 })).inspectionPriorities;
    expect(overdue.map((r) => r.unit.code)).toEqual(['AB', 'D2']);
  });

  it('weights given in the query replace the defaults and re-rank', async () => {
    const w = await run<{ inspectionPriorities: Row[] }>(ROWS, { asOf: '2024-12-31', weights: [{ factor: 'NEVER_INSPECTED', weight: 100 }, { factor: 'NO_ANNUAL_PLAN', weight: 0 }], limit: 3 });
    // E 100, D1 100 (tie: code), F 24.99 + 20
    expect(w.inspectionPriorities.map((r) => [r.unit.code, r.score])).toEqual([['D1', 100], ['E', 100], ['F', 44.99]]);
    const defs = await run(`{ priorityFactors(weights: [{factor: OVERDUE_RECOMMENDATIONS, weight: 7}]) { name defaultWeight weight cap labelVi } }`);
    expect(defs.priorityFactors.find((f: { name: string }) => f.name === 'OVERDUE_RECOMMENDATIONS')).toEqual({ name: 'OVERDUE_RECOMMENDATIONS', defaultWeight: 4, weight: 7, cap: 5, labelVi: 'Kiến nghị quá hạn chưa khắc phục' });
  });

  it('a scoped viewer sees only their subtrees: nothing outside counts, not even as a predecessor (SPEC §6.1)', async () => {
    const viewer = (scopeRoots: string[]) => ({ login: 'x', name: null, role: 'ANALYST' as const, scopeRoots });
    const asD1 = await (await t.app()).execute(ROWS, { asOf: '2024-12-31' }, viewer(['D1']));
    expect((asD1.data as { inspectionPriorities: Row[] }).inspectionPriorities.map((r) => [r.unit.code, r.total])).toEqual([['E', 2], ['D1', 2]]);
    const asAB = await (await t.app()).execute(ROWS, { asOf: '2024-12-31' }, viewer(['AB']));
    const [ab] = (asAB.data as { inspectionPriorities: Row[] }).inspectionPriorities;
    expect(ab).toMatchObject({ unit: { code: 'AB' }, predecessors: 0, inspections: 0, lastInspection: null, openRecommendations: 0, score: 40 });
  });

  it('bad input names the argument', async () => {
    expect(await fails(ROWS, { asOf: '31/02/2024' })).toMatch(/asOf|date/);
    expect(await fails(ROWS, { asOf: '2024-12-31', limit: 0 })).toMatch(/^limit: must be between 1 and 500/);
    expect(await fails(ROWS, { asOf: '2024-12-31', filter: { districtCode: 'NOPE' } })).toMatch(/filter.districtCode: unknown unit code "NOPE"/);
    expect(await fails(ROWS, { asOf: '2024-12-31', weights: [{ factor: 'NO_ANNUAL_PLAN', weight: -1 }] })).toMatch(/weights\[0\].weight: must be between 0 and 1000/);
  });
});

const PROGRAMME = `query ($input: ProgrammeInput!) {
  draftProgramme(input: $input) {
    year asOf cycleYears capacity unitsInScope coversCycle
    teams { name capacity visits }
    visits { seq unit { code } team month reason deadlineYear priority { score lastInspection { code } } }
    uncovered { unit { code } reason deadlineYear }
    horizon { year capacity due planned }
  }
}`;

describe('draftProgramme on the planning town (year 2025, N = 3)', () => {
  it('with capacity 5 every due unit is visited in 2025, dealt to teams by capacity and spread over the months; D2 follows in 2026', async () => {
    const { draftProgramme: p } = await run(PROGRAMME, { input: { year: 2025, cycleYears: 3, teams: [{ name: 'Đoàn 1', visits: 3 }, { name: 'Đoàn 2', visits: 2 }] } });
    expect(p).toMatchObject({ year: 2025, asOf: '2024-12-31', cycleYears: 3, capacity: 5, unitsInScope: 6, coversCycle: true, uncovered: [] });
    // deadlines: F (2016 + 3), AB (2021 + 3), S (2022 + 3) are late → 2025; E, D1 never inspected → 2025; D2 2024 + 3 = 2027
    expect(p.visits.map((v: any) => [v.seq, v.unit.code, v.team, v.month, v.reason, v.deadlineYear])).toEqual([
      [1, 'F', 'Đoàn 1', 3, 'CYCLE_DUE', 2025],
      [2, 'E', 'Đoàn 2', 3, 'NEVER_INSPECTED', 2025],
      [3, 'S', 'Đoàn 1', 6, 'CYCLE_DUE', 2025],
      [4, 'D1', 'Đoàn 2', 7, 'NEVER_INSPECTED', 2025],
      [5, 'AB', 'Đoàn 1', 9, 'CYCLE_DUE', 2025],
    ]);
    expect(p.teams).toEqual([{ name: 'Đoàn 1', capacity: 3, visits: 3 }, { name: 'Đoàn 2', capacity: 2, visits: 2 }]);
    expect(p.horizon).toEqual([
      { year: 2025, capacity: 5, due: 5, planned: 5 },
      { year: 2026, capacity: 5, due: 0, planned: 1 },
      { year: 2027, capacity: 5, due: 0, planned: 0 },
    ]);
    expect(p.visits.find((v: any) => v.unit.code === 'AB').priority).toEqual({ score: 35.1, lastInspection: { code: 'I2' } });
  });

  it('with capacity 2 it takes the two highest-risk due units and names the three it cannot cover', async () => {
    const { draftProgramme: p } = await run(PROGRAMME, { input: { year: 2025, cycleYears: 3, teams: [{ name: 'Đoàn 1', visits: 2 }] } });
    expect(p.coversCycle).toBe(false);
    expect(p.visits.map((v: any) => [v.unit.code, v.month])).toEqual([['F', 3], ['E', 7]]);
    expect(p.uncovered).toEqual([
      { unit: { code: 'D1' }, reason: 'CAPACITY', deadlineYear: 2025 },
      { unit: { code: 'AB' }, reason: 'CAPACITY', deadlineYear: 2025 },
      { unit: { code: 'S' }, reason: 'CAPACITY', deadlineYear: 2025 },
    ]);
  });

  it('re-plans deterministically with pinned and excluded units and chosen months', async () => {
    const input = { year: 2025, cycleYears: 3, teams: [{ name: 'Đoàn 1', visits: 3 }, { name: 'Đoàn 2', visits: 2 }], pinned: ['D2'], excluded: ['S'], months: [4, 10] };
    const a = (await run(PROGRAMME, { input })).draftProgramme;
    const b = (await run(PROGRAMME, { input })).draftProgramme;
    expect(b).toEqual(a);
    expect(a.coversCycle).toBe(true);
    expect(a.uncovered).toEqual([{ unit: { code: 'S' }, reason: 'EXCLUDED', deadlineYear: 2025 }]);
    expect(a.visits.find((v: any) => v.unit.code === 'D2')).toMatchObject({ reason: 'PINNED', deadlineYear: 2027 });
    expect(a.visits.map((v: any) => v.unit.code).sort()).toEqual(['AB', 'D1', 'D2', 'E', 'F']);
    expect(new Set(a.visits.map((v: any) => v.month))).toEqual(new Set([4, 10]));
  });

  it('bad input names the field and plans nothing', async () => {
    const base = { year: 2025, cycleYears: 3, teams: [{ name: 'Đoàn 1', visits: 2 }] };
    expect(await fails(PROGRAMME, { input: { ...base, cycleYears: 0 } })).toMatch(/^input.cycleYears: must be between 1 and 10/);
    expect(await fails(PROGRAMME, { input: { ...base, teams: [] } })).toMatch(/^input.teams: give at least one team/);
    expect(await fails(PROGRAMME, { input: { ...base, teams: [{ name: 'X', visits: 1 }, { name: 'X', visits: 2 }] } })).toMatch(/^input.teams\[1\].name: "X" is given twice/);
    expect(await fails(PROGRAMME, { input: { ...base, pinned: ['A'] } })).toMatch(/^input.pinned\[0\]: "A" is not a unit in scope on 2024-12-31/);
    expect(await fails(PROGRAMME, { input: { ...base, pinned: ['F', 'E', 'D1'] } })).toMatch(/^input.pinned: 3 pinned units, but the teams can make only 2 visits/);
    expect(await fails(PROGRAMME, { input: { ...base, months: [13] } })).toMatch(/^input.months: months are 1–12, got 13/);
  });
});
