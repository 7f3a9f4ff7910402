import 'reflect-metadata';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './shared/config.js';
import { annotateLock, DataDirInUseError } from './shared/embedded.js';
import { QUERY_TIMEOUT_MS } from './shared/limits.js';
import { log, setLogLevel } from './shared/logger.js';
import { openDatabase } from './database.js';
import { formatSummary } from './modules/interchange/summary.js';
import { hasUnits, seed } from './modules/seed/seed.service.js';
import { featureRoutes, startBackgroundJobs } from './routes.js';
import { authOptions } from './modules/auth/auth.config.js';
import { hasUsers } from './modules/auth/accounts.service.js';

async function main(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const db = await openDatabase(config, 'the QCDC Hub API', { statementTimeoutMs: QUERY_TIMEOUT_MS });
  const em = db.orm.em.fork();
  if (config.seed === 'auto' && !(await hasUnits(em))) {
    log.info('empty database: seeding reference data, the founding record and DEMO data…');
    const summary = await seed(em);
    log.info(`seeded: ${formatSummary(summary)}`);
  }
  const auth = authOptions(config);
  const app = await createApp(db, (execute) => featureRoutes(db, config, execute, auth.localCliToken), auth);
  const jobs = startBackgroundJobs(db, config, app.execute);
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.apiPort, config.host, resolve);
  });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.apiPort;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  if (db.embedded) annotateLock(config.dataDir, { api: url });
  if (config.access === 'open') log.info('ACCESS=open: anonymous readers see everything (writes still need a user)');
  else if (!(await hasUsers(em))) {
    log.info('ACCESS=login and no user yet: create the first administrator with `npx qcdc user add admin --role ADMIN` ' +
      '(docker compose: `docker compose exec api node api/dist/cli.js user add admin --role ADMIN`); it prints the password once');
  }
  log.info(`API ready: ${url}/graphql (health ${url}/healthz) on ${db.embedded ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // one line for the whole stop; requests cut short by it are not logged one by one
    const busy = app.inFlight();
    log.info(`${signal}: stopping${busy ? ` (${busy} request${busy === 1 ? '' : 's'} in progress get 5 s to finish)` : ''}`);
    jobs.stop();
    try {
      await app.stop(5000);
      await db.close();
    } catch (e) {
      log.debug(`while stopping: ${(e as Error).message}`);
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof DataDirInUseError) {
    process.stderr.write(`qcdc: ${e.message}\n`);
  } else {
    log.error('failed to start', e);
  }
  process.exit(1);
});
