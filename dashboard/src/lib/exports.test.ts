import { describe, expect, it } from 'vitest';
import { exportHref } from './exports';
import type { Filters } from './filters';

const f: Filters = { from: 2016, to: 2020, kinds: ['WARD', 'COMMUNE'], within: 'D490', structure: 'CURRENT' };

describe('download links', () => {
  it('carry the filters in the API export parameters', () => {
    const href = exportHref('coverage', 'xlsx', f, 'vi', { by: ['DISTRICT', 'YEAR'] });
    const [path, q] = href.split('?');
    expect(path).toBe('/export/coverage.xlsx');
    const p = new URLSearchParams(q);
    expect(Object.fromEntries(p)).toEqual({ from: '2016', to: '2020', unitKinds: 'WARD,COMMUNE', withinUnit: 'D490', structure: 'CURRENT', by: 'DISTRICT,YEAR' });
  });

  it('leave structure out of dataset exports and ask for code headers in English', () => {
    const p = new URLSearchParams(exportHref('inspections', 'csv', f, 'en').split('?')[1]);
    expect(p.has('structure')).toBe(false);
    expect(p.get('lang')).toBe('en');
  });

  it('leave out years and units for reference lists', () => {
    expect(exportHref('requirements', 'csv', f, 'vi', { scoped: false })).toBe('/export/requirements.csv');
  });
});
