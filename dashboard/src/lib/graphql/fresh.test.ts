import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The typed documents in this folder are committed; they must match schema/schema.graphql and
// the operations in src/lib/server/queries/ exactly as `npm run gen -w schema` would write them.
it('generated typed documents are up to date with the schema and the operations', () => {
  const script = fileURLToPath(new URL('../../../../schema/check-fresh.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  expect(run.stderr + run.stdout).toContain('up to date');
  expect(run.status).toBe(0);
}, 60_000);
