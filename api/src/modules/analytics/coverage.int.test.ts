import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import type { SheetName } from '../interchange/sheets.js';

/**
 * A small city a reader can count on paper:
 *   C (CITY) ─ D1 (DISTRICT) ─ W1, W2 (WARD; W2 exists until 2020-06-30 and merges into W1 on 2020-07-01)
 *            └ S1 (DEPARTMENT, from 2019-03-01)
 * Inspections: W1 2019-05-01, W1 2019-09-01, W2 2019-06-01, S1 2020-02-01, W2 2020-03-01.
 */
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'C', name: 'Thành phố', kind: 'CITY' },
    { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C' },
    { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
    { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D1', valid_to: '2020-06-30' },
    { code: 'S1', name: 'Sở Một', kind: 'DEPARTMENT', parent_code: 'C', valid_from: '2019-03-01' },
  ],
  lineage: [{ date: '2020-07-01', type: 'MERGE', from_codes: 'W2', to_codes: 'W1' }],
  inspections: [
    { code: 'I1', unit_code: 'W1', date: '2019-05-01', team: 'Đoàn 1', kind: 'PERIODIC' },
    { code: 'I2', unit_code: 'W1', date: '2019-09-01', team: 'Đoàn 1', kind: 'PERIODIC' },
    { code: 'I3', unit_code: 'W2', date: '2019-06-01', team: 'Đoàn 2', kind: 'PERIODIC' },
    { code: 'I4', unit_code: 'S1', date: '2020-02-01', team: 'Đoàn 2', kind: 'THEMATIC' },
    { code: 'I5', unit_code: 'W2', date: '2020-03-01', team: 'Đoàn 1', kind: 'FOLLOW_UP' },
  ],
};

const COVERAGE = `query ($filter: AnalyticsFilter!, $by: [Dimension!]!) {
  coverage(filter: $filter, by: $by) { year unitKind district { code } unit { code } unitsInScope unitsInspected inspections rate }
}`;

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
});
afterAll(() => t?.close());

async function coverage(filter: Record<string, unknown>, by: string[]) {
  const res = await (await t.app()).execute(COVERAGE, { filter, by });
  expect(res.errors).toBeUndefined();
  return (res.data as { coverage: Record<string, unknown>[] }).coverage;
}

describe('coverage (SPEC §4)', () => {
  it('per year: 2019 has D1, W1, W2, S1 in scope (CITY excluded), W1, W2 inspected', async () => {
    const rows = await coverage({ fromYear: 2019, toYear: 2020 }, ['YEAR']);
    expect(rows.map((r) => [r.year, r.unitsInScope, r.unitsInspected, r.inspections])).toEqual([
      [2019, 4, 2, 3],
      [2020, 4, 2, 2], // W2 still active in 2020 (until 30/6); S1 and W2 inspected
    ]);
    expect(rows[0].rate).toBeCloseTo(0.5);
  });

  it('by: [] over a span uses the span rule: 4 units active in 2019–2020, 3 inspected', async () => {
    const rows = await coverage({ fromYear: 2019, toYear: 2020 }, []);
    expect(rows).toEqual([{ year: null, unitKind: null, district: null, unit: null, unitsInScope: 4, unitsInspected: 3, inspections: 5, rate: 0.75 }]);
  });

  it('a zero denominator gives rate null, still one total row', async () => {
    const rows = await coverage({ fromYear: 2019, toYear: 2019, unitKinds: ['COMMUNE'] }, []);
    expect(rows).toEqual([{ year: null, unitKind: null, district: null, unit: null, unitsInScope: 0, unitsInspected: 0, inspections: 0, rate: null }]);
  });

  it('by district: D1 and its wards under D1, S1 with no district', async () => {
    const rows = await coverage({ fromYear: 2019, toYear: 2019 }, ['DISTRICT']);
    expect(rows.map((r) => [(r.district as { code: string } | null)?.code ?? null, r.unitsInScope, r.unitsInspected])).toEqual([
      ['D1', 3, 2],
      [null, 1, 0],
    ]);
  });

  it('CURRENT structure counts W2 under its successor W1: distinct successors', async () => {
    const rows = await coverage({ fromYear: 2020, toYear: 2020, unitKinds: ['WARD'], structure: 'CURRENT' }, ['YEAR']);
    // AS_OF 2020: W1, W2 in scope, W2 inspected → 1/2; CURRENT: both are W1 → 1 in scope, 1 inspected
    expect(rows.map((r) => [r.unitsInScope, r.unitsInspected, r.inspections])).toEqual([[1, 1, 1]]);
    const asOf = await coverage({ fromYear: 2020, toYear: 2020, unitKinds: ['WARD'] }, ['YEAR']);
    expect(asOf.map((r) => [r.unitsInScope, r.unitsInspected])).toEqual([[2, 1]]);
  });

  it('withinUnit restricts to the subtree (D1 with W1, W2)', async () => {
    const rows = await coverage({ fromYear: 2019, toYear: 2019, withinUnit: 'D1' }, ['UNIT']);
    expect(rows.map((r) => [(r.unit as { code: string }).code, r.unitsInspected])).toEqual([
      ['D1', 0],
      ['W1', 1],
      ['W2', 1],
    ]);
  });

  it('an unknown withinUnit is an input error naming the argument', async () => {
    const res = await (await t.app()).execute(COVERAGE, { filter: { fromYear: 2019, toYear: 2019, withinUnit: 'NOPE' }, by: [] });
    expect(res.errors?.[0].message).toMatch(/^filter\.withinUnit: unknown unit code "NOPE"/);
  });
});
