import { describe, expect, it } from 'vitest';
import { pointCount } from '$lib/chart/spec';
import { byYear, coverageKpis, coveragePerYearChart, inspectionsPerYearChart, type CoverageYearRow } from './coverage';

const t = (k: string) => k;
const rows: CoverageYearRow[] = [
  // API order is not relied upon: 2021 first
  { year: 2021, unitsInScope: 8, unitsInspected: 7, inspections: 9, rate: 7 / 8 },
  { year: 2019, unitsInScope: 4, unitsInspected: 2, inspections: 3, rate: 0.5 },
];

describe('coverage per year → chart', () => {
  it('fills the years the API left out with zero counts and a null rate (no denominator, not 0 %)', () => {
    const filled = byYear(rows, [2019, 2020, 2021]);
    expect(filled.map((r) => r.year)).toEqual([2019, 2020, 2021]);
    expect(filled[1]).toEqual({ year: 2020, unitsInScope: 0, unitsInspected: 0, inspections: 0, rate: null });
  });

  it('draws inspections as bars and coverage as a percent line, one label per year, linked to the records', () => {
    const filled = byYear(rows, [2019, 2020, 2021]);
    const bars = inspectionsPerYearChart(filled, t, (y) => `/kiem-tra?from=${y}&to=${y}`);
    expect(bars.labels).toEqual(['2019', '2020', '2021']);
    expect(bars.series[0].values).toEqual([3, 0, 9]);
    expect(bars.series[0].hrefs?.[2]).toBe('/kiem-tra?from=2021&to=2021');
    expect(pointCount(bars)).toBe(3);

    const line = coveragePerYearChart(filled, t, (y) => `/bao-phu?from=${y}`);
    expect(line.yUnit).toBe('percent');
    expect(line.series[0].values).toEqual([0.5, null, 0.875]);
    // the null year is a gap, not a drawn point
    expect(pointCount(line)).toBe(2);
  });

  it('compares a year with the previous one', () => {
    const k = coverageKpis(byYear(rows, [2019, 2020, 2021]), 2021);
    // 9 inspections in 2021, 0 in 2020
    expect(k.inspections).toEqual({ value: 9, previous: 0, change: 9 });
    // 7/8 = 0.875 against no rate in 2020: the change is unknown
    expect(k.coverage).toEqual({ value: 0.875, previous: null, change: null });
    const k20 = coverageKpis(byYear(rows, [2019, 2020, 2021]), 2020);
    expect(k20.unitsInScope.change).toBe(-4);
  });
});
