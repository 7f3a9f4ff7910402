import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { built } from '../../test/api-process.js';

/**
 * The API as `npm start` runs it (a process of its own, embedded store), stopped with SIGTERM while
 * clients are mid-request: the stop logs one line, not a stack trace per cut request, and exits 0;
 * the store it leaves behind is readable by its owner only (issue 17.7).
 */
const apiDir = path.resolve(__dirname, '../../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function healthy(url: string, exited: () => boolean, output: () => string): Promise<void> {
  const until = Date.now() + 240_000;
  while (Date.now() < until) {
    if (exited()) throw new Error(`the API exited:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not healthy in time:\n${output()}`);
}

describe('stopping the API and its store on disk', () => {
  it('SIGTERM with requests half sent: one log line, exit 0; DATA_DIR folders 0700 and files 0600', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-stop-')), 'data');
    dirs.push(path.dirname(dataDir));
    const port = await freePort();
    const child = spawn(process.execPath, [built('main')], {
      cwd: apiDir,
      env: { ...process.env, DATABASE_URL: '', API_PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SEED: 'none', LOG_LEVEL: 'info', EXPORT_CRON: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b) => (output += b));
    child.stderr.on('data', (b) => (output += b));
    const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    await healthy(`http://127.0.0.1:${port}/healthz`, () => child.exitCode !== null, () => output);

    // clients that sent headers and part of a body, as a slow or fuzzing client does, and wait
    const sockets = await Promise.all(
      Array.from({ length: 8 }, () => new Promise<net.Socket>((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => {
          s.write(`POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query":`);
          resolve(s);
        });
        s.on('error', () => {});
      })),
    );
    // answered after the partial requests arrived on the same event loop: they are in progress now
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).ok).toBe(true);
    const before = output;
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    sockets.forEach((s) => s.destroy());

    const stopLog = output.slice(before.length).trim().split('\n');
    expect(stopLog, output).toHaveLength(1);
    expect(stopLog[0]).toMatch(/SIGTERM: stopping/);
    expect(output).not.toMatch(/aborted|\n\s+at /);

    const loose: string[] = [];
    const walk = (p: string) => {
      const st = fs.statSync(p);
      if ((st.mode & 0o077) !== 0) loose.push(`${path.relative(dataDir, p) || '.'} ${(st.mode & 0o777).toString(8)}`);
      if (st.isDirectory()) fs.readdirSync(p).forEach((f) => walk(path.join(p, f)));
    };
    walk(dataDir);
    expect(fs.readdirSync(path.join(dataDir, 'pg')).length).toBeGreaterThan(5); // PGlite did write its store
    expect(loose).toEqual([]);
  }, 300_000);
});
