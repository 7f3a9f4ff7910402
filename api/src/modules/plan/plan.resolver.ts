import { Arg, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { argumentLoader, preparedOnce } from '../../shared/dataloaders.js';
import { idsByUnitGroups, isDemoSource } from '../../shared/list.js';
import { sqlFor } from '../../shared/sql.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { AnnualPlan } from './annual-plan.entity.js';
import { PlanFilter, PlanOrder, PlanWhere } from './plan.inputs.js';
import { listPlans, planStatement } from './plan.service.js';
import { NULL_ON_ERROR } from '../../shared/errors.js';

@ObjectType({ description: 'A page of annual QCDC plans (kế hoạch thực hiện QCDC năm).' })
export class AnnualPlanConnection extends Connection(AnnualPlan, 'AnnualPlan', 'annual plans') {}

@Resolver(() => AnnualPlan)
export class PlanResolver {
  @Query(() => AnnualPlanConnection, { nullable: true, description: 'Kế hoạch thực hiện QCDC năm — units\' annual plans, filtered and ordered, a page at a time.' + ' ' + NULL_ON_ERROR })
  async plans(
    @Ctx() ctx: Context,
    @Arg('filter', () => PlanFilter, { nullable: true, description: 'Which plans; all when left out.' }) filter?: PlanFilter,
    @Arg('orderBy', () => PlanOrder, { nullable: true, description: 'Order; default YEAR_DESC.' }) orderBy?: PlanOrder,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
    @Arg('where', () => PlanWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ year: { gte: 2020 }, documentNumber: { isNull: false } }`), together with `filter`.' }) where?: PlanWhere,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listPlans(ctx.em, ctx.scope, filter, orderBy, page, where);
    return connection((await ctx.loaders.plan.loadMany(ids)) as AnnualPlan[], total, page);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị — the unit whose plan it is.' })
  async unit(@Root() p: AnnualPlan, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.load(p.unit.id))!;
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this record comes from.' })
  source(@Root() p: AnnualPlan, @Ctx() ctx: Context) {
    const id = refId(p.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the record is generated demo data (Dữ liệu minh họa), not fact.' })
  isDemo(@Root() p: AnnualPlan, @Ctx() ctx: Context) {
    return isDemoSource(ctx.loaders, p.source);
  }
}

/** The arguments of a nested list of plans (Unit.plans). */
export interface PlanListArgs {
  filter?: PlanFilter;
  where?: PlanWhere;
  orderBy?: PlanOrder;
}

/** The statement of a nested plan list's arguments, made once per request (and checked before it runs: NESTED_ARGUMENT_CHECKS in schema.ts); default YEAR_ASC, as without arguments. */
export const nestedPlanStatement = (ctx: Context, args: PlanListArgs) =>
  preparedOnce(ctx, 'plans', args, () => planStatement(ctx.scope, args.filter, args.orderBy ?? PlanOrder.YEAR_ASC, args.where));

/** The plans of a group of units under a list's arguments: one id statement per batch of parents, then the plan loader. */
export async function plansOfUnits(ctx: Context, unitIds: readonly number[], args: PlanListArgs): Promise<AnnualPlan[]> {
  const loader = argumentLoader(ctx, 'plansOfUnits', args, async (groups) => idsByUnitGroups(sqlFor(ctx.em), await nestedPlanStatement(ctx, args), groups));
  return (await ctx.loaders.plan.loadMany(await loader.load(unitIds))).filter((p): p is AnnualPlan => p != null && !(p instanceof Error));
}

/** Unit.plans, answered by the folder that owns annual plans. */
@Resolver(() => Unit)
export class UnitPlansResolver {
  @FieldResolver(() => [AnnualPlan], { description: 'Kế hoạch thực hiện QCDC năm — its annual plans, by year; with arguments, those of the top-level plans list.' })
  plans(
    @Root() unit: Unit,
    @Ctx() ctx: Context,
    @Arg('filter', () => PlanFilter, { nullable: true, description: 'Which plans, as in the top-level plans list; all when left out.' }) filter?: PlanFilter,
    @Arg('orderBy', () => PlanOrder, { nullable: true, description: 'Order; default YEAR_ASC (oldest first, as without arguments).' }) orderBy?: PlanOrder,
    @Arg('where', () => PlanWhere, { nullable: true, description: 'Conditions with and, or, not on the fields, as in the top-level plans list, together with `filter`.' }) where?: PlanWhere,
  ) {
    const args = { filter, where, orderBy };
    return Object.values(args).some((v) => v != null) ? plansOfUnits(ctx, [unit.id], args) : ctx.loaders.plansOfUnit.load(unit.id);
  }
}
