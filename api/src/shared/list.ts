import { parseDate } from './dates.js';
import { InputProblem } from './errors.js';
import type { LazyTotal, Page } from './pagination.js';
import { searchCondition, searchWords } from './search.js';
import type { ReadScope } from '../modules/scope/read-scope.js';
import type { Sql } from './sql.js';

/** One page of a list as ids in order (the resolver loads them through a DataLoader), and the total. */
export interface IdPage {
  ids: number[];
  total: LazyTotal;
}

/**
 * Builds the id query of a list page: CTEs and WHERE conditions with their own parameters (kept
 * apart so that the text order of `?` always matches), then ids in the list's order. Entities are
 * then loaded by id through a DataLoader (one more query). The total over all pages is a separate
 * count statement run only if the client selects totalCount: a window count over every match
 * would make PostgreSQL read and sort all of them instead of the first rows of an index.
 */
export class ListQuery {
  private readonly ctes: string[] = [];
  private readonly cteParams: unknown[] = [];
  private readonly conditions: string[] = [];
  private readonly whereParams: unknown[] = [];

  /** A copy to add to, leaving this one as it is (a nested list's statement serves every batch of a request). */
  copy(): ListQuery {
    const c = new ListQuery();
    c.ctes.push(...this.ctes);
    c.cteParams.push(...this.cteParams);
    c.conditions.push(...this.conditions);
    c.whereParams.push(...this.whereParams);
    return c;
  }

  cte(text: string, ...params: unknown[]): this {
    this.ctes.push(text);
    this.cteParams.push(...params);
    return this;
  }

  where(condition: string, ...params: unknown[]): this {
    this.conditions.push(condition);
    this.whereParams.push(...params);
    return this;
  }

  /** Every matching row (`select` over `from`), in `orderBy` order, unpaged: for lists bounded otherwise (a unit's own records). */
  async all<R>(sql: Sql, from: string, select: string, orderBy: string, orderParams: unknown[] = []): Promise<R[]> {
    const head = this.ctes.length ? `with recursive ${this.ctes.join(', ')} ` : '';
    const where = this.conditions.length ? `where ${this.conditions.map((c) => `(${c})`).join(' and ')}` : '';
    return sql<R>(`${head}select ${select} from ${from} ${where} order by ${orderBy}`, [...this.cteParams, ...this.whereParams, ...orderParams]);
  }

  /** The conditions as a statement's parts: the `with recursive` head, the where clause and their parameters. */
  parts(): { head: string; where: string; params: unknown[] } {
    const head = this.ctes.length ? `with recursive ${this.ctes.join(', ')} ` : '';
    const where = this.conditions.length ? `where ${this.conditions.map((c) => `(${c})`).join(' and ')}` : '';
    return { head, where, params: [...this.cteParams, ...this.whereParams] };
  }

  /**
   * Ids of one page in `orderBy` order (with its own `orderParams`); whether more follow (one row
   * past the page is read to know); and the number of all matches, counted on first request.
   */
  async page(sql: Sql, from: string, id: string, orderBy: string, page: Page, orderParams: unknown[] = []): Promise<IdPage> {
    const { head, where, params } = this.parts();
    const rows = await sql<{ id: number }>(
      `${head}select ${id} as id from ${from} ${where} order by ${orderBy} limit ? offset ?`,
      [...params, ...orderParams, page.limit + 1, page.offset],
    );
    return { ids: rows.slice(0, page.limit).map((r) => r.id), total: { hasNextPage: rows.length > page.limit, count: this.counter(sql, from) } };
  }

  /** The number of all matches, counted once and only when asked for. */
  counter(sql: Sql, from: string): () => Promise<number> {
    const { head, where, params } = this.parts();
    let counted: Promise<number> | undefined;
    return () => (counted ??= sql<{ n: number }>(`${head}select count(*)::int as n from ${from} ${where}`, params).then((r) => r[0].n));
  }
}

/**
 * A list's statement before paging: its conditions, FROM, id column, ORDER BY and the unit id
 * expression of its records (e.g. `i.unit_id`), so that a nested list (Unit.inspections with
 * arguments) runs the top-level list's SQL for many units at once (`idsByUnitGroups`).
 */
export interface ListStatement {
  q: ListQuery;
  from: string;
  id: string;
  orderBy: string;
  unitId: string;
  /** parameters of orderBy's `?` (a search's relevance order) */
  orderParams?: unknown[];
}

/**
 * The ids of a list's records for each group of units, in the list's order, in one statement:
 * the pairs (group, unit) are a CTE joined on the records' unit (a record of a unit in two groups
 * is in both).
 */
export async function idsByUnitGroups(sql: Sql, s: ListStatement, groups: readonly (readonly number[])[]): Promise<number[][]> {
  const keys: number[] = [];
  const units: number[] = [];
  groups.forEach((g, k) => g.forEach((u) => (keys.push(k), units.push(u))));
  const q = s.q.copy().cte('list_group (key, unit_id) as (select * from unnest(?::int[], ?::int[]))', keys, units);
  const rows = await q.all<{ key: number; id: number }>(sql, `${s.from} join list_group on list_group.unit_id = ${s.unitId}`, `list_group.key as key, ${s.id} as id`, s.orderBy, s.orderParams);
  const out = groups.map((): number[] => []);
  for (const r of rows) out[r.key].push(r.id);
  return out;
}

/** Filters on the unit a record belongs to; shared by every list of unit records. */
export interface UnitScopeFilter {
  unitCode?: string | null;
  withinUnit?: string | null;
  districtCode?: string | null;
  unitKinds?: string[] | null;
  /** CURRENT: unitCode and districtCode are read against the record's current successor (SPEC §4) */
  structure?: string | null;
}

/**
 * Adds the unit conditions of `filter` on the unit id expression `unitId` (e.g. `i.unit_id`), and
 * always the viewer's scope (a list never holds a record of a unit outside it); codes are looked up
 * through the scope (unknown or outside: an error naming the argument). `prefix` names the
 * argument in errors (e.g. `filter`).
 */
export async function whereUnit(scope: ReadScope, q: ListQuery, unitId: string, filter: UnitScopeFilter | undefined | null, prefix = 'filter'): Promise<void> {
  await whereScope(scope, q, unitId);
  if (!filter) return;
  const ids = await scope.unitIds({
    [`${prefix}.unitCode`]: filter.unitCode,
    [`${prefix}.withinUnit`]: filter.withinUnit,
    [`${prefix}.districtCode`]: filter.districtCode,
  });
  // under CURRENT the unit a record counts under is its successor (analytics' countedUnitJoins):
  // records whose unit's successor matches, through unit_dim_successor_idx
  const counted = filter.structure === 'CURRENT' ? await countedUnit(scope) : null;
  const onUnit = (condition: string, ...params: unknown[]) =>
    counted
      ? q.where(`${unitId} in (select cu.unit_id from unit_dim cu where ${counted.sql} ${condition})`, ...counted.params, ...params)
      : q.where(`${unitId} ${condition}`, ...params);
  if (filter.unitCode) onUnit('= ?', ids[`${prefix}.unitCode`]);
  if (filter.withinUnit) q.where(`${unitId} = any(?::int[])`, await scope.within(ids[`${prefix}.withinUnit`]));
  if (filter.districtCode) onUnit('in (select unit_id from unit_dim where district_id = ?)', ids[`${prefix}.districtCode`]);
  if (filter.unitKinds?.length) q.where(`${unitId} in (select id from unit where kind = any(?::text[]))`, filter.unitKinds);
}

/**
 * The unit a record of unit_dim row `cu` counts under in the CURRENT structure: its current
 * successor; for a scoped reader one outside the scope is not followed (SPEC §4, as analytics).
 */
export async function countedUnit(scope: ReadScope): Promise<{ sql: string; params: unknown[] }> {
  const visible = await scope.units();
  return visible
    ? { sql: 'case when cu.successor_id = any(?::int[]) then cu.successor_id else cu.unit_id end', params: [visible] }
    : { sql: 'cu.successor_id', params: [] };
}

/** The search rule of shared/search.ts over `columns`: one condition per word. Returns the words (none: no condition). */
export function whereSearch(q: ListQuery, columns: readonly string[], text: string | null | undefined): string[] {
  const words = searchWords(text);
  for (const word of words) {
    const c = searchCondition(columns, word);
    q.where(c.sql, ...c.params);
  }
  return words;
}

/** Restricts a list to the viewer's units (nothing when the viewer sees the whole city). */
export async function whereScope(scope: ReadScope, q: ListQuery, unitId: string): Promise<void> {
  const c = await scope.unitCondition(unitId);
  if (c) q.where(c.sql, ...c.params);
}

/** Records whose source is (true) or is not (false) DEMO; `sourceId` is the record's source_id column. */
export function whereDemo(q: ListQuery, sourceId: string, demo: boolean | null | undefined): void {
  if (demo == null) return;
  q.where(`coalesce((select sd.kind = 'DEMO' from source_document sd where sd.id = ${sourceId}), false) = ?`, demo);
}

/** Calendar-year bounds on a date column. */
export function whereYears(q: ListQuery, dateColumn: string, fromYear?: number | null, toYear?: number | null, prefix = 'filter'): void {
  if (fromYear != null && toYear != null && fromYear > toYear) throw new InputProblem(`${prefix}.toYear`, `must not be before fromYear (${fromYear} > ${toYear})`);
  if (fromYear != null) q.where(`${dateColumn} >= make_date(?::int, 1, 1)`, fromYear);
  if (toYear != null) q.where(`${dateColumn} <= make_date(?::int, 12, 31)`, toYear);
}

/** Year bounds on an integer year column (plan and model years). */
export function whereYearColumn(q: ListQuery, yearColumn: string, fromYear?: number | null, toYear?: number | null, prefix = 'filter'): void {
  if (fromYear != null && toYear != null && fromYear > toYear) throw new InputProblem(`${prefix}.toYear`, `must not be before fromYear (${fromYear} > ${toYear})`);
  if (fromYear != null) q.where(`${yearColumn} >= ?`, fromYear);
  if (toYear != null) q.where(`${yearColumn} <= ?`, toYear);
}

/** A date argument (YYYY-MM-DD or D/M/YYYY) as ISO, or an input error naming the argument. */
export function dateArg(argument: string, value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  const iso = parseDate(value);
  if (!iso) throw new InputProblem(argument, `"${value}" is not a date (use YYYY-MM-DD)`);
  return iso;
}

/** Today's date (UTC) as YYYY-MM-DD. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Whether a record's source is DEMO (batched through the source loader). */
export async function isDemoSource(
  loaders: { source: { load(id: number): Promise<{ kind: string } | null> } },
  source: { id: number } | null | undefined,
): Promise<boolean> {
  return source ? (await loaders.source.load(source.id))?.kind === 'DEMO' : false;
}
