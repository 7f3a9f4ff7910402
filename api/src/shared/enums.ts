import { registerEnumType } from 'type-graphql';

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
export enum RecommendationStatus { OPEN = 'OPEN', IN_PROGRESS = 'IN_PROGRESS', RESOLVED = 'RESOLVED' }
export enum AwardKind { BANG_KHEN = 'BANG_KHEN', GIAY_KHEN = 'GIAY_KHEN', CO_THI_DUA = 'CO_THI_DUA', DANH_HIEU = 'DANH_HIEU', HUAN_CHUONG = 'HUAN_CHUONG', OTHER = 'OTHER' }
/** Where a record came from. PROPOSAL = a design proposal (not law); DEMO = generated, not fact. */
export enum SourceKind { ARTICLE = 'ARTICLE', DECISION = 'DECISION', REPORT = 'REPORT', REFERENCE = 'REFERENCE', PROPOSAL = 'PROPOSAL', DEMO = 'DEMO' }

function values<E extends Record<string, string>>(labels: Record<keyof E, string>) {
  return Object.fromEntries(Object.entries(labels).map(([k, d]) => [k, { description: d }])) as never;
}

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Kind of organisational unit (Loại đơn vị).',
  valuesConfig: values<typeof UnitKind>({
    CITY: 'Thành phố — the city',
    DEPARTMENT: 'Sở, ban, ngành — department or board of the City People\'s Committee',
    DISTRICT: 'Quận, huyện — district (abolished 1/7/2025)',
    WARD: 'Phường — ward',
    COMMUNE: 'Xã — commune',
    PUBLIC_SERVICE_UNIT: 'Đơn vị sự nghiệp công lập — public service unit',
    STATE_ENTERPRISE: 'Doanh nghiệp nhà nước — state-owned enterprise',
    PARTY_MASS_ORG: 'Cơ quan Đảng, đoàn thể — Party or mass organisation',
    OTHER: 'Khác (đặc khu…) — other, e.g. the Hoàng Sa special zone',
  }),
});
registerEnumType(LineageType, {
  name: 'LineageType',
  description: 'Kind of organisational change (Biến động đơn vị).',
  valuesConfig: values<typeof LineageType>({
    MERGE: 'Hợp nhất, sáp nhập — the from-units merge into the single to-unit',
    SPLIT: 'Chia tách — the from-unit splits; the first listed to-unit is its main successor',
    RENAME: 'Đổi tên — renamed (single target)',
    TRANSFER: 'Điều chuyển — transferred as a whole to the single target',
    ESTABLISH: 'Thành lập — the to-units are established',
    DISSOLVE: 'Giải thể — the from-units are dissolved (without successor when no to-unit is given)',
  }),
});
registerEnumType(RequirementCategory, {
  name: 'RequirementCategory',
  description: 'Group of QCDC content (Nhóm nội dung).',
  valuesConfig: values<typeof RequirementCategory>({
    LEADERSHIP: 'Trách nhiệm người đứng đầu — head\'s responsibility',
    PUBLICIZE: 'Công khai — disclosure',
    DISCUSS_DECIDE: 'Bàn và quyết định — discuss and decide',
    CONSULT: 'Lấy ý kiến — consultation',
    SUPERVISE: 'Kiểm tra, giám sát — supervision (incl. Ban Thanh tra nhân dân)',
    CITIZEN_RELATIONS: 'Quan hệ với công dân, tổ chức — relations with citizens',
    ORGANIZATION: 'Tổ chức thực hiện — organisation (steering committee, plan, communication)',
  }),
});
registerEnumType(InspectionKind, {
  name: 'InspectionKind',
  description: 'Form of inspection (Hình thức kiểm tra).',
  valuesConfig: values<typeof InspectionKind>({
    PERIODIC: 'Định kỳ — periodic',
    THEMATIC: 'Chuyên đề — thematic',
    UNANNOUNCED: 'Đột xuất — unannounced',
    FOLLOW_UP: 'Phúc tra — follow-up',
  }),
});
registerEnumType(Rating, {
  name: 'Rating',
  description: 'Overall rating of an inspection (Xếp loại).',
  valuesConfig: values<typeof Rating>({
    EXCELLENT: 'Xuất sắc — excellent',
    GOOD: 'Tốt — good',
    SATISFACTORY: 'Đạt — satisfactory',
    UNSATISFACTORY: 'Chưa đạt — unsatisfactory',
  }),
});
registerEnumType(FindingResult, {
  name: 'FindingResult',
  description: 'Result on one requirement (Kết quả).',
  valuesConfig: values<typeof FindingResult>({
    COMPLIANT: 'Đạt — compliant (counts 1 in the compliance score)',
    PARTIAL: 'Đạt một phần — partly compliant (counts 0.5)',
    NON_COMPLIANT: 'Chưa đạt — non-compliant (counts 0)',
    NOT_APPLICABLE: 'Không áp dụng — not applicable (excluded from the score)',
  }),
});
registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  description: 'Status of a matter to remedy (Tình trạng khắc phục).',
  valuesConfig: values<typeof RecommendationStatus>({
    OPEN: 'Chưa khắc phục — open',
    IN_PROGRESS: 'Đang khắc phục — in progress',
    RESOLVED: 'Đã khắc phục — resolved',
  }),
});
registerEnumType(AwardKind, {
  name: 'AwardKind',
  description: 'Form of award (Hình thức khen thưởng).',
  valuesConfig: values<typeof AwardKind>({
    BANG_KHEN: 'Bằng khen — certificate of merit',
    GIAY_KHEN: 'Giấy khen — certificate of commendation',
    CO_THI_DUA: 'Cờ thi đua — emulation flag',
    DANH_HIEU: 'Danh hiệu thi đua — emulation title',
    HUAN_CHUONG: 'Huân chương — order',
    OTHER: 'Khác — other',
  }),
});
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'Kind of source document (Nguồn).',
  valuesConfig: values<typeof SourceKind>({
    ARTICLE: 'Bài viết — a published article',
    DECISION: 'Quyết định, nghị quyết — a decision or resolution',
    REPORT: 'Báo cáo — a report or an imported file',
    REFERENCE: 'Dữ liệu tham chiếu — researched reference data (e.g. GSO unit lists)',
    PROPOSAL: 'Đề xuất — a proposal, not an official text',
    DEMO: 'Dữ liệu minh họa — generated demo data, not fact',
  }),
});
