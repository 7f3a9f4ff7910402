import { MAX_SPAN_YEARS } from '../export/export.args.js';
import { UnitKind } from '../../shared/enums.js';
import { InputProblem } from '../../shared/errors.js';
import { dateArg } from '../../shared/list.js';
import type { ReadScope } from '../scope/read-scope.js';
import { activeDuring, activeInYear } from '../../shared/validity.js';
import { Structure, type AnalyticsFilter } from './analytics.inputs.js';

export const DEFAULT_KINDS = Object.values(UnitKind).filter((k) => k !== UnitKind.CITY);
export const MAX_YEARS = MAX_SPAN_YEARS;

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
  /**
   * The filter's fromDate/toDate clipped to [fromYear-01-01, toYear-12-31] (fromYear/toYear then
   * narrowed to its years); null or absent = whole calendar years. Every period (year, quarter,
   * month, or the span) is cut to it: a unit is active in a period when its validity meets the
   * period's part inside the range, and only events dated inside the range count.
   */
  range?: DateRange | null;
}

export interface DateRange {
  from: string;
  to: string;
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
  const range = dateRange(filter);
  const withinUnitId = filter.withinUnit ? (await readScope.unitIds({ 'filter.withinUnit': filter.withinUnit }))['filter.withinUnit'] : null;
  const subtree = await readScope.withinSubtree(withinUnitId);
  return {
    fromYear: range ? Number(range.from.slice(0, 4)) : fromYear,
    toYear: range ? Number(range.to.slice(0, 4)) : toYear,
    range: range && !(range.from.endsWith('-01-01') && range.to.endsWith('-12-31')) ? range : null,
    kinds: filter.unitKinds ?? DEFAULT_KINDS,
    unitIds: subtree?.ids ?? null,
    districtIds: subtree?.districtIds ?? null,
    visible: await readScope.units(),
    current: filter.structure === Structure.CURRENT,
    statuses: countedStatuses(filter.includeProvisional),
  };
}

/** The filter's fromDate/toDate clipped to its years; null without either. Errors name the argument. */
function dateRange(filter: AnalyticsFilter): DateRange | null {
  const fromDate = dateArg('filter.fromDate', filter.fromDate);
  const toDate = dateArg('filter.toDate', filter.toDate);
  if (!fromDate && !toDate) return null;
  if (fromDate && toDate && fromDate > toDate) throw new InputProblem('filter.toDate', `must not be before fromDate (${fromDate} > ${toDate})`);
  const first = `${filter.fromYear}-01-01`;
  const last = `${filter.toYear}-12-31`;
  const from = fromDate && fromDate > first ? fromDate : first;
  const to = toDate && toDate < last ? toDate : last;
  if (from > to) {
    throw new InputProblem(fromDate && fromDate > last ? 'filter.fromDate' : 'filter.toDate', `the dates ${fromDate ?? '…'} to ${toDate ?? '…'} lie outside the years ${filter.fromYear}-${filter.toYear} (fromYear, toYear)`);
  }
  return { from, to };
}

/** The finest calendar period among the dimensions: the unit of the scope's periods. */
export type Grain = 'year' | 'quarter' | 'month';
export const grainOf = (by: readonly string[]): Grain => (by.includes('MONTH') ? 'month' : by.includes('QUARTER') ? 'quarter' : 'year');
const STEP: Record<Grain, string> = { year: '1 year', quarter: '3 months', month: '1 month' };

/** An ISO date as an SQL date literal (validated, so it can be inlined). */
const dateLit = (iso: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not an ISO date: ${iso}`);
  return `'${iso}'::date`;
};

/**
 * The calendar periods of a query (SPEC §4 with the calendar period in place of the year): whole
 * years as before (the statements of the year metrics, unchanged), or quarters, months, or years
 * cut to the filter's date range. An event (inspection, finding, plan) falls in the period of its
 * date; a unit is in scope in a period when it is active in it (its part inside the range).
 */
export interface Periods {
  /** true: whole calendar years, the scope rows are (year, unit) and keyed by `year` */
  years: boolean;
  grain: Grain;
  /** first and last day counted */
  from: string;
  to: string;
  /** the scope column an event's period key joins: `year` or `pk` (the period's first day, uncut) */
  scopeKey: string;
  /** SQL: the period key of an event date (matches scopeKey) */
  key(dateExpr: string): string;
  /** SQL: the event date lies in the days counted */
  dateIn(dateExpr: string): string;
  /** SQL: unit `alias` is active in the period (cut to the range) whose key is `keyExpr` */
  activeIn(alias: string, keyExpr: string): string;
}

export function periodsOf(scope: Scope, by: readonly string[]): Periods {
  const grain = grainOf(by);
  const from = scope.range?.from ?? `${scope.fromYear}-01-01`;
  const to = scope.range?.to ?? `${scope.toYear}-12-31`;
  const dateIn = (e: string) => `${e} >= ${dateLit(from)} and ${e} <= ${dateLit(to)}`;
  if (!scope.range && grain === 'year') {
    return { years: true, grain, from, to, scopeKey: 'year', key: (e) => `extract(year from ${e})::int`, dateIn, activeIn: (alias, k) => activeInYear(alias, k) };
  }
  return {
    years: false,
    grain,
    from,
    to,
    scopeKey: 'pk',
    key: (e) => `date_trunc('${grain}', ${e}::timestamp)::date`,
    dateIn,
    activeIn: (alias, k) => activeDuring(alias, `greatest(${k}, ${dateLit(from)})`, `least((${k} + interval '${STEP[grain]}')::date - 1, ${dateLit(to)})`),
  };
}

/**
 * CTE `periods(year, quarter, month, pk, p_from, p_to)`: the periods of the grain meeting the days
 * counted, pk their first day, [p_from, p_to] their part inside the range.
 */
function periodsCte(p: Periods): string {
  return `periods as (
      select extract(year from x.g)::int as year, extract(quarter from x.g)::int as quarter, extract(month from x.g)::int as month, x.g::date as pk,
        greatest(x.g::date, ${dateLit(p.from)}) as p_from, least((x.g + interval '${STEP[p.grain]}')::date - 1, ${dateLit(p.to)}) as p_to
      -- an integer series of known length: the planner then knows there are that many periods (a
      -- timestamp series is estimated at 1000 rows, which costs the statement a JIT compilation)
      from (select date_trunc('${p.grain}', ${dateLit(p.from)}::timestamp) + n * interval '${STEP[p.grain]}' as g from generate_series(0, ${periodCount(p) - 1}) n) x
    )`;
}

/** How many periods of the grain meet [from, to]. */
function periodCount(p: Pick<Periods, 'grain' | 'from' | 'to'>): number {
  const [y1, m1] = [Number(p.from.slice(0, 4)), Number(p.from.slice(5, 7))];
  const [y2, m2] = [Number(p.to.slice(0, 4)), Number(p.to.slice(5, 7))];
  if (p.grain === 'year') return y2 - y1 + 1;
  if (p.grain === 'quarter') return (y2 - y1) * 4 + Math.floor((m2 - 1) / 3) - Math.floor((m1 - 1) / 3) + 1;
  return (y2 - y1) * 12 + m2 - m1 + 1;
}

/**
 * CTEs shared by the unit-based metrics: `years`, and `scope(year, unit_id, m_id, m_code, m_kind, m_district, m_district_code)`
 * — every (year, recorded unit) in scope, with m = the unit the record counts under (itself, or its
 * current successor). Parameters are appended to `params`.
 */
export function scopeCtes(scope: Scope, params: unknown[], periods?: Periods): string {
  if (periods && !periods.years) {
    const joins = countedUnitJoins(scope, params);
    params.push(scope.kinds);
    const within = unitsIn(scope, 'u.id', params);
    return `with recursive ${periodsCte(periods)},
    scope as (
      select p.year, p.quarter, p.month, p.pk, u.id as unit_id, ${COUNTED_UNIT_COLUMNS}
      from unit u
      join periods p on ${activeDuring('u', 'p.p_from', 'p.p_to')}
      join unit_dim ud on ud.unit_id = u.id
      ${joins}
      where u.kind = any(?::text[])${within}
    )`;
  }
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
  if (by.includes('QUARTER')) columns.push('s.quarter'), order.push('s.quarter nulls last');
  if (by.includes('MONTH')) columns.push('s.month'), order.push('s.month nulls last');
  if (by.includes('DISTRICT')) columns.push('s.m_district', 's.m_district_code'), order.push('s.m_district_code nulls last');
  if (by.includes('UNIT_KIND')) columns.push('s.m_kind'), order.push('s.m_kind nulls last');
  if (by.includes('UNIT')) columns.push('s.m_id', 's.m_code'), order.push('s.m_code');
  const select = [
    by.includes('YEAR') && withYear ? 's.year as year' : 'null::int as year',
    by.includes('DISTRICT') ? 's.m_district as "districtId"' : 'null::int as "districtId"',
    by.includes('UNIT_KIND') ? 's.m_kind as "unitKind"' : 'null::text as "unitKind"',
    by.includes('UNIT') ? 's.m_id as "unitId"' : 'null::int as "unitId"',
    // only when asked for: the rows of the year metrics keep their shape
    ...(by.includes('QUARTER') ? ['s.quarter as quarter'] : []),
    ...(by.includes('MONTH') ? ['s.month as month'] : []),
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
