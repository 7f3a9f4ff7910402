import type { ChartSpec } from '$lib/chart/spec';
import { requirementTitle, requirementTitleLang, type Lang } from '$lib/format';
import type { MatrixRow } from './matrix';

type T = (key: string, values?: Record<string, unknown>) => string;

export interface Counts {
  compliant: number;
  partial: number;
  nonCompliant: number;
  notApplicable?: number;
}

/** Requirement groups in the glossary's order (the drill-down page validates its `category` parameter against them). */
export const CATEGORIES = ['LEADERSHIP', 'PUBLICIZE', 'DISCUSS_DECIDE', 'CONSULT', 'SUPERVISE', 'CITIZEN_RELATIONS', 'ORGANIZATION'] as const;

/** Scores per requirement group (complianceSummary by CATEGORY, already in the glossary's order) as horizontal bars. */
export function categoryChart(all: { category: string | null; score: number | null }[], t: T, title: string, hrefFor: (category: string) => string): ChartSpec {
  // the API fills category whenever CATEGORY is asked for; the type cannot say so
  const rows = all.filter((r): r is { category: string; score: number | null } => r.category !== null);
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
  requirement: { code: string; title: string; titleEn?: string | null; category: string };
  score: number | null;
}

/** Requirement × year heat table: the API's score in each cell with the number of findings counted; rows labelled "code title" in the UI language. */
export function complianceMatrix(
  rows: ComplianceYearRow[],
  years: number[],
  hrefFor: (requirement: string, year: number) => string,
  requirementHref: (requirement: string) => string,
  lang: Lang,
): MatrixRow[] {
  const byReq = new Map<string, { title: string; lang?: string; byYear: Map<number, ComplianceYearRow> }>();
  for (const r of rows) {
    let e = byReq.get(r.requirement.code);
    if (!e) byReq.set(r.requirement.code, (e = { title: requirementTitle(r.requirement, lang), lang: requirementTitleLang(r.requirement, lang), byYear: new Map() }));
    if (r.year !== null) e.byYear.set(r.year, r);
  }
  return [...byReq.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([code, e]) => ({
      key: code,
      label: `${code} ${e.title}`,
      ...(e.lang ? { lang: e.lang } : {}),
      href: requirementHref(code),
      cells: years.map((y) => {
        const r = e.byYear.get(y);
        if (!r) return { value: null, detail: '', href: null };
        const counted = r.compliant + r.partial + r.nonCompliant;
        return { value: r.score, detail: `n=${counted}`, href: hrefFor(code, y) };
      }),
    }));
}
