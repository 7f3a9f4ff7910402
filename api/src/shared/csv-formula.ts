/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet opening a CSV evaluates a cell that
 * starts with = + - @ (or a tab or carriage return before them) as a formula, e.g.
 * `=HYPERLINK("http://evil","bấm")`. Text cells that could be read so are written with a leading
 * apostrophe, which every spreadsheet shows as text and does not evaluate.
 *
 * The importer undoes exactly that, so an export imports back byte-identical. To keep the pair
 * exact, a text that already starts with apostrophes followed by such a character (`'=x`) gets one
 * more on export, and the import removes one: escape() always yields /^'+[=+\-@\t\r]/, and any
 * other text is left alone by both.
 */
const TRIGGER = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The text as a CSV export writes it (numbers are written as they are: a number is not a formula). */
export const escapeCsvFormula = (text: string): string => (TRIGGER.test(text) ? `'${text}` : text);

/** The exact reverse of escapeCsvFormula, for cells read from a CSV file. */
export const unescapeCsvFormula = (text: string): string => (ESCAPED.test(text) ? text.slice(1) : text);
