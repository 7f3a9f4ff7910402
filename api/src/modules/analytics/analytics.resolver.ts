import type { GraphQLResolveInfo } from 'graphql';
import { loadNow, prefetch } from '../../shared/dataloaders.js';
import { selectsPath } from '../../shared/selection.js';
import { Arg, Ctx, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { InputProblem, NULL_ON_ERROR } from '../../shared/errors.js';
import { dateArg, today } from '../../shared/list.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { Inspection } from '../inspection/inspection.entity.js';
import { Requirement } from '../requirement/requirement.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { AnalyticsFilter, AwardDimension, ComplianceDimension, Dimension, UninspectedFilter, UninspectedWhere } from './analytics.inputs.js';
import { AwardRow, ComplianceRow, ComplianceSummaryRow, CoverageRow, DimensionRow, PlanRow, RecommendationRow, UninspectedUnit } from './analytics.types.js';
import { awardStats } from './award-stats.service.js';
import { compliance, complianceSummary } from './compliance.service.js';
import { coverage } from './coverage.service.js';
import { planRate } from './plan-rate.service.js';
import { openRecommendations } from './recommendations.service.js';
import { DEFAULT_KINDS, resolveScope } from './scope.js';
import { AnalyticsOrder, readOrder } from './order.js';
import { COVERAGE_FIELDS } from './coverage.service.js';
import { COMPLIANCE_FIELDS, COMPLIANCE_SUMMARY_FIELDS } from './compliance.service.js';
import { AWARD_FIELDS } from './award-stats.service.js';
import { PLAN_FIELDS } from './plan-rate.service.js';
import { RECOMMENDATION_FIELDS } from './recommendations.service.js';
import { UNINSPECTED_COLUMNS, uninspectedUnits } from './uninspected.service.js';
import { recordsCondition } from '../../shared/where-list.js';

/** Whether the query's own selection (fragments included) asks for `field` on each row. */
const selects = (info: GraphQLResolveInfo, field: string): boolean => selectsPath(info, [field]);

/**
 * Loads the districts, units and requirements that the rows name (one batched statement each, as
 * the loaders would) before GraphQL walks the rows, so that `district`, `unit` and `requirement`
 * resolve without a promise per row (`prefetch`/`loadNow`, as the record lists do), and the
 * statement starts as soon as the metric's rows are in. Only for the fields the query selects.
 */
async function withUnits<R extends DimensionRow>(ctx: Context, info: GraphQLResolveInfo, rows: R[]): Promise<R[]> {
  const ids = (pick: (r: R) => number | null | undefined) => rows.flatMap((r) => (pick(r) == null ? [] : [pick(r)!]));
  const requirementIds = ids((r) => (r as { requirementId?: number }).requirementId);
  const unitIds = [...(selects(info, 'district') ? ids((r) => r.districtId) : []), ...(selects(info, 'unit') ? ids((r) => r.unitId) : [])];
  await Promise.all([
    unitIds.length ? prefetch(ctx.loaders.unit, unitIds) : null,
    requirementIds.length && selects(info, 'requirement') ? prefetch(ctx.loaders.requirement, requirementIds) : null,
  ]);
  return rows;
}

@Resolver(() => DimensionRow)
export class DimensionRowResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'Quận, huyện — district (null unless DISTRICT is in `by`, or the unit has no district).' })
  district(@Root() row: DimensionRow, @Ctx() ctx: Context) {
    return row.districtId == null ? null : loadNow(ctx.loaders.unit, row.districtId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị — the unit (null unless UNIT is in `by`); under CURRENT, the current successor.' })
  unit(@Root() row: DimensionRow, @Ctx() ctx: Context) {
    return row.unitId == null ? null : loadNow(ctx.loaders.unit, row.unitId);
  }
}

@Resolver(() => CoverageRow)
export class CoverageRowResolver extends DimensionRowResolver {}

@Resolver(() => ComplianceRow)
export class ComplianceRowResolver extends DimensionRowResolver {
  @FieldResolver(() => Requirement, { description: 'Nội dung/tiêu chí — the requirement the findings are about.' })
  requirement(@Root() row: ComplianceRow, @Ctx() ctx: Context) {
    return loadNow(ctx.loaders.requirement, row.requirementId);
  }
}

@Resolver(() => ComplianceSummaryRow)
export class ComplianceSummaryRowResolver extends DimensionRowResolver {}

@Resolver(() => AwardRow)
export class AwardRowResolver extends DimensionRowResolver {}

@Resolver(() => PlanRow)
export class PlanRowResolver extends DimensionRowResolver {}

@Resolver(() => RecommendationRow)
export class RecommendationRowResolver extends DimensionRowResolver {}

@ObjectType({ description: 'A page of units ordered for planning the next inspection round (never inspected first, then the longest uninspected).' })
export class UninspectedUnitConnection extends Connection(UninspectedUnit, 'UninspectedUnit', 'units with their last inspection') {}

@Resolver(() => UninspectedUnit)
export class UninspectedUnitResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị — the unit.' })
  async unit(@Root() row: UninspectedUnit, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.load(row.unitId))!;
  }

  @FieldResolver(() => Inspection, { nullable: true, description: 'The last inspection on or before asOf (possibly of a predecessor); null = never inspected.' })
  lastInspection(@Root() row: UninspectedUnit, @Ctx() ctx: Context) {
    return row.lastInspectionId == null ? null : ctx.loaders.inspection.load(row.lastInspectionId);
  }
}

const BY = 'Breakdown (dimensions); a dimension left out is null in every row; `[]` = one total row.';
const ORDER_BY =
  'Order of the rows, in SQL: keys are the row fields (measures, or dimensions in `by`; districts, units and requirements by code), each ASC or DESC, nulls last; ties and the rest in the default order (year, quarter, month, district, kind, unit). E.g. `[{ field: "nonCompliant", direction: DESC }]`.';
const LIMIT = 'At most this many rows, after ordering (top-N, in SQL); none = all. Must not be negative.';

@Resolver()
export class AnalyticsResolver {
  @Query(() => [CoverageRow], {
    nullable: true,
    description:
      'Độ bao phủ kiểm tra — inspection coverage (SPEC §4): units in scope with ≥ 1 inspection ÷ units in scope, per year or over the span, by the dimensions in `by`. `by: []` gives one total row. ' + NULL_ON_ERROR,
  })
  async coverage(
    @Arg('filter', () => AnalyticsFilter, { description: 'Years, unit kinds, subtree and structure.' }) filter: AnalyticsFilter,
    @Arg('by', () => [Dimension], { description: `${BY} Without YEAR, the span rule: units active in the span and inspected in it ÷ units active in it.` }) by: Dimension[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => [AnalyticsOrder], { nullable: true, description: ORDER_BY }) orderBy?: AnalyticsOrder[],
    @Arg('limit', () => Int, { nullable: true, description: LIMIT }) limit?: number,
  ): Promise<CoverageRow[]> {
    const sql = sqlFor(ctx.em);
    return withUnits(ctx, info, await coverage(sql, await resolveScope(ctx.scope, filter), by, { order: readOrder(orderBy, limit, COVERAGE_FIELDS, by) }));
  }

  @Query(() => [ComplianceRow], {
    nullable: true,
    description:
      'Điểm tuân thủ — compliance per requirement (SPEC §4), and per the dimensions in `by`: findings counted per result, score = (C + 0.5·P) ÷ (C + P + N), NOT_APPLICABLE excluded, null when that is 0. A finding counts in the year of its inspection, when the inspected unit is in scope that year (under CURRENT, then under its current successor). Requirements with no finding in scope have no row. ' + NULL_ON_ERROR,
  })
  async compliance(
    @Arg('filter', () => AnalyticsFilter, { description: 'Years (of the inspection dates), unit kinds, subtree and structure.' }) filter: AnalyticsFilter,
    @Arg('by', () => [Dimension], { description: `${BY} The requirement is always a dimension.` }) by: Dimension[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => [AnalyticsOrder], { nullable: true, description: ORDER_BY }) orderBy?: AnalyticsOrder[],
    @Arg('limit', () => Int, { nullable: true, description: LIMIT }) limit?: number,
  ): Promise<ComplianceRow[]> {
    const sql = sqlFor(ctx.em);
    return withUnits(ctx, info, await compliance(sql, await resolveScope(ctx.scope, filter), by, { order: readOrder(orderBy, limit, COMPLIANCE_FIELDS, by) }));
  }

  @Query(() => [ComplianceSummaryRow], {
    nullable: true,
    description:
      'Điểm tuân thủ tổng hợp — the overall compliance score (SPEC §4) of all findings in scope, or per requirement group (CATEGORY) and the dimensions in `by`: the same findings as `compliance` (a finding counts in the year of its inspection when the inspected unit is in scope that year; under CURRENT under its current successor), counted per result, score = (C + 0.5·P) ÷ (C + P + N) over those findings, null when that is 0. Groups without findings have no row, except that `by: []` always gives one row. ' + NULL_ON_ERROR,
  })
  async complianceSummary(
    @Arg('filter', () => AnalyticsFilter, { description: 'Years (of the inspection dates), unit kinds, subtree and structure.' }) filter: AnalyticsFilter,
    @Arg('by', () => [ComplianceDimension], { description: `${BY} No per-requirement breakdown (use \`compliance\`).` }) by: ComplianceDimension[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => [AnalyticsOrder], { nullable: true, description: ORDER_BY }) orderBy?: AnalyticsOrder[],
    @Arg('limit', () => Int, { nullable: true, description: LIMIT }) limit?: number,
  ): Promise<ComplianceSummaryRow[]> {
    const sql = sqlFor(ctx.em);
    return withUnits(ctx, info, await complianceSummary(sql, await resolveScope(ctx.scope, filter), by, { order: readOrder(orderBy, limit, COMPLIANCE_SUMMARY_FIELDS, by) }));
  }

  @Query(() => [AwardRow], {
    nullable: true,
    description:
      'Khen thưởng — award counts (SPEC §4): one per recipient of a decision. YEAR is the decision year (null when its date is unknown). A dated decision is in [fromYear, toYear] by its date; an undated one when its period overlaps the range (the founding 2015–2020 Bằng khen counts in any range meeting 2015–2020). Unit kinds and subtree apply to the recipient as recorded; under CURRENT the recipient is replaced by its current successor. ' + NULL_ON_ERROR,
  })
  async awardStats(
    @Arg('filter', () => AnalyticsFilter, { description: 'Years (of the decisions), recipient kinds, subtree and structure.' }) filter: AnalyticsFilter,
    @Arg('by', () => [AwardDimension], { description: BY }) by: AwardDimension[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => [AnalyticsOrder], { nullable: true, description: ORDER_BY }) orderBy?: AnalyticsOrder[],
    @Arg('limit', () => Int, { nullable: true, description: LIMIT }) limit?: number,
  ): Promise<AwardRow[]> {
    const sql = sqlFor(ctx.em);
    const order = readOrder(orderBy, limit, AWARD_FIELDS, by);
    return withUnits(ctx, info, await awardStats(sql, await resolveScope(ctx.scope, filter), by, { order, decisions: selects(info, 'decisions') }));
  }

  @Query(() => [PlanRow], {
    nullable: true,
    description:
      'Tỷ lệ ban hành kế hoạch — plan rate (SPEC §4): units in scope(Y) with an annual QCDC plan for Y ÷ units in scope(Y). Without YEAR in `by`, the span rule as for coverage: units active in the span with a plan for at least one year of the span in which they were active ÷ units active in the span. Under CURRENT, distinct current successors are counted. ' + NULL_ON_ERROR,
  })
  async planRate(
    @Arg('filter', () => AnalyticsFilter, { description: 'Years (of the plans), unit kinds, subtree and structure.' }) filter: AnalyticsFilter,
    @Arg('by', () => [Dimension], { description: BY }) by: Dimension[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => [AnalyticsOrder], { nullable: true, description: ORDER_BY }) orderBy?: AnalyticsOrder[],
    @Arg('limit', () => Int, { nullable: true, description: LIMIT }) limit?: number,
  ): Promise<PlanRow[]> {
    const sql = sqlFor(ctx.em);
    const calendar = by.find((b) => b === Dimension.QUARTER || b === Dimension.MONTH);
    if (calendar) throw new InputProblem('by', `planRate counts annual plans (kế hoạch năm), per year: ${calendar} does not apply`);
    return withUnits(ctx, info, await planRate(sql, await resolveScope(ctx.scope, filter), by, { order: readOrder(orderBy, limit, PLAN_FIELDS, by) }));
  }

  @Query(() => [RecommendationRow], {
    nullable: true,
    description:
      'Kiến nghị chưa khắc phục — open recommendations at a date (SPEC §4): recommendations of inspections dated on or before asOf that are not resolved on or before it; overdue = open with a due date before asOf. Counted under the inspected unit (in scope in the inspection year), by the dimensions in `by` (YEAR = inspection year). ' + NULL_ON_ERROR,
  })
  async openRecommendations(
    @Arg('filter', () => AnalyticsFilter, { description: 'Years (of the inspections), unit kinds, subtree and structure.' }) filter: AnalyticsFilter,
    @Arg('by', () => [Dimension], { description: BY }) by: Dimension[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => [AnalyticsOrder], { nullable: true, description: ORDER_BY }) orderBy?: AnalyticsOrder[],
    @Arg('limit', () => Int, { nullable: true, description: LIMIT }) limit?: number,
    @Arg('asOf', () => String, { nullable: true, description: 'The date D (YYYY-MM-DD); default today.' }) asOf?: string,
  ): Promise<RecommendationRow[]> {
    const sql = sqlFor(ctx.em);
    const date = dateArg('asOf', asOf) ?? today();
    return withUnits(ctx, info, await openRecommendations(sql, await resolveScope(ctx.scope, filter), by, date, { order: readOrder(orderBy, limit, RECOMMENDATION_FIELDS, by) }));
  }

  @Query(() => UninspectedUnitConnection, {
    nullable: true,
    description:
      'Đơn vị lâu chưa được kiểm tra — units active on asOf that were never inspected or not for the longest time, with the date of their last inspection and the days since: never-inspected first, then the oldest last inspection, then code. For planning the next round. ' + NULL_ON_ERROR,
  })
  async uninspectedUnits(
    @Ctx() ctx: Context,
    @Arg('filter', () => UninspectedFilter, { nullable: true, description: 'Date, unit kinds, subtree or district, and whether predecessors\' inspections count.' }) filter?: UninspectedFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
    @Arg('where', () => UninspectedWhere, { nullable: true, description: 'Conditions with and, or, not on the rows (e.g. `{ or: [{ inspections: { eq: 0 } }, { daysSince: { gt: 730 } }], unitKind: { in: [WARD, COMMUNE] } }`), together with `filter`.' }) where?: UninspectedWhere,
  ) {
    const page = readPage(pageInput);
    const sql = sqlFor(ctx.em);
    if (filter?.unitKinds && filter.unitKinds.length === 0) throw new InputProblem('filter.unitKinds', 'give at least one kind, or leave it out for every kind but CITY');
    const ids = await ctx.scope.unitIds({ 'filter.withinUnit': filter?.withinUnit, 'filter.districtCode': filter?.districtCode });
    const { rows, total } = await uninspectedUnits(
      sql,
      {
        asOf: dateArg('filter.asOf', filter?.asOf) ?? today(),
        kinds: filter?.unitKinds ?? DEFAULT_KINDS,
        unitIds: await ctx.scope.within(ids['filter.withinUnit']),
        districtId: ids['filter.districtCode'] ?? null,
        visible: await ctx.scope.units(),
        includePredecessors: !!filter?.includePredecessors,
        notInspectedSince: dateArg('filter.notInspectedSince', filter?.notInspectedSince),
        where: await recordsCondition(ctx.scope, where, UNINSPECTED_COLUMNS),
      },
      page,
    );
    return connection(rows, total, page);
  }
}
