import type { Config } from './shared/config.js';
import type { Database } from './shared/orm.js';
import type { LockInfo } from './shared/embedded.js';
import { exportCommand } from './modules/export/export.cli.js';
import { reportCommand } from './modules/report/report.cli.js';

/** CLI commands contributed by feature folders (export, report), beside migrate, seed and import. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run(db: Database, config: Config, args: string[]): Promise<number>;
  /**
   * When an API server holds the embedded DATA_DIR (PGlite: one process only), the command runs
   * through that server's HTTP API instead; without `remote` the CLI refuses with a clear message.
   */
  remote?(server: LockInfo & { api: string }, config: Config, args: string[]): Promise<number>;
}

export const cliCommands: CliCommand[] = [exportCommand, reportCommand];
