import { graphql } from '$lib/graphql';

/** The yearly series of the trends page (coverage, compliance counts, plan rate), one round trip. */
export const TrendSeries = graphql(`
  query TrendSeries($filter: AnalyticsFilter!) {
    coverage(filter: $filter, by: [YEAR]) {
      year
      unitsInScope
      unitsInspected
      inspections
      rate
    }
    compliance(filter: $filter, by: [YEAR]) {
      year
      compliant
      partial
      nonCompliant
      notApplicable
    }
    planRate(filter: $filter, by: [YEAR]) {
      year
      unitsInScope
      unitsWithPlan
      rate
    }
  }
`);
