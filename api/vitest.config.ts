import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // swc keeps decorator metadata, which esbuild drops (type-graphql and MikroORM need it)
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // one graphql instance, or type-graphql fails with "another module or realm"
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
