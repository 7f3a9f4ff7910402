import { throwIfUnavailable } from '../../shared/db-availability.js';
import { LIMIT_CODES } from '../../shared/limits.js';
import { UnitKind } from '../../shared/enums.js';
import type { Execute } from '../../shared/execute.js';
import { EXPORT_ALIASES } from './export.args.js';
import { ExportForbiddenError, ExportInputError, oneBatch, type OutColumn, type Row, type Table } from './table.js';

/** The filters of the analytics GraphQL queries (SPEC §5.3), as given on the command line or in a URL. */
export interface AnalyticsArgs {
  fromYear: number;
  toYear: number;
  unitKinds?: string[] | null;
  withinUnit?: string | null;
  structure?: 'AS_OF' | 'CURRENT' | null;
  by?: string[] | null;
  /** Date of the open-recommendations snapshot (YYYY-MM-DD); default: the end of toYear, or today if earlier. */
  asOf?: string | null;
  /** A date range within the years (AnalyticsFilter.fromDate/toDate): a report pack of a quarter. */
  fromDate?: string | null;
  toDate?: string | null;
}

const dim = {
  YEAR: [{ key: 'year', code: 'year', vi: 'Năm', kind: 'int' }],
  DISTRICT: [
    { key: 'district.code', code: 'district_code', vi: 'Mã quận, huyện', kind: 'text' },
    { key: 'district.name', code: 'district_name', vi: 'Quận, huyện', kind: 'text' },
  ],
  UNIT_KIND: [{ key: 'unitKind', code: 'unit_kind', vi: 'Loại đơn vị', kind: 'text', labels: 'UnitKind' }],
  UNIT: [
    { key: 'unit.code', code: 'unit_code', vi: 'Mã đơn vị', kind: 'text' },
    { key: 'unit.name', code: 'unit_name', vi: 'Đơn vị', kind: 'text' },
  ],
  PERIOD: [{ key: 'period', code: 'period', vi: 'Giai đoạn', kind: 'text' }],
  KIND: [{ key: 'kind', code: 'award_kind', vi: 'Hình thức khen thưởng', kind: 'text', labels: 'AwardKind' }],
  CATEGORY: [{ key: 'category', code: 'category', vi: 'Nhóm nội dung', kind: 'text', labels: 'RequirementCategory' }],
} satisfies Record<string, OutColumn[]>;

const DIM_FIELDS = 'year district { code name } unitKind unit { code name }';

interface AnalyticsDef {
  /** GraphQL query field */
  field: string;
  vi: string;
  dims: (keyof typeof dim)[];
  defaultBy: string[];
  selection: string;
  measures: OutColumn[];
  /** extra variables and their GraphQL types, beyond filter and by */
  variables?: string;
}

export const ANALYTICS: Record<string, AnalyticsDef> = {
  coverage: {
    field: 'coverage', vi: 'Độ bao phủ kiểm tra', dims: ['YEAR', 'DISTRICT', 'UNIT_KIND', 'UNIT'], defaultBy: ['YEAR'],
    selection: `${DIM_FIELDS} unitsInScope unitsInspected inspections rate`,
    measures: [
      { key: 'unitsInScope', code: 'units_in_scope', vi: 'Số đơn vị thuộc phạm vi', kind: 'count' },
      { key: 'unitsInspected', code: 'units_inspected', vi: 'Số đơn vị đã kiểm tra', kind: 'count' },
      { key: 'inspections', code: 'inspections', vi: 'Số cuộc kiểm tra', kind: 'count' },
      { key: 'rate', code: 'rate', vi: 'Độ bao phủ kiểm tra', kind: 'rate' },
    ],
  },
  compliance: {
    field: 'compliance', vi: 'Tuân thủ theo tiêu chí', dims: ['YEAR', 'DISTRICT', 'UNIT_KIND', 'UNIT'], defaultBy: [],
    selection: `${DIM_FIELDS} requirement { code title category } compliant partial nonCompliant notApplicable score`,
    measures: [
      { key: 'requirement.code', code: 'requirement_code', vi: 'Mã tiêu chí', kind: 'text' },
      { key: 'requirement.title', code: 'requirement_title', vi: 'Tiêu chí', kind: 'text' },
      { key: 'requirement.category', code: 'category', vi: 'Nhóm nội dung', kind: 'text', labels: 'RequirementCategory' },
      { key: 'compliant', code: 'compliant', vi: 'Đạt', kind: 'count' },
      { key: 'partial', code: 'partial', vi: 'Đạt một phần', kind: 'count' },
      { key: 'nonCompliant', code: 'non_compliant', vi: 'Chưa đạt', kind: 'count' },
      { key: 'notApplicable', code: 'not_applicable', vi: 'Không áp dụng', kind: 'count' },
      { key: 'score', code: 'score', vi: 'Điểm tuân thủ', kind: 'rate' },
    ],
  },
  'compliance-summary': {
    field: 'complianceSummary', vi: 'Điểm tuân thủ', dims: ['YEAR', 'DISTRICT', 'UNIT_KIND', 'UNIT', 'CATEGORY'], defaultBy: ['YEAR'],
    selection: `${DIM_FIELDS} category compliant partial nonCompliant notApplicable findings score`,
    measures: [
      { key: 'compliant', code: 'compliant', vi: 'Đạt', kind: 'count' },
      { key: 'partial', code: 'partial', vi: 'Đạt một phần', kind: 'count' },
      { key: 'nonCompliant', code: 'non_compliant', vi: 'Chưa đạt', kind: 'count' },
      { key: 'notApplicable', code: 'not_applicable', vi: 'Không áp dụng', kind: 'count' },
      { key: 'findings', code: 'findings', vi: 'Số kết quả kiểm tra', kind: 'count' },
      { key: 'score', code: 'score', vi: 'Điểm tuân thủ', kind: 'rate' },
    ],
  },
  'award-stats': {
    field: 'awardStats', vi: 'Khen thưởng', dims: ['YEAR', 'DISTRICT', 'UNIT_KIND', 'UNIT', 'PERIOD', 'KIND'], defaultBy: ['YEAR'],
    selection: `${DIM_FIELDS} period kind awards`,
    measures: [{ key: 'awards', code: 'awards', vi: 'Số lượt khen thưởng', kind: 'count' }],
  },
  'plan-rate': {
    field: 'planRate', vi: 'Tỷ lệ ban hành kế hoạch', dims: ['YEAR', 'DISTRICT', 'UNIT_KIND', 'UNIT'], defaultBy: ['YEAR'],
    selection: `${DIM_FIELDS} unitsInScope unitsWithPlan rate`,
    measures: [
      { key: 'unitsInScope', code: 'units_in_scope', vi: 'Số đơn vị thuộc phạm vi', kind: 'count' },
      { key: 'unitsWithPlan', code: 'units_with_plan', vi: 'Số đơn vị có kế hoạch', kind: 'count' },
      { key: 'rate', code: 'rate', vi: 'Tỷ lệ ban hành kế hoạch', kind: 'rate' },
    ],
  },
  'open-recommendations': {
    field: 'openRecommendations', vi: 'Kiến nghị chưa khắc phục', dims: ['YEAR', 'DISTRICT', 'UNIT_KIND', 'UNIT'], defaultBy: ['DISTRICT'],
    selection: `${DIM_FIELDS} recommendations open overdue resolved`,
    variables: '$asOf: String',
    measures: [
      { key: 'recommendations', code: 'recommendations', vi: 'Số kiến nghị', kind: 'count' },
      { key: 'open', code: 'open', vi: 'Chưa khắc phục', kind: 'count' },
      { key: 'overdue', code: 'overdue', vi: 'Quá hạn', kind: 'count' },
      { key: 'resolved', code: 'resolved', vi: 'Đã khắc phục', kind: 'count' },
    ],
  },
};

/** Other spellings accepted on the command line and in URLs (the GraphQL field names). */
const ALIASES = EXPORT_ALIASES;

export const UNINSPECTED = 'uninspected-units';

const UNINSPECTED_COLUMNS: OutColumn[] = [
  { key: 'unit.code', code: 'unit_code', vi: 'Mã đơn vị', kind: 'text' },
  { key: 'unit.name', code: 'unit_name', vi: 'Đơn vị', kind: 'text' },
  { key: 'unit.kind', code: 'unit_kind', vi: 'Loại đơn vị', kind: 'text', labels: 'UnitKind' },
  { key: 'lastInspectionDate', code: 'last_inspection_date', vi: 'Lần kiểm tra gần nhất', kind: 'date' },
  { key: 'lastInspection.code', code: 'last_inspection_code', vi: 'Mã cuộc kiểm tra gần nhất', kind: 'text' },
  { key: 'daysSince', code: 'days_since', vi: 'Số ngày chưa kiểm tra', kind: 'count' },
  { key: 'inspections', code: 'inspections', vi: 'Số cuộc kiểm tra', kind: 'count' },
];

/**
 * Units not inspected for the longest at asOf (never inspected first), page after page of the
 * uninspectedUnits connection; `limit` keeps only the top of the list (the report's sheet).
 */
export async function uninspectedRows(execute: Execute, args: AnalyticsArgs, limit = Infinity): Promise<{ columns: OutColumn[]; rows: Row[] }> {
  for (const k of args.unitKinds ?? []) {
    if (!(Object.values(UnitKind) as string[]).includes(k)) throw new ExportInputError(`unknown unit kind "${k}" (one of ${Object.values(UnitKind).join(', ')})`);
  }
  const query = `query Export($filter: UninspectedFilter, $page: PageInput) {
    uninspectedUnits(filter: $filter, page: $page) {
      nodes { unit { code name kind } lastInspectionDate lastInspection { code } daysSince inspections }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  const filter = {
    ...(args.asOf ? { asOf: args.asOf } : {}),
    ...(args.unitKinds?.length ? { unitKinds: args.unitKinds } : {}),
    ...(args.withinUnit ? { withinUnit: args.withinUnit } : {}),
  };
  const rows: Row[] = [];
  let after: string | null = null;
  do {
    const res = await execute(query, { filter, page: { first: Math.min(500, limit - rows.length), ...(after ? { after } : {}) } });
    throwIfUnavailable(res.errors);
    if (res.errors?.length) throw exportError(res.errors[0]);
    const page = (res.data as { uninspectedUnits: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).uninspectedUnits;
    rows.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && rows.length < limit);
  return { columns: UNINSPECTED_COLUMNS, rows };
}

/** A GraphQL error as an export error: input mistakes 400, out of scope 403, anything else 500. */
function exportError(e: { message: string; extensions?: Record<string, unknown> }): Error {
  const code = e.extensions?.code;
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || LIMIT_CODES.includes(code as string)) return new ExportInputError(e.message);
  if (code === 'FORBIDDEN') return new ExportForbiddenError(e.message);
  return new Error(e.message);
}

export function analyticsName(name: string): string | null {
  const n = ALIASES[name] ?? name;
  return n in ANALYTICS || n === UNINSPECTED ? n : null;
}

function checkArgs(def: AnalyticsDef, args: AnalyticsArgs): string[] {
  const by = args.by ?? def.defaultBy;
  for (const d of by) {
    if (!(def.dims as string[]).includes(d)) throw new ExportInputError(`by: "${d}" is not a dimension of ${def.field} (one of ${def.dims.join(', ')})`);
  }
  for (const k of args.unitKinds ?? []) {
    if (!(Object.values(UnitKind) as string[]).includes(k)) throw new ExportInputError(`unknown unit kind "${k}" (one of ${Object.values(UnitKind).join(', ')})`);
  }
  if (args.structure && args.structure !== 'AS_OF' && args.structure !== 'CURRENT') throw new ExportInputError(`structure must be AS_OF or CURRENT, got "${args.structure}"`);
  return by;
}

export function analyticsFilter(args: AnalyticsArgs): Record<string, unknown> {
  return {
    fromYear: args.fromYear,
    toYear: args.toYear,
    ...(args.unitKinds?.length ? { unitKinds: args.unitKinds } : {}),
    ...(args.withinUnit ? { withinUnit: args.withinUnit } : {}),
    ...(args.fromDate ? { fromDate: args.fromDate } : {}),
    ...(args.toDate ? { toDate: args.toDate } : {}),
    structure: args.structure ?? 'AS_OF',
  };
}

/** Runs one query and returns the list under `field`; input mistakes become ExportInputError (HTTP 400). */
export async function runList(execute: Execute, query: string, variables: Record<string, unknown>, field: string): Promise<Row[]> {
  const res = await execute(query, variables);
  throwIfUnavailable(res.errors);
  if (res.errors?.length) {
    const e = res.errors[0];
    if (/Cannot query field/.test(e.message)) throw new Error(`the analytics query "${field}" is not available in this version of the API`);
    throw exportError(e);
  }
  return ((res.data ?? {})[field] as Row[]) ?? [];
}

/** An analytics table's rows (SPEC §5.3) for the given filter and breakdown, with only the dimension columns asked for. */
/** The GraphQL enum of `by` where a query has its own dimensions. */
const BY_TYPE: Record<string, string> = { awardStats: 'AwardDimension', complianceSummary: 'ComplianceDimension' };

export async function analyticsRows(execute: Execute, name: string, args: AnalyticsArgs): Promise<{ columns: OutColumn[]; rows: Row[] }> {
  const def = ANALYTICS[name];
  const by = checkArgs(def, args);
  const extra = def.variables ? `, ${def.variables}` : '';
  const passed = def.variables ? `, ${def.variables.split(',').map((v) => v.trim().split(':')[0].slice(1)).map((v) => `${v}: $${v}`).join(', ')}` : '';
  const query = `query Export($filter: AnalyticsFilter!, $by: [${BY_TYPE[def.field] ?? 'Dimension'}!]!${extra}) {
    ${def.field}(filter: $filter, by: $by${passed}) { ${def.selection} }
  }`;
  const rows = await runList(execute, query, { filter: analyticsFilter(args), by, ...(args.asOf ? { asOf: args.asOf } : {}) }, def.field);
  const columns = [...def.dims.filter((d) => by.includes(d)).flatMap((d) => dim[d] as OutColumn[]), ...def.measures];
  return { columns, rows };
}

export async function analyticsTable(execute: Execute, name: string, args: AnalyticsArgs, vi = ANALYTICS[name]?.vi ?? 'Đơn vị lâu chưa kiểm tra'): Promise<Table> {
  const { columns, rows } = name === UNINSPECTED ? await uninspectedRows(execute, args) : await analyticsRows(execute, name, args);
  return { name, vi, columns, batches: oneBatch(rows) };
}
