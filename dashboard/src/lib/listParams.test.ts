import { describe, expect, it } from 'vitest';
import { defaultFilters } from './filters';
import { inspectionFilter, inspectionListKeep, parseInspectionList } from './listParams';

describe('inspection list parameters', () => {
  it('keeps valid values, drops the rest', () => {
    const l = parseInspectionList(new URLSearchParams('ikind=THEMATIC,BOGUS&rating=GOOD&origin=demo&unit=S_KHDT&after=bzo1MA&start=50'));
    expect(l).toEqual({ kinds: ['THEMATIC'], ratings: ['GOOD'], origin: 'demo', unit: 'S_KHDT', after: 'bzo1MA', start: 50 });
    const bad = parseInspectionList(new URLSearchParams('origin=maybe&unit=%3Cscript%3E&start=-3'));
    expect(bad).toEqual({ kinds: [], ratings: [], origin: 'all', unit: null, after: null, start: 0 });
  });

  it('becomes the API filter with the shared filters', () => {
    const f = { ...defaultFilters(2026), from: 2020, to: 2021, within: 'D490' };
    const l = parseInspectionList(new URLSearchParams('origin=real&ikind=PERIODIC'));
    expect(inspectionFilter(f, l)).toEqual({ fromYear: 2020, toYear: 2021, withinUnit: 'D490', kinds: ['PERIODIC'], demo: false });
    expect(inspectionListKeep(l)).toEqual({ ikind: 'PERIODIC', origin: 'real' });
  });
});
