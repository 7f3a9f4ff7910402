import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCity } from '../../test/fixtures/small-city.js';
import { testDatabase, type TestDb } from '../../test/db.js';

/**
 * Every metric of SPEC §4 on the small city of test/fixtures/small-city.ts: each case is a query
 * beside the answer worked out by hand from the drawing there (the arithmetic is in `why`).
 */
interface Case {
  name: string;
  why: string;
  query: string;
  expected: Record<string, unknown>;
}

const cases: Case[] = [
  // ── compliance ────────────────────────────────────────────────────────────────────────────
  {
    name: 'compliance per requirement 2019–2020, NOT_APPLICABLE excluded from the score',
    why: 'R1: I1 C, I2 N, I3 P, I4 C, I5 C → (3 + 0.5)/5 = 0.7; R2: I1 P, I2 NA, I3 C, I4 NA, I6 NA → (1 + 0.5)/2 = 0.75',
    query: `{ compliance(filter: {fromYear: 2019, toYear: 2020}, by: []) { requirement { code } compliant partial nonCompliant notApplicable inspections score } }`,
    expected: {
      compliance: [
        { requirement: { code: 'R1' }, compliant: 3, partial: 1, nonCompliant: 1, notApplicable: 0, inspections: 5, score: 0.7 },
        { requirement: { code: 'R2' }, compliant: 1, partial: 1, nonCompliant: 0, notApplicable: 3, inspections: 5, score: 0.75 },
      ],
    },
  },
  {
    name: 'compliance 2020 by unit: only NOT_APPLICABLE findings give a zero denominator and score null',
    why: 'S1 (I3): R1 P = 0.5, R2 C = 1; W2 (I4): R1 C = 1, R2 NA → null; W3 (I5): R1 C; W4 (I6): R2 NA → null',
    query: `{ compliance(filter: {fromYear: 2020, toYear: 2020}, by: [UNIT]) { unit { code } requirement { code } notApplicable score } }`,
    expected: {
      compliance: [
        { unit: { code: 'S1' }, requirement: { code: 'R1' }, notApplicable: 0, score: 0.5 },
        { unit: { code: 'S1' }, requirement: { code: 'R2' }, notApplicable: 0, score: 1 },
        { unit: { code: 'W2' }, requirement: { code: 'R1' }, notApplicable: 0, score: 1 },
        { unit: { code: 'W2' }, requirement: { code: 'R2' }, notApplicable: 1, score: null },
        { unit: { code: 'W3' }, requirement: { code: 'R1' }, notApplicable: 0, score: 1 },
        { unit: { code: 'W4' }, requirement: { code: 'R2' }, notApplicable: 1, score: null },
      ],
    },
  },
  {
    name: 'compliance CURRENT: merged, renamed and split units count under their current successor',
    why: 'W1 ← I1, I2 (W2), I4 (W2): R1 C, N, C → 2/3; R2 P, NA, NA → 0.5. S2 ← I3 (S1), I7: R1 P, N → 0.25; R2 C, C → 1. W3: R1 C. W5 ← I6 (W4), I8: R1 P → 0.5; R2 NA → null',
    query: `{ compliance(filter: {fromYear: 2019, toYear: 2021, structure: CURRENT}, by: [UNIT]) { unit { code } requirement { code } compliant partial nonCompliant score } }`,
    expected: {
      compliance: [
        { unit: { code: 'S2' }, requirement: { code: 'R1' }, compliant: 0, partial: 1, nonCompliant: 1, score: 0.25 },
        { unit: { code: 'S2' }, requirement: { code: 'R2' }, compliant: 2, partial: 0, nonCompliant: 0, score: 1 },
        { unit: { code: 'W1' }, requirement: { code: 'R1' }, compliant: 2, partial: 0, nonCompliant: 1, score: 2 / 3 },
        { unit: { code: 'W1' }, requirement: { code: 'R2' }, compliant: 0, partial: 1, nonCompliant: 0, score: 0.5 },
        { unit: { code: 'W3' }, requirement: { code: 'R1' }, compliant: 1, partial: 0, nonCompliant: 0, score: 1 },
        { unit: { code: 'W5' }, requirement: { code: 'R1' }, compliant: 0, partial: 1, nonCompliant: 0, score: 0.5 },
        { unit: { code: 'W5' }, requirement: { code: 'R2' }, compliant: 0, partial: 0, nonCompliant: 0, score: null },
      ],
    },
  },
  {
    name: 'compliance within the subtree of D1 (W4 under D2 and the departments are out)',
    why: 'I1, I2, I4, I5, I8: R1 C, N, C, C, P → 3.5/5 = 0.7; R2 P, NA, NA → 0.5/1 = 0.5',
    query: `{ compliance(filter: {fromYear: 2019, toYear: 2021, withinUnit: "D1"}, by: []) { requirement { code } compliant partial nonCompliant notApplicable score } }`,
    expected: {
      compliance: [
        { requirement: { code: 'R1' }, compliant: 3, partial: 1, nonCompliant: 1, notApplicable: 0, score: 0.7 },
        { requirement: { code: 'R2' }, compliant: 0, partial: 1, nonCompliant: 0, notApplicable: 2, score: 0.5 },
      ],
    },
  },
  {
    name: 'compliance by year and district',
    why: '2019 D1: I1, I2 → R1 C, N = 0.5; R2 P, NA = 0.5. 2020 D1: I4, I5 → R1 C, C = 1; R2 NA → null. 2020 D2: I6 → R2 NA. 2020 none: I3 → R1 P, R2 C',
    query: `{ compliance(filter: {fromYear: 2019, toYear: 2020}, by: [YEAR, DISTRICT]) { year district { code } requirement { code } score } }`,
    expected: {
      compliance: [
        { year: 2019, district: { code: 'D1' }, requirement: { code: 'R1' }, score: 0.5 },
        { year: 2019, district: { code: 'D1' }, requirement: { code: 'R2' }, score: 0.5 },
        { year: 2020, district: { code: 'D1' }, requirement: { code: 'R1' }, score: 1 },
        { year: 2020, district: { code: 'D1' }, requirement: { code: 'R2' }, score: null },
        { year: 2020, district: { code: 'D2' }, requirement: { code: 'R2' }, score: null },
        { year: 2020, district: null, requirement: { code: 'R1' }, score: 0.5 },
        { year: 2020, district: null, requirement: { code: 'R2' }, score: 1 },
      ],
    },
  },
  // ── complianceSummary ─────────────────────────────────────────────────────────────────────
  {
    name: 'complianceSummary 2019–2020 by []: one score over all findings (the per-requirement rows summed)',
    why: 'R1 3 C, 1 P, 1 N + R2 1 C, 1 P, 3 NA = 4 C, 2 P, 1 N, 3 NA, 10 findings → (4 + 0.5 × 2)/7 = 5/7',
    query: `{ complianceSummary(filter: {fromYear: 2019, toYear: 2020}, by: []) { year category compliant partial nonCompliant notApplicable findings score } }`,
    expected: {
      complianceSummary: [{ year: null, category: null, compliant: 4, partial: 2, nonCompliant: 1, notApplicable: 3, findings: 10, score: 5 / 7 }],
    },
  },
  {
    name: 'complianceSummary by year and requirement group (R1 = LEADERSHIP, R2 = PUBLICIZE)',
    why: '2019: R1 I1 C, I2 N → 0.5; R2 I1 P, I2 NA → 0.5. 2020: R1 I3 P, I4 C, I5 C → 2.5/3; R2 I3 C, I4 NA, I6 NA → 1. 2021: R1 I7 N, I8 P → 0.25; R2 I7 C → 1',
    query: `{ complianceSummary(filter: {fromYear: 2019, toYear: 2021}, by: [YEAR, CATEGORY]) { year category compliant partial nonCompliant notApplicable findings score } }`,
    expected: {
      complianceSummary: [
        { year: 2019, category: 'LEADERSHIP', compliant: 1, partial: 0, nonCompliant: 1, notApplicable: 0, findings: 2, score: 0.5 },
        { year: 2019, category: 'PUBLICIZE', compliant: 0, partial: 1, nonCompliant: 0, notApplicable: 1, findings: 2, score: 0.5 },
        { year: 2020, category: 'LEADERSHIP', compliant: 2, partial: 1, nonCompliant: 0, notApplicable: 0, findings: 3, score: 2.5 / 3 },
        { year: 2020, category: 'PUBLICIZE', compliant: 1, partial: 0, nonCompliant: 0, notApplicable: 2, findings: 3, score: 1 },
        { year: 2021, category: 'LEADERSHIP', compliant: 0, partial: 1, nonCompliant: 1, notApplicable: 0, findings: 2, score: 0.25 },
        { year: 2021, category: 'PUBLICIZE', compliant: 1, partial: 0, nonCompliant: 0, notApplicable: 0, findings: 1, score: 1 },
      ],
    },
  },
  {
    name: 'complianceSummary CURRENT by unit: every finding of a successor and its predecessors in one score',
    why: 'S2 ← I3 (P, C), I7 (N, C) → 2 C 1 P 1 N = 2.5/4. W1 ← I1 (C, P), I2 (N, NA), I4 (C, NA) → 2 C 1 P 1 N 2 NA = 0.625. W3 ← I5 (C) → 1. W5 ← I6 (NA), I8 (P) → 0.5',
    query: `{ complianceSummary(filter: {fromYear: 2019, toYear: 2021, structure: CURRENT}, by: [UNIT]) { unit { code } compliant partial nonCompliant notApplicable findings score } }`,
    expected: {
      complianceSummary: [
        { unit: { code: 'S2' }, compliant: 2, partial: 1, nonCompliant: 1, notApplicable: 0, findings: 4, score: 0.625 },
        { unit: { code: 'W1' }, compliant: 2, partial: 1, nonCompliant: 1, notApplicable: 2, findings: 6, score: 0.625 },
        { unit: { code: 'W3' }, compliant: 1, partial: 0, nonCompliant: 0, notApplicable: 0, findings: 1, score: 1 },
        { unit: { code: 'W5' }, compliant: 0, partial: 1, nonCompliant: 0, notApplicable: 1, findings: 2, score: 0.5 },
      ],
    },
  },
  {
    name: 'complianceSummary within D1 by district and group',
    why: 'I1, I2, I4, I5, I8 (all under D1): LEADERSHIP C, N, C, C, P → 3.5/5 = 0.7; PUBLICIZE P, NA, NA → 0.5',
    query: `{ complianceSummary(filter: {fromYear: 2019, toYear: 2021, withinUnit: "D1"}, by: [DISTRICT, CATEGORY]) { district { code } category compliant partial nonCompliant notApplicable score } }`,
    expected: {
      complianceSummary: [
        { district: { code: 'D1' }, category: 'LEADERSHIP', compliant: 3, partial: 1, nonCompliant: 1, notApplicable: 0, score: 0.7 },
        { district: { code: 'D1' }, category: 'PUBLICIZE', compliant: 0, partial: 1, nonCompliant: 0, notApplicable: 2, score: 0.5 },
      ],
    },
  },
  {
    name: 'complianceSummary by [] with no findings in scope: still one row, zero counts, score null',
    why: 'no inspection in 2015–2016; AS_OF reads the rollups, CURRENT the plain statement: both give the one total row',
    query: `{ asOf: complianceSummary(filter: {fromYear: 2015, toYear: 2016}, by: []) { compliant findings score } current: complianceSummary(filter: {fromYear: 2015, toYear: 2016, structure: CURRENT}, by: []) { compliant findings score } }`,
    expected: {
      asOf: [{ compliant: 0, findings: 0, score: null }],
      current: [{ compliant: 0, findings: 0, score: null }],
    },
  },
  // ── coverage ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'coverage per year: W3, created on 2020-04-01, is in scope in 2020 only',
    why: '2019: 6 active, W1 W2 inspected (I1, I2). 2020: 8 active (W3 joins, S2 from October), S1 W2 W3 W4 inspected. 2021: 6 active, S2 W5 inspected',
    query: `{ coverage(filter: {fromYear: 2019, toYear: 2021}, by: [YEAR]) { year unitsInScope unitsInspected inspections rate } }`,
    expected: {
      coverage: [
        { year: 2019, unitsInScope: 6, unitsInspected: 2, inspections: 2, rate: 2 / 6 },
        { year: 2020, unitsInScope: 8, unitsInspected: 4, inspections: 4, rate: 0.5 },
        { year: 2021, unitsInScope: 6, unitsInspected: 2, inspections: 2, rate: 2 / 6 },
      ],
    },
  },
  {
    name: 'coverage 2020 CURRENT counts distinct successors',
    why: 'successors of the 8: D1, W1 (W1, W2), W3, D2 (dissolved, keeps itself), W5 (W4), S2 (S1, S2) = 6; inspected: S2 (I3), W1 (I4), W3, W5 (I6) = 4',
    query: `{ coverage(filter: {fromYear: 2020, toYear: 2020, structure: CURRENT}, by: []) { unitsInScope unitsInspected inspections rate } }`,
    expected: { coverage: [{ unitsInScope: 6, unitsInspected: 4, inspections: 4, rate: 4 / 6 }] },
  },
  // ── plan rate ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'plan rate per year',
    why: '2019: W1, W2 of 6; 2020: W1, W3, S1, D1 of 8; 2021: S2, W5 of 6',
    query: `{ planRate(filter: {fromYear: 2019, toYear: 2021}, by: [YEAR]) { year unitsInScope unitsWithPlan plans rate } }`,
    expected: {
      planRate: [
        { year: 2019, unitsInScope: 6, unitsWithPlan: 2, plans: 2, rate: 2 / 6 },
        { year: 2020, unitsInScope: 8, unitsWithPlan: 4, plans: 4, rate: 0.5 },
        { year: 2021, unitsInScope: 6, unitsWithPlan: 2, plans: 2, rate: 2 / 6 },
      ],
    },
  },
  {
    name: 'plan rate over a span without YEAR: units active in the span with a plan in it',
    why: '2019–2020: D1 W1 W2 W3 D2 W4 S1 S2 active (8); W1 W2 W3 S1 D1 have a plan (5); plans W1×2, W2, W3, S1, D1 = 6',
    query: `{ planRate(filter: {fromYear: 2019, toYear: 2020}, by: []) { year unitsInScope unitsWithPlan plans rate } }`,
    expected: { planRate: [{ year: null, unitsInScope: 8, unitsWithPlan: 5, plans: 6, rate: 0.625 }] },
  },
  {
    name: 'plan rate 2020 CURRENT',
    why: '6 successors (as for coverage); with a plan: W1 (W1 2020), W3, S2 (S1 2020), D1 = 4',
    query: `{ planRate(filter: {fromYear: 2020, toYear: 2020, structure: CURRENT}, by: [YEAR]) { unitsInScope unitsWithPlan rate } }`,
    expected: { planRate: [{ unitsInScope: 6, unitsWithPlan: 4, rate: 4 / 6 }] },
  },
  {
    name: 'plan rate 2021 by district: a unit without district is a row of its own',
    why: 'D1 subtree 2021: D1 W1 W3 W5 W6, plan W5 → 1/5; no district: S2 with a plan → 1/1',
    query: `{ planRate(filter: {fromYear: 2021, toYear: 2021}, by: [DISTRICT]) { district { code } unitsInScope unitsWithPlan rate } }`,
    expected: {
      planRate: [
        { district: { code: 'D1' }, unitsInScope: 5, unitsWithPlan: 1, rate: 0.2 },
        { district: null, unitsInScope: 1, unitsWithPlan: 1, rate: 1 },
      ],
    },
  },
  {
    name: 'a zero denominator: rate null, still one total row',
    why: 'no COMMUNE exists',
    query: `{ planRate(filter: {fromYear: 2020, toYear: 2020, unitKinds: [COMMUNE]}, by: []) { unitsInScope unitsWithPlan rate } }`,
    expected: { planRate: [{ unitsInScope: 0, unitsWithPlan: 0, rate: null }] },
  },
  // ── awards ────────────────────────────────────────────────────────────────────────────────
  {
    name: 'awards by year: the undated decision has year null and counts when its period overlaps',
    why: 'A1 2019: 3; A3 2020: 2; A2 (no date, 2015–2020 overlaps 2019–2020): 2; A4 is dated 2021',
    query: `{ awardStats(filter: {fromYear: 2019, toYear: 2020}, by: [YEAR]) { year awards decisions } }`,
    expected: { awardStats: [{ year: 2019, awards: 3, decisions: 1 }, { year: 2020, awards: 2, decisions: 1 }, { year: null, awards: 2, decisions: 1 }] },
  },
  {
    name: 'awards by period',
    why: '2015–2020: A2 "2015-2020" 2; A1 and A3 have no period: 3 + 2 = 5',
    query: `{ awardStats(filter: {fromYear: 2015, toYear: 2020}, by: [PERIOD]) { period awards } }`,
    expected: { awardStats: [{ period: '2015-2020', awards: 2 }, { period: null, awards: 5 }] },
  },
  {
    name: 'awards by period in 2021: the undated 2015–2020 decision does not overlap',
    why: 'only A4 (dated 2021, period 2016–2020): S2, W5',
    query: `{ awardStats(filter: {fromYear: 2021, toYear: 2021}, by: [PERIOD]) { period awards } }`,
    expected: { awardStats: [{ period: '2016-2020', awards: 2 }] },
  },
  {
    name: 'awards by kind',
    why: 'BANG_KHEN: A1 3 + A2 2 + A4 2 = 7; GIAY_KHEN: A3 2',
    query: `{ awardStats(filter: {fromYear: 2019, toYear: 2021}, by: [KIND]) { kind awards } }`,
    expected: { awardStats: [{ kind: 'BANG_KHEN', awards: 7 }, { kind: 'GIAY_KHEN', awards: 2 }] },
  },
  {
    name: 'awards by unit, CURRENT: awards of W2, S1 and W4 move to W1, S2, W5 (each recipient still counts once per decision)',
    why: 'S2: A1 (S1), A2 (S1), A4 = 3; W1: A1 (W1, W2), A2, A3 = 4; W3: A3; W5: A4',
    query: `{ awardStats(filter: {fromYear: 2019, toYear: 2021, structure: CURRENT}, by: [UNIT]) { unit { code } awards } }`,
    expected: {
      awardStats: [
        { unit: { code: 'S2' }, awards: 3 },
        { unit: { code: 'W1' }, awards: 4 },
        { unit: { code: 'W3' }, awards: 1 },
        { unit: { code: 'W5' }, awards: 1 },
      ],
    },
  },
  {
    name: 'awards within D1, and to departments only',
    why: 'D1 subtree: W1 ×3, W2, W3, W5 = 6; departments 2015–2020: S1 in A1 and A2 = 2',
    query: `{ d1: awardStats(filter: {fromYear: 2019, toYear: 2021, withinUnit: "D1"}, by: []) { awards }
              depts: awardStats(filter: {fromYear: 2015, toYear: 2020, unitKinds: [DEPARTMENT]}, by: [UNIT_KIND]) { unitKind awards } }`,
    expected: { d1: [{ awards: 6 }], depts: [{ unitKind: 'DEPARTMENT', awards: 2 }] },
  },
  // ── open recommendations ──────────────────────────────────────────────────────────────────
  {
    name: 'open and overdue at 2020-01-01',
    why: 'I1.1 resolved 2019-08-01; I2.1 resolved only 2020-02-15 → open, due 2019-09-30 → overdue; I2.2 open, due 2019-12-31 → overdue',
    query: `{ openRecommendations(asOf: "2020-01-01", filter: {fromYear: 2019, toYear: 2021}, by: []) { recommendations open overdue resolved } }`,
    expected: { openRecommendations: [{ recommendations: 3, open: 2, overdue: 2, resolved: 1 }] },
  },
  {
    name: 'open and overdue at 2020-12-31',
    why: 'I1.1, I2.1 resolved; I2.2 open overdue; I3.1 open, no due date; I6.1 resolved only 2021-01-15 → open, due 2021-02-28 not yet; I7 is later',
    query: `{ openRecommendations(asOf: "2020-12-31", filter: {fromYear: 2019, toYear: 2021}, by: []) { recommendations open overdue resolved } }`,
    expected: { openRecommendations: [{ recommendations: 5, open: 3, overdue: 1, resolved: 2 }] },
  },
  {
    name: 'open recommendations by inspection year at 2021-12-31',
    why: '2019: I1.1, I2.1 resolved, I2.2 open overdue; 2020: I3.1 open, I6.1 resolved; 2021: I7.1 open, due 2021-06-30 → overdue',
    query: `{ openRecommendations(asOf: "2021-12-31", filter: {fromYear: 2019, toYear: 2021}, by: [YEAR]) { year recommendations open overdue } }`,
    expected: {
      openRecommendations: [
        { year: 2019, recommendations: 3, open: 1, overdue: 1 },
        { year: 2020, recommendations: 2, open: 1, overdue: 0 },
        { year: 2021, recommendations: 1, open: 1, overdue: 1 },
      ],
    },
  },
  {
    name: 'open recommendations by unit, CURRENT',
    why: 'S2 ← I3.1 (open), I7.1 (open, overdue); W1 ← I1.1, I2.1, I2.2 (open, overdue); W5 ← I6.1 (resolved)',
    query: `{ openRecommendations(asOf: "2021-12-31", filter: {fromYear: 2019, toYear: 2021, structure: CURRENT}, by: [UNIT]) { unit { code } recommendations open overdue } }`,
    expected: {
      openRecommendations: [
        { unit: { code: 'S2' }, recommendations: 2, open: 2, overdue: 1 },
        { unit: { code: 'W1' }, recommendations: 3, open: 1, overdue: 1 },
        { unit: { code: 'W5' }, recommendations: 1, open: 0, overdue: 0 },
      ],
    },
  },
  // ── units to inspect next ─────────────────────────────────────────────────────────────────
  {
    name: 'uninspected units at 2021-06-30: never inspected first, then the longest uninspected',
    why: 'active: D1 W1 W3 W5 W6 S2; D1, W6 never; W1 2019-05-10 (782 days), W3 2020-08-15 (319), S2 2021-02-01 (149), W5 2021-03-01 (121)',
    query: `{ uninspectedUnits(filter: {asOf: "2021-06-30"}) { totalCount nodes { unit { code } lastInspection { code } lastInspectionDate daysSince inspections } } }`,
    expected: {
      uninspectedUnits: {
        totalCount: 6,
        nodes: [
          { unit: { code: 'D1' }, lastInspection: null, lastInspectionDate: null, daysSince: null, inspections: 0 },
          { unit: { code: 'W6' }, lastInspection: null, lastInspectionDate: null, daysSince: null, inspections: 0 },
          { unit: { code: 'W1' }, lastInspection: { code: 'I1' }, lastInspectionDate: '2019-05-10', daysSince: 782, inspections: 1 },
          { unit: { code: 'W3' }, lastInspection: { code: 'I5' }, lastInspectionDate: '2020-08-15', daysSince: 319, inspections: 1 },
          { unit: { code: 'S2' }, lastInspection: { code: 'I7' }, lastInspectionDate: '2021-02-01', daysSince: 149, inspections: 1 },
          { unit: { code: 'W5' }, lastInspection: { code: 'I8' }, lastInspectionDate: '2021-03-01', daysSince: 121, inspections: 1 },
        ],
      },
    },
  },
  {
    name: 'uninspected units counting predecessors, not inspected since 2021-01-01',
    why: 'W1 ← W2 (I4 2020-05-20, 406 days; I1, I2, I4), W3 (319), W6 ← W4 (I6 2020-11-11, 231); S2 ← S1 and W5 ← W4 were inspected in 2021',
    query: `{ uninspectedUnits(filter: {asOf: "2021-06-30", includePredecessors: true, notInspectedSince: "2021-01-01"}) { totalCount nodes { unit { code } lastInspection { code } daysSince inspections } } }`,
    expected: {
      uninspectedUnits: {
        totalCount: 4,
        nodes: [
          { unit: { code: 'D1' }, lastInspection: null, daysSince: null, inspections: 0 },
          { unit: { code: 'W1' }, lastInspection: { code: 'I4' }, daysSince: 406, inspections: 3 },
          { unit: { code: 'W3' }, lastInspection: { code: 'I5' }, daysSince: 319, inspections: 1 },
          { unit: { code: 'W6' }, lastInspection: { code: 'I6' }, daysSince: 231, inspections: 1 },
        ],
      },
    },
  },
];

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(smallCity);
});
afterAll(() => t?.close());

describe('metrics on the small city (SPEC §4)', () => {
  it.each(cases)('$name', async ({ query, expected }) => {
    const res = await (await t.app()).execute(query);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(expected);
  });

  it.each([
    ['filter.toYear', `{ compliance(filter: {fromYear: 2021, toYear: 2019}, by: []) { score } }`],
    ['filter.withinUnit', `{ complianceSummary(filter: {fromYear: 2019, toYear: 2019, withinUnit: "NOPE"}, by: [CATEGORY]) { score } }`],
    ['filter.withinUnit', `{ awardStats(filter: {fromYear: 2019, toYear: 2019, withinUnit: "NOPE"}, by: []) { awards } }`],
    ['asOf', `{ openRecommendations(asOf: "31/02/2021", filter: {fromYear: 2019, toYear: 2021}, by: []) { open } }`],
    ['filter.districtCode', `{ uninspectedUnits(filter: {districtCode: "NOPE"}) { totalCount } }`],
  ])('bad input names the argument: %s', async (argument, query) => {
    const res = await (await t.app()).execute(query);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message.startsWith(`${argument}: `)).toBe(true);
  });
});

describe('awardStats computes `decisions` only when asked (issue 12)', () => {
  /** Runs the query and returns its data and the SQL statements it sent through the ORM's knex. */
  async function withStatements(query: string): Promise<{ data: unknown; sql: string[] }> {
    const knex = t.db.orm.em.getKnex();
    const sql: string[] = [];
    const onQuery = (q: { sql: string }) => sql.push(q.sql);
    knex.on('query', onQuery);
    try {
      const res = await (await t.app()).execute(query);
      expect(res.errors).toBeUndefined();
      return { data: res.data, sql };
    } finally {
      knex.removeListener('query', onQuery);
    }
  }
  const awardStatements = (sql: string[]) => sql.filter((s) => s.includes('award_decision'));

  it('without `decisions` the statement has no count(distinct), and the awards are the same', async () => {
    // a filter of its own so that no cached answer of the cases above is reused
    const { data, sql } = await withStatements(`{ awardStats(filter: {fromYear: 2019, toYear: 2020, unitKinds: [DEPARTMENT, WARD]}, by: [YEAR]) { year awards } }`);
    // A1 2019: 3; A3 2020: 2; A2 (undated 2015–2020): 2 — all to departments and wards
    expect(data).toEqual({ awardStats: [{ year: 2019, awards: 3 }, { year: 2020, awards: 2 }, { year: null, awards: 2 }] });
    expect(awardStatements(sql)).toHaveLength(1);
    expect(awardStatements(sql)[0]).not.toContain('count(distinct');
  });

  it('selected, or ordered by, `decisions` is counted', async () => {
    const selected = await withStatements(`{ awardStats(filter: {fromYear: 2019, toYear: 2021, unitKinds: [DEPARTMENT, WARD]}, by: []) { awards ...d } } fragment d on AwardRow { decisions }`);
    // A1, A2, A3, A4 (2021): 3 + 2 + 2 + 2 = 9 awards from 4 decisions
    expect(selected.data).toEqual({ awardStats: [{ awards: 9, decisions: 4 }] });
    expect(awardStatements(selected.sql)[0]).toContain('count(distinct');
    const ordered = await withStatements(`{ awardStats(filter: {fromYear: 2019, toYear: 2021, unitKinds: [DEPARTMENT, WARD]}, by: [KIND], orderBy: [{ field: "decisions", direction: DESC }]) { kind awards } }`);
    // BANG_KHEN: A1, A2, A4 = 3 decisions, 7 awards; GIAY_KHEN: A3 = 1 decision, 2 awards
    expect(ordered.data).toEqual({ awardStats: [{ kind: 'BANG_KHEN', awards: 7 }, { kind: 'GIAY_KHEN', awards: 2 }] });
    expect(awardStatements(ordered.sql)[0]).toContain('count(distinct');
  });
});
