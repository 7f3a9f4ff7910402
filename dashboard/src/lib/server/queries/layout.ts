import { graphql } from '$lib/graphql';

export const Districts = graphql(`
  query Districts {
    units(filter: { kinds: [DISTRICT] }, page: { first: 100 }) {
      nodes {
        code
        name
        validTo
      }
    }
  }
`);

export const RecordCounts = graphql(`
  query RecordCounts {
    real: inspections(filter: { demo: false }, page: { first: 1 }) {
      totalCount
    }
    demo: inspections(filter: { demo: true }, page: { first: 1 }) {
      totalCount
    }
    latest: inspections(page: { first: 1 }, orderBy: DATE_DESC) {
      nodes {
        date
      }
    }
  }
`);

export const Me = graphql(`
  query Me {
    me {
      login
      name
      role
      scopeRoots
    }
  }
`);
