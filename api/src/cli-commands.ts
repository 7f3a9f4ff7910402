import type { Config } from './shared/config.js';
import type { Database } from './shared/orm.js';

/** CLI commands contributed by feature folders (export, report), beside migrate, seed and import. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run(db: Database, config: Config, args: string[]): Promise<number>;
}

export const cliCommands: CliCommand[] = [];
