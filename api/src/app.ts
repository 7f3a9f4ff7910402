import http from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createContext, type Context } from './shared/context.js';
import { log } from './shared/logger.js';
import type { Database } from './shared/orm.js';
import { costLimitPlugin, explainParseLimit, LIMITS, shapeLimitRule } from './shared/limits.js';
import { buildSchema } from './schema.js';
import type { MaybeViewer } from './modules/auth/viewer.js';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;

const SAFE_EXTENSIONS = ['argument', 'limit', 'actual'] as const;

/**
 * Errors reach clients without SQL, stack or key values: input mistakes (GraphQL validation,
 * BAD_USER_INPUT) as they are, anything else as "internal error", logged in full here.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  // only keys we put there ourselves (the argument at fault, the limit hit) travel with the code
  const extensions: Record<string, unknown> = { code };
  for (const key of SAFE_EXTENSIONS) if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  const message = code === 'GRAPHQL_PARSE_FAILED' ? (explainParseLimit(formatted.message) ?? formatted.message) : formatted.message;
  if (original instanceof GraphQLError && code !== 'INTERNAL_SERVER_ERROR') {
    return { message, locations: formatted.locations, path: formatted.path, extensions };
  }
  if (code && code !== 'INTERNAL_SERVER_ERROR') return { message, locations: formatted.locations, extensions };
  log.error('internal error in a GraphQL request', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage, limit = 1_000_000): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error('request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  /** Runs a GraphQL operation in-process (exports and tests use the same path as HTTP clients). */
  execute(query: string, variables?: Record<string, unknown>, viewer?: MaybeViewer): Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;
  stop(): Promise<void>;
}

export async function createApp(db: Database, extraRoutes: Route[] = []): Promise<App> {
  const schema = await buildSchema();
  const server = http.createServer();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (drain, close the pool and PGlite, exit 0); Apollo's own
    // handlers would race it and re-raise the signal
    stopOnTerminationSignals: false,
    formatError,
    // request limits (shared/limits.ts): tokens while parsing, shape while validating, cost once variables are known
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: [shapeLimitRule],
    // no landing page: Apollo's default one loads from a CDN, which intranets cannot reach (GET /explorer serves a local one)
    // no cache-control plugin: nothing sets cache hints, and its per-field hook wraps every resolver (~10% of a list request)
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), costLimitPlugin()],
  });
  await apollo.start();

  const health: Route = async (_req, res, url) => {
    if (url.pathname !== '/healthz') return false;
    try {
      await db.orm.em.fork().getConnection().execute('select 1');
      sendJson(res, 200, { status: 'ok', database: 'up', embedded: !!db.embedded });
    } catch {
      sendJson(res, 503, { status: 'error', database: 'down', embedded: !!db.embedded });
    }
    return true;
  };

  const graphql: Route = async (req, res, url) => {
    if (url.pathname !== '/graphql') return false;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const raw = req.method === 'POST' ? await readBody(req) : '';
    let body: unknown = raw;
    if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        sendJson(res, 400, { errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        return true;
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(db.orm.em),
    });
    // what Apollo's cache-control plugin sent (it is disabled, see above): answers are never cacheable
    res.setHeader('cache-control', 'no-store');
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
    return true;
  };

  const routes = [health, graphql, ...extraRoutes];
  server.on('request', async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      for (const route of routes) if (await route(req, res, url)) return;
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/explorer' }).end();
        return;
      }
      sendJson(res, 404, { error: `no route ${url.pathname}` });
    } catch (e) {
      const status = (e as { status?: number }).status ?? 500;
      if (status === 500) log.error(`${req.method} ${url.pathname} failed`, e);
      if (!res.headersSent) sendJson(res, status, { error: status === 500 ? 'internal error' : (e as Error).message });
      else res.end();
    }
  });

  return {
    server,
    apollo,
    async execute(query, variables, viewer = null) {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db.orm.em, viewer) });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
      return response.body.singleResult as never;
    },
    async stop() {
      await apollo.stop();
      if (server.listening) await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

