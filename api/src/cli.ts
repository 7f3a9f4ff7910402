import 'reflect-metadata';
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from './shared/config.js';
import { setLogLevel } from './shared/logger.js';
import type { Database } from './shared/orm.js';
import type { Problem } from './modules/interchange/importer.js';
import { problemLine, refusedLine, reportProblems, type Lang } from './modules/interchange/problem-report.js';
import { outputError } from './shared/output-file.js';
import { cliCommands } from './cli-commands.js';
import { USAGE } from './cli-usage.js';

/*
 * Only light modules above (issue 15.5): `--help`, an unknown command and a mistake in the
 * arguments are answered before the ORM, GraphQL, exceljs or PGlite are loaded, and no database is
 * opened for them (cli.int.test.ts checks DATA_DIR stays untouched). Each command imports what it
 * needs once its arguments are read, and opens the database once (withDb) for all its steps.
 */

export class UsageError extends Error {}

async function withDb<T>(config: Config, purpose: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const { openDatabase } = await import('./database.js');
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

/** A mistake in the command line: the reason, then the usage text. */
const isUsageError = (e: unknown) => e instanceof UsageError || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || (e as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL';

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command === undefined ? 1 : 0;
    case 'migrate': {
      if (rest.length) throw new UsageError(`migrate takes no arguments, got "${rest.join(' ')}"`);
      const config = configure();
      await withDb(config, 'qcdc migrate', async () => {});
      console.log('database schema is up to date');
      return 0;
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { 'no-demo': { type: 'boolean' } } });
      const config = configure();
      const [{ seed }, { formatSummary }] = await Promise.all([import('./modules/seed/seed.service.js'), import('./modules/interchange/summary.js')]);
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
      const config = configure();
      const [{ ImportError, importSheets, readImport }, { formatSummary }, { remoteImport, runningServer }, { ttyProgress }] = await Promise.all([
        import('./modules/interchange/importer.js'),
        import('./modules/interchange/summary.js'),
        import('./modules/export/remote.js'),
        import('./shared/progress.js'),
      ]);
      const server = runningServer(config);
      // what was detected per file (encoding, separator, decimal commas): said whatever the outcome
      const notes: string[] = [];
      let summary;
      try {
        if (server) summary = await remoteImport(server, positionals, dryRun, notes);
        else {
          // the files first: one that cannot be read is refused before the database is opened
          const input = await readImport(positionals, notes);
          summary = await withDb(config, 'qcdc import', (db) => importSheets(db.orm.em.fork(), input.sheets, { dryRun, progress: ttyProgress(), notes }, input.boundaries));
        }
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
    default: {
      const extra = cliCommands.find((c) => c.name === command);
      if (!extra) throw new UsageError(`unknown command "${command}"`);
      const answer = extra.check?.(rest);
      if (answer) {
        console.log(answer.print);
        return answer.status;
      }
      const config = configure();
      const { runningServer } = await import('./modules/export/remote.js');
      const server = runningServer(config);
      if (server && extra.remote) return extra.remote(server, config, rest);
      return withDb(config, `qcdc ${command}`, async (db) => {
        const graphql = (await import('./graphql.js')).lazyGraphQL(db);
        try {
          return await extra.run({ db, config, execute: graphql.execute }, rest);
        } finally {
          await graphql.stop();
        }
      });
    }
  }
}

/** The configuration, read once the arguments are known to be right. */
function configure(): Config {
  const config = loadConfig();
  setLogLevel(process.env.LOG_LEVEL ? config.logLevel : 'warn');
  return config;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    // by name: the classes live in modules --help never loads
    const name = (e as Error)?.name;
    if (name === 'ImportError' && Array.isArray((e as { problems?: unknown }).problems)) {
      for (const p of (e as { problems: Problem[] }).problems) process.stderr.write(`  ${problemText(p)}\n`);
      process.stderr.write(`qcdc: ${(e as Error).message}\n`);
    } else if (isUsageError(e)) {
      process.stderr.write(`qcdc: ${(e as Error).message}\n\n${USAGE}\n`);
    } else if (e instanceof ConfigError || ['DataDirInUseError', 'InputError', 'ExportInputError', 'AccountError', 'OutputError'].includes(name)) {
      process.stderr.write(`qcdc: ${(e as Error).message}\n`);
    } else {
      process.stderr.write(`qcdc: ${(e as Error).message?.split('\n')[0] ?? String(e)}\n`);
      if (process.env.LOG_LEVEL === 'debug') console.error(e);
    }
    process.exit(1);
  },
);

/** formatProblem of the importer, without loading it. */
function problemText(p: Problem): string {
  const where = p.field
    ? [p.file, p.field].filter(Boolean).join(', ')
    : [p.file, p.row !== undefined ? `row ${p.row}` : null, p.column ? `column ${p.column}` : null].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}
