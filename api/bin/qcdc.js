#!/usr/bin/env node
// Launcher for `npx qcdc`: runs the built CLI, building it first on a fresh checkout.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const api = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(api, 'dist', 'cli.js'))) {
  process.stderr.write('qcdc: first run, building the API…\n');
  execSync('npx turbo run build --filter=@qcdc/api --output-logs=errors-only', { cwd: join(api, '..'), stdio: ['ignore', 'ignore', 'inherit'] });
}
// --help, no command and an unknown command are answered from the usage text alone: no API loaded,
// no database opened (loading the whole CLI takes seconds)
const [command] = process.argv.slice(2);
const usage = join(api, 'dist', 'cli-usage.js');
if (existsSync(usage) && (command === undefined || ['help', '--help', '-h'].includes(command) || !command.startsWith('-'))) {
  const { USAGE, COMMANDS } = await import(usage);
  if (command === undefined || ['help', '--help', '-h'].includes(command)) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(command === undefined ? 1 : 0);
  }
  if (!COMMANDS.has(command)) {
    process.stderr.write(`qcdc: unknown command "${command}"\n\n${USAGE}\n`);
    process.exit(1);
  }
}
await import(join(api, 'dist', 'cli.js'));
