import type { Config } from './config.js';
import type { LockInfo } from './embedded.js';
import type { Execute } from './execute.js';
import type { Database } from './orm.js';

/** What a feature's CLI command is given to run on the database itself. */
export interface CliContext {
  db: Database;
  config: Config;
  /** GraphQL run in-process on `db` (built on first use). */
  execute: Execute;
}

/** A CLI command contributed by a feature folder (export, report), beside migrate, seed and import; listed in src/cli-commands.ts. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /**
   * Reads the arguments before the command's modules are loaded or any database is opened
   * (issue 15.5: --help and a mistake answer at once and leave DATA_DIR untouched): throws on a
   * mistake (one line), returns a text to print and the exit status when there is nothing to run
   * (--help), nothing when `run` may go ahead. Keep the module that defines it light: the heavy
   * code is imported inside `run`.
   */
  check?(args: string[]): { print: string; status: number } | undefined;
  run(ctx: CliContext, args: string[]): Promise<number>;
  /**
   * When an API server holds the embedded DATA_DIR (PGlite: one process only), the command runs
   * through that server's HTTP API instead; without `remote` the CLI refuses with a clear message.
   */
  remote?(server: LockInfo & { api: string }, config: Config, args: string[]): Promise<number>;
}
