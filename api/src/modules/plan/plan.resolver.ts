import { Arg, Ctx, FieldResolver, InputType, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { InputProblem } from '../../shared/errors.js';
import { isDemoSource, ListQuery, whereDemo, whereUnit } from '../../shared/list.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { RecordFilter } from '../../shared/record-filter.js';
import { sqlFor } from '../../shared/sql.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { AnnualPlan } from './annual-plan.entity.js';

export enum PlanOrder {
  YEAR_DESC = 'YEAR_DESC',
  YEAR_ASC = 'YEAR_ASC',
  UNIT = 'UNIT',
  ISSUED_ON = 'ISSUED_ON',
}
registerEnumType(PlanOrder, {
  name: 'PlanOrder',
  description: 'Order of an annual plan list.',
  valuesConfig: {
    YEAR_DESC: { description: 'Newest year first, then unit code (default).' },
    YEAR_ASC: { description: 'Oldest year first, then unit code.' },
    UNIT: { description: 'By unit code, then year.' },
    ISSUED_ON: { description: 'By date issued (unknown last), then unit code.' },
  },
});

@InputType({ description: 'Which annual QCDC plans (kế hoạch thực hiện QCDC năm) to list; years are the plan years.' })
export class PlanFilter extends RecordFilter {}

@ObjectType({ description: 'A page of annual QCDC plans (kế hoạch thực hiện QCDC năm).' })
export class AnnualPlanConnection extends Connection(AnnualPlan, 'AnnualPlan', 'annual plans') {}

@Resolver(() => AnnualPlan)
export class PlanResolver {
  @Query(() => AnnualPlanConnection, { description: 'Kế hoạch thực hiện QCDC năm — units\' annual plans, filtered and ordered, a page at a time.' })
  async plans(
    @Ctx() ctx: Context,
    @Arg('filter', () => PlanFilter, { nullable: true, description: 'Which plans; all when left out.' }) filter?: PlanFilter,
    @Arg('orderBy', () => PlanOrder, { nullable: true, description: 'Order; default YEAR_DESC.' }) orderBy?: PlanOrder,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const sql = sqlFor(ctx.em);
    const q = new ListQuery();
    if (filter?.fromYear != null && filter.toYear != null && filter.fromYear > filter.toYear) throw new InputProblem('filter.toYear', `must not be before fromYear (${filter.fromYear} > ${filter.toYear})`);
    if (filter?.fromYear != null) q.where('p.year >= ?', filter.fromYear);
    if (filter?.toYear != null) q.where('p.year <= ?', filter.toYear);
    await whereUnit(sql, q, 'p.unit_id', filter);
    whereDemo(q, 'p.source_id', filter?.demo);
    const unit = '(select u.code from unit u where u.id = p.unit_id)';
    const orders: Record<PlanOrder, string> = {
      [PlanOrder.YEAR_DESC]: `p.year desc, ${unit}`,
      [PlanOrder.YEAR_ASC]: `p.year, ${unit}`,
      [PlanOrder.UNIT]: `${unit}, p.year`,
      [PlanOrder.ISSUED_ON]: `p.issued_on nulls last, ${unit}, p.year`,
    };
    const { ids, total } = await q.page(sql, 'annual_plan p', 'p.id', orders[orderBy ?? PlanOrder.YEAR_DESC], page);
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

/** Unit.plans, answered by the folder that owns annual plans. */
@Resolver(() => Unit)
export class UnitPlansResolver {
  @FieldResolver(() => [AnnualPlan], { description: 'Kế hoạch thực hiện QCDC năm — its annual plans, by year.' })
  plans(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.plansOfUnit.load(unit.id);
  }
}
