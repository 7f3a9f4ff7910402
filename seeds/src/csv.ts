import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Row } from './sheets.js';

/**
 * Parses RFC 4180 CSV (comma, `"` quoting with `""` escapes, CRLF or LF, optional UTF-8 BOM)
 * into objects keyed by the header row, with csv-parse (as the API's importer does).
 */
export function parseCsv(text: string): Row[] {
  const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  const header = records.shift();
  if (!header) return [];
  return records.map((fields, i) => {
    if (fields.length !== header.length) {
      throw new Error(`CSV row ${i + 2}: ${fields.length} fields, header has ${header.length}`);
    }
    const row: Row = {};
    header.forEach((name, j) => (row[name] = fields[j]));
    return row;
  });
}

/** Writes rows as CSV with the given header (missing values become empty cells), LF line ends, no BOM. */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!columns.includes(key)) throw new Error(`column "${key}" is not in the header`);
    }
  }
  return stringify([columns as string[], ...rows.map((row) => columns.map((c) => row[c] ?? ''))], { record_delimiter: 'unix' });
}

export function readCsvFile(path: string): Row[] {
  return parseCsv(readFileSync(path, 'utf8'));
}

export function writeCsvFile(path: string, rows: readonly Row[], columns: readonly string[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, toCsv(rows, columns), 'utf8');
}
