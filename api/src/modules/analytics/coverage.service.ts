import type { Sql } from '../../shared/sql.js';
import type { Dimension } from './analytics.inputs.js';
import type { CoverageRow } from './analytics.types.js';
import { rollupAnswers, unitYearRollupCtes } from './rollup.js';
import { dimensionSql, scopeCtes, countedInspections, unitsIn, type Scope } from './scope.js';

/**
 * Coverage (SPEC §4) in one statement. With YEAR: per year. Without: the span rule — units active
 * in the span and inspected in it ÷ units active in it — which the same query gives when the
 * (year, unit) pairs of the whole span fall into one group.
 */
export async function coverage(sql: Sql, scope: Scope, by: Dimension[], options: { rollup?: boolean } = {}): Promise<CoverageRow[]> {
  if (options.rollup !== false && rollupAnswers(scope, by, true)) return coverageFromRollup(sql, scope, by);
  const params: unknown[] = [];
  const ctes = scopeCtes(scope, params);
  params.push(scope.fromYear, scope.toYear);
  // a subtree's inspections only (an index range per unit), not every inspection of the years
  const within = unitsIn(scope, 'i.unit_id', params) + countedInspections(scope, 'i', params);
  const d = dimensionSql(by);
  const rows = await sql<Omit<CoverageRow, 'rate'>>(
    `${ctes},
    insp as (
      select i.unit_id, extract(year from i.date)::int as year, count(*)::int as n
      from inspection i
      where i.date >= make_date(?::int, 1, 1) and i.date <= make_date(?::int, 12, 31)${within}
      group by 1, 2
    )
    select ${d.select},
      count(distinct s.m_id)::int as "unitsInScope",
      (count(distinct s.m_id) filter (where insp.n is not null))::int as "unitsInspected",
      coalesce(sum(insp.n), 0)::int as inspections
    from scope s left join insp on insp.unit_id = s.unit_id and insp.year = s.year
    ${d.groupBy} ${d.orderBy}`,
    params,
  );
  return rows.map((r) => ({ ...r, rate: r.unitsInScope ? r.unitsInspected / r.unitsInScope : null }));
}

/** The same numbers from the (year, kind, district) rollups, for the queries they can answer (see rollupAnswers). */
async function coverageFromRollup(sql: Sql, scope: Scope, by: Dimension[]): Promise<CoverageRow[]> {
  const params: unknown[] = [];
  const d = dimensionSql(by);
  const rows = await sql<Omit<CoverageRow, 'rate'>>(
    `${unitYearRollupCtes(scope, params)}
    select ${d.select},
      coalesce(sum(s.units), 0)::int as "unitsInScope",
      coalesce(sum(s.units_inspected), 0)::int as "unitsInspected",
      coalesce(sum(s.inspections), 0)::int as inspections
    from s ${d.groupBy} ${d.orderBy}`,
    params,
  );
  return rows.map((r) => ({ ...r, rate: r.unitsInScope ? r.unitsInspected / r.unitsInScope : null }));
}
