import { Arg, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { InspectionKind, Rating, UnitKind } from '../../shared/enums.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { Requirement } from '../requirement/requirement.entity.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Finding } from './finding.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { Inspection } from './inspection.entity.js';
import { Recommendation } from './recommendation.entity.js';

@InputType({ description: 'Which inspections to list.' })
export class InspectionFilter {
  @Field(() => Int, { nullable: true, description: 'From this calendar year (inclusive).' })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'To this calendar year (inclusive).' })
  toYear?: number;

  @Field(() => String, { nullable: true, description: 'Only inspections of this unit (by code).' })
  unitCode?: string;

  @Field(() => String, { nullable: true, description: 'Only inspections of this unit and its descendants (subtree), by code.' })
  withinUnit?: string;

  @Field(() => [UnitKind], { nullable: true, description: 'Only inspections of units of these kinds.' })
  unitKinds?: UnitKind[];

  @Field(() => String, { nullable: true, description: 'Only inspections by this team (Đoàn kiểm tra), by name.' })
  team?: string;

  @Field(() => [InspectionKind], { nullable: true })
  kinds?: InspectionKind[];

  @Field(() => [Rating], { nullable: true })
  ratings?: Rating[];

  @Field(() => Boolean, { nullable: true, description: 'true: only DEMO (generated) records; false: only records from real sources.' })
  demo?: boolean;
}

@ObjectType()
export class InspectionConnection extends Connection(Inspection, 'Inspection', 'inspections') {}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => Inspection, { nullable: true, description: 'One inspection by its code.' })
  inspection(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Inspection, { code });
  }

  @Query(() => InspectionConnection, { description: 'Kiểm tra — inspections, newest first, a page at a time.' })
  async inspections(
    @Ctx() ctx: Context,
    @Arg('filter', () => InspectionFilter, { nullable: true }) filter?: InspectionFilter,
    @Arg('page', () => PageInput, { nullable: true }) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const where: string[] = [];
    const params: unknown[] = [];
    let ctes = '';
    if (filter?.withinUnit) {
      ctes = 'with recursive subtree as (select id from unit where code = ? union all select c.id from unit c join subtree s on c.parent_id = s.id)';
      params.push(filter.withinUnit);
      where.push('i.unit_id in (select id from subtree)');
    }
    if (filter?.fromYear != null) where.push('i.date >= make_date(?::int, 1, 1)'), params.push(filter.fromYear);
    if (filter?.toYear != null) where.push('i.date <= make_date(?::int, 12, 31)'), params.push(filter.toYear);
    if (filter?.unitCode) where.push('u.code = ?'), params.push(filter.unitCode);
    if (filter?.unitKinds?.length) where.push('u.kind = any(?::text[])'), params.push(filter.unitKinds);
    if (filter?.team) where.push('i.team_id = (select id from inspection_team where name = ?)'), params.push(filter.team);
    if (filter?.kinds?.length) where.push('i.kind = any(?::text[])'), params.push(filter.kinds);
    if (filter?.ratings?.length) where.push('i.rating = any(?::text[])'), params.push(filter.ratings);
    if (filter?.demo != null) where.push(`(d.kind = 'DEMO') = ?`), params.push(filter.demo);
    const rows = await sqlFor(ctx.em)<{ id: number; total: number }>(
      `${ctes} select i.id, count(*) over ()::int as total
       from inspection i join unit u on u.id = i.unit_id left join source_document d on d.id = i.source_id
       ${where.length ? `where ${where.join(' and ')}` : ''}
       order by i.date desc, i.code limit ? offset ?`,
      [...params, page.limit, page.offset],
    );
    const items = await ctx.loaders.inspection.loadMany(rows.map((r) => r.id));
    return connection(items as Inspection[], rows[0]?.total ?? 0, page);
  }

  @FieldResolver(() => Unit, { description: 'The inspected unit, as it was recorded.' })
  unit(@Root() i: Inspection, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(i.unit.id);
  }

  @FieldResolver(() => InspectionTeam, { description: 'Đoàn kiểm tra — the team.' })
  team(@Root() i: Inspection, @Ctx() ctx: Context) {
    return ctx.loaders.team.load(i.team.id);
  }

  @FieldResolver(() => [Finding], { description: 'Results per requirement.' })
  findings(@Root() i: Inspection, @Ctx() ctx: Context) {
    return ctx.loaders.findings.load(i.id);
  }

  @FieldResolver(() => [Recommendation], { description: 'Matters to remedy (kiến nghị), by seq.' })
  recommendations(@Root() i: Inspection, @Ctx() ctx: Context) {
    return ctx.loaders.recommendations.load(i.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this record comes from.' })
  source(@Root() i: Inspection, @Ctx() ctx: Context) {
    const id = refId(i.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the record is generated demo data (Dữ liệu minh họa), not fact.' })
  async isDemo(@Root() i: Inspection, @Ctx() ctx: Context) {
    const id = refId(i.source);
    return id === null ? false : (await ctx.loaders.source.load(id))?.kind === 'DEMO';
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @FieldResolver(() => Requirement)
  requirement(@Root() f: Finding, @Ctx() ctx: Context) {
    return ctx.loaders.requirement.load(f.requirement.id);
  }

  @FieldResolver(() => Inspection)
  inspection(@Root() f: Finding, @Ctx() ctx: Context) {
    return ctx.loaders.inspection.load(f.inspection.id);
  }
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @FieldResolver(() => Inspection)
  inspection(@Root() r: Recommendation, @Ctx() ctx: Context) {
    return ctx.loaders.inspection.load(r.inspection.id);
  }
}
