import type { Sql } from '../../shared/sql.js';
import type { Dimension } from './analytics.inputs.js';
import type { ComplianceRow } from './analytics.types.js';
import { findingsRollupCtes, rollupAnswers } from './rollup.js';
import { dimensionSql, scopeCtes, type Scope } from './scope.js';

/** (C + 0.5·P) ÷ (C + P + N), NOT_APPLICABLE excluded; null when nothing applicable was checked. */
export function complianceScore(r: { compliant: number; partial: number; nonCompliant: number }): number | null {
  const denominator = r.compliant + r.partial + r.nonCompliant;
  return denominator ? (r.compliant + 0.5 * r.partial) / denominator : null;
}

/**
 * Compliance (SPEC §4) in one statement, per requirement and the dimensions in `by`. A finding
 * counts in the year of its inspection's date, when the inspected (recorded) unit is in scope that
 * year; under CURRENT it then counts under that unit's current successor. Only requirements with
 * at least one finding in scope get a row.
 */
export async function compliance(sql: Sql, scope: Scope, by: Dimension[], options: { rollup?: boolean } = {}): Promise<ComplianceRow[]> {
  if (options.rollup !== false && rollupAnswers(scope, by, false)) return complianceFromRollup(sql, scope, by);
  const params: unknown[] = [];
  const ctes = scopeCtes(scope, params);
  params.push(scope.fromYear, scope.toYear);
  const d = dimensionSql(by);
  const rows = await sql<Omit<ComplianceRow, 'score'>>(
    `${ctes},
    f as (
      select i.unit_id, extract(year from i.date)::int as year, i.id as inspection_id, fi.requirement_id, fi.result
      from inspection i join finding fi on fi.inspection_id = i.id
      where i.date >= make_date(?::int, 1, 1) and i.date <= make_date(?::int, 12, 31)
    )
    select ${d.select}, r.id as "requirementId",
      (count(*) filter (where f.result = 'COMPLIANT'))::int as compliant,
      (count(*) filter (where f.result = 'PARTIAL'))::int as partial,
      (count(*) filter (where f.result = 'NON_COMPLIANT'))::int as "nonCompliant",
      (count(*) filter (where f.result = 'NOT_APPLICABLE'))::int as "notApplicable",
      count(distinct f.inspection_id)::int as inspections
    from scope s join f on f.unit_id = s.unit_id and f.year = s.year
    join requirement r on r.id = f.requirement_id
    group by ${[...d.columns, 'r.id', 'r.code'].join(', ')}
    order by ${[...d.order, 'r.code'].join(', ')}`,
    params,
  );
  return rows.map((r) => ({ ...r, score: complianceScore(r) }));
}

/**
 * The same numbers from the finding rollups, for the queries they can answer (see rollupAnswers).
 * One finding per (inspection, requirement), so a requirement's inspections = its findings.
 */
async function complianceFromRollup(sql: Sql, scope: Scope, by: Dimension[]): Promise<ComplianceRow[]> {
  const params: unknown[] = [];
  const d = dimensionSql(by);
  const rows = await sql<Omit<ComplianceRow, 'score'>>(
    `${findingsRollupCtes(scope, by, params)}
    select ${d.select}, r.id as "requirementId",
      sum(s.compliant)::int as compliant,
      sum(s.partial)::int as partial,
      sum(s.non_compliant)::int as "nonCompliant",
      sum(s.not_applicable)::int as "notApplicable",
      sum(s.compliant + s.partial + s.non_compliant + s.not_applicable)::int as inspections
    from s join requirement r on r.id = s.requirement_id
    group by ${[...d.columns, 'r.id', 'r.code'].join(', ')}
    order by ${[...d.order, 'r.code'].join(', ')}`,
    params,
  );
  return rows.map((r) => ({ ...r, score: complianceScore(r) }));
}
