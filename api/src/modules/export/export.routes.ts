import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../shared/config.js';
import { annotateLock } from '../../shared/embedded.js';
import type { Execute } from '../../shared/execute.js';
import { readBody, sendJson, type Route } from '../../shared/http.js';
import { requireJsonBody } from '../../shared/input-guard.js';
import { isLocalCli, newLocalCliToken } from '../auth/local-cli.js';
import { requestViewer } from '../auth/viewer.js';
import type { Database } from '../../shared/orm.js';
import { ImportError, importPaths } from '../interchange/importer.js';
import { InputError } from '../interchange/read.js';
import { CONTENT_TYPE, exportTable, readFormat, readList, readYear, writeTable, type ExportRequest } from './export.service.js';
import { writeXlsx } from './table.js';
import { queryTables } from './query-table.js';
import { ExportInputError, readLang } from './table.js';

async function readJson(req: http.IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  try {
    const body = JSON.parse((await readBody(req, limit)).toString('utf8'));
    if (body && typeof body === 'object' && !Array.isArray(body)) return body;
  } catch (e) {
    if ((e as { status?: number }).status) throw e;
  }
  throw new ExportInputError('the request body must be a JSON object');
}

/** ASCII file name, plus the RFC 5987 form for browsers that read it. */
export function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** /export/<name>.<csv|xlsx> query parameters → an export request (the same filters as the GraphQL queries). */
export function requestFromQuery(name: string, format: string, q: URLSearchParams, defaultLang: 'vi' | 'code' = 'vi'): ExportRequest {
  const structure = q.get('structure')?.toUpperCase();
  if (structure && structure !== 'AS_OF' && structure !== 'CURRENT') throw new ExportInputError(`structure must be AS_OF or CURRENT, got "${q.get('structure')}"`);
  const asOf = q.get('asOf');
  if (asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new ExportInputError(`asOf must be a date YYYY-MM-DD, got "${asOf}"`);
  return {
    name,
    format: readFormat(format),
    lang: readLang(q.get('lang') ?? q.get('headers'), defaultLang),
    fromYear: readYear('from', q.get('from') ?? q.get('fromYear')),
    toYear: readYear('to', q.get('to') ?? q.get('toYear')),
    unitKinds: readList(q.get('unitKinds') ?? q.get('kinds')),
    withinUnit: q.get('withinUnit') || null,
    structure: (structure as ExportRequest['structure']) || null,
    by: q.has('by') ? (readList(q.get('by')) ?? []) : null,
    asOf: asOf || null,
    decimalComma: q.get('decimal') === 'comma',
  };
}


/**
 * GET /export/<dataset|analytics>.<csv|xlsx>: the download buttons' files (Vietnamese headers by
 * default, lang=en for the code headers of SPEC §5.2). POST /export/query.<csv|xlsx> {query,
 * variables}: a GraphQL query as a spreadsheet (query-table.ts: every page, one sheet per top-level field). POST /import (embedded database only):
 * the CLI's import while the server holds the data directory.
 */
export function exportRoutes(db: Database, config: Config, execute: Execute, localCliToken?: string): Route[] {
  const download: Route = async (req, res, url) => {
    const m = /^\/export\/([A-Za-z-]+)\.(csv|xlsx)$/.exec(url.pathname);
    if (!m || m[1] === 'report' || m[1] === 'query') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'use GET' }), true;
    const request = { ...requestFromQuery(m[1], m[2], url.searchParams), viewer: requestViewer(req) };
    // the table is resolved (filters checked, ids or aggregates read) before the first byte goes out
    const table = await exportTable(db, execute, request);
    const years = request.fromYear || request.toYear ? `-${request.fromYear ?? ''}-${request.toYear ?? ''}` : '';
    res.writeHead(200, { 'content-type': CONTENT_TYPE[request.format], 'content-disposition': attachment(`qcdc-${m[1]}${years}.${request.format}`) });
    if (req.method === 'HEAD') return res.end(), true;
    await writeTable(table, request.format, request.lang, res, { decimalComma: request.decimalComma });
    return true;
  };

  const query: Route = async (req, res, url) => {
    const m = /^\/export\/query\.(csv|xlsx)$/.exec(url.pathname);
    if (!m) return false;
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST with {"query", "variables"}' }), true;
    const notJson = requireJsonBody(req);
    if (notJson) return sendJson(res, 415, { error: notJson }), true;
    const body = await readJson(req, 1_000_000);
    const viewer = requestViewer(req);
    const format = readFormat(m[1]);
    // every table is resolved (the query run, its first pages read, totals checked) before the first byte goes out
    const tables = await queryTables((q, v) => execute(q, v, viewer), body.query, body.variables);
    if (format === 'csv' && tables.length > 1) {
      throw new ExportInputError(
        `a CSV file holds one list, and this query asks for ${tables.length}: ${tables.map((t) => t.name).join(', ')}. Export it as .xlsx (one sheet each) or ask for one of them`,
      );
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPE[format], 'content-disposition': attachment(`qcdc-${tables.map((t) => t.name).join('-').slice(0, 80)}.${format}`) });
    try {
      if (format === 'csv') await writeTable(tables[0], format, 'code', res);
      else await writeXlsx(tables, res, 'code');
    } catch (e) {
      // a later page failed after the file began: the download breaks rather than ending short
      res.destroy();
      throw e;
    }
    return true;
  };

  const routes = [download, query];
  if (db.embedded && config.dataDir && !config.databaseUrl) {
    const token = localCliToken ?? newLocalCliToken();
    annotateLock(config.dataDir, { importToken: token });
    routes.push(importRoute(db, token));
  }
  return routes;
}

/** Files posted as JSON {files: [{name, data (base64)}]}; only from this machine, with the token from the lock file. */
/**
 * The files of an import request written to `dir` (each in a folder of its own, under its base
 * name). Only their paths come back: the request's text and its parsed body are garbage from then
 * on, not held for the length of the import (issue 17.6).
 */
async function receiveFiles(req: http.IncomingMessage, dir: string): Promise<{ paths: string[]; dryRun: boolean }> {
  const body = await readJson(req, 512_000_000);
  const files = body.files as { name?: unknown; data?: unknown }[] | undefined;
  if (!Array.isArray(files) || !files.length) throw new ExportInputError('the body needs "files": [{name, data}]');
  const paths = files.map((f, i) => {
    const name = typeof f.name === 'string' ? path.basename(f.name) : '';
    if (!/\.(csv|xlsx|geojson|json)$/i.test(name) || typeof f.data !== 'string') throw new ExportInputError(`files[${i}]: needs a .csv, .xlsx or .geojson name and base64 data`);
    const sub = path.join(dir, String(i));
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, name), Buffer.from(f.data, 'base64'));
    return path.join(sub, name);
  });
  return { paths, dryRun: body.dryRun === true };
}

export function importRoute(db: Database, token: string): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/import') return false;
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST' }), true;
    if (!isLocalCli(req, token)) return sendJson(res, 403, { error: 'import over HTTP is only for `qcdc import` on this machine' }), true;
    const notJson = requireJsonBody(req);
    if (notJson) return sendJson(res, 415, { error: notJson }), true;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-import-'));
    const notes: string[] = [];
    try {
      // the body (base64 text, larger than the files) is unreachable once they are on disk
      const { paths, dryRun } = await receiveFiles(req, dir);
      const summary = await importPaths(db.orm.em.fork() as EntityManager, paths, { dryRun, via: 'import', notes });
      sendJson(res, 200, { summary, notes });
    } catch (e) {
      if (e instanceof ImportError) sendJson(res, 422, { error: e.message, problems: e.problems, notes });
      else if (e instanceof InputError) sendJson(res, 400, { error: e.message });
      else throw e;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return true;
  };
}
