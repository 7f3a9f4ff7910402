import type { Writable } from 'node:stream';
import type { CliCommand } from '../../shared/cli-command.js';
import type { LockInfo } from '../../shared/embedded.js';
import { writeFileAtomically } from '../../shared/output-file.js';
import { ttyProgress } from '../../shared/progress.js';
import { EXPORT_HELP, ExportInputError, parseExportArgs } from './export.args.js';
import type { ExportRequest } from './export.service.js';

// Light at load time (cli.ts lists it before anything runs): the exporter and the remote client
// are imported when the command runs, after its arguments were checked.
export { EXPORT_HELP, parseExportArgs };

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
  check(args) {
    return parseExportArgs(args).help ? { print: EXPORT_HELP, status: 0 } : undefined;
  },
  async run({ db, execute }, args) {
    const p = parseExportArgs(args);
    if (p.help) return console.log(EXPORT_HELP), 0;
    const { exportTable, writeTable } = await import('./export.service.js');
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
    const { remoteDownload } = await import('./remote.js');
    await withOutput(p.out, r.format, (stream) => remoteDownload(server, `/export/${encodeURIComponent(r.name)}.${r.format}?${exportQuery(r)}`, stream));
    done(p.out, `${r.name} (through the running API at ${server.api})`);
    return 0;
  },
};
