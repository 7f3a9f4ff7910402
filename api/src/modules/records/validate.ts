import { parseDate } from '../../shared/dates.js';
import { ENUM_LABELS } from '../../shared/enum-labels.js';
import { SourceKind } from '../../shared/enums.js';
import type { Sql } from '../../shared/sql.js';
import type { SourceRef } from '../source/source.record.js';
import { isWebUrl, keyOf, type Field, type Lookups, type RecordDecl, type Row, type Value, type Values } from './record.js';
import { parseGeometry } from '../boundary/geometry.js';
import { interchangeFields, recordOf, RECORDS, type RecordName } from './registry.js';

/**
 * Where a change came from: a row of a file (sheet/row/column in problems), an API input (the input
 * field), or a feature of a GeoJSON file (its index from 0, as in `features[3].properties.unit_code`).
 */
export type Location = { file: string; row: number } | { input: string } | { file: string; feature: number };

/** One problem of a change, located as its author would look for it. */
export interface Problem {
  /** "findings.csv" or "book.xlsx › findings"; absent for API input */
  file?: string;
  row?: number;
  column?: string;
  /** the input field of an API call, e.g. "input.findings[0].requirementCode" */
  field?: string;
  message: string;
}

/** One record to create or update, with its values parsed (records/record.ts Value). */
export interface Change {
  record: RecordName;
  values: Values;
  /** its source document (records without a source of their own ignore it) */
  source: SourceRef;
  at: Location;
  /**
   * `delete`: remove the record with this key (values hold only the key; the mutations drop an
   * edited inspection's findings and recommendations this way). `patch`: set only the internal
   * fields given in values (RecordDecl.internal) on the existing record with this key.
   */
  action?: 'delete' | 'patch';
}

/** snake_case interchange column → camelCase input field (unit_code → unitCode), SPEC §6.3. */
export const inputName = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A GeoJSON feature's member holding a field: its geometry, or one of its properties. */
export const featurePath = (feature: number, column?: string) =>
  `features[${feature}]${column === 'geometry' ? '.geometry' : column ? `.properties.${column}` : ''}`;

export function problemAt(at: Location, column: string | undefined, message: string): Problem {
  if ('input' in at) return { field: column ? `${at.input}.${inputName(column)}` : at.input, message };
  if ('feature' in at) return { file: at.file, field: featurePath(at.feature, column), message };
  return { file: at.file, row: at.row, column, message };
}
const whereOf = (at: Location) => ('input' in at ? at.input : 'feature' in at ? `${at.file} ${featurePath(at.feature)}` : `${at.file} row ${at.row}`);

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).normalize('NFC').trim();
}

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const LABELS = ENUM_LABELS as Record<string, Record<string, { vi: string; en: string }>>;
const enumLabel = (name: string, code: string): string | undefined => LABELS[name]?.[code]?.vi;
const words = new Map<string, Map<string, string>>();
/** Folded Vietnamese and English labels of an enum (and the Vietnamese one without its "(…)") → code. */
function enumWords(name: string): Map<string, string> {
  let m = words.get(name);
  if (!m) {
    m = new Map();
    for (const [code, l] of Object.entries(LABELS[name] ?? {})) {
      for (const w of [l.en, l.vi, l.vi.replace(/\s*\(.*\)$/, '')]) if (!m.has(fold(w))) m.set(fold(w), code);
    }
    words.set(name, m);
  }
  return m;
}

/** A cell or input value as the field's type; text is NFC and trimmed, empty is null. */
export function parseValue(f: Field, raw: unknown): { value: Value } | { error: string } {
  if (f.type.kind === 'geometry') return parseGeometry(raw);
  if (Array.isArray(raw) && f.type.kind === 'codes') raw = raw.join(';');
  const s = cellText(raw);
  if (s === '' && !(raw instanceof Date)) return { value: null };
  switch (f.type.kind) {
    case 'text':
      if (f.type.format === 'web-url' && !isWebUrl(s)) {
        return { error: `"${s.length > 60 ? `${s.slice(0, 60)}…` : s}" is not a web address: only http:// and https:// links are accepted` };
      }
      return { value: s };
    case 'date': {
      const d = parseDate(raw instanceof Date ? raw : s);
      return d ? { value: d } : { error: `"${s}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)` };
    }
    case 'int': {
      const n = typeof raw === 'number' ? raw : Number(s);
      if (!Number.isInteger(n)) return { error: `"${s}" is not a whole number` };
      const { min, max } = f.type;
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) return { error: `${n} is outside ${min}–${max}` };
      return { value: n };
    }
    case 'enum': {
      const upper = s.toUpperCase();
      const { name } = f.type;
      if (f.type.values.includes(upper)) return { value: upper };
      // the Vietnamese (or English) word people write: "Tốt", "định kỳ", "Bằng khen"
      const code = enumWords(name).get(fold(s));
      if (code && f.type.values.includes(code)) return { value: code };
      return { error: `"${s}" is not one of ${f.type.values.map((v) => (enumLabel(name, v) ? `${v} (${enumLabel(name, v)})` : v)).join(', ')}` };
    }
    case 'codes':
      return { value: s.split(';').map((c) => c.trim()).filter(Boolean) };
  }
}

/**
 * A change from raw values (cells of a file row, or an API input keyed by column): every field
 * parsed and required values checked, the source taken from the provenance fields or the default.
 * Returns null, with the problems reported, when a value is bad.
 */
export function toChange(
  record: RecordName,
  raw: (column: string) => unknown,
  at: Location,
  defaultSource: () => SourceRef,
  problems: Problem[],
): Change | null {
  const v: Values = {};
  let ok = true;
  for (const f of interchangeFields(record)) {
    const res = parseValue(f, raw(f.name));
    if ('error' in res) {
      problems.push(problemAt(at, f.name, res.error));
      ok = false;
      continue;
    }
    if (res.value === null && ((f.required && !f.emptyAllowed) || (f.inputRequired && 'input' in at))) {
      problems.push(problemAt(at, f.name, `"${f.name}" is required`));
      ok = false;
    }
    v[f.name] = res.value;
  }
  if (!ok) return null;
  const title = v.source_title as string | null;
  if (!title && (v.source_kind || v.source_url)) {
    problems.push(problemAt(at, 'source_title', 'a source needs its title (source_title) when source_kind or source_url is given'));
    return null;
  }
  const source: SourceRef = title
    ? {
        kind: ((v.source_kind as string) ?? SourceKind.REPORT) as SourceKind,
        title,
        url: (v.source_url as string) ?? null,
        publisher: (v.source_publisher as string) ?? null,
        publishedOn: (v.source_published_on as string) ?? null,
      }
    : defaultSource();
  return { record, values: v, source, at };
}

export type Grouped = Record<RecordName, Change[]>;

/** The references of every change whose record is checked against a lookup, by lookup. */
function referencedKeys(g: Grouped): Record<keyof Lookups, Set<string>> {
  const keys = { units: new Set<string>(), requirements: new Set<string>(), inspections: new Set<string>() };
  for (const d of RECORDS) {
    for (const c of g[d.sheet as RecordName]) {
      for (const f of d.fields) {
        if (!f.ref?.lookup) continue;
        const x = c.values[f.name];
        if (Array.isArray(x)) x.forEach((k) => keys[f.ref!.lookup!].add(k));
        else if (x !== null && x !== undefined) keys[f.ref.lookup].add(String(x));
      }
    }
  }
  return keys;
}

/** What the checks know of the referenced records: the database's rows, overridden by the import's. */
/** Keys per lookup statement. */
const LOOKUP_BATCH = 5000;

async function loadLookups(sql: Sql, g: Grouped): Promise<Lookups> {
  const keys = referencedKeys(g);
  // a record's own keys are known too (a unit's parent may be in the same file)
  for (const d of RECORDS) if (d.lookup) for (const c of g[d.sheet as RecordName]) keys[d.lookup.name].add(String(c.values[d.key[0]]));
  const lookups: Lookups = { units: new Map(), requirements: new Map(), inspections: new Map() };
  for (const d of RECORDS) {
    if (!d.lookup) continue;
    const { name, select, fromValues } = d.lookup;
    const map = lookups[name] as Map<string, object>;
    const wanted = [...keys[name]];
    const keyColumn = d.fields.find((f) => f.name === d.key[0])?.column;
    // in batches, like the writes: one statement over every key of a big file (160,000 codes
    // in a 20 MB CSV) grows the embedded database's WebAssembly memory by tens of MB, which a
    // WebAssembly memory never gives back (issue 17.6)
    for (let i = 0; i < wanted.length; i += LOOKUP_BATCH) {
      for (const r of await sql<Record<string, unknown>>(`select ${select} from ${d.table} where ${keyColumn} = any(?::text[])`, [wanted.slice(i, i + LOOKUP_BATCH)])) {
        const { [keyColumn!]: k, ...rest } = r;
        map.set(String(k), rest);
      }
    }
    for (const c of g[d.sheet as RecordName]) if (!c.action) map.set(String(c.values[d.key[0]]), fromValues(c.values));
  }
  return lookups;
}

function checkRecord(d: RecordDecl, changes: Change[], lookups: Lookups, problems: Problem[]): Row[] {
  const first = new Map<string, Change>();
  const keyColumns = d.keyColumns ?? d.key.join(', ');
  for (const c of changes) {
    const k = keyOf(d, c.values);
    const prev = first.get(k);
    if (prev) problems.push(problemAt(c.at, keyColumns, `duplicate ${d.keyWhat} (already on ${whereOf(prev.at)})`));
    else first.set(k, c);
  }
  const rows: (Row & { action?: Change['action'] })[] = changes.map((c) => ({
    action: c.action,
    v: c.values,
    where: whereOf(c.at),
    sourceKind: c.source.kind,
    report: (field, message) => problems.push(problemAt(c.at, field, message)),
  }));
  for (const r of rows) {
    for (const f of d.fields) {
      const lookup = f.ref?.lookup;
      if (!lookup) continue;
      const x = r.v[f.name];
      for (const k of Array.isArray(x) ? x : x === null || x === undefined ? [] : [String(x)]) {
        if (!lookups[lookup].has(k)) r.report(f.name, `unknown ${f.ref!.what} "${k}"`);
      }
    }
    // a delete or a patch carries only the key (and internal fields): the record's rules are for whole rows
    if (!r.action) for (const rule of d.rules) rule.row?.(r, lookups);
  }
  return rows.filter((r) => !r.action);
}

/**
 * Every check the declarations make, across the changes and against the database: keys unique,
 * references known, each record's rules. Reads only what the changes refer to.
 */
export async function checkChanges(sql: Sql, g: Grouped, problems: Problem[]): Promise<void> {
  const lookups = await loadLookups(sql, g);
  for (const d of RECORDS) {
    const changes = g[d.sheet as RecordName];
    if (!changes.length) continue;
    const rows = checkRecord(d, changes, lookups, problems);
    for (const rule of d.rules) if (rule.rows) await rule.rows(rows, sql);
  }
}

export function groupChanges(changes: Change[]): Grouped {
  const g = Object.fromEntries(RECORDS.map((d) => [d.sheet, [] as Change[]])) as unknown as Grouped;
  for (const c of changes) g[c.record].push(c);
  return g;
}

export { recordOf };
