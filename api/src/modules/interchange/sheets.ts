import {
  AwardKind, FindingResult, InspectionKind, LineageType, Rating, RecommendationStatus, RequirementCategory, SourceKind, UnitKind,
} from '../../shared/enums.js';

/** The interchange files of SPEC §5.2, in load order (a sheet may refer to the ones before it). */
export const SHEETS = ['units', 'lineage', 'requirements', 'inspections', 'findings', 'recommendations', 'awards', 'plans', 'models'] as const;
export type SheetName = (typeof SHEETS)[number];

export type ColumnType =
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'codes' };

export interface Column {
  name: string;
  required: boolean;
  type: ColumnType;
}

const text: ColumnType = { kind: 'text' };
const date: ColumnType = { kind: 'date' };
const codes: ColumnType = { kind: 'codes' };
const year: ColumnType = { kind: 'int', min: 1990, max: 2100 };
const oneOf = (e: Record<string, string>): ColumnType => ({ kind: 'enum', values: Object.values(e) });
const req = (name: string, type: ColumnType = text): Column => ({ name, required: true, type });
const opt = (name: string, type: ColumnType = text): Column => ({ name, required: false, type });

/**
 * Provenance columns every sheet may carry (an extension of SPEC §5.2): where the row came from.
 * Without them a row gets the import's default source (the file it came from).
 */
export const SOURCE_COLUMNS: Column[] = [
  opt('source_kind', oneOf(SourceKind)),
  opt('source_title'),
  opt('source_url'),
  opt('source_publisher'),
  opt('source_published_on', date),
];

export const COLUMNS: Record<SheetName, Column[]> = {
  units: [req('code'), req('name'), opt('name_en'), req('kind', oneOf(UnitKind)), opt('parent_code'), opt('valid_from', date), opt('valid_to', date)],
  lineage: [req('date', date), req('type', oneOf(LineageType)), opt('from_codes', codes), opt('to_codes', codes), opt('decision'), opt('note')],
  requirements: [
    req('framework_code'), req('code'), req('title'), opt('title_en'), req('category', oneOf(RequirementCategory)),
    opt('valid_from', date), opt('valid_to', date),
  ],
  inspections: [
    req('code'), req('unit_code'), req('date', date), req('team'), opt('leader'), req('kind', oneOf(InspectionKind)),
    opt('rating', oneOf(Rating)), opt('conclusion'),
  ],
  findings: [req('inspection_code'), req('requirement_code'), req('result', oneOf(FindingResult)), opt('note')],
  recommendations: [
    req('inspection_code'), req('seq', { kind: 'int', min: 1, max: 100000 }), req('text'), opt('due_date', date),
    req('status', oneOf(RecommendationStatus)), opt('resolved_on', date),
  ],
  // number and date are required columns; their values may be empty only for a decision known by its period
  awards: [
    req('decision_number'), req('decision_date', date), req('issuer'), req('kind', oneOf(AwardKind)), req('recipient_code'),
    opt('period_from', year), opt('period_to', year), opt('citation'),
  ],
  plans: [req('unit_code'), req('year', year), opt('issued_on', date), opt('document_number')],
  models: [req('unit_code'), req('year', year), req('title'), opt('field'), opt('level')],
};

/** Values that may be empty although their column is required (see COLUMNS.awards). */
export const EMPTY_ALLOWED = new Set(['awards.decision_number', 'awards.decision_date']);

export function columnsOf(sheet: SheetName): Column[] {
  // inspections already name source_title/source_url in SPEC §5.2; SOURCE_COLUMNS covers them
  return [...COLUMNS[sheet], ...SOURCE_COLUMNS];
}

/** Vietnamese column headers for exports meant for people (English codes stay the import format). */
export const HEADER_VI: Record<string, string> = {
  code: 'Mã', name: 'Tên', name_en: 'Tên tiếng Anh', kind: 'Loại', parent_code: 'Mã đơn vị cấp trên', valid_from: 'Hiệu lực từ',
  valid_to: 'Hiệu lực đến', date: 'Ngày', type: 'Loại biến động', from_codes: 'Đơn vị trước', to_codes: 'Đơn vị sau',
  decision: 'Quyết định', note: 'Ghi chú', framework_code: 'Căn cứ pháp lý', title: 'Tiêu đề', title_en: 'Tiêu đề tiếng Anh',
  category: 'Nhóm nội dung', unit_code: 'Mã đơn vị', team: 'Đoàn kiểm tra', leader: 'Người chủ trì', rating: 'Xếp loại',
  conclusion: 'Kết luận', inspection_code: 'Mã cuộc kiểm tra', requirement_code: 'Mã tiêu chí', result: 'Kết quả', seq: 'STT',
  text: 'Nội dung', due_date: 'Hạn khắc phục', status: 'Tình trạng', resolved_on: 'Ngày khắc phục', decision_number: 'Số quyết định',
  decision_date: 'Ngày quyết định', issuer: 'Cấp quyết định', recipient_code: 'Mã đơn vị được khen', period_from: 'Giai đoạn từ',
  period_to: 'Giai đoạn đến', citation: 'Thành tích', year: 'Năm', issued_on: 'Ngày ban hành', document_number: 'Số văn bản',
  field: 'Lĩnh vực', level: 'Cấp', source_kind: 'Loại nguồn', source_title: 'Nguồn', source_url: 'Liên kết nguồn',
  source_publisher: 'Nơi đăng', source_published_on: 'Ngày đăng',
};
