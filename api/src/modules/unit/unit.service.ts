import type { EntityManager } from '@mikro-orm/postgresql';
import { dateArg, ListQuery, whereDemo, whereSearch, whereUnit, whereYears, type IdPage, type ListStatement } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import { likeEscape } from '../../shared/search.js';
import { sqlFor } from '../../shared/sql.js';
import { activeInYear, activeOn } from '../../shared/validity.js';
import type { WhereColumn, WhereField, WhereRelation } from '../../shared/where.js';
import { districtColumn, unitColumns, whereRecords } from '../../shared/where-list.js';
import type { ReadScope } from '../scope/read-scope.js';
import { LineageOrder, UnitOrder, type LineageFilter, type LineageWhere, type UnitFilter, type UnitWhere } from './unit.inputs.js';

/** UnitWhere over the unit `u` (issue 11.3); the parent and the district compare ids (unit_parent_id_index, unit_dim_district_idx). */
export const UNIT_COLUMNS: Record<string, WhereColumn> = {
  code: { sql: 'u.code', type: 'text' },
  name: { sql: 'u.name', type: 'text' },
  nameEn: { sql: 'u.name_en', type: 'text' },
  kind: { sql: 'u.kind', type: 'enum' },
  validFrom: { sql: 'u.valid_from', type: 'date' },
  validTo: { sql: 'u.valid_to', type: 'date' },
  parentCode: { sql: '(select pu.code from unit pu where pu.id = u.parent_id)', type: 'text', names: 'unit', member: 'u.parent_id = any(?::int[])' },
  districtCode: districtColumn('u.id'),
};

/** The ids of one page of units, in order (searching: best match first), and the total. */
export async function listUnits(
  em: EntityManager, scope: ReadScope, filter: UnitFilter | undefined, orderBy: UnitOrder | undefined, page: Page, where?: UnitWhere,
): Promise<IdPage> {
  const s = await unitStatement(scope, filter, orderBy, where);
  return s.q.page(sqlFor(em), s.from, s.id, s.orderBy, page, s.orderParams);
}

/** The statement of the unit list before paging (also history.units with arguments); default order RELEVANCE when searching, else CODE. */
export async function unitStatement(scope: ReadScope, filter: UnitFilter | undefined, orderBy: UnitOrder | undefined, where?: UnitWhere): Promise<ListStatement> {
  const q = new ListQuery();
  await whereUnit(scope, q, 'u.id', { withinUnit: filter?.withinUnit, districtCode: filter?.districtCode, unitKinds: filter?.kinds });
  if (filter?.activeYear != null) {
    q.where(activeInYear('u', '?::int'), filter.activeYear, filter.activeYear);
  }
  const on = dateArg('filter.activeOn', filter?.activeOn);
  if (on) q.where(activeOn('u', '?::date'), on, on);
  const text = whereSearch(q, ['u.name', 'u.code'], filter?.search).join(' ');
  if (filter?.parentCode) {
    const parent = await scope.unitIds({ 'filter.parentCode': filter.parentCode });
    q.where('u.parent_id = ?', parent['filter.parentCode']);
  }
  await whereRecords(scope, q, where, UNIT_COLUMNS);
  const order = orderBy ?? (text ? UnitOrder.RELEVANCE : UnitOrder.CODE);
  const orders: Record<UnitOrder, string> = {
    [UnitOrder.CODE]: 'u.code',
    [UnitOrder.NAME]: 'u.name collate "und-x-icu", u.code',
    [UnitOrder.KIND]: 'u.kind, u.name collate "und-x-icu", u.code',
    [UnitOrder.VALID_FROM]: 'u.valid_from nulls first, u.code',
    [UnitOrder.RELEVANCE]: 'u.code',
  };
  let orderSql = orders[order];
  const orderParams: unknown[] = [];
  if (order === UnitOrder.RELEVANCE && text) {
    const phrase = likeEscape(text);
    orderSql = `case when lower(u.code) = lower(?) then 0
                     when qcdc_fold(u.name) = qcdc_fold(?) then 1
                     when qcdc_fold(u.name) like qcdc_fold(?) then 2
                     when qcdc_fold(u.name) like qcdc_fold(?) then 3
                     else 4 end,
                (u.valid_to is null) desc, length(u.name), u.code`;
    orderParams.push(text, text, `${phrase}%`, `%${phrase}%`);
  }
  return { q, from: 'unit u', id: 'u.id', orderBy: orderSql, unitId: 'u.id', orderParams };
}

/** The ids of one page of lineage events, in order, and the total. */
/**
 * LineageWhere over the event `e` (issue 11.3). Its units are lineage_event_unit links: fromUnits,
 * toUnits and units are WhereRelations (some / every / none) over `lu`, the unit's fields comparing
 * lu.unit_id (lineage_event_unit_unit_id_index); for a scoped reader a link to a unit outside the
 * scope is not there, as eventUnits leaves it out of the answer.
 */
export function lineageColumns(visible: number[] | null): Record<string, WhereField> {
  const units: Record<string, WhereColumn> = {
    ...unitColumns('lu.unit_id', { code: 'code', kind: 'kind', district: 'districtCode' }),
    name: { sql: '(select wu.name from unit wu where wu.id = lu.unit_id)', type: 'text' },
  };
  const link = (role: string | null): WhereRelation => ({
    relation: true,
    from: 'lineage_event_unit lu',
    on: `lu.event_id = e.id${role ? ` and lu.role = '${role}'` : ''}${visible ? ' and lu.unit_id = any(?::int[])' : ''}`,
    params: visible ? [visible] : [],
    columns: units,
  });
  return {
    date: { sql: 'e.date', type: 'date' },
    year: { sql: 'extract(year from e.date)::int', type: 'int' },
    type: { sql: 'e.type', type: 'enum' },
    decision: { sql: 'e.decision', type: 'text' },
    note: { sql: 'e.note', type: 'text' },
    fromUnits: link('FROM'),
    toUnits: link('TO'),
    units: link(null),
  };
}

export async function listLineageEvents(
  em: EntityManager, scope: ReadScope, filter: LineageFilter | undefined, orderBy: LineageOrder | undefined, page: Page, where?: LineageWhere,
): Promise<IdPage> {
  const sql = sqlFor(em);
  const q = new ListQuery();
  const ids = await scope.unitIds({ 'filter.unitCode': filter?.unitCode, 'filter.withinUnit': filter?.withinUnit });
  // a scoped reader sees the events a unit of the scope takes part in (their units outside are left out: eventUnits)
  const visible = await scope.units();
  if (visible) q.where('exists (select 1 from lineage_event_unit lu where lu.event_id = e.id and lu.unit_id = any(?::int[]))', visible);
  whereYears(q, 'e.date', filter?.fromYear, filter?.toYear);
  if (filter?.types?.length) q.where('e.type = any(?::text[])', filter.types);
  if (filter?.unitCode) q.where('exists (select 1 from lineage_event_unit lu where lu.event_id = e.id and lu.unit_id = ?)', ids['filter.unitCode']);
  if (filter?.withinUnit) {
    q.where('exists (select 1 from lineage_event_unit lu where lu.event_id = e.id and lu.unit_id = any(?::int[]))', await scope.within(ids['filter.withinUnit']));
  }
  whereDemo(q, 'e.source_id', filter?.demo);
  await whereRecords(scope, q, where, lineageColumns(visible));
  const order = orderBy === LineageOrder.DATE_DESC ? 'e.date desc, e.id desc' : 'e.date, e.id';
  return q.page(sql, 'lineage_event e', 'e.id', order, page);
}

/** The id of the unit with that code, or null (the loader then withholds one outside the reader's scope). */
export async function unitIdByCode(em: EntityManager, code: string): Promise<number | null> {
  const [row] = await sqlFor(em)<{ id: number }>('select id from unit where code = ?', [code]);
  return row?.id ?? null;
}
