import { Arg, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { isDemoSource } from '../../shared/list.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { LineageEvent } from './lineage-event.entity.js';
import { Unit } from './unit.entity.js';
import { LineageFilter, LineageOrder, LineageWhere } from './unit.inputs.js';
import { loadUnits } from './unit.resolver.js';
import { listLineageEvents } from './unit.service.js';
import { NULL_ON_ERROR } from '../../shared/errors.js';

@ObjectType({ description: 'A page of lineage events (biến động đơn vị).' })
export class LineageEventConnection extends Connection(LineageEvent, 'LineageEvent', 'lineage events') {}

@Resolver(() => LineageEvent)
export class LineageResolver {
  @Query(() => LineageEventConnection, { nullable: true, description: 'Biến động đơn vị — merges, splits, renames, transfers, establishments and dissolutions, a page at a time.' + ' ' + NULL_ON_ERROR })
  async lineageEvents(
    @Ctx() ctx: Context,
    @Arg('filter', () => LineageFilter, { nullable: true, description: 'Which events; all when left out.' }) filter?: LineageFilter,
    @Arg('orderBy', () => LineageOrder, { nullable: true, description: 'Order; default DATE_ASC.' }) orderBy?: LineageOrder,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
    @Arg('where', () => LineageWhere, {
      nullable: true,
      description: 'Conditions with and, or, not on the fields (e.g. `{ type: { eq: MERGE }, toUnits: { some: { code: { eq: "W1" } } } }`), together with `filter`. The units are a many-to-many link, filtered as Prisma does: `fromUnits` / `toUnits` / `units: { some | every | none: { code, name, kind, districtCode } }`.',
    }) where?: LineageWhere,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listLineageEvents(ctx.em, ctx.scope, filter, orderBy, page, where);
    return connection((await ctx.loaders.lineageEvent.loadMany(ids)) as LineageEvent[], total, page);
  }

  @FieldResolver(() => [Unit], { description: 'Đơn vị trước — the units before the change, in listed order.' })
  async fromUnits(@Root() e: LineageEvent, @Ctx() ctx: Context) {
    return loadUnits(ctx, (await ctx.loaders.eventUnits.load(e.id)).from);
  }

  @FieldResolver(() => [Unit], { description: 'Đơn vị sau — the units after the change, in listed order (for a SPLIT the first is the main successor).' })
  async toUnits(@Root() e: LineageEvent, @Ctx() ctx: Context) {
    return loadUnits(ctx, (await ctx.loaders.eventUnits.load(e.id)).to);
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
