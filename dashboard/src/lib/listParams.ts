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
