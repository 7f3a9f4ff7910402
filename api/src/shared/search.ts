/**
 * The one search rule of every list (units, requirements, models, sources, teams, award issuers):
 * each word of the search text must occur in at least one of the searched columns, in any order,
 * accent- and case-insensitively (qcdc_fold on both sides: "hoach ke" finds "Kế hoạch"). Each
 * column is matched on its own, `qcdc_fold(column) like …`, so a trigram index on
 * qcdc_fold(column) (unit_name_search_idx) serves it.
 */

/** The words of a search box: NFC, white space of any length between them; none when blank. */
export function searchWords(text: string | null | undefined): string[] {
  const clean = text?.normalize('NFC').trim() ?? '';
  return clean ? clean.split(/\s+/) : [];
}

/** `%`, `_` and `\` match themselves ("50%" is no wildcard). */
export const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The condition for one word over `columns`, with its parameters (one per column). */
export function searchCondition(columns: readonly string[], word: string): { sql: string; params: string[] } {
  const pattern = `%${likeEscape(word)}%`;
  return { sql: columns.map((c) => `qcdc_fold(${c}) like qcdc_fold(?)`).join(' or '), params: columns.map(() => pattern) };
}
