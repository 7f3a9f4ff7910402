import type { EntityManager } from '@mikro-orm/postgresql';
import { SourceKind } from '../../shared/enums.js';
import { applyChanges, ChangesRefused, type Actor, type Via } from '../records/gateway.js';
import { toChange, type Change, type Problem } from '../records/validate.js';
import type { ChangeSummary, Progress } from '../records/write.js';
import type { SourceRef } from '../source/source.record.js';
import { boundaryChanges, type BoundaryFile } from '../boundary/geojson.js';
import { readInputs, sheetsFromTables, type RawSheet } from './read.js';
import { columnsOf, type SheetName } from './sheets.js';

export type ImportSummary = ChangeSummary;
export type { Problem };
/** An import that was refused: every problem found, nothing written (the gateway's refusal). */
export const ImportError = ChangesRefused;
export type ImportError = ChangesRefused;

export interface ImportOptions {
  dryRun?: boolean;
  /** Provenance for rows without source columns; default: a REPORT named after the file. */
  defaultSource?: (origin: string) => SourceRef;
  progress?: Progress;
  /** who imports and by which path (the audit trail); default the command line */
  actor?: Actor;
  via?: Via;
  /** filled with the seconds of each phase (parse, check, write, derived) */
  timings?: Record<string, number>;
  /** filled with what the reader detected per file (encoding, separator, decimal commas) */
  notes?: string[];
}

export function formatProblem(p: Problem): string {
  const where = p.field
    ? [p.file, p.field].filter(Boolean).join(', ')
    : [p.file, p.row !== undefined ? `row ${p.row}` : null, p.column ? `column ${p.column}` : null].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}

const fileSource = (origin: string): SourceRef => ({
  kind: SourceKind.REPORT, title: `Tệp nhập: ${origin}`, url: null, publisher: null, publishedOn: null,
});

/** The most characters a cell may hold: what one spreadsheet cell can (Excel's limit), so anything longer did not come from one. */
export const MAX_CELL_CHARS = 32_767;
const hugeCellMessage = (n: number) =>
  `the cell holds ${n.toLocaleString('en-US')} characters, more than the ${MAX_CELL_CHARS.toLocaleString('en-US')} a spreadsheet cell can hold`;

/**
 * Headers of each sheet (unknown, missing or repeated columns; the Vietnamese headers of
 * people-facing exports read as their codes), then every row as a change of its record.
 */
export function sheetChanges(sheets: RawSheet[], defaultSource: (origin: string) => SourceRef, problems: Problem[]): Change[] {
  const changes: Change[] = [];
  for (const s of sheets) {
    const columns = columnsOf(s.sheet);
    const known = new Map(columns.map((c) => [c.name, c]));
    const alias = new Map(columns.map((c) => [c.vi.normalize('NFC').toLowerCase(), c.name]));
    const headerProblems: Problem[] = [];
    const seen = new Set<string>();
    /** column code → the header as written in the file */
    const written = new Map<string, string>();
    for (const h of s.headers) {
      if (!h) continue;
      const code = known.has(h) ? h : alias.get(h.toLowerCase());
      if (!code) {
        headerProblems.push({ file: s.label, row: 1, column: h, message: `unknown column "${h}" (allowed: ${columns.map((c) => c.name).join(', ')})` });
        continue;
      }
      if (seen.has(code)) headerProblems.push({ file: s.label, row: 1, column: h, message: `column "${code}" appears twice` });
      seen.add(code);
      written.set(code, h);
    }
    for (const c of columns) {
      if (c.required && !seen.has(c.name)) headerProblems.push({ file: s.label, row: 1, column: c.name, message: `required column "${c.name}" is missing` });
    }
    problems.push(...headerProblems);
    if (headerProblems.length) continue;
    const source = defaultSource(s.origin);
    for (const r of s.rows) {
      if ('(extra cells)' in r.cells) {
        problems.push({ file: s.label, row: r.row, message: 'the row has more cells than the header has columns' });
        continue;
      }
      const huge = Object.entries(r.cells).filter(([, v]) => typeof v === 'string' && v.length > MAX_CELL_CHARS);
      if (huge.length) {
        for (const [column, v] of huge) problems.push({ file: s.label, row: r.row, column, message: hugeCellMessage((v as string).length) });
        continue;
      }
      const change = toChange(s.sheet, (c) => r.cells[written.get(c) ?? c], { file: s.label, row: r.row }, () => source, problems);
      if (change) changes.push(change);
    }
  }
  return changes;
}

/**
 * The importer (CLI, HTTP, seeds, test loaders): reads sheets into changes and hands them to the
 * one gateway, which validates everything and writes it in one transaction, or nothing.
 */
export async function importSheets(em: EntityManager, sheets: RawSheet[], options: ImportOptions = {}, boundaries: BoundaryFile[] = []): Promise<ImportSummary> {
  const problems: Problem[] = [];
  const started = performance.now();
  const changes = sheetChanges(sheets, options.defaultSource ?? fileSource, problems);
  changes.push(...boundaryChanges(boundaries, options.defaultSource ?? fileSource, problems));
  if (options.timings) options.timings.parse = (performance.now() - started) / 1000;
  return applyChanges(em, changes, options.actor ?? { login: 'cli' }, options.via ?? 'import', {
    dryRun: options.dryRun, progress: options.progress, problems, timings: options.timings,
  });
}

/** What the files hold, read without the database: a file that cannot be read (not a workbook, bad bytes, an unknown sheet…) is refused here. */
export interface ImportInput {
  sheets: RawSheet[];
  boundaries: BoundaryFile[];
}

/**
 * The files read and decoded (`notes` gets what the reader detected); their problems refuse the
 * import before any database is needed, so `qcdc import` of a corrupt file never opens one.
 */
export async function readImport(paths: string[], notes?: string[]): Promise<ImportInput> {
  const { sheets, boundaries, problems } = await readInputs(paths);
  notes?.push(...sheets.flatMap((s) => (s.note ? [s.note] : [])));
  if (problems.length) throw new ImportError(problems.map((p) => ({ file: p.label, row: p.row, column: p.column, field: p.field, message: p.message })));
  return { sheets, boundaries };
}

export async function importPaths(em: EntityManager, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const { sheets, boundaries } = await readImport(paths, options.notes);
  return importSheets(em, sheets, options, boundaries);
}

export async function importTables(
  em: EntityManager,
  tables: Partial<Record<SheetName, Record<string, string>[]>>,
  origin: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  return importSheets(em, sheetsFromTables(tables, origin), options);
}
