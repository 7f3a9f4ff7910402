import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './shared/config.js';
import { DataDirInUseError } from './shared/embedded.js';
import { setLogLevel } from './shared/logger.js';
import { openDatabase } from './database.js';
import type { Database } from './shared/orm.js';
import { formatProblem, ImportError, importPaths } from './modules/interchange/importer.js';
import { formatSummary } from './modules/interchange/summary.js';
import { seed } from './modules/seed/seed.service.js';
import { cliCommands } from './cli-commands.js';
import { lazyGraphQL } from './graphql.js';
import { remoteImport, runningServer } from './modules/export/remote.js';

const USAGE = `usage: qcdc <command> [options]

  migrate                         bring the database schema up to date (no data)
  seed [--no-demo]                load reference data, the founding record and DEMO data (idempotent)
  import PATH… [--dry-run]        import interchange files: an XLSX workbook, CSV files or a folder
${cliCommands.map((c) => `  ${c.usage.padEnd(32)}${c.summary}`).join('\n')}

The database is DATABASE_URL (PostgreSQL), else the embedded one in DATA_DIR (default .data).`;

export class UsageError extends Error {}

async function withDb<T>(config: Config, purpose: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(config, purpose);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Progress on stderr when a person watches (a TTY); silent in scripts and CI logs. */
function progressPrinter() {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (sheet: string, done: number, total: number) => {
    const now = Date.now();
    if (now - last < 200 && done < total) return;
    last = now;
    process.stderr.write(`\r  ${sheet}: ${done.toLocaleString('vi-VN')} / ${total.toLocaleString('vi-VN')} rows   ${done === total ? '\n' : ''}`);
  };
}

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  setLogLevel(process.env.LOG_LEVEL ? config.logLevel : 'warn');
  switch (command) {
    case 'migrate': {
      await withDb(config, 'qcdc migrate', async () => {});
      console.log('database schema is up to date');
      return 0;
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { 'no-demo': { type: 'boolean' } } });
      const summary = await withDb(config, 'qcdc seed', (db) => seed(db.orm.em.fork(), { demo: !values['no-demo'] }));
      console.log(`seeded: ${formatSummary(summary)}`);
      return 0;
    }
    case 'import': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { 'dry-run': { type: 'boolean' } } });
      if (!positionals.length) throw new UsageError('import needs at least one file or folder');
      const dryRun = !!values['dry-run'];
      const server = runningServer(config);
      // what was detected per file (encoding, separator, decimal commas): said whatever the outcome
      const notes: string[] = [];
      let summary;
      try {
        summary = server
          ? await remoteImport(server, positionals, dryRun, notes)
          : await withDb(config, 'qcdc import', (db) => importPaths(db.orm.em.fork(), positionals, { dryRun, progress: progressPrinter(), notes }));
      } catch (e) {
        for (const n of notes) process.stderr.write(`  ${n}\n`);
        throw e;
      }
      for (const n of notes) console.log(n);
      console.log(`${dryRun ? 'dry run, nothing written — would import' : 'imported'}: ${formatSummary(summary)}${server ? ` (through the running API at ${server.api})` : ''}`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command === undefined ? 1 : 0;
    default: {
      const extra = cliCommands.find((c) => c.name === command);
      if (!extra) throw new UsageError(`unknown command "${command}"`);
      const server = runningServer(config);
      if (server && extra.remote) return extra.remote(server, config, rest);
      return withDb(config, `qcdc ${command}`, async (db) => {
        const graphql = lazyGraphQL(db);
        try {
          return await extra.run({ db, config, execute: graphql.execute }, rest);
        } finally {
          await graphql.stop();
        }
      });
    }
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof ImportError) {
      for (const p of e.problems) process.stderr.write(`  ${formatProblem(p)}\n`);
      process.stderr.write(`qcdc: ${e.message}\n`);
    } else if (e instanceof UsageError || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`qcdc: ${(e as Error).message}\n\n${USAGE}\n`);
    } else if (e instanceof ConfigError || e instanceof DataDirInUseError || ['InputError', 'ExportInputError', 'AccountError', 'OutputError'].includes((e as Error).name)) {
      process.stderr.write(`qcdc: ${(e as Error).message}\n`);
    } else {
      process.stderr.write(`qcdc: ${(e as Error).message?.split('\n')[0] ?? String(e)}\n`);
      if (process.env.LOG_LEVEL === 'debug') console.error(e);
    }
    process.exit(1);
  },
);
