import { describe, expect, it } from 'vitest';
import { bandEdges } from '$lib/chart/spec';
import { marksFor, trendChart } from './trends';

const t = (k: string) => k;

describe('trend chart', () => {
  it('shades the 2015–2020 and 2020–2025 periods and marks the dates inside the shown years', () => {
    const all = marksFor([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], t);
    expect(all.bands).toEqual([
      { from: '2015', to: '2020', label: 'trends.period1' },
      { from: '2020', to: '2025', label: 'trends.period2' },
    ]);
    // the shared year 2020 (label 5) is split at its middle: the bands meet there and do not overlap
    const labels = ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
    expect(bandEdges(all.bands, labels)).toEqual([
      { left: -0.5, right: 5 },
      { left: 5, right: 10.5 },
    ]);
    // shown from 2020: the first period is only its half of 2020
    expect(bandEdges(marksFor([2020, 2021], t).bands, ['2020', '2021'])).toEqual([
      { left: -0.5, right: 0 },
      { left: 0, right: 1.5 },
    ]);
    expect(bandEdges([{ from: '2019', to: '2020', label: '' }], ['2019', '2020'])).toEqual([{ left: -0.5, right: 1.5 }]);
    expect(all.markers.map((m) => m.date)).toEqual(['2016-05-17', '2023-07-01', '2025-01-01', '2025-03-01', '2025-07-01']);
    // 2022–2023: the second period clipped, only the Law's date
    const some = marksFor([2022, 2023], t);
    expect(some.bands).toEqual([{ from: '2022', to: '2023', label: 'trends.period2' }]);
    expect(some.markers.map((m) => m.date)).toEqual(['2023-07-01']);
  });

  it('puts coverage, the overall compliance score and the plan rate on one percent axis, gaps where unknown', () => {
    const spec = trendChart(
      [{ year: 2021, unitsInScope: 4, unitsInspected: 1, inspections: 1, rate: 0.25 }],
      [{ year: 2021, score: 0.75 }],
      [
        { year: 2020, rate: 0.5 },
        { year: 2021, rate: 0.75 },
      ],
      [2020, 2021],
      t,
      { coverage: (y) => `c${y}`, compliance: (y) => `s${y}`, plans: (y) => `p${y}` },
    );
    expect(spec.yUnit).toBe('percent');
    expect(spec.series.map((s) => s.values)).toEqual([
      [null, 0.25], // no unit in scope in 2020: a gap
      [null, 0.75], // the API's 2021 score; no row for 2020: a gap
      [0.5, 0.75],
    ]);
    expect(spec.series[1].hrefs).toEqual(['s2020', 's2021']);
  });
});
