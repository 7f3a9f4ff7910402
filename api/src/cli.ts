import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './shared/config.js';
import { DataDirInUseError } from './shared/embedded.js';
import { setLogLevel } from './shared/logger.js';
import { openDatabase } from './database.js';
import type { Database } from './shared/orm.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, ImportError, importPaths, type Problem } from './modules/interchange/importer.js';
import { problemLine, refusedLine, reportProblems, type Lang } from './modules/interchange/problem-report.js';
import { outputError } from './shared/output-file.js';
import { ttyProgress } from './shared/progress.js';
import { formatSummary } from './modules/interchange/summary.js';
import { seed } from './modules/seed/seed.service.js';
import { cliCommands } from './cli-commands.js';
import { USAGE } from './cli-usage.js';
import { lazyGraphQL } from './graphql.js';
import { remoteImport, runningServer } from './modules/export/remote.js';


export class UsageError extends Error {}

async function withDb<T>(config: Config, purpose: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(config, purpose);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/**
 * Every problem of a refused import, one per line, into FILE (or qcdc-loi-nhap-<time>.txt here,
 * else in the temporary folder); returns where it went.
 */
function writeProblemList(problems: Problem[], lang: Lang, file?: string): string {
  const text = problems.map((p) => problemLine(p, lang)).join('\n') + '\n';
  const name = `qcdc-loi-nhap-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.txt`;
  for (const target of file ? [file] : [path.resolve(process.env.INIT_CWD ?? process.cwd(), name), path.join(os.tmpdir(), name)]) {
    try {
      fs.writeFileSync(target, text);
      return target;
    } catch (e) {
      if (file) throw outputError(file, e);
    }
  }
  throw new Error('the list of problems could not be written anywhere');
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
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { 'dry-run': { type: 'boolean' }, lang: { type: 'string' }, errors: { type: 'string' } },
      });
      if (!positionals.length) throw new UsageError('import needs at least one file or folder');
      const lang = (values.lang ?? 'vi').toLowerCase();
      if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en, got "${values.lang}"`);
      const dryRun = !!values['dry-run'];
      const server = runningServer(config);
      // what was detected per file (encoding, separator, decimal commas): said whatever the outcome
      const notes: string[] = [];
      let summary;
      try {
        summary = server
          ? await remoteImport(server, positionals, dryRun, notes)
          : await withDb(config, 'qcdc import', (db) => importPaths(db.orm.em.fork(), positionals, { dryRun, progress: ttyProgress(), notes }));
      } catch (e) {
        for (const n of notes) process.stderr.write(`  ${n}\n`);
        if (!(e instanceof ImportError)) throw e;
        const report = reportProblems(e.problems, lang);
        for (const line of report.lines) process.stderr.write(`  ${line}\n`);
        const full = report.condensed || values.errors ? writeProblemList(e.problems, lang, values.errors) : undefined;
        process.stderr.write(`qcdc: ${refusedLine(e.problems.length, lang, full)}\n`);
        return 1;
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
