import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { copyMigrated, freePort, ownDatabase, start, waitFor } from './processes';

/**
 * An API and a dashboard of a test file's own, ACCESS=login, for the tests that add users or
 * change data (`qcdc user add` needs the database to itself). On the suite's database kind: a
 * PostgreSQL database of its own when DATABASE_URL is set (dropped afterwards), else an embedded
 * one in a temp DATA_DIR, copied from the migrated one of global setup. The data is made with `qcdc` as the README says, before the API starts.
 */
const dashboardDir = fileURLToPath(new URL('..', import.meta.url));
const apiDist = path.resolve(dashboardDir, '../api/dist');

export interface OwnServers {
  dashboard: string;
  api: string;
  /** the temp folder the servers and `qcdc` run in */
  tmp: string;
  /** `qcdc ARGS` on this database (only before the API starts on the embedded one); its stdout */
  cli(args: string[], input?: string): string;
  stop(): Promise<void>;
}

export async function ownServers(
  label: string,
  prepare: (cli: OwnServers['cli'], tmp: string) => void,
  apiEnv: (urls: { dashboard: string; api: string }) => NodeJS.ProcessEnv | Promise<NodeJS.ProcessEnv> = () => ({}),
): Promise<OwnServers> {
  const [apiPort, dashboardPort] = [await freePort(), await freePort()];
  const urls = { dashboard: `http://127.0.0.1:${dashboardPort}`, api: `http://127.0.0.1:${apiPort}` };
  const tmp = mkdtempSync(path.join(os.tmpdir(), `qcdc-${label}-e2e-`));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: path.join(tmp, 'data') };
  delete env.INIT_CWD; // the API resolves DATA_DIR against it
  let dropDatabase = async () => {};
  if (process.env.DATABASE_URL) {
    const own = await ownDatabase(process.env.DATABASE_URL, label);
    env.DATABASE_URL = own.url;
    dropDatabase = own.drop;
  } else {
    delete env.DATABASE_URL;
    copyMigrated(inject('migratedDataDir'), env.DATA_DIR!);
  }
  const cli: OwnServers['cli'] = (args, input) => {
    const r = spawnSync(process.execPath, [path.join(apiDist, 'cli.js'), ...args], { cwd: tmp, env, input, encoding: 'utf8', timeout: 240_000 });
    if (r.status !== 0) throw new Error(`qcdc ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const c of children.reverse()) {
      if (c.exitCode === null && c.signalCode === null) {
        const exited = new Promise((r) => c.once('exit', r));
        c.kill('SIGTERM');
        await exited;
      }
    }
    await dropDatabase().catch((e) => console.error(`could not drop the ${label} database:`, e));
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    prepare(cli, tmp);
    const api = start(path.join(apiDist, 'main.js'), { ...env, API_PORT: String(apiPort), HOST: '127.0.0.1', ACCESS: 'login', SEED: 'none', ...(await apiEnv(urls)) }, tmp);
    children.push(api.child);
    await waitFor(`${urls.api}/healthz`, api.child, api.out);
    const dash = start(path.join(dashboardDir, 'build/index.js'), { ...env, PORT: String(dashboardPort), HOST: '127.0.0.1', API_URL: urls.api, ORIGIN: urls.dashboard }, dashboardDir);
    children.push(dash.child);
    await waitFor(`${urls.dashboard}/healthz`, dash.child, dash.out);
  } catch (e) {
    await stop();
    throw e;
  }
  return { ...urls, tmp, cli, stop };
}
