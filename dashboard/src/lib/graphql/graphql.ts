/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which years, units and structure an analytics query covers (SPEC §4). */
export type AnalyticsFilter = {
  /** Từ ngày — first day counted (YYYY-MM-DD), within fromYear–toYear. With toDate, a date range: only events dated in it count, and a unit is in scope in a period (year, quarter, month, or the span) when it is active in the part of the period inside the range. Default: 1 January of fromYear. */
  fromDate?: string | null | undefined;
  /** First calendar year, inclusive. */
  fromYear: number;
  /** Tạm tính — also count SUBMITTED inspections (waiting for approval) beside the APPROVED ones; default false: APPROVED only (SPEC §6.3). Drafts never count. Figures with it are provisional: show them marked "tạm tính". */
  includeProvisional?: boolean | null | undefined;
  /** AS_OF (default) or CURRENT structure. */
  structure?: Structure | null | undefined;
  /** Đến ngày — last day counted (YYYY-MM-DD), inclusive; see fromDate. Default: 31 December of toYear. */
  toDate?: string | null | undefined;
  /** Last calendar year, inclusive. */
  toYear: number;
  /** Kinds of unit in scope; default every kind but CITY. */
  unitKinds?: Array<UnitKind> | null | undefined;
  /** Code of a unit: restrict the scope to it and its descendants (subtree). */
  withinUnit?: string | null | undefined;
};

/** Kế hoạch thực hiện QCDC năm — a unit's plan for a year, as the unit submits it. */
export type AnnualPlanInput = {
  /** Số kế hoạch — the document number, e.g. "12/KH-UBND". */
  documentNumber: string;
  /** Ngày ban hành — in the year or the one before, not in the future. */
  issuedOn: unknown;
  /** Mã đơn vị — the unit (for a scoped user, inside their scope); it must exist in the year. */
  unitCode: string;
  /** Năm — the year the plan is for. */
  year: number;
};

/** What a change did (thao tác). */
export type AuditAction =
  /** Tạo mới — the record was created (`before` is null). */
  | 'CREATE'
  /** Xóa — the record was deleted (`after` is null). */
  | 'DELETE'
  /** Cập nhật — fields changed (`before` and `after` hold the record). */
  | 'UPDATE';

/** Which audit entries (nhật ký thay đổi) to list; every given condition must hold. */
export type AuditFilter = {
  /** Từ ngày — changes on or after this day (YYYY-MM-DD, Vietnam time). */
  from?: string | null | undefined;
  /** With recordKey: also the changes of its children (an inspection's findings and recommendations; a unit's plans, models and awards). Default false. */
  includeChildren?: boolean | null | undefined;
  /** Only changes by this login ("cli" for the command line). */
  login?: string | null | undefined;
  /** Only changes of the record with this key (see AuditRecordType for the forms). */
  recordKey?: string | null | undefined;
  /** Only changes of this kind of record. */
  recordType?: AuditRecordType | null | undefined;
  /** Đến ngày — changes on or before this day (YYYY-MM-DD, Vietnam time). */
  to?: string | null | undefined;
};

/** The kind of record a change is about (loại bản ghi), with the form of its key (`recordKey`). */
export type AuditRecordType =
  /** Khen thưởng — key: "<recipient unit code>/<decision key>". */
  | 'AWARD'
  /** Quyết định khen thưởng — key: number|date|issuer|kind|period_from|period_to (empty parts when unknown). */
  | 'AWARD_DECISION'
  /** Kết quả theo nội dung — key: "<inspection code>/<requirement code>". */
  | 'FINDING'
  /** Khung tiêu chí — key: the framework code. */
  | 'FRAMEWORK'
  /** Cuộc kiểm tra — key: the inspection code. */
  | 'INSPECTION'
  /** Biến động đơn vị — key: date|type|from codes|to codes|decision (SPEC §5.2 natural key). */
  | 'LINEAGE_EVENT'
  /** A unit named by a lineage event — key: "<event key>/<FROM|TO>/<position>". */
  | 'LINEAGE_LINK'
  /** Mô hình "Dân vận khéo" — key: "<unit code>/<year>/<title>". */
  | 'MODEL'
  /** Kế hoạch năm — key: "<unit code>/<year>". */
  | 'PLAN'
  /** Kiến nghị — key: "<inspection code>/<seq>". */
  | 'RECOMMENDATION'
  /** Nội dung kiểm tra — key: the requirement code. */
  | 'REQUIREMENT'
  /** Nguồn — key: "<kind>/<title>" (+ "/<url>" when there is one). */
  | 'SOURCE'
  /** Đoàn kiểm tra — key: the team name. */
  | 'TEAM'
  /** Mã truy cập API — key: the token name; its user and when it was revoked (never the token). Shown to readers of the whole city only. */
  | 'TOKEN'
  /** Đơn vị — key: the unit code, e.g. "S_KHDT". */
  | 'UNIT'
  /** Tài khoản — key: the login; login, name, role, scope_roots, disabled (never the password). Shown to readers of the whole city only. */
  | 'USER';

/** Which awards (lượt khen thưởng, one per recipient of a decision) to list; units are the recipients as recorded. A dated decision counts by the year of its date; an undated one (known only by its period, like the 2015–2020 Bằng khen) when its period overlaps the years — the rule of awardStats. */
export type AwardFilter = {
  /** true: only DEMO (generated) records; false: only records from real sources. */
  demo?: boolean | null | undefined;
  /** Only records of units in this district (quận, huyện), by code: the district itself and the units below it. */
  districtCode?: string | null | undefined;
  /** From this calendar year (inclusive). */
  fromYear?: number | null | undefined;
  /** Accent-insensitive search in the issuer (cấp quyết định). */
  issuer?: string | null | undefined;
  /** Only these forms of award (hình thức khen thưởng). */
  kinds?: Array<AwardKind> | null | undefined;
  /** Giai đoạn — period label, e.g. "2015-2020". */
  period?: string | null | undefined;
  /** Only awards to this unit, by code (same as unitCode). */
  recipientCode?: string | null | undefined;
  /** AS_OF (default): unitCode and districtCode are read against the unit each record was recorded against. CURRENT (SPEC §4, as in analytics): against its current successor (Unit.currentSuccessor) — `unitCode: "W1"` also lists the records of the units merged into W1, and `districtCode` is the successor's district. withinUnit and unitKinds, the scope, stay on the recorded unit as in analytics; `where` reads its unitCode and districtCode against the successor too (its unitKind stays on the recorded unit). For a scoped reader a successor outside the scope is not followed (the record counts under its recorded unit). The records themselves are unchanged: `unit` is still the recorded unit. */
  structure?: Structure | null | undefined;
  /** Up to this calendar year (inclusive). */
  toYear?: number | null | undefined;
  /** Only records of this unit, by code. */
  unitCode?: string | null | undefined;
  /** Only records of units of these kinds (loại đơn vị). */
  unitKinds?: Array<UnitKind> | null | undefined;
  /** Only records of this unit and its descendants (subtree), by code. */
  withinUnit?: string | null | undefined;
};

/** Form of award (Hình thức khen thưởng). */
export type AwardKind =
  /** Bằng khen — certificate of merit */
  | 'BANG_KHEN'
  /** Cờ thi đua — emulation flag */
  | 'CO_THI_DUA'
  /** Danh hiệu thi đua — emulation title */
  | 'DANH_HIEU'
  /** Giấy khen — certificate of commendation */
  | 'GIAY_KHEN'
  /** Huân chương — order */
  | 'HUAN_CHUONG'
  /** Khác — other */
  | 'OTHER';

/** Quyết định — the decision behind a restructuring (stored as the lineage event's decision and its source document). */
export type DecisionInput = {
  /** Ngày ban hành. */
  date: unknown;
  /** Cơ quan ban hành — e.g. "Ủy ban Thường vụ Quốc hội". */
  issuer: string;
  /** Số hiệu — e.g. "Nghị quyết 1659/NQ-UBTVQH15". */
  number: string;
  /** Liên kết — an http(s) address of the text. */
  url?: string | null | undefined;
};

/** Trọng số — overrides the default weight of one factor (e.g. the weights the committee adopted for a year). */
export type FactorWeightInput = {
  /** The factor. */
  factor: PriorityFactorName;
  /** Points per unit of value, 0–1000 (0 switches the factor off). */
  weight: number;
};

/** Which findings (kết quả theo tiêu chí) to list; years and units are those of the inspection. */
export type FindingFilter = {
  /** Only findings on requirements of these categories (nhóm nội dung). */
  categories?: Array<RequirementCategory> | null | undefined;
  /** true: only DEMO (generated) records; false: only records from real sources. */
  demo?: boolean | null | undefined;
  /** Only records of units in this district (quận, huyện), by code: the district itself and the units below it. */
  districtCode?: string | null | undefined;
  /** From this calendar year (inclusive). */
  fromYear?: number | null | undefined;
  /** Only findings of this inspection, by code. */
  inspectionCode?: string | null | undefined;
  /** Only findings on these requirements, by code. */
  requirementCodes?: Array<string> | null | undefined;
  /** Only these results (kết quả). */
  results?: Array<FindingResult> | null | undefined;
  /** AS_OF (default): unitCode and districtCode are read against the unit each record was recorded against. CURRENT (SPEC §4, as in analytics): against its current successor (Unit.currentSuccessor) — `unitCode: "W1"` also lists the records of the units merged into W1, and `districtCode` is the successor's district. withinUnit and unitKinds, the scope, stay on the recorded unit as in analytics; `where` reads its unitCode and districtCode against the successor too (its unitKind stays on the recorded unit). For a scoped reader a successor outside the scope is not followed (the record counts under its recorded unit). The records themselves are unchanged: `unit` is still the recorded unit. */
  structure?: Structure | null | undefined;
  /** Only findings of inspections by this team (Đoàn kiểm tra), by name. */
  team?: string | null | undefined;
  /** Up to this calendar year (inclusive). */
  toYear?: number | null | undefined;
  /** Only records of this unit, by code. */
  unitCode?: string | null | undefined;
  /** Only records of units of these kinds (loại đơn vị). */
  unitKinds?: Array<UnitKind> | null | undefined;
  /** Only records of this unit and its descendants (subtree), by code. */
  withinUnit?: string | null | undefined;
};

/** Kết quả theo tiêu chí — the result of an inspection on one requirement. */
export type FindingInput = {
  /** Ghi chú — what the team noted. */
  note?: string | null | undefined;
  /** Mã tiêu chí — the requirement checked; it must be valid on the inspection date. */
  requirementCode: string;
  /** Kết quả — the result. */
  result: FindingResult;
};

/** Result on one requirement (Kết quả). */
export type FindingResult =
  /** Đạt — compliant (counts 1 in the compliance score) */
  | 'COMPLIANT'
  /** Chưa đạt — non-compliant (counts 0) */
  | 'NON_COMPLIANT'
  /** Không áp dụng — not applicable (excluded from the score) */
  | 'NOT_APPLICABLE'
  /** Đạt một phần — partly compliant (counts 0.5) */
  | 'PARTIAL';

/** Which inspections (cuộc kiểm tra) to list; years are those of the inspection date. */
export type InspectionFilter = {
  /** true: only DEMO (generated) records; false: only records from real sources. */
  demo?: boolean | null | undefined;
  /** Only records of units in this district (quận, huyện), by code: the district itself and the units below it. */
  districtCode?: string | null | undefined;
  /** From this calendar year (inclusive). */
  fromYear?: number | null | undefined;
  /** Only these forms of inspection (hình thức kiểm tra). */
  kinds?: Array<InspectionKind> | null | undefined;
  /** Only these ratings (xếp loại). */
  ratings?: Array<Rating> | null | undefined;
  /** AS_OF (default): unitCode and districtCode are read against the unit each record was recorded against. CURRENT (SPEC §4, as in analytics): against its current successor (Unit.currentSuccessor) — `unitCode: "W1"` also lists the records of the units merged into W1, and `districtCode` is the successor's district. withinUnit and unitKinds, the scope, stay on the recorded unit as in analytics; `where` reads its unitCode and districtCode against the successor too (its unitKind stays on the recorded unit). For a scoped reader a successor outside the scope is not followed (the record counts under its recorded unit). The records themselves are unchanged: `unit` is still the recorded unit. */
  structure?: Structure | null | undefined;
  /** Only inspections by this team (Đoàn kiểm tra), by name. */
  team?: string | null | undefined;
  /** Up to this calendar year (inclusive). */
  toYear?: number | null | undefined;
  /** Only records of this unit, by code. */
  unitCode?: string | null | undefined;
  /** Only records of units of these kinds (loại đơn vị). */
  unitKinds?: Array<UnitKind> | null | undefined;
  /** Only records of this unit and its descendants (subtree), by code. */
  withinUnit?: string | null | undefined;
};

/** Một cuộc kiểm tra — an inspection as its team records it (SPEC §6.3). */
export type InspectionInput = {
  /** Mã — the code; assigned (KT-<year>-<unit>-NNNN) when left out. Cannot change in an update. */
  code?: string | null | undefined;
  /** Kết luận — the conclusion. */
  conclusion?: string | null | undefined;
  /** Ngày — date of the visit. */
  date: unknown;
  /** Kết quả theo tiêu chí — one per requirement (an update replaces the list: a requirement left out loses its finding). */
  findings: Array<FindingInput>;
  /** Hình thức kiểm tra. */
  kind: InspectionKind;
  /** Người chủ trì — who led the team, with titles. */
  leader?: string | null | undefined;
  /** Xếp loại — overall rating. */
  rating?: Rating | null | undefined;
  /** Kiến nghị — in order (an update replaces the list). */
  recommendations?: Array<RecommendationInput> | null | undefined;
  /** Đoàn kiểm tra — the team by name (an unknown name creates the team). */
  team: string;
  /** Mã đơn vị — the inspected unit; active on the date and, for a scoped user, inside their scope. */
  unitCode: string;
};

/** Form of inspection (Hình thức kiểm tra). */
export type InspectionKind =
  /** Phúc tra — follow-up */
  | 'FOLLOW_UP'
  /** Định kỳ — periodic */
  | 'PERIODIC'
  /** Chuyên đề — thematic */
  | 'THEMATIC'
  /** Đột xuất — unannounced */
  | 'UNANNOUNCED';

/** Where an inspection stands in recording and approval (Trạng thái duyệt); analytics, exports and report packs count APPROVED ones only. */
export type InspectionStatus =
  /** Đã duyệt — approved by a LEADER or ADMIN (imports and seeds are approved); counted */
  | 'APPROVED'
  /** Bản nháp — being recorded by its author (also after a return), counted nowhere */
  | 'DRAFT'
  /** Chờ duyệt — submitted for review; counted only with includeProvisional */
  | 'SUBMITTED';

/** Which lineage events (biến động đơn vị) to list. */
export type LineageFilter = {
  /** true: only DEMO (generated) events; false: only events from real sources. */
  demo?: boolean | null | undefined;
  /** Events dated from this calendar year (inclusive). */
  fromYear?: number | null | undefined;
  /** Events dated up to this calendar year (inclusive). */
  toYear?: number | null | undefined;
  /** Only these kinds of change. */
  types?: Array<LineageType> | null | undefined;
  /** Only events this unit takes part in, on either side (by code). */
  unitCode?: string | null | undefined;
  /** Only events with a unit of this subtree on either side (by code of its root). */
  withinUnit?: string | null | undefined;
};

/** Kind of organisational change (Biến động đơn vị). */
export type LineageType =
  /** Giải thể — the from-units are dissolved (without successor when no to-unit is given) */
  | 'DISSOLVE'
  /** Thành lập — the to-units are established */
  | 'ESTABLISH'
  /** Hợp nhất, sáp nhập — the from-units merge into the single to-unit */
  | 'MERGE'
  /** Đổi tên — renamed (single target) */
  | 'RENAME'
  /** Chia tách — the from-unit splits; the first listed to-unit is its main successor */
  | 'SPLIT'
  /** Điều chuyển — transferred as a whole to the single target */
  | 'TRANSFER';

/** Mô hình "Dân vận khéo" — a model of a unit in a year. */
export type ModelInput = {
  /** Lĩnh vực — field, e.g. "Cải cách hành chính". */
  field?: string | null | undefined;
  /** Cấp — level of recognition, e.g. "Cấp quận". */
  level?: string | null | undefined;
  /** Tên mô hình — unique for the unit and year. */
  title: string;
  /** Mã đơn vị — the unit (for a scoped user, inside their scope); it must exist in the year. */
  unitCode: string;
  /** Năm — the year it was recognised (not a year still to come). */
  year: number;
};

/** A page of a list: `first` items after the `after` cursor. */
export type PageInput = {
  /** The endCursor of the previous page. */
  after?: string | null | undefined;
  /** How many items (1–500, default 50). */
  first?: number | null | undefined;
};

/** Yếu tố rủi ro — a factor of the inspection-priority score (docs/PLANNING.md, a proposal of the QCDC Hub team, not a rule of the Steering Committee). */
export type PriorityFactorName =
  /** Điểm tuân thủ giảm so với lần trước — Compliance decline since the previous inspection. Compliance score of the previous inspection − that of the last one when it fell (else 0), 4 decimals; null (0 points) unless both have a score. Default weight 20. */
  | 'COMPLIANCE_DECLINE'
  /** Mức chưa tuân thủ ở lần kiểm tra gần nhất — Non-compliance at the last inspection. 1 − the compliance score (SPEC §4: (C + 0.5·P) ÷ (C + P + N)) of the last inspection's findings, 4 decimals; null (0 points) when it has no applicable finding. Default weight 20. */
  | 'LOW_COMPLIANCE'
  /** Chưa từng được kiểm tra — Never inspected. 1 when neither the unit nor any predecessor (through lineage events on or before asOf) has an inspection dated on or before asOf, else 0. Default weight 40. */
  | 'NEVER_INSPECTED'
  /** Chưa có kế hoạch thực hiện QCDC năm — No annual QCDC plan. 1 when neither the unit nor a predecessor has an annual plan for the year of asOf, else 0. Default weight 10. */
  | 'NO_ANNUAL_PLAN'
  /** Kiến nghị quá hạn chưa khắc phục — Overdue recommendations. Recommendations of inspections of the unit or a predecessor that are overdue at asOf (SPEC §4: open, due date before asOf), at most 5. Default weight 4. */
  | 'OVERDUE_RECOMMENDATIONS'
  /** Số năm kể từ lần kiểm tra gần nhất — Years since the last inspection. (asOf − date of the last inspection of the unit or a predecessor) in days ÷ 365.25, 2 decimals, at most 10; null (0 points) when never inspected. Default weight 3. */
  | 'YEARS_SINCE_LAST';

/** Which units inspectionPriorities and draftProgramme consider: units active on asOf, of these kinds, in a subtree or district. */
export type PriorityFilter = {
  /** Quận, huyện — only units of this district, by code: the unit's own district, or (for a unit with none, e.g. a ward formed after districts were abolished on 1/7/2025) its predecessors' most frequent district. */
  districtCode?: string | null | undefined;
  /** Loại đơn vị — kinds of unit; default every kind but CITY. */
  unitKinds?: Array<UnitKind> | null | undefined;
  /** Only that unit and its descendants (subtree), by code. */
  withinUnit?: string | null | undefined;
};

/** What to plan: the year, the cycle N, the teams with their capacities, and the planner's adjustments. The same input always gives the same programme. */
export type ProgrammeInput = {
  /** Date the history is taken at; default the last day of the year before. */
  asOf?: unknown;
  /** N (1–10): every unit at least once in N years. */
  cycleYears: number;
  /** Unit codes not to visit this time (listed as uncovered when due). */
  excluded?: Array<string> | null | undefined;
  /** Which units to plan for. */
  filter?: PriorityFilter | null | undefined;
  /** Months visits may be proposed in (1–12); default March to November (away from Tết and the year-end reports). */
  months?: Array<number> | null | undefined;
  /** Unit codes that must be visited in the programme year (they take capacity first). */
  pinned?: Array<string> | null | undefined;
  /** Đoàn kiểm tra — the teams (at least one), in the order the annex lists them. */
  teams: Array<TeamCapacityInput>;
  /** Weights overriding the defaults. */
  weights?: Array<FactorWeightInput> | null | undefined;
  /** Năm kế hoạch — the programme year. */
  year: number;
};

/** Overall rating of an inspection (Xếp loại). */
export type Rating =
  /** Xuất sắc — excellent */
  | 'EXCELLENT'
  /** Tốt — good */
  | 'GOOD'
  /** Đạt — satisfactory */
  | 'SATISFACTORY'
  /** Chưa đạt — unsatisfactory */
  | 'UNSATISFACTORY';

/** Which recommendations (kiến nghị) to list; years and units are those of the inspection that made them. */
export type RecommendationFilter = {
  /** true: only DEMO (generated) records; false: only records from real sources. */
  demo?: boolean | null | undefined;
  /** Only records of units in this district (quận, huyện), by code: the district itself and the units below it. */
  districtCode?: string | null | undefined;
  /** From this calendar year (inclusive). */
  fromYear?: number | null | undefined;
  /** Only recommendations of this inspection, by code. */
  inspectionCode?: string | null | undefined;
  /** Only those open on this date (YYYY-MM-DD, SPEC §4): made by an inspection on or before it and not resolved on or before it. */
  openOn?: string | null | undefined;
  /** Only those overdue on this date (YYYY-MM-DD, SPEC §4): open on it with a due date before it. */
  overdueOn?: string | null | undefined;
  /** Only these current statuses (tình trạng khắc phục). */
  statuses?: Array<RecommendationStatus> | null | undefined;
  /** AS_OF (default): unitCode and districtCode are read against the unit each record was recorded against. CURRENT (SPEC §4, as in analytics): against its current successor (Unit.currentSuccessor) — `unitCode: "W1"` also lists the records of the units merged into W1, and `districtCode` is the successor's district. withinUnit and unitKinds, the scope, stay on the recorded unit as in analytics; `where` reads its unitCode and districtCode against the successor too (its unitKind stays on the recorded unit). For a scoped reader a successor outside the scope is not followed (the record counts under its recorded unit). The records themselves are unchanged: `unit` is still the recorded unit. */
  structure?: Structure | null | undefined;
  /** Up to this calendar year (inclusive). */
  toYear?: number | null | undefined;
  /** Only records of this unit, by code. */
  unitCode?: string | null | undefined;
  /** Only records of units of these kinds (loại đơn vị). */
  unitKinds?: Array<UnitKind> | null | undefined;
  /** Only records of this unit and its descendants (subtree), by code. */
  withinUnit?: string | null | undefined;
};

/** Kiến nghị — a matter to remedy; its seq is its position in the list (1, 2, …). */
export type RecommendationInput = {
  /** Hạn khắc phục — due date (not before the inspection). */
  dueDate?: unknown;
  /** Ngày khắc phục — required when RESOLVED, else empty. */
  resolvedOn?: unknown;
  /** Tình trạng — default OPEN. */
  status?: RecommendationStatus;
  /** Nội dung — what is to be remedied. */
  text: string;
};

/** Báo cáo khắc phục — a progress report on a recommendation. */
export type RecommendationProgressInput = {
  /** Ngày — the day the status applies from: not before the inspection nor the previous report, not in the future. */
  date: unknown;
  /** Nội dung đã thực hiện — what was done (required, at most 2000 characters). */
  note: string;
  /** Tình trạng — the status from `date` on (OPEN, IN_PROGRESS or RESOLVED; UNKNOWN is refused). RESOLVED closes it from that date (resolvedOn = date): it stops counting as open or overdue at that date and later, never earlier. */
  status: RecommendationStatus;
  /** The version of the recommendation you read (Recommendation.version): if it changed since, CONFLICT and nothing is written. */
  version?: number | null | undefined;
};

/** Status of a matter to remedy (Tình trạng khắc phục). */
export type RecommendationStatus =
  /** Đang khắc phục — in progress */
  | 'IN_PROGRESS'
  /** Chưa khắc phục — open */
  | 'OPEN'
  /** Đã khắc phục — resolved */
  | 'RESOLVED'
  /** Không rõ — the source does not say; counted neither open nor resolved in any metric */
  | 'UNKNOWN';

/** Group of QCDC content (Nhóm nội dung). */
export type RequirementCategory =
  /** Quan hệ với công dân, tổ chức — relations with citizens */
  | 'CITIZEN_RELATIONS'
  /** Lấy ý kiến — consultation */
  | 'CONSULT'
  /** Bàn và quyết định — discuss and decide */
  | 'DISCUSS_DECIDE'
  /** Trách nhiệm người đứng đầu — head's responsibility */
  | 'LEADERSHIP'
  /** Tổ chức thực hiện — organisation (steering committee, plan, communication) */
  | 'ORGANIZATION'
  /** Công khai — disclosure */
  | 'PUBLICIZE'
  /** Kiểm tra, giám sát — supervision (incl. Ban Thanh tra nhân dân) */
  | 'SUPERVISE';

/** Tổ chức lại đơn vị — a merge, split, rename or dissolution on a date, with its decision. */
export type RestructureInput = {
  /** Ngày hiệu lực — the first day of the new structure; the ending units end the day before. */
  date: unknown;
  /** Quyết định — number, date and issuing body. */
  decision: DecisionInput;
  /** Đơn vị trước — codes of the units restructured, active on the date. */
  fromUnits: Array<string>;
  /** Kiểu — merge, split, rename or dissolve. */
  kind: RestructureKind;
  /** Ghi chú. */
  note?: string | null | undefined;
  /** Đơn vị sau — in order (a SPLIT's first target is the main successor); none for DISSOLVE. */
  targets?: Array<RestructureTargetInput> | null | undefined;
};

/** Kiểu tổ chức lại — what a restructuring does (the lineage type it records). */
export type RestructureKind =
  /** Giải thể — the units end without successor; their records stay under them. */
  | 'DISSOLVE'
  /** Hợp nhất, sáp nhập — the units end and count under the one target (new, or existing and taking them over). */
  | 'MERGE'
  /** Đổi tên — the same code renames in place; a new code ends the unit and creates the new one. */
  | 'RENAME'
  /** Chia tách — the unit ends; its records count under the first target. */
  | 'SPLIT';

/** A unit a restructuring leads to: an existing code (active on the date), or a new unit with its name and kind. */
export type RestructureTargetInput = {
  /** Mã đơn vị — an existing unit, or the code of the new one. */
  code: string;
  /** Loại — the new unit's kind (a rename keeps the unit's kind when left out). */
  kind?: UnitKind | null | undefined;
  /** Tên — the new unit's name (or the new name of a rename in place). */
  name?: string | null | undefined;
  /** Tên tiếng Anh. */
  nameEn?: string | null | undefined;
  /** Mã đơn vị cấp trên — default: the (first) restructured unit's parent. */
  parentCode?: string | null | undefined;
};

/** What a user may do (vai trò, SPEC §6.1). */
export type Role =
  /** Quản trị — everything: users, tokens, units and lineage, imports, approvals. */
  | 'ADMIN'
  /** Chuyên viên phân tích — reads everything in scope, in the dashboard or with API tokens. */
  | 'ANALYST'
  /** Thành viên đoàn kiểm tra — records inspections of units in scope, edits own drafts, submits. */
  | 'INSPECTOR'
  /** Lãnh đạo — reads everything in scope; approves or returns submitted inspections. */
  | 'LEADER'
  /** Cán bộ đơn vị — reads own unit’s subtree; updates its recommendations’ progress, annual plans and models. */
  | 'UNIT_OFFICER';

/** Kind of source document (Nguồn). */
export type SourceKind =
  /** Bài viết — a published article */
  | 'ARTICLE'
  /** Quyết định, nghị quyết — a decision or resolution */
  | 'DECISION'
  /** Dữ liệu minh họa — generated demo data, not fact */
  | 'DEMO'
  /** Đề xuất — a proposal, not an official text */
  | 'PROPOSAL'
  /** Dữ liệu tham chiếu — researched reference data (e.g. GSO unit lists) */
  | 'REFERENCE'
  /** Báo cáo — a report or an imported file */
  | 'REPORT';

/** Which organisation structure records are counted under. */
export type Structure =
  /** Theo cơ cấu tại thời điểm — each record counts under the unit it was recorded against (default). */
  | 'AS_OF'
  /** Theo cơ cấu hiện nay — each record counts under its unit's current successor (MERGE, RENAME, TRANSFER to the single target, SPLIT to the first listed target, until a unit that still exists). Scope is decided on the recorded units; coverage then counts distinct successors. */
  | 'CURRENT';

/** Một đoàn kiểm tra — a team and how many visits it can make in the programme year. */
export type TeamCapacityInput = {
  /** Team name, e.g. "Đoàn kiểm tra số 2". */
  name: string;
  /** Visits in the year (0–10,000). */
  visits: number;
};

/** Why a unit due within the N-year cycle gets no visit. */
export type UncoveredReason =
  /** Không đủ năng lực — the teams' visits cannot reach it by its deadline. */
  | 'CAPACITY'
  /** Loại trừ — the planner excluded it. */
  | 'EXCLUDED';

/** Which units uninspectedUnits considers: units active on asOf, of the given kinds, in a subtree or district. */
export type UninspectedFilter = {
  /** The date to plan from (YYYY-MM-DD); default today. Units active that day; inspections up to that day. */
  asOf?: string | null | undefined;
  /** Only units of this district (quận, huyện), by code. */
  districtCode?: string | null | undefined;
  /** Count the inspections of the units that became this one (predecessors through lineage events, transitively) as its own: e.g. Sở Tài chính (2025) inherits the 2021 inspection of Sở Kế hoạch và Đầu tư. */
  includePredecessors?: boolean | null | undefined;
  /** Only units not inspected since this date (YYYY-MM-DD): last inspection before it, or never. */
  notInspectedSince?: string | null | undefined;
  /** Kinds of unit; default every kind but CITY. */
  unitKinds?: Array<UnitKind> | null | undefined;
  /** Only that unit and its descendants (subtree), by code. */
  withinUnit?: string | null | undefined;
};

/** Which units to list. */
export type UnitFilter = {
  /** Only units that existed on this date (YYYY-MM-DD): the hierarchy as of a date. */
  activeOn?: string | null | undefined;
  /** Only units active in this year (validity intersects the year). */
  activeYear?: number | null | undefined;
  /** Only units of this district (quận, huyện; SPEC §4: the district itself and units below it), by code. */
  districtCode?: string | null | undefined;
  /** Only these kinds. */
  kinds?: Array<UnitKind> | null | undefined;
  /** Only the direct children of this unit, by code. */
  parentCode?: string | null | undefined;
  /** Accent- and case-insensitive search in name and code; every word must occur ("ke hoach" finds "Kế hoạch và Đầu tư", "da nang" finds "Đà Nẵng"). */
  search?: string | null | undefined;
  /** Only that unit and its descendants (subtree), by code. */
  withinUnit?: string | null | undefined;
};

/** Kind of organisational unit (Loại đơn vị). */
export type UnitKind =
  /** Thành phố — the city */
  | 'CITY'
  /** Xã — commune */
  | 'COMMUNE'
  /** Sở, ban, ngành — department or board of the City People's Committee */
  | 'DEPARTMENT'
  /** Quận, huyện — district (abolished 1/7/2025) */
  | 'DISTRICT'
  /** Khác (đặc khu…) — other, e.g. the Hoàng Sa special zone */
  | 'OTHER'
  /** Cơ quan Đảng, đoàn thể — Party or mass organisation */
  | 'PARTY_MASS_ORG'
  /** Đơn vị sự nghiệp công lập — public service unit */
  | 'PUBLIC_SERVICE_UNIT'
  /** Doanh nghiệp nhà nước — state-owned enterprise */
  | 'STATE_ENTERPRISE'
  /** Phường — ward */
  | 'WARD';

/** Lý do — why the draft programme proposes a visit. */
export type VisitReason =
  /** Bố trí sớm để giữ chu kỳ — due in a later year, taken now because later years lack the capacity. */
  | 'CYCLE_AHEAD'
  /** Đến hạn theo chu kỳ — the last inspection was N or more years before the programme year. */
  | 'CYCLE_DUE'
  /** Điểm ưu tiên cao — not due yet; fills the remaining capacity in score order. */
  | 'HIGH_RISK'
  /** Chưa từng được kiểm tra — no inspection of the unit or its predecessors on record. */
  | 'NEVER_INSPECTED'
  /** Chỉ định — the planner pinned the unit into this year. */
  | 'PINNED';

export type ChangeHistoryQueryVariables = Exact<{
  filter: AuditFilter;
  page?: PageInput | null | undefined;
}>;


export type ChangeHistoryQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, at: string, login: string, via: string, recordType: AuditRecordType, recordKey: string, action: AuditAction, changes: Array<{ field: string, before: unknown, after: unknown }> }> } };

export type AwardRowFragment = { isDemo: boolean, citation: string | null, recipient: { code: string, name: string }, decision: { number: string | null, date: string | null, issuer: string, kind: AwardKind, period: string | null } };

export type AwardsByYearKindQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type AwardsByYearKindQuery = { awardStats: Array<{ year: number | null, kind: string | null, awards: number }> };

export type AwardsByPeriodKindQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type AwardsByPeriodKindQuery = { awardStats: Array<{ period: string | null, kind: string | null, awards: number }> };

export type AwardsByDistrictQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type AwardsByDistrictQuery = { awardStats: Array<{ awards: number, district: { code: string, name: string } | null }> };

export type AwardsByUnitKindQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type AwardsByUnitKindQuery = { awardStats: Array<{ unitKind: UnitKind | null, awards: number }> };

export type AwardListQueryVariables = Exact<{
  filter?: AwardFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AwardListQuery = { awards: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ isDemo: boolean, citation: string | null, recipient: { code: string, name: string }, decision: { number: string | null, date: string | null, issuer: string, kind: AwardKind, period: string | null } }> } };

export type ComplianceByYearQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type ComplianceByYearQuery = { compliance: Array<{ year: number | null, compliant: number, partial: number, nonCompliant: number, notApplicable: number, score: number | null, requirement: { code: string, title: string, titleEn: string | null, category: RequirementCategory } }> };

export type ComplianceByCategoryQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type ComplianceByCategoryQuery = { complianceSummary: Array<{ category: RequirementCategory | null, compliant: number, partial: number, nonCompliant: number, notApplicable: number, score: number | null }> };

export type FindingListQueryVariables = Exact<{
  filter?: FindingFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type FindingListQuery = { findings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ result: FindingResult, note: string | null, requirement: { code: string, title: string }, inspection: { code: string, date: string, isDemo: boolean, unit: { code: string, name: string }, team: { name: string } } }> } };

export type RequirementTitleQueryVariables = Exact<{
  code: string;
}>;


export type RequirementTitleQuery = { requirement: { code: string, title: string, titleEn: string | null, category: RequirementCategory } | null };

export type ComplianceCompareQueryVariables = Exact<{
  a: AnalyticsFilter;
  b: AnalyticsFilter;
}>;


export type ComplianceCompareQuery = { a: Array<{ compliant: number, partial: number, nonCompliant: number, score: number | null, requirement: { code: string, title: string, titleEn: string | null } }>, b: Array<{ compliant: number, partial: number, nonCompliant: number, score: number | null, requirement: { code: string, title: string, titleEn: string | null } }>, aTotal: Array<{ compliant: number, partial: number, nonCompliant: number, score: number | null }>, bTotal: Array<{ compliant: number, partial: number, nonCompliant: number, score: number | null }> };

export type CoverageByDistrictYearQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type CoverageByDistrictYearQuery = { coverage: Array<{ year: number | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null, district: { code: string, name: string } | null }> };

export type CoverageByKindQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type CoverageByKindQuery = { coverage: Array<{ unitKind: UnitKind | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null }> };

export type UninspectedUnitsQueryVariables = Exact<{
  filter?: UninspectedFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type UninspectedUnitsQuery = { uninspectedUnits: { totalCount: number, nodes: Array<{ daysSince: number | null, inspections: number, lastInspectionDate: string | null, lastInspection: { code: string, isDemo: boolean, unit: { code: string, name: string } } | null, unit: { code: string, name: string, kind: UnitKind, district: { name: string } | null } }> } };

export type CoverageCompareQueryVariables = Exact<{
  a: AnalyticsFilter;
  b: AnalyticsFilter;
}>;


export type CoverageCompareQuery = { a: Array<{ unitsInScope: number, unitsInspected: number, rate: number | null, district: { code: string, name: string } | null }>, b: Array<{ unitsInScope: number, unitsInspected: number, rate: number | null, district: { code: string, name: string } | null }>, aTotal: Array<{ unitsInScope: number, unitsInspected: number, rate: number | null }>, bTotal: Array<{ unitsInScope: number, unitsInspected: number, rate: number | null }> };

export type SourceCardFragment = { title: string, publisher: string | null, publishedOn: string | null, url: string | null, kind: SourceKind, isDemo: boolean };

export type InspectionDetailQueryVariables = Exact<{
  code: string;
}>;


export type InspectionDetailQuery = { inspection: { code: string, date: string, isDemo: boolean, kind: InspectionKind | null, rating: Rating | null, conclusion: string | null, leader: string | null, unit: { code: string, name: string, kind: UnitKind }, team: { name: string, committee: string | null, leader: string | null }, findings: Array<{ result: FindingResult, note: string | null, requirement: { code: string, title: string, titleEn: string | null, category: RequirementCategory } }>, recommendations: Array<{ seq: number, text: string, dueDate: string | null, status: RecommendationStatus, resolvedOn: string | null }>, source: { title: string, publisher: string | null, publishedOn: string | null, url: string | null, kind: SourceKind, isDemo: boolean } | null } | null };

export type InspectionRowFragment = { code: string, date: string, kind: InspectionKind | null, rating: Rating | null, isDemo: boolean, unit: { code: string, name: string, kind: UnitKind }, team: { name: string } };

export type InspectionListQueryVariables = Exact<{
  filter?: InspectionFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type InspectionListQuery = { inspections: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ code: string, date: string, kind: InspectionKind | null, rating: Rating | null, isDemo: boolean, unit: { code: string, name: string, kind: UnitKind }, team: { name: string } }> } };

export type RecommendationListQueryVariables = Exact<{
  filter?: RecommendationFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type RecommendationListQuery = { recommendations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ seq: number, text: string, dueDate: string | null, status: RecommendationStatus, resolvedOn: string | null, inspection: { code: string, date: string, isDemo: boolean, unit: { code: string, name: string } } }> } };

export type OverviewKpisQueryVariables = Exact<{
  filter: AnalyticsFilter;
  openFilter: AnalyticsFilter;
  asOf: string;
  prevAsOf: string;
}>;


export type OverviewKpisQuery = { coverage: Array<{ year: number | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null }>, complianceSummary: Array<{ year: number | null, score: number | null }>, awardStats: Array<{ year: number | null, awards: number }>, planRate: Array<{ year: number | null, unitsInScope: number, unitsWithPlan: number, rate: number | null }>, openNow: Array<{ open: number, overdue: number }>, openBefore: Array<{ open: number, overdue: number }> };

export type DistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsQuery = { units: { nodes: Array<{ code: string, name: string, validTo: string | null }> } };

export type RecordCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordCountsQuery = { real: { totalCount: number }, demo: { totalCount: number }, latest: { nodes: Array<{ date: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { login: string, name: string | null, role: Role, scopeRoots: Array<string> } | null };

export type MapBoundariesQueryVariables = Exact<{
  asOf?: unknown;
  withinUnit?: string | null | undefined;
  unitKinds?: Array<UnitKind> | UnitKind | null | undefined;
}>;


export type MapBoundariesQuery = { boundaries: { type: string, asOf: unknown, features: Array<{ type: string, id: string, geometry: unknown, properties: { unitCode: string, name: string, nameEn: string | null, kind: UnitKind, validFrom: unknown, validTo: unknown, sourceKind: string, sourceTitle: string } }> } };

export type MapCoverageQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type MapCoverageQuery = { coverage: Array<{ unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null, unit: { code: string } | null }> };

export type MapComplianceQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type MapComplianceQuery = { complianceSummary: Array<{ compliant: number, partial: number, nonCompliant: number, notApplicable: number, score: number | null, unit: { code: string } | null }> };

export type CoverageByYearQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type CoverageByYearQuery = { coverage: Array<{ year: number | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null }> };

export type ScopeChangesQueryVariables = Exact<{
  filter?: LineageFilter | null | undefined;
}>;


export type ScopeChangesQuery = { lineageEvents: { nodes: Array<{ date: string, type: LineageType, decision: string | null, fromUnits: Array<{ kind: UnitKind }>, toUnits: Array<{ kind: UnitKind }> }> } };

export type PlanningPrioritiesQueryVariables = Exact<{
  asOf: unknown;
  filter?: PriorityFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type PlanningPrioritiesQuery = { inspectionPriorities: Array<{ rank: number, total: number, score: number, districtFromPredecessors: boolean, predecessors: number, historyKnownFrom: string | null, neverInspected: boolean, lastInspectionDate: string | null, yearsSince: number | null, inspectionsLast5Years: number, lastRating: Rating | null, lastScore: number | null, openRecommendations: number, overdueRecommendations: number, maxDaysOverdue: number | null, hasPlan: boolean, lastInspectionInherited: boolean, unit: { code: string, name: string, kind: UnitKind }, district: { code: string, name: string } | null, lastInspection: { code: string, isDemo: boolean, unit: { code: string, name: string } } | null, factors: Array<{ name: PriorityFactorName, value: number | null, weight: number, points: number }> }>, priorityFactors: Array<{ name: PriorityFactorName, labelVi: string, labelEn: string, weight: number, cap: number | null, source: string }> };

export type PlanningProgrammeQueryVariables = Exact<{
  input: ProgrammeInput;
}>;


export type PlanningProgrammeQuery = { draftProgramme: { year: number, asOf: string, cycleYears: number, capacity: number, unitsInScope: number, coversCycle: boolean, teams: Array<{ name: string, capacity: number, visits: number }>, horizon: Array<{ year: number, due: number, planned: number }>, visits: Array<{ seq: number, team: string, month: number, reason: VisitReason, deadlineYear: number, unit: { code: string, name: string }, priority: { score: number, lastInspectionDate: string | null, lastInspection: { isDemo: boolean } | null } }>, uncovered: Array<{ reason: UncoveredReason, deadlineYear: number, unit: { code: string, name: string }, priority: { score: number, lastInspectionDate: string | null } }> } };

export type UnitChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
  activeOn: string;
}>;


export type UnitChoicesQuery = { units: { nodes: Array<{ code: string, name: string, kind: UnitKind }> } };

export type RequirementsOnQueryVariables = Exact<{
  date: string;
}>;


export type RequirementsOnQuery = { requirements: { nodes: Array<{ code: string, title: string, titleEn: string | null, category: RequirementCategory, framework: { code: string } }> } };

export type InspectionRecordFragment = { code: string, version: number, status: InspectionStatus, author: string | null, returnReason: string | null, reviewedBy: string | null, reviewedAt: string | null, submittedAt: string | null, date: string, kind: InspectionKind | null, rating: Rating | null, leader: string | null, conclusion: string | null, unit: { code: string, name: string }, team: { name: string }, findings: Array<{ result: FindingResult, note: string | null, requirement: { code: string, title: string, titleEn: string | null } }>, recommendations: Array<{ seq: number, text: string, dueDate: string | null, status: RecommendationStatus }> };

export type InspectionToEditQueryVariables = Exact<{
  code: string;
}>;


export type InspectionToEditQuery = { inspection: { code: string, version: number, status: InspectionStatus, author: string | null, returnReason: string | null, reviewedBy: string | null, reviewedAt: string | null, submittedAt: string | null, date: string, kind: InspectionKind | null, rating: Rating | null, leader: string | null, conclusion: string | null, unit: { code: string, name: string }, team: { name: string }, findings: Array<{ result: FindingResult, note: string | null, requirement: { code: string, title: string, titleEn: string | null } }>, recommendations: Array<{ seq: number, text: string, dueDate: string | null, status: RecommendationStatus }> } | null };

export type MyPendingQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPendingQuery = { myPendingInspections: Array<{ code: string, date: string, status: InspectionStatus, returnReason: string | null, reviewedBy: string | null, unit: { name: string } }> };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { inspectionsToReview: Array<{ code: string, date: string, author: string | null, submittedAt: string | null, returnReason: string | null, unit: { code: string, name: string }, team: { name: string } }> };

export type ReviewDetailQueryVariables = Exact<{
  code: string;
}>;


export type ReviewDetailQuery = { inspection: { code: string, version: number, status: InspectionStatus, author: string | null, returnReason: string | null, reviewedBy: string | null, reviewedAt: string | null, submittedAt: string | null, date: string, kind: InspectionKind | null, rating: Rating | null, leader: string | null, conclusion: string | null, previousInspection: { code: string, version: number, status: InspectionStatus, author: string | null, returnReason: string | null, reviewedBy: string | null, reviewedAt: string | null, submittedAt: string | null, date: string, kind: InspectionKind | null, rating: Rating | null, leader: string | null, conclusion: string | null, unit: { code: string, name: string }, team: { name: string }, findings: Array<{ result: FindingResult, note: string | null, requirement: { code: string, title: string, titleEn: string | null } }>, recommendations: Array<{ seq: number, text: string, dueDate: string | null, status: RecommendationStatus }> } | null, unit: { code: string, name: string }, team: { name: string }, findings: Array<{ result: FindingResult, note: string | null, requirement: { code: string, title: string, titleEn: string | null } }>, recommendations: Array<{ seq: number, text: string, dueDate: string | null, status: RecommendationStatus }> } | null };

export type CreateInspectionMutationVariables = Exact<{
  input: InspectionInput;
}>;


export type CreateInspectionMutation = { createInspection: { code: string, version: number } };

export type UpdateInspectionMutationVariables = Exact<{
  code: string;
  version: number;
  input: InspectionInput;
}>;


export type UpdateInspectionMutation = { updateInspection: { code: string, version: number } };

export type SubmitInspectionMutationVariables = Exact<{
  code: string;
}>;


export type SubmitInspectionMutation = { submitInspection: { code: string, status: InspectionStatus } };

export type ApproveInspectionMutationVariables = Exact<{
  code: string;
}>;


export type ApproveInspectionMutation = { approveInspection: { code: string, status: InspectionStatus } };

export type ReturnInspectionMutationVariables = Exact<{
  code: string;
  reason: string;
}>;


export type ReturnInspectionMutation = { returnInspection: { code: string, status: InspectionStatus } };

export type ProgressStepFragment = { at: string, date: string | null, status: RecommendationStatus, note: string | null, login: string | null, via: string, report: boolean };

export type RecommendationToUpdateQueryVariables = Exact<{
  code: string;
}>;


export type RecommendationToUpdateQuery = { recommendations: { nodes: Array<{ seq: number, text: string, dueDate: string | null, status: RecommendationStatus, resolvedOn: string | null, version: number, progress: Array<{ at: string, date: string | null, status: RecommendationStatus, note: string | null, login: string | null, via: string, report: boolean }>, inspection: { code: string, date: string, status: InspectionStatus, unit: { code: string, name: string } } }> } };

export type UnitRecommendationsQueryVariables = Exact<{
  code: string;
}>;


export type UnitRecommendationsQuery = { recommendations: { totalCount: number, nodes: Array<{ seq: number, text: string, dueDate: string | null, status: RecommendationStatus, resolvedOn: string | null, progress: Array<{ at: string, date: string | null, status: RecommendationStatus, note: string | null, login: string | null, via: string, report: boolean }>, inspection: { code: string, date: string, status: InspectionStatus } }> } };

export type UpdateRecommendationProgressMutationVariables = Exact<{
  code: string;
  seq: number;
  input: RecommendationProgressInput;
}>;


export type UpdateRecommendationProgressMutation = { updateRecommendationProgress: { seq: number, status: RecommendationStatus, version: number } };

export type UnitReportsQueryVariables = Exact<{
  code: string;
}>;


export type UnitReportsQuery = { unit: { code: string, name: string, plans: Array<{ year: number, issuedOn: string | null, documentNumber: string | null, version: number }>, models: Array<{ year: number, title: string, field: string | null, level: string | null }> } | null };

export type SubmitAnnualPlanMutationVariables = Exact<{
  input: AnnualPlanInput;
  version?: number | null | undefined;
}>;


export type SubmitAnnualPlanMutation = { submitAnnualPlan: { year: number, version: number } };

export type SubmitModelMutationVariables = Exact<{
  input: ModelInput;
}>;


export type SubmitModelMutation = { submitModel: { year: number, title: string } };

export type RecommendationProgressOfQueryVariables = Exact<{
  filter?: RecommendationFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type RecommendationProgressOfQuery = { recommendations: { nodes: Array<{ seq: number, inspection: { code: string }, progress: Array<{ at: string, date: string | null, status: RecommendationStatus, note: string | null, login: string | null, via: string, report: boolean }> }> } };

export type RestructureUnitsMutationVariables = Exact<{
  input: RestructureInput;
  dryRun?: boolean | null | undefined;
}>;


export type RestructureUnitsMutation = { restructureUnits: { dryRun: boolean, fromYear: number, toYear: number, decision: string, created: Array<string>, ended: Array<string>, renamed: Array<string>, before: { total: { unitCode: string | null, unitName: string | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null, compliant: number, partial: number, nonCompliant: number, score: number | null }, units: Array<{ unitCode: string | null, unitName: string | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null, compliant: number, partial: number, nonCompliant: number, score: number | null }> }, after: { total: { unitCode: string | null, unitName: string | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null, compliant: number, partial: number, nonCompliant: number, score: number | null }, units: Array<{ unitCode: string | null, unitName: string | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null, compliant: number, partial: number, nonCompliant: number, score: number | null }> } } };

export type RestructureFigureFieldsFragment = { unitCode: string | null, unitName: string | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null, compliant: number, partial: number, nonCompliant: number, score: number | null };

export type RestructureSideFieldsFragment = { total: { unitCode: string | null, unitName: string | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null, compliant: number, partial: number, nonCompliant: number, score: number | null }, units: Array<{ unitCode: string | null, unitName: string | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null, compliant: number, partial: number, nonCompliant: number, score: number | null }> };

export type TrendSeriesQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type TrendSeriesQuery = { coverage: Array<{ year: number | null, unitsInScope: number, unitsInspected: number, inspections: number, rate: number | null }>, complianceSummary: Array<{ year: number | null, score: number | null }>, planRate: Array<{ year: number | null, unitsInScope: number, unitsWithPlan: number, rate: number | null }> };

export type UnitTreeQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type UnitTreeQuery = { units: { totalCount: number, nodes: Array<{ code: string, name: string, kind: UnitKind, validFrom: string | null, validTo: string | null, parent: { code: string, name: string } | null }> } };

export type UnitSearchQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type UnitSearchQuery = { units: { totalCount: number, nodes: Array<{ code: string, name: string, kind: UnitKind, validFrom: string | null, validTo: string | null, parent: { code: string, name: string } | null, currentSuccessor: { code: string, name: string } }> } };

export type UnitNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitNamesQuery = { units: { totalCount: number, nodes: Array<{ code: string, name: string, kind: UnitKind, validFrom: string | null, validTo: string | null }> } };

export type UnitDetailQueryVariables = Exact<{
  code: string;
}>;


export type UnitDetailQuery = { unit: { code: string, name: string, nameEn: string | null, kind: UnitKind, validFrom: string | null, validTo: string | null, parent: { code: string, name: string } | null, children: Array<{ code: string, name: string, kind: UnitKind, validTo: string | null }>, source: { title: string, publisher: string | null, publishedOn: string | null, url: string | null, kind: SourceKind, isDemo: boolean } | null } | null };

export type UnitHistoryQueryVariables = Exact<{
  code: string;
}>;


export type UnitHistoryQuery = { unit: { code: string, currentSuccessor: { code: string, name: string }, predecessors: Array<{ code: string, name: string, validTo: string | null }>, successors: Array<{ code: string, name: string, validTo: string | null }>, plans: Array<{ year: number }> } | null };

export type UnitLineageQueryVariables = Exact<{
  code: string;
}>;


export type UnitLineageQuery = { lineageEvents: { nodes: Array<{ date: string, type: LineageType, decision: string | null, note: string | null, isDemo: boolean, fromUnits: Array<{ code: string, name: string }>, toUnits: Array<{ code: string, name: string }> }> } };

export type ReorganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReorganisationsQuery = { lineageEvents: { totalCount: number, nodes: Array<{ date: string, type: LineageType, decision: string | null, isDemo: boolean, fromUnits: Array<{ code: string, name: string }>, toUnits: Array<{ code: string, name: string }> }> } };

export type UnitInspectionHistoryQueryVariables = Exact<{
  code: string;
}>;


export type UnitInspectionHistoryQuery = { unit: { history: { inspections: Array<{ code: string, date: string, kind: InspectionKind | null, rating: Rating | null, isDemo: boolean, unit: { code: string, name: string, kind: UnitKind }, team: { name: string } }> } } | null };

export type UnitAwardHistoryQueryVariables = Exact<{
  code: string;
}>;


export type UnitAwardHistoryQuery = { unit: { history: { awards: Array<{ isDemo: boolean, citation: string | null, recipient: { code: string, name: string }, decision: { number: string | null, date: string | null, issuer: string, kind: AwardKind, period: string | null } }> } } | null };

export const AwardRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<AwardRowFragment, unknown>;
export const SourceCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourceDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}}]} as unknown as DocumentNode<SourceCardFragment, unknown>;
export const InspectionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InspectionRowFragment, unknown>;
export const InspectionRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InspectionRecordFragment, unknown>;
export const ProgressStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<ProgressStepFragment, unknown>;
export const RestructureFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestructureFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RestructureFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<RestructureFigureFieldsFragment, unknown>;
export const RestructureSideFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestructureSideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RestructureSide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestructureFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestructureFigureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestructureFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RestructureFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<RestructureSideFieldsFragment, unknown>;
export const ChangeHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordKey"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeHistoryQuery, ChangeHistoryQueryVariables>;
export const AwardsByYearKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardsByYearKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"},{"kind":"EnumValue","value":"KIND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}}]}}]}}]} as unknown as DocumentNode<AwardsByYearKindQuery, AwardsByYearKindQueryVariables>;
export const AwardsByPeriodKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardsByPeriodKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PERIOD"},{"kind":"EnumValue","value":"KIND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}}]}}]}}]} as unknown as DocumentNode<AwardsByPeriodKindQuery, AwardsByPeriodKindQueryVariables>;
export const AwardsByDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardsByDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DISTRICT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"}}]}}]}}]} as unknown as DocumentNode<AwardsByDistrictQuery, AwardsByDistrictQueryVariables>;
export const AwardsByUnitKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardsByUnitKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UNIT_KIND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitKind"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}}]}}]}}]} as unknown as DocumentNode<AwardsByUnitKindQuery, AwardsByUnitKindQueryVariables>;
export const AwardListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AwardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DATE_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<AwardListQuery, AwardListQueryVariables>;
export const ComplianceByYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceByYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<ComplianceByYearQuery, ComplianceByYearQueryVariables>;
export const ComplianceByCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceByCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CATEGORY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<ComplianceByCategoryQuery, ComplianceByCategoryQueryVariables>;
export const FindingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DATE_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindingListQuery, FindingListQueryVariables>;
export const RequirementTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequirementTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<RequirementTitleQuery, RequirementTitleQueryVariables>;
export const ComplianceCompareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceCompare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"aTotal"},"name":{"kind":"Name","value":"complianceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bTotal"},"name":{"kind":"Name","value":"complianceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<ComplianceCompareQuery, ComplianceCompareQueryVariables>;
export const CoverageByDistrictYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageByDistrictYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DISTRICT"},{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<CoverageByDistrictYearQuery, CoverageByDistrictYearQueryVariables>;
export const CoverageByKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageByKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UNIT_KIND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitKind"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<CoverageByKindQuery, CoverageByKindQueryVariables>;
export const UninspectedUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UninspectedUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UninspectedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninspectedUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysSince"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspectionDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UninspectedUnitsQuery, UninspectedUnitsQueryVariables>;
export const CoverageCompareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageCompare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DISTRICT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DISTRICT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"aTotal"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bTotal"},"name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<CoverageCompareQuery, CoverageCompareQueryVariables>;
export const InspectionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourceDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}}]} as unknown as DocumentNode<InspectionDetailQuery, InspectionDetailQueryVariables>;
export const InspectionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InspectionListQuery, InspectionListQueryVariables>;
export const RecommendationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationListQuery, RecommendationListQueryVariables>;
export const OverviewKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prevAsOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complianceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awardStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsWithPlan"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openNow"},"name":{"kind":"Name","value":"openRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openBefore"},"name":{"kind":"Name","value":"openRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prevAsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<OverviewKpisQuery, OverviewKpisQueryVariables>;
export const DistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DISTRICT"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const RecordCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"real"},"name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"demo"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"demo"},"name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"demo"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"latest"},"name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DATE_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCountsQuery, RecordCountsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRoots"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MapBoundariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapBoundaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinUnit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boundaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinUnit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinUnit"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitKinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MapBoundariesQuery, MapBoundariesQueryVariables>;
export const MapCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UNIT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<MapCoverageQuery, MapCoverageQueryVariables>;
export const MapComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UNIT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<MapComplianceQuery, MapComplianceQueryVariables>;
export const CoverageByYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageByYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<CoverageByYearQuery, CoverageByYearQueryVariables>;
export const ScopeChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LineageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DATE_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeChangesQuery, ScopeChangesQueryVariables>;
export const PlanningPrioritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningPriorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionPriorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtFromPredecessors"}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"}},{"kind":"Field","name":{"kind":"Name","value":"historyKnownFrom"}},{"kind":"Field","name":{"kind":"Name","value":"neverInspected"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspectionDate"}},{"kind":"Field","name":{"kind":"Name","value":"yearsSince"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionsLast5Years"}},{"kind":"Field","name":{"kind":"Name","value":"lastRating"}},{"kind":"Field","name":{"kind":"Name","value":"lastScore"}},{"kind":"Field","name":{"kind":"Name","value":"openRecommendations"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRecommendations"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"hasPlan"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspectionInherited"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<PlanningPrioritiesQuery, PlanningPrioritiesQueryVariables>;
export const PlanningProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"cycleYears"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"coversCycle"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"horizon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineYear"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspectionDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineYear"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspectionDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanningProgrammeQuery, PlanningProgrammeQueryVariables>;
export const UnitChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<UnitChoicesQuery, UnitChoicesQueryVariables>;
export const RequirementsOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequirementsOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"validOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequirementsOnQuery, RequirementsOnQueryVariables>;
export const InspectionToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InspectionToEditQuery, InspectionToEditQueryVariables>;
export const MyPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPendingInspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyPendingQuery, MyPendingQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRecord"}},{"kind":"Field","name":{"kind":"Name","value":"previousInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReviewDetailQuery, ReviewDetailQueryVariables>;
export const CreateInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateInspectionMutation, CreateInspectionMutationVariables>;
export const UpdateInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateInspectionMutation, UpdateInspectionMutationVariables>;
export const SubmitInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitInspectionMutation, SubmitInspectionMutationVariables>;
export const ApproveInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveInspectionMutation, ApproveInspectionMutationVariables>;
export const ReturnInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReturnInspectionMutation, ReturnInspectionMutationVariables>;
export const RecommendationToUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationToUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inspectionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<RecommendationToUpdateQuery, RecommendationToUpdateQueryVariables>;
export const UnitRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DATE_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<UnitRecommendationsQuery, UnitRecommendationsQueryVariables>;
export const UpdateRecommendationProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRecommendationProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seq"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRecommendationProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inspectionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"seq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seq"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateRecommendationProgressMutation, UpdateRecommendationProgressMutationVariables>;
export const UnitReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<UnitReportsQuery, UnitReportsQueryVariables>;
export const SubmitAnnualPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAnnualPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualPlanInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAnnualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitAnnualPlanMutation, SubmitAnnualPlanMutationVariables>;
export const SubmitModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SubmitModelMutation, SubmitModelMutationVariables>;
export const RecommendationProgressOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationProgressOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressStep"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<RecommendationProgressOfQuery, RecommendationProgressOfQueryVariables>;
export const RestructureUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestructureUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestructureInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restructureUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"renamed"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestructureSideFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestructureSideFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestructureFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RestructureFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestructureSideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RestructureSide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestructureFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestructureFigureFields"}}]}}]}}]} as unknown as DocumentNode<RestructureUnitsMutation, RestructureUnitsMutationVariables>;
export const TrendSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrendSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complianceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"unitsWithPlan"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<TrendSeriesQuery, TrendSeriesQueryVariables>;
export const UnitTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitTreeQuery, UnitTreeQueryVariables>;
export const UnitSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RELEVANCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentSuccessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitSearchQuery, UnitSearchQueryVariables>;
export const UnitNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<UnitNamesQuery, UnitNamesQueryVariables>;
export const UnitDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourceDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}}]} as unknown as DocumentNode<UnitDetailQuery, UnitDetailQueryVariables>;
export const UnitHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentSuccessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<UnitHistoryQuery, UnitHistoryQueryVariables>;
export const UnitLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitLineageQuery, UnitLineageQueryVariables>;
export const ReorganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reorganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"150"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DATE_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReorganisationsQuery, ReorganisationsQueryVariables>;
export const UnitInspectionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitInspectionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitInspectionHistoryQuery, UnitInspectionHistoryQueryVariables>;
export const UnitAwardHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAwardHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<UnitAwardHistoryQuery, UnitAwardHistoryQueryVariables>;