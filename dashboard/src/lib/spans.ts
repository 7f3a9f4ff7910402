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
  code: string | null;
  a: SpanCoverage | null;
  b: SpanCoverage | null;
  /** rate B − rate A; null when either has no units in scope. */
  diff: number | null;
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
