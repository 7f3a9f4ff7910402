import { parseArgs } from 'node:util';
import type { HeaderLang } from './table.js';
import type { ExportFormat, ExportRequest } from './export.service.js';

/**
 * The export's arguments, read without loading the exporter (exceljs, the ORM, GraphQL): `qcdc
 * export` refuses a mistake and answers --help before any database is opened (issue 15.5), and
 * the HTTP routes read their parameters with the same functions. Imports nothing but types.
 */

/** A mistake in what was asked for (unknown dataset, bad year…): HTTP 400, CLI one line. */
export class ExportInputError extends Error {
  override name = 'ExportInputError';
  readonly status = 400;
}

/** The widest span of years one analytics query or report pack covers (issue 15.6; analytics/scope.ts MAX_YEARS). */
export const MAX_SPAN_YEARS = 100;
export const spanMessage = (what: string, fromYear: number, toYear: number) =>
  `${what} spans at most ${MAX_SPAN_YEARS} years; ${fromYear}–${toYear} is ${toYear - fromYear + 1}`;

/** The files of SPEC §5.2, then the analytics tables (export.service.test.ts: the same as the exporter's own lists). */
export const EXPORT_NAMES: readonly string[] = [
  'units', 'lineage', 'requirements', 'inspections', 'findings', 'recommendations', 'awards', 'plans', 'models',
  'coverage', 'compliance', 'compliance-summary', 'award-stats', 'plan-rate', 'open-recommendations', 'uninspected-units',
];
/** The GraphQL names of the analytics tables, accepted as well. */
export const EXPORT_ALIASES: Readonly<Record<string, string>> = {
  awardStats: 'award-stats', planRate: 'plan-rate', openRecommendations: 'open-recommendations', uninspectedUnits: 'uninspected-units',
};

export function readFormat(raw: string | null | undefined): ExportFormat {
  const f = (raw ?? '').toLowerCase();
  if (f === 'csv' || f === 'xlsx') return f;
  throw new ExportInputError(`format must be csv or xlsx, got "${raw ?? ''}"`);
}

/** "2020" → 2020; empty → undefined; anything else is an input mistake naming the option. */
export function readYear(option: string, raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || raw === '') return undefined;
  if (!/^\d{4}$/.test(raw.trim())) throw new ExportInputError(`${option} must be a year like 2021, got "${raw}"`);
  return Number(raw);
}

export function readList(raw: string | null | undefined): string[] | undefined {
  if (!raw) return undefined;
  const list = raw.split(/[,;]/).map((s) => s.trim().toUpperCase()).filter(Boolean);
  return list.length ? list : undefined;
}

export function readLang(raw: string | null | undefined, fallback: HeaderLang): HeaderLang {
  if (raw === null || raw === undefined || raw === '') return fallback;
  const v = raw.toLowerCase();
  if (v === 'vi') return 'vi';
  if (v === 'en' || v === 'code') return 'code';
  throw new ExportInputError(`headers must be "vi" or "en" (codes), got "${raw}"`);
}

export const EXPORT_HELP = `qcdc export DATASET [--format csv|xlsx] [--from Y] [--to Y] [--out FILE] [options]

  DATASET    a file of SPEC §5.2 (${EXPORT_NAMES.slice(0, 9).join(', ')}) or an analytics
             table (${EXPORT_NAMES.slice(9).join(', ')})
  --format   csv (default, or from the --out extension) or xlsx
  --from/--to  years; datasets: records of those years (all without them); analytics: the span
             (default: the first year with data to this year)
  --out      file to write; without it CSV goes to stdout
  --headers  code (default: the SPEC §5.2 column names, so a dataset export imports back
             unchanged with \`qcdc import\`) or vi (Vietnamese headers and labels, for people;
             a dataset exported so still imports back)
  --kinds K,…        unit kinds (analytics default: every kind but CITY)
  --within CODE      only that unit and its descendants
  --structure AS_OF|CURRENT, --by YEAR,DISTRICT,UNIT_KIND,UNIT(,PERIOD,KIND)  analytics only

  --decimal-comma  CSV for a vi-VN Excel or LibreOffice: ';' between cells, ',' in numbers

CSV is UTF-8 with BOM, comma-separated, RFC 4180; XLSX has typed cells (dates dd/mm/yyyy, rates as %).`;

const OPTIONS = {
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  out: { type: 'string', short: 'o' },
  headers: { type: 'string' },
  lang: { type: 'string' },
  kinds: { type: 'string' },
  within: { type: 'string' },
  structure: { type: 'string' },
  by: { type: 'string' },
  'as-of': { type: 'string' },
  'decimal-comma': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ParsedExport {
  request: ExportRequest;
  out?: string;
  help: boolean;
}

export function parseExportArgs(args: string[]): ParsedExport {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (values.help) return { help: true, request: {} as ExportRequest };
  if (positionals.length !== 1) throw new ExportInputError(`export needs one DATASET (one of ${EXPORT_NAMES.join(', ')})`);
  const name = positionals[0];
  if (!EXPORT_NAMES.includes(EXPORT_ALIASES[name] ?? name)) throw new ExportInputError(`unknown dataset "${name}" (one of ${EXPORT_NAMES.join(', ')})`);
  const out = values.out;
  const format = readFormat(values.format ?? (out && /\.xlsx$/i.test(out) ? 'xlsx' : 'csv'));
  const structure = values.structure?.toUpperCase();
  if (structure && structure !== 'AS_OF' && structure !== 'CURRENT') throw new ExportInputError(`--structure must be AS_OF or CURRENT, got "${values.structure}"`);
  return {
    help: false,
    out,
    request: {
      name,
      format,
      lang: readLang(values.headers ?? values.lang, 'code'),
      fromYear: readYear('--from', values.from),
      toYear: readYear('--to', values.to),
      unitKinds: readList(values.kinds),
      withinUnit: values.within ?? null,
      structure: (structure as ExportRequest['structure']) ?? null,
      by: values.by !== undefined ? (readList(values.by) ?? []) : null,
      asOf: values['as-of'] ?? null,
      decimalComma: !!values['decimal-comma'],
    },
  };
}
