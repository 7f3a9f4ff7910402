import type { Band, ChartSpec, Marker } from '$lib/chart/spec';
import { byYear, type CoverageYearRow } from './coverage';

type T = (key: string, values?: Record<string, unknown>) => string;

/** Restructurings of Đà Nẵng and the Law's entry into force, marked on every trend chart. */
export const MARKS = [
  { date: '2016-05-17', key: 'trends.m20160517' },
  { date: '2023-07-01', key: 'trends.m20230701' },
  { date: '2025-01-01', key: 'trends.m20250101' },
  { date: '2025-03-01', key: 'trends.m20250301' },
  { date: '2025-07-01', key: 'trends.m20250701' },
] as const;

/** The emulation periods (giai đoạn) shaded behind the trend lines; they share the year 2020. */
export const PERIODS = [
  { from: 2015, to: 2020, key: 'trends.period1' },
  { from: 2020, to: 2025, key: 'trends.period2' },
] as const;

/** Bands and markers that fall inside the shown years (a band is clipped to them). */
export function marksFor(years: number[], t: T): { bands: Band[]; markers: Marker[] } {
  const first = years[0];
  const last = years[years.length - 1];
  const bands = PERIODS.filter((p) => p.to >= first && p.from <= last).map((p) => ({
    from: String(Math.max(p.from, first)),
    to: String(Math.min(p.to, last)),
    label: t(p.key),
  }));
  const markers = MARKS.filter((m) => {
    const y = Number(m.date.slice(0, 4));
    return y >= first && y <= last;
  }).map((m) => ({ date: m.date, label: t(m.key) }));
  return { bands, markers };
}

export interface PlanYearRow {
  year: number | null;
  rate: number | null;
}

/** Coverage, overall compliance score and plan rate per year as three percent lines. */
export function trendChart(
  coverage: CoverageYearRow[],
  compliance: { year: number | null; score: number | null }[],
  plans: PlanYearRow[],
  years: number[],
  t: T,
  hrefs: { coverage: (y: number) => string; compliance: (y: number) => string; plans: (y: number) => string },
): ChartSpec {
  const cov = byYear(coverage, years);
  const score = new Map(compliance.filter((c) => c.year !== null).map((c) => [c.year as number, c.score]));
  const plan = new Map(plans.filter((p) => p.year !== null).map((p) => [p.year as number, p.rate]));
  return {
    title: t('trends.chart'),
    xLabel: t('axis.year'),
    yLabel: t('axis.rate'),
    yUnit: 'percent',
    labels: years.map(String),
    ...marksFor(years, t),
    series: [
      { key: 'coverage', label: t('kpi.coverage'), type: 'line', values: cov.map((r) => r.rate), style: 0, hrefs: years.map(hrefs.coverage) },
      { key: 'compliance', label: t('kpi.compliance'), type: 'line', values: years.map((y) => score.get(y) ?? null), style: 1, hrefs: years.map(hrefs.compliance) },
      { key: 'plans', label: t('kpi.planRate'), type: 'line', values: years.map((y) => plan.get(y) ?? null), style: 2, hrefs: years.map(hrefs.plans) },
    ],
  };
}
