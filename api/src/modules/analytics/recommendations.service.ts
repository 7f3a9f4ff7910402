import type { Sql } from '../../shared/sql.js';
import type { Dimension } from './analytics.inputs.js';
import type { RecommendationRow } from './analytics.types.js';
import { dimensionSql, scopeCtes, type Scope } from './scope.js';

/**
 * Open and overdue recommendations at a date (SPEC §4) in one statement: recommendations of
 * inspections dated on or before `asOf` (and within the filter's years, the inspected unit in scope
 * that year) that are not RESOLVED on or before `asOf`; overdue = open with a due date before it.
 * YEAR is the year of the inspection that made the recommendation.
 */
export async function openRecommendations(sql: Sql, scope: Scope, by: Dimension[], asOf: string): Promise<RecommendationRow[]> {
  const params: unknown[] = [];
  const ctes = scopeCtes(scope, params);
  params.push(asOf, scope.fromYear, scope.toYear, asOf, asOf);
  const d = dimensionSql(by);
  return sql<RecommendationRow>(
    `${ctes},
    r as (
      select i.unit_id, extract(year from i.date)::int as year, rc.due_date,
        coalesce(rc.status = 'RESOLVED' and rc.resolved_on <= ?::date, false) as resolved
      from recommendation rc join inspection i on i.id = rc.inspection_id
      where i.date >= make_date(?::int, 1, 1) and i.date <= make_date(?::int, 12, 31) and i.date <= ?::date
    )
    select ${d.select},
      count(r.year)::int as recommendations,
      (count(r.year) filter (where not r.resolved))::int as open,
      (count(r.year) filter (where not r.resolved and r.due_date < ?::date))::int as overdue,
      (count(r.year) filter (where r.resolved))::int as resolved
    from scope s join r on r.unit_id = s.unit_id and r.year = s.year
    ${d.groupBy} ${d.orderBy}`,
    params,
  );
}
