import { describe, expect, it } from 'vitest';
import { formatValue, toChartConfig } from './config';
import { partialYearMark, type ChartSpec } from './spec';

const spec: ChartSpec = {
  title: 'Số cuộc kiểm tra',
  xLabel: 'Năm',
  yLabel: 'Số cuộc kiểm tra',
  yUnit: 'count',
  y2Label: 'Tỷ lệ (%)',
  y2Unit: 'percent',
  labels: ['2020', '2021'],
  series: [
    { key: 'n', label: 'Kiểm tra', type: 'bar', values: [3, 1234], style: 0 },
    { key: 'r', label: 'Bao phủ', type: 'line', values: [null, 0.875], style: 1, axis: 'y2' },
  ],
};

describe('chart spec → Chart.js configuration', () => {
  it('titles the chart and both axes, with a percent axis capped at 100 %', () => {
    const c = toChartConfig(spec, 'vi');
    const o = c.options as any;
    expect(o.plugins.title.text).toBe('Số cuộc kiểm tra');
    expect(o.scales.x.title.text).toBe('Năm');
    expect(o.scales.y.title.text).toBe('Số cuộc kiểm tra');
    expect(o.scales.y2.title.text).toBe('Tỷ lệ (%)');
    expect(o.scales.y2.max).toBe(1);
    expect(o.scales.y2.ticks.callback(0.875)).toBe('87,5%');
    expect(o.scales.y.ticks.callback(1234)).toBe('1.234');
    expect(o.animation).toBe(false);
  });

  it('writes the year in progress with its mark under the label on the year axis (issue 13.9)', () => {
    const o = toChartConfig({ ...spec, partial: { label: '2021', lines: ['2021', '(đến 01/12)'] } }, 'vi').options as any;
    const scale = { getLabelForValue: (v: number) => spec.labels[v] };
    expect(o.scales.x.ticks.callback.call(scale, 0)).toBe('2020');
    expect(o.scales.x.ticks.callback.call(scale, 1)).toEqual(['2021', '(đến 01/12)']);
    // without a partial year every label is written as it is
    const plain = toChartConfig(spec, 'vi').options as any;
    expect(plain.scales.x.ticks.callback.call(scale, 1)).toBe('2021');
  });

  it('tells series apart by dash and point style, not colour alone, and keeps gaps', () => {
    const c = toChartConfig(spec, 'vi');
    const [bar, line] = c.data.datasets as any[];
    expect(bar.type).toBe('bar');
    expect(line.borderDash).toEqual([8, 4]);
    expect(line.pointStyle).toBe('triangle');
    expect(line.data).toEqual([null, 0.875]);
    expect(line.yAxisID).toBe('y2');
  });

  it('follows a point to the records behind it on click', () => {
    const visited: string[] = [];
    const withLinks: ChartSpec = { ...spec, series: [{ ...spec.series[0], hrefs: ['/kiem-tra?from=2020', null] }] };
    const o = toChartConfig(withLinks, 'vi', (h) => visited.push(h)).options as any;
    o.onClick({}, [{ datasetIndex: 0, index: 0 }]);
    o.onClick({}, [{ datasetIndex: 0, index: 1 }]);
    expect(visited).toEqual(['/kiem-tra?from=2020']);
  });

  it('formats values by unit and language', () => {
    expect(formatValue(0.5, 'score', 'en')).toBe('50%');
    expect(formatValue(null, 'count', 'vi')).toBe('–');
  });
});

describe('partialYearMark (chart axes and heat-table year columns)', () => {
  it('marks the current year when it is shown, nothing for a span of whole years', () => {
    expect(partialYearMark(['2025', '2026'], 2026, '(đến 29/10)')).toEqual({ label: '2026', lines: ['2026', '(đến 29/10)'] });
    expect(partialYearMark(['2019', '2020'], 2026, '(đến 29/10)')).toBeUndefined();
    expect(partialYearMark(['2026'], undefined, '(đến 29/10)')).toBeUndefined();
  });
});
