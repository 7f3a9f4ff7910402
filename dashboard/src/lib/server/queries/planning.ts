import { graphql } from '$lib/graphql';

export const PlanningPriorities = graphql(`
  query PlanningPriorities($asOf: Date!, $filter: PriorityFilter, $limit: Int) {
    inspectionPriorities(asOf: $asOf, filter: $filter, limit: $limit) {
      rank
      total
      score
      unit {
        code
        name
        kind
      }
      district {
        code
        name
      }
      districtFromPredecessors
      predecessors
      historyKnownFrom
      neverInspected
      lastInspectionDate
      yearsSince
      inspectionsLast5Years
      lastRating
      lastScore
      openRecommendations
      overdueRecommendations
      maxDaysOverdue
      hasPlan
      lastInspectionInherited
      lastInspection {
        code
        isDemo
        unit {
          code
          name
        }
      }
      factors {
        name
        value
        weight
        points
      }
    }
    priorityFactors {
      name
      labelVi
      labelEn
      weight
      cap
      source
    }
  }
`);

export const PlanningProgramme = graphql(`
  query PlanningProgramme($input: ProgrammeInput!) {
    draftProgramme(input: $input) {
      year
      asOf
      cycleYears
      capacity
      unitsInScope
      coversCycle
      teams {
        name
        capacity
        visits
      }
      horizon {
        year
        due
        planned
      }
      visits {
        seq
        team
        month
        reason
        deadlineYear
        unit {
          code
          name
        }
        priority {
          score
          lastInspectionDate
          lastInspection {
            isDemo
          }
        }
      }
      uncovered {
        reason
        deadlineYear
        unit {
          code
          name
        }
        priority {
          score
          lastInspectionDate
        }
      }
    }
  }
`);
