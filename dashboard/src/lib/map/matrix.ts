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
  href: string | null;
  cells: Cell[];
}

const collator = new Intl.Collator('vi', { numeric: true });

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

/**
 * Sequential colour for a value in [0, 1] (light to dark blue) and the text colour that stays
 * readable on it. Lightness carries the value, so it survives grayscale and colour blindness.
 */
export function shade(value: number | null): { background: string; color: string } {
  if (value === null) return { background: 'transparent', color: 'inherit' };
  const v = Math.max(0, Math.min(1, value));
  const lightness = Math.round(96 - v * 66); // 96 % (almost white) … 30 % (dark)
  return { background: `hsl(205 70% ${lightness}%)`, color: lightness < 55 ? '#fff' : '#111' };
}
