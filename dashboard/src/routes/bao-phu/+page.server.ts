import { analyticsFilter, parseFilters } from '$lib/filters';
import { gql } from '$lib/server/api';
import { CoverageByDistrictYear, CoverageByKind, UninspectedUnits } from '$lib/server/queries/coverage';
import { todayIso } from '$lib/dates';
import { CoverageByYear } from '$lib/server/queries/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const filter = analyticsFilter(filters);
  // the planning list looks at the end of the range (or today): units active then, by time since their last inspection
  const end = `${filters.to}-12-31`;
  const asOf = end < todayIso() ? end : todayIso();
  const [perYear, matrix, byKind, uninspected] = await Promise.all([
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
  ]);
  return {
    filters,
    problems,
    perYear: perYear.data.coverage,
    matrix: matrix.data.coverage,
    byKind: byKind.data.coverage,
    uninspected: uninspected.data.uninspectedUnits,
    asOf,
    queries: { perYear: perYear.shown, matrix: matrix.shown, byKind: byKind.shown, uninspected: uninspected.shown },
  };
};
