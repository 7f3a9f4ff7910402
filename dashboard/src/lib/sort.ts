/**
 * Sorting the rows of a data table by one column (issue 13.5: "lowest coverage in 2019" is one
 * click, not a scan of an alphabetical table). Numbers sort on their raw values, never on the
 * formatted text (1.234,5 and 93,3% do not sort as strings); names sort in Vietnamese order.
 * Empty values (null: no denominator) stay last in both directions.
 */
import type { Lang } from './format';

export type SortDir = 'ascending' | 'descending';
export interface SortState {
  /** Column index, or null: the table's own order. */
  col: number | null;
  dir: SortDir;
}

const collators = new Map<string, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang === 'en' ? 'en' : 'vi', { numeric: true, sensitivity: 'base' })));
  return c;
}

export type SortValue = number | string | null | undefined;

/** Compares two cell values: numbers numerically, strings with the language's collation, empty last. */
export function compareValues(a: SortValue, b: SortValue, dir: SortDir, lang: Lang = 'vi'): number {
  const ea = a === null || a === undefined || (typeof a === 'number' && Number.isNaN(a));
  const eb = b === null || b === undefined || (typeof b === 'number' && Number.isNaN(b));
  if (ea || eb) return ea && eb ? 0 : ea ? 1 : -1;
  const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator(lang).compare(String(a), String(b));
  return dir === 'ascending' ? c : -c;
}

/** The rows in the order of `state` (a stable sort: ties keep the table's own order); a new array. */
export function sortRows<T>(rows: readonly T[], state: SortState, value: (row: T, col: number) => SortValue, lang: Lang = 'vi'): T[] {
  if (state.col === null) return [...rows];
  const col = state.col;
  return rows
    .map((row, i) => ({ row, i, v: value(row, col) }))
    .sort((x, y) => compareValues(x.v, y.v, state.dir, lang) || x.i - y.i)
    .map((x) => x.row);
}

/** The state after a click on column `col`: a new column sorts ascending (lowest first), the same one flips. */
export function nextSort(state: SortState, col: number): SortState {
  if (state.col !== col) return { col, dir: 'ascending' };
  return { col, dir: state.dir === 'ascending' ? 'descending' : 'ascending' };
}

/** The aria-sort of column `col`'s header: set on the sorted column only. */
export function ariaSort(state: SortState, col: number): SortDir | undefined {
  return state.col === col ? state.dir : undefined;
}
