import type { GraphQLFormattedError } from 'graphql';
import type { MaybeViewer } from '../modules/auth/viewer.js';

/**
 * Runs a GraphQL operation in-process, through the same schema, limits and error formatting as
 * HTTP clients (src/graphql.ts makes one). Features that read the analytics API (exports,
 * reports) are handed one instead of building a server. `viewer` is who asks (default anonymous).
 */
export type Execute = (
  query: string,
  variables?: Record<string, unknown>,
  viewer?: MaybeViewer,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;
