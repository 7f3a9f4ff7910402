import type { EntityManager } from '@mikro-orm/postgresql';
import { foundingDir, generateDemo, referenceDir } from '@qcdc/seeds';
import type { Cell, RawSheet } from '../interchange/read.js';
import { readInputs, sheetsFromTables } from '../interchange/read.js';
import { ImportError, importSheets, type ImportSummary } from '../interchange/importer.js';
import { sqlFor } from '../../shared/sql.js';

const asRows = (sheets: RawSheet[], name: string) =>
  sheets.filter((s) => s.sheet === name).flatMap((s) => s.rows.map((r) => Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, v === null ? '' : String(v as Cell)]))));

/**
 * Reference data, the founding record and the DEMO data, through the one importer in one
 * transaction: all of it or nothing. Idempotent — a second run changes nothing.
 */
export async function seed(em: EntityManager, options: { demo?: boolean } = {}): Promise<ImportSummary> {
  const reference = await readInputs([referenceDir]);
  const founding = await readInputs([foundingDir]);
  const problems = [...reference.problems, ...founding.problems];
  if (problems.length) throw new ImportError(problems.map((p) => ({ file: p.label, row: p.row, column: p.column, message: p.message })));
  const sheets = [...reference.sheets, ...founding.sheets];
  if (options.demo !== false) {
    const demo = generateDemo({ units: asRows(reference.sheets, 'units'), requirements: asRows(reference.sheets, 'requirements') });
    sheets.push(...sheetsFromTables(demo, 'DEMO generator'));
  }
  return importSheets(em, sheets, { via: 'seed' });
}

export async function hasUnits(em: EntityManager): Promise<boolean> {
  const [row] = await sqlFor(em)<{ n: number }>('select count(*)::int as n from unit');
  return row.n > 0;
}
