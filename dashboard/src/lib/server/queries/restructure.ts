import { graphql } from '$lib/graphql';

/** Restructurings (issue 10): one mutation, previewed with dryRun, then confirmed. */
export const RestructureUnits = graphql(`
  mutation RestructureUnits($input: RestructureInput!, $dryRun: Boolean) {
    restructureUnits(input: $input, dryRun: $dryRun) {
      dryRun
      fromYear
      toYear
      decision
      created
      ended
      renamed
      before {
        ...RestructureSideFields
      }
      after {
        ...RestructureSideFields
      }
    }
  }
  fragment RestructureFigureFields on RestructureFigure {
    unitCode
    unitName
    unitsInScope
    unitsInspected
    inspections
    rate
    compliant
    partial
    nonCompliant
    score
  }
  fragment RestructureSideFields on RestructureSide {
    total {
      ...RestructureFigureFields
    }
    units {
      ...RestructureFigureFields
    }
  }
`);
