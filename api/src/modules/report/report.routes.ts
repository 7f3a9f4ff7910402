import { Writable } from 'node:stream';
import type { Execute } from '../../shared/execute.js';
import { requestViewer } from '../auth/viewer.js';
import { sendJson, type Route } from '../../shared/http.js';
import type { Database } from '../../shared/orm.js';
import { readList, readYear } from '../export/export.service.js';
import { attachment } from '../export/export.routes.js';
import { ExportInputError } from '../export/table.js';
import type { ReportFrame } from '../../shared/report-frame.js';
import { reportFileName, writeReport, type ReportOptions } from './report.service.js';

/** ?year=2021 or ?from=2019&to=2021, with structure, unitKinds, withinUnit as in the analytics queries. */
export function reportOptionsFromQuery(q: URLSearchParams, now = new Date()): ReportOptions {
  const year = readYear('year', q.get('year'));
  const fromYear = readYear('from', q.get('from')) ?? year ?? readYear('to', q.get('to')) ?? now.getFullYear();
  const toYear = readYear('to', q.get('to')) ?? year ?? fromYear;
  const structure = q.get('structure')?.toUpperCase();
  if (structure && structure !== 'AS_OF' && structure !== 'CURRENT') throw new ExportInputError(`structure must be AS_OF or CURRENT, got "${q.get('structure')}"`);
  return {
    fromYear,
    toYear,
    structure: (structure as ReportOptions['structure']) || 'AS_OF',
    unitKinds: readList(q.get('unitKinds') ?? q.get('kinds')),
    withinUnit: q.get('withinUnit') || null,
    now,
  };
}

/** GET /export/report.xlsx — the report pack, as `qcdc report` writes it. */
export function reportRoutes(db: Database, execute: Execute, frame?: ReportFrame): Route[] {
  const report: Route = async (req, res, url) => {
    if (url.pathname !== '/export/report.xlsx') return false;
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'use GET' }), true;
    const options = { ...reportOptionsFromQuery(url.searchParams), viewer: requestViewer(req), frame };
    // write into memory first: a query error then still becomes a clean 400/500, not a torn download
    const chunks: Buffer[] = [];
    const sink = new Writable({ write(chunk, _enc, cb) { chunks.push(chunk as Buffer); cb(); } });
    await writeReport(db, execute, options, sink);
    const body = Buffer.concat(chunks);
    res.writeHead(200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': attachment(reportFileName(options.fromYear, options.toYear)),
      'content-length': body.length,
    });
    res.end(body);
    return true;
  };
  return [report];
}
