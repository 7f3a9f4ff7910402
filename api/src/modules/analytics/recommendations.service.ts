import type { Sql } from '../../shared/sql.js';
import type { Dimension } from './analytics.inputs.js';
import type { RecommendationRow } from './analytics.types.js';
import { districtsIn, rollupAnswers } from './rollup.js';
import { DIMENSION_EXPRS, orderSql, type RowOrder } from './order.js';
import { COUNTED_UNIT_COLUMNS, countedUnitJoins, dimensionSql, countedInspections, periodsOf, unitsIn, type Scope } from './scope.js';

/** Row fields of openRecommendations, for orderBy. */
export const RECOMMENDATION_FIELDS = { measures: ['recommendations', 'open', 'overdue', 'resolved'], dimensions: ['year', 'quarter', 'month', 'district', 'unitKind', 'unit'] };
const EXPRS = { ...DIMENSION_EXPRS, recommendations: '"recommendations"', open: '"open"', overdue: '"overdue"', resolved: '"resolved"' };

/**
 * Open and overdue recommendations at a date (SPEC §4) in one statement: recommendations of
 * inspections dated on or before `asOf` (and within the filter's years, the inspected unit in scope
 * that year) that are not RESOLVED on or before `asOf`; overdue = open with a due date before it.
 * UNKNOWN ones (the source does not say) are neither open nor resolved, so they are left out.
 * YEAR (QUARTER, MONTH) is the period of the inspection that made the recommendation; a date
 * range counts the inspections dated in it, the unit in scope in the inspection's period cut to it.
 */
export async function openRecommendations(
  sql: Sql,
  scope: Scope,
  by: Dimension[],
  asOf: string,
  options: { rollup?: boolean; order?: RowOrder } = {},
): Promise<RecommendationRow[]> {
  if (options.rollup !== false && rollupAnswers(scope, by, false)) return openFromRollup(sql, scope, by, asOf, options.order);
  // the recommendations first, then their units: "in scope in the inspection year" is the unit's
  // activity that year, checked per row rather than by joining every (unit, year) of the span
  const p = periodsOf(scope, by);
  // quarter and month of the inspection date when asked for (from `date`, else carried from r)
  const calendar = (date: string | null) =>
    (['quarter', 'month'] as const)
      .filter((c) => by.includes(c.toUpperCase() as Dimension))
      .map((c) => `, ${date ? `extract(${c} from ${date})::int` : `r.${c}`} as ${c}`)
      .join('');
  const params: unknown[] = [asOf, asOf];
  const recorded = unitsIn(scope, 'i.unit_id', params) + countedInspections(scope, 'i', params);
  const joins = countedUnitJoins(scope, params);
  params.push(scope.kinds);
  const within = unitsIn(scope, 'u.id', params);
  params.push(asOf);
  const d = dimensionSql(by);
  return sql<RecommendationRow>(
    `with r as (
      select i.unit_id, extract(year from i.date)::int as year${calendar('i.date')},
        ${p.years ? '' : `${p.key('i.date')} as pkey, `}rc.due_date,
        coalesce(rc.status = 'RESOLVED' and rc.resolved_on <= ?::date, false) as resolved
      from recommendation rc join inspection i on i.id = rc.inspection_id
      where ${p.dateIn('i.date')} and i.date <= ?::date and rc.status <> 'UNKNOWN'${recorded}
    ),
    s as (
      select r.year${calendar(null)}, r.due_date, r.resolved, ${COUNTED_UNIT_COLUMNS}
      from r join unit u on u.id = r.unit_id and ${p.activeIn('u', p.years ? 'r.year' : 'r.pkey')}
      join unit_dim ud on ud.unit_id = u.id
      ${joins}
      where u.kind = any(?::text[])${within}
    )
    select ${d.select},
      count(*)::int as recommendations,
      (count(*) filter (where not s.resolved))::int as open,
      (count(*) filter (where not s.resolved and s.due_date < ?::date))::int as overdue,
      (count(*) filter (where s.resolved))::int as resolved
    from s
    ${d.groupBy} ${orderSql(options.order, EXPRS, d.order)}`,
    params,
  );
}

/**
 * The same numbers from analytics_recommendations (counts once every date of a recommendation is
 * past), corrected by the recommendations "unsettled" at asOf: inspected after it, resolved after
 * it, or due on or after it (settle date after asOf, in analytics_recommendation_dates). One with
 * none of those counts at asOf exactly as in the rollup, so replacing the unsettled ones' rollup
 * contribution by their contribution at asOf is exact for any date; they are an index range per
 * year, and few unless asOf lies well before the end of the years asked for.
 */
async function openFromRollup(sql: Sql, scope: Scope, by: Dimension[], asOf: string, order?: RowOrder): Promise<RecommendationRow[]> {
  const years = Array.from({ length: scope.toYear - scope.fromYear + 1 }, (_, i) => scope.fromYear + i);
  const params: unknown[] = [asOf, asOf, asOf, years, asOf, scope.kinds];
  const flagDistricts = districtsIn(scope, 'coalesce(f.district_id, 0)', params);
  params.push(scope.fromYear, scope.toYear, scope.kinds);
  const rollupDistricts = districtsIn(scope, 'coalesce(a.district_id, 0)', params);
  const d = dimensionSql(by);
  return sql<RecommendationRow>(
    `with flags as (
      select f.year, f.kind, f.district_id, f.district_code,
        f.inspection_date <= ?::date as seen,
        coalesce(f.resolved_on <= ?::date, false) as resolved_now,
        coalesce(f.due_date < ?::date, false) as due_now,
        f.resolved_on is not null as resolved_ever,
        f.due_date is not null as due_ever
      from analytics_recommendation_dates f
      where f.year = any(?::int[]) and f.settle_date > ?::date and f.kind = any(?::text[])${flagDistricts}
    ),
    s as (
      select a.year, a.kind as m_kind, a.district_id as m_district, a.district_code as m_district_code, null::int as m_id, null::text as m_code,
        a.recommendations, a.resolved, a.overdue
      from analytics_recommendations a
      where a.year between ?::int and ?::int and a.kind = any(?::text[])${rollupDistricts}
      union all
      -- contribution at asOf minus the rollup's
      select f.year, f.kind, f.district_id, f.district_code, null::int, null::text,
        f.seen::int - 1,
        (f.seen and f.resolved_now)::int - f.resolved_ever::int,
        (f.seen and not f.resolved_now and f.due_now)::int - (not f.resolved_ever and f.due_ever)::int
      from flags f
    )
    select ${d.select},
      coalesce(sum(s.recommendations), 0)::int as recommendations,
      coalesce(sum(s.recommendations - s.resolved), 0)::int as open,
      coalesce(sum(s.overdue), 0)::int as overdue,
      coalesce(sum(s.resolved), 0)::int as resolved
    from s
    ${d.groupBy} ${d.columns.length ? 'having sum(s.recommendations) > 0' : ''} ${orderSql(order, EXPRS, d.order)}`,
    params,
  );
}
