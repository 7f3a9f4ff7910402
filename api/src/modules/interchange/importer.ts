import type { EntityManager } from '@mikro-orm/postgresql';
import { SourceKind } from '../../shared/enums.js';
import { inTransaction, type Sql } from '../../shared/sql.js';
import { afterDataChange, unitYearsOf } from '../analytics/rollup.js';
import { readInputs, sheetsFromTables, type RawSheet } from './read.js';
import type { SheetName } from './sheets.js';
import { crossCheck, parseSheets, type ParsedTables, type Problem, type SourceRef } from './validate.js';
import { writeTables, type ImportSummary, type Progress } from './write.js';

export type { ImportSummary, Problem };

/** An import that was refused: every problem found, nothing written. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problems: Problem[]) {
    super(`import refused: ${problems.length} problem${problems.length === 1 ? '' : 's'}, nothing was written`);
  }
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Provenance for rows without source columns; default: a REPORT named after the file. */
  defaultSource?: (origin: string) => SourceRef;
  progress?: Progress;
}

class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.row !== undefined ? `row ${p.row}` : null, p.column ? `column ${p.column}` : null].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}

const fileSource = (origin: string): SourceRef => ({
  kind: SourceKind.REPORT, title: `Tệp nhập: ${origin}`, url: null, publisher: null, publishedOn: null,
});

/** The (unit, year) of every inspection (with its findings and recommendations) and plan the tables name. */
function recordUnitYears(sql: Sql, t: ParsedTables) {
  const codes = new Set<string>();
  for (const r of t.inspections) codes.add(r.v.code as string);
  for (const r of [...t.findings, ...t.recommendations]) codes.add(r.v.inspection_code as string);
  return unitYearsOf(sql, [...codes], { unitCodes: t.plans.map((r) => r.v.unit_code as string), years: t.plans.map((r) => r.v.year as number) });
}

/**
 * The one importer (CLI, HTTP, seeds): validates everything first, then writes all sheets in one
 * transaction. Any problem rejects the whole import and leaves the database as it was.
 */
export async function importSheets(em: EntityManager, sheets: RawSheet[], options: ImportOptions = {}): Promise<ImportSummary> {
  const problems: Problem[] = [];
  const tables = parseSheets(sheets, { source: options.defaultSource ?? fileSource }, problems);
  try {
    return await inTransaction(em, async (sql) => {
      await crossCheck(tables, sql, problems);
      if (problems.length) throw new ImportError(problems);
      let summary: ImportSummary;
      try {
        const before = await recordUnitYears(sql, tables);
        summary = await writeTables(sql, tables, options.progress);
        const changed = (sheet: SheetName) => !!summary[sheet] && summary[sheet]!.created + summary[sheet]!.updated > 0;
        const records = (['inspections', 'findings', 'recommendations', 'plans'] as const).some(changed);
        const pairs = records ? [...before, ...(await recordUnitYears(sql, tables))] : [];
        await afterDataChange(sql, {
          units: changed('units'),
          lineage: changed('lineage'),
          unitYears: { unitIds: pairs.map((p) => p.unitId), years: pairs.map((p) => p.year) },
        });
      } catch (e) {
        // a constraint the checks did not foresee: still all or nothing, and still said plainly
        throw new ImportError([{ file: '(database)', message: (e as Error).message.split('\n')[0].replace(/^.* - /, '') }]);
      }
      if (options.dryRun) throw new DryRunRollback(summary);
      return summary;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.summary;
    throw e;
  }
}

export async function importPaths(em: EntityManager, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const { sheets, problems } = await readInputs(paths);
  if (problems.length) throw new ImportError(problems.map((p) => ({ file: p.label, row: p.row, column: p.column, message: p.message })));
  return importSheets(em, sheets, options);
}

export async function importTables(
  em: EntityManager,
  tables: Partial<Record<SheetName, Record<string, string>[]>>,
  origin: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  return importSheets(em, sheetsFromTables(tables, origin), options);
}
