import { graphql } from '$lib/graphql';

export const ComplianceByYear = graphql(`
  query ComplianceByYear($filter: AnalyticsFilter!) {
    compliance(filter: $filter, by: [YEAR]) {
      year
      requirement {
        code
        title
        titleEn
        category
      }
      compliant
      partial
      nonCompliant
      notApplicable
      score
    }
  }
`);

/** Scores per requirement group over the whole range, summed over findings by the API. */
export const ComplianceByCategory = graphql(`
  query ComplianceByCategory($filter: AnalyticsFilter!) {
    complianceSummary(filter: $filter, by: [CATEGORY]) {
      category
      compliant
      partial
      nonCompliant
      notApplicable
      score
    }
  }
`);

export const FindingList = graphql(`
  query FindingList($filter: FindingFilter, $page: PageInput) {
    findings(filter: $filter, page: $page, orderBy: DATE_DESC) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        result
        note
        requirement {
          code
          title
        }
        inspection {
          code
          date
          isDemo
          unit {
            code
            name
          }
          team {
            name
          }
        }
      }
    }
  }
`);

export const RequirementTitle = graphql(`
  query RequirementTitle($code: String!) {
    requirement(code: $code) {
      code
      title
      titleEn
      category
    }
  }
`);

/** Two spans side by side (issue 13.5): each requirement's score over each span, and the overall score of each. */
export const ComplianceCompare = graphql(`
  query ComplianceCompare($a: AnalyticsFilter!, $b: AnalyticsFilter!) {
    a: compliance(filter: $a, by: []) {
      requirement {
        code
        title
        titleEn
      }
      compliant
      partial
      nonCompliant
      score
    }
    b: compliance(filter: $b, by: []) {
      requirement {
        code
        title
        titleEn
      }
      compliant
      partial
      nonCompliant
      score
    }
    aTotal: complianceSummary(filter: $a, by: []) {
      compliant
      partial
      nonCompliant
      score
    }
    bTotal: complianceSummary(filter: $b, by: []) {
      compliant
      partial
      nonCompliant
      score
    }
  }
`);
