/**
 * Which years a scheduled report pack covers (EXPORT_PERIOD), and the names packs are filed
 * under. The analytics filter by whole years, so periods are years: a quarter would need date
 * filters the analytics do not have.
 */
export type ReportPeriod =
  /** the year of the run, to date (the default) */
  | { kind: 'current-year' }
  /** the last complete year */
  | { kind: 'last-year' }
  /** the last n complete years */
  | { kind: 'last-years'; n: number };

export const PERIOD_HELP = 'current-year (default), last-year, or last-N-years (e.g. last-5-years)';

/** EXPORT_PERIOD as a period, or a message saying what is accepted. */
export function parsePeriod(raw: string | undefined): ReportPeriod | { error: string } {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '' || v === 'current-year' || v === 'year-to-date') return { kind: 'current-year' };
  if (v === 'last-year') return { kind: 'last-year' };
  const m = /^last-(\d{1,2})-years$/.exec(v);
  if (m && Number(m[1]) >= 1) return { kind: 'last-years', n: Number(m[1]) };
  const why = /quarter|month|q[1-4]/.test(v) ? ': report packs cover whole years (the analytics filter by year)' : '';
  return { error: `EXPORT_PERIOD must be ${PERIOD_HELP}, got "${raw}"${why}` };
}

/** The years of a period for a run at `now` (server local time). */
export function periodYears(p: ReportPeriod, now: Date): { fromYear: number; toYear: number } {
  const y = now.getFullYear();
  switch (p.kind) {
    case 'current-year':
      return { fromYear: y, toYear: y };
    case 'last-year':
      return { fromYear: y - 1, toYear: y - 1 };
    case 'last-years':
      return { fromYear: y - p.n, toYear: y - 1 };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025" or "2021-2025": the period as a file name says it. */
export const periodName = (fromYear: number, toYear: number) => (fromYear === toYear ? String(fromYear) : `${fromYear}-${toYear}`);

/**
 * qcdc-bao-cao-2025.xlsx: a pack is named by its period; with `made`, the moment it was made
 * follows (qcdc-bao-cao-2025-lap-2026-11-30-0600.xlsx), so two scheduled runs never share a name.
 */
export function packFileName(fromYear: number, toYear: number, made?: Date): string {
  const at = made ? `-lap-${made.getFullYear()}-${pad(made.getMonth() + 1)}-${pad(made.getDate())}-${pad(made.getHours())}${pad(made.getMinutes())}` : '';
  return `qcdc-bao-cao-${periodName(fromYear, toYear)}${at}.xlsx`;
}
