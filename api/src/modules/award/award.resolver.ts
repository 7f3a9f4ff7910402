import { Arg, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { argumentLoader, preparedOnce } from '../../shared/dataloaders.js';
import { idsByUnitGroups, isDemoSource } from '../../shared/list.js';
import { sqlFor } from '../../shared/sql.js';
import { InputProblem, NULL_ON_ERROR } from '../../shared/errors.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { AwardDecision } from './award-decision.entity.js';
import { Award } from './award.entity.js';
import { AwardDecisionFilter, AwardDecisionOrder, AwardDecisionWhere, AwardFilter, AwardOrder, AwardWhere } from './award.inputs.js';
import { awardStatement, listAwardDecisions, listAwards } from './award.service.js';

const PAGE = { nullable: true, description: 'Which page (cursor pagination).' } as const;

@ObjectType({ description: 'A page of awards (lượt khen thưởng).' })
export class AwardConnection extends Connection(Award, 'Award', 'awards') {}
@ObjectType({ description: 'A page of award decisions (quyết định khen thưởng).' })
export class AwardDecisionConnection extends Connection(AwardDecision, 'AwardDecision', 'award decisions') {}

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => AwardConnection, { nullable: true, description: 'Khen thưởng — award recipients (one per recipient of a decision), filtered and ordered, a page at a time.' + ' ' + NULL_ON_ERROR })
  async awards(
    @Ctx() ctx: Context,
    @Arg('filter', () => AwardFilter, { nullable: true, description: 'Which awards; all when left out.' }) filter?: AwardFilter,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
    @Arg('orderBy', () => AwardOrder, { nullable: true, description: 'Order; default DATE_ASC.' }) orderBy?: AwardOrder,
    @Arg('where', () => AwardWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ kind: { eq: BANG_KHEN }, districtCode: { eq: "D492" } }`), together with `filter`.' }) where?: AwardWhere,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listAwards(ctx.em, ctx.scope, filter, orderBy, page, where);
    return connection((await ctx.loaders.award.loadMany(ids)) as Award[], total, page);
  }

  @FieldResolver(() => AwardDecision, { description: 'Quyết định khen thưởng — the decision.' })
  async decision(@Root() a: Award, @Ctx() ctx: Context) {
    return (await ctx.loaders.decision.load(a.decision.id))!;
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị được khen thưởng — the unit awarded, as recorded.' })
  async recipient(@Root() a: Award, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.load(a.recipient.id))!;
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this award record comes from (a DEMO recipient of a real decision says so here).' })
  source(@Root() a: Award, @Ctx() ctx: Context) {
    const id = refId(a.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when this award record is generated demo data (Dữ liệu minh họa), not fact.' })
  isDemo(@Root() a: Award, @Ctx() ctx: Context) {
    return isDemoSource(ctx.loaders, a.source);
  }
}

@Resolver(() => AwardDecision)
export class AwardDecisionResolver {
  @Query(() => AwardDecision, { nullable: true, description: 'One award decision by id (decisions have no code of their own: numbers restart every year); for a scoped reader only decisions with a recipient in scope.' })
  awardDecision(@Arg('id', () => ID, { description: 'The decision id, as AwardDecision.id returns it (e.g. "12"; a number literal is accepted too).' }) id: string, @Ctx() ctx: Context) {
    if (!/^[1-9]\d{0,9}$/.test(String(id)) || Number(id) > 2147483647) throw new InputProblem('id', `"${id}" is not an award decision id (a positive whole number, as AwardDecision.id returns it)`);
    return ctx.loaders.decision.load(Number(id));
  }

  @Query(() => AwardDecisionConnection, { nullable: true, description: 'Quyết định khen thưởng — award decisions, filtered and ordered, a page at a time.' + ' ' + NULL_ON_ERROR })
  async awardDecisions(
    @Ctx() ctx: Context,
    @Arg('filter', () => AwardDecisionFilter, { nullable: true, description: 'Which decisions; all when left out.' }) filter?: AwardDecisionFilter,
    @Arg('orderBy', () => AwardDecisionOrder, { nullable: true, description: 'Order; default DATE_ASC.' }) orderBy?: AwardDecisionOrder,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
    @Arg('where', () => AwardDecisionWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ periodTo: { eq: 2020 }, not: { number: { isNull: true } } }`), together with `filter`.' }) where?: AwardDecisionWhere,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listAwardDecisions(ctx.em, ctx.scope, filter, orderBy, page, where);
    return connection((await ctx.loaders.decision.loadMany(ids)) as AwardDecision[], total, page);
  }

  @FieldResolver(() => [Award], { description: 'Its recipients (đơn vị được khen thưởng), by recipient code; for a scoped reader those in scope.' })
  awards(@Root() d: AwardDecision, @Ctx() ctx: Context) {
    return ctx.loaders.awardsOfDecision.load(d.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where the decision record comes from.' })
  source(@Root() d: AwardDecision, @Ctx() ctx: Context) {
    const id = refId(d.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the decision record is generated demo data (Dữ liệu minh họa), not fact.' })
  isDemo(@Root() d: AwardDecision, @Ctx() ctx: Context) {
    return isDemoSource(ctx.loaders, d.source);
  }
}

/** The arguments of a nested list of awards (history.awards). */
export interface AwardListArgs {
  filter?: AwardFilter;
  where?: AwardWhere;
  orderBy?: AwardOrder;
}

/** The statement of a nested award list's arguments, made once per request and set of arguments (and checked before it runs, as nestedInspectionStatement). */
export const nestedAwardStatement = (ctx: Context, args: AwardListArgs) => preparedOnce(ctx, 'awards', args, () => awardStatement(ctx.scope, args.filter, args.orderBy, args.where));

/** The awards to a group of units under a list's arguments, with the top-level list's statement: one id statement per batch of parents. */
export async function awardsOfUnits(ctx: Context, unitIds: readonly number[], args: AwardListArgs): Promise<Award[]> {
  const loader = argumentLoader(ctx, 'awardsOfUnits', args, async (groups) => {
    const s = await nestedAwardStatement(ctx, args);
    return idsByUnitGroups(sqlFor(ctx.em), s, groups);
  });
  return (await ctx.loaders.award.loadMany(await loader.load(unitIds))).filter((a): a is Award => a != null && !(a instanceof Error));
}

/** Unit.awards, answered by the folder that owns awards. */
@Resolver(() => Unit)
export class UnitAwardsResolver {
  @FieldResolver(() => [Award], { description: 'Khen thưởng — awards to this unit as recorded, by decision date; with arguments, those of the top-level awards list.' })
  awards(
    @Root() unit: Unit,
    @Ctx() ctx: Context,
    @Arg('filter', () => AwardFilter, { nullable: true, description: 'Which awards, as in the top-level awards list; all when left out.' }) filter?: AwardFilter,
    @Arg('orderBy', () => AwardOrder, { nullable: true, description: 'Order; default DATE_ASC, as in the top-level awards list (undated decisions last).' }) orderBy?: AwardOrder,
    @Arg('where', () => AwardWhere, { nullable: true, description: 'Conditions with and, or, not on the fields, as in the top-level awards list, together with `filter`.' }) where?: AwardWhere,
  ) {
    const args = { filter, where, orderBy };
    return Object.values(args).some((v) => v != null) ? awardsOfUnits(ctx, [unit.id], args) : ctx.loaders.awardsOfUnit.load(unit.id);
  }
}
