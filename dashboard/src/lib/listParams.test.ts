import { describe, expect, it } from 'vitest';
import { defaultFilters } from './filters';
import { carriedParams, firstPageHref, inspectionFilter, inspectionListKeep, nextPageHref, parseInspectionList } from './listParams';

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

describe('list paging links', () => {
  const url = new URL('http://x/kiem-tra?from=2020&ikind=GOOD&after=old&start=50&lang=en');

  it('moves the cursor on and back to page one, keeping the filters', () => {
    // page two held rows 51–100, so the next page starts at index 100
    expect(nextPageHref(url, 'bzoxMDA', 100, '#list')).toBe('/kiem-tra?from=2020&ikind=GOOD&after=bzoxMDA&start=100&lang=en#list');
    expect(firstPageHref(url)).toBe('/kiem-tra?from=2020&ikind=GOOD&lang=en');
  });

  it('carries the shared parameters into a list form, not its own fields, the cursor or the language', () => {
    expect(carriedParams(url, ['ikind'])).toEqual([['from', '2020']]);
  });
});
