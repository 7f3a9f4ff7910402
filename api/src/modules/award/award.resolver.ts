import { Arg, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { AwardKind } from '../../shared/enums.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { AwardDecision } from './award-decision.entity.js';
import { Award } from './award.entity.js';

@InputType({ description: 'Which awards to list.' })
export class AwardFilter {
  @Field(() => String, { nullable: true, description: 'Period label, e.g. "2015-2020".' })
  period?: string;

  @Field(() => [AwardKind], { nullable: true })
  kinds?: AwardKind[];

  @Field(() => String, { nullable: true, description: 'Only awards to this unit (by code).' })
  recipientCode?: string;

  @Field(() => Int, { nullable: true, description: 'Decisions dated from this year.' })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Decisions dated up to this year.' })
  toYear?: number;

  @Field(() => Boolean, { nullable: true, description: 'true: only DEMO awards; false: only awards from real sources.' })
  demo?: boolean;
}

@ObjectType()
export class AwardConnection extends Connection(Award, 'Award', 'awards') {}

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => AwardConnection, { description: 'Khen thưởng — award recipients, by decision date (unknown dates last), then recipient code.' })
  async awards(
    @Ctx() ctx: Context,
    @Arg('filter', () => AwardFilter, { nullable: true }) filter?: AwardFilter,
    @Arg('page', () => PageInput, { nullable: true }) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter?.period) where.push(`d.period_from || '-' || d.period_to = ?`), params.push(filter.period);
    if (filter?.kinds?.length) where.push('d.kind = any(?::text[])'), params.push(filter.kinds);
    if (filter?.recipientCode) where.push('u.code = ?'), params.push(filter.recipientCode);
    if (filter?.fromYear != null) where.push('d.date >= make_date(?::int, 1, 1)'), params.push(filter.fromYear);
    if (filter?.toYear != null) where.push('d.date <= make_date(?::int, 12, 31)'), params.push(filter.toYear);
    if (filter?.demo != null) where.push(`(s.kind = 'DEMO') = ?`), params.push(filter.demo);
    const rows = await sqlFor(ctx.em)<{ id: number; total: number }>(
      `select a.id, count(*) over ()::int as total
       from award a join award_decision d on d.id = a.decision_id join unit u on u.id = a.recipient_id
       left join source_document s on s.id = a.source_id
       ${where.length ? `where ${where.join(' and ')}` : ''}
       order by d.date nulls last, d.id, u.code limit ? offset ?`,
      [...params, page.limit, page.offset],
    );
    const ids = rows.map((r) => r.id);
    const items = ids.length ? await ctx.em.find(Award, { id: { $in: ids } }) : [];
    const byId = new Map(items.map((a) => [a.id, a]));
    return connection(ids.map((id) => byId.get(id)!), rows[0]?.total ?? 0, page);
  }

  @FieldResolver(() => AwardDecision)
  decision(@Root() a: Award, @Ctx() ctx: Context) {
    return ctx.loaders.decision.load(a.decision.id);
  }

  @FieldResolver(() => Unit, { description: 'The unit awarded, as recorded.' })
  recipient(@Root() a: Award, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(a.recipient.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this award record comes from (a DEMO recipient of a real decision says so here).' })
  source(@Root() a: Award, @Ctx() ctx: Context) {
    const id = refId(a.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when this award record is generated demo data, not fact.' })
  async isDemo(@Root() a: Award, @Ctx() ctx: Context) {
    const id = refId(a.source);
    return id === null ? false : (await ctx.loaders.source.load(id))?.kind === 'DEMO';
  }
}

@Resolver(() => AwardDecision)
export class AwardDecisionResolver {
  @FieldResolver(() => [Award], { description: 'Its recipients.' })
  awards(@Root() d: AwardDecision, @Ctx() ctx: Context) {
    return ctx.loaders.awardsOfDecision.load(d.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true })
  source(@Root() d: AwardDecision, @Ctx() ctx: Context) {
    const id = refId(d.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }
}
