import { describe, expect, it } from 'vitest';
import { countBars, periodCategories, stackedByKind, yearCategories } from './awards';

const t = (k: string) => k;

describe('awards → charts', () => {
  const rows = [
    { year: 2021, kind: 'BANG_KHEN', awards: 3 },
    { year: 2021, kind: 'GIAY_KHEN', awards: 5 },
    { year: 2022, kind: 'GIAY_KHEN', awards: 2 },
    // the founding 2015–2020 Bằng khen has no decision date
    { year: null, kind: 'BANG_KHEN', awards: 18 },
  ];

  it('stacks awards per year by kind, with a "year unknown" column for undated decisions', () => {
    const cats = yearCategories(rows, [2021, 2022], 'undated');
    expect(cats.map((c) => c.label)).toEqual(['2021', '2022', 'undated']);
    const spec = stackedByKind(rows, (r) => (r.year === null ? null : String(r.year)), cats, t, { title: 'x', xLabel: 'y' }, (c, k) => `/k?y=${c}&kind=${k}`);
    expect(spec.stacked).toBe(true);
    expect(spec.series.map((s) => s.key)).toEqual(['BANG_KHEN', 'GIAY_KHEN']);
    expect(spec.series[0].values).toEqual([3, 0, 18]);
    expect(spec.series[1].values).toEqual([5, 2, 0]);
    expect(spec.series[1].hrefs?.[1]).toBe('/k?y=2022&kind=GIAY_KHEN');
  });

  it('orders periods and puts "no period" last', () => {
    const cats = periodCategories(
      [
        { period: '2020-2025', awards: 15 },
        { period: null, awards: 4 },
        { period: '2015-2020', awards: 18 },
      ],
      'none',
    );
    expect(cats).toEqual([
      { key: '2015-2020', label: '2015–2020' },
      { key: '2020-2025', label: '2020–2025' },
      { key: null, label: 'none' },
    ]);
  });

  it('sorts group bars largest first', () => {
    const spec = countBars(
      [
        { key: 'a', label: 'Quận Hải Châu', count: 2, href: null },
        { key: 'b', label: 'Quận Cẩm Lệ', count: 7, href: '/x' },
      ],
      t,
      'title',
      'x',
    );
    expect(spec.labels).toEqual(['Quận Cẩm Lệ', 'Quận Hải Châu']);
    expect(spec.series[0].values).toEqual([7, 2]);
  });
});
