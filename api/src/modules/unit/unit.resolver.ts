import { Arg, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { argumentLoader, preparedOnce } from '../../shared/dataloaders.js';
import { dateArg, idsByUnitGroups, today } from '../../shared/list.js';
import { sqlFor } from '../../shared/sql.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { isActiveOn } from '../../shared/validity.js';
import { Award } from '../award/award.entity.js';
import { AwardFilter, AwardOrder, AwardWhere } from '../award/award.inputs.js';
import { awardsOfUnits } from '../award/award.resolver.js';
import { InspectionFilter, InspectionOrder, InspectionWhere } from '../inspection/inspection.inputs.js';
import { hasListArgs, inspectionsOfUnits, NESTED_INSPECTION_ARGS } from '../inspection/inspection.resolver.js';
import { Inspection } from '../inspection/inspection.entity.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { LineageEvent } from './lineage-event.entity.js';
import { Unit } from './unit.entity.js';
import { UnitFilter, UnitOrder, UnitWhere } from './unit.inputs.js';
import { listUnits, unitIdByCode, unitStatement } from './unit.service.js';
import { NULL_ON_ERROR } from '../../shared/errors.js';

@ObjectType({ description: 'A page of units (Đơn vị).' })
export class UnitConnection extends Connection(Unit, 'Unit', 'units') {}

/** Units by id, leaving out those the loader withholds (outside the reader's scope). */
export async function loadUnits(ctx: Context, ids: number[]): Promise<Unit[]> {
  const units = await ctx.loaders.unit.loadMany(ids);
  for (const u of units) if (u instanceof Error) throw u;
  return units.filter((u): u is Unit => u != null);
}

/** The arguments of a nested list of units (history.units). */
export interface UnitListArgs {
  filter?: UnitFilter;
  where?: UnitWhere;
  orderBy?: UnitOrder;
}

/** The statement of a nested unit list's arguments, made once per request (and checked before it runs: NESTED_ARGUMENT_CHECKS in schema.ts). */
export const nestedUnitStatement = (ctx: Context, args: UnitListArgs) => preparedOnce(ctx, 'units', args, () => unitStatement(ctx.scope, args.filter, args.orderBy, args.where));

/** The units of a group (a unit and its predecessors) under a list's arguments: one id statement per batch of parents. */
async function unitsOfGroup(ctx: Context, unitIds: readonly number[], args: UnitListArgs): Promise<Unit[]> {
  const loader = argumentLoader(ctx, 'unitsOfGroups', args, async (groups) => idsByUnitGroups(sqlFor(ctx.em), await nestedUnitStatement(ctx, args), groups));
  return loadUnits(ctx, await loader.load(unitIds));
}

/** Not an entity: the records of a unit and of every unit that became it. */
@ObjectType({ description: 'Lịch sử — the records of a unit and of all its predecessors through lineage events, transitively (a merged department shows the inspections of the departments merged into it).' })
export class UnitHistory {
  unitIds!: number[];
}

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true, description: 'One unit by its code (mã đơn vị); null when unknown (or outside the reader\'s scope: the same answer).' })
  async unit(@Arg('code', () => String, { description: 'The unit code, e.g. S_KHDT.' }) code: string, @Ctx() ctx: Context) {
    const id = await unitIdByCode(ctx.em, code);
    // the unit loader leaves out units outside the scope
    return id === null ? null : ctx.loaders.unit.load(id);
  }

  @Query(() => UnitConnection, { nullable: true, description: 'Đơn vị — units, filtered and ordered, a page at a time.' + ' ' + NULL_ON_ERROR })
  async units(
    @Ctx() ctx: Context,
    @Arg('filter', () => UnitFilter, { nullable: true, description: 'Which units; all when left out.' }) filter?: UnitFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
    @Arg('orderBy', () => UnitOrder, { nullable: true, description: 'Order; default RELEVANCE when searching, else CODE.' }) orderBy?: UnitOrder,
    @Arg('where', () => UnitWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ validTo: { isNull: true }, kind: { in: [WARD, COMMUNE] } }`), together with `filter`.' }) where?: UnitWhere,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listUnits(ctx.em, ctx.scope, filter, orderBy, page, where);
    const units = await ctx.loaders.unit.loadMany(ids);
    return connection(units as Unit[], total, page);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit above it (đơn vị cấp trên).' })
  parent(@Root() unit: Unit, @Ctx() ctx: Context) {
    const id = refId(unit.parent);
    return id === null ? null : ctx.loaders.unit.load(id);
  }

  @FieldResolver(() => [Unit], { description: 'Units directly below it (đơn vị trực thuộc), ordered by code.' })
  children(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.unitChildren.load(unit.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this unit\'s record comes from.' })
  source(@Root() unit: Unit, @Ctx() ctx: Context) {
    const id = refId(unit.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Quận, huyện — the unit itself if a DISTRICT, else its nearest DISTRICT ancestor, else null (SPEC §4).' })
  async district(@Root() unit: Unit, @Ctx() ctx: Context) {
    const dim = await ctx.loaders.unitDim.load(unit.id);
    return dim?.districtId == null ? null : ctx.loaders.unit.load(dim.districtId);
  }

  @FieldResolver(() => Unit, {
    description:
      'Đơn vị kế thừa hiện nay — the unit its records count under in the CURRENT structure: MERGE, RENAME and TRANSFER followed to their target, SPLIT to its first listed target, until a unit that still exists. The unit itself when it still exists or was dissolved without successor.',
  })
  async currentSuccessor(@Root() unit: Unit, @Ctx() ctx: Context) {
    const dim = await ctx.loaders.unitDim.load(unit.id);
    // for a scoped reader the chain stops at the scope's edge: a successor outside is not named
    return (dim && (await ctx.loaders.unit.load(dim.successorId))) || unit;
  }

  @FieldResolver(() => [Unit], { description: 'Đơn vị tiền thân — units that became this one directly (the from-units of lineage events this unit is a to-unit of), oldest event first.' })
  async predecessors(@Root() unit: Unit, @Ctx() ctx: Context) {
    return loadUnits(ctx, (await ctx.loaders.lineageNeighbours.load(unit.id)).predecessors);
  }

  @FieldResolver(() => [Unit], { description: 'Đơn vị kế thừa — units this one became directly (the to-units of lineage events it is a from-unit of), in listed order.' })
  async successors(@Root() unit: Unit, @Ctx() ctx: Context) {
    return loadUnits(ctx, (await ctx.loaders.lineageNeighbours.load(unit.id)).successors);
  }

  @FieldResolver(() => [LineageEvent], { description: 'Biến động — lineage events the unit takes part in, on either side, oldest first.' })
  async lineageEvents(@Root() unit: Unit, @Ctx() ctx: Context) {
    return (await ctx.loaders.lineageEvent.loadMany(await ctx.loaders.eventsOfUnit.load(unit.id))).filter((e) => e != null);
  }

  @FieldResolver(() => UnitHistory, { description: 'Lịch sử — inspections and awards of this unit and of all its predecessors, transitively.' })
  async history(@Root() unit: Unit, @Ctx() ctx: Context): Promise<UnitHistory> {
    return { unitIds: await ctx.loaders.lineageAncestry.load(unit.id) };
  }

  @FieldResolver(() => Boolean, { description: 'Whether the unit existed on a date (its validity contains it).' })
  isActive(
    @Root() unit: Unit,
    @Arg('on', () => String, { nullable: true, description: 'The date (YYYY-MM-DD); default today.' }) on?: string,
  ): boolean {
    const day = dateArg('on', on) ?? today();
    return isActiveOn(unit, day);
  }
}

@Resolver(() => UnitHistory)
export class UnitHistoryResolver {
  @FieldResolver(() => [Unit], { description: 'The unit and its predecessors, transitively, by code; with arguments, those of them the top-level units list would give.' })
  units(
    @Root() h: UnitHistory,
    @Ctx() ctx: Context,
    @Arg('filter', () => UnitFilter, { nullable: true, description: 'Which units, as in the top-level units list; all when left out.' }) filter?: UnitFilter,
    @Arg('orderBy', () => UnitOrder, { nullable: true, description: 'Order; default CODE (RELEVANCE when searching), as in the top-level units list.' }) orderBy?: UnitOrder,
    @Arg('where', () => UnitWhere, { nullable: true, description: 'Conditions with and, or, not on the fields, as in the top-level units list, together with `filter`.' }) where?: UnitWhere,
  ) {
    const args = { filter, where, orderBy };
    return hasListArgs(args) ? unitsOfGroup(ctx, h.unitIds, args) : loadUnits(ctx, h.unitIds);
  }

  @FieldResolver(() => [Inspection], { description: 'Their inspections, oldest first; with arguments, those of the top-level inspections list.' })
  async inspections(
    @Root() h: UnitHistory,
    @Ctx() ctx: Context,
    @Arg('filter', () => InspectionFilter, { nullable: true, description: NESTED_INSPECTION_ARGS.filter }) filter?: InspectionFilter,
    @Arg('orderBy', () => InspectionOrder, { nullable: true, description: NESTED_INSPECTION_ARGS.orderBy }) orderBy?: InspectionOrder,
    @Arg('where', () => InspectionWhere, { nullable: true, description: NESTED_INSPECTION_ARGS.where }) where?: InspectionWhere,
  ) {
    const args = { filter, where, orderBy };
    if (hasListArgs(args)) return inspectionsOfUnits(ctx, h.unitIds, args);
    const all = (await ctx.loaders.inspectionsOfUnit.loadMany(h.unitIds)).flat() as Inspection[];
    return all.sort((a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code));
  }

  @FieldResolver(() => [Award], { description: 'Their awards, by decision date (undated decisions, known only by an earlier period, first), then recipient code; with arguments, those of the top-level awards list in its order (default DATE_ASC: undated decisions last).' })
  async awards(
    @Root() h: UnitHistory,
    @Ctx() ctx: Context,
    @Arg('filter', () => AwardFilter, { nullable: true, description: 'Which awards, as in the top-level awards list; all when left out.' }) filter?: AwardFilter,
    @Arg('orderBy', () => AwardOrder, { nullable: true, description: 'Order; default DATE_ASC, as in the top-level awards list.' }) orderBy?: AwardOrder,
    @Arg('where', () => AwardWhere, { nullable: true, description: 'Conditions with and, or, not on the fields, as in the top-level awards list, together with `filter`.' }) where?: AwardWhere,
  ) {
    const args = { filter, where, orderBy };
    if (hasListArgs(args)) return awardsOfUnits(ctx, h.unitIds, args);
    const all = (await ctx.loaders.awardsOfUnit.loadMany(h.unitIds)).flat() as Award[];
    const [decisions, recipients] = await Promise.all([
      ctx.loaders.decision.loadMany(all.map((a) => a.decision.id)),
      ctx.loaders.unit.loadMany(all.map((a) => a.recipient.id)),
    ]);
    const key = new Map(all.map((a, i) => [a, `${(decisions[i] as { date?: string | null } | null)?.date ?? ''}|${String(a.decision.id).padStart(10, '0')}|${(recipients[i] as Unit | null)?.code}`]));
    return all.sort((a, b) => key.get(a)!.localeCompare(key.get(b)!));
  }
}
