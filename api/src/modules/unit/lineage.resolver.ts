import { Arg, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { LineageType } from '../../shared/enums.js';
import { isDemoSource, ListQuery, unitIds, whereDemo, whereYears } from '../../shared/list.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { subtreeCte } from '../../shared/subtree.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { LineageEvent } from './lineage-event.entity.js';
import { Unit } from './unit.entity.js';

export enum LineageOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
}
registerEnumType(LineageOrder, {
  name: 'LineageOrder',
  description: 'Order of a lineage event list.',
  valuesConfig: {
    DATE_ASC: { description: 'Oldest first (default).' },
    DATE_DESC: { description: 'Newest first.' },
  },
});

@InputType({ description: 'Which lineage events (biến động đơn vị) to list.' })
export class LineageFilter {
  @Field(() => Int, { nullable: true, description: 'Events dated from this calendar year (inclusive).' })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Events dated up to this calendar year (inclusive).' })
  toYear?: number;

  @Field(() => [LineageType], { nullable: true, description: 'Only these kinds of change.' })
  types?: LineageType[];

  @Field(() => String, { nullable: true, description: 'Only events this unit takes part in, on either side (by code).' })
  unitCode?: string;

  @Field(() => String, { nullable: true, description: 'Only events with a unit of this subtree on either side (by code of its root).' })
  withinUnit?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only DEMO (generated) events; false: only events from real sources.' })
  demo?: boolean;
}

@ObjectType({ description: 'A page of lineage events (biến động đơn vị).' })
export class LineageEventConnection extends Connection(LineageEvent, 'LineageEvent', 'lineage events') {}

@Resolver(() => LineageEvent)
export class LineageResolver {
  @Query(() => LineageEventConnection, { description: 'Biến động đơn vị — merges, splits, renames, transfers, establishments and dissolutions, a page at a time.' })
  async lineageEvents(
    @Ctx() ctx: Context,
    @Arg('filter', () => LineageFilter, { nullable: true, description: 'Which events; all when left out.' }) filter?: LineageFilter,
    @Arg('orderBy', () => LineageOrder, { nullable: true, description: 'Order; default DATE_ASC.' }) orderBy?: LineageOrder,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const sql = sqlFor(ctx.em);
    const q = new ListQuery();
    const ids = await unitIds(sql, { 'filter.unitCode': filter?.unitCode, 'filter.withinUnit': filter?.withinUnit });
    whereYears(q, 'e.date', filter?.fromYear, filter?.toYear);
    if (filter?.types?.length) q.where('e.type = any(?::text[])', filter.types);
    if (filter?.unitCode) q.where('exists (select 1 from lineage_event_unit lu where lu.event_id = e.id and lu.unit_id = ?)', ids['filter.unitCode']);
    if (filter?.withinUnit) {
      q.cte(subtreeCte(), [ids['filter.withinUnit']]);
      q.where('exists (select 1 from lineage_event_unit lu where lu.event_id = e.id and lu.unit_id in (select id from subtree))');
    }
    whereDemo(q, 'e.source_id', filter?.demo);
    const order = orderBy === LineageOrder.DATE_DESC ? 'e.date desc, e.id desc' : 'e.date, e.id';
    const result = await q.page(sql, 'lineage_event e', 'e.id', order, page);
    return connection((await ctx.loaders.lineageEvent.loadMany(result.ids)) as LineageEvent[], result.total, page);
  }

  @FieldResolver(() => [Unit], { description: 'Đơn vị trước — the units before the change, in listed order.' })
  async fromUnits(@Root() e: LineageEvent, @Ctx() ctx: Context) {
    return ctx.loaders.unit.loadMany((await ctx.loaders.eventUnits.load(e.id)).from);
  }

  @FieldResolver(() => [Unit], { description: 'Đơn vị sau — the units after the change, in listed order (for a SPLIT the first is the main successor).' })
  async toUnits(@Root() e: LineageEvent, @Ctx() ctx: Context) {
    return ctx.loaders.unit.loadMany((await ctx.loaders.eventUnits.load(e.id)).to);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this event\'s record comes from.' })
  source(@Root() e: LineageEvent, @Ctx() ctx: Context) {
    const id = refId(e.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the record is generated demo data (Dữ liệu minh họa), not fact.' })
  isDemo(@Root() e: LineageEvent, @Ctx() ctx: Context) {
    return isDemoSource(ctx.loaders, e.source);
  }
}
