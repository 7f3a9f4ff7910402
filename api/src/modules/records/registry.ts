import { awardRecord } from '../award/award.record.js';
import { findingRecord } from '../inspection/finding.record.js';
import { inspectionRecord } from '../inspection/inspection.record.js';
import { recommendationRecord } from '../inspection/recommendation.record.js';
import { modelRecord } from '../model/model.record.js';
import { planRecord } from '../plan/plan.record.js';
import { requirementRecord } from '../requirement/requirement.record.js';
import { SOURCE_FIELDS } from '../source/source.record.js';
import { lineageRecord } from '../unit/lineage.record.js';
import { unitRecord } from '../unit/unit.record.js';
import { boundaryRecord } from '../boundary/boundary.record.js';
import type { Field, RecordDecl } from './record.js';

/**
 * Every record, in load order (a record may refer to the ones before it). A new record is one line here.
 * The interchange sheets of SPEC §5.2 come first; after them the records read from other files
 * (unit boundaries from GeoJSON, `RecordDecl.file`), which are no sheet, dataset or export.
 */
export const RECORDS = [
  unitRecord, lineageRecord, requirementRecord, inspectionRecord, findingRecord, recommendationRecord, awardRecord, planRecord, modelRecord,
  boundaryRecord,
] as const satisfies readonly RecordDecl[];

/** The interchange files of SPEC §5.2, in load order. */
export const SHEETS = ['units', 'lineage', 'requirements', 'inspections', 'findings', 'recommendations', 'awards', 'plans', 'models'] as const;
export type SheetName = (typeof SHEETS)[number];
/** Every record the gateway writes: the sheets, then the records of other files (boundaries). */
export const RECORD_NAMES = [...SHEETS, 'boundaries'] as const;
export type RecordName = (typeof RECORD_NAMES)[number];

const bySheet = new Map<string, RecordDecl>(RECORDS.map((r) => [r.sheet, r]));
export function recordOf(sheet: RecordName): RecordDecl {
  return bySheet.get(sheet)!;
}

/** The columns a sheet (or a boundary feature's properties) accepts: the record's fields (SPEC §5.2), then provenance. */
export function interchangeFields(sheet: RecordName): Field[] {
  return [...recordOf(sheet).fields, ...SOURCE_FIELDS];
}
