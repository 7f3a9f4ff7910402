import type { Lang } from '$lib/format';
import { sortRows, type SortState } from '$lib/sort';

/** A cell value of a heat table (district × year, requirement × year). */
export interface Cell {
  /** Rate or score in [0, 1]; null = no denominator (shown empty, never as 0). */
  value: number | null;
  /** Numerator / denominator or the count behind the value, shown in the cell. */
  detail: string;
  href: string | null;
}

export interface MatrixRow {
  key: string;
  label: string;
  /** The label's language when it is not the page's (a Vietnamese title in the English UI): its lang attribute. */
  lang?: string;
  href: string | null;
  cells: Cell[];
}

const collator = new Intl.Collator('vi', { numeric: true });

/** A heat table's rows in the order its reader sorted them: column 0 = the row names, 1… = the value columns. */
export function sortMatrix(rows: readonly MatrixRow[], sort: SortState, lang: Lang): MatrixRow[] {
  return sortRows(rows, sort, (r, col) => (col === 0 ? r.label : r.cells[col - 1]?.value), lang);
}

export interface CoverageDistrictRow {
  year: number | null;
  district: { code: string; name: string } | null;
  unitsInScope: number;
  unitsInspected: number;
  rate: number | null;
}

/**
 * District × year coverage as rows of cells, districts in Vietnamese order and the units with no
 * district last. A year without a row for a district is an empty cell (no unit in scope).
 */
export function coverageMatrix(
  rows: CoverageDistrictRow[],
  years: number[],
  noDistrict: string,
  hrefFor: (district: string | null, year: number) => string | null,
  districtHref: (code: string) => string,
): MatrixRow[] {
  const byDistrict = new Map<string, { label: string; code: string | null; byYear: Map<number, CoverageDistrictRow> }>();
  for (const r of rows) {
    const key = r.district?.code ?? '';
    let d = byDistrict.get(key);
    if (!d) byDistrict.set(key, (d = { label: r.district?.name ?? noDistrict, code: r.district?.code ?? null, byYear: new Map() }));
    if (r.year !== null) d.byYear.set(r.year, r);
  }
  const ordered = [...byDistrict.entries()].sort(([a, x], [b, y]) => (a === '' ? 1 : b === '' ? -1 : collator.compare(x.label, y.label)));
  return ordered.map(([key, d]) => ({
    key: key || 'none',
    label: d.label,
    href: d.code ? districtHref(d.code) : null,
    cells: years.map((y) => {
      const r = d.byYear.get(y);
      if (!r || r.unitsInScope === 0) return { value: null, detail: '', href: null };
      return { value: r.rate, detail: `${r.unitsInspected}/${r.unitsInScope}`, href: hrefFor(d.code, y) };
    }),
  }));
}

/** sRGB of an HSL colour (h in degrees, s and l in [0, 1]), each channel 0–255. */
function hslToRgb(h: number, sat: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0), f(8), f(4)].map((c) => Math.round(c * 255)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two luminances (1–21). */
export function contrastRatio(a: number, b: number): number {
  const [hi, lo] = a > b ? [a, b] : [b, a];
  return (hi + 0.05) / (lo + 0.05);
}

const DARK = '#000000';
const LIGHT = '#ffffff';
const DARK_L = 0;

/**
 * Sequential colour for a value in [0, 1] (light to dark blue) and the text colour that reads
 * best on it: whichever of black and white has the higher contrast, which is always at
 * least 4.5:1 (the worst background, luminance ≈ 0.18, still gives ≈ 4.6:1 with both).
 * Lightness carries the value, so it survives grayscale and colour blindness.
 */
export function shade(value: number | null): { background: string; color: string; contrast: number } {
  if (value === null) return { background: 'transparent', color: 'inherit', contrast: 0 };
  const v = Math.max(0, Math.min(1, value));
  const rgb = hslToRgb(205, 0.7, (96 - v * 66) / 100); // 96 % (almost white) … 30 % (dark)
  const bg = luminance(rgb);
  const onDark = contrastRatio(bg, 1);
  const onLight = contrastRatio(bg, DARK_L);
  const hex = `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return onLight >= onDark ? { background: hex, color: DARK, contrast: onLight } : { background: hex, color: LIGHT, contrast: onDark };
}
