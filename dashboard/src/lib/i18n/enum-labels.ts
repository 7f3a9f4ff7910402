// Generated from api/src/shared/enum-labels.ts by `npm run gen`; do not edit by hand.

export const ENUM_VI = {
  UnitKind: {
    CITY: "Thành phố",
    DEPARTMENT: "Sở, ban, ngành",
    DISTRICT: "Quận, huyện",
    WARD: "Phường",
    COMMUNE: "Xã",
    PUBLIC_SERVICE_UNIT: "Đơn vị sự nghiệp công lập",
    STATE_ENTERPRISE: "Doanh nghiệp nhà nước",
    PARTY_MASS_ORG: "Cơ quan Đảng, đoàn thể",
    OTHER: "Khác (đặc khu…)"
  },
  LineageType: {
    MERGE: "Hợp nhất, sáp nhập",
    SPLIT: "Chia tách",
    RENAME: "Đổi tên",
    TRANSFER: "Điều chuyển",
    ESTABLISH: "Thành lập",
    DISSOLVE: "Giải thể"
  },
  RequirementCategory: {
    LEADERSHIP: "Trách nhiệm người đứng đầu",
    PUBLICIZE: "Công khai",
    DISCUSS_DECIDE: "Bàn và quyết định",
    CONSULT: "Lấy ý kiến",
    SUPERVISE: "Kiểm tra, giám sát",
    CITIZEN_RELATIONS: "Quan hệ với công dân, tổ chức",
    ORGANIZATION: "Tổ chức thực hiện"
  },
  InspectionKind: {
    PERIODIC: "Định kỳ",
    THEMATIC: "Chuyên đề",
    UNANNOUNCED: "Đột xuất",
    FOLLOW_UP: "Phúc tra"
  },
  Rating: {
    EXCELLENT: "Xuất sắc",
    GOOD: "Tốt",
    SATISFACTORY: "Đạt",
    UNSATISFACTORY: "Chưa đạt"
  },
  FindingResult: {
    COMPLIANT: "Đạt",
    PARTIAL: "Đạt một phần",
    NON_COMPLIANT: "Chưa đạt",
    NOT_APPLICABLE: "Không áp dụng"
  },
  RecommendationStatus: {
    OPEN: "Chưa khắc phục",
    IN_PROGRESS: "Đang khắc phục",
    RESOLVED: "Đã khắc phục",
    UNKNOWN: "Không rõ"
  },
  InspectionStatus: {
    DRAFT: "Bản nháp",
    SUBMITTED: "Chờ duyệt",
    APPROVED: "Đã duyệt"
  },
  AwardKind: {
    BANG_KHEN: "Bằng khen",
    GIAY_KHEN: "Giấy khen",
    CO_THI_DUA: "Cờ thi đua",
    DANH_HIEU: "Danh hiệu thi đua",
    HUAN_CHUONG: "Huân chương",
    OTHER: "Khác"
  },
  SourceKind: {
    ARTICLE: "Bài viết",
    DECISION: "Quyết định, nghị quyết",
    REPORT: "Báo cáo",
    REFERENCE: "Dữ liệu tham chiếu",
    PROPOSAL: "Đề xuất",
    DEMO: "Dữ liệu minh họa"
  },
  Structure: {
    AS_OF: "Theo cơ cấu tại thời điểm",
    CURRENT: "Theo cơ cấu hiện nay"
  }
} as const;

export const ENUM_EN = {
  UnitKind: {
    CITY: "City",
    DEPARTMENT: "Department / board",
    DISTRICT: "District",
    WARD: "Ward",
    COMMUNE: "Commune",
    PUBLIC_SERVICE_UNIT: "Public service unit",
    STATE_ENTERPRISE: "State-owned enterprise",
    PARTY_MASS_ORG: "Party or mass organisation",
    OTHER: "Other (special zone…)"
  },
  LineageType: {
    MERGE: "Merge",
    SPLIT: "Split",
    RENAME: "Rename",
    TRANSFER: "Transfer",
    ESTABLISH: "Establish",
    DISSOLVE: "Dissolve"
  },
  RequirementCategory: {
    LEADERSHIP: "Head's responsibility",
    PUBLICIZE: "Disclosure",
    DISCUSS_DECIDE: "Discuss and decide",
    CONSULT: "Consultation",
    SUPERVISE: "Supervision",
    CITIZEN_RELATIONS: "Relations with citizens",
    ORGANIZATION: "Organisation of implementation"
  },
  InspectionKind: {
    PERIODIC: "Periodic",
    THEMATIC: "Thematic",
    UNANNOUNCED: "Unannounced",
    FOLLOW_UP: "Follow-up"
  },
  Rating: {
    EXCELLENT: "Excellent",
    GOOD: "Good",
    SATISFACTORY: "Satisfactory",
    UNSATISFACTORY: "Unsatisfactory"
  },
  FindingResult: {
    COMPLIANT: "Compliant",
    PARTIAL: "Partly compliant",
    NON_COMPLIANT: "Non-compliant",
    NOT_APPLICABLE: "Not applicable"
  },
  RecommendationStatus: {
    OPEN: "Open",
    IN_PROGRESS: "In progress",
    RESOLVED: "Resolved",
    UNKNOWN: "Unknown"
  },
  InspectionStatus: {
    DRAFT: "Draft",
    SUBMITTED: "Submitted",
    APPROVED: "Approved"
  },
  AwardKind: {
    BANG_KHEN: "Certificate of Merit",
    GIAY_KHEN: "Certificate of Commendation",
    CO_THI_DUA: "Emulation Flag",
    DANH_HIEU: "Emulation title",
    HUAN_CHUONG: "Order",
    OTHER: "Other"
  },
  SourceKind: {
    ARTICLE: "Article",
    DECISION: "Decision",
    REPORT: "Report",
    REFERENCE: "Reference data",
    PROPOSAL: "Proposal",
    DEMO: "Demo data"
  },
  Structure: {
    AS_OF: "Structure as of the time",
    CURRENT: "Current structure"
  }
} as const;
