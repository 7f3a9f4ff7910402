import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { SHEETS, type SheetName } from './sheets.js';

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
}

export interface ReadProblem {
  label: string;
  row?: number;
  column?: string;
  message: string;
}

export class InputError extends Error {
  override name = 'InputError';
}

function isSheetName(name: string): name is SheetName {
  return (SHEETS as readonly string[]).includes(name);
}

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

const isBlank = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');

async function readCsv(file: string, sheet: SheetName): Promise<RawSheet> {
  const label = path.basename(file);
  const parser = fs.createReadStream(file).pipe(
    // bom: Excel writes one. RFC 4180 quoting (commas, quotes, line breaks in cells) stays strict; a
    // row with too many cells is reported per row below instead of failing the whole file. Empty
    // lines are kept as records so the row numbers match what a spreadsheet shows.
    parse({ bom: true, relax_column_count: true, info: true }),
  );
  let headers: string[] | null = null;
  const rows: RawRow[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
      const index = info.records;
      if (!headers) {
        headers = record.map((h) => h.normalize('NFC').trim());
        continue;
      }
      if (record.every((c) => c.trim() === '')) continue;
      const cells: Record<string, Cell> = {};
      headers.forEach((h, i) => (cells[h] = record[i] ?? null));
      const extra = record.slice(headers.length);
      if (extra.some((c) => c.trim() !== '')) cells['(extra cells)'] = extra.join(',');
      rows.push({ row: index, cells });
    }
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new InputError(`${label}: not a valid CSV file${err.lines ? ` near line ${err.lines}` : ''}: ${err.message}`);
  }
  return { sheet, label, origin: label, headers: headers ?? [], rows };
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
    if (!isSheetName(name)) {
      // a sheet that is neither data nor empty is a mistake worth naming (e.g. "Findings 2021")
      if (ws.actualRowCount > 0 && name.toLowerCase() !== 'readme' && name !== 'metadata') {
        problems.push({ label: `${base} › ${name}`, message: `unknown sheet "${name}" (expected one of: ${SHEETS.join(', ')})` });
      }
      continue;
    }
    const headerRow = ws.getRow(1);
    const headers: string[] = [];
    headerRow.eachCell({ includeEmpty: true }, (cell, col) => {
      headers[col - 1] = String(cellValue(cell.value) ?? '').normalize('NFC').trim();
    });
    while (headers.length && !headers[headers.length - 1]) headers.pop();
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: Record<string, Cell> = {};
      headers.forEach((h, i) => (cells[h] = cellValue(row.getCell(i + 1).value)));
      if (Object.values(cells).every(isBlank)) return;
      rows.push({ row: rowNumber, cells });
    });
    sheets.push({ sheet: name, label: `${base} › ${name}`, origin: base, headers, rows });
  }
  return { sheets, problems };
}

/** The files an import names: files as given, folders as their .csv and .xlsx files (sorted). */
export function importFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new InputError(`${p}: no such file or folder`);
    if (fs.statSync(p).isDirectory()) {
      const inside = fs.readdirSync(p).filter((f) => /\.(csv|xlsx)$/i.test(f)).sort();
      if (!inside.length) throw new InputError(`${p}: the folder holds no .csv or .xlsx file`);
      files.push(...inside.map((f) => path.join(p, f)));
    } else {
      files.push(p);
    }
  }
  return files;
}

/** Reads XLSX workbooks, CSV files and folders of them. Unknown file or sheet names are reported, not skipped silently. */
export async function readInputs(paths: string[]): Promise<{ sheets: RawSheet[]; problems: ReadProblem[] }> {
  const sheets: RawSheet[] = [];
  const problems: ReadProblem[] = [];
  const files = importFiles(paths);
  for (const file of files) {
    const ext = path.extname(file).toLowerCase();
    if (ext === '.xlsx') {
      const r = await readXlsx(file);
      sheets.push(...r.sheets);
      problems.push(...r.problems);
    } else if (ext === '.csv') {
      const base = path.basename(file, path.extname(file)).trim();
      if (!isSheetName(base)) {
        problems.push({ label: path.basename(file), message: `unknown file name "${base}.csv" (expected one of: ${SHEETS.map((s) => `${s}.csv`).join(', ')})` });
        continue;
      }
      sheets.push(await readCsv(file, base));
    } else {
      throw new InputError(`${file}: only .csv and .xlsx files can be imported`);
    }
  }
  return { sheets, problems };
}

/** Rows given in memory (the DEMO generator) in the same shape as files. */
export function sheetsFromTables(tables: Partial<Record<SheetName, Record<string, string>[]>>, origin: string): RawSheet[] {
  return SHEETS.filter((s) => tables[s]?.length).map((sheet) => {
    const list = tables[sheet]!;
    const headers = [...new Set(list.flatMap((r) => Object.keys(r)))];
    return { sheet, label: `${origin} › ${sheet}`, origin, headers, rows: list.map((cells, i) => ({ row: i + 2, cells })) };
  });
}
