import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';

/**
 * Imports in steps refresh only the touched rollup groups (qcdc_refresh_rollup_groups); after each
 * step the rollup tables must equal a full qcdc_refresh_rollups() rebuild.
 *   C (CITY) ─ D1 (DISTRICT) ─ W1 (WARD), W2 (WARD)
 *            └ D2 (DISTRICT) ─ W3 (WARD)
 */
const TABLES: Record<string, string> = {
  analytics_unit_span: 'kind, district_id, district_code, district_key, first_year, last_year, units',
  analytics_unit_year: 'year, kind, district_key, units_inspected, inspections, units_with_plan, plans',
  analytics_findings: 'year, kind, district_id, district_code, requirement_id, compliant, partial, non_compliant, not_applicable',
  analytics_findings_kind: 'year, kind, requirement_id, compliant, partial, non_compliant, not_applicable',
  analytics_recommendation_dates: 'year, kind, district_id, district_code, inspection_date, due_date, resolved_on, settle_date',
  analytics_recommendations: 'year, kind, district_id, district_code, recommendations, resolved, overdue',
};

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(() => t?.close());

async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, cols] of Object.entries(TABLES)) {
    out[table] = await t.sql(`select ${cols.split(', ').map((c) => `${c}::text`).join(', ')} from ${table} order by ${cols}`);
  }
  return out;
}

const unitDim = () =>
  t.sql<{ unit: string; district: string | null; successor: string }>(
    `select u.code as unit, d.code as district, s.code as successor
     from unit_dim ud join unit u on u.id = ud.unit_id left join unit d on d.id = ud.district_id join unit s on s.id = ud.successor_id order by 1`,
  );

/** unit_dim and the rollups as the imports left them, then as a full rebuild makes them: must be equal. */
async function expectSameAsFullRebuild(): Promise<Record<string, unknown[]>> {
  const incremental = { unit_dim: await unitDim(), ...(await snapshot()) };
  await t.sql('select qcdc_refresh_unit_dim()');
  await t.sql('select qcdc_refresh_rollups()');
  expect(incremental).toEqual({ unit_dim: await unitDim(), ...(await snapshot()) });
  return incremental;
}

const unitYear = () =>
  t.sql<{ year: number; district: string; inspections: number; units_inspected: number; plans: number }>(
    `select a.year, d.code as district, a.inspections, a.units_inspected, a.plans
     from analytics_unit_year a join unit d on d.id = a.district_key where a.kind = 'WARD' order by 1, 2`,
  );

describe('incremental rollup refresh', () => {
  it('step 1: units, requirements and records, all new (unit_dim and rollups of their groups)', async () => {
    await t.load({
      units: [
        { code: 'C', name: 'Thành phố', kind: 'CITY' },
        { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C' },
        { code: 'D2', name: 'Quận Hai', kind: 'DISTRICT', parent_code: 'C' },
        { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
        { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D1' },
        { code: 'W3', name: 'Phường Ba', kind: 'WARD', parent_code: 'D2' },
      ],
      requirements: [
        { framework_code: 'F', code: 'R1', title: 'Tiêu chí 1', category: 'PUBLICIZE' },
        { framework_code: 'F', code: 'R2', title: 'Tiêu chí 2', category: 'SUPERVISE' },
      ],
      inspections: [
        { code: 'I1', unit_code: 'W1', date: '2021-05-01', team: 'Đoàn 1', kind: 'PERIODIC' },
        { code: 'I2', unit_code: 'W3', date: '2021-06-01', team: 'Đoàn 1', kind: 'PERIODIC' },
      ],
      findings: [
        { inspection_code: 'I1', requirement_code: 'R1', result: 'COMPLIANT' },
        { inspection_code: 'I2', requirement_code: 'R1', result: 'PARTIAL' },
      ],
      recommendations: [{ inspection_code: 'I1', seq: '1', text: 'Niêm yết', due_date: '2021-08-01', status: 'OPEN' }],
      plans: [{ unit_code: 'W3', year: '2021' }],
    });
    await expectSameAsFullRebuild();
    // 2021: D1 has I1 (W1); D2 has I2 (W3) and W3's plan
    expect(await unitYear()).toEqual([
      { year: 2021, district: 'D1', inspections: 1, units_inspected: 1, plans: 0 },
      { year: 2021, district: 'D2', inspections: 1, units_inspected: 1, plans: 1 },
    ]);
  });

  it('step 2: records only — new, changed and moved to another unit and year (groups refreshed)', async () => {
    const summary = await t.load({
      inspections: [
        // I2 moves from W3 (D2, 2021) to W2 (D1, 2022): D2 2021 loses it, D1 2022 gains it
        { code: 'I2', unit_code: 'W2', date: '2022-03-01', team: 'Đoàn 1', kind: 'PERIODIC' },
        { code: 'I3', unit_code: 'W1', date: '2021-09-01', team: 'Đoàn 2', kind: 'THEMATIC' },
      ],
      findings: [
        { inspection_code: 'I1', requirement_code: 'R1', result: 'NON_COMPLIANT' }, // was COMPLIANT
        { inspection_code: 'I3', requirement_code: 'R2', result: 'COMPLIANT' },
      ],
      recommendations: [{ inspection_code: 'I1', seq: '1', text: 'Niêm yết', due_date: '2021-08-01', status: 'RESOLVED', resolved_on: '2021-07-15' }],
      plans: [{ unit_code: 'W1', year: '2022' }],
    });
    expect(summary.units).toBeUndefined();
    await expectSameAsFullRebuild();
    // 2021 D1: I1 and I3 (both W1) → 2 inspections, 1 unit; D2 2021: W3's plan only
    // 2022 D1: I2 (W2) and W1's plan
    expect(await unitYear()).toEqual([
      { year: 2021, district: 'D1', inspections: 2, units_inspected: 1, plans: 0 },
      { year: 2021, district: 'D2', inspections: 0, units_inspected: 0, plans: 1 },
      { year: 2022, district: 'D1', inspections: 1, units_inspected: 1, plans: 1 },
    ]);
    // R1 in 2021 over all WARDs: I1 now NON_COMPLIANT; I2's PARTIAL moved to 2022
    const r1 = await t.sql(
      `select f.year, f.compliant, f.partial, f.non_compliant from analytics_findings_kind f join requirement q on q.id = f.requirement_id
       where q.code = 'R1' and f.kind = 'WARD' order by 1`,
    );
    expect(r1).toEqual([
      { year: 2021, compliant: 0, partial: 0, non_compliant: 1 },
      { year: 2022, compliant: 0, partial: 1, non_compliant: 0 },
    ]);
    const recs = await t.sql(`select year, recommendations, resolved, overdue from analytics_recommendations`);
    expect(recs).toEqual([{ year: 2021, recommendations: 1, resolved: 1, overdue: 0 }]);
  });

  it('step 3: a unit moved to another district (unit_dim and the groups of both districts refreshed) and an unchanged re-import', async () => {
    await t.load({ units: [{ code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D2' }] });
    await expectSameAsFullRebuild();
    // I2 (W2, 2022) now counts under D2
    expect((await unitYear()).filter((r) => r.year === 2022)).toEqual([
      { year: 2022, district: 'D1', inspections: 0, units_inspected: 0, plans: 1 },
      { year: 2022, district: 'D2', inspections: 1, units_inspected: 1, plans: 0 },
    ]);
    const summary = await t.load({ inspections: [{ code: 'I3', unit_code: 'W1', date: '2021-09-01', team: 'Đoàn 2', kind: 'THEMATIC' }] });
    expect(summary.inspections).toEqual({ created: 0, updated: 0, unchanged: 1 });
    await expectSameAsFullRebuild();
  });

  it('step 4: a merge into a new unit, a district dissolved into another: districts and successors of the subtrees and predecessors move', async () => {
    // W1 and W2 merge into W4 (new, under D2) on 2023-01-01; D1 is dissolved the same day and D2 takes it over (TRANSFER)
    await t.load({
      units: [
        { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C', valid_to: '2022-12-31' },
        { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1', valid_to: '2022-12-31' },
        { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D2', valid_to: '2022-12-31' },
        { code: 'W4', name: 'Phường Bốn', kind: 'WARD', parent_code: 'D2', valid_from: '2023-01-01' },
      ],
      lineage: [
        { date: '2023-01-01', type: 'MERGE', from_codes: 'W1;W2', to_codes: 'W4' },
        { date: '2023-01-01', type: 'TRANSFER', from_codes: 'D1', to_codes: 'D2' },
      ],
      inspections: [{ code: 'I4', unit_code: 'W4', date: '2023-02-01', team: 'Đoàn 1', kind: 'PERIODIC' }],
    });
    const dim = await expectSameAsFullRebuild();
    // by hand: W1 stays in D1 (its parent), succeeded by W4; D1 by D2; W4 counts in D2
    expect(dim.unit_dim).toEqual([
      { unit: 'C', district: null, successor: 'C' },
      { unit: 'D1', district: 'D1', successor: 'D2' },
      { unit: 'D2', district: 'D2', successor: 'D2' },
      { unit: 'W1', district: 'D1', successor: 'W4' },
      { unit: 'W2', district: 'D2', successor: 'W4' },
      { unit: 'W3', district: 'D2', successor: 'W3' },
      { unit: 'W4', district: 'D2', successor: 'W4' },
    ]);
    expect((await unitYear()).filter((r) => r.year === 2023)).toEqual([{ year: 2023, district: 'D2', inspections: 1, units_inspected: 1, plans: 0 }]);
  });

  it('step 5: a ward becomes a commune and another moves to the city (kind and district change), a name alone changes nothing derived', async () => {
    await t.load({
      units: [
        { code: 'W3', name: 'Xã Ba', kind: 'COMMUNE', parent_code: 'D2' },
        { code: 'W4', name: 'Phường Bốn', kind: 'WARD', parent_code: 'C', valid_from: '2023-01-01' },
      ],
    });
    const dim = await expectSameAsFullRebuild();
    expect((dim.unit_dim as { unit: string; district: string | null }[]).filter((r) => r.unit === 'W4')).toEqual([{ unit: 'W4', district: null, successor: 'W4' }]);
    // I2 (W3's 2021 inspection moved to W2 in step 2); W3's 2021 plan now counts for communes
    const communes = await t.sql(`select year, units_with_plan from analytics_unit_year where kind = 'COMMUNE' order by 1`);
    expect(communes).toEqual([{ year: 2021, units_with_plan: 1 }]);
    const before = await snapshot();
    await t.load({ units: [{ code: 'W3', name: 'Xã Ba mới', kind: 'COMMUNE', parent_code: 'D2' }] });
    expect(await snapshot()).toEqual(before);
    await expectSameAsFullRebuild();
  });
});
