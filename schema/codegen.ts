import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, parse, print, visit, type FieldDefinitionNode } from 'graphql';

// Absolute paths so the dashboard's freshness test can run this config from any directory.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Typed documents for the dashboard's operations (written in dashboard/src/lib/server/queries/
 * with `graphql(...)`), generated from the committed schema into dashboard/src/lib/graphql/.
 * Enums become string unions so nothing of the schema ships to the browser at run time.
 */

/**
 * The sentence by which the schema marks a field that is null only when it fails (the analytics
 * fields: NULL_ON_ERROR in api/src/modules/analytics/analytics.resolver.ts, issue 11.6). The
 * dashboard's client throws on any error (lib/server/client.ts), so an answer it hands on has every
 * such field set: its types see them as non-null, as graphql-codegen's `errorHandlingClient` does
 * for `@semanticNonNull` (which graphql-js does not print in SDL).
 */
export const NULL_ON_ERROR = 'Null only when this field fails';

/** schema.graphql with the fields marked NULL_ON_ERROR made non-null, for an error-throwing client. */
export function strictSchema(sdl: string): string {
  let marked = 0;
  const strict = visit(parse(sdl), {
    FieldDefinition(node: FieldDefinitionNode) {
      if (!node.description?.value.includes(NULL_ON_ERROR) || node.type.kind === Kind.NON_NULL_TYPE) return undefined;
      marked += 1;
      return { ...node, type: { kind: Kind.NON_NULL_TYPE, type: node.type } };
    },
  });
  if (marked === 0) throw new Error(`codegen: no field of schema.graphql says "${NULL_ON_ERROR}"; update NULL_ON_ERROR in schema/codegen.ts`);
  return print(strict);
}

export const config: CodegenConfig = {
  schema: strictSchema(readFileSync(here('./schema.graphql'), 'utf8')),
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
