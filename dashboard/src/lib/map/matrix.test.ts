import { describe, expect, it } from 'vitest';
import { contrastRatio, coverageMatrix, shade, sortMatrix } from './matrix';

const hc = { code: 'D490', name: 'Quận Hải Châu' };
const cl = { code: 'D495', name: 'Quận Cẩm Lệ' };

describe('district × year coverage matrix', () => {
  it('orders districts the Vietnamese way, puts units without a district last and leaves missing years empty', () => {
    const m = coverageMatrix(
      [
        { year: 2020, district: hc, unitsInScope: 13, unitsInspected: 5, rate: 5 / 13 },
        { year: 2021, district: null, unitsInScope: 20, unitsInspected: 10, rate: 0.5 },
        { year: 2021, district: cl, unitsInScope: 6, unitsInspected: 3, rate: 0.5 },
        { year: 2021, district: hc, unitsInScope: 13, unitsInspected: 0, rate: 0 },
      ],
      [2020, 2021],
      'Không thuộc quận, huyện',
      (d, y) => `/kiem-tra?within=${d ?? ''}&from=${y}&to=${y}`,
      (c) => `/don-vi/${c}`,
    );
    // Cẩm Lệ before Hải Châu; no-district row last
    expect(m.map((r) => r.label)).toEqual(['Quận Cẩm Lệ', 'Quận Hải Châu', 'Không thuộc quận, huyện']);
    // Cẩm Lệ has no 2020 row: empty cell, not 0 %
    expect(m[0].cells[0]).toEqual({ value: null, detail: '', href: null });
    expect(m[0].cells[1]).toEqual({ value: 0.5, detail: '3/6', href: '/kiem-tra?within=D495&from=2021&to=2021' });
    // 0 of 13 inspected is a real 0 %
    expect(m[1].cells[1].value).toBe(0);
    expect(m[1].href).toBe('/don-vi/D490');
    expect(m[2].href).toBeNull();
  });

  it('shades by lightness so high values are dark with white text', () => {
    expect(shade(null).background).toBe('transparent');
    // hsl(205 70% 96%) and hsl(205 70% 30%) in sRGB
    expect(shade(0)).toMatchObject({ background: '#eef6fc', color: '#000000' });
    expect(shade(1)).toMatchObject({ background: '#175582', color: '#ffffff' });
  });

  it('keeps the text of every cell at a contrast of at least 4.5:1 (WCAG AA), mid-blue cells included', () => {
    // white on hsl(205 70% 50%) is about 3.6:1: the middle of the scale takes dark text
    expect(shade(0.7).color).toBe('#000000');
    for (let i = 0; i <= 100; i++) expect(shade(i / 100).contrast, `value ${i / 100}`).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(1, 0)).toBe(21);
  });
});

describe('sortMatrix (the heat table and its PNG share it)', () => {
  const row = (key: string, label: string, values: (number | null)[]) => ({ key, label, href: null, cells: values.map((value) => ({ value, detail: '', href: null })) });
  const rows = [row('a', 'Quận Hải Châu', [0.5, null]), row('b', 'Huyện Hòa Vang', [0.2, 0.9]), row('c', 'Quận Cẩm Lệ', [0.8, 0.1])];
  it('keeps the rows’ own order unsorted, sorts a year column by value with empty cells last, and names the Vietnamese way', () => {
    expect(sortMatrix(rows, { col: null, dir: 'ascending' }, 'vi').map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(sortMatrix(rows, { col: 1, dir: 'ascending' }, 'vi').map((r) => r.key)).toEqual(['b', 'a', 'c']);
    expect(sortMatrix(rows, { col: 2, dir: 'descending' }, 'vi').map((r) => r.key)).toEqual(['b', 'c', 'a']);
    expect(sortMatrix(rows, { col: 0, dir: 'ascending' }, 'vi').map((r) => r.key)).toEqual(['b', 'c', 'a']);
  });
});
