/**
 * Throughput under concurrent clients (issue 12): C clients send the same GraphQL request back to
 * back for S seconds. The clients run in a child process of their own (this file, forked), so the
 * API's event loop in the bench process serves requests and does not also generate them — as a
 * separate load generator would. The floor is the same SQL statements replayed by C pg
 * connections of their own, back to back, for the same time.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export interface Throughput {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

interface ClientJob {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  clients: number;
  seconds: number;
}

/** The p-th percentile of sorted values (nearest rank); the bench's one definition. */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

function summarise(latencies: number[], errors: number, seconds: number): Throughput {
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** In the child: `clients` loops of fetch until the deadline; posts the latencies back. */
async function runClients(job: ClientJob): Promise<Throughput> {
  const latencies: number[] = [];
  let errors = 0;
  let nonce = 0;
  const started = performance.now();
  const deadline = started + job.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      // a variable of its own (the operation ignores it): no request shares another's execution or cached answer
      const body = JSON.stringify({ query: job.query, variables: { ...job.variables, benchNonce: ++nonce } });
      const t = performance.now();
      try {
        const res = await fetch(job.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const text = await res.text();
        if (res.status !== 200 || text.startsWith('{"errors"')) errors++;
        else latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: job.clients }, loop));
  return summarise(latencies, errors, (performance.now() - started) / 1000);
}

/** C concurrent HTTP clients in a forked process; `sample` is called every 100 ms meanwhile (memory). */
export function httpThroughput(job: ClientJob, sample?: () => void): Promise<Throughput> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--bench-client'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const timer = sample ? setInterval(sample, 100) : null;
    const done = () => timer && clearInterval(timer);
    child.once('message', (m) => {
      done();
      resolve(m as Throughput);
      child.disconnect();
    });
    child.once('error', (e) => {
      done();
      reject(e);
    });
    child.once('exit', (code) => {
      done();
      if (code) reject(new Error(`bench client exited with ${code}`));
    });
    child.send(job);
  });
}

/** The floor under the same concurrency: C pg connections replaying the statements back to back. */
export async function sqlThroughput(databaseUrl: string, statements: { sql: string; bindings: unknown[] }[], clients: number, seconds: number): Promise<Throughput> {
  const conns = await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      return c;
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(
      conns.map(async (c) => {
        while (performance.now() < deadline) {
          const t = performance.now();
          try {
            for (const s of statements) await c.query(s.sql, s.bindings as unknown[]);
            latencies.push(performance.now() - t);
          } catch {
            errors++;
          }
        }
      }),
    );
  } finally {
    await Promise.all(conns.map((c) => c.end()));
  }
  return summarise(latencies, errors, (performance.now() - started) / 1000);
}

if (process.argv.includes('--bench-client')) {
  process.once('message', (job) => {
    runClients(job as ClientJob).then(
      (r) => process.send!(r),
      (e) => {
        process.stderr.write(`bench client failed: ${(e as Error).stack}\n`);
        process.exit(1);
      },
    );
  });
}
