import { buildSchema as build } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './shared/context.js';
import type { NestedArgumentCheck } from './shared/nested-arguments.js';
import {
  AnalyticsResolver, AwardRowResolver, ComplianceRowResolver, ComplianceSummaryRowResolver, CoverageRowResolver, DimensionRowResolver, PlanRowResolver,
  RecommendationRowResolver, UninspectedUnitResolver,
} from './modules/analytics/analytics.resolver.js';
import { BoundaryResolver } from './modules/boundary/boundary.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AwardDecisionResolver, AwardResolver, nestedAwardStatement, UnitAwardsResolver } from './modules/award/award.resolver.js';
import {
  FindingResolver, InspectionResolver, InspectionTeamResolver, nestedInspectionStatement, RecommendationResolver, UnitInspectionsResolver,
} from './modules/inspection/inspection.resolver.js';
import { InspectionReviewResolver } from './modules/inspection/inspection-review.resolver.js';
import { RemediationResolver } from './modules/remediation/remediation.resolver.js';
import { UnitReportResolver } from './modules/unit-report/unit-report.resolver.js';
import { ModelResolver, nestedModelStatement, UnitModelsResolver } from './modules/model/model.resolver.js';
import { nestedPlanStatement, PlanResolver, UnitPlansResolver } from './modules/plan/plan.resolver.js';
import { InspectionPriorityResolver, PlanningResolver, ProgrammeVisitResolver, UncoveredUnitResolver } from './modules/planning/planning.resolver.js';
import { RestructureResolver } from './modules/restructure/restructure.resolver.js';
import { FrameworkResolver, RequirementResolver } from './modules/requirement/requirement.resolver.js';
import { SourceResolver } from './modules/source/source.resolver.js';
import { LineageResolver } from './modules/unit/lineage.resolver.js';
import { nestedUnitStatement, UnitHistoryResolver, UnitResolver } from './modules/unit/unit.resolver.js';

/** Every resolver, listed once; the emitted schema.graphql is built from exactly this. */
export const resolvers = [
  UnitResolver, InspectionResolver, FindingResolver, RecommendationResolver, AwardResolver, AwardDecisionResolver,
  DimensionRowResolver, CoverageRowResolver, AnalyticsResolver,
  ComplianceRowResolver, ComplianceSummaryRowResolver, AwardRowResolver, PlanRowResolver, RecommendationRowResolver, UninspectedUnitResolver,
  UnitHistoryResolver, LineageResolver, RequirementResolver, FrameworkResolver, InspectionTeamResolver, PlanResolver, ModelResolver,
  SourceResolver, PlanningResolver, InspectionPriorityResolver, ProgrammeVisitResolver, UncoveredUnitResolver, AuditResolver,
  UnitInspectionsResolver, UnitAwardsResolver, UnitPlansResolver, UnitModelsResolver, AuthResolver,
  InspectionReviewResolver, RestructureResolver, RemediationResolver, UnitReportResolver, BoundaryResolver,
] as const;

/**
 * The nested lists with the arguments of a top-level list, by schema coordinate: their arguments
 * are checked once before a request runs (shared/nested-arguments.ts), not once per parent.
 */
export const NESTED_ARGUMENT_CHECKS: Record<string, NestedArgumentCheck<Context>> = {
  'Unit.inspections': nestedInspectionStatement,
  'UnitHistory.inspections': nestedInspectionStatement,
  'UnitHistory.awards': nestedAwardStatement,
  'Unit.awards': nestedAwardStatement,
  'Unit.plans': nestedPlanStatement,
  'Unit.models': nestedModelStatement,
  'UnitHistory.units': nestedUnitStatement,
};

let cached: Promise<GraphQLSchema> | undefined;
export function buildSchema(): Promise<GraphQLSchema> {
  cached ??= build({ resolvers: resolvers as never, validate: false, emitSchemaFile: false }).then((schema) => {
    // type-graphql has no option for the root type's description; the schema contract wants one
    schema.getQueryType()!.description =
      'QCDC Hub — records (units, inspections, findings, recommendations, awards, plans, models, sources) as paginated lists, and the analytics of SPEC §4 (coverage, compliance, awards, plan rate, open recommendations), and inspection planning (priorities, draft programme).';
    schema.getMutationType()!.description =
      'QCDC Hub — writes (SPEC §6.3): recording, submitting, approving and returning inspections; restructuring units; remediation of recommendations; annual plans and models of units; every write goes through the one gateway and is audited.';
    return schema;
  });
  return cached;
}
