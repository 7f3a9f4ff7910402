import type { EntityManager } from '@mikro-orm/postgresql';
import { InputProblem } from '../../shared/errors.js';
import { dateArg, ListQuery, whereDemo, whereSearch, whereUnit, whereYears, type IdPage, type ListStatement } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import type { RecordFilter } from '../../shared/record-filter.js';
import { sqlFor } from '../../shared/sql.js';
import type { WhereColumn } from '../../shared/where.js';
import { structureColumns, unitColumns, whereRecords } from '../../shared/where-list.js';
import type { ReadScope } from '../scope/read-scope.js';
import {
  FindingOrder, InspectionOrder, RecommendationOrder, TeamOrder,
  RATING_ASCENDING, type FindingFilter, type FindingWhere, type InspectionFilter, type InspectionWhere, type RecommendationFilter, type RecommendationWhere, type TeamFilter, type TeamWhere,
} from './inspection.inputs.js';

/** Conditions on the inspection `i` shared by the inspection, finding and recommendation lists. */
async function whereInspection(scope: ReadScope, q: ListQuery, f: (RecordFilter & { team?: string; inspectionCode?: string }) | undefined): Promise<void> {
  await whereUnit(scope, q, 'i.unit_id', f);
  const status = scope.inspectionCondition('i');
  if (status) q.where(status.sql, ...status.params);
  if (!f) return;
  whereYears(q, 'i.date', f.fromYear, f.toYear);
  whereDemo(q, 'i.source_id', f.demo);
  if (f.team) {
    // a team that inspected nothing in the reader's scope is unknown to them
    const visible = await scope.units();
    const [team] = await scope.sql<{ id: number }>(
      'select t.id from inspection_team t where t.name = ? and (?::int[] is null or exists (select 1 from inspection i where i.team_id = t.id and i.unit_id = any(?::int[])))',
      [f.team, visible, visible],
    );
    if (!team) throw new InputProblem('filter.team', `unknown inspection team "${f.team}"`);
    q.where('i.team_id = ?', team.id);
  }
  if (f.inspectionCode) q.where('i.code = ?', f.inspectionCode);
}

/**
 * The fields of the inspection `i` in every where of inspections and of their findings and
 * recommendations. Team, unit, unit kind and district are read through the inspection's foreign
 * keys: eq, in and notIn compare `i.team_id` / `i.unit_id` with the ids looked up (`member`), so the
 * inspection_team_id_index and inspection_unit_date_idx serve them; isNull and contains read the
 * scalar subselect (team_id and unit_id are never null, the district may be).
 */
const INSPECTED_COLUMNS: Record<string, WhereColumn> = {
  date: { sql: 'i.date', type: 'date' },
  year: { sql: 'extract(year from i.date)::int', type: 'int' },
  team: { sql: '(select t.name from inspection_team t where t.id = i.team_id)', type: 'text', names: 'team', member: 'i.team_id = any(?::int[])' },
  ...unitColumns('i.unit_id', { code: 'unitCode', kind: 'unitKind', district: 'districtCode' }),
};

/** The fields of InspectionWhere over the inspection `i` (issue 11.3). */
export const INSPECTION_COLUMNS: Record<string, WhereColumn> = {
  ...INSPECTED_COLUMNS,
  code: { sql: 'i.code', type: 'text' },
  kind: { sql: 'i.kind', type: 'enum' },
  rating: { sql: 'i.rating', type: 'enum', ascending: RATING_ASCENDING },
  status: { sql: 'i.status', type: 'enum' },
};

/** FindingWhere over the finding `f`, its inspection `i` and requirement `r`. */
export const FINDING_COLUMNS: Record<string, WhereColumn> = {
  ...INSPECTED_COLUMNS,
  inspectionCode: { sql: 'i.code', type: 'text' },
  result: { sql: 'f.result', type: 'enum' },
  requirementCode: { sql: 'r.code', type: 'text', names: 'requirement' },
  category: { sql: 'r.category', type: 'enum' },
  note: { sql: 'f.note', type: 'text' },
};

/** RecommendationWhere over the recommendation `rc` and its inspection `i`. */
export const RECOMMENDATION_COLUMNS: Record<string, WhereColumn> = {
  ...INSPECTED_COLUMNS,
  inspectionCode: { sql: 'i.code', type: 'text' },
  seq: { sql: 'rc.seq', type: 'int' },
  text: { sql: 'rc.text', type: 'text' },
  dueDate: { sql: 'rc.due_date', type: 'date' },
  status: { sql: 'rc.status', type: 'enum' },
  resolvedOn: { sql: 'rc.resolved_on', type: 'date' },
};

/** A scoped reader sees the teams that inspected a unit of the scope (and counts only those inspections). */
async function whereTeamInScope(scope: ReadScope, q: ListQuery): Promise<void> {
  const visible = await scope.units();
  if (visible) q.where('exists (select 1 from inspection i where i.team_id = t.id and i.unit_id = any(?::int[]))', visible);
}

/** The statement of the inspection list before paging (also Unit.inspections and history.inspections with arguments). */
export async function inspectionStatement(
  scope: ReadScope, filter: InspectionFilter | undefined, orderBy: InspectionOrder | undefined, where?: InspectionWhere,
): Promise<ListStatement> {
  const q = new ListQuery();
  await whereInspection(scope, q, filter);
  if (filter?.kinds?.length) q.where('i.kind = any(?::text[])', filter.kinds);
  if (filter?.ratings?.length) q.where('i.rating = any(?::text[])', filter.ratings);
  await whereRecords(scope, q, where, await structureColumns(scope, INSPECTION_COLUMNS, 'i.unit_id', filter?.structure));
  const orders: Record<InspectionOrder, string> = {
    [InspectionOrder.DATE_DESC]: 'i.date desc, i.code',
    [InspectionOrder.DATE_ASC]: 'i.date, i.code',
    [InspectionOrder.CODE]: 'i.code',
    [InspectionOrder.UNIT]: '(select u.code from unit u where u.id = i.unit_id), i.date, i.code',
    [InspectionOrder.RATING]: "array_position(array['EXCELLENT','GOOD','SATISFACTORY','UNSATISFACTORY']::text[], i.rating) nulls last, i.date desc, i.code",
  };
  return { q, from: 'inspection i', id: 'i.id', orderBy: orders[orderBy ?? InspectionOrder.DATE_DESC], unitId: 'i.unit_id' };
}

/** The ids of one page of inspections, in order, and the total. */
export async function listInspections(
  em: EntityManager, scope: ReadScope, filter: InspectionFilter | undefined, orderBy: InspectionOrder | undefined, page: Page, where?: InspectionWhere,
): Promise<IdPage> {
  const s = await inspectionStatement(scope, filter, orderBy, where);
  return s.q.page(sqlFor(em), s.from, s.id, s.orderBy, page);
}

/** The statement of the finding list before paging. */
export async function findingStatement(
  scope: ReadScope, filter: FindingFilter | undefined, orderBy: FindingOrder | undefined, where?: FindingWhere,
): Promise<ListStatement> {
  const sql = scope.sql;
  const q = new ListQuery();
  await whereInspection(scope, q, filter);
  if (filter?.requirementCodes?.length) {
    // an unknown code is the caller's mistake, said as for units and teams — not an empty list
    const known = new Set((await sql<{ code: string }>('select code from requirement where code = any(?::text[])', [filter.requirementCodes])).map((r) => r.code));
    const unknown = filter.requirementCodes.filter((c) => !known.has(c));
    if (unknown.length) throw new InputProblem('filter.requirementCodes', `unknown requirement code${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')} (mã tiêu chí không tồn tại)`);
    q.where('r.code = any(?::text[])', filter.requirementCodes);
  }
  if (filter?.categories?.length) q.where('r.category = any(?::text[])', filter.categories);
  if (filter?.results?.length) q.where('f.result = any(?::text[])', filter.results);
  await whereRecords(scope, q, where, await structureColumns(scope, FINDING_COLUMNS, 'i.unit_id', filter?.structure));
  const orders: Record<FindingOrder, string> = {
    [FindingOrder.DATE_DESC]: 'i.date desc, i.code, r.code',
    [FindingOrder.DATE_ASC]: 'i.date, i.code, r.code',
    [FindingOrder.REQUIREMENT]: 'r.code, i.date desc, i.code',
    [FindingOrder.RESULT]: "array_position(array['NON_COMPLIANT','PARTIAL','COMPLIANT','NOT_APPLICABLE']::text[], f.result), i.date desc, i.code, r.code",
  };
  return {
    q,
    from: 'finding f join inspection i on i.id = f.inspection_id join requirement r on r.id = f.requirement_id',
    id: 'f.id',
    orderBy: orders[orderBy ?? FindingOrder.DATE_DESC],
    unitId: 'i.unit_id',
  };
}

/** The ids of one page of findings, in order, and the total. */
export async function listFindings(
  em: EntityManager, scope: ReadScope, filter: FindingFilter | undefined, orderBy: FindingOrder | undefined, page: Page, where?: FindingWhere,
): Promise<IdPage> {
  const s = await findingStatement(scope, filter, orderBy, where);
  return s.q.page(sqlFor(em), s.from, s.id, s.orderBy, page);
}

/** The statement of the recommendation list before paging. */
export async function recommendationStatement(
  scope: ReadScope, filter: RecommendationFilter | undefined, orderBy: RecommendationOrder | undefined, where?: RecommendationWhere,
): Promise<ListStatement> {
  const q = new ListQuery();
  await whereInspection(scope, q, filter);
  if (filter?.statuses?.length) q.where('rc.status = any(?::text[])', filter.statuses);
  // open at D (SPEC §4): made on or before D and not resolved on or before D; UNKNOWN is neither (SPEC §5.2)
  const open = "i.date <= ?::date and rc.status <> 'UNKNOWN' and not coalesce(rc.status = 'RESOLVED' and rc.resolved_on <= ?::date, false)";
  const openOn = dateArg('filter.openOn', filter?.openOn);
  if (openOn) q.where(open, openOn, openOn);
  const overdueOn = dateArg('filter.overdueOn', filter?.overdueOn);
  if (overdueOn) q.where(`${open} and rc.due_date < ?::date`, overdueOn, overdueOn, overdueOn);
  await whereRecords(scope, q, where, await structureColumns(scope, RECOMMENDATION_COLUMNS, 'i.unit_id', filter?.structure));
  const orders: Record<RecommendationOrder, string> = {
    [RecommendationOrder.DUE_DATE]: 'rc.due_date nulls last, i.date, i.code, rc.seq',
    [RecommendationOrder.DATE_DESC]: 'i.date desc, i.code, rc.seq',
    [RecommendationOrder.DATE_ASC]: 'i.date, i.code, rc.seq',
    [RecommendationOrder.STATUS]: "array_position(array['OPEN','IN_PROGRESS','RESOLVED','UNKNOWN']::text[], rc.status), rc.due_date nulls last, i.date, i.code, rc.seq",
  };
  return { q, from: 'recommendation rc join inspection i on i.id = rc.inspection_id', id: 'rc.id', orderBy: orders[orderBy ?? RecommendationOrder.DUE_DATE], unitId: 'i.unit_id' };
}

/** The ids of one page of recommendations, in order, and the total. */
export async function listRecommendations(
  em: EntityManager, scope: ReadScope, filter: RecommendationFilter | undefined, orderBy: RecommendationOrder | undefined, page: Page, where?: RecommendationWhere,
): Promise<IdPage> {
  const s = await recommendationStatement(scope, filter, orderBy, where);
  return s.q.page(sqlFor(em), s.from, s.id, s.orderBy, page);
}

/** The ids of one page of inspection teams, in order, and the total. */
/** TeamWhere over the team `t` (issue 11.3). */
export const TEAM_COLUMNS: Record<string, WhereColumn> = {
  name: { sql: 't.name', type: 'text' },
  committee: { sql: 't.committee', type: 'text' },
  leader: { sql: 't.leader', type: 'text' },
};

export async function listTeams(
  em: EntityManager, scope: ReadScope, filter: TeamFilter | undefined, orderBy: TeamOrder | undefined, page: Page, where?: TeamWhere,
): Promise<IdPage> {
  const q = new ListQuery();
  await whereTeamInScope(scope, q);
  whereSearch(q, ['t.name', 't.committee', 't.leader'], filter?.search);
  await whereRecords(scope, q, where, TEAM_COLUMNS);
  // "und-x-icu-kn" would sort numerals numerically but is not in every build: pad the trailing number instead
  const byName = "coalesce(regexp_replace(t.name, '\\d+', lpad(substring(t.name from '\\d+'), 6, '0')), t.name) collate \"und-x-icu\", t.id";
  const visible = await scope.units();
  const order =
    orderBy === TeamOrder.INSPECTIONS ? `(select count(*) from inspection i where i.team_id = t.id and (?::int[] is null or i.unit_id = any(?::int[]))) desc, ${byName}` : byName;
  return q.page(sqlFor(em), 'inspection_team t', 't.id', order, page, orderBy === TeamOrder.INSPECTIONS ? [visible, visible] : []);
}

/** The id of the team of that exact name, when the reader may see it (it inspected a unit of the scope). */
export async function teamIdByName(em: EntityManager, scope: ReadScope, name: string): Promise<number | null> {
  const q = new ListQuery().where('t.name = ?', name);
  await whereTeamInScope(scope, q);
  const { ids } = await q.page(sqlFor(em), 'inspection_team t', 't.id', 't.id', { limit: 1, offset: 0 });
  return ids[0] ?? null;
}

/** The id of the inspection with that code, or null (the loader then withholds one outside the reader's scope). */
export async function inspectionIdByCode(em: EntityManager, code: string): Promise<number | null> {
  const [row] = await sqlFor(em)<{ id: number }>('select id from inspection where code = ?', [code]);
  return row?.id ?? null;
}
