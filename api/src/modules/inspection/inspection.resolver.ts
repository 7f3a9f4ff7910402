import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { argumentLoader, loadNow, prefetch, preparedOnce } from '../../shared/dataloaders.js';
import { selectsPath } from '../../shared/selection.js';
import { RecommendationStatus } from '../../shared/enums.js';
import { dateArg, idsByUnitGroups, isDemoSource, today } from '../../shared/list.js';
import { sqlFor } from '../../shared/sql.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { Requirement } from '../requirement/requirement.entity.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Finding } from './finding.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { Inspection } from './inspection.entity.js';
import {
  FindingFilter, FindingOrder, FindingWhere, InspectionFilter, InspectionOrder, InspectionWhere, RecommendationFilter, RecommendationOrder, RecommendationWhere, TeamFilter, TeamOrder, TeamWhere,
} from './inspection.inputs.js';
import { inspectionIdByCode, inspectionStatement, listFindings, listInspections, listRecommendations, listTeams, teamIdByName } from './inspection.service.js';
import { Recommendation } from './recommendation.entity.js';
import { NULL_ON_ERROR } from '../../shared/errors.js';

const PAGE = { nullable: true, description: 'Which page (cursor pagination).' } as const;

/** The rows a guarded loader kept (a scoped reader's rows outside are null). */
const live = <T>(rows: (T | null | Error)[]): T[] => rows.filter((r): r is T => r != null && !(r instanceof Error));

/**
 * Loads what the query selects below a list of inspections at `at` (their unit, team, findings
 * and the findings' requirements), one statement each as the loaders' batches would, so that
 * GraphQL then walks the rows without a promise per field.
 */
async function preloadInspections(ctx: Context, info: GraphQLResolveInfo | undefined, at: string[], rows: (Inspection | null)[]): Promise<void> {
  if (!info) return;
  const inspections = live(rows);
  const [, , findings] = await Promise.all([
    selectsPath(info, [...at, 'unit']) ? prefetch(ctx.loaders.unit, inspections.map((i) => i.unit.id)) : null,
    selectsPath(info, [...at, 'team']) ? prefetch(ctx.loaders.team, inspections.map((i) => i.team.id)) : null,
    selectsPath(info, [...at, 'findings']) ? prefetch(ctx.loaders.findings, inspections.map((i) => i.id)) : null,
  ]);
  if (findings && selectsPath(info, [...at, 'findings', 'requirement'])) {
    await prefetch(ctx.loaders.requirement, findings.flat().map((f) => f.requirement.id));
  }
}

/** The same below a list of findings: their requirement, their inspection and what it selects. */
async function preloadFindings(ctx: Context, info: GraphQLResolveInfo | undefined, at: string[], rows: (Finding | null)[]): Promise<void> {
  if (!info) return;
  const findings = live(rows);
  const [, inspections] = await Promise.all([
    selectsPath(info, [...at, 'requirement']) ? prefetch(ctx.loaders.requirement, findings.map((f) => f.requirement.id)) : null,
    selectsPath(info, [...at, 'inspection']) ? prefetch(ctx.loaders.inspection, findings.map((f) => f.inspection.id)) : null,
  ]);
  if (inspections) await preloadInspections(ctx, info, [...at, 'inspection'], inspections);
}

@ObjectType({ description: 'A page of inspections (cuộc kiểm tra).' })
export class InspectionConnection extends Connection(Inspection, 'Inspection', 'inspections') {}
@ObjectType({ description: 'A page of findings (kết quả theo tiêu chí).' })
export class FindingConnection extends Connection(Finding, 'Finding', 'findings') {}
@ObjectType({ description: 'A page of recommendations (kiến nghị).' })
export class RecommendationConnection extends Connection(Recommendation, 'Recommendation', 'recommendations') {}
@ObjectType({ description: 'A page of inspection teams (Đoàn kiểm tra).' })
export class InspectionTeamConnection extends Connection(InspectionTeam, 'InspectionTeam', 'inspection teams') {}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => Inspection, { nullable: true, description: 'One inspection by its code.' })
  async inspection(@Arg('code', () => String, { description: 'The inspection code, e.g. KT-2021-S_KHDT-0001.' }) code: string, @Ctx() ctx: Context) {
    const id = await inspectionIdByCode(ctx.em, code);
    // the inspection loader leaves out inspections of units outside the scope: the same null as an unknown code
    return id === null ? null : ctx.loaders.inspection.load(id);
  }

  @Query(() => InspectionConnection, { nullable: true, description: 'Kiểm tra — inspections, filtered and ordered (newest first by default), a page at a time.' + ' ' + NULL_ON_ERROR })
  async inspections(
    @Ctx() ctx: Context,
    @Arg('filter', () => InspectionFilter, { nullable: true, description: 'Which inspections; all when left out.' }) filter?: InspectionFilter,
    @Arg('orderBy', () => InspectionOrder, { nullable: true, description: 'Order; default DATE_DESC.' }) orderBy?: InspectionOrder,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
    @Arg('where', () => InspectionWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ rating: { gte: GOOD } }`), together with `filter`.' }) where?: InspectionWhere,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listInspections(ctx.em, ctx.scope, filter, orderBy, page, where);
    const nodes = (await ctx.loaders.inspection.loadMany(ids)) as Inspection[];
    await preloadInspections(ctx, info, ['nodes'], nodes);
    return connection(nodes, total, page);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị — the inspected unit, as it was recorded (see Unit.currentSuccessor for today\'s structure).' })
  unit(@Root() i: Inspection, @Ctx() ctx: Context) {
    return loadNow(ctx.loaders.unit, i.unit.id);
  }

  @FieldResolver(() => InspectionTeam, { description: 'Đoàn kiểm tra — the team.' })
  team(@Root() i: Inspection, @Ctx() ctx: Context) {
    return loadNow(ctx.loaders.team, i.team.id);
  }

  @FieldResolver(() => [Finding], { description: 'Kết quả theo tiêu chí — results per requirement.' })
  findings(@Root() i: Inspection, @Ctx() ctx: Context) {
    return loadNow(ctx.loaders.findings, i.id);
  }

  @FieldResolver(() => [Recommendation], { description: 'Kiến nghị — matters to remedy, by seq.' })
  recommendations(@Root() i: Inspection, @Ctx() ctx: Context) {
    return ctx.loaders.recommendations.load(i.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this record comes from.' })
  source(@Root() i: Inspection, @Ctx() ctx: Context) {
    const id = refId(i.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the record is generated demo data (Dữ liệu minh họa), not fact.' })
  isDemo(@Root() i: Inspection, @Ctx() ctx: Context) {
    return isDemoSource(ctx.loaders, i.source);
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @Query(() => FindingConnection, { nullable: true, description: 'Kết quả theo tiêu chí — findings of inspections, filtered and ordered, a page at a time.' + ' ' + NULL_ON_ERROR })
  async findings(
    @Ctx() ctx: Context,
    @Arg('filter', () => FindingFilter, { nullable: true, description: 'Which findings; all when left out.' }) filter?: FindingFilter,
    @Arg('orderBy', () => FindingOrder, { nullable: true, description: 'Order; default DATE_DESC.' }) orderBy?: FindingOrder,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
    @Arg('where', () => FindingWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ result: { in: [PARTIAL, NON_COMPLIANT] } }`), together with `filter`.' }) where?: FindingWhere,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listFindings(ctx.em, ctx.scope, filter, orderBy, page, where);
    const nodes = (await ctx.loaders.finding.loadMany(ids)) as Finding[];
    await preloadFindings(ctx, info, ['nodes'], nodes);
    return connection(nodes, total, page);
  }

  @FieldResolver(() => Requirement, { description: 'Nội dung/tiêu chí — the requirement checked.' })
  requirement(@Root() f: Finding, @Ctx() ctx: Context) {
    return loadNow(ctx.loaders.requirement, f.requirement.id);
  }

  @FieldResolver(() => Inspection, { description: 'The inspection that made the finding.' })
  inspection(@Root() f: Finding, @Ctx() ctx: Context) {
    return loadNow(ctx.loaders.inspection, f.inspection.id);
  }
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @Query(() => RecommendationConnection, { nullable: true, description: 'Kiến nghị — matters to remedy noted by inspections, filtered (e.g. open or overdue at a date) and ordered, a page at a time.' + ' ' + NULL_ON_ERROR })
  async recommendations(
    @Ctx() ctx: Context,
    @Arg('filter', () => RecommendationFilter, { nullable: true, description: 'Which recommendations; all when left out.' }) filter?: RecommendationFilter,
    @Arg('orderBy', () => RecommendationOrder, { nullable: true, description: 'Order; default DUE_DATE.' }) orderBy?: RecommendationOrder,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
    @Arg('where', () => RecommendationWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ dueDate: { lt: "2024-03-01" } }`), together with `filter`.' }) where?: RecommendationWhere,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listRecommendations(ctx.em, ctx.scope, filter, orderBy, page, where);
    const nodes = (await ctx.loaders.recommendation.loadMany(ids)) as Recommendation[];
    if (info && selectsPath(info, ['nodes', 'inspection'])) {
      const inspections = await prefetch(ctx.loaders.inspection, live(nodes).map((r) => r.inspection.id));
      await preloadInspections(ctx, info, ['nodes', 'inspection'], inspections);
    }
    return connection(nodes, total, page);
  }

  @FieldResolver(() => Inspection, { description: 'The inspection that made the recommendation.' })
  inspection(@Root() r: Recommendation, @Ctx() ctx: Context) {
    return loadNow(ctx.loaders.inspection, r.inspection.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is open on a date (SPEC §4): made by an inspection on or before it and not resolved on or before it. False when the status is UNKNOWN (neither open nor resolved).' })
  async isOpen(
    @Root() r: Recommendation,
    @Ctx() ctx: Context,
    @Arg('on', () => String, { nullable: true, description: 'The date (YYYY-MM-DD); default today.' }) on?: string,
  ): Promise<boolean> {
    const day = dateArg('on', on) ?? today();
    const inspection = await ctx.loaders.inspection.load(r.inspection.id);
    if (r.status === RecommendationStatus.UNKNOWN) return false;
    return !!inspection && inspection.date <= day && !(r.status === RecommendationStatus.RESOLVED && !!r.resolvedOn && r.resolvedOn <= day);
  }
}

@Resolver(() => InspectionTeam)
export class InspectionTeamResolver {
  @Query(() => InspectionTeam, { nullable: true, description: 'One inspection team (Đoàn kiểm tra) by its exact name.' })
  async inspectionTeam(@Arg('name', () => String, { description: 'The team name, e.g. "Đoàn kiểm tra số 2".' }) name: string, @Ctx() ctx: Context) {
    const id = await teamIdByName(ctx.em, ctx.scope, name);
    return id === null ? null : ctx.loaders.team.load(id);
  }

  @Query(() => InspectionTeamConnection, { nullable: true, description: 'Đoàn kiểm tra — the inspection teams, a page at a time.' + ' ' + NULL_ON_ERROR })
  async inspectionTeams(
    @Ctx() ctx: Context,
    @Arg('filter', () => TeamFilter, { nullable: true, description: 'Which teams; all when left out.' }) filter?: TeamFilter,
    @Arg('orderBy', () => TeamOrder, { nullable: true, description: 'Order; default NAME.' }) orderBy?: TeamOrder,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
    @Arg('where', () => TeamWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ not: { name: { contains: "so 2" } } }`), together with `filter`.' }) where?: TeamWhere,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listTeams(ctx.em, ctx.scope, filter, orderBy, page, where);
    return connection((await ctx.loaders.team.loadMany(ids)) as InspectionTeam[], total, page);
  }

  @FieldResolver(() => Int, { description: 'Number of inspections the team made.' })
  inspectionCount(@Root() t: InspectionTeam, @Ctx() ctx: Context) {
    return ctx.loaders.teamInspectionCount.load(t.id);
  }
}

/** The arguments of a nested list of inspections (Unit.inspections, history.inspections). */
export interface InspectionListArgs {
  filter?: InspectionFilter;
  where?: InspectionWhere;
  orderBy?: InspectionOrder;
}

export const NESTED_INSPECTION_ARGS = {
  filter: 'Which inspections, as in the top-level inspections list; all when left out.',
  where: 'Conditions with and, or, not on the fields, as in the top-level inspections list, together with `filter`.',
  orderBy: 'Order; default DATE_ASC (oldest first, as without arguments).',
} as const;

export const hasListArgs = (a: object): boolean => Object.values(a).some((v) => v != null);

/**
 * The statement of a nested inspection list's arguments, made once per request and set of
 * arguments; also the check that refuses bad ones once, before the request runs
 * (NESTED_ARGUMENT_CHECKS in schema.ts, shared/nested-arguments.ts).
 */
export const nestedInspectionStatement = (ctx: Context, args: InspectionListArgs) =>
  preparedOnce(ctx, 'inspections', args, () => inspectionStatement(ctx.scope, args.filter, args.orderBy ?? InspectionOrder.DATE_ASC, args.where));

/**
 * The inspections of a group of units under a list's arguments, read with the top-level list's
 * statement (inspectionStatement): the groups of one batch of parents share one id statement, then
 * the inspection loader (its scope and status guard) gives the rows.
 */
export async function inspectionsOfUnits(ctx: Context, unitIds: readonly number[], args: InspectionListArgs): Promise<Inspection[]> {
  const loader = argumentLoader(ctx, 'inspectionsOfUnits', args, async (groups) => {
    const s = await nestedInspectionStatement(ctx, args);
    return idsByUnitGroups(sqlFor(ctx.em), s, groups);
  });
  return live(await ctx.loaders.inspection.loadMany(await loader.load(unitIds)));
}

/** Unit.inspections, answered by the folder that owns inspections (a unit's other records likewise). */
@Resolver(() => Unit)
export class UnitInspectionsResolver {
  @FieldResolver(() => [Inspection], { description: 'Kiểm tra — inspections recorded against this unit (not its predecessors: see history), oldest first; with arguments, those of the top-level inspections list.' })
  inspections(
    @Root() unit: Unit,
    @Ctx() ctx: Context,
    @Arg('filter', () => InspectionFilter, { nullable: true, description: NESTED_INSPECTION_ARGS.filter }) filter?: InspectionFilter,
    @Arg('orderBy', () => InspectionOrder, { nullable: true, description: NESTED_INSPECTION_ARGS.orderBy }) orderBy?: InspectionOrder,
    @Arg('where', () => InspectionWhere, { nullable: true, description: NESTED_INSPECTION_ARGS.where }) where?: InspectionWhere,
  ) {
    const args = { filter, where, orderBy };
    return hasListArgs(args) ? inspectionsOfUnits(ctx, [unit.id], args) : ctx.loaders.inspectionsOfUnit.load(unit.id);
  }
}
