import { buildSchema as build } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AnalyticsResolver, CoverageRowResolver, DimensionRowResolver } from './modules/analytics/analytics.resolver.js';
import { AwardDecisionResolver, AwardResolver } from './modules/award/award.resolver.js';
import { FindingResolver, InspectionResolver, RecommendationResolver } from './modules/inspection/inspection.resolver.js';
import { UnitResolver } from './modules/unit/unit.resolver.js';

/** Every resolver, listed once; the emitted schema.graphql is built from exactly this. */
export const resolvers = [
  UnitResolver, InspectionResolver, FindingResolver, RecommendationResolver, AwardResolver, AwardDecisionResolver,
  DimensionRowResolver, CoverageRowResolver, AnalyticsResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;
export function buildSchema(): Promise<GraphQLSchema> {
  cached ??= build({ resolvers: resolvers as never, validate: false, emitSchemaFile: false });
  return cached;
}
