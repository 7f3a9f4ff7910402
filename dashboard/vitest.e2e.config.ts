import { defineConfig } from 'vitest/config';

// Browser tests: the global setup starts the built API and dashboard; tests drive Chromium.
export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // one Chromium at a time: the machines have 2 cores shared with the servers
    fileParallelism: false,
    pool: 'forks',
  },
});
