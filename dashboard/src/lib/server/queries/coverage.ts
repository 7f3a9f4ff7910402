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
