import { graphql } from '$lib/graphql';

export const CoverageByYear = graphql(`
  query CoverageByYear($filter: AnalyticsFilter!) {
    coverage(filter: $filter, by: [YEAR]) {
      year
      unitsInScope
      unitsInspected
      inspections
      rate
    }
  }
`);
