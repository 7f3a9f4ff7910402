import { todayIso } from '$lib/dates';
import { analyticsFilter, parseFilters } from '$lib/filters';
import { FOUNDING_INSPECTION } from '$lib/founding';
import { openAsOf } from '$lib/map/kpis';
import { gql } from '$lib/server/api';
import { InspectionDetail } from '$lib/server/queries/inspection';
import { OverviewKpis } from '$lib/server/queries/kpis';
import { CoverageByYear, ScopeChanges } from '$lib/server/queries/overview';
import { scopeFilter } from '$lib/server/scope';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  // the cards compare the last year of the range with the year before it
  const kpiFilter = analyticsFilter(filters, { fromYear: filters.to - 1, toYear: filters.to });
  // open recommendations count every inspection of the range up to the date, not only the last two years
  const asOf = openAsOf(filters.to, todayIso());
  const [coverage, kpis, founding, scope] = await Promise.all([
    gql(fetch, CoverageByYear, { filter: analyticsFilter(filters) }),
    gql(fetch, OverviewKpis, { filter: kpiFilter, openFilter: analyticsFilter(filters), ...asOf }),
    gql(fetch, InspectionDetail, { code: FOUNDING_INSPECTION }),
    gql(fetch, ScopeChanges, { filter: scopeFilter(filters) }),
  ]);
  return {
    filters,
    problems,
    coverage: coverage.data.coverage,
    kpis: kpis.data,
    openAsOf: asOf.asOf,
    founding: founding.data.inspection,
    scopeEvents: scope.data.lineageEvents.nodes,
    queries: { coverage: coverage.shown, kpis: kpis.shown, founding: founding.shown, scope: scope.shown },
  };
};
