// Fails (exit 1) when the dashboard's generated typed documents are stale relative to
// schema.graphql and the operations in dashboard/src/lib/server/queries/ (run `npm run gen -w schema`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const bin = path.join(path.dirname(require.resolve('@graphql-codegen/cli/package.json')), 'cjs/bin.js');
const cwd = fileURLToPath(new URL('.', import.meta.url));
const run = spawnSync(process.execPath, [bin, '--config', 'codegen.ts', '--check', '--silent'], { cwd, encoding: 'utf8' });
if (run.status !== 0) {
  process.stderr.write(run.stdout + run.stderr);
  process.stderr.write('\nschema: dashboard/src/lib/graphql/ is stale or an operation does not match schema.graphql — run `npm run gen -w schema`.\n');
  process.exit(1);
}
process.stdout.write('schema: typed documents of the dashboard are up to date\n');
