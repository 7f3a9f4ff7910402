import type { Dimension } from '../modules/analytics/analytics.inputs.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { FIRST_YEAR, LAST_YEAR } from './generate.js';

/** The dashboard's and analysts' everyday questions, as the GraphQL clients send them. */
export interface BenchCase {
  name: string;
  /** An overview query: the dashboard shows it on first load, so its p95 target is 100 ms. */
  overview: boolean;
  query: string;
  variables?: Record<string, unknown>;
  /** A metric with a rollup path: also time its plain statement (the service with rollups off), to show what they save. */
  /** Asked as this reader (a scoped case); none = anonymous, the whole city. */
  viewer?: Viewer;
  /** Also measured with concurrent clients (`--clients`, default 16): req/s beside its SQL floor's. */
  concurrent?: boolean;
  plain?: { metric: 'coverage' | 'compliance' | 'complianceSummary' | 'planRate' | 'openRecommendations'; by: Dimension[]; asOf?: string };
}

const span = { fromYear: FIRST_YEAR, toYear: LAST_YEAR };

export const CASES: BenchCase[] = [
  {
    name: `coverage by YEAR ${FIRST_YEAR}–${LAST_YEAR}`,
    overview: true,
    query: `query ($filter: AnalyticsFilter!) { coverage(filter: $filter, by: [YEAR]) { year unitsInScope unitsInspected inspections rate } }`,
    variables: { filter: span },
    plain: { metric: 'coverage', by: ['YEAR' as Dimension] },
  },
  {
    name: 'coverage by DISTRICT, 2019',
    overview: true,
    concurrent: true,
    query: `query ($filter: AnalyticsFilter!) { coverage(filter: $filter, by: [DISTRICT]) { district { code name } unitsInScope unitsInspected inspections rate } }`,
    variables: { filter: { fromYear: 2019, toYear: 2019 } },
    plain: { metric: 'coverage', by: ['DISTRICT' as Dimension] },
  },
  {
    name: 'compliance per requirement 2015–2020',
    overview: true,
    query: `query ($filter: AnalyticsFilter!) { compliance(filter: $filter, by: []) { requirement { code title } compliant partial nonCompliant notApplicable score } }`,
    variables: { filter: { fromYear: 2015, toYear: 2020 } },
    plain: { metric: 'compliance', by: [] },
  },
  {
    name: `complianceSummary by YEAR ${FIRST_YEAR}–${LAST_YEAR}`,
    overview: true,
    query: `query ($filter: AnalyticsFilter!) { complianceSummary(filter: $filter, by: [YEAR]) { year compliant partial nonCompliant notApplicable score } }`,
    variables: { filter: span },
    plain: { metric: 'complianceSummary', by: ['YEAR' as Dimension] },
  },
  {
    name: `awardStats by PERIOD ${FIRST_YEAR}–${LAST_YEAR}`,
    overview: true,
    concurrent: true,
    query: `query ($filter: AnalyticsFilter!) { awardStats(filter: $filter, by: [PERIOD]) { period awards } }`,
    variables: { filter: span },
  },
  {
    name: `planRate by YEAR ${FIRST_YEAR}–${LAST_YEAR}`,
    overview: true,
    query: `query ($filter: AnalyticsFilter!) { planRate(filter: $filter, by: [YEAR]) { year unitsInScope unitsWithPlan rate } }`,
    variables: { filter: span },
    plain: { metric: 'planRate', by: ['YEAR' as Dimension] },
  },
  {
    name: 'openRecommendations by YEAR, as of 2026-12-31',
    overview: true,
    query: `query ($filter: AnalyticsFilter!) { openRecommendations(filter: $filter, by: [YEAR], asOf: "2026-12-31") { year open overdue } }`,
    variables: { filter: span },
    plain: { metric: 'openRecommendations', by: ['YEAR' as Dimension], asOf: '2026-12-31' },
  },
  {
    // an asOf in the middle of the data: many recommendations are still unsettled then
    name: 'openRecommendations by YEAR 2015–2020, as of 2020-12-31',
    overview: false,
    query: `query ($filter: AnalyticsFilter!) { openRecommendations(filter: $filter, by: [YEAR], asOf: "2020-12-31") { year open overdue } }`,
    variables: { filter: { fromYear: 2015, toYear: 2020 } },
    plain: { metric: 'openRecommendations', by: ['YEAR' as Dimension], asOf: '2020-12-31' },
  },
  {
    // issue 11: a monthly series in one request (no rollup holds months: the plain statement, 12 periods × the units)
    name: `coverage by YEAR, MONTH ${LAST_YEAR - 2} (monthly series)`,
    overview: false,
    query: `query ($filter: AnalyticsFilter!) { coverage(filter: $filter, by: [YEAR, MONTH]) { year month unitsInScope unitsInspected inspections rate } }`,
    variables: { filter: { fromYear: LAST_YEAR - 2, toYear: LAST_YEAR - 2 } },
  },
  {
    // issue 11: top-N sorted and cut in SQL — the 10 units with most NON_COMPLIANT findings
    name: `complianceSummary top 10 units by nonCompliant ${FIRST_YEAR}–${LAST_YEAR}`,
    overview: false,
    query: `query ($filter: AnalyticsFilter!) { complianceSummary(filter: $filter, by: [UNIT], orderBy: [{ field: "nonCompliant", direction: DESC }], limit: 10) { unit { code name } nonCompliant findings score } }`,
    variables: { filter: span },
  },
  {
    // every unit active that day ranked with its history across the lineage: one statement over all of it
    name: 'inspectionPriorities as of 2026-12-31, top 100 with factors',
    overview: false,
    query: `query { inspectionPriorities(asOf: "2026-12-31", limit: 100) { rank score unit { code name } district { code } lastInspectionDate lastInspection { code unit { code } } factors { name value weight points } } }`,
  },
  {
    name: 'inspections: page of 100 with unit and findings',
    overview: false,
    query: `query { inspections(page: { first: 100 }) { totalCount nodes { code date unit { code name } findings { result requirement { code } } } } }`,
  },
  {
    name: 'inspections: page of 100, no totalCount',
    overview: false,
    concurrent: true,
    query: `query { inspections(page: { first: 100 }) { pageInfo { hasNextPage } nodes { code date unit { code name } findings { result requirement { code } } } } }`,
  },
  // issue 12's record lists, with the nested fields a script or a dashboard table asks for
  {
    name: 'inspections: page of 100 with unit, findings and their requirements',
    overview: false,
    concurrent: true,
    query: `query { inspections(page: { first: 100 }) { pageInfo { endCursor hasNextPage } nodes { code date kind rating unit { code name kind } findings { result requirement { code title } } } } }`,
  },
  {
    name: 'units: page of 100 districts with their children',
    overview: false,
    concurrent: true,
    query: `query { units(filter: { kinds: [DISTRICT] }, page: { first: 100 }) { pageInfo { endCursor hasNextPage } nodes { code name kind children { code name kind } } } }`,
  },
  {
    name: 'findings: NON_COMPLIANT on BR07, page of 100 with inspection and unit',
    overview: false,
    concurrent: true,
    query: `query { findings(filter: { requirementCodes: ["BR07"], results: [NON_COMPLIANT] }, page: { first: 100 }) { pageInfo { endCursor hasNextPage } nodes { result note requirement { code title } inspection { code date unit { code name } } } } }`,
  },
  {
    name: 'recommendations overdue on 2024-12-31, page of 100 with inspection and unit',
    overview: false,
    concurrent: true,
    query: `query { recommendations(filter: { overdueOn: "2024-12-31" }, page: { first: 100 }) { pageInfo { endCursor hasNextPage } nodes { seq text dueDate status inspection { code date unit { code name } } } } }`,
  },
];

/**
 * The overview's questions as a scoped reader asks them (measureScoped): `$w` is the ADMIN's
 * withinUnit, left out for the others. Coverage is the one SPEC §6.1's speed target names.
 */
export const SCOPED_CASES: BenchCase[] = [
  {
    name: `coverage by YEAR ${FIRST_YEAR}–${LAST_YEAR}`,
    overview: true,
    query: `query ($w: String) { coverage(filter: {fromYear: ${FIRST_YEAR}, toYear: ${LAST_YEAR}, withinUnit: $w}, by: [YEAR]) { year unitsInScope unitsInspected inspections rate } }`,
  },
  {
    name: 'coverage by DISTRICT, 2019',
    overview: true,
    query: `query ($w: String) { coverage(filter: {fromYear: 2019, toYear: 2019, withinUnit: $w}, by: [DISTRICT]) { district { code name } unitsInScope unitsInspected inspections rate } }`,
  },
  {
    name: 'compliance per requirement 2015–2020',
    overview: true,
    query: `query ($w: String) { compliance(filter: {fromYear: 2015, toYear: 2020, withinUnit: $w}, by: []) { requirement { code title } compliant partial nonCompliant notApplicable score } }`,
  },
  {
    name: `complianceSummary by YEAR ${FIRST_YEAR}–${LAST_YEAR}`,
    overview: true,
    query: `query ($w: String) { complianceSummary(filter: {fromYear: ${FIRST_YEAR}, toYear: ${LAST_YEAR}, withinUnit: $w}, by: [YEAR]) { year compliant partial nonCompliant notApplicable score } }`,
  },
  {
    name: `awardStats by PERIOD ${FIRST_YEAR}–${LAST_YEAR}`,
    overview: true,
    query: `query ($w: String) { awardStats(filter: {fromYear: ${FIRST_YEAR}, toYear: ${LAST_YEAR}, withinUnit: $w}, by: [PERIOD]) { period awards } }`,
  },
  {
    name: `planRate by YEAR ${FIRST_YEAR}–${LAST_YEAR}`,
    overview: true,
    query: `query ($w: String) { planRate(filter: {fromYear: ${FIRST_YEAR}, toYear: ${LAST_YEAR}, withinUnit: $w}, by: [YEAR]) { year unitsInScope unitsWithPlan rate } }`,
  },
  {
    name: 'openRecommendations by YEAR, as of 2026-12-31',
    overview: true,
    query: `query ($w: String) { openRecommendations(filter: {fromYear: ${FIRST_YEAR}, toYear: ${LAST_YEAR}, withinUnit: $w}, by: [YEAR], asOf: "2026-12-31") { year open overdue } }`,
  },
  {
    name: 'inspections: page of 100 with unit and findings, totalCount',
    overview: false,
    query: `query ($w: String) { inspections(filter: {withinUnit: $w}, page: { first: 100 }) { totalCount nodes { code date unit { code name } findings { result requirement { code } } } } }`,
  },
];
