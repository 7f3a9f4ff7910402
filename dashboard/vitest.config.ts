import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the pure modules (mapping, formats, URL filters, codegen freshness); no browser, no server.
export default defineConfig({
  resolve: {
    alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // generous: CI runs the suites beside each other on 2 cores (codegen freshness builds a schema)
    testTimeout: 60_000,
  },
});
