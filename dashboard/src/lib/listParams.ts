import type { Filters } from './filters';

/** Page-specific list parameters (beside the shared filters), validated like the filters: bad values are dropped. */
export const INSPECTION_KINDS = ['PERIODIC', 'THEMATIC', 'UNANNOUNCED', 'FOLLOW_UP'] as const;
export const RATINGS = ['EXCELLENT', 'GOOD', 'SATISFACTORY', 'UNSATISFACTORY'] as const;
export type Origin = 'all' | 'real' | 'demo';

export interface InspectionListParams {
  kinds: (typeof INSPECTION_KINDS)[number][];
  ratings: (typeof RATINGS)[number][];
  origin: Origin;
  unit: string | null;
  after: string | null;
  /** Index of the first row of this page (for "showing 51–100"). */
  start: number;
}

const CODE = /^[A-Za-z0-9_.-]{1,64}$/;

function pick<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return [...new Set(values.flatMap((v) => v.split(',')).filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

export function parseInspectionList(p: URLSearchParams): InspectionListParams {
  const origin = p.get('origin');
  const unit = p.get('unit')?.trim() ?? '';
  const after = p.get('after') ?? '';
  const start = Number(p.get('start') ?? '0');
  return {
    kinds: pick(p.getAll('ikind'), INSPECTION_KINDS),
    ratings: pick(p.getAll('rating'), RATINGS),
    origin: origin === 'real' || origin === 'demo' ? origin : 'all',
    unit: CODE.test(unit) ? unit : null,
    after: /^[A-Za-z0-9_-]{1,200}$/.test(after) ? after : null,
    start: Number.isInteger(start) && start >= 0 ? start : 0,
  };
}

/** The API's InspectionFilter for the shared filters and the list's own ones. */
export function inspectionFilter(f: Filters, l: InspectionListParams) {
  return {
    fromYear: f.from,
    toYear: f.to,
    ...(f.kinds.length ? { unitKinds: f.kinds } : {}),
    ...(f.within ? { withinUnit: f.within } : {}),
    ...(l.kinds.length ? { kinds: l.kinds } : {}),
    ...(l.ratings.length ? { ratings: l.ratings } : {}),
    ...(l.origin !== 'all' ? { demo: l.origin === 'demo' } : {}),
    ...(l.unit ? { unitCode: l.unit } : {}),
  };
}

/** The list's own parameters as they appear in the URL (kept when the shared filters change). */
export function inspectionListKeep(l: InspectionListParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (l.kinds.length) out.ikind = l.kinds.join(',');
  if (l.ratings.length) out.rating = l.ratings.join(',');
  if (l.origin !== 'all') out.origin = l.origin;
  if (l.unit) out.unit = l.unit;
  return out;
}

/** The URL of the page after this one: the API's cursor, and the index of its first row for "showing 51–100". */
export function nextPageHref(url: URL, endCursor: string | null, start: number, hash = ''): string {
  const u = new URL(url);
  u.searchParams.set('after', endCursor ?? '');
  u.searchParams.set('start', String(start));
  return `${u.pathname}${u.search}${hash}`;
}

/** The same list from its first page. */
export function firstPageHref(url: URL, hash = ''): string {
  const u = new URL(url);
  u.searchParams.delete('after');
  u.searchParams.delete('start');
  return `${u.pathname}${u.search}${hash}`;
}

/**
 * The URL's parameters a list's own GET form must carry as hidden fields: everything except the
 * form's own fields, the cursor (a changed filter restarts at page one) and the language (kept by cookie).
 */
export function carriedParams(url: URL, own: string[]): [string, string][] {
  const drop = new Set([...own, 'after', 'start', 'lang']);
  return [...url.searchParams].filter(([k]) => !drop.has(k));
}
