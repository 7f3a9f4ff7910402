import type { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Execute } from '../../shared/execute.js';
import type { Database } from '../../shared/orm.js';
import { sqlFor } from '../../shared/sql.js';
import type { MaybeViewer } from '../auth/viewer.js';
import { ReadScope } from '../scope/read-scope.js';
import { analyticsName, analyticsTable, type AnalyticsArgs } from './analytics-tables.js';
import { EXPORT_NAMES, ExportInputError } from './export.args.js';
import { datasetTable, isDataset, type DatasetFilter } from './datasets.js';
import { writeCsv, writeXlsx, type HeaderLang, type Table, type WriteOptions } from './table.js';

export type ExportFormat = 'csv' | 'xlsx';

/** Everything an export may be asked for; each table reads what applies to it. */
export interface ExportRequest {
  name: string;
  format: ExportFormat;
  lang: HeaderLang;
  fromYear?: number | null;
  toYear?: number | null;
  unitKinds?: string[] | null;
  withinUnit?: string | null;
  structure?: 'AS_OF' | 'CURRENT' | null;
  by?: string[] | null;
  asOf?: string | null;
  /** CSV with ';' and decimal commas (vi-VN spreadsheets), `decimal=comma` / `--decimal-comma`. */
  decimalComma?: boolean;
  /** Who asks: a scoped reader exports only their scope (null = the whole city: anonymous on an open hub, the CLI). */
  viewer?: MaybeViewer;
}

export { EXPORT_NAMES, readFormat, readList, readYear } from './export.args.js';

/** The first year with data (in the reader's scope), for analytics exports given no --from (at most 100 years back, the API's limit). */
async function firstYear(scope: ReadScope, toYear: number): Promise<number> {
  const visible = await scope.units();
  const [row] = await scope.sql<{ y: number | null }>(
    `select least(
       (select min(extract(year from date)) from inspection where status = 'APPROVED' and (?::int[] is null or unit_id = any(?::int[]))),
       (select min(extract(year from d.date)) from award_decision d where ?::int[] is null or exists (select 1 from award a where a.decision_id = d.id and a.recipient_id = any(?::int[]))),
       (select min(year) from annual_plan where ?::int[] is null or unit_id = any(?::int[])))::int as y`,
    [visible, visible, visible, visible, visible, visible],
  );
  return Math.max(toYear - 99, Math.min(row.y ?? toYear, toYear));
}

/**
 * Builds the table a request names: one of the nine datasets of SPEC §5.2 (read from `db`), or an
 * analytics table (through `execute`, so it carries exactly the API's numbers).
 */
export async function exportTable(db: Database, execute: Execute, req: ExportRequest): Promise<Table> {
  const em = db.orm.em.fork() as EntityManager;
  const viewer = req.viewer ?? null;
  const scope = new ReadScope(sqlFor(em), viewer);
  if (isDataset(req.name)) {
    const filter: DatasetFilter = { fromYear: req.fromYear, toYear: req.toYear, unitKinds: req.unitKinds, withinUnit: req.withinUnit };
    return datasetTable(scope, req.name, filter);
  }
  const analytics = analyticsName(req.name);
  if (!analytics) throw new ExportInputError(`unknown dataset "${req.name}" (one of ${EXPORT_NAMES.join(', ')})`);
  const toYear = req.toYear ?? req.fromYear ?? new Date().getFullYear();
  const args: AnalyticsArgs = {
    fromYear: req.fromYear ?? (await firstYear(scope, toYear)),
    toYear,
    unitKinds: req.unitKinds,
    withinUnit: req.withinUnit,
    structure: req.structure,
    by: req.by,
    asOf: req.asOf,
  };
  return analyticsTable((query, variables) => execute(query, variables, viewer), analytics, args);
}

export async function writeTable(table: Table, format: ExportFormat, lang: HeaderLang, out: Writable, options: WriteOptions = {}): Promise<void> {
  if (format === 'csv') await writeCsv(table, out, lang, options);
  else await writeXlsx([table], out, lang, options);
}

export const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
