/**
 * Which period a scheduled report pack covers (EXPORT_PERIOD), and the names packs are filed
 * under: whole years, or the last complete quarter (the analytics' fromDate/toDate range).
 */
export type ReportPeriod =
  /** the year of the run, to date (the default) */
  | { kind: 'current-year' }
  /** the last complete year */
  | { kind: 'last-year' }
  /** the last n complete years */
  | { kind: 'last-years'; n: number }
  /** the last complete calendar quarter */
  | { kind: 'last-quarter' };

export const PERIOD_HELP = 'current-year (default), last-year, last-N-years (e.g. last-5-years) or last-quarter';

/** EXPORT_PERIOD as a period, or a message saying what is accepted. */
export function parsePeriod(raw: string | undefined): ReportPeriod | { error: string } {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '' || v === 'current-year' || v === 'year-to-date') return { kind: 'current-year' };
  if (v === 'last-year') return { kind: 'last-year' };
  if (v === 'last-quarter') return { kind: 'last-quarter' };
  const m = /^last-(\d{1,2})-years$/.exec(v);
  if (m && Number(m[1]) >= 1) return { kind: 'last-years', n: Number(m[1]) };
  return { error: `EXPORT_PERIOD must be ${PERIOD_HELP}, got "${raw}"` };
}

/** What a pack covers: whole years, or with `quarter` the dates of that quarter (1–4) of fromYear. */
export interface PeriodRange {
  fromYear: number;
  toYear: number;
  quarter?: number;
  fromDate?: string;
  toDate?: string;
}

/** The period of a run at `now` (server local time). */
export function periodYears(p: ReportPeriod, now: Date): PeriodRange {
  const y = now.getFullYear();
  switch (p.kind) {
    case 'last-quarter': {
      const current = Math.floor(now.getMonth() / 3) + 1;
      const [year, q] = current === 1 ? [y - 1, 4] : [y, current - 1];
      return quarterRange(year, q);
    }
    case 'current-year':
      return { fromYear: y, toYear: y };
    case 'last-year':
      return { fromYear: y - 1, toYear: y - 1 };
    case 'last-years':
      return { fromYear: y - p.n, toYear: y - 1 };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

/** Quarter q (1–4) of a year as a date range. */
export const quarterRange = (year: number, q: number): PeriodRange => ({
  fromYear: year, toYear: year, quarter: q, fromDate: `${year}-${pad(3 * q - 2)}-01`, toDate: `${year}-${LAST_DAY[q - 1]}`,
});

/** "2025", "2021-2025" or "2026-q3": the period as a file name says it. */
export const periodName = (fromYear: number, toYear: number, quarter?: number) =>
  quarter ? `${fromYear}-q${quarter}` : fromYear === toYear ? String(fromYear) : `${fromYear}-${toYear}`;

/**
 * qcdc-bao-cao-2025.xlsx: a pack is named by its period; with `made`, the moment it was made
 * follows (qcdc-bao-cao-2025-lap-2026-11-30-0600.xlsx), so two scheduled runs never share a name.
 */
export function packFileName(fromYear: number, toYear: number, made?: Date, quarter?: number): string {
  const at = made ? `-lap-${made.getFullYear()}-${pad(made.getMonth() + 1)}-${pad(made.getDate())}-${pad(made.getHours())}${pad(made.getMinutes())}` : '';
  return `qcdc-bao-cao-${periodName(fromYear, toYear, quarter)}${at}.xlsx`;
}
