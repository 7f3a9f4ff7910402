import type { Field, FieldType } from '../records/record.js';
import { interchangeFields, recordOf, RECORDS, SHEETS, type SheetName } from '../records/registry.js';
import { SOURCE_FIELDS } from '../source/source.record.js';

/**
 * The interchange files of SPEC §5.2, derived from the record declarations
 * (`api/src/modules/<owner>/<record>.record.ts`): a column is a declared field.
 */
export { SHEETS, type SheetName };
export type Column = Field;
export type ColumnType = FieldType;

/** Provenance columns every sheet may carry (an extension of SPEC §5.2). */
export const SOURCE_COLUMNS: Column[] = SOURCE_FIELDS;

/** The columns of SPEC §5.2 per sheet (without provenance), in the declared order. */
export const COLUMNS = Object.fromEntries(SHEETS.map((s) => [s, recordOf(s).fields])) as Record<SheetName, Column[]>;

/** The columns a sheet accepts: its record's fields, then provenance. */
export function columnsOf(sheet: SheetName): Column[] {
  return interchangeFields(sheet);
}

/** Vietnamese column headers for exports meant for people (English codes stay the import format). */
export const HEADER_VI: Record<string, string> = Object.fromEntries(
  [...RECORDS.flatMap((r) => r.fields), ...SOURCE_FIELDS].map((f) => [f.name, f.vi]),
);
