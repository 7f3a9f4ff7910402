import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { columnsOf, SHEET_ORDER, type Tables } from './sheets.js';
import { readCsvFile, writeCsvFile } from './csv.js';

export { SHEET_ORDER, SHEET_COLUMNS, PROVENANCE_COLUMNS, SOURCE_KINDS, columnsOf } from './sheets.js';
export type { Row, SheetName, Tables } from './sheets.js';
export { parseCsv, toCsv, readCsvFile, writeCsvFile } from './csv.js';
export {
  generateDemo,
  DEMO_SOURCE_TITLE,
  DEFAULT_SEED,
  DEFAULT_FROM_YEAR,
  DEFAULT_TO_YEAR,
  DEFAULT_UNTIL,
  CITY_ISSUER,
  DECISION_2015_2020,
  type DemoOptions,
  type DemoReference,
} from './demo.js';

// dist/index.js and src/index.ts both sit one level below seeds/
/** seeds/reference: units, lineage and requirements as interchange CSV. */
export const referenceDir = fileURLToPath(new URL('../reference', import.meta.url));
/** seeds/founding: the founding record of SPEC §2 (inspection, findings, recommendation, award). */
export const foundingDir = fileURLToPath(new URL('../founding', import.meta.url));

/** Reads every `<sheet>.csv` present in a folder, keyed by sheet name. */
export function readTables(dir: string): Tables {
  const tables: Tables = {};
  for (const sheet of SHEET_ORDER) {
    const path = join(dir, `${sheet}.csv`);
    if (existsSync(path)) tables[sheet] = readCsvFile(path);
  }
  return tables;
}

/** Writes each non-empty sheet of `tables` as `<dir>/<sheet>.csv` (header = SPEC columns + provenance); returns the paths. */
export function writeTables(dir: string, tables: Tables): string[] {
  const written: string[] = [];
  for (const sheet of SHEET_ORDER) {
    const rows = tables[sheet];
    if (!rows) continue;
    const path = join(dir, `${sheet}.csv`);
    writeCsvFile(path, rows, columnsOf(sheet));
    written.push(path);
  }
  return written;
}
