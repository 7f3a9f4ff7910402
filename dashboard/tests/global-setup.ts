import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { copyMigrated, freePort, ownDatabase, waitFor } from './processes';

/**
 * Starts what `npm start` starts, from the built artefacts (this builds nothing: turbo's e2e
 * task depends on the builds): the API on a fresh database (a temp DATA_DIR, or its own fresh
 * PostgreSQL database when DATABASE_URL is set), seeded, then the dashboard, each on a free port.
 */
const dashboardDir = fileURLToPath(new URL('..', import.meta.url));
const apiMain = path.resolve(dashboardDir, '../api/dist/main.js');
const dashboardMain = path.resolve(dashboardDir, 'build/index.js');

declare module 'vitest' {
  export interface ProvidedContext {
    dashboardUrl: string;
    apiUrl: string;
    /** what `qcdc` (api/dist/cli.js) needs to act on the shared API's database: through the running API on the embedded one */
    cliEnv: { DATA_DIR: string; DATABASE_URL?: string };
    /** on the embedded database: a DATA_DIR made by `qcdc migrate`, for servers to start from a copy of ('' on PostgreSQL) */
    migratedDataDir: string;
  }
}

function start(name: string, script: string, env: NodeJS.ProcessEnv, cwd: string) {
  const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, log: () => `--- ${name} output ---\n${out}` };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export default async function setup(project: TestProject) {
  for (const f of [apiMain, dashboardMain]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: build first (npx turbo run build --filter=@qcdc/dashboard...)`);
  }
  const [apiPort, dashboardPort] = [await freePort(), await freePort()];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'qcdc-e2e-'));
  // ACCESS=open on both databases: these tests read as the anonymous demo reader (PostgreSQL defaults to login; signin.e2e tests that)
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ACCESS: 'open' };
  delete baseEnv.INIT_CWD; // the API resolves DATA_DIR against it

  let dropDatabase = async () => {};
  const apiEnv: NodeJS.ProcessEnv = { ...baseEnv, API_PORT: String(apiPort), HOST: '127.0.0.1', SEED: 'auto', DATA_DIR: path.join(tmp, 'data') };
  let migratedDataDir = '';
  if (process.env.DATABASE_URL) {
    // a database of its own, so the seeded data and the test never touch anyone else's
    const own = await ownDatabase(process.env.DATABASE_URL, 'e2e');
    apiEnv.DATABASE_URL = own.url;
    dropDatabase = own.drop;
  } else {
    delete apiEnv.DATABASE_URL;
    migratedDataDir = path.join(tmp, 'migrated');
    const r = spawnSync(process.execPath, [path.resolve(dashboardDir, '../api/dist/cli.js'), 'migrate'], {
      cwd: tmp, env: { ...baseEnv, DATA_DIR: migratedDataDir }, encoding: 'utf8', timeout: 240_000,
    });
    if (r.status !== 0) throw new Error(`qcdc migrate: ${r.stderr}`);
    copyMigrated(migratedDataDir, apiEnv.DATA_DIR!);
  }

  const api = start('api', apiMain, apiEnv, tmp);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const dashboardUrl = `http://127.0.0.1:${dashboardPort}`;
  let dashboard: ReturnType<typeof start> | undefined;
  const teardown = async () => {
    if (dashboard) await stop(dashboard.child);
    await stop(api.child);
    await dropDatabase().catch((e) => console.error('could not drop the e2e database:', e));
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitFor(`${apiUrl}/healthz`, api.child, api.log, 180_000);
    dashboard = start('dashboard', dashboardMain, { ...baseEnv, PORT: String(dashboardPort), HOST: '127.0.0.1', API_URL: apiUrl, API_PUBLIC_URL: apiUrl }, dashboardDir);
    await waitFor(`${dashboardUrl}/healthz`, dashboard.child, dashboard.log, 30_000);
  } catch (e) {
    await teardown();
    throw e;
  }
  project.provide('dashboardUrl', dashboardUrl);
  project.provide('apiUrl', apiUrl);
  project.provide('migratedDataDir', migratedDataDir);
  project.provide('cliEnv', { DATA_DIR: apiEnv.DATA_DIR!, ...(apiEnv.DATABASE_URL ? { DATABASE_URL: apiEnv.DATABASE_URL } : {}) });
  return teardown;
}
