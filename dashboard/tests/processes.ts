import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

/** Starting the built API and dashboard for browser tests: the shared servers and the tests with servers of their own. */

/** A port nobody listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers 200 (generous: a busy machine takes minutes); fails at once if the process exits. */
export async function waitFor(url: string, child: ChildProcess, out: () => string, timeoutMs = 240_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}\n${out()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000} s\n${out()}`);
}

/** Runs a Node script, keeping the last 8 kB of its output for error messages. */
export function start(script: string, env: NodeJS.ProcessEnv, cwd: string): { child: ChildProcess; out: () => string } {
  const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (b: Buffer) => void (log = (log + b.toString()).slice(-8000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, out: () => log };
}

/** A PostgreSQL database of its own on the server of `adminUrl`: its URL, and how to drop it afterwards. */
export async function ownDatabase(adminUrl: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `qcdc_${label.replace(/\W/g, '_')}_${process.pid}_${Date.now()}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/**
 * A copy of an embedded DATA_DIR made by `qcdc migrate` (once, in global setup): every server of the
 * suite on PGlite starts from one instead of creating and migrating its own (~10 s each on a busy
 * machine). The creation itself is what `npm start` does on a fresh machine.
 */
export function copyMigrated(template: string, dataDir: string): void {
  cpSync(template, dataDir, { recursive: true });
  rmSync(path.join(dataDir, 'qcdc.lock'), { force: true });
}
