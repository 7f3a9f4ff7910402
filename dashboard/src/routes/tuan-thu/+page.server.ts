import { analyticsFilter, parseFilters } from '$lib/filters';
import { gql } from '$lib/server/api';
import { ComplianceByCategory, ComplianceByYear } from '$lib/server/queries/compliance';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const filter = analyticsFilter(filters);
  const [perYear, span] = await Promise.all([gql(fetch, ComplianceByYear, { filter }), gql(fetch, ComplianceByCategory, { filter })]);
  return {
    filters,
    problems,
    perYear: perYear.data.compliance,
    span: span.data.complianceSummary,
    queries: { perYear: perYear.shown, span: span.shown },
  };
};
