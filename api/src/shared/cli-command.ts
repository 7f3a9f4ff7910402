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
  run(ctx: CliContext, args: string[]): Promise<number>;
  /**
   * When an API server holds the embedded DATA_DIR (PGlite: one process only), the command runs
   * through that server's HTTP API instead; without `remote` the CLI refuses with a clear message.
   */
  remote?(server: LockInfo & { api: string }, config: Config, args: string[]): Promise<number>;
}
