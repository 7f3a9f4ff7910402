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
    // two files at a time, one per core: each file has a database of its own (a PGlite copy in its
    // own process, or its own PostgreSQL database), so they do not meet; one at a time made the
    // CI's two passes (PGlite, PostgreSQL) over 30 minutes
    fileParallelism: true,
    maxWorkers: 2,
    pool: 'forks',
  },
});
