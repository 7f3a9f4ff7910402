import type { Execute } from '../../shared/execute.js';
import { analyticsRows, uninspectedRows, type AnalyticsArgs } from '../export/analytics-tables.js';
import { oneBatch, type Table } from '../export/table.js';

/** How many of the longest-uninspected units the report lists. */
export const UNINSPECTED_IN_REPORT = 200;

/**
 * The report's recommendation and planning sheets: open/overdue recommendations per unit at the
 * snapshot date, and the units not inspected for the longest on it.
 */
export async function extraReportTables(
  execute: Execute,
  args: AnalyticsArgs,
  asOf: string,
): Promise<{ tables: Table[]; overview: [string, string | number | null, string?][]; missing: string[] }> {
  const total = await analyticsRows(execute, 'open-recommendations', { ...args, by: [], asOf });
  const perUnit = await analyticsRows(execute, 'open-recommendations', { ...args, by: ['UNIT'], asOf });
  const open = perUnit.rows.filter((r) => (r.open as number) > 0);
  const longest = await uninspectedRows(execute, { ...args, asOf }, UNINSPECTED_IN_REPORT);
  const t = total.rows[0] ?? {};
  return {
    tables: [
      { name: 'open-recommendations', vi: 'Kiến nghị chưa khắc phục', columns: perUnit.columns, batches: oneBatch(open) },
      { name: 'uninspected-units', vi: 'Đơn vị lâu chưa kiểm tra', columns: longest.columns, batches: oneBatch(longest.rows) },
    ],
    overview: [
      ['Kiến nghị chưa khắc phục', (t.open as number) ?? 0, '#,##0'],
      ['Kiến nghị quá hạn', (t.overdue as number) ?? 0, '#,##0'],
    ],
    missing: [],
  };
}
