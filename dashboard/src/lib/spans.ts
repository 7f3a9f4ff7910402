/**
 * Two spans of years compared side by side (issue 13.5), carried in the URL like the other
 * filters: `aFrom`, `aTo`, `bFrom`, `bTo`. Defaults: the two Decree periods, 2015–2020 and
 * 2021–2025 (cut at the current year). Parsing never throws: a bad value falls back to the
 * default and is named in `problems`.
 */
import { FIRST_YEAR } from './filters';

export interface Span {
  from: number;
  to: number;
}
export interface Spans {
  a: Span;
  b: Span;
}

export const SPAN_PARAMS = ['aFrom', 'aTo', 'bFrom', 'bTo'] as const;

export function defaultSpans(currentYear: number): Spans {
  const bTo = Math.min(2025, currentYear);
  return { a: { from: FIRST_YEAR, to: 2020 }, b: { from: Math.min(2021, bTo), to: bTo } };
}

export function parseSpans(params: URLSearchParams, currentYear: number): { spans: Spans; problems: string[] } {
  const d = defaultSpans(currentYear);
  const problems: string[] = [];
  const year = (name: string, fallback: number) => {
    const raw = params.get(name);
    if (raw === null || raw === '') return fallback;
    const y = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
    if (y >= 2000 && y <= currentYear + 1) return y;
    problems.push(name);
    return fallback;
  };
  const span = (p: 'a' | 'b'): Span => {
    const from = year(`${p}From`, d[p].from);
    const to = year(`${p}To`, d[p].to);
    if (from > to) {
      problems.push(`${p}To`);
      return { from: to, to: from };
    }
    return { from, to };
  };
  return { spans: { a: span('a'), b: span('b') }, problems };
}

/** The URL parameters of the spans; defaults left out, so URLs stay short. */
export function spanParams(s: Spans, currentYear: number): Record<string, string> {
  const d = defaultSpans(currentYear);
  const out: Record<string, string> = {};
  if (s.a.from !== d.a.from) out.aFrom = String(s.a.from);
  if (s.a.to !== d.a.to) out.aTo = String(s.a.to);
  if (s.b.from !== d.b.from) out.bFrom = String(s.b.from);
  if (s.b.to !== d.b.to) out.bTo = String(s.b.to);
  return out;
}

export const spanLabel = (s: Span) => (s.from === s.to ? String(s.from) : `${s.from}–${s.to}`);

export interface SpanCoverage {
  district: { code: string; name: string } | null;
  unitsInScope: number;
  unitsInspected: number;
  rate: number | null;
}

export interface CompareRow {
  key: string;
  label: string;
  /** The label's language when it is not the page's (a Vietnamese title in the English UI). */
  lang?: string;
  code: string | null;
  a: SpanCoverage | null;
  b: SpanCoverage | null;
  /** rate B − rate A; null when either has no units in scope. */
  diff: number | null;
}

/**
 * One row per requirement present in either span (code order), each side the requirement's
 * compliance score over the span; unitsInScope / unitsInspected carry the findings rated
 * (C + P + N), which the table shows under the score.
 */
export function compareRequirementRows(
  a: RequirementSpan[],
  b: RequirementSpan[],
  label: (r: RequirementSpan['requirement']) => string,
  labelLang: (r: RequirementSpan['requirement']) => string | undefined = () => undefined,
): CompareRow[] {
  const rows = new Map<string, CompareRow>();
  const side = (r: RequirementSpan): SpanCoverage => {
    const rated = r.compliant + r.partial + r.nonCompliant;
    return { district: null, unitsInScope: rated, unitsInspected: rated, rate: r.score };
  };
  const row = (r: RequirementSpan) => {
    let x = rows.get(r.requirement.code);
    if (!x) rows.set(r.requirement.code, (x = { key: r.requirement.code, label: label(r.requirement), lang: labelLang(r.requirement), code: r.requirement.code, a: null, b: null, diff: null }));
    return x;
  };
  for (const r of a) row(r).a = side(r);
  for (const r of b) row(r).b = side(r);
  const out = [...rows.values()].sort((x, y) => x.key.localeCompare(y.key, 'en', { numeric: true }));
  for (const r of out) r.diff = r.a?.rate != null && r.b?.rate != null ? r.b.rate - r.a.rate : null;
  return out;
}

export interface RequirementSpan {
  requirement: { code: string; title: string; titleEn?: string | null };
  compliant: number;
  partial: number;
  nonCompliant: number;
  score: number | null;
}

/** A span's overall compliance as a side of the table's total row (findings rated under the score). */
export function complianceSide(t: Omit<RequirementSpan, 'requirement'> | undefined): Omit<SpanCoverage, 'district'> | undefined {
  if (!t) return undefined;
  const rated = t.compliant + t.partial + t.nonCompliant;
  return { unitsInScope: rated, unitsInspected: rated, rate: t.score };
}

/** The comparison as CSV for Excel (UTF-8 BOM, CRLF): label, each span's value in percent and its detail, the difference in points. */
export function compareCsv(header: string[], rows: { label: string; a: number | null; aDetail: string; b: number | null; bDetail: string; diff: number | null }[]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : typeof v === 'number' ? String(Math.round(v * 1000) / 10) : v;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [header, ...rows.map((r) => [r.label, r.a, r.aDetail, r.b, r.bDetail, r.diff])].map((r) => r.map(cell).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** One row per district present in either span (Vietnamese order, the units with no district last). */
export function compareRows(a: SpanCoverage[], b: SpanCoverage[], noDistrict: string): CompareRow[] {
  const rows = new Map<string, CompareRow>();
  const row = (r: SpanCoverage) => {
    const key = r.district?.code ?? '';
    let x = rows.get(key);
    if (!x) rows.set(key, (x = { key: key || 'none', label: r.district?.name ?? noDistrict, code: r.district?.code ?? null, a: null, b: null, diff: null }));
    return x;
  };
  for (const r of a) row(r).a = r;
  for (const r of b) row(r).b = r;
  const collator = new Intl.Collator('vi', { numeric: true });
  const out = [...rows.values()].sort((x, y) => (x.code === null ? 1 : y.code === null ? -1 : collator.compare(x.label, y.label)));
  for (const r of out) r.diff = r.a?.rate != null && r.b?.rate != null ? r.b.rate - r.a.rate : null;
  return out;
}
