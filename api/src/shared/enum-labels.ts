/**
 * Labels of the code lists of SPEC §5.2 (the English code is stored; people read the label), declared
 * once: GraphQL descriptions (shared/enums.ts), spreadsheet exports and report packs (export/labels.ts)
 * and the dashboard (generated into dashboard/src/lib/i18n/enum-labels.ts by `npm run gen`) use them.
 * Plain data with no imports, so the dashboard's generator can read it.
 */
export const ENUM_LABELS = {
  UnitKind: {
    CITY: { vi: 'Thành phố', en: 'City' },
    DEPARTMENT: { vi: 'Sở, ban, ngành', en: 'Department / board' },
    DISTRICT: { vi: 'Quận, huyện', en: 'District' },
    WARD: { vi: 'Phường', en: 'Ward' },
    COMMUNE: { vi: 'Xã', en: 'Commune' },
    PUBLIC_SERVICE_UNIT: { vi: 'Đơn vị sự nghiệp công lập', en: 'Public service unit' },
    STATE_ENTERPRISE: { vi: 'Doanh nghiệp nhà nước', en: 'State-owned enterprise' },
    PARTY_MASS_ORG: { vi: 'Cơ quan Đảng, đoàn thể', en: 'Party or mass organisation' },
    OTHER: { vi: 'Khác (đặc khu…)', en: 'Other (special zone…)' },
  },
  LineageType: {
    MERGE: { vi: 'Hợp nhất, sáp nhập', en: 'Merge' },
    SPLIT: { vi: 'Chia tách', en: 'Split' },
    RENAME: { vi: 'Đổi tên', en: 'Rename' },
    TRANSFER: { vi: 'Điều chuyển', en: 'Transfer' },
    ESTABLISH: { vi: 'Thành lập', en: 'Establish' },
    DISSOLVE: { vi: 'Giải thể', en: 'Dissolve' },
  },
  RequirementCategory: {
    LEADERSHIP: { vi: 'Trách nhiệm người đứng đầu', en: 'Head\'s responsibility' },
    PUBLICIZE: { vi: 'Công khai', en: 'Disclosure' },
    DISCUSS_DECIDE: { vi: 'Bàn và quyết định', en: 'Discuss and decide' },
    CONSULT: { vi: 'Lấy ý kiến', en: 'Consultation' },
    SUPERVISE: { vi: 'Kiểm tra, giám sát', en: 'Supervision' },
    CITIZEN_RELATIONS: { vi: 'Quan hệ với công dân, tổ chức', en: 'Relations with citizens' },
    ORGANIZATION: { vi: 'Tổ chức thực hiện', en: 'Organisation of implementation' },
  },
  InspectionKind: {
    PERIODIC: { vi: 'Định kỳ', en: 'Periodic' },
    THEMATIC: { vi: 'Chuyên đề', en: 'Thematic' },
    UNANNOUNCED: { vi: 'Đột xuất', en: 'Unannounced' },
    FOLLOW_UP: { vi: 'Phúc tra', en: 'Follow-up' },
  },
  Rating: {
    EXCELLENT: { vi: 'Xuất sắc', en: 'Excellent' },
    GOOD: { vi: 'Tốt', en: 'Good' },
    SATISFACTORY: { vi: 'Đạt', en: 'Satisfactory' },
    UNSATISFACTORY: { vi: 'Chưa đạt', en: 'Unsatisfactory' },
  },
  FindingResult: {
    COMPLIANT: { vi: 'Đạt', en: 'Compliant' },
    PARTIAL: { vi: 'Đạt một phần', en: 'Partly compliant' },
    NON_COMPLIANT: { vi: 'Chưa đạt', en: 'Non-compliant' },
    NOT_APPLICABLE: { vi: 'Không áp dụng', en: 'Not applicable' },
  },
  RecommendationStatus: {
    OPEN: { vi: 'Chưa khắc phục', en: 'Open' },
    IN_PROGRESS: { vi: 'Đang khắc phục', en: 'In progress' },
    RESOLVED: { vi: 'Đã khắc phục', en: 'Resolved' },
    UNKNOWN: { vi: 'Không rõ', en: 'Unknown' },
  },
  InspectionStatus: {
    DRAFT: { vi: 'Bản nháp', en: 'Draft' },
    SUBMITTED: { vi: 'Chờ duyệt', en: 'Submitted' },
    APPROVED: { vi: 'Đã duyệt', en: 'Approved' },
  },
  AwardKind: {
    BANG_KHEN: { vi: 'Bằng khen', en: 'Certificate of Merit' },
    GIAY_KHEN: { vi: 'Giấy khen', en: 'Certificate of Commendation' },
    CO_THI_DUA: { vi: 'Cờ thi đua', en: 'Emulation Flag' },
    DANH_HIEU: { vi: 'Danh hiệu thi đua', en: 'Emulation title' },
    HUAN_CHUONG: { vi: 'Huân chương', en: 'Order' },
    OTHER: { vi: 'Khác', en: 'Other' },
  },
  SourceKind: {
    ARTICLE: { vi: 'Bài viết', en: 'Article' },
    DECISION: { vi: 'Quyết định, nghị quyết', en: 'Decision' },
    REPORT: { vi: 'Báo cáo', en: 'Report' },
    REFERENCE: { vi: 'Dữ liệu tham chiếu', en: 'Reference data' },
    PROPOSAL: { vi: 'Đề xuất', en: 'Proposal' },
    DEMO: { vi: 'Dữ liệu minh họa', en: 'Demo data' },
  },
  Structure: {
    AS_OF: { vi: 'Theo cơ cấu tại thời điểm', en: 'Structure as of the time' },
    CURRENT: { vi: 'Theo cơ cấu hiện nay', en: 'Current structure' },
  },
} as const satisfies Record<string, Record<string, { vi: string; en: string }>>;

export type EnumName = keyof typeof ENUM_LABELS;

/** code → label in one language, per code list (what the dashboard's message catalogues hold). */
export function enumLabels(lang: 'vi' | 'en'): { [E in EnumName]: Record<keyof (typeof ENUM_LABELS)[E], string> } {
  return Object.fromEntries(
    Object.entries(ENUM_LABELS).map(([name, codes]) => [name, Object.fromEntries(Object.entries(codes).map(([code, l]) => [code, l[lang]]))]),
  ) as never;
}
