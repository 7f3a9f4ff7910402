import { graphql } from '$lib/graphql';

/** What SourceView shows of a record's source. */
export const SourceCard = graphql(`
  fragment SourceCard on SourceDocument {
    title
    publisher
    publishedOn
    url
    kind
    isDemo
  }
`);

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
          titleEn
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
        ...SourceCard
      }
    }
  }
`);
