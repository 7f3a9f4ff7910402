import { Arg, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { AwardKind } from '../../shared/enums.js';
import { InputProblem } from '../../shared/errors.js';
import { isDemoSource, ListQuery, unitIds, whereDemo, whereSearch, whereUnit } from '../../shared/list.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { RecordFilter } from '../../shared/record-filter.js';
import { sqlFor } from '../../shared/sql.js';
import { DECISION_IN_YEARS, decisionInYearsParams, PERIOD_LABEL } from './award.record.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { AwardDecision } from './award-decision.entity.js';
import { Award } from './award.entity.js';

const PAGE = { nullable: true, description: 'Which page (cursor pagination).' } as const;

export enum AwardOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
  RECIPIENT = 'RECIPIENT',
}
registerEnumType(AwardOrder, {
  name: 'AwardOrder',
  description: 'Order of an award list.',
  valuesConfig: {
    DATE_ASC: { description: 'By decision date, oldest first (undated decisions last), then recipient code (default).' },
    DATE_DESC: { description: 'By decision date, newest first (undated decisions last), then recipient code.' },
    RECIPIENT: { description: 'By recipient code, then decision date.' },
  },
});

export enum AwardDecisionOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
  PERIOD = 'PERIOD',
}
registerEnumType(AwardDecisionOrder, {
  name: 'AwardDecisionOrder',
  description: 'Order of an award decision list.',
  valuesConfig: {
    DATE_ASC: { description: 'Oldest first, undated last (default).' },
    DATE_DESC: { description: 'Newest first, undated last.' },
    PERIOD: { description: 'By period (giai đoạn), decisions without one last, then date.' },
  },
});

const YEARS_RULE =
  'A dated decision counts by the year of its date; an undated one (known only by its period, like the 2015–2020 Bằng khen) when its period overlaps the years — the rule of awardStats.';

@InputType({ description: `Which awards (lượt khen thưởng, one per recipient of a decision) to list; units are the recipients as recorded. ${YEARS_RULE}` })
export class AwardFilter extends RecordFilter {
  @Field(() => String, { nullable: true, description: 'Giai đoạn — period label, e.g. "2015-2020".' })
  period?: string;

  @Field(() => [AwardKind], { nullable: true, description: 'Only these forms of award (hình thức khen thưởng).' })
  kinds?: AwardKind[];

  @Field(() => String, { nullable: true, description: 'Only awards to this unit, by code (same as unitCode).' })
  recipientCode?: string;

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in the issuer (cấp quyết định).' })
  issuer?: string;
}

@InputType({ description: `Which award decisions (quyết định khen thưởng) to list. ${YEARS_RULE}` })
export class AwardDecisionFilter {
  @Field(() => Int, { nullable: true, description: 'From this calendar year (inclusive).' })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Up to this calendar year (inclusive).' })
  toYear?: number;

  @Field(() => String, { nullable: true, description: 'Giai đoạn — period label, e.g. "2015-2020".' })
  period?: string;

  @Field(() => [AwardKind], { nullable: true, description: 'Only these forms of award (hình thức khen thưởng).' })
  kinds?: AwardKind[];

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in the issuer (cấp quyết định).' })
  issuer?: string;

  @Field(() => String, { nullable: true, description: 'Only decisions with a recipient of this unit, by code.' })
  recipientCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only DEMO (generated) decisions; false: only decisions from real sources.' })
  demo?: boolean;
}

@ObjectType({ description: 'A page of awards (lượt khen thưởng).' })
export class AwardConnection extends Connection(Award, 'Award', 'awards') {}
@ObjectType({ description: 'A page of award decisions (quyết định khen thưởng).' })
export class AwardDecisionConnection extends Connection(AwardDecision, 'AwardDecision', 'award decisions') {}

/** Conditions on the decision `d` shared by both lists. */
function whereDecision(q: ListQuery, f: { fromYear?: number; toYear?: number; period?: string; kinds?: AwardKind[]; issuer?: string } | undefined): void {
  if (!f) return;
  if (f.fromYear != null || f.toYear != null) {
    const from = f.fromYear ?? 1900;
    const to = f.toYear ?? 2200;
    if (from > to) throw new InputProblem('filter.toYear', `must not be before fromYear (${from} > ${to})`);
    q.where(DECISION_IN_YEARS, ...decisionInYearsParams(from, to));
  }
  if (f.period) q.where(`${PERIOD_LABEL} = ?`, f.period);
  if (f.kinds?.length) q.where('d.kind = any(?::text[])', f.kinds);
  whereSearch(q, ['d.issuer'], f.issuer);
}

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => AwardConnection, { description: 'Khen thưởng — award recipients (one per recipient of a decision), filtered and ordered, a page at a time.' })
  async awards(
    @Ctx() ctx: Context,
    @Arg('filter', () => AwardFilter, { nullable: true, description: 'Which awards; all when left out.' }) filter?: AwardFilter,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
    @Arg('orderBy', () => AwardOrder, { nullable: true, description: 'Order; default DATE_ASC.' }) orderBy?: AwardOrder,
  ) {
    const page = readPage(pageInput);
    const sql = sqlFor(ctx.em);
    const q = new ListQuery();
    whereDecision(q, filter);
    await whereUnit(sql, q, 'a.recipient_id', filter);
    if (filter?.recipientCode) q.where('a.recipient_id = ?', (await unitIds(sql, { 'filter.recipientCode': filter.recipientCode }))['filter.recipientCode']);
    whereDemo(q, 'a.source_id', filter?.demo);
    const recipient = '(select u.code from unit u where u.id = a.recipient_id)';
    const orders: Record<AwardOrder, string> = {
      [AwardOrder.DATE_ASC]: `d.date nulls last, d.id, ${recipient}`,
      [AwardOrder.DATE_DESC]: `d.date desc nulls last, d.id, ${recipient}`,
      [AwardOrder.RECIPIENT]: `${recipient}, d.date nulls last, d.id`,
    };
    const { ids, total } = await q.page(sql, 'award a join award_decision d on d.id = a.decision_id', 'a.id', orders[orderBy ?? AwardOrder.DATE_ASC], page);
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
  @Query(() => AwardDecision, { nullable: true, description: 'One award decision by id (decisions have no code of their own: numbers restart every year).' })
  awardDecision(@Arg('id', () => Int, { description: 'The decision id.' }) id: number, @Ctx() ctx: Context) {
    return ctx.loaders.decision.load(id);
  }

  @Query(() => AwardDecisionConnection, { description: 'Quyết định khen thưởng — award decisions, filtered and ordered, a page at a time.' })
  async awardDecisions(
    @Ctx() ctx: Context,
    @Arg('filter', () => AwardDecisionFilter, { nullable: true, description: 'Which decisions; all when left out.' }) filter?: AwardDecisionFilter,
    @Arg('orderBy', () => AwardDecisionOrder, { nullable: true, description: 'Order; default DATE_ASC.' }) orderBy?: AwardDecisionOrder,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const sql = sqlFor(ctx.em);
    const q = new ListQuery();
    whereDecision(q, filter);
    if (filter?.recipientCode) {
      const ids = await unitIds(sql, { 'filter.recipientCode': filter.recipientCode });
      q.where('exists (select 1 from award a where a.decision_id = d.id and a.recipient_id = ?)', ids['filter.recipientCode']);
    }
    whereDemo(q, 'd.source_id', filter?.demo);
    const orders: Record<AwardDecisionOrder, string> = {
      [AwardDecisionOrder.DATE_ASC]: 'd.date nulls last, d.id',
      [AwardDecisionOrder.DATE_DESC]: 'd.date desc nulls last, d.id',
      [AwardDecisionOrder.PERIOD]: 'd.period_from nulls last, d.period_to, d.date nulls last, d.id',
    };
    const { ids, total } = await q.page(sql, 'award_decision d', 'd.id', orders[orderBy ?? AwardDecisionOrder.DATE_ASC], page);
    return connection((await ctx.loaders.decision.loadMany(ids)) as AwardDecision[], total, page);
  }

  @FieldResolver(() => [Award], { description: 'Its recipients (đơn vị được khen thưởng), by recipient code.' })
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

/** Unit.awards, answered by the folder that owns awards. */
@Resolver(() => Unit)
export class UnitAwardsResolver {
  @FieldResolver(() => [Award], { description: 'Khen thưởng — awards to this unit as recorded.' })
  awards(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.awardsOfUnit.load(unit.id);
  }
}
