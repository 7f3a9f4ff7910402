import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { seed } from '../seed/seed.service.js';
import {
  AWARDS_2015_2020_BY_PERIOD, COMPLIANCE_PER_REQUIREMENT_2015_2020, CURRENT_STRUCTURE_AND_NESTED, CURRENT_STRUCTURE_AND_NESTED_VARIABLES, DEPARTMENT_MERGES_2025, COVERAGE_WARDS_2019_AND_DEPARTMENTS_CURRENT, EXAMPLES, MONTHLY_SERIES,
  MONTHLY_SERIES_VARIABLES, PAGING_WITH_A_CURSOR, TOP_10_NON_COMPLIANT_UNITS, UNIT_HISTORY, UNIT_HISTORY_VARIABLES,
} from './examples.js';

/**
 * The example queries (shown in the explorer) on the seeded database: reference units, the founding
 * record and DEMO data. Expected numbers come from the reference CSVs and the founding record, not
 * from the DEMO generator's random choices.
 */
let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await seed(t.em());
}, 180_000);
afterAll(() => t?.close());

async function run(query: string, variables?: Record<string, unknown>) {
  const res = await (await t.app()).execute(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as Record<string, never>;
}

describe('example queries on the seeded data', () => {
  it('every example runs without errors', async () => {
    for (const ex of EXAMPLES) {
      const res = await (await t.app()).execute(ex.query, ex.variables);
      expect(res.errors, ex.title).toBeUndefined();
    }
  });

  it('the README\'s analyst queries (a monthly series, a top-N, …) run as written', async () => {
    const readme = fs.readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## GraphQL for analysts'), readme.indexOf('\n## ', readme.indexOf('## GraphQL for analysts') + 5));
    const blocks = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.some((b) => b.includes('by: [YEAR, MONTH]'))).toBe(true);
    expect(blocks.some((b) => b.includes('limit: 10'))).toBe(true);
    for (const b of blocks) {
      const res = await (await t.app()).execute(b);
      expect(res.errors, b).toBeUndefined();
    }
  });

  it('paging with the cursor example visits every inspection of 2015–2026 once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const page = (await run(PAGING_WITH_A_CURSOR, { after })).inspections as { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: { code: string }[] };
      total = page.totalCount;
      seen.push(...page.nodes.map((n) => n.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(100);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('the monthly series: 12 months whose inspections add up to the year\'s; the first half between', async () => {
    const data = await run(MONTHLY_SERIES, MONTHLY_SERIES_VARIABLES);
    const months = data.coverage as { month: number; inspections: number; unitsInspected: number; unitsInScope: number }[];
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const year = (await run(`{ coverage(filter: { fromYear: 2024, toYear: 2024, unitKinds: [WARD, COMMUNE] }, by: [YEAR]) { inspections unitsInspected } }`)).coverage as { inspections: number; unitsInspected: number }[];
    expect(months.reduce((n, m) => n + m.inspections, 0)).toBe(year[0].inspections);
    const half = (data.firstHalf as { unitsInspected: number }[])[0].unitsInspected;
    expect(half).toBeGreaterThanOrEqual(Math.max(...months.slice(0, 6).map((m) => m.unitsInspected)));
    expect(half).toBeLessThanOrEqual(year[0].unitsInspected);
    const findings = data.complianceSummary as { month: number; nonCompliant: number }[];
    const all = (await run(`{ complianceSummary(filter: { fromYear: 2024, toYear: 2024 }, by: []) { nonCompliant } }`)).complianceSummary as { nonCompliant: number }[];
    expect(findings.reduce((n, m) => n + m.nonCompliant, 0)).toBe(all[0].nonCompliant);
  });

  it('the top 10 by NON_COMPLIANT findings are the first 10 of every unit so ordered', async () => {
    const top = (await run(TOP_10_NON_COMPLIANT_UNITS)).complianceSummary as { unit: { code: string }; nonCompliant: number }[];
    expect(top).toHaveLength(10);
    const every = (await run(`{ complianceSummary(filter: { fromYear: 2015, toYear: 2026 }, by: [UNIT]) { unit { code } nonCompliant score } }`)).complianceSummary as { unit: { code: string }; nonCompliant: number; score: number | null }[];
    const sorted = [...every].sort((a, b) => b.nonCompliant - a.nonCompliant || (a.score ?? 2) - (b.score ?? 2) || (a.unit.code < b.unit.code ? -1 : 1));
    expect(top.map((r) => [r.unit.code, r.nonCompliant])).toEqual(sorted.slice(0, 10).map((r) => [r.unit.code, r.nonCompliant]));
  });

  it('coverage of wards by district in 2019 and of departments per year 2015–2026 (current structure) is one query', async () => {
    const data = await run(COVERAGE_WARDS_2019_AND_DEPARTMENTS_CURRENT);
    const wards = data.wardsByDistrict2019 as { district: { code: string }; unitsInScope: number; unitsInspected: number }[];
    // reference/units.csv: the 45 phường of 2019 lie in the six quận (Hòa Vang has xã, Hoàng Sa none)
    expect(wards.map((r) => [r.district.code, r.unitsInScope])).toEqual([
      ['D490', 5], ['D491', 10], ['D492', 13], ['D493', 7], ['D494', 4], ['D495', 6],
    ]);
    for (const r of wards) expect(r.unitsInspected).toBeLessThanOrEqual(r.unitsInScope);
    const depts = data.departmentsPerYear as { year: number; unitsInScope: number }[];
    expect(depts.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    // in 2026 the 15 departments of reference/units.csv are their own current successors
    expect(depts.at(-1)!.unitsInScope).toBe(15);
  });

  it('compliance per requirement 2015–2020: one row per requirement in force then, scores between 0 and 1', async () => {
    const rows = (await run(COMPLIANCE_PER_REQUIREMENT_2015_2020)).compliance as { requirement: { code: string }; score: number | null }[];
    // reference/requirements.csv: the 19 of ND04_2015 and the 4 of PL34_2007 apply before 2023;
    // the 7 of LUAT10_2022 (QCDC-04, 13, 14, 18, 20, 21, X04) only from 2023-07-01
    const valid = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 19, 22, 23, 24, 25].map((n) => `QCDC-${String(n).padStart(2, '0')}`);
    expect(rows.map((r) => r.requirement.code)).toEqual([...valid, 'QCDC-X01', 'QCDC-X02', 'QCDC-X03', 'QCDC-X05']);
    for (const r of rows) if (r.score !== null) expect(r.score).toBeGreaterThanOrEqual(0), expect(r.score).toBeLessThanOrEqual(1);
  });

  it('the 2015–2020 Bằng khen (no number, no date) counts its 18 recipients: 1 real + 17 DEMO', async () => {
    const rows = (await run(AWARDS_2015_2020_BY_PERIOD)).awardStats as { period: string | null; kind: string; awards: number }[];
    expect(rows.find((r) => r.period === '2015-2020')).toEqual({ period: '2015-2020', kind: 'BANG_KHEN', awards: 18 });
    const byPeriod = (await run(`{ awardStats(filter: {fromYear: 2015, toYear: 2020}, by: [PERIOD]) { period awards } }`)).awardStats as { period: string | null; awards: number }[];
    expect(byPeriod[0]).toEqual({ period: '2015-2020', awards: 18 });
  });

  it('today\'s Sở Tài chính shows the 2021 inspection of Sở Kế hoạch và Đầu tư in its history', async () => {
    const unit = (await run(UNIT_HISTORY, UNIT_HISTORY_VARIABLES)).unit as {
      predecessors: { code: string }[];
      history: { units: { code: string }[]; inspections: { code: string; date: string; unit: { code: string } }[] };
    };
    expect(unit.predecessors.map((u) => u.code)).toEqual(['S_KHDT', 'S_TAICHINH_OLD']);
    expect(unit.history.units.map((u) => u.code)).toEqual(['S_KHDT', 'S_TAICHINH_2025', 'S_TAICHINH_OLD']);
    expect(unit.history.inspections).toContainEqual(
      expect.objectContaining({ code: 'KT-2021-S_KHDT-0001', date: '2021-10-27', unit: { code: 'S_KHDT' } }),
    );
  });

  it('structure: CURRENT on a record list and nested arguments: the founding inspection under today\'s Sở Tài chính', async () => {
    const data = await run(CURRENT_STRUCTURE_AND_NESTED, CURRENT_STRUCTURE_AND_NESTED_VARIABLES);
    const listed = data.inspections as { totalCount: number; nodes: { code: string; unit: { code: string } }[] };
    // Sở KH&ĐT's 27/10/2021 inspection counts under its current successor (reference/lineage.csv)
    expect(listed.nodes).toContainEqual(expect.objectContaining({ code: 'KT-2021-S_KHDT-0001', unit: expect.objectContaining({ code: 'S_KHDT' }) }));
    expect(listed.totalCount).toBe(listed.nodes.length);
    const unit = data.unit as {
      history: { units: { code: string }[]; inspections: { code: string; date: string }[]; awards: { recipient: { code: string }; decision: { number: string | null; period: string | null } }[] };
    };
    // the two departments merged into it have ended; the unit itself has not
    expect(unit.history.units.map((u) => u.code)).toEqual(['S_KHDT', 'S_TAICHINH_OLD']);
    expect(unit.history.inspections.every((i) => i.date >= '2021-01-01')).toBe(true);
    expect(unit.history.inspections.map((i) => i.code)).toContain('KT-2021-S_KHDT-0001');
    // the founding Bằng khen of the 2015–2020 period, to Sở KH&ĐT, without a known number (SPEC §2)
    expect(unit.history.awards).toContainEqual({ recipient: { code: 'S_KHDT' }, decision: { number: null, period: '2015-2020' } });
  });

  it('the 2025 department merges (where over the lineage link): the six of reference/lineage.csv, each of two departments', async () => {
    const events = (await run(DEPARTMENT_MERGES_2025)).lineageEvents as {
      totalCount: number;
      nodes: { date: string; fromUnits: { code: string; inspections: { date: string }[] }[]; toUnits: { code: string }[] }[];
    };
    expect(events.totalCount).toBe(6);
    expect(events.nodes.map((e) => e.toUnits.map((u) => u.code).join()).sort()).toEqual(
      ['S_KHCN_2025', 'S_NNMT_2025', 'S_NOIVU_2025', 'S_TAICHINH_2025', 'S_VHTTDL_2025', 'S_XAYDUNG_2025'],
    );
    const taichinh = events.nodes.find((e) => e.toUnits[0].code === 'S_TAICHINH_2025')!;
    expect(taichinh.fromUnits.map((u) => u.code).sort()).toEqual(['S_KHDT', 'S_TAICHINH_OLD']);
    for (const e of events.nodes) for (const u of e.fromUnits) for (const i of u.inspections) expect(i.date >= '2023-01-01').toBe(true);
  });

  it('accent-insensitive search ranks the closest name first', async () => {
    const data = await run(`{ a: units(filter: {search: "da nang"}, page: {first: 1}) { nodes { code } }
                              b: units(filter: {search: "KE HOACH dau tu"}) { nodes { code } } }`);
    expect(data.a).toEqual({ nodes: [{ code: 'DN' }] }); // "Thành phố Đà Nẵng" is the shortest name containing it
    expect(data.b).toEqual({ nodes: [{ code: 'S_KHDT' }] }); // every word must occur, in any order
  });
});
