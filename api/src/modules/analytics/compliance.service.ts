import type { Sql } from '../../shared/sql.js';
import { RequirementCategory } from '../../shared/enums.js';
import { ComplianceDimension, type Dimension } from './analytics.inputs.js';
import type { ComplianceRow, ComplianceSummaryRow } from './analytics.types.js';
import { findingsRollupCtes, rollupAnswers } from './rollup.js';
import { dimensionSql, scopeCtes, countedInspections, unitsIn, type Scope } from './scope.js';

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
  const within = unitsIn(scope, 'i.unit_id', params) + countedInspections(scope, 'i', params);
  const d = dimensionSql(by);
  const rows = await sql<Omit<ComplianceRow, 'score'>>(
    `${ctes},
    f as (
      select i.unit_id, extract(year from i.date)::int as year, i.id as inspection_id, fi.requirement_id, fi.result
      from inspection i join finding fi on fi.inspection_id = i.id
      where i.date >= make_date(?::int, 1, 1) and i.date <= make_date(?::int, 12, 31)${within}
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

/** Requirement groups in the glossary's order (enum order): SQL literal, built from constants only. */
const CATEGORY_ORDER = `array[${Object.values(RequirementCategory).map((c) => `'${c}'`).join(', ')}]::text[]`;

/**
 * Compliance over all findings of each group (SPEC §4: the score of a set of findings) in one
 * statement: the same findings in scope as `compliance`, grouped by the unit dimensions of `by` and
 * optionally the requirement's category instead of the requirement. Summing the counts of the
 * per-requirement rows gives the same numbers, because each finding is about one requirement.
 * Reads the finding rollups under the same conditions as `compliance`.
 */
export async function complianceSummary(sql: Sql, scope: Scope, by: ComplianceDimension[], options: { rollup?: boolean } = {}): Promise<ComplianceSummaryRow[]> {
  const params: unknown[] = [];
  const d = dimensionSql(by);
  const byCategory = by.includes(ComplianceDimension.CATEGORY);
  const columns = byCategory ? [...d.columns, 'r.category'] : d.columns;
  const order = byCategory ? [...d.order, `array_position(${CATEGORY_ORDER}, r.category)`] : d.order;
  const tail = `${columns.length ? `group by ${columns.join(', ')}` : ''} ${order.length ? `order by ${order.join(', ')}` : ''}`;
  const category = byCategory ? 'r.category' : 'null::text';
  let text: string;
  if (options.rollup !== false && rollupAnswers(scope, by, false)) {
    text = `${findingsRollupCtes(scope, by, params)}
    select ${d.select}, ${category} as category,
      coalesce(sum(s.compliant), 0)::int as compliant,
      coalesce(sum(s.partial), 0)::int as partial,
      coalesce(sum(s.non_compliant), 0)::int as "nonCompliant",
      coalesce(sum(s.not_applicable), 0)::int as "notApplicable",
      coalesce(sum(s.compliant + s.partial + s.non_compliant + s.not_applicable), 0)::int as findings
    from s join requirement r on r.id = s.requirement_id
    ${tail}`;
  } else {
    const ctes = scopeCtes(scope, params);
    params.push(scope.fromYear, scope.toYear);
    const within = unitsIn(scope, 'i.unit_id', params) + countedInspections(scope, 'i', params);
    text = `${ctes},
    f as (
      select i.unit_id, extract(year from i.date)::int as year, fi.requirement_id, fi.result
      from inspection i join finding fi on fi.inspection_id = i.id
      where i.date >= make_date(?::int, 1, 1) and i.date <= make_date(?::int, 12, 31)${within}
    )
    select ${d.select}, ${category} as category,
      (count(*) filter (where f.result = 'COMPLIANT'))::int as compliant,
      (count(*) filter (where f.result = 'PARTIAL'))::int as partial,
      (count(*) filter (where f.result = 'NON_COMPLIANT'))::int as "nonCompliant",
      (count(*) filter (where f.result = 'NOT_APPLICABLE'))::int as "notApplicable",
      count(*)::int as findings
    from scope s join f on f.unit_id = s.unit_id and f.year = s.year
    join requirement r on r.id = f.requirement_id
    ${tail}`;
  }
  const rows = await sql<Omit<ComplianceSummaryRow, 'score'>>(text, params);
  return rows.map((r) => ({ ...r, score: complianceScore(r) }));
}
