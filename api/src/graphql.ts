import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from './shared/context.js';
import type { Execute } from './shared/execute.js';
import { dataExceptionMessage, inputGuardPlugin, inputGuardRule } from './shared/input-guard.js';
import { costLimitPlugin, explainParseLimit, LIMITS, shapeLimitRule } from './shared/limits.js';
import { log } from './shared/logger.js';
import type { Database } from './shared/orm.js';
import { createContext } from './loaders.js';
import { buildSchema } from './schema.js';

const SAFE_EXTENSIONS = ['argument', 'limit', 'actual', 'field', 'problems', 'currentVersion'] as const;

/**
 * Errors reach clients without SQL, stack or key values: input mistakes (GraphQL validation,
 * BAD_USER_INPUT) as they are, anything else as "internal error", logged in full here.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, stopped = false): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // Apollo's own refusals of a request (a persisted-query hash that does not match, an unknown
  // version) carry HTTP 400 but no code: they are the client's mistake, not an internal error
  const refused = original instanceof GraphQLError && !original.originalError && !original.extensions?.code && (original.extensions?.http as { status?: number } | undefined)?.status === 400;
  const dataMessage = dataExceptionMessage(original);
  if (dataMessage) return { message: dataMessage, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  const code = refused ? 'BAD_REQUEST' : formatted.extensions?.code;
  // only keys we put there ourselves (the argument at fault, the limit hit) travel with the code
  const extensions: Record<string, unknown> = { code };
  for (const key of SAFE_EXTENSIONS) if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  const message = code === 'GRAPHQL_PARSE_FAILED' ? (explainParseLimit(formatted.message) ?? formatted.message) : formatted.message;
  if (original instanceof GraphQLError && code !== 'INTERNAL_SERVER_ERROR') {
    return { message, locations: formatted.locations, path: formatted.path, extensions };
  }
  if (code && code !== 'INTERNAL_SERVER_ERROR') return { message, locations: formatted.locations, extensions };
  // a request cut short by a stop (its connection closed under it) is expected: main.ts says it once
  if (stopped) log.debug(`GraphQL request cut short by the stop: ${(original as Error)?.message}`);
  else log.error('internal error in a GraphQL request', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The GraphQL engine on one database, with no HTTP of its own: app.ts serves it, the CLI runs it in-process. */
export interface GraphQL {
  apollo: ApolloServer<Context>;
  /** Runs an operation in-process: the same schema, limits and error formatting as HTTP clients get. */
  execute: Execute;
  stop(): Promise<void>;
}

export async function createGraphQL(db: Database, plugins: ApolloServerPlugin<Context>[] = [], isStopping: () => boolean = () => false): Promise<GraphQL> {
  const apollo = new ApolloServer<Context>({
    schema: await buildSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // refuses GET and simple-content-type POSTs without a preflight-forcing header: a cross-site form or
    // image cannot make a cookie-authenticated request to /graphql (CSRF)
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM (drain, close the pool and PGlite, exit 0); Apollo's own
    // handlers would race it and re-raise the signal
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, isStopping()),
    // request limits (shared/limits.ts): tokens while parsing, shape while validating, cost once variables are known
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: [shapeLimitRule, inputGuardRule],
    // no landing page: Apollo's default one loads from a CDN, which intranets cannot reach (GET /explorer serves a local one)
    // no cache-control plugin: nothing sets cache hints, and its per-field hook wraps every resolver (~10% of a list request)
    plugins: [...plugins, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), costLimitPlugin(), inputGuardPlugin()],
  });
  await apollo.start();
  return {
    apollo,
    async execute(query, variables, viewer = null) {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db.orm.em, viewer) });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
      return response.body.singleResult as never;
    },
    stop: () => apollo.stop(),
  };
}

/** An executor that builds the engine on first use, for commands that may not need one; `stop` is a no-op if it never was. */
export function lazyGraphQL(db: Database): { execute: Execute; stop(): Promise<void> } {
  let engine: Promise<GraphQL> | undefined;
  return {
    execute: async (query, variables, viewer) => (await (engine ??= createGraphQL(db))).execute(query, variables, viewer),
    async stop() {
      if (engine) await (await engine).stop();
      engine = undefined;
    },
  };
}
