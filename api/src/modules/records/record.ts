import type { Sql } from '../../shared/sql.js';
import { isActiveInYear, isActiveOn, type Validity } from '../../shared/validity.js';

/**
 * What a record *is*, declared once (one `<record>.record.ts` in its owner's folder): its fields
 * with types, required flags, enums and references by natural key, its key, its validation rules
 * with their messages, and how it is stored and exported. The importer's checks, the writer of
 * records/write.ts, the dataset exports, the interchange headers (SPEC §5.2) and the GraphQL input
 * fields (records/inputs.ts) are all derived from these declarations.
 */

export type FieldType =
  /** format web-url: an absolute http:// or https:// address (shown as a link: never javascript:, data:…) */
  | { kind: 'text'; format?: 'web-url' }
  | { kind: 'date' }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'enum'; name: string; values: readonly string[] }
  /** a `;`-separated list of unit codes (lineage from/to) */
  | { kind: 'codes' }
  /**
   * a GeoJSON Polygon or MultiPolygon (boundaries, modules/boundary/geometry.ts): checked, and held
   * in the change as its canonical JSON text, stored as jsonb
   */
  | { kind: 'geometry' };

export type Value = string | number | string[] | null;
export type Values = Record<string, Value>;

/** A reference to another record by its natural key (the value is the key; the table stores the id). */
export interface Ref {
  /** the referenced record's table and natural-key column */
  table: string;
  keyColumn: string;
  /** lookup name in the validation context (units, requirements, inspections); absent: not checked */
  lookup?: 'units' | 'requirements' | 'inspections';
  /** "unit code": used in "unknown unit code "X"" */
  what: string;
  /** an unknown key creates the referenced row (teams by name, frameworks by code — SPEC §5.2) */
  create?: { columns: Record<string, 'key' | 'source'> };
}

export interface Field {
  /** the interchange column of SPEC §5.2 (also the key of the record's values) */
  name: string;
  type: FieldType;
  required: boolean;
  /** a required column whose value may be empty (an award decision known only by its period) */
  emptyAllowed?: boolean;
  /** required in the API input though the interchange column may be empty: a form always knows it, a source may not (the inspection's kind, SPEC §6.3 vs §5.2) */
  inputRequired?: boolean;
  vi: string;
  en: string;
  /** the column on the record's table; null when the value is stored elsewhere (lineage links, the award's decision) */
  column: string | null;
  ref?: Ref;
}

/** Reports a problem on one row of a record, naming the field (a column in files, an input field in API calls). */
export type Report = (field: string | undefined, message: string) => void;

export interface Lookups {
  units: Map<string, { kind: string; validFrom: string | null; validTo: string | null }>;
  requirements: Map<string, { validFrom: string | null; validTo: string | null }>;
  inspections: Map<string, { date: string }>;
}

export interface Row {
  v: Values;
  report: Report;
  /** "awards.csv row 3" or "input", for messages that point at another row */
  where: string;
  sourceKind: string;
}

export interface Rule {
  /** what it checks, in a few words (documentation and tests) */
  name: string;
  /** a check of one row, given what the import and the database know */
  row?: (r: Row, lookups: Lookups) => void;
  /** a check across the rows of this record and against the database, after the row checks */
  rows?: (rows: Row[], sql: Sql) => Promise<void>;
}

/** How a dataset export reads the record (SPEC §5.2 columns in order, then provenance). */
export interface ExportDecl {
  /** joins beside the ones derived from references (x is the record's table) */
  joins?: string;
  /** SQL expression per field whose value is not a plain or referenced column */
  select?: Record<string, string>;
  /** ORDER BY when it is not the key's own columns */
  order?: string;
  /** the unit a row belongs to, for unitKinds / withinUnit filters */
  unitId?: string;
  /** the year filter, given the first and last day of the span as SQL expressions */
  years?: (from: string, to: string) => string;
  /** the rows an export holds at all (SPEC §6.3: only APPROVED inspections and their findings and recommendations) */
  counted?: string;
}

/** Extra writes a record needs beside its own upsert (e.g. lineage links), in the same transaction. */
export type AfterWrite = (sql: Sql, rows: { values: Values }[], created: Map<string, number>) => Promise<void>;

export interface RecordDecl {
  /** record type, as the audit trail names it */
  type: string;
  /** the interchange file / sheet and dataset name (SPEC §5.2) */
  sheet: string;
  /** read from files of this format instead of a sheet (no dataset export, no interchange headers) */
  file?: 'geojson';
  table: string;
  vi: string;
  en: string;
  fields: Field[];
  /** the natural key (SPEC §5.2), as field names */
  key: string[];
  /** what a duplicate key is called in "duplicate … (already on …)" */
  keyWhat: string;
  /** the columns a user looks at for a duplicate (default: the key's) */
  keyColumns?: string;
  /** carries a source document (provenance columns; source_id on the table) */
  source: boolean;
  rules: Rule[];
  /** the fields making the parent record it is written under (the award decision of an award) */
  parent?: ParentDecl;
  /**
   * The conflict target when it is not the key's columns, and a computed column holding the key
   * (lineage events are unique by every column but note, kept as one text)
   */
  conflict?: { target: string; computed?: { column: string; value: (v: Values) => string } };
  /** how the record's lookup (for the references of other records) is read and filled from rows */
  lookup?: { name: keyof Lookups; select: string; fromValues: (v: Values) => object };
  afterWrite?: AfterWrite;
  export: ExportDecl;
  /**
   * Columns that are not interchange fields (no file column, export, header or input field): the
   * mutations set them (an inspection's status, author, reviewer). A change that does not name one
   * leaves it as it is (an import keeps a draft's status); a new row gets the column's default.
   */
  internal?: InternalField[];
}

/** A stored column of a record outside the interchange (RecordDecl.internal). */
export interface InternalField {
  /** the key in a change's values */
  name: string;
  column: string;
  /** SQL type of its parameter, e.g. 'text', 'timestamptz' */
  sqlType: string;
}

/** A parent record written from the rows of its children (one award decision for many awards). */
export interface ParentDecl {
  type: string;
  table: string;
  /** the child's column holding the parent's id */
  column: string;
  /** child field → parent column, in the parent's key order */
  fields: Record<string, string>;
  /** conflict target (the parent's unique index) and the join from the child's values `v` to the parent `p` */
  conflict: string;
  join: string;
  /** SQL column types of the parent's columns, in `fields` order */
  types: string[];
  /** which of several rows gives the parent its source (the first, unless this says otherwise) */
  prefer?: (a: { sourceKind: string }, b: { sourceKind: string }) => boolean;
  /** update of an existing parent (default: none) */
  onConflict: string;
}

// --- field builders: the declarations read like the SPEC table

type Opts = { required?: boolean; column?: string | null; emptyAllowed?: boolean; inputRequired?: boolean; vi: string; en: string };
const mk = (name: string, type: FieldType, o: Opts, ref?: Ref): Field => ({
  name, type, required: o.required ?? false, emptyAllowed: o.emptyAllowed, inputRequired: o.inputRequired, vi: o.vi, en: o.en, column: o.column === undefined ? name : o.column, ref,
});
export const text = (name: string, o: Opts) => mk(name, { kind: 'text' }, o);
export const date = (name: string, o: Opts) => mk(name, { kind: 'date' }, o);
export const webUrl = (name: string, o: Opts) => mk(name, { kind: 'text', format: 'web-url' }, o);

/**
 * Whether `s` is an absolute http:// or https:// address with a host — the only links the hub
 * stores and renders (a `javascript:` or `data:` URL in a spreadsheet must never reach a page).
 */
export function isWebUrl(s: string): boolean {
  // no spaces or control characters anywhere (browsers strip some of them before reading the scheme)
  if (/[\u0000-\u0020\u007f-\u009f]/.test(s)) return false;
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}
export const int = (name: string, range: { min?: number; max?: number }, o: Opts) => mk(name, { kind: 'int', ...range }, o);
export const year = (name: string, o: Opts) => int(name, { min: 1990, max: 2100 }, o);
export const oneOf = (name: string, e: Record<string, string>, enumName: string, o: Opts) => mk(name, { kind: 'enum', name: enumName, values: Object.values(e) }, o);
export const ref = (name: string, r: Ref, o: Opts) => mk(name, { kind: 'text' }, o, r);
export const geometry = (name: string, o: Opts) => mk(name, { kind: 'geometry' }, o);
export const codes = (name: string, r: Ref, o: Opts) => mk(name, { kind: 'codes' }, { ...o, column: null }, r);

export const UNIT: Ref = { table: 'unit', keyColumn: 'code', lookup: 'units', what: 'unit code' };
export const INSPECTION: Ref = { table: 'inspection', keyColumn: 'code', lookup: 'inspections', what: 'inspection code' };
export const REQUIREMENT: Ref = { table: 'requirement', keyColumn: 'code', lookup: 'requirements', what: 'requirement code' };

// --- helpers the rules share

// the validity rule is shared/validity.ts (the SQL lists and analytics use its SQL form)
export { isActiveInYear as activeInYear, isActiveOn as activeOn, type Validity };
export const span = (u: Validity) => `${u.validFrom ? u.validFrom : '…'} → ${u.validTo ? u.validTo : 'nay'}`;

export const str = (v: Values, k: string) => (v[k] as string | null) ?? null;
export const num = (v: Values, k: string) => (v[k] as number | null) ?? null;
export const list = (v: Values, k: string) => (v[k] as string[] | null) ?? [];

/** The validity pair is ordered (units, requirements). */
export const validityOrdered: Rule = {
  name: 'valid_to is not before valid_from',
  row: ({ v, report }) => {
    const from = str(v, 'valid_from');
    const to = str(v, 'valid_to');
    if (from && to && to < from) report('valid_to', `valid_to ${to} is before valid_from ${from}`);
  },
};

export const validFromField = date('valid_from', { vi: 'Hiệu lực từ', en: 'Valid from' });
export const validToField = date('valid_to', { vi: 'Hiệu lực đến', en: 'Valid to' });

/** The key of a record's values, as one string (uniqueness within an import, lookups of created ids). */
export const keyOf = (d: RecordDecl, v: Values) => d.key.map((k) => {
  const x = v[k];
  return Array.isArray(x) ? x.join(';') : x ?? '';
}).join('|');
