import { UnitKind } from '../../shared/enums.js';
import { InputProblem } from '../../shared/errors.js';
import type { Sql } from '../../shared/sql.js';
import { Structure, type AnalyticsFilter } from './analytics.inputs.js';

export const DEFAULT_KINDS = Object.values(UnitKind).filter((k) => k !== UnitKind.CITY);
export const MAX_YEARS = 100;

export interface Scope {
  fromYear: number;
  toYear: number;
  kinds: UnitKind[];
  withinUnitId: number | null;
  current: boolean;
}

/** Validates the filter once for every analytics query; errors name the argument. */
export async function resolveScope(sql: Sql, filter: AnalyticsFilter): Promise<Scope> {
  const { fromYear, toYear } = filter;
  if (fromYear > toYear) throw new InputProblem('filter.toYear', `must not be before fromYear (${fromYear} > ${toYear})`);
  if (toYear - fromYear >= MAX_YEARS) throw new InputProblem('filter.toYear', `a query spans at most ${MAX_YEARS} years`);
  if (fromYear < 1900 || toYear > 2200) throw new InputProblem('filter.fromYear', 'years must lie between 1900 and 2200');
  if (filter.unitKinds && filter.unitKinds.length === 0) throw new InputProblem('filter.unitKinds', 'give at least one kind, or leave it out for every kind but CITY');
  let withinUnitId: number | null = null;
  if (filter.withinUnit) {
    const [row] = await sql<{ id: number }>('select id from unit where code = ?', [filter.withinUnit]);
    if (!row) throw new InputProblem('filter.withinUnit', `unknown unit code "${filter.withinUnit}"`);
    withinUnitId = row.id;
  }
  return {
    fromYear,
    toYear,
    kinds: filter.unitKinds ?? DEFAULT_KINDS,
    withinUnitId,
    current: filter.structure === Structure.CURRENT,
  };
}

/**
 * CTEs shared by the unit-based metrics: `years`, and `scope(year, unit_id, m_id, m_kind, m_district)`
 * — every (year, recorded unit) in scope, with m = the unit the record counts under (itself, or its
 * current successor). Parameters are appended to `params`.
 */
export function scopeCtes(scope: Scope, params: unknown[]): string {
  let text = 'with recursive ';
  if (scope.withinUnitId !== null) {
    text += `subtree as (
      select id from unit where id = ?
      union all select c.id from unit c join subtree s on c.parent_id = s.id
    ), `;
    params.push(scope.withinUnitId);
  }
  text += `years as (select generate_series(?::int, ?::int) as year), `;
  params.push(scope.fromYear, scope.toYear);
  text += `scope as (
      select y.year, u.id as unit_id, m.id as m_id, m.kind as m_kind, md.district_id as m_district
      from unit u
      join years y on (u.valid_from is null or u.valid_from <= make_date(y.year, 12, 31))
                  and (u.valid_to is null or u.valid_to >= make_date(y.year, 1, 1))
      join unit_dim ud on ud.unit_id = u.id
      join unit m on m.id = ${scope.current ? 'ud.successor_id' : 'u.id'}
      join unit_dim md on md.unit_id = m.id
      where u.kind = any(?::text[])${scope.withinUnitId !== null ? ' and u.id in (select id from subtree)' : ''}
    )`;
  params.push(scope.kinds);
  return text;
}

/** SELECT and GROUP BY parts for the requested dimensions over `scope` (alias s). */
export function dimensionSql(by: readonly string[], withYear = true): { select: string; groupBy: string; orderBy: string } {
  const cols: string[] = [];
  if (withYear && by.includes('YEAR')) cols.push('s.year');
  if (by.includes('DISTRICT')) cols.push('s.m_district');
  if (by.includes('UNIT_KIND')) cols.push('s.m_kind');
  if (by.includes('UNIT')) cols.push('s.m_id');
  const select = [
    by.includes('YEAR') && withYear ? 's.year as year' : 'null::int as year',
    by.includes('DISTRICT') ? 's.m_district as "districtId"' : 'null::int as "districtId"',
    by.includes('UNIT_KIND') ? 's.m_kind as "unitKind"' : 'null::text as "unitKind"',
    by.includes('UNIT') ? 's.m_id as "unitId"' : 'null::int as "unitId"',
  ].join(', ');
  return {
    select,
    groupBy: cols.length ? `group by ${cols.join(', ')}` : '',
    orderBy: cols.length ? `order by ${cols.map((c) => `${c} nulls last`).join(', ')}` : '',
  };
}
