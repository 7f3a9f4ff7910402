import fs from 'node:fs';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../../shared/config.js';
import { lockHolder, type LockInfo } from '../../shared/embedded.js';
import { ImportError, type ImportSummary, type Problem } from '../interchange/importer.js';
import { importFiles, InputError } from '../interchange/read.js';
import { ExportInputError } from './table.js';
import { LOCAL_CLI_HEADER } from '../auth/local-cli.js';

/**
 * PGlite allows one process per data directory. When a running API holds ours, the CLI works
 * through that server's HTTP API instead of opening the store (which would corrupt it or hang).
 */
export function runningServer(config: Pick<Config, 'databaseUrl' | 'dataDir'>): (LockInfo & { api: string }) | null {
  if (config.databaseUrl) return null;
  const holder = lockHolder(config.dataDir);
  return holder?.api ? (holder as LockInfo & { api: string }) : null;
}

async function failure(res: Response, server: string, notes?: string[]): Promise<Error> {
  let message = `${server} answered ${res.status}`;
  try {
    const body = (await res.json()) as { error?: string; problems?: Problem[]; notes?: string[] };
    notes?.push(...(body.notes ?? []));
    if (body.problems) return new ImportError(body.problems);
    if (body.error) message = body.error;
  } catch {
    /* not JSON */
  }
  return res.status === 400 ? new ExportInputError(message) : new Error(message);
}

async function call(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    throw new Error(`the running QCDC Hub API at ${new URL(url).origin} does not answer (${(e as Error).message}); stop it or wait until it is up`);
  }
}

/** GET a file from the running server into out (a file stream or stdout). */
export async function remoteDownload(server: { api: string; importToken?: string }, pathAndQuery: string, out: Writable): Promise<void> {
  // the CLI acts as ADMIN (SPEC §6.2): its secret from the lock file gets it past ACCESS=login
  const res = await call(`${server.api}${pathAndQuery}`, server.importToken ? { headers: { [LOCAL_CLI_HEADER]: server.importToken } } : undefined);
  if (!res.ok || !res.body) throw await failure(res, server.api);
  await pipeline(Readable.fromWeb(res.body as never), out);
}

/** POST the files to the running server's /import (same validation, same all-or-nothing transaction). */
export async function remoteImport(server: LockInfo & { api: string }, paths: string[], dryRun: boolean, notes?: string[]): Promise<ImportSummary> {
  if (!server.importToken) throw new Error(`the running QCDC Hub API at ${server.api} does not accept imports; stop it first`);
  const files = importFiles(paths).map((f) => {
    if (!/\.(csv|xlsx|geojson|json)$/i.test(f)) throw new InputError(`${f}: only .csv, .xlsx and .geojson (boundaries) files can be imported`);
    return { name: path.basename(f), data: fs.readFileSync(f).toString('base64') };
  });
  const res = await call(`${server.api}/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [LOCAL_CLI_HEADER]: server.importToken },
    body: JSON.stringify({ files, dryRun }),
  });
  if (!res.ok) throw await failure(res, server.api, notes);
  const body = (await res.json()) as { summary: ImportSummary; notes?: string[] };
  notes?.push(...(body.notes ?? []));
  return body.summary;
}
