import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const apiDir = path.resolve(__dirname, '../..');

function newest(dir: string, skip: (p: string) => boolean): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (skip(p)) continue;
    t = Math.max(t, e.isDirectory() ? newest(p, skip) : fs.statSync(p).mtimeMs);
  }
  return t;
}

let checked = false;
/**
 * A built entry point (dist/main.js, dist/cli.js) as `npm start` and `npx qcdc` run it: seconds
 * faster per process than compiling the sources again. turbo builds before it tests; run by hand
 * after an edit, this says so instead of testing the old build.
 */
export function built(entry: 'main' | 'cli'): string {
  const file = path.join(apiDir, 'dist', `${entry}.js`);
  if (!checked) {
    const src = newest(path.join(apiDir, 'src'), (p) => p.endsWith('.test.ts') || p.includes(`${path.sep}test${path.sep}`) || p.endsWith(`${path.sep}test`));
    const dist = fs.existsSync(file) ? newest(path.join(apiDir, 'dist'), () => false) : 0;
    if (src > dist) throw new Error(`api/dist is older than api/src: build first (npx turbo run build --filter=@qcdc/api)`);
    checked = true;
  }
  return file;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves when `test(output)` holds; rejects if the process exits first or after `ms`. */
  waitFor(test: (output: string) => boolean, ms?: number): Promise<void>;
  /** SIGTERM and its exit code. */
  stop(): Promise<number | null>;
}

/** The API as `npm start` runs it: a process of its own (the build), on a free port; resolves once /healthz answers. */
export async function startApi(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [built('main')], {
    cwd: apiDir,
    env: { ...process.env, DATABASE_URL: '', API_PORT: String(port), HOST: '127.0.0.1', SEED: 'none', LOG_LEVEL: 'info', EXPORT_CRON: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b) => (output += b));
  child.stderr.on('data', (b) => (output += b));
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  const waitFor = async (test: (o: string) => boolean, ms = 240_000) => {
    const until = Date.now() + ms;
    while (!test(output)) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited (${child.exitCode ?? child.signalCode}):\n${output}`);
      if (Date.now() > until) throw new Error(`not in time:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  let up = false;
  const probe = () => fetch(`${url}/healthz`).then((r) => (up = r.ok), () => false);
  await waitFor(() => (void probe(), up));
  return {
    child,
    url,
    output: () => output,
    waitFor,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exit;
    },
  };
}
