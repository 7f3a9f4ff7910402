import type { CliCommand } from './shared/cli-command.js';
import { exportCommand } from './modules/export/export.cli.js';
import { reportCommand } from './modules/report/report.cli.js';
import { tokenCommand, userCommand } from './modules/auth/auth.cli.js';

/** CLI commands contributed by feature folders, beside migrate, seed and import (cli.ts). */
export const cliCommands: CliCommand[] = [exportCommand, reportCommand, userCommand, tokenCommand];
