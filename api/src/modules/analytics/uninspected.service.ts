import type { Page } from '../../shared/pagination.js';
import type { Sql } from '../../shared/sql.js';
import { activeOn } from '../../shared/validity.js';
import type { WhereColumn } from '../../shared/where.js';
import { unitColumns } from '../../shared/where-list.js';
import type { UninspectedUnit } from './analytics.types.js';

export interface UninspectedQuery {
  asOf: string;
  kinds: string[];
  /** the units considered (subtree of withinUnit, else the reader's scope); null = all */
  unitIds: number[] | null;
  districtId: number | null;
  /** the reader's units when scoped: predecessors outside count for nothing */
  visible: number[] | null;
  includePredecessors: boolean;
  notInspectedSince: string | null;
  /** the compiled `where` (UNINSPECTED_COLUMNS, shared/where-list.ts recordsCondition), or null */
  where?: { sql: string; params: unknown[] } | null;
}

/**
 * UninspectedWhere over a row (issue 11.3): the unit `units.id`, its code, kind and district as
 * every list's unit fields; the last inspection's date, the days since and the count from `last`.
 */
export const UNINSPECTED_COLUMNS: Record<string, WhereColumn> = {
  ...unitColumns('units.id', { code: 'unitCode', kind: 'unitKind', district: 'districtCode' }),
  lastInspectionDate: { sql: 'last.last_date', type: 'date' },
  daysSince: { sql: 'last.days_since', type: 'int' },
  inspections: { sql: 'last.n', type: 'int' },
};

/**
 * Units active on `asOf` with their last inspection on or before it, never-inspected units first,
 * then the longest uninspected, in one statement. With `includePredecessors`, inspections of the
 * units that became this one through lineage events (transitively) count as its own.
 */
export async function uninspectedUnits(sql: Sql, q: UninspectedQuery, page: Page): Promise<{ rows: UninspectedUnit[]; total: number }> {
  const params: unknown[] = [];
  let text = 'with recursive ';
  text += `units as (
    select u.id, u.code from unit u
    where ${activeOn('u', '?::date')}
      and u.kind = any(?::text[])
      ${q.unitIds !== null ? 'and u.id = any(?::int[])' : ''}
      ${q.districtId !== null ? 'and u.id in (select unit_id from unit_dim where district_id = ?)' : ''}
  ), `;
  params.push(q.asOf, q.asOf, q.kinds);
  if (q.unitIds !== null) params.push(q.unitIds);
  if (q.districtId !== null) params.push(q.districtId);
  text += q.includePredecessors
    ? `counted (key, id) as (
        select id, id from units
        union
        select c.key, f.unit_id from counted c
        join lineage_event_unit t on t.unit_id = c.id and t.role = 'TO'
        join lineage_event_unit f on f.event_id = t.event_id and f.role = 'FROM'
        ${q.visible ? 'where f.unit_id = any(?::int[])' : ''}
      ), `
    : 'counted as (select id as key, id from units), ';
  if (q.includePredecessors && q.visible) params.push(q.visible);
  text += `last as (
    select c.key, max(i.date) as last_date, (?::date - max(i.date))::int as days_since, count(i.id)::int as n,
      (array_agg(i.id order by i.date desc, i.id desc) filter (where i.id is not null))[1] as last_id
    from counted c left join inspection i on i.unit_id = c.id and i.date <= ?::date and i.status = 'APPROVED'
    group by c.key
  )
  select units.id as "unitId", last.last_id as "lastInspectionId", last.last_date::text as "lastInspectionDate",
    last.days_since as "daysSince", last.n as inspections, count(*) over ()::int as total
  from units join last on last.key = units.id
  where (?::date is null or last.last_date is null or last.last_date < ?::date)${q.where ? ` and (${q.where.sql})` : ''}
  order by last.last_date nulls first, units.code
  limit ? offset ?`;
  params.push(q.asOf, q.asOf, q.notInspectedSince, q.notInspectedSince, ...(q.where?.params ?? []), page.limit, page.offset);
  const rows = await sql<UninspectedUnit & { total: number }>(text, params);
  let total = rows[0]?.total ?? 0;
  if (!rows.length && page.offset > 0) {
    const all = await uninspectedUnits(sql, q, { limit: 1, offset: 0 });
    total = all.total;
  }
  return { rows, total };
}
