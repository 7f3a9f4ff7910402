import type { ChartSpec } from '$lib/chart/spec';
import type { MatrixRow } from './matrix';

type T = (key: string, values?: Record<string, unknown>) => string;

export interface Counts {
  compliant: number;
  partial: number;
  nonCompliant: number;
  notApplicable?: number;
}

/** SPEC §4: (C + 0.5 P) ÷ (C + P + N); NOT_APPLICABLE excluded; null when nothing is counted. */
export function scoreOf(c: Counts): number | null {
  const denominator = c.compliant + c.partial + c.nonCompliant;
  return denominator === 0 ? null : (c.compliant + 0.5 * c.partial) / denominator;
}

function add(a: Required<Counts>, b: Counts): Required<Counts> {
  return {
    compliant: a.compliant + b.compliant,
    partial: a.partial + b.partial,
    nonCompliant: a.nonCompliant + b.nonCompliant,
    notApplicable: a.notApplicable + (b.notApplicable ?? 0),
  };
}
const zero = (): Required<Counts> => ({ compliant: 0, partial: 0, nonCompliant: 0, notApplicable: 0 });

/**
 * The score of all findings of a year. The API returns counts per requirement; every finding is
 * about exactly one requirement, so the year's counts are their sums and the score follows from
 * SPEC §4 exactly (a mean of per-requirement scores would weigh requirements, not findings).
 */
export function overallByYear(rows: (Counts & { year: number | null })[]): Map<number, { counts: Required<Counts>; score: number | null }> {
  const sums = new Map<number, Required<Counts>>();
  for (const r of rows) if (r.year !== null) sums.set(r.year, add(sums.get(r.year) ?? zero(), r));
  return new Map([...sums].map(([y, c]) => [y, { counts: c, score: scoreOf(c) }]));
}

export const CATEGORIES = ['LEADERSHIP', 'PUBLICIZE', 'DISCUSS_DECIDE', 'CONSULT', 'SUPERVISE', 'CITIZEN_RELATIONS', 'ORGANIZATION'] as const;

/** Scores per requirement group, from per-requirement counts (same summing argument as overallByYear). */
export function byCategory(rows: (Counts & { requirement: { category: string } })[]) {
  const sums = new Map<string, Required<Counts>>();
  for (const r of rows) sums.set(r.requirement.category, add(sums.get(r.requirement.category) ?? zero(), r));
  return CATEGORIES.filter((c) => sums.has(c)).map((c) => ({ category: c, counts: sums.get(c)!, score: scoreOf(sums.get(c)!) }));
}

export function categoryChart(rows: ReturnType<typeof byCategory>, t: T, title: string, hrefFor: (category: string) => string): ChartSpec {
  return {
    title,
    xLabel: t('inspection.category'),
    yLabel: t('axis.score'),
    yUnit: 'score',
    horizontal: true,
    labels: rows.map((r) => t(`enum.RequirementCategory.${r.category}`)),
    series: [{ key: 'score', label: t('kpi.compliance'), type: 'bar', values: rows.map((r) => r.score), style: 2, hrefs: rows.map((r) => hrefFor(r.category)) }],
  };
}

export interface ComplianceYearRow extends Counts {
  year: number | null;
  requirement: { code: string; title: string; category: string };
  score: number | null;
}

/** Requirement × year heat table: the API's score in each cell with the number of findings counted. */
export function complianceMatrix(
  rows: ComplianceYearRow[],
  years: number[],
  hrefFor: (requirement: string, year: number) => string,
  requirementHref: (requirement: string) => string,
): MatrixRow[] {
  const byReq = new Map<string, { title: string; byYear: Map<number, ComplianceYearRow> }>();
  for (const r of rows) {
    let e = byReq.get(r.requirement.code);
    if (!e) byReq.set(r.requirement.code, (e = { title: r.requirement.title, byYear: new Map() }));
    if (r.year !== null) e.byYear.set(r.year, r);
  }
  return [...byReq.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([code, e]) => ({
      key: code,
      label: `${code} ${e.title}`,
      href: requirementHref(code),
      cells: years.map((y) => {
        const r = e.byYear.get(y);
        if (!r) return { value: null, detail: '', href: null };
        const counted = r.compliant + r.partial + r.nonCompliant;
        return { value: r.score, detail: `n=${counted}`, href: hrefFor(code, y) };
      }),
    }));
}
