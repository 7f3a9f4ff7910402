import { graphql } from '$lib/graphql';

/** The yearly series of the trends page (coverage, overall compliance score, plan rate), one round trip. */
export const TrendSeries = graphql(`
  query TrendSeries($filter: AnalyticsFilter!) {
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
    planRate(filter: $filter, by: [YEAR]) {
      year
      unitsInScope
      unitsWithPlan
      rate
    }
  }
`);
