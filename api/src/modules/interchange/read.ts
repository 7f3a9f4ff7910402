import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { unescapeCsvFormula } from '../../shared/csv-formula.js';
import { decodeCsvBytes, ENCODING_NAMES } from './decode.js';
import { recordOf } from '../records/registry.js';
import { isGeojsonFile, readGeojson, type BoundaryFile } from '../boundary/geojson.js';
import { columnsOf, SHEETS, type SheetName } from './sheets.js';

export type Cell = string | number | Date | null;

/** One data row; `row` is the number a spreadsheet shows (the header is row 1). */
export interface RawRow {
  row: number;
  cells: Record<string, Cell>;
}

export interface RawSheet {
  sheet: SheetName;
  /** Where it came from, as the error report names it: "findings.csv" or "qcdc.xlsx › findings". */
  label: string;
  /** The file the rows came from (default provenance), or a description for generated rows. */
  origin: string;
  headers: string[];
  rows: RawRow[];
  /** What the reader detected, when it is worth saying (encoding, separator, decimal commas). */
  note?: string;
}

export interface ReadProblem {
  label: string;
  row?: number;
  column?: string;
  /** a member of a GeoJSON file, e.g. features[3] */
  field?: string;
  message: string;
}

export class InputError extends Error {
  override name = 'InputError';
}

function isSheetName(name: string): name is SheetName {
  return (SHEETS as readonly string[]).includes(name);
}

const folded = (s: string) => s.normalize('NFC').trim().toLowerCase();
/** Vietnamese sheet titles the product writes (XLSX downloads, `--headers vi`), ≤ 31 characters as in Excel. */
const VI_SHEETS = new Map<string, SheetName>(SHEETS.map((s) => [folded(recordOf(s).vi.slice(0, 31)), s]));

/**
 * The dataset a sheet or file is, by the names the product itself writes: the code ("units"), the
 * Vietnamese title ("Đơn vị"), and for files the download name: "qcdc-units.csv",
 * "qcdc-inspections-2019-2021.csv", and a browser's second copy "qcdc-units (1).csv"; sheets
 * numbered past a sheet's rows ("findings (2)", "Kết quả kiểm tra (2)").
 */
export function datasetOf(name: string, file = false): SheetName | null {
  // "findings (2)": the numbered sheets of a table longer than a sheet; "qcdc-units (1).csv": a second download
  let n = folded(name).replace(/\s*\(\d+\)$/, '');
  if (file) n = n.replace(/^qcdc[-_ ]/, '').replace(/-\d{4}-\d{0,4}$|--\d{4}$/, '');
  if (isSheetName(n)) return n;
  return VI_SHEETS.get(n) ?? null;
}

/** Every header a sheet accepts, folded: the codes and the Vietnamese headers. */
function knownHeaders(sheet: SheetName): Set<string> {
  return new Set(columnsOf(sheet).flatMap((c) => [folded(c.name), folded(c.vi)]));
}

/**
 * Row 1 must be the header. When it holds none of the sheet's column names (a title above the
 * table, often merged across it), one problem says so and where the header is, instead of one
 * "unknown column" and one "missing column" per column.
 */
function misplacedHeader(sheet: SheetName, label: string, headers: string[], early: { row: number; cells: string[] }[]): ReadProblem | null {
  const known = knownHeaders(sheet);
  const hits = (cells: string[]) => cells.filter((c) => c && known.has(folded(c))).length;
  if (hits(headers) > 0 || headers.every((h) => !h)) return null;
  const found = early.find((r) => hits(r.cells) >= 2);
  const title = [...new Set(headers.filter(Boolean))].join(' ').slice(0, 80).trim(); // a merged title repeats in each cell
  if (found) {
    const above = found.row - 1;
    return { label, row: 1, message: `the header must be row 1, but the column names are on row ${found.row}: delete the ${above} row${above > 1 ? 's' : ''} above it (row 1 holds "${title}")` };
  }
  return { label, row: 1, message: `row 1 must hold the column names (${columnsOf(sheet).slice(0, 3).map((c) => c.name).join(', ')}… or their Vietnamese headers), not "${title}"` };
}

const expectedNames = (ext = '') => SHEETS.map((s) => `${s}${ext} (${recordOf(s).vi})`).join(', ');

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/**
 * What a spreadsheet shows when a formula failed (Excel's error values, LibreOffice's Err:NNN).
 * In an XLSX they are error cells; a CSV saved from such a sheet carries them as text.
 */
const ERROR_TEXT = /^(#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A|#GETTING_DATA|#SPILL!|#CALC!|#FIELD!|#BLOCKED!|#CONNECT!|#BUSY!|#UNKNOWN!|Err:\d{3})$/;

/** The error an XLSX cell holds (itself or as its formula's result), or a CSV text that is one. */
function spreadsheetError(value: ExcelJS.CellValue | string | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_TEXT.test(value.trim()) ? value.trim() : null;
  if (typeof value !== 'object' || value instanceof Date) return null;
  if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result && typeof result === 'object' && 'error' in result ? String(result.error) : null;
  }
  return null;
}

const errorProblem = (label: string, row: number, column: string, error: string): ReadProblem => ({
  label, row, column,
  message: `${error} is a spreadsheet error (a formula that failed), not a value: correct the formula or type the value`,
});

const isBlank = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');

/** A CSV parse error said as file, line and column (the header of the cell where it broke). */
function csvSyntaxError(label: string, e: unknown, headers: string[] | null, lastLine: number): InputError {
  const err = e as Error & { code?: string; lines?: number; column?: number };
  // an unclosed quote is only noticed at the end of the file: it opened on the line after the last good record
  const line = err.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : err.lines;
  const column = typeof err.column === 'number' ? (headers?.[err.column] || `#${err.column + 1}`) : undefined;
  const where = [line ? `line ${line}` : null, column ? `column ${column}` : null].filter(Boolean).join(', ');
  const what = err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote (") opened here is never closed' : err.message.replace(/ at line \d+/, '');
  return new InputError(`${label}: not a valid CSV file${where ? ` at ${where}` : ''}: ${what}`);
}

export type Separator = ',' | ';' | '\t';
const SEPARATOR_NAMES: Record<Separator, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

/**
 * The separator of a CSV, from its header row (the first line; header cells hold no separators):
 * the one of , ; tab that occurs most outside quotes. Excel writes ';' where the decimal separator
 * is a comma (a Vietnamese Windows), and "Unicode text" is tab-separated.
 */
export function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.replace(/^\ufeff/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as Separator]++;
  }
  const best = (Object.keys(counts) as Separator[]).sort((a, b) => counts[b] - counts[a])[0];
  return counts[best] > counts[','] ? best : ',';
}

/** A number written with a decimal comma (0,5 or 1.234,5), as a comma-decimal locale writes it. */
const DECIMAL_COMMA = /^-?\d{1,3}(\.\d{3})*,\d+$|^-?\d+,\d+$/;

async function readCsv(file: string, sheet: SheetName): Promise<{ sheet?: RawSheet; problems: ReadProblem[] }> {
  const label = path.basename(file);
  // the encoding is found from the bytes (decode.ts): UTF-8 with or without BOM, UTF-16, Windows-1258, TCVN3
  const decoded = decodeCsvBytes(await fs.promises.readFile(file));
  // what the parser has seen, noted as it parses (it may fail before the loop below gets a record)
  let firstRecord: string[] | null = null;
  let lastLine = 0;
  const delimiter = detectSeparator(decoded.text);
  let decimalComma: string | null = null;
  const parser = parse(decoded.text, {
    delimiter,
    relax_column_count: true,
    info: true,
    // with `info`, each record arrives as {record, info}; the typings say string[]
    on_record: ((r: { record: string[]; info: { lines: number } }) => {
      firstRecord ??= r.record;
      lastLine = r.info.lines;
      return r;
    }) as never,
  });
  // RFC 4180 quoting (commas, quotes, line breaks in cells) stays strict; a row with too many cells
  // is reported per row below instead of failing the whole file. Empty lines are kept as records so
  // the row numbers match what a spreadsheet shows.
  let headers: string[] | null = null;
  const rows: RawRow[] = [];
  const errors: ReadProblem[] = [];
  const early: { row: number; cells: string[] }[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { records: number; lines: number } }>) {
      const index = info.records;
      if (index <= 11) early.push({ row: index, cells: record.map((c) => c.trim()) });
      if (!headers) {
        headers = record.map((h) => h.normalize('NFC').trim());
        continue;
      }
      if (record.every((c) => c.trim() === '')) continue;
      const cells: Record<string, Cell> = {};
      // the apostrophe our CSV exports put before = + - @ (formula injection) comes off again
      headers.forEach((h, i) => (cells[h] = record[i] === undefined ? null : unescapeCsvFormula(record[i])));
      const extra = record.slice(headers.length);
      if (extra.some((c) => c.trim() !== '')) cells['(extra cells)'] = extra.join(',');
      headers.forEach((h, i) => {
        if (!decimalComma && delimiter !== ',' && DECIMAL_COMMA.test(record[i] ?? '')) decimalComma = `row ${index}, column ${h}: "${record[i]}"`;
        const error = spreadsheetError(record[i]);
        if (error) errors.push(errorProblem(label, index, h || `#${i + 1}`, error));
      });
      rows.push({ row: index, cells });
    }
  } catch (e) {
    // bad bytes are the first thing to fix: they may be what broke the quoting
    if (!decoded.ok) return { problems: [{ label, message: `${decoded.message}; nothing was imported` }] };
    throw csvSyntaxError(label, e, (firstRecord as string[] | null)?.map((h) => h.normalize('NFC').trim()) ?? null, lastLine);
  }
  if (!decoded.ok) {
    // the row and column the bad bytes are in (they read as U+FFFD), so the file can be fixed there
    const at = undefinedAt(headers ?? [], rows);
    return { problems: [{ label, row: at?.row, column: at?.column, message: `${decoded.message}; nothing was imported (save the file as CSV UTF-8)` }] };
  }
  const misplaced = misplacedHeader(sheet, label, headers ?? [], early);
  if (misplaced) return { problems: [misplaced] };
  if (errors.length) return { problems: errors };
  // what was found, said when it is not the SPEC's plain UTF-8 with commas
  const found = [
    decoded.encoding !== 'utf-8' ? ENCODING_NAMES[decoded.encoding] : null,
    delimiter !== ',' ? `separated by ${SEPARATOR_NAMES[delimiter]}` : null,
    decimalComma ? `decimal commas (e.g. ${decimalComma})` : null,
  ].filter(Boolean);
  const note = found.length ? `${label}: read as ${found.join(', ')}` : undefined;
  return { sheet: { sheet, label, origin: label, headers: headers ?? [], rows, note }, problems: [] };
}

function undefinedAt(headers: string[], rows: RawRow[]): { row: number; column: string } | null {
  const h = headers.findIndex((x) => x.includes('\ufffd'));
  if (h >= 0) return { row: 1, column: `#${h + 1}` };
  for (const r of rows) {
    for (const [column, value] of Object.entries(r.cells)) if (typeof value === 'string' && value.includes('\ufffd')) return { row: r.row, column };
  }
  return null;
}

async function readXlsx(file: string): Promise<{ sheets: RawSheet[]; problems: ReadProblem[] }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(file);
  } catch (e) {
    throw new InputError(`${path.basename(file)}: not a readable XLSX workbook (${(e as Error).message})`);
  }
  const base = path.basename(file);
  const sheets: RawSheet[] = [];
  const problems: ReadProblem[] = [];
  for (const ws of book.worksheets) {
    const name = ws.name.trim();
    const sheet = datasetOf(name);
    if (!sheet) {
      // a sheet that is neither data nor empty is a mistake worth naming (e.g. "Findings 2021")
      if (ws.actualRowCount > 0 && name.toLowerCase() !== 'readme' && name !== 'metadata') {
        problems.push({ label: `${base} › ${name}`, message: `unknown sheet "${name}" (expected one of: ${expectedNames()})` });
      }
      continue;
    }
    const headerRow = ws.getRow(1);
    const headers: string[] = [];
    headerRow.eachCell({ includeEmpty: true }, (cell, col) => {
      headers[col - 1] = String(cellValue(cell.value) ?? '').normalize('NFC').trim();
    });
    while (headers.length && !headers[headers.length - 1]) headers.pop();
    const early: { row: number; cells: string[] }[] = [];
    for (let n = 2; n <= Math.min(11, ws.actualRowCount + 1); n++) {
      const cells: string[] = [];
      ws.getRow(n).eachCell((cell, col) => (cells[col - 1] = String(cellValue(cell.value) ?? '').trim()));
      early.push({ row: n, cells: Array.from(cells, (c) => c ?? '') });
    }
    const misplaced = misplacedHeader(sheet, `${base} › ${name}`, headers, early);
    if (misplaced) {
      problems.push(misplaced);
      continue;
    }
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: Record<string, Cell> = {};
      headers.forEach((h, i) => {
        const value = row.getCell(i + 1).value;
        const error = spreadsheetError(value);
        if (error) problems.push(errorProblem(`${base} › ${name}`, rowNumber, h || `#${i + 1}`, error));
        cells[h] = cellValue(value);
      });
      if (Object.values(cells).every(isBlank)) return;
      rows.push({ row: rowNumber, cells });
    });
    sheets.push({ sheet, label: `${base} › ${name}`, origin: base, headers, rows });
  }
  return { sheets, problems };
}

/**
 * The largest CSV or XLSX file an import reads (issue 15.6): 64 MB, which holds about 600,000
 * findings as CSV; a larger one is refused before it is read (split it, e.g. one file a year).
 * GeoJSON boundaries have their own limit (modules/boundary/geojson.ts).
 */
export const MAX_IMPORT_FILE_BYTES = 64 * 1024 * 1024;
const tooLargeMessage = (size: number) =>
  `the file holds ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB an import file may hold: split it (e.g. one file a year)`;

/** The files an import names: files as given, folders as their .csv, .xlsx and .geojson files (sorted). */
export function importFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new InputError(`${p}: no such file or folder`);
    if (fs.statSync(p).isDirectory()) {
      const inside = fs.readdirSync(p).filter((f) => /\.(csv|xlsx|geojson)$/i.test(f)).sort();
      if (!inside.length) throw new InputError(`${p}: the folder holds no .csv, .xlsx or .geojson file`);
      files.push(...inside.map((f) => path.join(p, f)));
    } else {
      files.push(p);
    }
  }
  return files;
}

/**
 * Reads XLSX workbooks, CSV files, GeoJSON boundary files (modules/boundary/geojson.ts) and folders
 * of them. Unknown file or sheet names are reported, not skipped silently.
 */
export async function readInputs(paths: string[]): Promise<{ sheets: RawSheet[]; boundaries: BoundaryFile[]; problems: ReadProblem[] }> {
  const sheets: RawSheet[] = [];
  const boundaries: BoundaryFile[] = [];
  const problems: ReadProblem[] = [];
  const files = importFiles(paths);
  for (const file of files) {
    const ext = path.extname(file).toLowerCase();
    const size = fs.statSync(file).size;
    if ((ext === '.xlsx' || ext === '.csv') && size > MAX_IMPORT_FILE_BYTES) {
      problems.push({ label: path.basename(file), message: tooLargeMessage(size) });
      continue;
    }
    if (ext === '.xlsx') {
      const r = await readXlsx(file);
      sheets.push(...r.sheets);
      problems.push(...r.problems);
    } else if (ext === '.csv') {
      const base = path.basename(file, path.extname(file)).trim();
      const sheet = datasetOf(base, true);
      if (!sheet) {
        problems.push({ label: path.basename(file), message: `unknown file name "${base}.csv" (expected one of: ${expectedNames('.csv')}, also as downloaded: qcdc-units.csv…)` });
        continue;
      }
      const r = await readCsv(file, sheet);
      if (r.sheet) sheets.push(r.sheet);
      problems.push(...r.problems);
    } else if (isGeojsonFile(file)) {
      const r = await readGeojson(file);
      if (r.boundaries) boundaries.push(r.boundaries);
      problems.push(...r.problems);
    } else {
      throw new InputError(`${file}: only .csv, .xlsx and .geojson (boundaries) files can be imported`);
    }
  }
  return { sheets, boundaries, problems };
}

/** Rows given in memory (the DEMO generator) in the same shape as files. */
export function sheetsFromTables(tables: Partial<Record<SheetName, Record<string, string>[]>>, origin: string): RawSheet[] {
  return SHEETS.filter((s) => tables[s]?.length).map((sheet) => {
    const list = tables[sheet]!;
    const headers = [...new Set(list.flatMap((r) => Object.keys(r)))];
    return { sheet, label: `${origin} › ${sheet}`, origin, headers, rows: list.map((cells, i) => ({ row: i + 2, cells })) };
  });
}
