import { analyticsFilter, parseFilters } from '$lib/filters';
import { gql } from '$lib/server/api';
import { TrendSeries } from '$lib/server/queries/trends';
import { ScopeChanges } from '$lib/server/queries/overview';
import { scopeFilter } from '$lib/server/scope';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const [series, scope] = await Promise.all([gql(fetch, TrendSeries, { filter: analyticsFilter(filters) }), gql(fetch, ScopeChanges, { filter: scopeFilter(filters) })]);
  return { filters, problems, series: series.data, query: series.shown, scopeQuery: scope.shown, scopeEvents: scope.data.lineageEvents.nodes };
};
