/**
 * The dashboard's shared filters (year range, unit kinds, subtree, structure) live in the URL so
 * every view can be bookmarked, shared and printed as it is. Parsing never throws: a bad value
 * falls back to the default and is reported in `problems` for the page to show.
 */

export const UNIT_KINDS = [
  'CITY',
  'DEPARTMENT',
  'DISTRICT',
  'WARD',
  'COMMUNE',
  'PUBLIC_SERVICE_UNIT',
  'STATE_ENTERPRISE',
  'PARTY_MASS_ORG',
  'OTHER',
] as const;
export type UnitKindCode = (typeof UNIT_KINDS)[number];
export type StructureCode = 'AS_OF' | 'CURRENT';

/** First year of the records the dashboard shows (the 2015–2020 period of Decree 04). */
export const FIRST_YEAR = 2015;

export interface Filters {
  from: number;
  to: number;
  /** Empty = the API default (every kind but CITY). */
  kinds: UnitKindCode[];
  /** Unit code of a subtree (district, department…), or null for the whole city. */
  within: string | null;
  structure: StructureCode;
  /** `provisional=1`: also count SUBMITTED inspections (includeProvisional, SPEC §6.3); figures then say "tạm tính". */
  provisional?: boolean;
}

export interface ParsedFilters {
  filters: Filters;
  /** Names of the URL parameters that were ignored because their value was not valid. */
  problems: string[];
}

export function defaultFilters(currentYear: number): Filters {
  return { from: FIRST_YEAR, to: currentYear, kinds: [], within: null, structure: 'AS_OF', provisional: false };
}

function year(raw: string | null, fallback: number, min: number, max: number): number | null {
  if (raw === null || raw === '') return fallback;
  if (!/^\d{4}$/.test(raw)) return null;
  const y = Number(raw);
  return y >= min && y <= max ? y : null;
}

export function parseFilters(params: URLSearchParams, currentYear: number): ParsedFilters {
  const d = defaultFilters(currentYear);
  const problems: string[] = [];
  // years accepted a little around the data's span; later years than next year make no sense
  const from = year(params.get('from'), d.from, 2000, currentYear + 1);
  const to = year(params.get('to'), d.to, 2000, currentYear + 1);
  if (from === null) problems.push('from');
  if (to === null) problems.push('to');
  let f = from ?? d.from;
  let t = to ?? d.to;
  if (f > t) {
    problems.push('to');
    [f, t] = [t, f];
  }
  const kinds: UnitKindCode[] = [];
  for (const k of params.getAll('kind')) {
    for (const part of k.split(',')) {
      if (!part) continue;
      if ((UNIT_KINDS as readonly string[]).includes(part)) {
        if (!kinds.includes(part as UnitKindCode)) kinds.push(part as UnitKindCode);
      } else if (!problems.includes('kind')) problems.push('kind');
    }
  }
  const rawWithin = params.get('within')?.trim() ?? '';
  let within: string | null = null;
  if (rawWithin) {
    if (/^[A-Za-z0-9_.-]{1,64}$/.test(rawWithin)) within = rawWithin;
    else problems.push('within');
  }
  const rawStructure = params.get('structure');
  let structure: StructureCode = 'AS_OF';
  if (rawStructure === 'CURRENT' || rawStructure === 'AS_OF') structure = rawStructure;
  else if (rawStructure) problems.push('structure');
  const rawProvisional = params.get('provisional');
  if (rawProvisional && rawProvisional !== '1' && rawProvisional !== '0') problems.push('provisional');
  return { filters: { from: f, to: t, kinds, within, structure, provisional: rawProvisional === '1' }, problems };
}

/** URL parameters for these filters; defaults are left out so URLs stay short. */
export function filterParams(f: Filters, currentYear: number): URLSearchParams {
  const d = defaultFilters(currentYear);
  const p = new URLSearchParams();
  if (f.from !== d.from) p.set('from', String(f.from));
  if (f.to !== d.to) p.set('to', String(f.to));
  for (const k of f.kinds) p.append('kind', k);
  if (f.within) p.set('within', f.within);
  if (f.structure !== 'AS_OF') p.set('structure', f.structure);
  if (f.provisional) p.set('provisional', '1');
  return p;
}

/** `path?query` keeping the shared filters and adding/overriding `extra` parameters. */
export function hrefWith(path: string, f: Filters, currentYear: number, extra: Record<string, string | number | null | undefined> = {}): string {
  const p = filterParams(f, currentYear);
  for (const [k, v] of Object.entries(extra)) {
    if (v === null || v === undefined || v === '') p.delete(k);
    else p.set(k, String(v));
  }
  const q = p.toString();
  return q ? `${path}?${q}` : path;
}

/** The GraphQL AnalyticsFilter for these filters, optionally narrowed to other years. */
export function analyticsFilter(f: Filters, years?: { fromYear: number; toYear: number }) {
  return {
    fromYear: years?.fromYear ?? f.from,
    toYear: years?.toYear ?? f.to,
    ...(f.kinds.length ? { unitKinds: f.kinds } : {}),
    ...(f.within ? { withinUnit: f.within } : {}),
    structure: f.structure,
    ...(f.provisional ? { includeProvisional: true } : {}),
  };
}

export function yearsOf(f: Filters): number[] {
  const out: number[] = [];
  for (let y = f.from; y <= f.to; y++) out.push(y);
  return out;
}
