import { expect, it } from 'vitest';
import { explorerHref, queryExportFormats, queryExportHref } from './query';

const q = { name: 'CoverageByYear', query: 'query CoverageByYear($filter: AnalyticsFilter!) { coverage(filter: $filter, by: [YEAR]) { year } }', variables: { filter: { fromYear: 2015, toYear: 2016 } } };

it('links a query and its variables to the API explorer and to the spreadsheet export, losslessly', () => {
  const ex = new URL(explorerHref('http://api.local:4000', q));
  expect(ex.origin + ex.pathname).toBe('http://api.local:4000/explorer');
  expect(ex.searchParams.get('query')).toBe(q.query);
  expect(JSON.parse(ex.searchParams.get('variables')!)).toEqual(q.variables);

  const dl = new URL(queryExportHref(q, 'xlsx'), 'http://dash.local');
  expect(dl.pathname).toBe('/export/query.xlsx');
  expect(dl.searchParams.get('query')).toBe(q.query);
  expect(JSON.parse(dl.searchParams.get('variables')!)).toEqual(q.variables);
});

it('offers CSV only for a query of one top-level field (a CSV file holds one list), XLSX always', () => {
  expect(queryExportFormats(q)).toEqual(['csv', 'xlsx']);
  const two = { ...q, query: 'query Trend($f: AnalyticsFilter!) { a: coverage(filter: $f, by: [YEAR]) { year } b: compliance(filter: $f, by: [YEAR]) { year } }' };
  expect(queryExportFormats(two)).toEqual(['xlsx']);
  expect(queryExportFormats({ ...q, query: '{ __typename units { totalCount } }' })).toEqual(['csv', 'xlsx']);
});
