import { once } from 'node:events';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { escapeCsvFormula } from '../../shared/csv-formula.js';
import { ENUM_VI } from './labels.js';

/**
 * How a column is written: `count` and `number` as numbers with grouping, `int` as a plain whole
 * number (years, sequence numbers), `rate` as a percentage cell, `date` (ISO text in the row) as
 * a real date cell shown dd/mm/yyyy.
 */
export type CellKind = 'text' | 'int' | 'count' | 'number' | 'rate' | 'date';

export interface OutColumn {
  /** Property of the row (dotted for nested GraphQL results). */
  key: string;
  /** Header in English/code form: for datasets exactly the SPEC §5.2 column name. */
  code: string;
  /** Vietnamese header. */
  vi: string;
  kind: CellKind;
  /** Enum whose Vietnamese labels replace the codes in Vietnamese sheets (code sheets keep the codes). */
  labels?: keyof typeof ENUM_VI;
}

export type Row = Record<string, unknown>;

/** One sheet: its rows arrive in batches, so a million rows never sit in memory at once. */
export interface Table {
  /** Sheet name (and CSV base name) in code form, e.g. "findings". */
  name: string;
  /** Vietnamese sheet name (≤ 31 characters, Excel's limit). */
  vi: string;
  columns: OutColumn[];
  batches: AsyncIterable<Row[]>;
  /** How many rows the batches hold, when known before they are read (datasets): for progress. */
  total?: number;
}

/** Excel's and LibreOffice's rows per sheet (header included). */
export const XLSX_MAX_ROWS = 1_048_576;

export interface WriteOptions {
  /** Rows written so far of the table's total (when known), after each batch. */
  progress?: (table: string, done: number, total: number | undefined) => void;
  /** Rows per sheet, header included (tests lower it); a longer table continues on numbered sheets. */
  maxRows?: number;
  /**
   * CSV for a comma-decimal locale (a vi-VN Excel or LibreOffice opens it as numbers): ';'
   * between cells and ',' in numbers, as those applications write CSV themselves. The importer
   * detects the separator.
   */
  decimalComma?: boolean;
}

/** `code`: SPEC §5.2 / English code headers, values as codes (imports back). `vi`: Vietnamese headers and labels. */
export type HeaderLang = 'code' | 'vi';

export const header = (c: OutColumn, lang: HeaderLang) => (lang === 'vi' ? c.vi : c.code);
export const sheetName = (t: Table, lang: HeaderLang) => (lang === 'vi' ? t.vi : t.name).slice(0, 31);

// the input mistakes and the arguments' readers live where the CLI can read them without exceljs
export { ExportInputError, readLang } from './export.args.js';

/** A filter naming a unit outside the reader's scope (or unknown to them: the same answer), HTTP 403. */
export class ExportForbiddenError extends Error {
  override name = 'ExportForbiddenError';
  readonly status = 403;
}

function get(row: Row, key: string): unknown {
  if (key in row) return row[key];
  let v: unknown = row;
  for (const part of key.split('.')) {
    if (v === null || v === undefined || typeof v !== 'object') return null;
    v = (v as Row)[part];
  }
  return v;
}

function display(c: OutColumn, v: unknown, lang: HeaderLang): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.join(';');
  if (lang === 'vi' && c.labels && typeof v === 'string') return ENUM_VI[c.labels][v] ?? v;
  return v;
}

/**
 * CSV: UTF-8 with BOM (Excel reads Vietnamese correctly), RFC 4180 (CRLF, quotes as needed), ISO
 * dates, plain numbers, text that could run as a formula neutralised (shared/csv-formula.ts).
 */
export async function writeCsv(table: Table, out: Writable, lang: HeaderLang, options: WriteOptions = {}): Promise<void> {
  let done = 0;
  async function* records() {
    yield table.columns.map((c) => header(c, lang));
    for await (const batch of table.batches) {
      if (done) options.progress?.(table.name, done, table.total);
      done += batch.length;
      for (const row of batch) yield table.columns.map((c) => {
        const v = display(c, get(row, c.key), lang);
        // text a spreadsheet would run as a formula (= + - @) gets an apostrophe; the importer takes it off
        if (options.decimalComma && typeof v === 'number') return String(v).replace('.', ',');
        return v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : typeof v === 'string' ? escapeCsvFormula(v) : String(v);
      });
    }
  }
  await pipeline(Readable.from(records()), stringify({ bom: true, record_delimiter: 'windows', delimiter: options.decimalComma ? ';' : ',' }), out);
  options.progress?.(table.name, done, table.total);
}

/**
 * How a sheet prints (a report filed on paper, issue 16.5): A4, every column on the page's width
 * (as many pages down as needed), the header row repeated on every page, the sheet's name and
 * "Trang 2/5" in the footer. The print area is set when the sheet's last row is known.
 */
function printSetup(orientation: 'portrait' | 'landscape', header: boolean): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(header ? { printTitlesRow: '1:1' } : {}),
    },
    headerFooter: { oddFooter: '&L&A&RTrang &P/&N', differentFirst: false, differentOddEven: false },
  };
}

/**
 * How many lines a text takes wrapped in a column `width` characters wide (of the 11-point
 * default font) at `size` points, on the safe side: capitals count wider, and a line breaks at
 * spaces only. Used for the heights of wrapped rows, which no application computes on opening.
 */
export function wrappedLines(text: string, width: number, size: number): number {
  if (!text) return 1;
  const perLine = Math.max(1, Math.floor((width * 11) / size));
  const charWidth = (w: string) => [...w].reduce((a, c) => a + (c !== c.toLowerCase() ? 1.3 : 1), 0);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = charWidth(word);
    if (used > 0 && used + 1 + w > perLine) {
      lines++;
      used = 0;
    }
    used += (used > 0 ? 1 : 0) + w;
    // a word longer than the line breaks where it must
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
  }
  return lines;
}

/** 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const NUM_FMT: Partial<Record<CellKind, string>> = { date: 'dd/mm/yyyy', rate: '0.0%', count: '#,##0', number: '#,##0.##', int: '0' };

function xlsxValue(c: OutColumn, v: unknown, lang: HeaderLang): ExcelJS.CellValue {
  const d = display(c, v, lang);
  if (d === null) return null;
  switch (c.kind) {
    case 'date': {
      const m = typeof d === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(d) : null;
      // UTC midnight: exceljs turns it into a whole serial day, read back as the same date
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : String(d);
    }
    case 'int':
    case 'count':
    case 'number':
    case 'rate': {
      const n = typeof d === 'number' ? d : Number(d);
      return Number.isFinite(n) ? n : String(d);
    }
    default:
      return typeof d === 'object' ? JSON.stringify(d) : String(d);
  }
}

function width(c: OutColumn, lang: HeaderLang, sample: Row[]): number {
  if (c.kind === 'date') return Math.max(12, header(c, lang).length + 2);
  let w = header(c, lang).length;
  for (const r of sample) {
    const v = display(c, get(r, c.key), lang);
    if (v !== null) w = Math.max(w, String(v).length);
  }
  return Math.min(60, Math.max(8, w + 2));
}

/**
 * XLSX through exceljs's streaming writer: each row is committed (written and freed) as it comes.
 * Header row bold and frozen, autofilter over the columns, widths from the header and the first batch.
 */
export class XlsxWriter {
  private book: ExcelJS.stream.xlsx.WorkbookWriter;

  constructor(
    out: Writable,
    private lang: HeaderLang,
    private options: WriteOptions = {},
  ) {
    this.book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    this.book.creator = 'QCDC Hub';
    // exceljs writes a sheet's autoFilter but not the hidden _xlnm._FilterDatabase name of each
    // filtered range, without which LibreOffice shows no filter buttons: the names are supplied
    // here (the streaming writer renders whatever its _definedNames.model holds; print areas and
    // print titles are added to them from each sheet's pageSetup)
    const filters = this.filters;
    Object.defineProperty(this.book, '_definedNames', { value: { get model() { return filters; } } });
  }

  private filters: { name: string; ranges: string[]; localSheetId: number }[] = [];
  private sheetCount = 0;

  /** Records the filtered range of the sheet just finished (the header row through its last row). */
  private filterRange(ws: ExcelJS.Worksheet, columns: number, rows: number): void {
    const index = this.sheetCount - 1;
    if (!columns) return;
    // exceljs writes '$' + each end: "A$1" becomes the absolute $A$1
    ws.pageSetup.printArea = `A$1:${columnLetter(columns)}$${rows + 1}`;
    this.filters.push({ name: '_xlnm._FilterDatabase', ranges: [`'${ws.name.replace(/'/g, "''")}'!$A$1:$${columnLetter(columns)}$${rows + 1}`], localSheetId: index });
  }

  /**
   * One table as one sheet, or, past the rows a sheet can hold (Excel and LibreOffice: 1,048,576),
   * as numbered sheets "findings", "findings (2)", … each with the header (the importer reads
   * them back as one dataset). Nothing is ever cut off.
   */
  async add(table: Table): Promise<void> {
    const { lang } = this;
    const perSheet = (this.options.maxRows ?? XLSX_MAX_ROWS) - 1;
    const it = table.batches[Symbol.asyncIterator]();
    const first = await it.next();
    const sample = first.done ? [] : first.value;
    const widths = table.columns.map((c) => width(c, lang, sample));
    const newSheet = (n: number) => {
      const base = sheetName(table, lang);
      const suffix = n > 1 ? ` (${n})` : '';
      const ws = this.book.addWorksheet(base.slice(0, 31 - suffix.length) + suffix, {
        views: [{ state: 'frozen', ySplit: 1 }],
        ...printSetup(table.columns.length > 6 ? 'landscape' : 'portrait', true),
      });
      this.sheetCount++;
      ws.columns = table.columns.map((c, i) => ({
        header: header(c, lang),
        key: c.key,
        width: widths[i],
        style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {},
      }));
      ws.getRow(1).font = { bold: true };
      if (table.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
      return ws;
    };
    let sheets = 1;
    let ws = newSheet(sheets);
    let inSheet = 0;
    let done = 0;
    const write = (rows: Row[]) => {
      for (const r of rows) {
        if (inSheet === perSheet) {
          this.filterRange(ws, table.columns.length, inSheet);
          ws.commit();
          ws = newSheet(++sheets);
          inSheet = 0;
        }
        ws.addRow(table.columns.map((c) => xlsxValue(c, get(r, c.key), lang))).commit();
        inSheet++;
      }
      done += rows.length;
      this.options.progress?.(table.name, done, table.total);
    };
    write(sample);
    for (let next = await it.next(); !next.done; next = await it.next()) write(next.value);
    this.filterRange(ws, table.columns.length, inSheet);
    ws.commit();
  }

  /**
   * A two-column page laid out as an administrative document (the report pack's cover): each line
   * is a left and a right text, or one text across both columns; Times New Roman as Decree
   * 30/2020/NĐ-CP asks, A4 portrait, printed on one page.
   */
  addCover(name: string, lines: CoverLine[]): void {
    const ws = this.book.addWorksheet(name.slice(0, 31), printSetup('portrait', false));
    this.sheetCount++;
    ws.pageSetup.fitToHeight = 1;
    ws.pageSetup.printArea = `A$1:B$${Math.max(1, lines.length)}`;
    const widths = [45, 55];
    ws.columns = widths.map((width) => ({ width }));
    lines.forEach((l, i) => {
      const row = ws.addRow(l.across !== undefined ? [l.across] : [l.left ?? null, l.right ?? null]);
      if (l.across !== undefined) ws.mergeCells(i + 1, 1, i + 1, 2);
      // neither LibreOffice nor Excel grows a wrapped row on opening (a merged one never): a text
      // longer than its cell would print cut to its first line
      const size = l.size ?? 13;
      const cells: [string | undefined, number][] = l.across !== undefined ? [[l.across, widths[0] + widths[1]]] : [[l.left, widths[0]], [l.right, widths[1]]];
      const lineCount = Math.max(1, ...cells.map(([text, w]) => wrappedLines(text ?? '', w, size)));
      if (lineCount > 1) row.height = Math.ceil(lineCount * size * 1.3 + 2);
      row.eachCell((cell) => {
        cell.font = { name: 'Times New Roman', size, bold: l.bold, italic: l.italic };
        cell.alignment = { horizontal: l.align ?? (l.across !== undefined ? 'center' : undefined), vertical: 'top', wrapText: true };
      });
      row.commit();
    });
    ws.commit();
  }

  /** A sheet of label/value pairs (report overview, metadata). */
  addPairs(name: string, pairs: [string, ExcelJS.CellValue, string?][]): void {
    const ws = this.book.addWorksheet(name.slice(0, 31), printSetup('portrait', false));
    this.sheetCount++;
    ws.pageSetup.printArea = `A$1:B$${Math.max(1, pairs.length)}`;
    ws.columns = [{ width: 42 }, { width: 48 }];
    for (const [label, value, numFmt] of pairs) {
      const row = ws.addRow([label, value]);
      row.getCell(1).font = { bold: true };
      if (numFmt) row.getCell(2).numFmt = numFmt;
      row.commit();
    }
    ws.commit();
  }

  async finish(): Promise<void> {
    await this.book.commit();
  }
}

/** One line of a cover page (XlsxWriter.addCover). */
export interface CoverLine {
  left?: string;
  right?: string;
  /** one text over both columns (merged), centred unless `align` says otherwise */
  across?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right';
}

export async function writeXlsx(tables: Table[], out: Writable, lang: HeaderLang, options: WriteOptions = {}): Promise<void> {
  const w = new XlsxWriter(out, lang, options);
  for (const t of tables) await w.add(t);
  await w.finish();
  if (!out.writableFinished) await once(out, 'finish');
}

/** Rows already in memory (analytics tables are aggregates: small) as one batch. */
export async function* oneBatch(rows: Row[]): AsyncIterable<Row[]> {
  yield rows;
}
