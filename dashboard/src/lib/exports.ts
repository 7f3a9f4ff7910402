import type { Filters } from './filters';
import type { Lang } from './format';

/** Analytics tables and datasets the API's /export/<name>.<csv|xlsx> serves (helper of every download button). */
export type ExportName =
  | 'coverage'
  | 'compliance'
  | 'award-stats'
  | 'plan-rate'
  | 'units'
  | 'lineage'
  | 'requirements'
  | 'inspections'
  | 'findings'
  | 'recommendations'
  | 'awards'
  | 'plans'
  | 'models';

export interface ExportOptions {
  by?: string[];
  /** Dataset exports take no structure; analytics do. */
  structure?: boolean;
  /** Years, kinds and subtree apply (false for reference lists like requirements). */
  scoped?: boolean;
  asOf?: string;
}

/** `/export/<name>.<fmt>?…` with the page's filters, proxied by the dashboard to the API. */
export function exportHref(name: ExportName, format: 'csv' | 'xlsx', f: Filters, lang: Lang, opts: ExportOptions = {}): string {
  const p = new URLSearchParams();
  if (opts.scoped !== false) {
    p.set('from', String(f.from));
    p.set('to', String(f.to));
    if (f.kinds.length) p.set('unitKinds', f.kinds.join(','));
    if (f.within) p.set('withinUnit', f.within);
  }
  if (opts.structure !== false && opts.by) p.set('structure', f.structure);
  if (opts.by) p.set('by', opts.by.join(','));
  if (opts.asOf) p.set('asOf', opts.asOf);
  // English UI: the interchange (code) headers; Vietnamese UI: Vietnamese headers (the API default)
  if (lang === 'en') p.set('lang', 'en');
  const q = p.toString();
  return `/export/${name}.${format}${q ? `?${q}` : ''}`;
}

export function exportLinks(name: ExportName, f: Filters, lang: Lang, opts: ExportOptions = {}) {
  return { csv: exportHref(name, 'csv', f, lang, opts), xlsx: exportHref(name, 'xlsx', f, lang, opts) };
}
