/**
 * Whether a record with a validity span (valid_from, valid_to; null = open-ended) — a unit, a
 * requirement — is in force: written once in SQL and once in JS, the same rule everywhere.
 * The SQL forms take the table alias and SQL expressions (placeholders or columns) for the dates.
 */

/** In force at some moment of [from, to] (two SQL date expressions). */
export function activeDuring(alias: string, from: string, to: string): string {
  return `(${alias}.valid_from is null or ${alias}.valid_from <= ${to}) and (${alias}.valid_to is null or ${alias}.valid_to >= ${from})`;
}

/** SPEC §4 "active in year Y": the validity meets [Y-01-01, Y-12-31] (an SQL int expression: `y.year`, `?::int`). */
export const activeInYear = (alias: string, year: string): string => activeDuring(alias, `make_date(${year}, 1, 1)`, `make_date(${year}, 12, 31)`);

/** In force on a day (an SQL date expression: `?::date`, `d.date`). */
export const activeOn = (alias: string, day: string): string => activeDuring(alias, day, day);

/** The JS rule on ISO dates (YYYY-MM-DD), for records already read. */
export interface Validity {
  validFrom?: string | null;
  validTo?: string | null;
}

export const isActiveOn = (v: Validity, day: string): boolean => (!v.validFrom || v.validFrom <= day) && (!v.validTo || v.validTo >= day);

export const isActiveInYear = (v: Validity, year: number): boolean => (!v.validFrom || v.validFrom <= `${year}-12-31`) && (!v.validTo || v.validTo >= `${year}-01-01`);
