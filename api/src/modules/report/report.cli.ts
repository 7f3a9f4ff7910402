import { parseArgs } from 'node:util';
import type { CliCommand } from '../../shared/cli-command.js';
import { ExportInputError, MAX_SPAN_YEARS, readList, readYear, spanMessage } from '../export/export.args.js';
import { withOutput } from '../export/export.cli.js';
import type { ReportOptions } from './report.service.js';

// Light at load time: the report's writer and the remote client are imported when the command
// runs, after its arguments were checked (issue 15.5).

export const REPORT_HELP = `qcdc report --year Y [--from Y1 --to Y2] [--structure AS_OF|CURRENT] [--kinds K,…] [--within CODE] --out FILE.xlsx

One workbook in Vietnamese: overview, coverage by year, district and unit kind, compliance per
requirement, awards by period, plans, open recommendations, units not inspected for the longest,
and a metadata sheet (filters, structure, data as of, generated at, version, DEMO record counts).`;

export function parseReportArgs(args: string[]): { options: ReportOptions; out: string } | null {
  const { values } = parseArgs({
    args,
    options: {
      year: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, structure: { type: 'string' },
      kinds: { type: 'string' }, within: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const year = readYear('--year', values.year);
  const fromYear = readYear('--from', values.from) ?? year;
  const toYear = readYear('--to', values.to) ?? year ?? fromYear;
  if (fromYear === undefined || toYear === undefined) throw new ExportInputError('report needs --year Y (or --from Y1 --to Y2)');
  if (toYear - fromYear >= MAX_SPAN_YEARS) throw new ExportInputError(spanMessage('a report pack', fromYear, toYear));
  if (!values.out) throw new ExportInputError('report needs --out FILE.xlsx');
  if (!/\.xlsx$/i.test(values.out)) throw new ExportInputError(`the report is an XLSX workbook: --out must end in .xlsx, got "${values.out}"`);
  const structure = values.structure?.toUpperCase();
  if (structure && structure !== 'AS_OF' && structure !== 'CURRENT') throw new ExportInputError(`--structure must be AS_OF or CURRENT, got "${values.structure}"`);
  return {
    out: values.out,
    options: {
      fromYear, toYear, structure: (structure as ReportOptions['structure']) ?? 'AS_OF', unitKinds: readList(values.kinds), withinUnit: values.within ?? null,
    },
  };
}

export const reportCommand: CliCommand = {
  name: 'report',
  usage: 'report --year Y --out FILE',
  summary: 'the report pack workbook (.xlsx), also --from/--to, --structure (report --help)',
  check(args) {
    return parseReportArgs(args) ? undefined : { print: REPORT_HELP, status: 0 };
  },
  async run({ db, execute, config }, args) {
    const p = parseReportArgs(args);
    if (!p) return console.log(REPORT_HELP), 0;
    const { writeReport } = await import('./report.service.js');
    await withOutput(p.out, 'xlsx', (stream) => writeReport(db, execute, { ...p.options, frame: config.reportFrame }, stream));
    console.log(`report written → ${p.out}`);
    return 0;
  },
  async remote(server, _config, args) {
    const p = parseReportArgs(args);
    if (!p) return console.log(REPORT_HELP), 0;
    const q = new URLSearchParams({ from: String(p.options.fromYear), to: String(p.options.toYear), structure: p.options.structure ?? 'AS_OF' });
    if (p.options.unitKinds?.length) q.set('unitKinds', p.options.unitKinds.join(','));
    if (p.options.withinUnit) q.set('withinUnit', p.options.withinUnit);
    const { remoteDownload } = await import('../export/remote.js');
    await withOutput(p.out, 'xlsx', (stream) => remoteDownload(server, `/export/report.xlsx?${q}`, stream));
    console.log(`report written → ${p.out} (through the running API at ${server.api})`);
    return 0;
  },
};
