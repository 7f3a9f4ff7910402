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

/**
 * Restructurings of the shown years that touch the area (issue 13.4): the years in which the set
 * of units in scope changed, annotated on the charts by year. Kinds are checked in the dashboard.
 */
export const ScopeChanges = graphql(`
  query ScopeChanges($filter: LineageFilter) {
    lineageEvents(filter: $filter, orderBy: DATE_ASC, page: { first: 300 }) {
      nodes {
        date
        type
        decision
        fromUnits {
          kind
        }
        toUnits {
          kind
        }
      }
    }
  }
`);
