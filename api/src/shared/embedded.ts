import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { log } from './logger.js';

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

/** An embedded PostgreSQL (PGlite) served on a private unix socket, so the ordinary pg driver can use it. */
export interface EmbeddedServer {
  /** Directory of the unix socket (pg's `host`), port 5432 by convention. */
  socketDir: string;
  db: PGlite;
  stop(): Promise<void>;
}

const LOCK = 'qcdc.lock';

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite allows one process per data directory; a second one would corrupt it. The lock names the
 * owner so the CLI can refuse with a clear message instead of hanging or corrupting the store.
 */
function takeLock(dataDir: string, purpose: string): () => void {
  const file = path.join(dataDir, LOCK);
  try {
    const held = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number; purpose: string; api?: string };
    if (held.pid !== process.pid && pidAlive(held.pid)) {
      throw new DataDirInUseError(
        `the embedded database in ${dataDir} is in use by ${held.purpose} (pid ${held.pid})` +
          (held.api ? `; use its API at ${held.api}, or stop it first` : '; stop it first') +
          ', or set DATABASE_URL to use PostgreSQL',
      );
    }
  } catch (e) {
    if (e instanceof DataDirInUseError) throw e;
    // no lock, or a stale/unreadable one: take it over
  }
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, purpose }));
  return () => {
    try {
      const held = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number };
      if (held.pid === process.pid) fs.rmSync(file);
    } catch {
      /* already gone */
    }
  };
}

/** What the lock says about the process holding a data directory. */
export interface LockInfo {
  pid: number;
  purpose: string;
  /** the running API's URL */
  api?: string;
  /** secret for POST /import: readable only by who can read the data directory anyway */
  importToken?: string;
}

/** The live process (not this one) holding the data directory, if any. */
export function lockHolder(dataDir: string): LockInfo | null {
  try {
    const held = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK), 'utf8')) as LockInfo;
    return held.pid !== process.pid && pidAlive(held.pid) ? held : null;
  } catch {
    return null;
  }
}

/** Adds what the running server wants other processes to know (its API URL, the import token) to the lock. */
export function annotateLock(dataDir: string, info: Partial<Pick<LockInfo, 'api' | 'importToken'>>): void {
  const file = path.join(dataDir, LOCK);
  try {
    const held = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (held.pid !== process.pid) return;
    // a secret in it: only the owner of the data directory may read the lock
    if (info.importToken) fs.chmodSync(file, 0o600);
    fs.writeFileSync(file, JSON.stringify({ ...held, ...info }));
  } catch {
    /* nothing to annotate */
  }
}

/** Folders 0700, files 0600 under dir (a store made before this rule, or copied in). */
function ownerOnly(dir: string): void {
  fs.chmodSync(dir, 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) ownerOnly(p);
    else if (entry.isFile()) fs.chmodSync(p, 0o600);
  }
}

export async function startEmbedded(dataDir: string | undefined, purpose: string): Promise<EmbeddedServer> {
  let release = () => {};
  if (dataDir) {
    // the store holds every record: only its owner may read it. The 0700 folder alone keeps others
    // out; PGlite creates its files 0666 whatever the umask, so they are set 0600 after it opens
    // the store and again when it closes it (umask 077 covers the lock and report packs).
    process.umask(0o077);
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    ownerOnly(dataDir);
    release = takeLock(dataDir, purpose);
  }
  const started = Date.now();
  let db: PGlite;
  try {
    // extensions must be passed at creation, or CREATE EXTENSION fails later
    db = await PGlite.create(dataDir ? path.join(dataDir, 'pg') : undefined, { extensions: { unaccent, pg_trgm } });
  } catch (e) {
    release();
    throw e;
  }
  if (dataDir) ownerOnly(dataDir);
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-pg-'));
  const server = new PGLiteSocketServer({ db, path: path.join(socketDir, '.s.PGSQL.5432'), maxConnections: 1 });
  await server.start();
  log.debug(`embedded database ${dataDir ?? '(in memory)'} ready in ${Date.now() - started} ms`);
  let stopped = false;
  return {
    socketDir,
    db,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (dataDir) ownerOnly(dataDir);
      fs.rmSync(socketDir, { recursive: true, force: true });
      release();
    },
  };
}
