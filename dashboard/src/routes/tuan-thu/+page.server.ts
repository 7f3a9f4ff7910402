import { analyticsFilter, parseFilters } from '$lib/filters';
import { gql } from '$lib/server/api';
import { ComplianceByCategory, ComplianceByYear, ComplianceCompare } from '$lib/server/queries/compliance';
import { parseSpans } from '$lib/spans';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const filter = analyticsFilter(filters);
  // the period comparison: its own two spans, the other filters (kinds, area, structure) as on the page
  const { spans, problems: spanProblems } = parseSpans(url.searchParams, currentYear);
  const [perYear, span, compare] = await Promise.all([
    gql(fetch, ComplianceByYear, { filter }),
    gql(fetch, ComplianceByCategory, { filter }),
    gql(fetch, ComplianceCompare, {
      a: analyticsFilter(filters, { fromYear: spans.a.from, toYear: spans.a.to }),
      b: analyticsFilter(filters, { fromYear: spans.b.from, toYear: spans.b.to }),
    }),
  ]);
  return {
    filters,
    problems,
    perYear: perYear.data.compliance,
    span: span.data.complianceSummary,
    spans,
    spanProblems,
    compare: compare.data,
    queries: { perYear: perYear.shown, span: span.shown, compare: compare.shown },
  };
};
