import { graphql } from '$lib/graphql';

/** Issue 13.6: the units' boundaries on a day (GeoJSON), for the map. */
export const MapBoundaries = graphql(`
  query MapBoundaries($asOf: Date, $withinUnit: String, $unitKinds: [UnitKind!]) {
    boundaries(asOf: $asOf, withinUnit: $withinUnit, unitKinds: $unitKinds) {
      type
      asOf
      features {
        type
        id
        geometry
        properties {
          unitCode
          name
          nameEn
          kind
          validFrom
          validTo
          sourceKind
          sourceTitle
        }
      }
    }
  }
`);

/** Coverage per unit over the filter's span (SPEC §4 span rule: inspected in the span or not). */
export const MapCoverage = graphql(`
  query MapCoverage($filter: AnalyticsFilter!) {
    coverage(filter: $filter, by: [UNIT]) {
      unit {
        code
      }
      unitsInScope
      unitsInspected
      inspections
      rate
    }
  }
`);

/** Compliance score per unit over the filter's span (SPEC §4). */
export const MapCompliance = graphql(`
  query MapCompliance($filter: AnalyticsFilter!) {
    complianceSummary(filter: $filter, by: [UNIT]) {
      unit {
        code
      }
      compliant
      partial
      nonCompliant
      notApplicable
      score
    }
  }
`);
