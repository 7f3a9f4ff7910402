import type { ChartSpec } from '$lib/chart/spec';

/** A coverage row as the API returns it (only the fields used here). */
export interface CoverageYearRow {
  year: number | null;
  unitsInScope: number;
  unitsInspected: number;
  inspections: number;
  rate: number | null;
}

type T = (key: string, values?: Record<string, unknown>) => string;

/**
 * One row per year of the range, in order. A year the API did not return (no unit in scope)
 * gets zero counts and a null rate: "no denominator", not 0 %.
 */
export function byYear(rows: CoverageYearRow[], years: number[]): CoverageYearRow[] {
  const found = new Map(rows.filter((r) => r.year !== null).map((r) => [r.year as number, r]));
  return years.map((y) => found.get(y) ?? { year: y, unitsInScope: 0, unitsInspected: 0, inspections: 0, rate: null });
}

export function inspectionsPerYearChart(rows: CoverageYearRow[], t: T, hrefForYear: (y: number) => string): ChartSpec {
  return {
    title: t('overview.inspectionsChart'),
    xLabel: t('axis.year'),
    yLabel: t('axis.inspections'),
    yUnit: 'count',
    labels: rows.map((r) => String(r.year)),
    series: [
      {
        key: 'inspections',
        label: t('kpi.inspections'),
        type: 'bar',
        values: rows.map((r) => r.inspections),
        style: 0,
        hrefs: rows.map((r) => hrefForYear(r.year as number)),
      },
    ],
  };
}

export function coveragePerYearChart(rows: CoverageYearRow[], t: T, hrefForYear: (y: number) => string): ChartSpec {
  return {
    title: t('overview.coverageChart'),
    xLabel: t('axis.year'),
    yLabel: t('axis.rate'),
    yUnit: 'percent',
    labels: rows.map((r) => String(r.year)),
    series: [
      {
        key: 'rate',
        label: t('kpi.coverage'),
        type: 'line',
        values: rows.map((r) => r.rate),
        style: 1,
        hrefs: rows.map((r) => hrefForYear(r.year as number)),
      },
    ],
  };
}

export interface Kpi {
  value: number | null;
  previous: number | null;
  /** value − previous; null when either is unknown. For rates, a difference in points (0.1 = 10 points). */
  change: number | null;
}

export function kpi(value: number | null | undefined, previous: number | null | undefined): Kpi {
  const v = value ?? null;
  const p = previous ?? null;
  return { value: v, previous: p, change: v !== null && p !== null ? v - p : null };
}

/** KPIs of `year` against `year − 1` from per-year coverage rows. */
export function coverageKpis(rows: CoverageYearRow[], year: number) {
  const cur = rows.find((r) => r.year === year);
  const prev = rows.find((r) => r.year === year - 1);
  return {
    inspections: kpi(cur?.inspections, prev?.inspections),
    unitsInspected: kpi(cur?.unitsInspected, prev?.unitsInspected),
    unitsInScope: kpi(cur?.unitsInScope, prev?.unitsInScope),
    coverage: kpi(cur?.rate, prev?.rate),
  };
}

/** Inspections (bars) and coverage (line, right axis) in one chart, e.g. for one unit's subtree. */
export function inspectionsAndCoverageChart(rows: CoverageYearRow[], t: T, title: string, hrefForYear: (y: number) => string): ChartSpec {
  return {
    title,
    xLabel: t('axis.year'),
    yLabel: t('axis.inspections'),
    yUnit: 'count',
    y2Label: t('axis.rate'),
    y2Unit: 'percent',
    labels: rows.map((r) => String(r.year)),
    series: [
      { key: 'inspections', label: t('kpi.inspections'), type: 'bar', values: rows.map((r) => r.inspections), style: 0, hrefs: rows.map((r) => hrefForYear(r.year as number)) },
      { key: 'rate', label: t('kpi.coverage'), type: 'line', values: rows.map((r) => r.rate), style: 1, axis: 'y2' },
    ],
  };
}

/** Units inspected and units in scope (bars) with the coverage rate (line, right axis). */
export function coverageYearChart(rows: CoverageYearRow[], t: T, hrefForYear: (y: number) => string): ChartSpec {
  return {
    title: t('coverage.perYear'),
    xLabel: t('axis.year'),
    yLabel: t('axis.units'),
    yUnit: 'count',
    y2Label: t('axis.rate'),
    y2Unit: 'percent',
    labels: rows.map((r) => String(r.year)),
    series: [
      { key: 'scope', label: t('kpi.unitsInScope'), type: 'bar', values: rows.map((r) => r.unitsInScope), style: 4 },
      { key: 'inspected', label: t('kpi.unitsInspected'), type: 'bar', values: rows.map((r) => r.unitsInspected), style: 0, hrefs: rows.map((r) => hrefForYear(r.year as number)) },
      { key: 'rate', label: t('kpi.coverage'), type: 'line', values: rows.map((r) => r.rate), style: 1, axis: 'y2', hrefs: rows.map((r) => hrefForYear(r.year as number)) },
    ],
  };
}

export interface CoverageKindRow {
  unitKind: string | null;
  unitsInScope: number;
  unitsInspected: number;
  rate: number | null;
}

/** Coverage per unit kind over the span (horizontal bars), highest first. */
export function coverageByKindChart(rows: CoverageKindRow[], t: T, title: string, hrefForKind: (k: string) => string): ChartSpec {
  const sorted = rows.filter((r) => r.unitKind !== null && r.unitsInScope > 0).sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0));
  return {
    title,
    xLabel: t('units.kind'),
    yLabel: t('axis.rate'),
    yUnit: 'percent',
    horizontal: true,
    labels: sorted.map((r) => t(`enum.UnitKind.${r.unitKind}`)),
    series: [
      { key: 'rate', label: t('kpi.coverage'), type: 'bar', values: sorted.map((r) => r.rate), style: 0, hrefs: sorted.map((r) => hrefForKind(r.unitKind as string)) },
    ],
  };
}
