import { ApolloServer, type ApolloServerOptionsWithGateway, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Context } from './shared/context.js';
import type { Execute } from './shared/execute.js';
import { DATABASE_UNAVAILABLE, DatabaseHealth, isConnectionLost, RETRY_AFTER_SECONDS, retryReadOnce, UNAVAILABLE_MESSAGE } from './shared/db-availability.js';
import { dataExceptionMessage, inputGuardPlugin, inputGuardRule } from './shared/input-guard.js';
import { costLimitPlugin, explainParseLimit, isStatementTimeout, LIMIT_CODES, LIMITS, queryTimeoutMessage, shapeLimitRule, statementTimeout } from './shared/limits.js';
import { DocumentStore } from './shared/document-store.js';
import { log } from './shared/logger.js';
import type { Database } from './shared/orm.js';
import { createContext } from './loaders.js';
import { compiledExecutor } from './modules/compiled/compiled-lists.js';
import { buildSchema, NESTED_ARGUMENT_CHECKS } from './schema.js';
import { nestedArgumentsPlugin } from './shared/nested-arguments.js';

const SAFE_EXTENSIONS = ['argument', 'limit', 'actual', 'field', 'aliasesOfField', 'problems', 'currentVersion'] as const;

/**
 * Errors reach clients without SQL, stack or key values: input mistakes (GraphQL validation,
 * BAD_USER_INPUT) as they are, anything else as "internal error", logged in full here.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, stopped = false): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // Apollo's own refusals of a request (a persisted-query hash that does not match, an unknown
  // version) carry HTTP 400 but no code: they are the client's mistake, not an internal error
  const refused = original instanceof GraphQLError && !original.originalError && !original.extensions?.code && (original.extensions?.http as { status?: number } | undefined)?.status === 400;
  // the database went away under the request: not an internal error, and said as one code (HTTP 503, see availabilityPlugin)
  if (isConnectionLost(original)) {
    log.debug(`GraphQL request lost the database: ${(original as Error)?.message?.split('\n')[0]}`);
    return { message: UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: DATABASE_UNAVAILABLE } };
  }
  if (isStatementTimeout(original)) {
    return { message: queryTimeoutMessage(), locations: formatted.locations, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT', limit: `${statementTimeout()} ms` } };
  }
  const dataMessage = dataExceptionMessage(original);
  if (dataMessage) return { message: dataMessage, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  // a request limit refused in validation keeps its own code (QUERY_TOO_DEEP, …) rather than Apollo's GRAPHQL_VALIDATION_FAILED
  const ownCode = ((original as GraphQLError | undefined)?.originalError as GraphQLError | undefined)?.extensions?.code;
  const limitCode = formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && typeof ownCode === 'string' && LIMIT_CODES.includes(ownCode) ? ownCode : undefined;
  const code = refused ? 'BAD_REQUEST' : (limitCode ?? formatted.extensions?.code);
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

/**
 * Validation rule: a subscription is refused as the client's mistake, located at the operation —
 * the schema has no Subscription type, and graphql's own execution error for it has no code
 * (it used to reach clients as "Internal server error", logged as one).
 */
export const noSubscriptionRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') return;
    context.reportError(
      new GraphQLError('Subscriptions are not supported (không hỗ trợ subscription): this API answers queries and mutations over HTTP; repeat the query to follow changes.', {
        nodes: [node],
      }),
    );
  },
});

/** What one request's execution did, for the retry of reads (app.ts, `execute`). */
export interface Outcome {
  /** some resolver lost the database */
  lost: boolean;
  /** the answer carries errors (it is then never cached) */
  errors?: boolean;
  /** query, mutation or subscription; undefined when the document did not parse or validate */
  operation?: string;
}

// Apollo shallow-copies the context of each operation: the outcome is an object the copies share
const OUTCOME = Symbol('outcome');
type WithOutcome = Context & { [OUTCOME]?: Outcome };

/** A context whose request's outcome `outcomeOf` can read afterwards. */
export function tracked(context: Context): Context {
  (context as WithOutcome)[OUTCOME] = { lost: false };
  return context;
}

/** The outcome of the request that ran with this (tracked) context; nothing lost if it never ran. */
export function outcomeOf(context: Context | undefined): Outcome {
  return (context as WithOutcome | undefined)?.[OUTCOME] ?? { lost: false };
}

/**
 * Marks requests whose resolvers lost the database, and answers them 503 with Retry-After: the
 * caller (app.ts, `execute`) runs a query once more after the database is back, never a mutation.
 */
function availabilityPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const outcome = (contextValue as WithOutcome)[OUTCOME] ?? { lost: false };
      return {
        async didEncounterErrors({ errors, operation }) {
          outcome.operation = operation?.operation;
          outcome.errors = true;
          if (errors.some((e) => isConnectionLost(e.originalError ?? e))) outcome.lost = true;
        },
        async willSendResponse({ response, operation }) {
          outcome.operation = operation?.operation;
          if (!outcome.lost) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/**
 * Apollo Server takes an executor of its own only through its gateway interface (since v4): a
 * gateway with one fixed schema, whose executor is compiledExecutor. Parsing, validation,
 * plugins and error formatting stay Apollo's.
 */
function executorOf(schema: GraphQLSchema): ApolloServerOptionsWithGateway<Context>['gateway'] {
  const run = compiledExecutor(schema);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({
      executor: async (rc) => run({ document: rc.document, operationName: rc.operationName, variables: rc.request.variables, context: rc.context as Context }) as never,
    }),
    async stop() {},
  };
}

/** The GraphQL engine on one database, with no HTTP of its own: app.ts serves it, the CLI runs it in-process. */
export interface GraphQL {
  apollo: ApolloServer<Context>;
  /** Runs an operation in-process: the same schema, limits and error formatting as HTTP clients get. */
  execute: Execute;
  /** whether the database answers; shared with app.ts (/healthz, the retry of HTTP reads) */
  health: DatabaseHealth;
  stop(): Promise<void>;
}

export async function createGraphQL(
  db: Database,
  plugins: ApolloServerPlugin<Context>[] = [],
  isStopping: () => boolean = () => false,
  health: DatabaseHealth = new DatabaseHealth(() => db.orm.em.fork().getConnection().execute('select 1')),
): Promise<GraphQL> {
  const apollo = new ApolloServer<Context>({
    // the schema comes with our own executor: record lists compiled to one statement, else graphql-js
    gateway: executorOf(await buildSchema()),
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
    // parsed documents bounded by their source text, not Apollo's JSON-sized 30 MiB (shared/document-store.ts)
    documentStore: new DocumentStore(),
    validationRules: [shapeLimitRule, inputGuardRule, noSubscriptionRule],
    // no landing page: Apollo's default one loads from a CDN, which intranets cannot reach (GET /explorer serves a local one)
    // no cache-control plugin: nothing sets cache hints, and its per-field hook wraps every resolver (~10% of a list request)
    plugins: [...plugins, availabilityPlugin(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), costLimitPlugin(), inputGuardPlugin(), nestedArgumentsPlugin(NESTED_ARGUMENT_CHECKS)],
  });
  await apollo.start();
  return {
    apollo,
    health,
    async execute(query, variables, viewer = null) {
      // a query that lost the database runs once more when it is back (exports, report packs)
      const { response } = await retryReadOnce(
        health,
        async () => {
          const context = tracked(createContext(db.orm.em, viewer));
          return { context, response: await apollo.executeOperation({ query, variables }, { contextValue: context }) };
        },
        (o) => outcomeOf(o.context).lost,
        (o) => outcomeOf(o.context).operation === 'query',
      );
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
