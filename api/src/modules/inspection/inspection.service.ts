import type { EntityManager } from '@mikro-orm/postgresql';
import { InputProblem } from '../../shared/errors.js';
import { dateArg, ListQuery, whereDemo, whereSearch, whereUnit, whereYears, type IdPage } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import type { RecordFilter } from '../../shared/record-filter.js';
import { sqlFor, type Sql } from '../../shared/sql.js';
import {
  FindingOrder, InspectionOrder, RecommendationOrder, TeamOrder,
  type FindingFilter, type InspectionFilter, type RecommendationFilter, type TeamFilter,
} from './inspection.inputs.js';

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

/** The ids of one page of inspections, in order, and the total. */
export async function listInspections(em: EntityManager, filter: InspectionFilter | undefined, orderBy: InspectionOrder | undefined, page: Page): Promise<IdPage> {
  const sql = sqlFor(em);
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
  return q.page(sql, 'inspection i', 'i.id', orders[orderBy ?? InspectionOrder.DATE_DESC], page);
}

/** The ids of one page of findings, in order, and the total. */
export async function listFindings(em: EntityManager, filter: FindingFilter | undefined, orderBy: FindingOrder | undefined, page: Page): Promise<IdPage> {
  const sql = sqlFor(em);
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
  return q.page(
    sql,
    'finding f join inspection i on i.id = f.inspection_id join requirement r on r.id = f.requirement_id',
    'f.id',
    orders[orderBy ?? FindingOrder.DATE_DESC],
    page,
  );
}

/** The ids of one page of recommendations, in order, and the total. */
export async function listRecommendations(em: EntityManager, filter: RecommendationFilter | undefined, orderBy: RecommendationOrder | undefined, page: Page): Promise<IdPage> {
  const sql = sqlFor(em);
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
  return q.page(sql, 'recommendation rc join inspection i on i.id = rc.inspection_id', 'rc.id', orders[orderBy ?? RecommendationOrder.DUE_DATE], page);
}

/** The ids of one page of inspection teams, in order, and the total. */
export async function listTeams(em: EntityManager, filter: TeamFilter | undefined, orderBy: TeamOrder | undefined, page: Page): Promise<IdPage> {
  const q = new ListQuery();
  whereSearch(q, ['t.name', 't.committee', 't.leader'], filter?.search);
  // "und-x-icu-kn" would sort numerals numerically but is not in every build: pad the trailing number instead
  const byName = "coalesce(regexp_replace(t.name, '\\d+', lpad(substring(t.name from '\\d+'), 6, '0')), t.name) collate \"und-x-icu\", t.id";
  const order = orderBy === TeamOrder.INSPECTIONS ? `(select count(*) from inspection i where i.team_id = t.id) desc, ${byName}` : byName;
  return q.page(sqlFor(em), 'inspection_team t', 't.id', order, page);
}
