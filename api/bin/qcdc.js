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
await import(join(api, 'dist', 'cli.js'));
