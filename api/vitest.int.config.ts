import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config.js';

/**
 * The database tier (`npm run test:int -w api`): `*.int.test.ts`, each file on a fresh database of
 * its own (src/test/db.ts: PGlite copied from a migrated template, or PostgreSQL with DATABASE_URL).
 */
export default defineConfig({
  ...shared,
  test: {
    include: ['src/**/*.int.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // one file at a time: each holds a database (PGlite in this process) and the machine's cores
    fileParallelism: false,
    pool: 'forks',
  },
});
