import { graphql } from '$lib/graphql';

/** What an award table shows (the award list and a unit's award history). */
export const AwardRow = graphql(`
  fragment AwardRow on Award {
    isDemo
    citation
    recipient {
      code
      name
    }
    decision {
      number
      date
      issuer
      kind
      period
    }
  }
`);

export const AwardsByYearKind = graphql(`
  query AwardsByYearKind($filter: AnalyticsFilter!) {
    awardStats(filter: $filter, by: [YEAR, KIND]) {
      year
      kind
      awards
    }
  }
`);

export const AwardsByPeriodKind = graphql(`
  query AwardsByPeriodKind($filter: AnalyticsFilter!) {
    awardStats(filter: $filter, by: [PERIOD, KIND]) {
      period
      kind
      awards
    }
  }
`);

export const AwardsByDistrict = graphql(`
  query AwardsByDistrict($filter: AnalyticsFilter!) {
    awardStats(filter: $filter, by: [DISTRICT]) {
      district {
        code
        name
      }
      awards
    }
  }
`);

export const AwardsByUnitKind = graphql(`
  query AwardsByUnitKind($filter: AnalyticsFilter!) {
    awardStats(filter: $filter, by: [UNIT_KIND]) {
      unitKind
      awards
    }
  }
`);

export const AwardList = graphql(`
  query AwardList($filter: AwardFilter, $page: PageInput) {
    awards(filter: $filter, page: $page, orderBy: DATE_DESC) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...AwardRow
      }
    }
  }
`);
