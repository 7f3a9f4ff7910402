import type { Sql } from '../../shared/sql.js';
import { grainOf, type Scope } from './scope.js';

/** What a write changed, for a refresh proportional to it (without one, everything is rebuilt). */
export interface DataChange {
  /** unit rows changed: districts and the rollups of their groups may move */
  units: boolean;
  /** lineage events changed: current successors may move (the rollups do not use them) */
  lineage: boolean;
  /** every (unit, year) that a changed inspection, finding, recommendation or plan had before or after the write */
  unitYears: { unitIds: number[]; years: number[] };
  /**
   * The units whose district or successor can have moved (changed parent, kind or validity, new
   * units, the from-units of new lineage events) and the (kind, district) groups they and their
   * subtrees and predecessors had before the write (unitGroupsBefore). Without it a unit or lineage
   * change rebuilds unit_dim and every rollup.
   */
  movedUnits?: { unitIds: number[]; groupsBefore: UnitGroup[] };
}

export interface UnitGroup {
  kind: string;
  districtKey: number;
}

/**
 * Above this many affected units, or a quarter of the units of a database of some size (a first
 * load, a whole city's reorganisation), a full rebuild is cheaper than the incremental statements.
 * Small databases (tests, the seeded city) take the incremental path either way: both are fast there.
 */
const INCREMENTAL_UNITS_MAX = 5000;

/** The (kind, district) groups, as unit_dim has them now, of the units affected by moving these (run before the write). */
export async function unitGroupsBefore(sql: Sql, unitIds: number[]): Promise<UnitGroup[]> {
  if (!unitIds.length) return [];
  return sql<UnitGroup>(
    `select kind, district_key as "districtKey" from qcdc_unit_groups(array(select unit_id from qcdc_unit_dim_affected(?::int[])))`,
    [unitIds],
  );
}

/** unit_dim and the rollups of the groups of the affected units, before and after; false when a full rebuild is due. */
async function refreshMovedUnits(sql: Sql, moved: NonNullable<DataChange['movedUnits']>, units: boolean): Promise<boolean> {
  const affected = (await sql<{ unit_id: number }>('select unit_id from qcdc_unit_dim_affected(?::int[])', [moved.unitIds])).map((r) => r.unit_id);
  if (affected.length > INCREMENTAL_UNITS_MAX) return false;
  const [{ n }] = await sql<{ n: number }>('select count(*)::int as n from unit');
  if (n > 1000 && affected.length * 4 > n) return false;
  await sql('select qcdc_refresh_unit_dim_for(?::int[])', [affected]);
  if (!units) return true;
  const after = await sql<UnitGroup>(`select kind, district_key as "districtKey" from qcdc_unit_groups(?::int[])`, [affected]);
  const groups = [...new Map([...moved.groupsBefore, ...after].map((g) => [`${g.kind}|${g.districtKey}`, g])).values()];
  if (!groups.length) return true;
  await sql('select qcdc_refresh_unit_span_groups(?::text[], ?::int[])', [groups.map((g) => g.kind), groups.map((g) => g.districtKey)]);
  // every year a record can fall in: the groups' rows of each are recounted
  const [span] = await sql<{ first: number | null; last: number | null }>(
    `select least((select extract(year from min(date))::int from inspection), (select min(year) from annual_plan)) as first,
            greatest((select extract(year from max(date))::int from inspection), (select max(year) from annual_plan)) as last`,
  );
  if (span.first === null || span.last === null) return true;
  const years: number[] = [];
  const kinds: string[] = [];
  const districts: number[] = [];
  for (let y = span.first; y <= span.last; y++) for (const g of groups) years.push(y), kinds.push(g.kind), districts.push(g.districtKey);
  await sql('select qcdc_refresh_rollup_group_keys(?::int[], ?::text[], ?::int[])', [years, kinds, districts]);
  return true;
}

/**
 * Keeps derived tables in step with the data, inside the writer's transaction: unit_dim first
 * (district and current successor of every unit), then the analytics rollups built on it. With a
 * `change` only what it can have moved is refreshed: unit_dim for the affected units (their
 * subtrees and lineage predecessors) and the rollups of their groups, and the rollup rows of the
 * (year, kind, district) groups that changed records fall in.
 */
export async function afterDataChange(sql: Sql, change?: DataChange): Promise<void> {
  const structural = !!change && (change.units || change.lineage);
  let full = !change;
  if (structural) full = !change!.movedUnits || !(await refreshMovedUnits(sql, change!.movedUnits, change!.units));
  if (full) {
    await sql('select qcdc_refresh_unit_dim()');
    if (!change || change.units) {
      await sql('select qcdc_refresh_rollups()');
      return;
    }
  }
  if (change?.unitYears.unitIds.length) {
    await sql('select qcdc_refresh_rollup_groups(?::int[], ?::int[])', [change.unitYears.unitIds, change.unitYears.years]);
  }
}

/**
 * The (unit, year) of the inspections with the given codes and of the plans with the given
 * (unit code, year); run before and after a write, the union covers old and new groups.
 */
export async function unitYearsOf(
  sql: Sql,
  inspectionCodes: string[],
  plans: { unitCodes: string[]; years: number[] },
): Promise<{ unitId: number; year: number }[]> {
  if (!inspectionCodes.length && !plans.unitCodes.length) return [];
  return sql<{ unitId: number; year: number }>(
    `select distinct i.unit_id as "unitId", extract(year from i.date)::int as year from inspection i where i.code = any(?::text[])
     union
     select u.id, v.year from unnest(?::text[], ?::int[]) as v(code, year) join unit u on u.code = v.code`,
    [inspectionCodes, plans.unitCodes, plans.years],
  );
}

/**
 * Whether a query can be answered from the rollups (migration AnalyticsRollups): they are grouped
 * by (year, unit kind, district) under the AS_OF structure, so the UNIT dimension, CURRENT or a
 * subtree that is not a union of districts need the plain statement (a district subtree or a
 * reader scoped to districts reads the rollups filtered by district). Metrics counting distinct
 * units over a span of years (coverage, plan rate without YEAR) also need it unless the span is one year.
 */
export function rollupAnswers(scope: Scope, by: readonly string[], countsUnitsOverSpan: boolean): boolean {
  // the rollups hold APPROVED inspections only (migration ApprovedRollups)
  if (scope.statuses.length !== 1 || scope.statuses[0] !== 'APPROVED') return false;
  // they hold whole calendar years: no months, quarters or date ranges
  if (scope.range || grainOf(by) !== 'year') return false;
  if (scope.current || (scope.unitIds !== null && scope.districtIds === null) || by.includes('UNIT')) return false;
  return !countsUnitsOverSpan || by.includes('YEAR') || scope.fromYear === scope.toYear;
}

/**
 * A relation `s` shaped like scopeCtes' rows for dimensionSql (year, m_kind, m_district,
 * m_district_code, m_id, m_code), one row per (year, kind, district) in scope, with `units` active
 * that year and the per-year counts of analytics_unit_year. Parameters are appended to `params`.
 */
export function unitYearRollupCtes(scope: Scope, params: unknown[]): string {
  params.push(scope.fromYear, scope.toYear, scope.kinds);
  const districts = districtsIn(scope, 'sp.district_key', params);
  return `with years as (select generate_series(?::int, ?::int) as year),
    active as (
      select y.year, sp.kind, sp.district_key, sp.district_id, sp.district_code, sum(sp.units)::int as units
      from years y join analytics_unit_span sp
        on (sp.first_year is null or sp.first_year <= y.year) and (sp.last_year is null or sp.last_year >= y.year)
      where sp.kind = any(?::text[])${districts}
      group by 1, 2, 3, 4, 5
    ),
    s as (
      select a.year, a.kind as m_kind, a.district_id as m_district, a.district_code as m_district_code, null::int as m_id, null::text as m_code,
        a.units, coalesce(uy.units_inspected, 0) as units_inspected, coalesce(uy.inspections, 0) as inspections,
        coalesce(uy.units_with_plan, 0) as units_with_plan, coalesce(uy.plans, 0) as plans
      from active a
      left join analytics_unit_year uy on uy.year = a.year and uy.kind = a.kind and uy.district_key = a.district_key
    )`;
}

/**
 * A relation `s` of finding counts per (year, kind, district, requirement) in scope, shaped for
 * dimensionSql; without DISTRICT in `by` it reads the smaller table without districts.
 */
export function findingsRollupCtes(scope: Scope, by: readonly string[], params: unknown[]): string {
  params.push(scope.fromYear, scope.toYear, scope.kinds);
  const counts = 'f.requirement_id, f.compliant, f.partial, f.non_compliant, f.not_applicable';
  const districts = districtsIn(scope, 'coalesce(f.district_id, 0)', params);
  // a district filter needs the table with districts, even when they are not a dimension
  if (districts && !by.includes('DISTRICT')) {
    return `with s as (
        select f.year, f.kind as m_kind, null::int as m_district, null::text as m_district_code, null::int as m_id, null::text as m_code, ${counts}
        from analytics_findings f
        where f.year between ?::int and ?::int and f.kind = any(?::text[])${districts}
      )`;
  }
  return by.includes('DISTRICT')
    ? `with s as (
        select f.year, f.kind as m_kind, f.district_id as m_district, f.district_code as m_district_code, null::int as m_id, null::text as m_code, ${counts}
        from analytics_findings f
        where f.year between ?::int and ?::int and f.kind = any(?::text[])${districts}
      )`
    : `with s as (
        select f.year, f.kind as m_kind, null::int as m_district, null::text as m_district_code, null::int as m_id, null::text as m_code, ${counts}
        from analytics_findings_kind f
        where f.year between ?::int and ?::int and f.kind = any(?::text[])
      )`;
}

/** ` and <expr> = any(?)` restricting a rollup's district column to scope.districtIds (parameter appended), or ''. */
export function districtsIn(scope: Scope, districtExpr: string, params: unknown[]): string {
  if (!scope.districtIds) return '';
  params.push(scope.districtIds);
  return ` and ${districtExpr} = any(?::int[])`;
}
