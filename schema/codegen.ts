import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Absolute paths so the dashboard's freshness test can run this config from any directory.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Typed documents for the dashboard's operations (written in dashboard/src/lib/server/queries/
 * with `graphql(...)`), generated from the committed schema into dashboard/src/lib/graphql/.
 * Enums become string unions so nothing of the schema ships to the browser at run time.
 */
export const config: CodegenConfig = {
  schema: here('./schema.graphql'),
  documents: [here('../dashboard/src/lib/server/queries/**/*.ts')],
  ignoreNoDocuments: false,
  generates: {
    [here('../dashboard/src/lib/graphql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { ID: 'string', DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
