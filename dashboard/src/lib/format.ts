/**
 * Display formats (reference/vi_formatting_conventions.md): numbers 1.234,5, percentages 87,5%,
 * dates 27/10/2021 with 2-digit day and month. Stored values stay ISO / plain numbers.
 */
export type Lang = 'vi' | 'en';

const intlLocale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'vi-VN');

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function nf(lang: Lang, key: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `n:${lang}:${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) cache.set(k, (f = new Intl.NumberFormat(intlLocale(lang), opts)));
  return f;
}

/** 1234.5 → "1.234,5" (vi) / "1,234.5" (en); null → "–". */
export function formatNumber(n: number | null | undefined, lang: Lang = 'vi', maxDecimals = 1): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return nf(lang, `d${maxDecimals}`, { maximumFractionDigits: maxDecimals }).format(n);
}

/** A rate in [0, 1] → "87,5%"; null (no denominator) → "–". */
export function formatPercent(rate: number | null | undefined, lang: Lang = 'vi', maxDecimals = 1): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '–';
  return nf(lang, `p${maxDecimals}`, { style: 'percent', maximumFractionDigits: maxDecimals }).format(rate);
}

/** Change in percentage points between two rates: +2,5 đ.p. / +2.5 pp. */
export function formatPointChange(delta: number | null, lang: Lang = 'vi'): string {
  if (delta === null || Number.isNaN(delta)) return '–';
  const pts = Math.round(delta * 1000) / 10;
  const sign = pts > 0 ? '+' : pts < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(pts), lang)} ${lang === 'en' ? 'pp' : 'đ.p.'}`;
}

/** Signed count change: +3 / −2 / ±0. */
export function formatCountChange(delta: number | null, lang: Lang = 'vi'): string {
  if (delta === null || Number.isNaN(delta)) return '–';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(delta), lang, 0)}`;
}

/** "2021-10-27" → "27/10/2021" (both languages day-first); null → "–". Parsed as a calendar date, no time zone shift. */
export function formatDate(iso: string | null | undefined, lang: Lang = 'vi'): string {
  if (!iso) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const k = `d:${lang}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(k, (f = new Intl.DateTimeFormat(intlLocale(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })));
  return f.format(d);
}

const VN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** An instant as Vietnam local time "01/12/2026 08:05" (day-first, 24 h, both languages); null → "–". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = Object.fromEntries(VN_TIME.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/**
 * A requirement's title in the UI language: the English title (`titleEn`) when the page is in
 * English and the catalogue has one, else the Vietnamese title — the official wording, and every
 * requirement has it.
 */
export function requirementTitle(r: { title: string; titleEn?: string | null }, lang: Lang): string {
  const en = r.titleEn?.trim();
  return lang === 'en' && en ? en : r.title;
}

/**
 * The language of that title when it is not the page's: 'vi' for the Vietnamese fallback shown in
 * the English UI (no `titleEn`), so the element holding it carries lang="vi" and a screen reader
 * speaks it as Vietnamese (WCAG 3.1.2); undefined when the title is in the page's language.
 */
export function requirementTitleLang(r: { titleEn?: string | null }, lang: Lang): 'vi' | undefined {
  return lang === 'en' && !r.titleEn?.trim() ? 'vi' : undefined;
}
