import { parseDate } from './dates.js';
import { InputProblem } from './errors.js';
import type { LazyTotal, Page } from './pagination.js';
import { searchCondition, searchWords } from './search.js';
import type { Sql } from './sql.js';
import { subtreeCte } from './subtree.js';

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

  /**
   * Ids of one page in `orderBy` order (with its own `orderParams`); whether more follow (one row
   * past the page is read to know); and the number of all matches, counted on first request.
   */
  async page(sql: Sql, from: string, id: string, orderBy: string, page: Page, orderParams: unknown[] = []): Promise<IdPage> {
    const head = this.ctes.length ? `with recursive ${this.ctes.join(', ')} ` : '';
    const where = this.conditions.length ? `where ${this.conditions.map((c) => `(${c})`).join(' and ')}` : '';
    const params = [...this.cteParams, ...this.whereParams];
    const rows = await sql<{ id: number }>(
      `${head}select ${id} as id from ${from} ${where} order by ${orderBy} limit ? offset ?`,
      [...params, ...orderParams, page.limit + 1, page.offset],
    );
    let counted: Promise<number> | undefined;
    const count = () => (counted ??= sql<{ n: number }>(`${head}select count(*)::int as n from ${from} ${where}`, params).then((r) => r[0].n));
    return { ids: rows.slice(0, page.limit).map((r) => r.id), total: { hasNextPage: rows.length > page.limit, count } };
  }
}

/** Filters on the unit a record belongs to; shared by every list of unit records. */
export interface UnitScopeFilter {
  unitCode?: string | null;
  withinUnit?: string | null;
  districtCode?: string | null;
  unitKinds?: string[] | null;
}

/**
 * Looks up the unit codes a filter names in one query, so an unknown code is an input error naming
 * its argument rather than a silently empty list.
 */
export async function unitIds(sql: Sql, codes: Record<string, string | null | undefined>): Promise<Record<string, number>> {
  const wanted = Object.entries(codes).filter((e): e is [string, string] => !!e[1]);
  if (!wanted.length) return {};
  const rows = await sql<{ id: number; code: string }>('select id, code from unit where code = any(?::text[])', [wanted.map((e) => e[1])]);
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const out: Record<string, number> = {};
  for (const [argument, code] of wanted) {
    const id = byCode.get(code);
    if (id === undefined) throw new InputProblem(argument, `unknown unit code "${code}"`);
    out[argument] = id;
  }
  return out;
}

/**
 * Adds the unit conditions of `filter` on the unit id expression `unitId` (e.g. `i.unit_id`);
 * `prefix` names the argument in errors (e.g. `filter`).
 */
export async function whereUnit(sql: Sql, q: ListQuery, unitId: string, filter: UnitScopeFilter | undefined | null, prefix = 'filter'): Promise<void> {
  if (!filter) return;
  const ids = await unitIds(sql, {
    [`${prefix}.unitCode`]: filter.unitCode,
    [`${prefix}.withinUnit`]: filter.withinUnit,
    [`${prefix}.districtCode`]: filter.districtCode,
  });
  if (filter.unitCode) q.where(`${unitId} = ?`, ids[`${prefix}.unitCode`]);
  if (filter.withinUnit) {
    q.cte(subtreeCte(), [ids[`${prefix}.withinUnit`]]);
    q.where(`${unitId} in (select id from subtree)`);
  }
  if (filter.districtCode) q.where(`${unitId} in (select unit_id from unit_dim where district_id = ?)`, ids[`${prefix}.districtCode`]);
  if (filter.unitKinds?.length) q.where(`${unitId} in (select id from unit where kind = any(?::text[]))`, filter.unitKinds);
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
