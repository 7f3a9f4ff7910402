import { graphql } from '$lib/graphql';

export const CoverageByDistrictYear = graphql(`
  query CoverageByDistrictYear($filter: AnalyticsFilter!) {
    coverage(filter: $filter, by: [DISTRICT, YEAR]) {
      year
      district {
        code
        name
      }
      unitsInScope
      unitsInspected
      inspections
      rate
    }
  }
`);

export const CoverageByKind = graphql(`
  query CoverageByKind($filter: AnalyticsFilter!) {
    coverage(filter: $filter, by: [UNIT_KIND]) {
      unitKind
      unitsInScope
      unitsInspected
      inspections
      rate
    }
  }
`);

export const UninspectedUnits = graphql(`
  query UninspectedUnits($filter: UninspectedFilter, $page: PageInput) {
    uninspectedUnits(filter: $filter, page: $page) {
      totalCount
      nodes {
        daysSince
        inspections
        lastInspectionDate
        lastInspection {
          code
          isDemo
          unit {
            code
            name
          }
        }
        unit {
          code
          name
          kind
          district {
            name
          }
        }
      }
    }
  }
`);

/** Two spans side by side (issue 13.5): by district and in total, each by the span rule (SPEC §4, no YEAR in `by`). */
export const CoverageCompare = graphql(`
  query CoverageCompare($a: AnalyticsFilter!, $b: AnalyticsFilter!) {
    a: coverage(filter: $a, by: [DISTRICT]) {
      district {
        code
        name
      }
      unitsInScope
      unitsInspected
      rate
    }
    b: coverage(filter: $b, by: [DISTRICT]) {
      district {
        code
        name
      }
      unitsInScope
      unitsInspected
      rate
    }
    aTotal: coverage(filter: $a, by: []) {
      unitsInScope
      unitsInspected
      rate
    }
    bTotal: coverage(filter: $b, by: []) {
      unitsInScope
      unitsInspected
      rate
    }
  }
`);
