import { coverageKpis, kpi, type CoverageYearRow, type Kpi } from './coverage';

export interface OverviewKpiData {
  coverage: CoverageYearRow[];
  /** complianceSummary by YEAR: the API's score over all findings of each year. */
  complianceSummary: { year: number | null; score: number | null }[];
  awardStats: { year: number | null; awards: number }[];
  planRate: { year: number | null; rate: number | null }[];
  openNow: { open: number; overdue: number }[];
  openBefore: { open: number; overdue: number }[];
}

/** The overview's cards for `year` against `year − 1`. */
export function overviewKpis(d: OverviewKpiData, year: number) {
  const score = (y: number) => d.complianceSummary.find((r) => r.year === y)?.score ?? null;
  const awards = (y: number) => d.awardStats.find((r) => r.year === y)?.awards ?? 0;
  const plan = (y: number) => d.planRate.find((r) => r.year === y)?.rate ?? null;
  const now = d.openNow[0] ?? { open: 0, overdue: 0 };
  const before = d.openBefore[0] ?? { open: 0, overdue: 0 };
  return {
    ...coverageKpis(d.coverage, year),
    compliance: kpi(score(year), score(year - 1)),
    awards: kpi(awards(year), awards(year - 1)),
    planRate: kpi(plan(year), plan(year - 1)),
    openRecommendations: kpi(now.open, before.open) as Kpi,
    overdue: now.overdue,
  };
}

/** The "as of" dates of the open-recommendation cards: the end of the year (or today if sooner) and a year earlier. */
export function openAsOf(year: number, today: string): { asOf: string; prevAsOf: string } {
  const end = `${year}-12-31`;
  const asOf = end < today ? end : today;
  const prev = `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;
  // 29 February has no counterpart a year earlier
  return { asOf, prevAsOf: prev.endsWith('-02-29') ? prev.replace(/29$/, '28') : prev };
}
