import type { Sql } from '../../shared/sql.js';
import type { Dimension } from './analytics.inputs.js';
import type { CoverageRow } from './analytics.types.js';
import { DIMENSION_EXPRS, orderSql, ratio, type RowOrder } from './order.js';
import { rollupAnswers, unitYearRollupCtes } from './rollup.js';
import { dimensionSql, periodsOf, scopeCtes, countedInspections, unitsIn, type Scope } from './scope.js';

/** Row fields of coverage, for orderBy. */
export const COVERAGE_FIELDS = { measures: ['unitsInScope', 'unitsInspected', 'inspections', 'rate'], dimensions: ['year', 'quarter', 'month', 'district', 'unitKind', 'unit'] };

/**
 * Coverage (SPEC §4) in one statement. With YEAR: per year (QUARTER, MONTH: per quarter, month —
 * units active in it, inspected in it). Without a calendar dimension: the span rule — units active
 * in the span and inspected in it ÷ units active in it — which the same query gives when the
 * (period, unit) pairs of the whole span fall into one group. A date range cuts every period.
 */
export async function coverage(sql: Sql, scope: Scope, by: Dimension[], options: { rollup?: boolean; order?: RowOrder } = {}): Promise<CoverageRow[]> {
  if (options.rollup !== false && rollupAnswers(scope, by, true)) return coverageFromRollup(sql, scope, by, options.order);
  const params: unknown[] = [];
  const p = periodsOf(scope, by);
  const ctes = scopeCtes(scope, params, p);
  // a subtree's inspections only (an index range per unit), not every inspection of the years
  const within = unitsIn(scope, 'i.unit_id', params) + countedInspections(scope, 'i', params);
  const d = dimensionSql(by);
  const inScope = 'count(distinct s.m_id)';
  const inspected = '(count(distinct s.m_id) filter (where insp.n is not null))';
  const rows = await sql<Omit<CoverageRow, 'rate'>>(
    `${ctes},
    insp as (
      select i.unit_id, ${p.key('i.date')} as pkey, count(*)::int as n
      from inspection i
      where ${p.dateIn('i.date')}${within}
      group by 1, 2
    )
    select ${d.select},
      ${inScope}::int as "unitsInScope",
      ${inspected}::int as "unitsInspected",
      coalesce(sum(insp.n), 0)::int as inspections
    from scope s left join insp on insp.unit_id = s.unit_id and insp.pkey = s.${p.scopeKey}
    ${d.groupBy} ${orderSql(options.order, { ...DIMENSION_EXPRS, ...MEASURES, rate: ratio(inspected, inScope) }, d.order)}`,
    params,
  );
  return rows.map((r) => ({ ...r, rate: r.unitsInScope ? r.unitsInspected / r.unitsInScope : null }));
}

const MEASURES = { unitsInScope: '"unitsInScope"', unitsInspected: '"unitsInspected"', inspections: '"inspections"' };

/** The same numbers from the (year, kind, district) rollups, for the queries they can answer (see rollupAnswers). */
async function coverageFromRollup(sql: Sql, scope: Scope, by: Dimension[], order?: RowOrder): Promise<CoverageRow[]> {
  const params: unknown[] = [];
  const d = dimensionSql(by);
  const rows = await sql<Omit<CoverageRow, 'rate'>>(
    `${unitYearRollupCtes(scope, params)}
    select ${d.select},
      coalesce(sum(s.units), 0)::int as "unitsInScope",
      coalesce(sum(s.units_inspected), 0)::int as "unitsInspected",
      coalesce(sum(s.inspections), 0)::int as inspections
    from s ${d.groupBy} ${orderSql(order, { ...DIMENSION_EXPRS, ...MEASURES, rate: ratio('coalesce(sum(s.units_inspected), 0)', 'coalesce(sum(s.units), 0)') }, d.order)}`,
    params,
  );
  return rows.map((r) => ({ ...r, rate: r.unitsInScope ? r.unitsInspected / r.unitsInScope : null }));
}
