import { graphql } from '$lib/graphql';

/** Remediation of recommendations and a unit's own reports (plans, models): what the forms read and write. */

export const ProgressStep = graphql(`
  fragment ProgressStep on RecommendationProgress {
    at
    date
    status
    note
    login
    via
    report
  }
`);

export const RecommendationToUpdate = graphql(`
  query RecommendationToUpdate($code: String!) {
    recommendations(filter: { inspectionCode: $code }, page: { first: 100 }) {
      nodes {
        seq
        text
        dueDate
        status
        resolvedOn
        version
        progress {
          ...ProgressStep
        }
        inspection {
          code
          date
          status
          unit {
            code
            name
          }
        }
      }
    }
  }
`);

export const UnitRecommendations = graphql(`
  query UnitRecommendations($code: String!) {
    recommendations(filter: { unitCode: $code }, orderBy: DATE_DESC, page: { first: 50 }) {
      totalCount
      nodes {
        seq
        text
        dueDate
        status
        resolvedOn
        progress {
          ...ProgressStep
        }
        inspection {
          code
          date
          status
        }
      }
    }
  }
`);

export const UpdateRecommendationProgress = graphql(`
  mutation UpdateRecommendationProgress($code: String!, $seq: Int!, $input: RecommendationProgressInput!) {
    updateRecommendationProgress(inspectionCode: $code, seq: $seq, input: $input) {
      seq
      status
      version
    }
  }
`);

export const UnitReports = graphql(`
  query UnitReports($code: String!) {
    unit(code: $code) {
      code
      name
      plans {
        year
        issuedOn
        documentNumber
        version
      }
      models {
        year
        title
        field
        level
      }
    }
  }
`);

export const SubmitAnnualPlan = graphql(`
  mutation SubmitAnnualPlan($input: AnnualPlanInput!, $version: Int) {
    submitAnnualPlan(input: $input, version: $version) {
      year
      version
    }
  }
`);

export const SubmitModel = graphql(`
  mutation SubmitModel($input: ModelInput!) {
    submitModel(input: $input) {
      year
      title
    }
  }
`);

/** The history of the rows of one page of RecommendationList (same filter and page; kept apart so that list's download of 500 rows stays within the query budget). */
export const RecommendationProgressOf = graphql(`
  query RecommendationProgressOf($filter: RecommendationFilter, $page: PageInput) {
    recommendations(filter: $filter, page: $page) {
      nodes {
        seq
        inspection {
          code
        }
        progress {
          ...ProgressStep
        }
      }
    }
  }
`);
