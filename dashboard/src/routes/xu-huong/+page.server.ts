import { analyticsFilter, parseFilters } from '$lib/filters';
import { gql } from '$lib/server/api';
import { TrendSeries } from '$lib/server/queries/trends';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const series = await gql(fetch, TrendSeries, { filter: analyticsFilter(filters) });
  return { filters, problems, series: series.data, query: series.shown };
};
