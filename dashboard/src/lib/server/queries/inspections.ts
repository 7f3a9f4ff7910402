import { graphql } from '$lib/graphql';

export const InspectionList = graphql(`
  query InspectionList($filter: InspectionFilter, $page: PageInput) {
    inspections(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        code
        date
        kind
        rating
        isDemo
        leader
        unit {
          code
          name
          kind
        }
        team {
          name
        }
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
