import { registerEnumType } from 'type-graphql';
import { ENUM_LABELS, type EnumName } from './enum-labels.js';

/** Code lists of SPEC §5.2. The English code is stored; descriptions carry the Vietnamese term. */
export enum UnitKind {
  CITY = 'CITY',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT = 'DISTRICT',
  WARD = 'WARD',
  COMMUNE = 'COMMUNE',
  PUBLIC_SERVICE_UNIT = 'PUBLIC_SERVICE_UNIT',
  STATE_ENTERPRISE = 'STATE_ENTERPRISE',
  PARTY_MASS_ORG = 'PARTY_MASS_ORG',
  OTHER = 'OTHER',
}
export enum LineageType { MERGE = 'MERGE', SPLIT = 'SPLIT', RENAME = 'RENAME', TRANSFER = 'TRANSFER', ESTABLISH = 'ESTABLISH', DISSOLVE = 'DISSOLVE' }
export enum RequirementCategory {
  LEADERSHIP = 'LEADERSHIP',
  PUBLICIZE = 'PUBLICIZE',
  DISCUSS_DECIDE = 'DISCUSS_DECIDE',
  CONSULT = 'CONSULT',
  SUPERVISE = 'SUPERVISE',
  CITIZEN_RELATIONS = 'CITIZEN_RELATIONS',
  ORGANIZATION = 'ORGANIZATION',
}
export enum InspectionKind { PERIODIC = 'PERIODIC', THEMATIC = 'THEMATIC', UNANNOUNCED = 'UNANNOUNCED', FOLLOW_UP = 'FOLLOW_UP' }
export enum Rating { EXCELLENT = 'EXCELLENT', GOOD = 'GOOD', SATISFACTORY = 'SATISFACTORY', UNSATISFACTORY = 'UNSATISFACTORY' }
export enum FindingResult { COMPLIANT = 'COMPLIANT', PARTIAL = 'PARTIAL', NON_COMPLIANT = 'NON_COMPLIANT', NOT_APPLICABLE = 'NOT_APPLICABLE' }
/** UNKNOWN: the source does not say (SPEC §5.2); neither open nor resolved in any metric. */
export enum RecommendationStatus { OPEN = 'OPEN', IN_PROGRESS = 'IN_PROGRESS', RESOLVED = 'RESOLVED', UNKNOWN = 'UNKNOWN' }
/** Where an inspection stands in recording and approval (SPEC §6.3); only APPROVED ones count. */
export enum InspectionStatus { DRAFT = 'DRAFT', SUBMITTED = 'SUBMITTED', APPROVED = 'APPROVED' }
export enum AwardKind { BANG_KHEN = 'BANG_KHEN', GIAY_KHEN = 'GIAY_KHEN', CO_THI_DUA = 'CO_THI_DUA', DANH_HIEU = 'DANH_HIEU', HUAN_CHUONG = 'HUAN_CHUONG', OTHER = 'OTHER' }
/** Where a record came from. PROPOSAL = a design proposal (not law); DEMO = generated, not fact. */
export enum SourceKind { ARTICLE = 'ARTICLE', DECISION = 'DECISION', REPORT = 'REPORT', REFERENCE = 'REFERENCE', PROPOSAL = 'PROPOSAL', DEMO = 'DEMO' }

/** GraphQL value descriptions: the declared Vietnamese label (shared/enum-labels.ts), then what it means in English. */
function values<E extends Record<string, string>>(name: EnumName, notes: Record<keyof E, string>) {
  const labels = ENUM_LABELS[name] as Record<string, { vi: string }>;
  return Object.fromEntries(Object.entries(notes).map(([k, d]) => [k, { description: `${labels[k].vi} — ${d}` }])) as never;
}

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Kind of organisational unit (Loại đơn vị).',
  valuesConfig: values<typeof UnitKind>('UnitKind', {
    CITY: 'the city',
    DEPARTMENT: 'department or board of the City People\'s Committee',
    DISTRICT: 'district (abolished 1/7/2025)',
    WARD: 'ward',
    COMMUNE: 'commune',
    PUBLIC_SERVICE_UNIT: 'public service unit',
    STATE_ENTERPRISE: 'state-owned enterprise',
    PARTY_MASS_ORG: 'Party or mass organisation',
    OTHER: 'other, e.g. the Hoàng Sa special zone',
  }),
});
registerEnumType(LineageType, {
  name: 'LineageType',
  description: 'Kind of organisational change (Biến động đơn vị).',
  valuesConfig: values<typeof LineageType>('LineageType', {
    MERGE: 'the from-units merge into the single to-unit',
    SPLIT: 'the from-unit splits; the first listed to-unit is its main successor',
    RENAME: 'renamed (single target)',
    TRANSFER: 'transferred as a whole to the single target',
    ESTABLISH: 'the to-units are established',
    DISSOLVE: 'the from-units are dissolved (without successor when no to-unit is given)',
  }),
});
registerEnumType(RequirementCategory, {
  name: 'RequirementCategory',
  description: 'Group of QCDC content (Nhóm nội dung).',
  valuesConfig: values<typeof RequirementCategory>('RequirementCategory', {
    LEADERSHIP: 'head\'s responsibility',
    PUBLICIZE: 'disclosure',
    DISCUSS_DECIDE: 'discuss and decide',
    CONSULT: 'consultation',
    SUPERVISE: 'supervision (incl. Ban Thanh tra nhân dân)',
    CITIZEN_RELATIONS: 'relations with citizens',
    ORGANIZATION: 'organisation (steering committee, plan, communication)',
  }),
});
registerEnumType(InspectionKind, {
  name: 'InspectionKind',
  description: 'Form of inspection (Hình thức kiểm tra).',
  valuesConfig: values<typeof InspectionKind>('InspectionKind', {
    PERIODIC: 'periodic',
    THEMATIC: 'thematic',
    UNANNOUNCED: 'unannounced',
    FOLLOW_UP: 'follow-up',
  }),
});
registerEnumType(Rating, {
  name: 'Rating',
  description: 'Overall rating of an inspection (Xếp loại).',
  valuesConfig: values<typeof Rating>('Rating', {
    EXCELLENT: 'excellent',
    GOOD: 'good',
    SATISFACTORY: 'satisfactory',
    UNSATISFACTORY: 'unsatisfactory',
  }),
});
registerEnumType(FindingResult, {
  name: 'FindingResult',
  description: 'Result on one requirement (Kết quả).',
  valuesConfig: values<typeof FindingResult>('FindingResult', {
    COMPLIANT: 'compliant (counts 1 in the compliance score)',
    PARTIAL: 'partly compliant (counts 0.5)',
    NON_COMPLIANT: 'non-compliant (counts 0)',
    NOT_APPLICABLE: 'not applicable (excluded from the score)',
  }),
});
registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  description: 'Status of a matter to remedy (Tình trạng khắc phục).',
  valuesConfig: values<typeof RecommendationStatus>('RecommendationStatus', {
    OPEN: 'open',
    IN_PROGRESS: 'in progress',
    RESOLVED: 'resolved',
    UNKNOWN: 'the source does not say; counted neither open nor resolved in any metric',
  }),
});
registerEnumType(InspectionStatus, {
  name: 'InspectionStatus',
  description: 'Where an inspection stands in recording and approval (Trạng thái duyệt); analytics, exports and report packs count APPROVED ones only.',
  valuesConfig: values<typeof InspectionStatus>('InspectionStatus', {
    DRAFT: 'being recorded by its author (also after a return), counted nowhere',
    SUBMITTED: 'submitted for review; counted only with includeProvisional',
    APPROVED: 'approved by a LEADER or ADMIN (imports and seeds are approved); counted',
  }),
});
registerEnumType(AwardKind, {
  name: 'AwardKind',
  description: 'Form of award (Hình thức khen thưởng).',
  valuesConfig: values<typeof AwardKind>('AwardKind', {
    BANG_KHEN: 'certificate of merit',
    GIAY_KHEN: 'certificate of commendation',
    CO_THI_DUA: 'emulation flag',
    DANH_HIEU: 'emulation title',
    HUAN_CHUONG: 'order',
    OTHER: 'other',
  }),
});
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'Kind of source document (Nguồn).',
  valuesConfig: values<typeof SourceKind>('SourceKind', {
    ARTICLE: 'a published article',
    DECISION: 'a decision or resolution',
    REPORT: 'a report or an imported file',
    REFERENCE: 'researched reference data (e.g. GSO unit lists)',
    PROPOSAL: 'a proposal, not an official text',
    DEMO: 'generated demo data, not fact',
  }),
});
