import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import type { CliCommand } from '../../shared/cli-command.js';
import type { LockInfo } from '../../shared/embedded.js';
import { writeFileAtomically } from '../../shared/output-file.js';
import { ttyProgress } from '../../shared/progress.js';
import { EXPORT_NAMES, exportTable, readFormat, readList, readYear, writeTable, type ExportRequest } from './export.service.js';
import { remoteDownload } from './remote.js';
import { ExportInputError, readLang } from './table.js';

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

interface Parsed {
  request: ExportRequest;
  out?: string;
  help: boolean;
}

export function parseExportArgs(args: string[]): Parsed {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (values.help) return { help: true, request: {} as ExportRequest };
  if (positionals.length !== 1) throw new ExportInputError(`export needs one DATASET (one of ${EXPORT_NAMES.join(', ')})`);
  const out = values.out;
  const format = readFormat(values.format ?? (out && /\.xlsx$/i.test(out) ? 'xlsx' : 'csv'));
  const structure = values.structure?.toUpperCase();
  if (structure && structure !== 'AS_OF' && structure !== 'CURRENT') throw new ExportInputError(`--structure must be AS_OF or CURRENT, got "${values.structure}"`);
  return {
    help: false,
    out,
    request: {
      name: positionals[0],
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

/**
 * Where the bytes go: stdout, or a temp file renamed into place at the end (a failed export
 * never leaves a half-written file under the requested name; a file that cannot be written is
 * one line, an OutputError).
 */
export async function withOutput(out: string | undefined, format: string, fn: (stream: Writable) => Promise<void>): Promise<void> {
  if (!out) {
    if (format === 'xlsx' && process.stdout.isTTY) throw new ExportInputError('an XLSX export needs --out FILE (it is not text for a terminal)');
    // `qcdc export … | head`: the reader closing the pipe early is not a failure
    process.stdout.on('error', (e: NodeJS.ErrnoException) => e.code === 'EPIPE' && process.exit(0));
    await fn(process.stdout);
    return;
  }
  await writeFileAtomically(out, fn);
}

/** The same request as URL parameters of GET /export/… on a running server. */
export function exportQuery(r: ExportRequest): string {
  const q = new URLSearchParams({ lang: r.lang === 'vi' ? 'vi' : 'en' });
  if (r.fromYear) q.set('from', String(r.fromYear));
  if (r.toYear) q.set('to', String(r.toYear));
  if (r.unitKinds?.length) q.set('unitKinds', r.unitKinds.join(','));
  if (r.withinUnit) q.set('withinUnit', r.withinUnit);
  if (r.structure) q.set('structure', r.structure);
  if (r.by) q.set('by', r.by.join(','));
  if (r.asOf) q.set('asOf', r.asOf);
  if (r.decimalComma) q.set('decimal', 'comma');
  return q.toString();
}

const done = (out: string | undefined, what: string) => {
  if (out) console.log(`exported ${what} → ${out}`);
};

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export DATASET [options]',
  summary: 'a dataset or analytics table as CSV/XLSX: --format, --from, --to, --out (export --help)',
  async run({ db, execute }, args) {
    const p = parseExportArgs(args);
    if (p.help) return console.log(EXPORT_HELP), 0;
    const table = await exportTable(db, execute, p.request);
    // rows and percentage on a terminal, when the file goes elsewhere than the terminal
    const progress = p.out ? ttyProgress() : undefined;
    await withOutput(p.out, p.request.format, (stream) => writeTable(table, p.request.format, p.request.lang, stream, { progress, decimalComma: p.request.decimalComma }));
    done(p.out, p.request.name);
    return 0;
  },
  async remote(server: LockInfo & { api: string }, _config, args) {
    const p = parseExportArgs(args);
    if (p.help) return console.log(EXPORT_HELP), 0;
    const r = p.request;
    await withOutput(p.out, r.format, (stream) => remoteDownload(server, `/export/${encodeURIComponent(r.name)}.${r.format}?${exportQuery(r)}`, stream));
    done(p.out, `${r.name} (through the running API at ${server.api})`);
    return 0;
  },
};
