import type { ChartSpec } from '$lib/chart/spec';

type T = (key: string, values?: Record<string, unknown>) => string;
export const AWARD_KINDS = ['BANG_KHEN', 'GIAY_KHEN', 'CO_THI_DUA', 'DANH_HIEU', 'HUAN_CHUONG', 'OTHER'] as const;

/**
 * Awards per category (years, or periods) stacked by award kind. Only kinds that occur get a
 * series; a category with no awards of a kind shows 0 (counts, unlike rates, have no "unknown").
 */
export function stackedByKind<R extends { kind: string | null; awards: number }>(
  rows: R[],
  categoryOf: (r: R) => string | null,
  categories: { key: string | null; label: string }[],
  t: T,
  spec: { title: string; xLabel: string },
  hrefFor: (category: string | null, kind: string) => string | null,
): ChartSpec {
  const kinds = AWARD_KINDS.filter((k) => rows.some((r) => r.kind === k && r.awards > 0));
  const count = (cat: string | null, kind: string) => rows.filter((r) => categoryOf(r) === cat && r.kind === kind).reduce((n, r) => n + r.awards, 0);
  return {
    title: spec.title,
    xLabel: spec.xLabel,
    yLabel: t('axis.awards'),
    yUnit: 'count',
    stacked: true,
    labels: categories.map((c) => c.label),
    series: kinds.map((k, i) => ({
      key: k,
      label: t(`enum.AwardKind.${k}`),
      type: 'bar' as const,
      values: categories.map((c) => count(c.key, k)),
      style: i,
      hrefs: categories.map((c) => hrefFor(c.key, k)),
    })),
  };
}

/** Years of the range, plus "year unknown" when undated decisions (known only by period) are counted. */
export function yearCategories(rows: { year: number | null; awards: number }[], years: number[], undated: string) {
  const cats: { key: string | null; label: string }[] = years.map((y) => ({ key: String(y), label: String(y) }));
  if (rows.some((r) => r.year === null && r.awards > 0)) cats.push({ key: null, label: undated });
  return cats;
}

/** Periods present, in order ("2015-2020" < "2020-2025"), and "no period" last when present. */
export function periodCategories(rows: { period: string | null; awards: number }[], noPeriod: string) {
  const periods = [...new Set(rows.filter((r) => r.period !== null && r.awards > 0).map((r) => r.period as string))].sort();
  const cats: { key: string | null; label: string }[] = periods.map((p) => ({ key: p, label: p.replace('-', '–') }));
  if (rows.some((r) => r.period === null && r.awards > 0)) cats.push({ key: null, label: noPeriod });
  return cats;
}

/** One bar per group (district, unit kind), largest first. */
export function countBars(items: { key: string; label: string; count: number; href: string | null }[], t: T, title: string, xLabel: string): ChartSpec {
  const sorted = [...items].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
  return {
    title,
    xLabel,
    yLabel: t('axis.awards'),
    yUnit: 'count',
    horizontal: true,
    labels: sorted.map((i) => i.label),
    series: [{ key: 'awards', label: t('kpi.awards'), type: 'bar', values: sorted.map((i) => i.count), style: 0, hrefs: sorted.map((i) => i.href) }],
  };
}
