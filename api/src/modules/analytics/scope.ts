import { UnitKind } from '../../shared/enums.js';
import { InputProblem } from '../../shared/errors.js';
import type { ReadScope } from '../scope/read-scope.js';
import { activeInYear } from '../../shared/validity.js';
import { Structure, type AnalyticsFilter } from './analytics.inputs.js';

export const DEFAULT_KINDS = Object.values(UnitKind).filter((k) => k !== UnitKind.CITY);
export const MAX_YEARS = 100;

export interface Scope {
  fromYear: number;
  toYear: number;
  kinds: UnitKind[];
  /** The recorded units counted: the subtree of withinUnit, else the reader's scope; null = the whole city. */
  unitIds: number[] | null;
  /**
   * When unitIds is exactly the units of some districts (withinUnit or every scope root is a
   * DISTRICT), those districts (nested ones included): the (year, kind, district) rollups can then
   * answer, filtered by district, as fast as for the whole city.
   */
  districtIds: number[] | null;
  /**
   * The reader's units when scoped, else null. Under CURRENT a record whose current successor lies
   * outside counts under its recorded unit: a scoped reader never sees a unit outside named.
   */
  visible: number[] | null;
  current: boolean;
  /** The inspection statuses counted (SPEC §6.3): APPROVED, and SUBMITTED with includeProvisional. */
  statuses: string[];
}

/** The statuses an analytics filter counts: APPROVED, plus SUBMITTED when it asks for provisional figures. */
export const countedStatuses = (includeProvisional: boolean | null | undefined) => (includeProvisional ? ['APPROVED', 'SUBMITTED'] : ['APPROVED']);

/** ` and <alias>.status = any(?)`: only the inspections counted (parameter appended). */
export function countedInspections(scope: Pick<Scope, 'statuses'>, alias: string, params: unknown[]): string {
  params.push(scope.statuses);
  return ` and ${alias}.status = any(?::text[])`;
}

/** Validates the filter once for every analytics query; errors name the argument. */
export async function resolveScope(readScope: ReadScope, filter: AnalyticsFilter): Promise<Scope> {
  const { fromYear, toYear } = filter;
  if (fromYear > toYear) throw new InputProblem('filter.toYear', `must not be before fromYear (${fromYear} > ${toYear})`);
  if (toYear - fromYear >= MAX_YEARS) throw new InputProblem('filter.toYear', `a query spans at most ${MAX_YEARS} years`);
  if (fromYear < 1900 || toYear > 2200) throw new InputProblem('filter.fromYear', 'years must lie between 1900 and 2200');
  if (filter.unitKinds && filter.unitKinds.length === 0) throw new InputProblem('filter.unitKinds', 'give at least one kind, or leave it out for every kind but CITY');
  const withinUnitId = filter.withinUnit ? (await readScope.unitIds({ 'filter.withinUnit': filter.withinUnit }))['filter.withinUnit'] : null;
  const subtree = await readScope.withinSubtree(withinUnitId);
  return {
    fromYear,
    toYear,
    kinds: filter.unitKinds ?? DEFAULT_KINDS,
    unitIds: subtree?.ids ?? null,
    districtIds: subtree?.districtIds ?? null,
    visible: await readScope.units(),
    current: filter.structure === Structure.CURRENT,
    statuses: countedStatuses(filter.includeProvisional),
  };
}


/**
 * CTEs shared by the unit-based metrics: `years`, and `scope(year, unit_id, m_id, m_code, m_kind, m_district, m_district_code)`
 * — every (year, recorded unit) in scope, with m = the unit the record counts under (itself, or its
 * current successor). Parameters are appended to `params`.
 */
export function scopeCtes(scope: Scope, params: unknown[]): string {
  params.push(scope.fromYear, scope.toYear);
  const joins = countedUnitJoins(scope, params);
  params.push(scope.kinds);
  const within = unitsIn(scope, 'u.id', params);
  return `with recursive years as (select generate_series(?::int, ?::int) as year),
    scope as (
      select y.year, u.id as unit_id, ${COUNTED_UNIT_COLUMNS}
      from unit u
      join years y on ${activeInYear('u', 'y.year')}
      join unit_dim ud on ud.unit_id = u.id
      ${joins}
      where u.kind = any(?::text[])${within}
    )`;
}

/** ` and <expr> = any(?)` restricting the recorded unit to the units counted (parameter appended), or ''. */
export function unitsIn(scope: Scope, unitIdExpr: string, params: unknown[]): string {
  if (!scope.unitIds) return '';
  params.push(scope.unitIds);
  return ` and ${unitIdExpr} = any(?::int[])`;
}

/**
 * SELECT, GROUP BY and ORDER BY parts for the requested dimensions over a relation `s` with columns
 * year, m_id, m_code, m_kind, m_district, m_district_code. Rows come ordered by year, district
 * code, kind and unit code (nulls last), so exports of the same data are always the same.
 */
export function dimensionSql(by: readonly string[], withYear = true): { select: string; groupBy: string; orderBy: string; columns: string[]; order: string[] } {
  const columns: string[] = [];
  const order: string[] = [];
  if (withYear && by.includes('YEAR')) columns.push('s.year'), order.push('s.year nulls last');
  if (by.includes('DISTRICT')) columns.push('s.m_district', 's.m_district_code'), order.push('s.m_district_code nulls last');
  if (by.includes('UNIT_KIND')) columns.push('s.m_kind'), order.push('s.m_kind nulls last');
  if (by.includes('UNIT')) columns.push('s.m_id', 's.m_code'), order.push('s.m_code');
  const select = [
    by.includes('YEAR') && withYear ? 's.year as year' : 'null::int as year',
    by.includes('DISTRICT') ? 's.m_district as "districtId"' : 'null::int as "districtId"',
    by.includes('UNIT_KIND') ? 's.m_kind as "unitKind"' : 'null::text as "unitKind"',
    by.includes('UNIT') ? 's.m_id as "unitId"' : 'null::int as "unitId"',
  ].join(', ');
  return {
    select,
    groupBy: columns.length ? `group by ${columns.join(', ')}` : '',
    orderBy: order.length ? `order by ${order.join(', ')}` : '',
    columns,
    order,
  };
}

/** The unit columns `s` needs for dimensionSql, from `m` (the unit counted under), its unit_dim `md` and district `dd`. */
export const COUNTED_UNIT_COLUMNS = 'm.id as m_id, m.code as m_code, m.kind as m_kind, md.district_id as m_district, dd.code as m_district_code';
/**
 * Joins `m`, `md` and `dd` given the recorded unit's unit_dim `ud` (and `u`). Under CURRENT for a
 * scoped reader, a successor outside the scope is replaced by the recorded unit (parameter appended).
 */
export function countedUnitJoins(scope: Pick<Scope, 'current' | 'visible'>, params: unknown[]): string {
  let m = 'u.id';
  if (scope.current && scope.visible) {
    m = 'case when ud.successor_id = any(?::int[]) then ud.successor_id else u.id end';
    params.push(scope.visible);
  } else if (scope.current) m = 'ud.successor_id';
  return `join unit m on m.id = ${m}
      join unit_dim md on md.unit_id = m.id
      left join unit dd on dd.id = md.district_id`;
}
