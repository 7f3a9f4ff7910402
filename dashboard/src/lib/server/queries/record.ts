import { graphql } from '$lib/graphql';

/** Recording and approving inspections (SPEC §6.3): what the form, the review queue and "my records" read and write. */

export const UnitChoices = graphql(`
  query UnitChoices($search: String, $activeOn: String!) {
    units(filter: { search: $search, activeOn: $activeOn }, orderBy: NAME, page: { first: 30 }) {
      nodes {
        code
        name
        kind
      }
    }
  }
`);

export const RequirementsOn = graphql(`
  query RequirementsOn($date: String!) {
    requirements(filter: { validOn: $date }, page: { first: 200 }) {
      nodes {
        code
        title
        titleEn
        category
        framework {
          code
        }
      }
    }
  }
`);

export const InspectionRecord = graphql(`
  fragment InspectionRecord on Inspection {
    code
    version
    status
    author
    returnReason
    reviewedBy
    reviewedAt
    submittedAt
    date
    kind
    rating
    leader
    conclusion
    unit {
      code
      name
    }
    team {
      name
    }
    findings {
      result
      note
      requirement {
        code
        title
        titleEn
      }
    }
    recommendations {
      seq
      text
      dueDate
      status
    }
  }
`);

export const InspectionToEdit = graphql(`
  query InspectionToEdit($code: String!) {
    inspection(code: $code) {
      ...InspectionRecord
    }
  }
`);

export const MyPending = graphql(`
  query MyPending {
    myPendingInspections {
      code
      date
      status
      returnReason
      reviewedBy
      unit {
        name
      }
    }
  }
`);

export const ReviewQueue = graphql(`
  query ReviewQueue {
    inspectionsToReview {
      code
      date
      author
      submittedAt
      returnReason
      unit {
        code
        name
      }
      team {
        name
      }
    }
  }
`);

export const ReviewDetail = graphql(`
  query ReviewDetail($code: String!) {
    inspection(code: $code) {
      ...InspectionRecord
      previousInspection {
        ...InspectionRecord
      }
    }
  }
`);

export const CreateInspection = graphql(`
  mutation CreateInspection($input: InspectionInput!) {
    createInspection(input: $input) {
      code
      version
    }
  }
`);

export const UpdateInspection = graphql(`
  mutation UpdateInspection($code: String!, $version: Int!, $input: InspectionInput!) {
    updateInspection(code: $code, version: $version, input: $input) {
      code
      version
    }
  }
`);

export const SubmitInspection = graphql(`
  mutation SubmitInspection($code: String!) {
    submitInspection(code: $code) {
      code
      status
    }
  }
`);

export const ApproveInspection = graphql(`
  mutation ApproveInspection($code: String!) {
    approveInspection(code: $code) {
      code
      status
    }
  }
`);

export const ReturnInspection = graphql(`
  mutation ReturnInspection($code: String!, $reason: String!) {
    returnInspection(code: $code, reason: $reason) {
      code
      status
    }
  }
`);
