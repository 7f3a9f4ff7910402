import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { configDefaults, defineConfig, type ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** What both tiers need: decorators compiled by swc, one graphql instance (vitest.int.config.ts reuses it). */
export const shared = {
  // swc keeps decorator metadata, which esbuild drops (type-graphql and MikroORM need it)
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // one graphql instance, or type-graphql fails with "another module or realm"
    alias: { graphql: require.resolve('graphql') },
  },
} satisfies ViteUserConfig;

/** The unit tier (`npm run test:unit -w api`): no database, seconds. `npm test -w api` runs it, then vitest.int.config.ts. */
export default defineConfig({
  ...shared,
  test: {
    include: ['src/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'src/**/*.int.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
  },
});
