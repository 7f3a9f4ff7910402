import type { Sql } from '../../shared/sql.js';
import { RequirementCategory } from '../../shared/enums.js';
import { ComplianceDimension, type Dimension } from './analytics.inputs.js';
import type { ComplianceRow, ComplianceSummaryRow } from './analytics.types.js';
import { findingsRollupCtes, rollupAnswers } from './rollup.js';
import { DIMENSION_EXPRS, orderSql, ratio, type RowOrder } from './order.js';
import { dimensionSql, periodsOf, scopeCtes, countedInspections, unitsIn, type Scope } from './scope.js';

const COUNTS = ['compliant', 'partial', 'nonCompliant', 'notApplicable'];
/** Row fields of compliance and complianceSummary, for orderBy. */
export const COMPLIANCE_FIELDS = { measures: [...COUNTS, 'inspections', 'score'], dimensions: ['year', 'quarter', 'month', 'district', 'unitKind', 'unit'], always: ['requirement'] };
export const COMPLIANCE_SUMMARY_FIELDS = { measures: [...COUNTS, 'findings', 'score'], dimensions: ['year', 'quarter', 'month', 'district', 'unitKind', 'unit', 'category'] };

/** orderBy expressions over a grouped statement whose outputs are the counts: the score from the aggregates given. */
function complianceExprs(c: string, p: string, n: string, extra: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...DIMENSION_EXPRS, ...extra, score: ratio(`${c} + 0.5::float8 * ${p}`, `${c} + ${p} + ${n}`) };
  for (const k of [...COUNTS, 'inspections', 'findings']) out[k] = `"${k}"`;
  return out;
}

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
export async function compliance(sql: Sql, scope: Scope, by: Dimension[], options: { rollup?: boolean; order?: RowOrder } = {}): Promise<ComplianceRow[]> {
  if (options.rollup !== false && rollupAnswers(scope, by, false)) return complianceFromRollup(sql, scope, by, options.order);
  const params: unknown[] = [];
  const p = periodsOf(scope, by);
  const ctes = scopeCtes(scope, params, p);
  const within = unitsIn(scope, 'i.unit_id', params) + countedInspections(scope, 'i', params);
  const d = dimensionSql(by);
  const rows = await sql<Omit<ComplianceRow, 'score'>>(
    `${ctes},
    f as (
      select i.unit_id, ${p.key('i.date')} as pkey, i.id as inspection_id, fi.requirement_id, fi.result
      from inspection i join finding fi on fi.inspection_id = i.id
      where ${p.dateIn('i.date')}${within}
    )
    select ${d.select}, r.id as "requirementId",
      (count(*) filter (where f.result = 'COMPLIANT'))::int as compliant,
      (count(*) filter (where f.result = 'PARTIAL'))::int as partial,
      (count(*) filter (where f.result = 'NON_COMPLIANT'))::int as "nonCompliant",
      (count(*) filter (where f.result = 'NOT_APPLICABLE'))::int as "notApplicable",
      count(distinct f.inspection_id)::int as inspections
    from scope s join f on f.unit_id = s.unit_id and f.pkey = s.${p.scopeKey}
    join requirement r on r.id = f.requirement_id
    group by ${[...d.columns, 'r.id', 'r.code'].join(', ')}
    ${orderSql(options.order, complianceExprs(PLAIN.c, PLAIN.p, PLAIN.n, { requirement: 'r.code' }), [...d.order, 'r.code'])}`,
    params,
  );
  return rows.map((r) => ({ ...r, score: complianceScore(r) }));
}

/**
 * The same numbers from the finding rollups, for the queries they can answer (see rollupAnswers).
 * One finding per (inspection, requirement), so a requirement's inspections = its findings.
 */
async function complianceFromRollup(sql: Sql, scope: Scope, by: Dimension[], order?: RowOrder): Promise<ComplianceRow[]> {
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
    ${orderSql(order, complianceExprs(ROLLED.c, ROLLED.p, ROLLED.n, { requirement: 'r.code' }), [...d.order, 'r.code'])}`,
    params,
  );
  return rows.map((r) => ({ ...r, score: complianceScore(r) }));
}

/** The count aggregates of the plain statements and of the rollups, for the score in orderBy. */
const PLAIN = { c: "(count(*) filter (where f.result = 'COMPLIANT'))", p: "(count(*) filter (where f.result = 'PARTIAL'))", n: "(count(*) filter (where f.result = 'NON_COMPLIANT'))" };
const ROLLED = { c: 'coalesce(sum(s.compliant), 0)', p: 'coalesce(sum(s.partial), 0)', n: 'coalesce(sum(s.non_compliant), 0)' };
/** complianceSummary's plain statement: sums of the per-(unit, period) counts of its CTE `f`. */
const SUMMED = { c: 'coalesce(sum(f.compliant), 0)', p: 'coalesce(sum(f.partial), 0)', n: 'coalesce(sum(f.non_compliant), 0)' };

/** Requirement groups in the glossary's order (enum order): SQL literal, built from constants only. */
const CATEGORY_ORDER = `array[${Object.values(RequirementCategory).map((c) => `'${c}'`).join(', ')}]::text[]`;

/**
 * Compliance over all findings of each group (SPEC §4: the score of a set of findings) in one
 * statement: the same findings in scope as `compliance`, grouped by the unit dimensions of `by` and
 * optionally the requirement's category instead of the requirement. Summing the counts of the
 * per-requirement rows gives the same numbers, because each finding is about one requirement.
 * Reads the finding rollups under the same conditions as `compliance`.
 */
export async function complianceSummary(
  sql: Sql,
  scope: Scope,
  by: ComplianceDimension[],
  options: { rollup?: boolean; order?: RowOrder } = {},
): Promise<ComplianceSummaryRow[]> {
  const params: unknown[] = [];
  const d = dimensionSql(by);
  const byCategory = by.includes(ComplianceDimension.CATEGORY);
  const columns = byCategory ? [...d.columns, 'r.category'] : d.columns;
  const categoryOrder = `array_position(${CATEGORY_ORDER}, r.category)`;
  const order = byCategory ? [...d.order, categoryOrder] : d.order;
  const rolled = options.rollup !== false && rollupAnswers(scope, by, false);
  // the plain statement sums per-(unit, period) counts (f below) as the rollups do: the same aggregates
  const agg = rolled ? ROLLED : SUMMED;
  const tail = `${columns.length ? `group by ${columns.join(', ')}` : ''} ${orderSql(options.order, complianceExprs(agg.c, agg.p, agg.n, { category: categoryOrder }), order)}`;
  const category = byCategory ? 'r.category' : 'null::text';
  let text: string;
  if (rolled) {
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
    const p = periodsOf(scope, by);
    const ctes = scopeCtes(scope, params, p);
    const within = unitsIn(scope, 'i.unit_id', params) + countedInspections(scope, 'i', params);
    // The findings are counted per (recorded unit, period[, requirement]) before the join with the
    // scope, which then meets one row per such group instead of one per finding: at national scale
    // (3.5M findings) the per-finding join was planned as 584k index probes into finding (~50 s on
    // a loaded machine); grouped first, it is one pass over finding. Each finding still counts once,
    // in the same group, so every count is the same. The requirement is only needed for CATEGORY
    // (finding.requirement_id is never null and references a requirement: the join drops nothing).
    const req = byCategory ? ', fi.requirement_id' : '';
    text = `${ctes},
    f as (
      select i.unit_id, ${p.key('i.date')} as pkey${req},
        (count(*) filter (where fi.result = 'COMPLIANT'))::int as compliant,
        (count(*) filter (where fi.result = 'PARTIAL'))::int as partial,
        (count(*) filter (where fi.result = 'NON_COMPLIANT'))::int as non_compliant,
        (count(*) filter (where fi.result = 'NOT_APPLICABLE'))::int as not_applicable,
        count(*)::int as findings
      from inspection i join finding fi on fi.inspection_id = i.id
      where ${p.dateIn('i.date')}${within}
      group by 1, 2${byCategory ? ', 3' : ''}
    )
    select ${d.select}, ${category} as category,
      coalesce(sum(f.compliant), 0)::int as compliant,
      coalesce(sum(f.partial), 0)::int as partial,
      coalesce(sum(f.non_compliant), 0)::int as "nonCompliant",
      coalesce(sum(f.not_applicable), 0)::int as "notApplicable",
      coalesce(sum(f.findings), 0)::int as findings
    from scope s join f on f.unit_id = s.unit_id and f.pkey = s.${p.scopeKey}
    ${byCategory ? 'join requirement r on r.id = f.requirement_id' : ''}
    ${tail}`;
  }
  const rows = await sql<Omit<ComplianceSummaryRow, 'score'>>(text, params);
  return rows.map((r) => ({ ...r, score: complianceScore(r) }));
}
