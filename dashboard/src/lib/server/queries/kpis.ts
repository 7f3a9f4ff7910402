import { graphql } from '$lib/graphql';

/** Everything the overview's KPI cards show for a year and the year before, in one round trip. */
export const OverviewKpis = graphql(`
  query OverviewKpis($filter: AnalyticsFilter!, $openFilter: AnalyticsFilter!, $asOf: String!, $prevAsOf: String!) {
    coverage(filter: $filter, by: [YEAR]) {
      year
      unitsInScope
      unitsInspected
      inspections
      rate
    }
    complianceSummary(filter: $filter, by: [YEAR]) {
      year
      score
    }
    awardStats(filter: $filter, by: [YEAR]) {
      year
      awards
    }
    planRate(filter: $filter, by: [YEAR]) {
      year
      unitsInScope
      unitsWithPlan
      rate
    }
    openNow: openRecommendations(filter: $openFilter, by: [], asOf: $asOf) {
      open
      overdue
    }
    openBefore: openRecommendations(filter: $openFilter, by: [], asOf: $prevAsOf) {
      open
      overdue
    }
  }
`);
