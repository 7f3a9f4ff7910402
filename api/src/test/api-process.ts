import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

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

/** The API as `npm start` runs it: a process of its own from source, on a free port; resolves once /healthz answers. */
export async function startApi(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '../..'),
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
