import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // generating the whole DEMO city takes ~1 s alone and over 5 s beside other suites on 2 cores (as the api's configs)
    testTimeout: 60_000,
  },
});
