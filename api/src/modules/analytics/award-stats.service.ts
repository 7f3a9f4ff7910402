import type { Sql } from '../../shared/sql.js';
import { AwardDimension } from './analytics.inputs.js';
import type { AwardRow } from './analytics.types.js';
import { DECISION_IN_YEARS, decisionInYearsParams, PERIOD_LABEL } from '../award/award.record.js';
import { DIMENSION_EXPRS, orderSql, type RowOrder } from './order.js';
import { COUNTED_UNIT_COLUMNS, countedUnitJoins, dimensionSql, periodsOf, unitsIn, type Scope } from './scope.js';

/** Row fields of awardStats, for orderBy. */
export const AWARD_FIELDS = { measures: ['awards', 'decisions'], dimensions: ['year', 'quarter', 'month', 'district', 'unitKind', 'unit', 'period', 'kind'] };

/**
 * Award counts (SPEC §4) in one statement: one per recipient of a decision, by the decision's year
 * (null when undated), its period label and kind, and the recipient's district, kind and unit.
 * Scope is decided on the recipient as recorded (kind, subtree); activity is not checked, since a
 * unit is awarded while it exists. Under CURRENT the recipient is replaced by its current successor
 * (awards to two units that later merged still count as two). QUARTER and MONTH are those of the
 * decision date (null when undated). A date range counts the decisions dated in it, and the
 * undated ones whose period overlaps its years (as for a range of whole years).
 */
export async function awardStats(
  sql: Sql,
  scope: Scope,
  by: AwardDimension[],
  options: { order?: RowOrder; /** false: `decisions` is not asked for (it is then null) */ decisions?: boolean } = {},
): Promise<AwardRow[]> {
  const params: unknown[] = [];
  // count(distinct) sorts every award: only when the row's `decisions` is read or ordered by
  const decisions = options.decisions !== false || (options.order?.keys ?? []).some((k) => k.field === 'decisions');
  // the counted unit's columns cost three joins with the 50k-row unit tables: only when a dimension needs them
  const needsUnit = by.includes(AwardDimension.UNIT) || by.includes(AwardDimension.UNIT_KIND) || by.includes(AwardDimension.DISTRICT);
  const joins = needsUnit ? countedUnitJoins(scope, params) : '';
  params.push(...decisionInYearsParams(scope.fromYear, scope.toYear), scope.kinds);
  // a date range inside the years: the dated decisions in it (the undated ones stay as decided by their period)
  const inRange = scope.range ? ` and (d.date is null or (${periodsOf(scope, []).dateIn('d.date')}))` : '';
  // awards to recipients outside the reader's scope are not counted (their decision still is, once, when it has one inside)
  const within = unitsIn(scope, 'u.id', params);
  const ctes = `with s as (
    select extract(year from d.date)::int as year, extract(quarter from d.date)::int as quarter, extract(month from d.date)::int as month,
      ${PERIOD_LABEL} as period, d.kind, d.id as decision_id,
      ${needsUnit ? COUNTED_UNIT_COLUMNS : 'null::int as m_id, null::text as m_code, null::text as m_kind, null::int as m_district, null::text as m_district_code'}
    from award a join award_decision d on d.id = a.decision_id
    join unit u on u.id = a.recipient_id
    ${needsUnit ? `join unit_dim ud on ud.unit_id = u.id
    ${joins}` : ''}
    where ${DECISION_IN_YEARS}${inRange} and u.kind = any(?::text[])${within}
  )`;
  const d = dimensionSql(by);
  const columns = [...d.columns];
  const order = [...d.order];
  if (by.includes(AwardDimension.PERIOD)) columns.push('s.period'), order.push('s.period nulls last');
  if (by.includes(AwardDimension.KIND)) columns.push('s.kind'), order.push('s.kind');
  return sql<AwardRow>(
    `${ctes}
    select ${d.select},
      ${by.includes(AwardDimension.PERIOD) ? 's.period' : 'null::text'} as period,
      ${by.includes(AwardDimension.KIND) ? 's.kind' : 'null::text'} as kind,
      count(*)::int as awards, ${decisions ? 'count(distinct s.decision_id)::int' : 'null::int'} as decisions
    from s
    ${columns.length ? `group by ${columns.join(', ')}` : ''}
    ${orderSql(options.order, { ...DIMENSION_EXPRS, period: 's.period', kind: 's.kind', awards: '"awards"', decisions: '"decisions"' }, order)}`,
    params,
  );
}
