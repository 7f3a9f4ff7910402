import type { Sql } from '../../shared/sql.js';
import type { Dimension } from './analytics.inputs.js';
import type { PlanRow } from './analytics.types.js';
import { rollupAnswers, unitYearRollupCtes } from './rollup.js';
import { DIMENSION_EXPRS, orderSql, ratio, type RowOrder } from './order.js';
import { dimensionSql, periodsOf, scopeCtes, unitsIn, type Scope } from './scope.js';

/** Row fields of planRate, for orderBy (plans are annual: no quarter or month). */
export const PLAN_FIELDS = { measures: ['unitsInScope', 'unitsWithPlan', 'plans', 'rate'], dimensions: ['year', 'district', 'unitKind', 'unit'] };
const MEASURES = { unitsInScope: '"unitsInScope"', unitsWithPlan: '"unitsWithPlan"', plans: '"plans"' };

/**
 * Plan rate (SPEC §4) in one statement. With YEAR: units in scope(Y) with an annual plan for Y ÷
 * units in scope(Y). Without YEAR, the span rule of coverage: units active in the span with a plan
 * for at least one year of the span in which they were in scope ÷ units active in the span.
 * Under CURRENT, units are counted as distinct current successors, as in coverage. A date range
 * cuts the years: units active in the part of year Y inside it, with a plan for Y. Plans are
 * annual, so the by has no QUARTER or MONTH (the resolver refuses them).
 */
export async function planRate(sql: Sql, scope: Scope, by: Dimension[], options: { rollup?: boolean; order?: RowOrder } = {}): Promise<PlanRow[]> {
  if (options.rollup !== false && rollupAnswers(scope, by, true)) return planRateFromRollup(sql, scope, by, options.order);
  const params: unknown[] = [];
  const ctes = scopeCtes(scope, params, periodsOf(scope, by));
  params.push(scope.fromYear, scope.toYear);
  const within = unitsIn(scope, 'unit_id', params);
  const d = dimensionSql(by);
  const rows = await sql<Omit<PlanRow, 'rate'>>(
    `${ctes},
    p as (select unit_id, year from annual_plan where year between ?::int and ?::int${within})
    select ${d.select},
      count(distinct s.m_id)::int as "unitsInScope",
      (count(distinct s.m_id) filter (where p.unit_id is not null))::int as "unitsWithPlan",
      count(p.unit_id)::int as plans
    from scope s left join p on p.unit_id = s.unit_id and p.year = s.year
    ${d.groupBy} ${orderSql(options.order, { ...DIMENSION_EXPRS, ...MEASURES, rate: ratio('count(distinct s.m_id) filter (where p.unit_id is not null)', 'count(distinct s.m_id)') }, d.order)}`,
    params,
  );
  return rows.map((r) => ({ ...r, rate: r.unitsInScope ? r.unitsWithPlan / r.unitsInScope : null }));
}

/** The same numbers from the (year, kind, district) rollups, for the queries they can answer (see rollupAnswers). */
async function planRateFromRollup(sql: Sql, scope: Scope, by: Dimension[], order?: RowOrder): Promise<PlanRow[]> {
  const params: unknown[] = [];
  const d = dimensionSql(by);
  const rows = await sql<Omit<PlanRow, 'rate'>>(
    `${unitYearRollupCtes(scope, params)}
    select ${d.select},
      coalesce(sum(s.units), 0)::int as "unitsInScope",
      coalesce(sum(s.units_with_plan), 0)::int as "unitsWithPlan",
      coalesce(sum(s.plans), 0)::int as plans
    from s ${d.groupBy} ${orderSql(order, { ...DIMENSION_EXPRS, ...MEASURES, rate: ratio('coalesce(sum(s.units_with_plan), 0)', 'coalesce(sum(s.units), 0)') }, d.order)}`,
    params,
  );
  return rows.map((r) => ({ ...r, rate: r.unitsInScope ? r.unitsWithPlan / r.unitsInScope : null }));
}
