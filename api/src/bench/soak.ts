/**
 * `npm run soak -w api -- [--connections 200] [--seconds 60] [--writes-per-second W]` (not part of `npm test`): a private
 * PostgreSQL cluster of its own (initdb in a temporary folder, a free port; the machine's shared
 * cluster is never touched), the API on it seeded with the DEMO data, the overview's load
 * (load.ts) at N connections for S seconds with a PostgreSQL restart (`pg_ctl restart -m fast`)
 * in the middle. Prints failed views, p50/p99, how long after the restart the API answered
 * /healthz ok again, and the API's peak RSS; then stops everything and removes the cluster.
 *
 * With --writes-per-second, an ADMIN (made with `qcdc user add` and `token create`) writes that
 * often meanwhile — a progress report on the founding recommendation, through the gateway — so
 * every write moves the data version and the overview's cached answers are computed again: the
 * load of a working day, not only of the cache. Writes are never retried (SPEC: not blindly), so a
 * write refused during the restart is counted apart.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const connections = Number(opt('connections', '200'));
const seconds = Number(opt('seconds', '60'));
const writesPerSecond = Number(opt('writes-per-second', '0'));
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function pgBin(name: string): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (fs.existsSync(path.join(root, v, 'bin', name))) return path.join(root, v, 'bin', name);
  return name;
}

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` user. */
function pg(tool: string, toolArgs: string[]): string {
  const bin = pgBin(tool);
  const [cmd, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', bin, ...toolArgs]] : [bin, toolArgs];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `pg` without blocking the load generator's event loop (the restart takes seconds). */
function pgAsync(tool: string, toolArgs: string[]): Promise<void> {
  const bin = pgBin(tool);
  const [cmd, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', bin, ...toolArgs]] : [bin, toolArgs];
  return new Promise((resolve, reject) => execFile(cmd, argv, (e) => (e ? reject(e) : resolve())));
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const rss = (pid: number): number => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
};

/** An ADMIN token made as the README says (`qcdc user add`, `qcdc token create`) on this database. */
function adminToken(databaseUrl: string): string {
  const cli = (cliArgs: string[], input?: string) =>
    execFileSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', ...cliArgs], {
      cwd: apiDir, env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, input, encoding: 'utf8',
    });
  cli(['user', 'add', 'soak', '--role', 'ADMIN', '--password-stdin'], 'soak-password-1\n');
  return cli(['token', 'create', 'soak', '--name', 'soak']).trim().split('\n').at(-1)!;
}

const WRITE = `mutation($i: RecommendationProgressInput!) {
  updateRecommendationProgress(inspectionCode: "KT-2021-S_KHDT-0001", seq: 1, input: $i) { version }
}`;

/** W writes a second for S seconds, one at a time; each answered or refused, never retried. */
async function runWrites(apiUrl: string, token: string, forSeconds: number, perSecond: number) {
  const tally = { ok: 0, refused: new Map<string, number>(), latencies: [] as number[] };
  const until = Date.now() + forSeconds * 1000;
  const date = new Date().toISOString().slice(0, 10);
  for (let n = 1; Date.now() < until; n++) {
    const next = Date.now() + 1000 / perSecond;
    const began = performance.now();
    let code = 'network';
    try {
      const r = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: WRITE, variables: { i: { date, note: `soak write ${n}`, status: 'IN_PROGRESS' } } }),
      });
      const body = (await r.json()) as { errors?: { extensions?: { code?: string } }[] };
      code = body.errors ? (body.errors[0].extensions?.code ?? String(r.status)) : 'ok';
    } catch {
      // the connection itself failed (counted as network)
    }
    tally.latencies.push(performance.now() - began);
    if (code === 'ok') tally.ok++;
    else tally.refused.set(code, (tally.refused.get(code) ?? 0) + 1);
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
  }
  return tally;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-soak-'));
  const data = path.join(dir, 'pg');
  fs.mkdirSync(data);
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres', dir]);
  const pgPort = await freePort();
  const apiPort = await freePort();
  const serverOptions = `-p ${pgPort} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let api: ReturnType<typeof spawn> | undefined;
  let started = false;
  try {
    pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    pg('pg_ctl', ['-D', data, '-l', path.join(dir, 'pg.log'), '-w', '-o', serverOptions, 'start']);
    started = true;
    pg('createdb', ['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'postgres', 'qcdc']);
    const databaseUrl = `postgres://postgres@127.0.0.1:${pgPort}/qcdc`;
    console.log(`private PostgreSQL on ${pgPort} (${data}); starting the API (seeding DEMO data)…`);
    api = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
      cwd: apiDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, API_PORT: String(apiPort), HOST: '127.0.0.1', ACCESS: 'open', SEED: 'auto', EXPORT_CRON: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    process.env.API_URL = apiUrl;
    const { runViews, pct, request } = await import('./load.js');
    const healthy = async () => (await request(`${apiUrl}/healthz`, 'GET').catch(() => ({ status: 0, text: '' }))).status === 200;
    for (const until = Date.now() + 600_000; !(await healthy()); ) {
      if (api.exitCode !== null || Date.now() > until) throw new Error('the API did not become healthy');
      await new Promise((r) => setTimeout(r, 500));
    }
    const writer = writesPerSecond > 0 ? adminToken(databaseUrl) : undefined;
    let peak = rss(api.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, rss(api!.pid!))), 250);
    // warm the cache as a first visitor would, then the load with a restart half-way
    await runViews(1, 1);
    let restartAt = 0;
    let recovered = 0;
    const restart = (async () => {
      await new Promise((r) => setTimeout(r, (seconds / 2) * 1000));
      restartAt = Date.now();
      await pgAsync('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
      await pgAsync('pg_ctl', ['-D', data, '-l', path.join(dir, 'pg.log'), '-w', '-o', serverOptions, 'start']);
      while (!(await healthy())) await new Promise((r) => setTimeout(r, 50));
      recovered = Date.now();
    })();
    const writes = writer ? runWrites(apiUrl, writer, seconds, writesPerSecond) : undefined;
    const t = await runViews(seconds, connections);
    await restart;
    const w = await writes;
    clearInterval(sampler);
    const health = JSON.parse((await request(`${apiUrl}/healthz`, 'GET')).text) as Record<string, unknown>;
    console.log(`${connections} connections × ${seconds} s on the overview, PostgreSQL restarted at ${seconds / 2} s`);
    console.log(`views ${t.latencies.length} (${(t.latencies.length / t.elapsed).toFixed(1)}/s), failed views ${t.errors}, HTTP statuses ${JSON.stringify(Object.fromEntries(t.statuses))}`);
    console.log(`latency per view ms: p50 ${pct(t.sorted, 50).toFixed(0)}  p99 ${pct(t.sorted, 99).toFixed(0)}  max ${(t.sorted.at(-1) ?? NaN).toFixed(0)}`);
    console.log(`restart to /healthz ok: ${((recovered - restartAt) / 1000).toFixed(1)} s; API peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`);
    if (w) {
      const sorted = [...w.latencies].sort((a, b) => a - b);
      console.log(`writes ${w.ok} answered (${writesPerSecond}/s asked), refused ${JSON.stringify(Object.fromEntries(w.refused))}; write latency ms p50 ${pct(sorted, 50).toFixed(0)} p99 ${pct(sorted, 99).toFixed(0)}`);
    }
    console.log(`API after: ${JSON.stringify(health)}`);
  } finally {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api!.once('exit', r));
    }
    if (started) pg('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

main().catch((e) => {
  console.error(`soak: ${(e as Error).message}`);
  process.exit(1);
});
