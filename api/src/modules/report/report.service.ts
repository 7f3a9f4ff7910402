import { MAX_SPAN_YEARS, spanMessage } from '../export/export.args.js';
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database } from '../../shared/orm.js';
import { sqlFor } from '../../shared/sql.js';
import type { Execute } from '../../shared/execute.js';
import type { MaybeViewer } from '../auth/viewer.js';
import { ReadScope } from '../scope/read-scope.js';
import { analyticsRows, ANALYTICS, uninspectedRows, type AnalyticsArgs } from '../export/analytics-tables.js';
import { ENUM_VI } from '../export/labels.js';
import { ExportInputError, oneBatch, XlsxWriter, type CoverLine, type OutColumn, type Row, type Table } from '../export/table.js';
import { packFileName, quarterRange } from '../../shared/report-period.js';
import { DEFAULT_REPORT_FRAME, type ReportFrame } from '../../shared/report-frame.js';

const version = (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;

export interface ReportOptions {
  fromYear: number;
  toYear: number;
  unitKinds?: string[] | null;
  withinUnit?: string | null;
  structure?: 'AS_OF' | 'CURRENT' | null;
  /** A quarter (1–4) of fromYear (= toYear): the pack covers its dates only (EXPORT_PERIOD last-quarter). */
  quarter?: number;
  /** The clock (tests and the scheduler pass their own). */
  now?: Date;
  /** Who asks: a scoped reader's pack holds only their scope (null: the whole city). */
  viewer?: MaybeViewer;
  /** Issuing body, place, number and signer of the cover (config.reportFrame; default: the city's steering committee). */
  frame?: ReportFrame;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** YYYY-MM-DD of a moment in the server's local time (the day a person reads on the calendar). */
export const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const viDateTime = (d: Date) => `${viDate(localDay(d))} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

export function checkReportYears(fromYear: number, toYear: number): void {
  for (const y of [fromYear, toYear]) if (!Number.isInteger(y) || y < 1900 || y > 2200) throw new ExportInputError(`the report year must be between 1900 and 2200, got ${y}`);
  if (fromYear > toYear) throw new ExportInputError(`from (${fromYear}) is after to (${toYear})`);
  if (toYear - fromYear >= MAX_SPAN_YEARS) throw new ExportInputError(spanMessage('a report pack', fromYear, toYear));
}

/** The snapshot date of "open recommendations": the end of the last year (or of the quarter), or today when that is still to come. */
export function snapshotDay(toYear: number, now: Date, endDate?: string): string {
  const end = endDate ?? `${toYear}-12-31`;
  const today = localDay(now);
  return today < end ? today : end;
}

const sum = (rows: Row[], key: string) => rows.reduce((a, r) => a + ((r[key] as number) ?? 0), 0);

/** DEMO records per table, in one statement, for the metadata sheet. */
async function demoCounts(scope: ReadScope, withinUnit: string | null | undefined): Promise<Row> {
  // the units the pack is about: withinUnit's subtree (checked by the queries before), else the reader's
  const visible = withinUnit ? await scope.within((await scope.unitIds({ withinUnit })).withinUnit) : await scope.units();
  // ` and <unit> in scope`, one parameter each (none for the whole city)
  const inScope = (unitId: string) => (visible ? ` and ${unitId} = any(?::int[])` : '');
  const [row] = await scope.sql<Row>(
    `select
      (select count(*) from unit x join source_document s on s.id = x.source_id where s.kind = 'DEMO'${inScope('x.id')})::int as units,
      (select count(*) from inspection x join source_document s on s.id = x.source_id where s.kind = 'DEMO' and x.status = 'APPROVED'${inScope('x.unit_id')})::int as inspections,
      (select count(*) from finding f join inspection x on x.id = f.inspection_id join source_document s on s.id = x.source_id where s.kind = 'DEMO' and x.status = 'APPROVED'${inScope('x.unit_id')})::int as findings,
      (select count(*) from award x join source_document s on s.id = x.source_id where s.kind = 'DEMO'${inScope('x.recipient_id')})::int as awards,
      (select count(*) from annual_plan x join source_document s on s.id = x.source_id where s.kind = 'DEMO'${inScope('x.unit_id')})::int as plans,
      (select count(*) from model x join source_document s on s.id = x.source_id where s.kind = 'DEMO'${inScope('x.unit_id')})::int as models,
      (select to_char(max(date), 'YYYY-MM-DD') from inspection x where x.status = 'APPROVED'${inScope('x.unit_id')}) as last_inspection`,
    visible ? Array(7).fill(visible) : [],
  );
  return row;
}

const table = (name: string, vi: string, columns: OutColumn[], rows: Row[]): Table => ({ name, vi, columns, batches: oneBatch(rows) });

/** How many of the longest-uninspected units the report lists. */
const UNINSPECTED_IN_REPORT = 200;

/**
 * The report's recommendation and planning sheets: open/overdue recommendations per unit at the
 * snapshot date, and the units not inspected for the longest on it.
 */
async function followUpTables(execute: Execute, args: AnalyticsArgs, asOf: string): Promise<{ tables: Table[]; overview: [string, ExcelCell, string?][] }> {
  const total = await analyticsRows(execute, 'open-recommendations', { ...args, by: [], asOf });
  const perUnit = await analyticsRows(execute, 'open-recommendations', { ...args, by: ['UNIT'], asOf });
  const open = perUnit.rows.filter((r) => (r.open as number) > 0);
  const longest = await uninspectedRows(execute, { ...args, asOf }, UNINSPECTED_IN_REPORT);
  const t = total.rows[0] ?? {};
  return {
    tables: [
      table('open-recommendations', 'Kiến nghị chưa khắc phục', perUnit.columns, open),
      table('uninspected-units', 'Đơn vị lâu chưa kiểm tra', longest.columns, longest.rows),
    ],
    overview: [
      ['Kiến nghị chưa khắc phục', (t.open as number) ?? 0, '#,##0'],
      ['Kiến nghị quá hạn', (t.overdue as number) ?? 0, '#,##0'],
    ],
  };
}

/**
 * The report pack: one workbook with the overview, coverage by district and by unit kind,
 * compliance per requirement, awards by period, plans, open recommendations, units not inspected
 * for the longest, and a metadata sheet. Every number comes from the analytics GraphQL API.
 */
export async function writeReport(db: Database, executeAny: Execute, options: ReportOptions, out: Writable): Promise<void> {
  const viewer = options.viewer ?? null;
  // every number of the pack asked as its reader
  const execute: Execute = (query, variables) => executeAny(query, variables, viewer);
  const { fromYear, toYear, quarter } = options;
  checkReportYears(fromYear, toYear);
  if (quarter !== undefined && (fromYear !== toYear || ![1, 2, 3, 4].includes(quarter))) throw new ExportInputError(`a quarter (1–4) is of one year, got quarter ${quarter} of ${fromYear}–${toYear}`);
  const range = quarter ? quarterRange(fromYear, quarter) : null;
  const now = options.now ?? new Date();
  const args: AnalyticsArgs = {
    fromYear, toYear, unitKinds: options.unitKinds, withinUnit: options.withinUnit, structure: options.structure ?? 'AS_OF',
    ...(range ? { fromDate: range.fromDate, toDate: range.toDate } : {}),
  };
  const asOf = snapshotDay(toYear, now, range?.toDate);

  // every query first: an input mistake (unknown unit…) fails before a byte is written
  const total = await analyticsRows(execute, 'coverage', { ...args, by: [] });
  const byYear = await analyticsRows(execute, 'coverage', { ...args, by: ['YEAR'] });
  const byDistrict = await analyticsRows(execute, 'coverage', { ...args, by: ['DISTRICT'] });
  const byKind = await analyticsRows(execute, 'coverage', { ...args, by: ['UNIT_KIND'] });
  const compliance = await analyticsRows(execute, 'compliance', { ...args, by: [] });
  const complianceTotal = await analyticsRows(execute, 'compliance-summary', { ...args, by: [] });
  const awards = await analyticsRows(execute, 'award-stats', { ...args, by: ['PERIOD', 'KIND'] });
  const plans = await analyticsRows(execute, 'plan-rate', { ...args, by: ['YEAR', 'UNIT_KIND'] });
  const plansByYear = await analyticsRows(execute, 'plan-rate', { ...args, by: ['YEAR'] });
  const followUp = await followUpTables(execute, args, asOf);
  const em = db.orm.em.fork() as EntityManager;
  const demo = await demoCounts(new ReadScope(sqlFor(em), viewer), options.withinUnit);

  const t = total.rows[0] ?? {};
  const ct = complianceTotal.rows[0] ?? {};
  const span = quarter ? `quý ${['I', 'II', 'III', 'IV'][quarter - 1]} năm ${fromYear}` : fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
  const overview: [string, ExcelCell, string?][] = [
    ['Báo cáo thực hiện Quy chế dân chủ ở cơ sở', quarter ? `${span[0].toUpperCase()}${span.slice(1)} (${viDate(range!.fromDate!)}–${viDate(range!.toDate!)})` : `Năm ${span}`],
    ['Số đơn vị thuộc phạm vi', (t.unitsInScope as number) ?? 0, '#,##0'],
    ['Số đơn vị đã được kiểm tra', (t.unitsInspected as number) ?? 0, '#,##0'],
    ['Số cuộc kiểm tra', (t.inspections as number) ?? 0, '#,##0'],
    ['Độ bao phủ kiểm tra', (t.rate as number | null) ?? null, '0.0%'],
    ['Số kết quả Đạt / Đạt một phần / Chưa đạt', `${ct.compliant ?? 0} / ${ct.partial ?? 0} / ${ct.nonCompliant ?? 0}`],
    ['Điểm tuân thủ', (ct.score as number | null) ?? null, '0.0%'],
    ['Số lượt khen thưởng', sum(awards.rows, 'awards'), '#,##0'],
    ...plansByYear.rows.map((r) => [`Tỷ lệ ban hành kế hoạch năm ${r.year}`, (r.rate as number | null) ?? null, '0.0%'] as [string, ExcelCell, string]),
    ...followUp.overview,
  ];
  const structure = options.structure ?? 'AS_OF';
  const metadata: [string, ExcelCell, string?][] = [
    ['Giai đoạn', span],
    ['Loại đơn vị', options.unitKinds?.length ? options.unitKinds.map((k) => ENUM_VI.UnitKind[k] ?? k).join('; ') : 'Tất cả, trừ Thành phố'],
    ['Trong đơn vị', options.withinUnit ?? (viewer?.scopeRoots.length ? viewer.scopeRoots.join('; ') : 'Toàn thành phố')],
    ['Cơ cấu tổ chức', ENUM_VI.Structure[structure]],
    ['Dữ liệu tính đến', viDate(asOf)],
    ['Cuộc kiểm tra gần nhất trong dữ liệu', demo.last_inspection ? viDate(demo.last_inspection as string) : ''],
    ['Thời điểm lập', viDateTime(now)],
    ['Phiên bản QCDC Hub', version],
    ['Dữ liệu minh họa (DEMO): đơn vị', demo.units as number],
    ['Dữ liệu minh họa (DEMO): cuộc kiểm tra', demo.inspections as number],
    ['Dữ liệu minh họa (DEMO): kết quả kiểm tra', demo.findings as number],
    ['Dữ liệu minh họa (DEMO): lượt khen thưởng', demo.awards as number],
    ['Dữ liệu minh họa (DEMO): kế hoạch', demo.plans as number],
    ['Dữ liệu minh họa (DEMO): mô hình', demo.models as number],
  ];

  const w = new XlsxWriter(out, 'vi');
  w.addCover('Báo cáo', coverPage(span, now, asOf, demoTotal(demo), options.frame ?? DEFAULT_REPORT_FRAME));
  w.addPairs('Tổng quan', overview);
  await w.add(table('coverage-year', 'Bao phủ theo năm', byYear.columns, byYear.rows));
  await w.add(table('coverage-district', 'Bao phủ theo quận, huyện', byDistrict.columns, labelBlanks(byDistrict.rows)));
  await w.add(table('coverage-kind', 'Bao phủ theo loại đơn vị', byKind.columns, byKind.rows));
  await w.add(table('compliance', ANALYTICS.compliance.vi, compliance.columns, compliance.rows));
  await w.add(table('awards', 'Khen thưởng theo giai đoạn', awards.columns, labelBlanks(awards.rows)));
  await w.add(table('plans', 'Kế hoạch', plans.columns, plans.rows));
  for (const x of followUp.tables) await w.add(x);
  w.addPairs('Thông tin', metadata);
  await w.finish();
}

type ExcelCell = string | number | null;

/** What a row without a district or a period is (never an unlabelled row that reads like a total). */
export const NO_DISTRICT = 'Không thuộc quận, huyện nào';
export const NO_PERIOD = 'Không ghi giai đoạn';

function labelBlanks(rows: Row[]): Row[] {
  return rows.map((r) => {
    const out: Row = { ...r };
    if ('district' in r && r.district === null) out['district.name'] = NO_DISTRICT;
    if ('period' in r && (r.period === null || r.period === '')) out.period = NO_PERIOD;
    return out;
  });
}

const demoTotal = (demo: Row) => ['units', 'inspections', 'findings', 'awards', 'plans', 'models'].reduce((a, k) => a + ((demo[k] as number) ?? 0), 0);

/**
 * The cover of the pack in the form of an administrative report (Decree 30/2020/NĐ-CP, form of a
 * "Báo cáo"): issuing body and national heading side by side, number and place and date of issue,
 * the document's name and summary, then the recipients ("Nơi nhận") and the signature block. The
 * number, the signer and the recipients beyond "Lưu: VT" are left for the office to fill in; the
 * issuing body, place, symbol and signing authority come from the configuration (REPORT_*).
 */
function coverPage(span: string, now: Date, asOf: string, demo: number, f: ReportFrame): CoverLine[] {
  return [
    { left: f.issuer[0], right: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 12 },
    { left: f.issuer[1], right: 'Độc lập - Tự do - Hạnh phúc', bold: true, size: 12 },
    {},
    { left: `Số: ${f.number}`, right: `${f.place}, ngày ${now.getDate()} tháng ${now.getMonth() + 1} năm ${now.getFullYear()}`, italic: false },
    {},
    { across: 'BÁO CÁO', bold: true, size: 14 },
    { across: `Kết quả kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở ${/^\d/.test(span) ? `năm ${span}` : span}`, bold: true, size: 14 },
    {},
    { across: `Số liệu tổng hợp tại trang "Tổng quan", chi tiết tại các trang kèm theo; nguồn: cơ sở dữ liệu QCDC Hub, dữ liệu tính đến ngày ${viDate(asOf)}.`, align: 'left' },
    ...(demo > 0 ? [{ across: `Lưu ý: số liệu có ${demo.toLocaleString('vi-VN')} bản ghi dữ liệu minh họa (DEMO), xem trang "Thông tin"; không dùng để báo cáo chính thức.`, italic: true, align: 'left' as const }] : []),
    {},
    { left: 'Nơi nhận:', right: f.signer[0], bold: true },
    { left: '- ……;', right: f.signer[1], bold: true },
    { left: '- Lưu: VT.', right: '(Ký, ghi rõ họ tên, đóng dấu)', italic: true },
    {},
    {},
    { right: '……………………' },
  ].map((l) => ({ ...l, align: l.align ?? (l.across === undefined ? 'center' : undefined) }) as CoverLine);
}

/** qcdc-bao-cao-2025.xlsx, qcdc-bao-cao-2021-2025.xlsx: a pack is named by its period. */
export const reportFileName = (fromYear: number, toYear: number) => packFileName(fromYear, toYear);
