import { graphql } from '$lib/graphql';

export const InspectionDetail = graphql(`
  query InspectionDetail($code: String!) {
    inspection(code: $code) {
      code
      date
      isDemo
      kind
      rating
      conclusion
      leader
      unit {
        code
        name
        kind
      }
      team {
        name
        committee
        leader
      }
      findings {
        result
        note
        requirement {
          code
          title
          category
        }
      }
      recommendations {
        seq
        text
        dueDate
        status
        resolvedOn
      }
      source {
        title
        publisher
        publishedOn
        url
        kind
        isDemo
      }
    }
  }
`);
