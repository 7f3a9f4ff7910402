import type { ChartSpec, Marker } from '$lib/chart/spec';
import { formatDate, formatNumber, type Lang } from '$lib/format';
import type { CoverageYearRow } from './coverage';

type T = (key: string, values?: Record<string, unknown>) => string;

/** A lineage event as the ScopeChanges query returns it. */
export interface ScopeEvent {
  date: string;
  type: string;
  decision: string | null;
  fromUnits: { kind: string }[];
  toUnits: { kind: string }[];
}

/** The kinds of change in the order a note names them, whatever order the events came in. */
const TYPE_ORDER = ['MERGE', 'SPLIT', 'RENAME', 'TRANSFER', 'ESTABLISH', 'DISSOLVE'];

/** A year in which the set of units in scope changed, and what to say about it. */
export interface ScopeChange {
  year: number;
  /** The first event's date in the year: where the chart's line stands. */
  date: string;
  /** Short label on the chart's line. */
  mark: string;
  /** The full note, for the data table, the text under the chart and print. */
  note: string;
  /** Units in scope the year before and that year, when both are shown. */
  units: { before: number; after: number } | null;
}

/**
 * The shown years in which restructurings changed the units in scope (issue 13.4): events dated in
 * the year with a unit of a chosen kind (every kind but CITY when none is chosen) on either side.
 * The note lists each date with its counts per kind of change and, when the year before is shown,
 * the units in scope before and after (the denominator of coverage, SPEC §4).
 */
export function scopeChanges(events: ScopeEvent[], years: number[], kinds: string[], rows: CoverageYearRow[] | null, t: T, lang: Lang): ScopeChange[] {
  const inScope = (k: string) => (kinds.length ? kinds.includes(k) : k !== 'CITY');
  const shown = new Set(years);
  const byYear = new Map<number, Map<string, Map<string, number>>>();
  for (const e of events) {
    const y = Number(e.date.slice(0, 4));
    if (!shown.has(y) || ![...e.fromUnits, ...e.toUnits].some((u) => inScope(u.kind))) continue;
    let dates = byYear.get(y);
    if (!dates) byYear.set(y, (dates = new Map()));
    let types = dates.get(e.date);
    if (!types) dates.set(e.date, (types = new Map()));
    types.set(e.type, (types.get(e.type) ?? 0) + 1);
  }
  const scope = new Map((rows ?? []).filter((r) => r.year !== null).map((r) => [r.year as number, r.unitsInScope]));
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, dates]) => {
      const sorted = [...dates.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const what = sorted
        .map(([date, types]) => `${formatDate(date, lang)}: ${[...types.entries()].sort(([a], [b]) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b)).map(([type, n]) => `${formatNumber(n, lang)} ${t(`enum.LineageType.${type}`).toLowerCase()}`).join(', ')}`)
        .join('; ');
      const before = scope.get(year - 1);
      const after = scope.get(year);
      const units =
        rows && before !== undefined && after !== undefined
          ? ` ${t('scope.units', { prev: year - 1, year, before: formatNumber(before, lang), after: formatNumber(after, lang) })}`
          : '';
      return {
        year,
        date: sorted[0][0],
        mark: t('scope.mark', { year }),
        note: `${t('scope.mark', { year })} — ${what}.${units}`,
        units: rows && before !== undefined && after !== undefined ? { before, after } : null,
      };
    });
}

/** The chart with a line at each scope change and the notes beside its years in the data table. */
export function withScope(spec: ChartSpec, changes: ScopeChange[], t: T): ChartSpec {
  if (!changes.length) return spec;
  const note = new Map(changes.map((c) => [String(c.year), c.note]));
  // a year that already has a dated mark (the trend charts' restructurings) keeps it alone
  const marked = new Set((spec.markers ?? []).map((m) => m.date.slice(0, 4)));
  const markers: Marker[] = changes.filter((c) => !marked.has(String(c.year))).map((c) => ({ date: c.date, label: c.mark }));
  return {
    ...spec,
    markers: [...(spec.markers ?? []), ...markers],
    labelNotes: { label: t('scope.column'), values: spec.labels.map((l) => note.get(l) ?? null) },
  };
}
