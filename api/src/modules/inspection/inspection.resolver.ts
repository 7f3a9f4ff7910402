import { Arg, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { FindingResult, InspectionKind, Rating, RecommendationStatus, RequirementCategory } from '../../shared/enums.js';
import { InputProblem } from '../../shared/errors.js';
import { dateArg, isDemoSource, ListQuery, whereDemo, whereSearch, whereUnit, whereYears } from '../../shared/list.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { RecordFilter } from '../../shared/record-filter.js';
import { sqlFor, type Sql } from '../../shared/sql.js';
import { Requirement } from '../requirement/requirement.entity.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Finding } from './finding.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { Inspection } from './inspection.entity.js';
import { Recommendation } from './recommendation.entity.js';

const PAGE = { nullable: true, description: 'Which page (cursor pagination).' } as const;

export enum InspectionOrder {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  CODE = 'CODE',
  UNIT = 'UNIT',
  RATING = 'RATING',
}
registerEnumType(InspectionOrder, {
  name: 'InspectionOrder',
  description: 'Order of an inspection list.',
  valuesConfig: {
    DATE_DESC: { description: 'Newest first (default), then code.' },
    DATE_ASC: { description: 'Oldest first, then code.' },
    CODE: { description: 'By inspection code.' },
    UNIT: { description: 'By unit code, then date.' },
    RATING: { description: 'Best rating first (Xuất sắc … Chưa đạt, unrated last), then newest.' },
  },
});

export enum FindingOrder {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  REQUIREMENT = 'REQUIREMENT',
  RESULT = 'RESULT',
}
registerEnumType(FindingOrder, {
  name: 'FindingOrder',
  description: 'Order of a finding list.',
  valuesConfig: {
    DATE_DESC: { description: 'Newest inspection first (default), then inspection code and requirement code.' },
    DATE_ASC: { description: 'Oldest inspection first, then inspection code and requirement code.' },
    REQUIREMENT: { description: 'By requirement code, then newest inspection.' },
    RESULT: { description: 'Worst result first (Chưa đạt, Đạt một phần, Đạt, Không áp dụng), then newest.' },
  },
});

export enum RecommendationOrder {
  DUE_DATE = 'DUE_DATE',
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  STATUS = 'STATUS',
}
registerEnumType(RecommendationOrder, {
  name: 'RecommendationOrder',
  description: 'Order of a recommendation list.',
  valuesConfig: {
    DUE_DATE: { description: 'Earliest deadline first (no deadline last), then inspection date (default).' },
    DATE_DESC: { description: 'Newest inspection first, then seq.' },
    DATE_ASC: { description: 'Oldest inspection first, then seq.' },
    STATUS: { description: 'Open first, then in progress, then resolved; earliest deadline first within each.' },
  },
});

export enum TeamOrder {
  NAME = 'NAME',
  INSPECTIONS = 'INSPECTIONS',
}
registerEnumType(TeamOrder, {
  name: 'TeamOrder',
  description: 'Order of an inspection team list.',
  valuesConfig: {
    NAME: { description: 'By name in Vietnamese order (default; "số 2" before "số 10").' },
    INSPECTIONS: { description: 'Most inspections first, then name.' },
  },
});

@InputType({ description: 'Which inspections (cuộc kiểm tra) to list; years are those of the inspection date.' })
export class InspectionFilter extends RecordFilter {
  @Field(() => String, { nullable: true, description: 'Only inspections by this team (Đoàn kiểm tra), by name.' })
  team?: string;

  @Field(() => [InspectionKind], { nullable: true, description: 'Only these forms of inspection (hình thức kiểm tra).' })
  kinds?: InspectionKind[];

  @Field(() => [Rating], { nullable: true, description: 'Only these ratings (xếp loại).' })
  ratings?: Rating[];
}

@InputType({ description: 'Which findings (kết quả theo tiêu chí) to list; years and units are those of the inspection.' })
export class FindingFilter extends RecordFilter {
  @Field(() => String, { nullable: true, description: 'Only findings of this inspection, by code.' })
  inspectionCode?: string;

  @Field(() => [String], { nullable: true, description: 'Only findings on these requirements, by code.' })
  requirementCodes?: string[];

  @Field(() => [RequirementCategory], { nullable: true, description: 'Only findings on requirements of these categories (nhóm nội dung).' })
  categories?: RequirementCategory[];

  @Field(() => [FindingResult], { nullable: true, description: 'Only these results (kết quả).' })
  results?: FindingResult[];

  @Field(() => String, { nullable: true, description: 'Only findings of inspections by this team (Đoàn kiểm tra), by name.' })
  team?: string;
}

@InputType({ description: 'Which recommendations (kiến nghị) to list; years and units are those of the inspection that made them.' })
export class RecommendationFilter extends RecordFilter {
  @Field(() => String, { nullable: true, description: 'Only recommendations of this inspection, by code.' })
  inspectionCode?: string;

  @Field(() => [RecommendationStatus], { nullable: true, description: 'Only these current statuses (tình trạng khắc phục).' })
  statuses?: RecommendationStatus[];

  @Field(() => String, { nullable: true, description: 'Only those open on this date (YYYY-MM-DD, SPEC §4): made by an inspection on or before it and not resolved on or before it.' })
  openOn?: string;

  @Field(() => String, { nullable: true, description: 'Only those overdue on this date (YYYY-MM-DD, SPEC §4): open on it with a due date before it.' })
  overdueOn?: string;
}

@InputType({ description: 'Which inspection teams (Đoàn kiểm tra) to list.' })
export class TeamFilter {
  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in the name, committee and leader.' })
  search?: string;
}

@ObjectType({ description: 'A page of inspections (cuộc kiểm tra).' })
export class InspectionConnection extends Connection(Inspection, 'Inspection', 'inspections') {}
@ObjectType({ description: 'A page of findings (kết quả theo tiêu chí).' })
export class FindingConnection extends Connection(Finding, 'Finding', 'findings') {}
@ObjectType({ description: 'A page of recommendations (kiến nghị).' })
export class RecommendationConnection extends Connection(Recommendation, 'Recommendation', 'recommendations') {}
@ObjectType({ description: 'A page of inspection teams (Đoàn kiểm tra).' })
export class InspectionTeamConnection extends Connection(InspectionTeam, 'InspectionTeam', 'inspection teams') {}

/** Conditions on the inspection `i` shared by the inspection, finding and recommendation lists. */
async function whereInspection(sql: Sql, q: ListQuery, f: (RecordFilter & { team?: string; inspectionCode?: string }) | undefined): Promise<void> {
  if (!f) return;
  whereYears(q, 'i.date', f.fromYear, f.toYear);
  await whereUnit(sql, q, 'i.unit_id', f);
  whereDemo(q, 'i.source_id', f.demo);
  if (f.team) {
    const [team] = await sql<{ id: number }>('select id from inspection_team where name = ?', [f.team]);
    if (!team) throw new InputProblem('filter.team', `unknown inspection team "${f.team}"`);
    q.where('i.team_id = ?', team.id);
  }
  if (f.inspectionCode) q.where('i.code = ?', f.inspectionCode);
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => Inspection, { nullable: true, description: 'One inspection by its code.' })
  inspection(@Arg('code', () => String, { description: 'The inspection code, e.g. KT-2021-S_KHDT-0001.' }) code: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Inspection, { code });
  }

  @Query(() => InspectionConnection, { description: 'Kiểm tra — inspections, filtered and ordered (newest first by default), a page at a time.' })
  async inspections(
    @Ctx() ctx: Context,
    @Arg('filter', () => InspectionFilter, { nullable: true, description: 'Which inspections; all when left out.' }) filter?: InspectionFilter,
    @Arg('orderBy', () => InspectionOrder, { nullable: true, description: 'Order; default DATE_DESC.' }) orderBy?: InspectionOrder,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const sql = sqlFor(ctx.em);
    const q = new ListQuery();
    await whereInspection(sql, q, filter);
    if (filter?.kinds?.length) q.where('i.kind = any(?::text[])', filter.kinds);
    if (filter?.ratings?.length) q.where('i.rating = any(?::text[])', filter.ratings);
    const orders: Record<InspectionOrder, string> = {
      [InspectionOrder.DATE_DESC]: 'i.date desc, i.code',
      [InspectionOrder.DATE_ASC]: 'i.date, i.code',
      [InspectionOrder.CODE]: 'i.code',
      [InspectionOrder.UNIT]: '(select u.code from unit u where u.id = i.unit_id), i.date, i.code',
      [InspectionOrder.RATING]: "array_position(array['EXCELLENT','GOOD','SATISFACTORY','UNSATISFACTORY']::text[], i.rating) nulls last, i.date desc, i.code",
    };
    const { ids, total } = await q.page(sql, 'inspection i', 'i.id', orders[orderBy ?? InspectionOrder.DATE_DESC], page);
    return connection((await ctx.loaders.inspection.loadMany(ids)) as Inspection[], total, page);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị — the inspected unit, as it was recorded (see Unit.currentSuccessor for today\'s structure).' })
  async unit(@Root() i: Inspection, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.load(i.unit.id))!;
  }

  @FieldResolver(() => InspectionTeam, { description: 'Đoàn kiểm tra — the team.' })
  async team(@Root() i: Inspection, @Ctx() ctx: Context) {
    return (await ctx.loaders.team.load(i.team.id))!;
  }

  @FieldResolver(() => [Finding], { description: 'Kết quả theo tiêu chí — results per requirement.' })
  findings(@Root() i: Inspection, @Ctx() ctx: Context) {
    return ctx.loaders.findings.load(i.id);
  }

  @FieldResolver(() => [Recommendation], { description: 'Kiến nghị — matters to remedy, by seq.' })
  recommendations(@Root() i: Inspection, @Ctx() ctx: Context) {
    return ctx.loaders.recommendations.load(i.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this record comes from.' })
  source(@Root() i: Inspection, @Ctx() ctx: Context) {
    const id = refId(i.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the record is generated demo data (Dữ liệu minh họa), not fact.' })
  isDemo(@Root() i: Inspection, @Ctx() ctx: Context) {
    return isDemoSource(ctx.loaders, i.source);
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @Query(() => FindingConnection, { description: 'Kết quả theo tiêu chí — findings of inspections, filtered and ordered, a page at a time.' })
  async findings(
    @Ctx() ctx: Context,
    @Arg('filter', () => FindingFilter, { nullable: true, description: 'Which findings; all when left out.' }) filter?: FindingFilter,
    @Arg('orderBy', () => FindingOrder, { nullable: true, description: 'Order; default DATE_DESC.' }) orderBy?: FindingOrder,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const sql = sqlFor(ctx.em);
    const q = new ListQuery();
    await whereInspection(sql, q, filter);
    if (filter?.requirementCodes?.length) q.where('r.code = any(?::text[])', filter.requirementCodes);
    if (filter?.categories?.length) q.where('r.category = any(?::text[])', filter.categories);
    if (filter?.results?.length) q.where('f.result = any(?::text[])', filter.results);
    const orders: Record<FindingOrder, string> = {
      [FindingOrder.DATE_DESC]: 'i.date desc, i.code, r.code',
      [FindingOrder.DATE_ASC]: 'i.date, i.code, r.code',
      [FindingOrder.REQUIREMENT]: 'r.code, i.date desc, i.code',
      [FindingOrder.RESULT]: "array_position(array['NON_COMPLIANT','PARTIAL','COMPLIANT','NOT_APPLICABLE']::text[], f.result), i.date desc, i.code, r.code",
    };
    const { ids, total } = await q.page(
      sql,
      'finding f join inspection i on i.id = f.inspection_id join requirement r on r.id = f.requirement_id',
      'f.id',
      orders[orderBy ?? FindingOrder.DATE_DESC],
      page,
    );
    return connection((await ctx.loaders.finding.loadMany(ids)) as Finding[], total, page);
  }

  @FieldResolver(() => Requirement, { description: 'Nội dung/tiêu chí — the requirement checked.' })
  async requirement(@Root() f: Finding, @Ctx() ctx: Context) {
    return (await ctx.loaders.requirement.load(f.requirement.id))!;
  }

  @FieldResolver(() => Inspection, { description: 'The inspection that made the finding.' })
  async inspection(@Root() f: Finding, @Ctx() ctx: Context) {
    return (await ctx.loaders.inspection.load(f.inspection.id))!;
  }
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @Query(() => RecommendationConnection, { description: 'Kiến nghị — matters to remedy noted by inspections, filtered (e.g. open or overdue at a date) and ordered, a page at a time.' })
  async recommendations(
    @Ctx() ctx: Context,
    @Arg('filter', () => RecommendationFilter, { nullable: true, description: 'Which recommendations; all when left out.' }) filter?: RecommendationFilter,
    @Arg('orderBy', () => RecommendationOrder, { nullable: true, description: 'Order; default DUE_DATE.' }) orderBy?: RecommendationOrder,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const sql = sqlFor(ctx.em);
    const q = new ListQuery();
    await whereInspection(sql, q, filter);
    if (filter?.statuses?.length) q.where('rc.status = any(?::text[])', filter.statuses);
    // open at D (SPEC §4): made on or before D and not resolved on or before D
    const open = "i.date <= ?::date and not coalesce(rc.status = 'RESOLVED' and rc.resolved_on <= ?::date, false)";
    const openOn = dateArg('filter.openOn', filter?.openOn);
    if (openOn) q.where(open, openOn, openOn);
    const overdueOn = dateArg('filter.overdueOn', filter?.overdueOn);
    if (overdueOn) q.where(`${open} and rc.due_date < ?::date`, overdueOn, overdueOn, overdueOn);
    const orders: Record<RecommendationOrder, string> = {
      [RecommendationOrder.DUE_DATE]: 'rc.due_date nulls last, i.date, i.code, rc.seq',
      [RecommendationOrder.DATE_DESC]: 'i.date desc, i.code, rc.seq',
      [RecommendationOrder.DATE_ASC]: 'i.date, i.code, rc.seq',
      [RecommendationOrder.STATUS]: "array_position(array['OPEN','IN_PROGRESS','RESOLVED']::text[], rc.status), rc.due_date nulls last, i.date, i.code, rc.seq",
    };
    const { ids, total } = await q.page(sql, 'recommendation rc join inspection i on i.id = rc.inspection_id', 'rc.id', orders[orderBy ?? RecommendationOrder.DUE_DATE], page);
    return connection((await ctx.loaders.recommendation.loadMany(ids)) as Recommendation[], total, page);
  }

  @FieldResolver(() => Inspection, { description: 'The inspection that made the recommendation.' })
  async inspection(@Root() r: Recommendation, @Ctx() ctx: Context) {
    return (await ctx.loaders.inspection.load(r.inspection.id))!;
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is open on a date (SPEC §4): made by an inspection on or before it and not resolved on or before it.' })
  async isOpen(
    @Root() r: Recommendation,
    @Ctx() ctx: Context,
    @Arg('on', () => String, { nullable: true, description: 'The date (YYYY-MM-DD); default today.' }) on?: string,
  ): Promise<boolean> {
    const day = dateArg('on', on) ?? new Date().toISOString().slice(0, 10);
    const inspection = await ctx.loaders.inspection.load(r.inspection.id);
    return !!inspection && inspection.date <= day && !(r.status === RecommendationStatus.RESOLVED && !!r.resolvedOn && r.resolvedOn <= day);
  }
}

@Resolver(() => InspectionTeam)
export class InspectionTeamResolver {
  @Query(() => InspectionTeam, { nullable: true, description: 'One inspection team (Đoàn kiểm tra) by its exact name.' })
  inspectionTeam(@Arg('name', () => String, { description: 'The team name, e.g. "Đoàn kiểm tra số 2".' }) name: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(InspectionTeam, { name });
  }

  @Query(() => InspectionTeamConnection, { description: 'Đoàn kiểm tra — the inspection teams, a page at a time.' })
  async inspectionTeams(
    @Ctx() ctx: Context,
    @Arg('filter', () => TeamFilter, { nullable: true, description: 'Which teams; all when left out.' }) filter?: TeamFilter,
    @Arg('orderBy', () => TeamOrder, { nullable: true, description: 'Order; default NAME.' }) orderBy?: TeamOrder,
    @Arg('page', () => PageInput, PAGE) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const q = new ListQuery();
    whereSearch(q, ['t.name', 't.committee', 't.leader'], filter?.search);
    // "und-x-icu-kn" would sort numerals numerically but is not in every build: pad the trailing number instead
    const byName = "coalesce(regexp_replace(t.name, '\\d+', lpad(substring(t.name from '\\d+'), 6, '0')), t.name) collate \"und-x-icu\", t.id";
    const order = orderBy === TeamOrder.INSPECTIONS ? `(select count(*) from inspection i where i.team_id = t.id) desc, ${byName}` : byName;
    const { ids, total } = await q.page(sqlFor(ctx.em), 'inspection_team t', 't.id', order, page);
    return connection((await ctx.loaders.team.loadMany(ids)) as InspectionTeam[], total, page);
  }

  @FieldResolver(() => Int, { description: 'Number of inspections the team made.' })
  inspectionCount(@Root() t: InspectionTeam, @Ctx() ctx: Context) {
    return ctx.loaders.teamInspectionCount.load(t.id);
  }
}

/** Unit.inspections, answered by the folder that owns inspections (a unit's other records likewise). */
@Resolver(() => Unit)
export class UnitInspectionsResolver {
  @FieldResolver(() => [Inspection], { description: 'Kiểm tra — inspections recorded against this unit (not its predecessors: see history), oldest first.' })
  inspections(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.inspectionsOfUnit.load(unit.id);
  }
}
