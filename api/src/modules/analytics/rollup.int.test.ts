import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnitKind } from '../../shared/enums.js';
import { sqlFor } from '../../shared/sql.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import type { SheetName } from '../interchange/sheets.js';
import { ComplianceDimension, Dimension } from './analytics.inputs.js';
import { compliance, complianceSummary } from './compliance.service.js';
import { coverage } from './coverage.service.js';
import { planRate } from './plan-rate.service.js';
import { openRecommendations } from './recommendations.service.js';
import { rollupAnswers } from './rollup.js';
import { ReadScope } from '../scope/read-scope.js';
import { DEFAULT_KINDS, resolveScope, type Scope } from './scope.js';

/**
 * The rollups must give exactly what the plain statements give. A small city with the awkward
 * cases: D1 with wards W1 (always), W2 (until 2020-06-30), commune X1 (from 2020-03-01); S1 a
 * department without district; two inspections of W1 in 2019; W2 inspected in its last year.
 * (The importer refuses records dated outside their unit's validity, so those cannot occur.)
 */
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'C', name: 'Thành phố', kind: 'CITY' },
    { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C' },
    { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
    { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D1', valid_to: '2020-06-30' },
    { code: 'X1', name: 'Xã Một', kind: 'COMMUNE', parent_code: 'D1', valid_from: '2020-03-01' },
    { code: 'S1', name: 'Sở Một', kind: 'DEPARTMENT', parent_code: 'C' },
  ],
  requirements: [
    { framework_code: 'F', code: 'R1', title: 'Một', category: 'LEADERSHIP' },
    { framework_code: 'F', code: 'R2', title: 'Hai', category: 'PUBLICIZE' },
  ],
  inspections: [
    { code: 'I1', unit_code: 'W1', date: '2019-03-01', team: 'Đoàn 1', kind: 'PERIODIC' },
    { code: 'I2', unit_code: 'W1', date: '2019-09-01', team: 'Đoàn 1', kind: 'FOLLOW_UP' },
    { code: 'I3', unit_code: 'S1', date: '2019-05-01', team: 'Đoàn 2', kind: 'PERIODIC' },
    { code: 'I4', unit_code: 'W2', date: '2020-02-01', team: 'Đoàn 2', kind: 'THEMATIC' },
    { code: 'I5', unit_code: 'X1', date: '2020-10-01', team: 'Đoàn 1', kind: 'PERIODIC' },
    { code: 'I6', unit_code: 'W2', date: '2020-05-01', team: 'Đoàn 1', kind: 'PERIODIC' },
    { code: 'I7', unit_code: 'D1', date: '2021-06-01', team: 'Đoàn 2', kind: 'PERIODIC' },
  ],
  findings: [
    { inspection_code: 'I1', requirement_code: 'R1', result: 'COMPLIANT' },
    { inspection_code: 'I1', requirement_code: 'R2', result: 'PARTIAL' },
    { inspection_code: 'I2', requirement_code: 'R1', result: 'NON_COMPLIANT' },
    { inspection_code: 'I3', requirement_code: 'R1', result: 'COMPLIANT' },
    { inspection_code: 'I3', requirement_code: 'R2', result: 'NOT_APPLICABLE' },
    { inspection_code: 'I4', requirement_code: 'R2', result: 'COMPLIANT' },
    { inspection_code: 'I5', requirement_code: 'R1', result: 'PARTIAL' },
    { inspection_code: 'I6', requirement_code: 'R1', result: 'COMPLIANT' },
    { inspection_code: 'I7', requirement_code: 'R2', result: 'NON_COMPLIANT' },
  ],
  // resolved before and after their due dates, open, in progress, without a due date, resolved on
  // the inspection day, and W2's open one past its unit's end
  recommendations: [
    { inspection_code: 'I1', seq: '1', text: 'a', due_date: '2019-06-30', status: 'RESOLVED', resolved_on: '2019-05-15' },
    { inspection_code: 'I1', seq: '2', text: 'b', due_date: '2019-06-30', status: 'RESOLVED', resolved_on: '2020-01-10' },
    { inspection_code: 'I2', seq: '1', text: 'c', due_date: '2019-12-31', status: 'OPEN' },
    { inspection_code: 'I3', seq: '1', text: 'd', status: 'IN_PROGRESS' },
    { inspection_code: 'I4', seq: '1', text: 'e', due_date: '2020-12-31', status: 'OPEN' },
    { inspection_code: 'I5', seq: '1', text: 'f', due_date: '2021-03-31', status: 'RESOLVED', resolved_on: '2021-05-01' },
    { inspection_code: 'I5', seq: '2', text: 'g', status: 'RESOLVED', resolved_on: '2020-10-01' },
    { inspection_code: 'I7', seq: '1', text: 'h', due_date: '2021-09-30', status: 'OPEN' },
  ],
  plans: [
    { unit_code: 'W1', year: '2019' },
    { unit_code: 'W1', year: '2020' },
    { unit_code: 'S1', year: '2020' },
    { unit_code: 'X1', year: '2021' },
  ],
};

let t: TestDb;
let em: EntityManager;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  em = t.em();
});
afterAll(() => t?.close());

const scope = (fromYear: number, toYear: number, kinds: UnitKind[] = DEFAULT_KINDS): Scope => ({ fromYear, toYear, kinds, unitIds: null, districtIds: null, visible: null, current: false, statuses: ['APPROVED'] });
const DIMS = [Dimension.YEAR, Dimension.DISTRICT, Dimension.UNIT_KIND];
/** Every subset of YEAR, DISTRICT, UNIT_KIND. */
const BYS: Dimension[][] = [0, 1, 2, 3, 4, 5, 6, 7].map((mask) => DIMS.filter((_, i) => mask & (1 << i)));
const SCOPES = [scope(2019, 2019), scope(2020, 2020), scope(2019, 2021), scope(2010, 2030), scope(2019, 2021, [UnitKind.WARD, UnitKind.COMMUNE]), scope(2021, 2021, [UnitKind.COMMUNE])];

describe('analytics rollups agree with the plain statements', () => {
  it('hand-checked: coverage and plan rate 2019 by [] from the rollups', async () => {
    const sql = sqlFor(em);
    expect(rollupAnswers(scope(2019, 2019), [], true)).toBe(true);
    // 2019 in scope: D1, W1, W2, S1 (X1 not yet, C excluded) = 4; inspected W1 (twice), S1 = 2; 3 inspections
    expect(await coverage(sql, scope(2019, 2019), [])).toEqual([
      { year: null, districtId: null, unitKind: null, unitId: null, unitsInScope: 4, unitsInspected: 2, inspections: 3, rate: 0.5 },
    ]);
    // plans for 2019: W1 only → 1 of 4
    expect((await planRate(sql, scope(2019, 2019), [])).map((r) => [r.unitsInScope, r.unitsWithPlan])).toEqual([[4, 1]]);
  });

  it('hand-checked: compliance 2019–2021 from the rollups', async () => {
    const rows = await compliance(sqlFor(em), scope(2019, 2021), []);
    // R1: I1 C, I2 N, I3 C, I5 P, I6 C → 3 C, 1 P, 1 N; R2: I1 P, I3 NA, I4 C, I7 N
    expect(rows.map((r) => [r.compliant, r.partial, r.nonCompliant, r.notApplicable])).toEqual([
      [3, 1, 1, 0],
      [1, 1, 1, 1],
    ]);
  });

  for (const metric of ['coverage', 'planRate', 'compliance'] as const) {
    it(`${metric}: every breakdown by year, district and kind, over several scopes`, async () => {
      const sql = sqlFor(em);
      const fn = { coverage, planRate, compliance }[metric];
      let viaRollup = 0;
      for (const s of SCOPES) {
        for (const by of BYS) {
          const plain = await fn(sql, s, by, { rollup: false });
          const rolled = await fn(sql, s, by);
          expect(rolled, `${metric} ${s.fromYear}-${s.toYear} ${s.kinds.join('+')} by [${by.join(',')}]`).toEqual(plain);
          if (rollupAnswers(s, by, metric !== 'compliance')) viaRollup++;
        }
      }
      expect(viaRollup).toBeGreaterThan(SCOPES.length * 4); // most combinations really went through the rollups
    });
  }

  it('complianceSummary: every breakdown by year, district, kind and category, over several scopes', async () => {
    const sql = sqlFor(em);
    const bys = BYS.flatMap((by) => [by as unknown as ComplianceDimension[], [...by, ComplianceDimension.CATEGORY] as ComplianceDimension[]]);
    for (const s of SCOPES) {
      for (const by of bys) {
        expect(rollupAnswers(s, by, false)).toBe(true);
        const plain = await complianceSummary(sql, s, by, { rollup: false });
        expect(await complianceSummary(sql, s, by), `${s.fromYear}-${s.toYear} ${s.kinds.join('+')} by [${by.join(',')}]`).toEqual(plain);
      }
    }
  });

  it('hand-checked: open recommendations at 2020-06-30 from the rollup', async () => {
    const rows = await openRecommendations(sqlFor(em), scope(2019, 2021), [Dimension.YEAR], '2020-06-30');
    // 2019: a resolved, b resolved 2020-01-10, c open and overdue (due 2019-12-31), d (I3, S1
    // 2019-05-01) open without due date → 4, 2 open, 1 overdue, 2 resolved
    // 2020: e (I4) open, due 2020-12-31 not yet; f, g belong to I5 (2020-10-01), h to 2021: later
    expect(rows.map((r) => [r.year, r.recommendations, r.open, r.overdue, r.resolved])).toEqual([
      [2019, 4, 2, 1, 2],
      [2020, 1, 1, 0, 0],
    ]);
  });

  it('openRecommendations: every breakdown, several scopes, dates before, between and after every event', async () => {
    const sql = sqlFor(em);
    const dates = ['2018-12-31', '2019-03-01', '2019-05-15', '2019-06-30', '2019-07-01', '2020-01-01', '2020-10-01', '2020-12-31', '2021-04-01', '2021-06-01', '2030-01-01'];
    for (const s of SCOPES) {
      for (const by of BYS) {
        for (const asOf of dates) {
          const plain = await openRecommendations(sql, s, by, asOf, { rollup: false });
          expect(await openRecommendations(sql, s, by, asOf), `${s.fromYear}-${s.toYear} ${s.kinds.join('+')} by [${by.join(',')}] at ${asOf}`).toEqual(plain);
        }
      }
    }
  });

  it('a district subtree (withinUnit D1, or a reader scoped to D1) reads the rollups filtered by district, with the same numbers', async () => {
    const sql = sqlFor(em);
    const d1Reader = new ReadScope(sql, { login: 'a', name: null, role: 'ANALYST', scopeRoots: ['D1'] });
    const scopes: Scope[] = [];
    for (const [fromYear, toYear] of [[2019, 2019], [2020, 2020], [2019, 2021]]) {
      scopes.push(await resolveScope(new ReadScope(sql, null), { fromYear, toYear, withinUnit: 'D1' }));
      scopes.push(await resolveScope(d1Reader, { fromYear, toYear }));
    }
    for (const s of scopes) expect(s.districtIds).toHaveLength(1);
    let checked = 0;
    for (const s of scopes) {
      for (const by of BYS) {
        expect(rollupAnswers(s, by, false)).toBe(true);
        expect(await coverage(sql, s, by), `coverage by [${by}]`).toEqual(await coverage(sql, s, by, { rollup: false }));
        expect(await planRate(sql, s, by), `planRate by [${by}]`).toEqual(await planRate(sql, s, by, { rollup: false }));
        expect(await compliance(sql, s, by), `compliance by [${by}]`).toEqual(await compliance(sql, s, by, { rollup: false }));
        expect(await complianceSummary(sql, s, by as never), `complianceSummary by [${by}]`).toEqual(await complianceSummary(sql, s, by as never, { rollup: false }));
        for (const asOf of ['2019-07-01', '2020-12-31', '2030-01-01']) {
          expect(await openRecommendations(sql, s, by, asOf), `open by [${by}] at ${asOf}`).toEqual(await openRecommendations(sql, s, by, asOf, { rollup: false }));
        }
        checked++;
      }
    }
    expect(checked).toBe(scopes.length * BYS.length);
    // hand-checked: 2019 in D1's subtree: D1, W1, W2 (X1 not yet) = 3; W1 inspected (twice) = 1 → S1 and its inspection are outside
    expect((await coverage(sql, scopes[1], [])).map((r) => [r.unitsInScope, r.unitsInspected, r.inspections])).toEqual([[3, 1, 2]]);
  });

  it('an import refreshes the rollups in its transaction', async () => {
    const sql = sqlFor(em);
    const before = await coverage(sql, scope(2022, 2022), []);
    expect(before[0]).toMatchObject({ unitsInspected: 0, inspections: 0 });
    await t.load({ inspections: [{ code: 'I8', unit_code: 'X1', date: '2022-05-05', team: 'Đoàn 1', kind: 'PERIODIC' }] });
    // 2022: D1, W1, X1, S1 in scope; X1 inspected once
    expect((await coverage(sql, scope(2022, 2022), []))[0]).toMatchObject({ unitsInScope: 4, unitsInspected: 1, inspections: 1 });
  });
});
