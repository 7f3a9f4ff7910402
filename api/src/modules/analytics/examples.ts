/**
 * Example GraphQL operations for the questions users ask most. The explorer (GET /explorer) opens
 * them as tabs, the README and docs can quote them, and a test runs every one against the schema,
 * so they cannot drift from the API.
 */

/** Độ bao phủ kiểm tra phường theo quận, huyện năm 2019. */
export const COVERAGE_OF_WARDS_BY_DISTRICT_2019 = `# Độ bao phủ kiểm tra các phường theo quận, huyện, năm 2019
# Coverage of wards by district in 2019 (add COMMUNE to unitKinds for communes too).
query CoverageOfWardsByDistrict2019 {
  coverage(filter: { fromYear: 2019, toYear: 2019, unitKinds: [WARD] }, by: [DISTRICT]) {
    district { code name }
    unitsInScope
    unitsInspected
    inspections
    rate
  }
}
`;

/** Các sở, ngành theo năm 2015–2026, theo cơ cấu hiện nay. */
export const DEPARTMENTS_PER_YEAR_CURRENT = `# Độ bao phủ kiểm tra các sở, ngành theo năm 2015–2026, theo cơ cấu hiện nay
# Departments per year 2015–2026 in the CURRENT structure: each record counts under the
# department's current successor (e.g. Sở Kế hoạch và Đầu tư under Sở Tài chính since 2025).
query DepartmentsPerYearCurrent($fromYear: Int!, $toYear: Int!) {
  coverage(
    filter: { fromYear: $fromYear, toYear: $toYear, unitKinds: [DEPARTMENT], structure: CURRENT }
    by: [YEAR, UNIT]
  ) {
    year
    unit { code name }
    unitsInspected
    inspections
  }
}
`;
export const DEPARTMENTS_PER_YEAR_CURRENT_VARIABLES = { fromYear: 2015, toYear: 2026 };

/** Mức độ tuân thủ theo từng nội dung, 2015–2020. */
export const COMPLIANCE_PER_REQUIREMENT_2015_2020 = `# Mức độ tuân thủ theo từng nội dung (tiêu chí), giai đoạn 2015–2020
# Compliance per requirement 2015–2020: score = (compliant + 0.5 × partial) ÷ (compliant + partial + nonCompliant).
query CompliancePerRequirement2015to2020 {
  compliance(filter: { fromYear: 2015, toYear: 2020 }, by: []) {
    requirement { code title category }
    compliant
    partial
    nonCompliant
    notApplicable
    score
  }
}
`;

/** Khen thưởng 2015–2020 theo giai đoạn. */
export const AWARDS_2015_2020_BY_PERIOD = `# Số lượt khen thưởng 2015–2020 theo giai đoạn và hình thức
# Awards 2015–2020 by period (e.g. "2015-2020") and kind; one per recipient of a decision.
query Awards2015to2020ByPeriod {
  awardStats(filter: { fromYear: 2015, toYear: 2020 }, by: [PERIOD, KIND]) {
    period
    kind
    awards
  }
}
`;

/** Cuộc kiểm tra gốc tại Sở Kế hoạch và Đầu tư, 27/10/2021. */
export const FOUNDING_INSPECTION = `# Cuộc kiểm tra ngày 27/10/2021 tại Sở Kế hoạch và Đầu tư: đoàn, trưởng đoàn, đơn vị, nguồn
# The founding inspection with its team, leader, unit, findings and source.
query FoundingInspection($code: String!) {
  inspection(code: $code) {
    code
    date
    kind
    leader
    conclusion
    isDemo
    team { name committee leader members }
    unit { code name kind parent { code name } }
    findings { result note requirement { code title } }
    recommendations { seq text status dueDate }
    source { kind title url publisher publishedOn }
  }
}
`;
export const FOUNDING_INSPECTION_VARIABLES = { code: 'KT-2021-S_KHDT-0001' };

/** Tìm đơn vị không dấu: "ke hoach". */
export const UNIT_SEARCH_KE_HOACH = `# Tìm đơn vị không cần gõ dấu: "ke hoach" tìm thấy "Sở Kế hoạch và Đầu tư"
# Accent-insensitive unit search.
query UnitSearch($search: String!) {
  units(filter: { search: $search }, page: { first: 20 }) {
    totalCount
    nodes { code name kind validFrom validTo parent { code name } }
  }
}
`;
export const UNIT_SEARCH_KE_HOACH_VARIABLES = { search: 'ke hoach' };

/**
 * Acceptance question 1, as ONE query: coverage of wards by district in 2019, and of departments
 * per year 2015–2026 in today's structure (each record under its department's current successor).
 */
export const COVERAGE_WARDS_2019_AND_DEPARTMENTS_CURRENT = `# Độ bao phủ kiểm tra: phường theo quận, huyện năm 2019; sở, ngành theo năm 2015–2026 theo cơ cấu hiện nay
# Coverage of wards by district in 2019, and of departments per year 2015–2026 in today's structure — one query.
query CoverageWardsAndDepartments {
  wardsByDistrict2019: coverage(filter: { fromYear: 2019, toYear: 2019, unitKinds: [WARD] }, by: [DISTRICT]) {
    district { code name }
    unitsInScope
    unitsInspected
    inspections
    rate
  }
  departmentsPerYear: coverage(
    filter: { fromYear: 2015, toYear: 2026, unitKinds: [DEPARTMENT], structure: CURRENT }
    by: [YEAR]
  ) {
    year
    unitsInScope
    unitsInspected
    inspections
    rate
  }
}
`;

/** Kiến nghị chưa khắc phục và quá hạn theo quận, huyện tại một ngày. */
export const OPEN_RECOMMENDATIONS_BY_DISTRICT = `# Kiến nghị chưa khắc phục và quá hạn theo quận, huyện, tính đến ngày asOf
# Open and overdue recommendations by district at a date, with the most overdue ones listed.
query OpenRecommendations($asOf: String!) {
  openRecommendations(asOf: $asOf, filter: { fromYear: 2015, toYear: 2026 }, by: [DISTRICT]) {
    district { code name }
    recommendations
    open
    overdue
  }
  recommendations(filter: { overdueOn: $asOf }, orderBy: DUE_DATE, page: { first: 10 }) {
    totalCount
    nodes { text dueDate status inspection { code date unit { code name } } }
  }
}
`;
export const OPEN_RECOMMENDATIONS_BY_DISTRICT_VARIABLES = { asOf: '2025-06-30' };

/** Đơn vị lâu chưa được kiểm tra — cho kế hoạch đợt kiểm tra tới. */
export const UNITS_TO_INSPECT_NEXT = `# Đơn vị chưa từng hoặc lâu nhất chưa được kiểm tra (tính cả đơn vị tiền thân)
# Units never inspected or longest not inspected, counting their predecessors' inspections.
query UnitsToInspectNext {
  uninspectedUnits(filter: { unitKinds: [DEPARTMENT], includePredecessors: true }, page: { first: 20 }) {
    totalCount
    nodes { unit { code name } lastInspectionDate daysSince inspections lastInspection { code team { name } } }
  }
}
`;

/** Lịch sử của Sở Tài chính (2025): các cuộc kiểm tra của cả các sở đã hợp nhất vào. */
export const UNIT_HISTORY = `# Lịch sử một đơn vị qua các lần sắp xếp: Sở Tài chính (2025) gồm cả Sở Kế hoạch và Đầu tư
# A unit's lineage and history: today's Sở Tài chính shows the 2021 inspection of Sở Kế hoạch và Đầu tư.
query UnitHistory($code: String!) {
  unit(code: $code) {
    code name validFrom
    predecessors { code name validTo }
    lineageEvents { date type decision fromUnits { code } toUnits { code } }
    history {
      units { code name }
      inspections { code date unit { code } team { name } }
      awards { recipient { code } decision { number date period kind } }
    }
  }
}
`;
export const UNIT_HISTORY_VARIABLES = { code: 'S_TAICHINH_2025' };

/** Hồ sơ theo cơ cấu hiện nay (structure: CURRENT trên danh sách) và lọc các danh sách lồng nhau. */
export const CURRENT_STRUCTURE_AND_NESTED = `# Sở Tài chính (2025) theo cơ cấu hiện nay, và lọc các danh sách lồng nhau
# Record lists take structure: CURRENT: unitCode matches each record's current successor, so the
# inspections of Sở Kế hoạch và Đầu tư (merged into Sở Tài chính in 2025) are listed under it.
# Nested lists (Unit.inspections, awards, plans, models, history.*) take the filter, where and
# orderBy of the top-level lists.
query CurrentStructureAndNested($code: String!) {
  inspections(filter: { unitCode: $code, structure: CURRENT }, orderBy: DATE_ASC, page: { first: 50 }) {
    totalCount
    nodes { code date unit { code name } }
  }
  unit(code: $code) {
    name
    plans(filter: { fromYear: 2025 }) { year issuedOn }
    history {
      units(where: { validTo: { isNull: false } }) { code name validTo }
      inspections(where: { year: { gte: 2021 } }, orderBy: DATE_DESC) { code date unit { code } }
      awards(where: { kind: { eq: BANG_KHEN } }) { recipient { code } decision { number period } }
    }
  }
}
`;
export const CURRENT_STRUCTURE_AND_NESTED_VARIABLES = { code: 'S_TAICHINH_2025' };

/** Chuỗi theo tháng: độ bao phủ và mức độ tuân thủ từng tháng của một năm. */
export const MONTHLY_SERIES = `# Chuỗi theo tháng năm 2024: độ bao phủ kiểm tra phường, xã và mức độ tuân thủ từng tháng
# A monthly series in one request: coverage of wards and communes per month (units inspected in the
# month ÷ units active in it) and the compliance score per month. QUARTER works the same way;
# fromDate/toDate (YYYY-MM-DD, inside the year) cut it to a range, e.g. the first half.
query MonthlySeries($year: Int!, $fromDate: String!, $toDate: String!) {
  coverage(filter: { fromYear: $year, toYear: $year, unitKinds: [WARD, COMMUNE] }, by: [YEAR, MONTH]) {
    year
    month
    unitsInScope
    unitsInspected
    inspections
    rate
  }
  complianceSummary(filter: { fromYear: $year, toYear: $year }, by: [MONTH]) {
    month
    compliant
    partial
    nonCompliant
    score
  }
  firstHalf: coverage(filter: { fromYear: $year, toYear: $year, fromDate: $fromDate, toDate: $toDate, unitKinds: [WARD, COMMUNE] }, by: []) {
    unitsInScope
    unitsInspected
    rate
  }
}
`;
export const MONTHLY_SERIES_VARIABLES = { year: 2024, fromDate: '2024-01-01', toDate: '2024-06-30' };

/** 10 đơn vị có nhiều kết quả "Chưa đạt" nhất. */
export const TOP_10_NON_COMPLIANT_UNITS = `# 10 đơn vị có nhiều kết quả "Chưa đạt" nhất, 2015–2026
# Top-N: the 10 units with most NON_COMPLIANT findings, sorted and cut in SQL (orderBy, limit);
# ties go by unit code. orderBy takes any field the rows return, several keys, ASC or DESC.
query Top10NonCompliantUnits($limit: Int = 10) {
  complianceSummary(
    filter: { fromYear: 2015, toYear: 2026 }
    by: [UNIT]
    orderBy: [{ field: "nonCompliant", direction: DESC }, { field: "score" }]
    limit: $limit
  ) {
    unit { code name kind }
    nonCompliant
    findings
    score
  }
}
`;

/** Phân trang bằng con trỏ: từng trang 100 cuộc kiểm tra. */
export const PAGING_WITH_A_CURSOR = `# Phân trang bằng con trỏ (cursor): lấy từng trang 100 cuộc kiểm tra 2015–2026
# Paging with a cursor: run it with "after": null, then again with "after" set to the
# pageInfo.endCursor it returned, while hasNextPage is true. totalCount is the whole list.
query InspectionsPage($after: String) {
  inspections(filter: { fromYear: 2015, toYear: 2026 }, orderBy: DATE_ASC, page: { first: 100, after: $after }) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { code date rating unit { code name } }
  }
}
`;
export const PAGING_WITH_A_CURSOR_VARIABLES = { after: null };

/** Lọc bằng where (and, or, not): kiểm tra từ 2021 của đoàn "số 2", xếp loại Tốt trở lên hoặc không phải định kỳ. */
export const INSPECTIONS_WHERE = `# Lọc bằng where (và/hoặc/không): các cuộc kiểm tra từ năm 2021 của đoàn "số 2",
# xếp loại Tốt trở lên hoặc không phải kiểm tra định kỳ.
# where (issue 11.3): the fields of one object must all hold; or, and, not combine objects;
# ratings compare in their order (UNSATISFACTORY < … < EXCELLENT); contains ignores accents.
query InspectionsWhere {
  inspections(
    where: {
      date: { gte: "2021-01-01" }
      team: { contains: "so 2" }
      or: [{ rating: { gte: GOOD } }, { not: { kind: { eq: PERIODIC } } }]
    }
    orderBy: DATE_ASC
    page: { first: 20 }
  ) {
    totalCount
    nodes { code date kind rating team { name } unit { code name } }
  }
}
`;

/** Các lần hợp nhất sở năm 2025 (where trên liên kết nhiều-nhiều của biến động đơn vị), với các cuộc kiểm tra của các sở trước đó. */
export const DEPARTMENT_MERGES_2025 = `# Các lần hợp nhất sở năm 2025 và các sở trước đó, với các cuộc kiểm tra của chúng từ 2023.
# The 2025 department merges with their predecessors' inspections since 2023. The units of an event
# are a many-to-many link, filtered as Prisma does: fromUnits / toUnits / units with some, every, none.
query DepartmentMerges2025 {
  lineageEvents(
    where: {
      type: { eq: MERGE }
      year: { eq: 2025 }
      fromUnits: { some: {}, every: { kind: { eq: DEPARTMENT } } }
    }
    orderBy: DATE_ASC
  ) {
    totalCount
    nodes {
      date decision
      fromUnits { code name inspections(where: { year: { gte: 2023 } }) { code date rating } }
      toUnits { code name }
    }
  }
}
`;

export interface Example {
  /** Tab title (Vietnamese first). */
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** In the order the explorer shows them. */
export const EXAMPLES: Example[] = [
  { title: 'Bao phủ phường theo quận 2019', query: COVERAGE_OF_WARDS_BY_DISTRICT_2019 },
  { title: 'Sở, ngành theo năm (cơ cấu hiện nay)', query: DEPARTMENTS_PER_YEAR_CURRENT, variables: DEPARTMENTS_PER_YEAR_CURRENT_VARIABLES },
  { title: 'Tuân thủ theo nội dung 2015–2020', query: COMPLIANCE_PER_REQUIREMENT_2015_2020 },
  { title: 'Khen thưởng 2015–2020 theo giai đoạn', query: AWARDS_2015_2020_BY_PERIOD },
  { title: 'Kiểm tra Sở KH&ĐT 27/10/2021', query: FOUNDING_INSPECTION, variables: FOUNDING_INSPECTION_VARIABLES },
  { title: 'Tìm đơn vị "ke hoach"', query: UNIT_SEARCH_KE_HOACH, variables: UNIT_SEARCH_KE_HOACH_VARIABLES },
  { title: 'Bao phủ: phường 2019 và sở, ngành 2015–2026', query: COVERAGE_WARDS_2019_AND_DEPARTMENTS_CURRENT },
  { title: 'Kiến nghị chưa khắc phục, quá hạn', query: OPEN_RECOMMENDATIONS_BY_DISTRICT, variables: OPEN_RECOMMENDATIONS_BY_DISTRICT_VARIABLES },
  { title: 'Đơn vị lâu chưa kiểm tra', query: UNITS_TO_INSPECT_NEXT },
  { title: 'Lịch sử Sở Tài chính (2025)', query: UNIT_HISTORY, variables: UNIT_HISTORY_VARIABLES },
  { title: 'Cơ cấu hiện nay và lọc lồng nhau', query: CURRENT_STRUCTURE_AND_NESTED, variables: CURRENT_STRUCTURE_AND_NESTED_VARIABLES },
  { title: 'Phân trang bằng con trỏ', query: PAGING_WITH_A_CURSOR, variables: PAGING_WITH_A_CURSOR_VARIABLES },
  { title: 'Lọc bằng where (và/hoặc/không)', query: INSPECTIONS_WHERE },
  { title: 'Hợp nhất sở năm 2025 (where trên liên kết)', query: DEPARTMENT_MERGES_2025 },
  { title: 'Chuỗi theo tháng 2024', query: MONTHLY_SERIES, variables: MONTHLY_SERIES_VARIABLES },
  { title: '10 đơn vị nhiều "Chưa đạt" nhất', query: TOP_10_NON_COMPLIANT_UNITS },
];
