/** One record of an interchange sheet: column name → cell text (empty string = unknown / null). */
export type Row = Record<string, string>;

/** Load order of the interchange sheets (SPEC §5.2): every sheet refers only to sheets before it. */
export const SHEET_ORDER = [
  'units',
  'lineage',
  'requirements',
  'inspections',
  'findings',
  'recommendations',
  'awards',
  'plans',
  'models',
] as const;

export type SheetName = (typeof SHEET_ORDER)[number];

export type Tables = Partial<Record<SheetName, Row[]>>;

/** The columns of SPEC §5.2, in the order the seed files use. */
export const SHEET_COLUMNS: Record<SheetName, readonly string[]> = {
  units: ['code', 'name', 'name_en', 'kind', 'parent_code', 'valid_from', 'valid_to'],
  lineage: ['date', 'type', 'from_codes', 'to_codes', 'decision', 'note'],
  requirements: ['framework_code', 'code', 'title', 'title_en', 'category', 'valid_from', 'valid_to'],
  inspections: ['code', 'unit_code', 'date', 'team', 'leader', 'kind', 'rating', 'conclusion', 'source_title', 'source_url'],
  findings: ['inspection_code', 'requirement_code', 'result', 'note'],
  recommendations: ['inspection_code', 'seq', 'text', 'due_date', 'status', 'resolved_on'],
  awards: ['decision_number', 'decision_date', 'issuer', 'kind', 'recipient_code', 'period_from', 'period_to', 'citation'],
  plans: ['unit_code', 'year', 'issued_on', 'document_number'],
  models: ['unit_code', 'year', 'title', 'field', 'level'],
};

/** Optional provenance columns every sheet may carry (the importer accepts them). */
export const PROVENANCE_COLUMNS = [
  'source_kind',
  'source_title',
  'source_url',
  'source_publisher',
  'source_published_on',
] as const;

export const SOURCE_KINDS = ['ARTICLE', 'DECISION', 'REPORT', 'REFERENCE', 'PROPOSAL', 'DEMO'] as const;

/** Header of a seed file: the sheet's columns, then the provenance columns it does not already have. */
export function columnsOf(sheet: SheetName): string[] {
  const own = SHEET_COLUMNS[sheet];
  return [...own, ...PROVENANCE_COLUMNS.filter((c) => !own.includes(c))];
}
