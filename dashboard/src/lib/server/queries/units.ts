import { graphql } from '$lib/graphql';

export const UnitTree = graphql(`
  query UnitTree($filter: UnitFilter, $page: PageInput) {
    units(filter: $filter, page: $page) {
      totalCount
      nodes {
        code
        name
        kind
        validFrom
        validTo
        parent {
          code
          name
        }
      }
    }
  }
`);

/** Units of every time matching a search (former units too), each with where its records count today. */
export const UnitSearch = graphql(`
  query UnitSearch($filter: UnitFilter, $page: PageInput) {
    units(filter: $filter, page: $page, orderBy: RELEVANCE) {
      totalCount
      nodes {
        code
        name
        kind
        validFrom
        validTo
        parent {
          code
          name
        }
        currentSuccessor {
          code
          name
        }
      }
    }
  }
`);

/** Every unit's name and validity, for the suggestions of a unit field (one query; the city has a few hundred units of every time). */
export const UnitNames = graphql(`
  query UnitNames {
    units(page: { first: 500 }, orderBy: NAME) {
      totalCount
      nodes {
        code
        name
        kind
        validFrom
        validTo
      }
    }
  }
`);

export const UnitDetail = graphql(`
  query UnitDetail($code: String!) {
    unit(code: $code) {
      code
      name
      nameEn
      kind
      validFrom
      validTo
      parent {
        code
        name
      }
      children {
        code
        name
        kind
        validTo
      }
      source {
        ...SourceCard
      }
    }
  }
`);

export const UnitHistory = graphql(`
  query UnitHistory($code: String!) {
    unit(code: $code) {
      code
      currentSuccessor {
        code
        name
      }
      predecessors {
        code
        name
        validTo
      }
      successors {
        code
        name
        validTo
      }
      plans {
        year
      }
    }
  }
`);

export const UnitLineage = graphql(`
  query UnitLineage($code: String!) {
    lineageEvents(filter: { unitCode: $code }, page: { first: 100 }) {
      nodes {
        date
        type
        decision
        note
        isDemo
        fromUnits {
          code
          name
        }
        toUnits {
          code
          name
        }
      }
    }
  }
`);

/** The restructurings (lineage events) of the city, oldest first: what became what, on which decision (150 events stay under the cost budget). */
export const Reorganisations = graphql(`
  query Reorganisations {
    lineageEvents(page: { first: 150 }, orderBy: DATE_ASC) {
      totalCount
      nodes {
        date
        type
        decision
        isDemo
        fromUnits {
          code
          name
        }
        toUnits {
          code
          name
        }
      }
    }
  }
`);

/** Inspections of the unit and of its predecessors (transitively), oldest first. */
export const UnitInspectionHistory = graphql(`
  query UnitInspectionHistory($code: String!) {
    unit(code: $code) {
      history {
        inspections {
          ...InspectionRow
        }
      }
    }
  }
`);

export const UnitAwardHistory = graphql(`
  query UnitAwardHistory($code: String!) {
    unit(code: $code) {
      history {
        awards {
          ...AwardRow
        }
      }
    }
  }
`);
