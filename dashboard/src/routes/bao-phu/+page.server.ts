import { analyticsFilter, parseFilters } from '$lib/filters';
import { gql } from '$lib/server/api';
import { CoverageByDistrictYear, CoverageByKind, CoverageCompare, UninspectedUnits } from '$lib/server/queries/coverage';
import { parseSpans } from '$lib/spans';
import { todayIso } from '$lib/dates';
import { CoverageByYear, ScopeChanges } from '$lib/server/queries/overview';
import { scopeFilter } from '$lib/server/scope';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const filter = analyticsFilter(filters);
  // the period comparison: its own two spans, the other filters (kinds, area, structure) as on the page
  const { spans, problems: spanProblems } = parseSpans(url.searchParams, currentYear);
  // the planning list looks at the end of the range (or today): units active then, by time since their last inspection
  const end = `${filters.to}-12-31`;
  const asOf = end < todayIso() ? end : todayIso();
  const [perYear, matrix, byKind, uninspected, compare, scope] = await Promise.all([
    gql(fetch, CoverageByYear, { filter }),
    gql(fetch, CoverageByDistrictYear, { filter }),
    gql(fetch, CoverageByKind, { filter }),
    gql(fetch, UninspectedUnits, {
      filter: {
        asOf,
        ...(filters.kinds.length ? { unitKinds: filters.kinds } : {}),
        ...(filters.within ? { withinUnit: filters.within } : {}),
        // under the current structure a unit inherits its predecessors' inspections
        includePredecessors: filters.structure === 'CURRENT',
      },
      page: { first: 25 },
    }),
    gql(fetch, CoverageCompare, {
      a: analyticsFilter(filters, { fromYear: spans.a.from, toYear: spans.a.to }),
      b: analyticsFilter(filters, { fromYear: spans.b.from, toYear: spans.b.to }),
    }),
    gql(fetch, ScopeChanges, { filter: scopeFilter(filters) }),
  ]);
  return {
    filters,
    problems,
    perYear: perYear.data.coverage,
    matrix: matrix.data.coverage,
    byKind: byKind.data.coverage,
    uninspected: uninspected.data.uninspectedUnits,
    asOf,
    spans,
    spanProblems,
    compare: compare.data,
    scopeEvents: scope.data.lineageEvents.nodes,
    queries: { perYear: perYear.shown, matrix: matrix.shown, byKind: byKind.shown, uninspected: uninspected.shown, compare: compare.shown, scope: scope.shown },
  };
};
