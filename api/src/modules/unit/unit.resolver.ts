import { Arg, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { UnitKind } from '../../shared/enums.js';
import { InputProblem } from '../../shared/errors.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from './unit.entity.js';

@InputType({ description: 'Which units to list.' })
export class UnitFilter {
  @Field(() => [UnitKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: UnitKind[];

  @Field(() => Int, { nullable: true, description: 'Only units active in this year (validity intersects the year).' })
  activeYear?: number;

  @Field(() => String, { nullable: true, description: 'Only units that existed on this date (YYYY-MM-DD): the hierarchy as of a date.' })
  activeOn?: string;

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in name and code ("ke hoach" finds "Kế hoạch và Đầu tư").' })
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only that unit and its descendants (subtree), by code.' })
  withinUnit?: string;

  @Field(() => String, { nullable: true, description: 'Only the direct children of this unit, by code.' })
  parentCode?: string;
}

@ObjectType()
export class UnitConnection extends Connection(Unit, 'Unit', 'units') {}

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true, description: 'One unit by its code.' })
  unit(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Unit, { code });
  }

  @Query(() => UnitConnection, { description: 'Đơn vị — units, filtered, ordered by code, a page at a time.' })
  async units(
    @Ctx() ctx: Context,
    @Arg('filter', () => UnitFilter, { nullable: true }) filter?: UnitFilter,
    @Arg('page', () => PageInput, { nullable: true }) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const where: string[] = [];
    const params: unknown[] = [];
    let ctes = '';
    if (filter?.withinUnit) {
      ctes = 'with recursive subtree as (select id from unit where code = ? union all select c.id from unit c join subtree s on c.parent_id = s.id)';
      params.push(filter.withinUnit);
      where.push('u.id in (select id from subtree)');
    }
    if (filter?.kinds?.length) where.push('u.kind = any(?::text[])'), params.push(filter.kinds);
    if (filter?.activeYear != null) {
      where.push('(u.valid_from is null or u.valid_from <= make_date(?::int, 12, 31)) and (u.valid_to is null or u.valid_to >= make_date(?::int, 1, 1))');
      params.push(filter.activeYear, filter.activeYear);
    }
    if (filter?.activeOn) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(filter.activeOn)) throw new InputProblem('filter.activeOn', 'use YYYY-MM-DD');
      where.push('(u.valid_from is null or u.valid_from <= ?::date) and (u.valid_to is null or u.valid_to >= ?::date)');
      params.push(filter.activeOn, filter.activeOn);
    }
    if (filter?.search?.trim()) {
      where.push(`(qcdc_fold(u.name) like '%' || qcdc_fold(?) || '%' or qcdc_fold(u.code) like '%' || qcdc_fold(?) || '%')`);
      params.push(filter.search.trim().normalize('NFC'), filter.search.trim().normalize('NFC'));
    }
    if (filter?.parentCode) where.push('u.parent_id = (select id from unit where code = ?)'), params.push(filter.parentCode);
    const sql = sqlFor(ctx.em);
    const rows = await sql<{ id: number; total: number }>(
      `${ctes} select u.id, count(*) over ()::int as total from unit u ${where.length ? `where ${where.join(' and ')}` : ''}
       order by u.code limit ? offset ?`,
      [...params, page.limit, page.offset],
    );
    const total = rows[0]?.total ?? (page.offset ? (await sql<{ n: number }>(`${ctes} select count(*)::int as n from unit u ${where.length ? `where ${where.join(' and ')}` : ''}`, params))[0].n : 0);
    const units = await ctx.loaders.unit.loadMany(rows.map((r) => r.id));
    return connection(units as Unit[], total, page);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit above it (đơn vị cấp trên).' })
  parent(@Root() unit: Unit, @Ctx() ctx: Context) {
    const id = refId(unit.parent);
    return id === null ? null : ctx.loaders.unit.load(id);
  }

  @FieldResolver(() => [Unit], { description: 'Units directly below it, ordered by code.' })
  children(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.unitChildren.load(unit.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Where this unit\'s record comes from.' })
  source(@Root() unit: Unit, @Ctx() ctx: Context) {
    const id = refId(unit.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }
}
