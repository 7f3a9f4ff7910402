/** Vietnamese labels of the code lists (GLOSSARY), for spreadsheets meant for people. */
export const ENUM_VI: Record<string, Record<string, string>> = {
  UnitKind: {
    CITY: 'Thành phố', DEPARTMENT: 'Sở, ban, ngành', DISTRICT: 'Quận, huyện', WARD: 'Phường', COMMUNE: 'Xã',
    PUBLIC_SERVICE_UNIT: 'Đơn vị sự nghiệp công lập', STATE_ENTERPRISE: 'Doanh nghiệp nhà nước',
    PARTY_MASS_ORG: 'Cơ quan Đảng, đoàn thể', OTHER: 'Khác (đặc khu…)',
  },
  RequirementCategory: {
    LEADERSHIP: 'Trách nhiệm người đứng đầu', PUBLICIZE: 'Công khai', DISCUSS_DECIDE: 'Bàn và quyết định', CONSULT: 'Lấy ý kiến',
    SUPERVISE: 'Kiểm tra, giám sát', CITIZEN_RELATIONS: 'Quan hệ với công dân, tổ chức', ORGANIZATION: 'Tổ chức thực hiện',
  },
  InspectionKind: { PERIODIC: 'Định kỳ', THEMATIC: 'Chuyên đề', UNANNOUNCED: 'Đột xuất', FOLLOW_UP: 'Phúc tra' },
  Rating: { EXCELLENT: 'Xuất sắc', GOOD: 'Tốt', SATISFACTORY: 'Đạt', UNSATISFACTORY: 'Chưa đạt' },
  RecommendationStatus: { OPEN: 'Chưa khắc phục', IN_PROGRESS: 'Đang khắc phục', RESOLVED: 'Đã khắc phục' },
  AwardKind: {
    BANG_KHEN: 'Bằng khen', GIAY_KHEN: 'Giấy khen', CO_THI_DUA: 'Cờ thi đua', DANH_HIEU: 'Danh hiệu thi đua', HUAN_CHUONG: 'Huân chương', OTHER: 'Khác',
  },
  Structure: { AS_OF: 'Theo cơ cấu tại thời điểm', CURRENT: 'Theo cơ cấu hiện nay' },
};
