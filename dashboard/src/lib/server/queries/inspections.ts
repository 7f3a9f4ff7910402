import { graphql } from '$lib/graphql';

/** What an inspection table shows (the inspection list and a unit's history). */
export const InspectionRow = graphql(`
  fragment InspectionRow on Inspection {
    code
    date
    kind
    rating
    isDemo
    unit {
      code
      name
      kind
    }
    team {
      name
    }
  }
`);

export const InspectionList = graphql(`
  query InspectionList($filter: InspectionFilter, $page: PageInput) {
    inspections(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...InspectionRow
      }
    }
  }
`);

export const RecommendationList = graphql(`
  query RecommendationList($filter: RecommendationFilter, $page: PageInput) {
    recommendations(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        seq
        text
        dueDate
        status
        resolvedOn
        inspection {
          code
          date
          isDemo
          unit {
            code
            name
          }
        }
      }
    }
  }
`);
