import http from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from './shared/context.js';
import type { Execute } from './shared/execute.js';
import { readBody, sendJson, type Route } from './shared/http.js';
import { endCompressed } from './shared/compress.js';
import { dataExceptionMessage, setSecurityHeaders, urlHasNul } from './shared/input-guard.js';
import { isStatementTimeout, queryTimeoutMessage } from './shared/limits.js';
import { log } from './shared/logger.js';
import type { Database } from './shared/orm.js';
import { DATABASE_UNAVAILABLE, DatabaseHealth, isConnectionLost, readWithRetry, RETRY_AFTER_SECONDS, retryReadOnce, sendUnavailable, UNAVAILABLE_MESSAGE } from './shared/db-availability.js';
import { createGraphQL, outcomeOf, tracked } from './graphql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlFor } from './shared/sql.js';
import { readDataVersion } from './modules/cache/data-version.js';
import { DEFAULT_QUERY_CACHE, Overloaded, QueryCache, type Answered, type QueryCacheOptions } from './modules/cache/query-cache.js';
import { createContext } from './loaders.js';
import { requestViewer, setRequestViewer, type MaybeViewer } from './modules/auth/viewer.js';
import { AuthFailure, createAuth, DEFAULT_AUTH, type AuthOptions } from './modules/auth/auth.http.js';

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  /** Runs a GraphQL operation in-process (exports and tests use the same path as HTTP clients). */
  execute: Execute;
  /** Whether the database answers (what /healthz says); reads that lost it wait up to `health.options.waitMs`. */
  health: DatabaseHealth;
  /** The analytics answer cache and the bounded queue of /graphql. */
  queries: QueryCache;
  /** Requests being answered now. */
  inFlight(): number;
  stop(graceMs?: number): Promise<void>;
}

/** Paths that read data: they need a user when ACCESS=login (the explorer page, health and sign-in do not). */
const needsViewer = (pathname: string) => pathname === '/graphql' || pathname.startsWith('/export/');

const CORS_HEADERS = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name';

/** CORS: closed unless the Origin is listed in CORS_ORIGINS. Returns true when it answered a preflight. */
function cors(req: http.IncomingMessage, res: http.ServerResponse, allowed: string[]): boolean {
  const origin = req.headers.origin;
  const ok = !!origin && allowed.includes(origin);
  if (ok) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
  }
  res.setHeader('vary', 'Origin');
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    if (ok) {
      res.setHeader('access-control-allow-methods', 'GET, POST');
      res.setHeader('access-control-allow-headers', CORS_HEADERS);
      res.setHeader('access-control-max-age', '600');
    }
    res.writeHead(ok ? 204 : 403).end();
    return true;
  }
  return false;
}

const unauthenticatedBody = (message: string) => ({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });

/**
 * The HTTP API: /healthz, /graphql, the sign-in routes (/auth/*), then the features' routes
 * (src/routes.ts), which are given the app's in-process GraphQL executor. Each request to
 * /graphql or /export/* is authenticated once (modules/auth: bearer token or session cookie);
 * with ACCESS=login an anonymous one is refused with UNAUTHENTICATED.
 */
export async function createApp(
  db: Database,
  featureRoutes: (execute: Execute) => Route[] = () => [],
  authOptions: AuthOptions = DEFAULT_AUTH,
  // the embedded database has one connection: more executions at once only queue for it
  queryCacheOptions: QueryCacheOptions = { ...DEFAULT_QUERY_CACHE, concurrency: db.embedded ? 2 : DEFAULT_QUERY_CACHE.concurrency },
): Promise<App> {
  const auth = createAuth(db, authOptions);
  const server = http.createServer();
  // no Apollo drain plugin: stop() below drains the HTTP server itself (a grace period, then close)
  let stopping = false;
  const { apollo, execute, stop, health: dbHealth } = await createGraphQL(db, [], () => stopping);
  // analytics answers by data version and scope, and the bounded queue (modules/cache)
  const queries = new QueryCache(() => readDataVersion(sqlFor(db.orm.em.fork() as EntityManager)), queryCacheOptions);

  // ok: the database answers. degraded: it was lost and the pool is reconnecting (this process stays
  // up and recovers by itself; reads wait for it). error: it answers with something else.
  const health: Route = async (_req, res, url) => {
    if (url.pathname !== '/healthz') return false;
    const counts = {
      ...dbHealth.counts,
      cache: { ...queries.cache.counts, entries: queries.cache.size },
      queue: { running: queries.limiter.running, waiting: queries.limiter.queued, refused: queries.limiter.refused },
    };
    try {
      if (await dbHealth.check()) sendJson(res, 200, { status: 'ok', database: 'up', embedded: !!db.embedded, ...counts });
      else {
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        sendJson(res, 503, { status: 'degraded', database: 'reconnecting', since: new Date(dbHealth.since ?? Date.now()).toISOString(), embedded: !!db.embedded, ...counts });
      }
    } catch (e) {
      log.error('health check failed', e);
      sendJson(res, 503, { status: 'error', database: 'down', embedded: !!db.embedded, ...counts });
    }
    return true;
  };

  const graphql: Route = async (req, res, url) => {
    if (url.pathname !== '/graphql') return false;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const raw = req.method === 'POST' ? (await readBody(req, 1_000_000)).toString('utf8') : '';
    let body: unknown = raw;
    if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        sendJson(res, 400, { errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        return true;
      }
    }
    // a query that lost the database waits for it and runs once more; a mutation is answered 503 as it is
    const run = async (): Promise<Answered> => {
      const { result, context } = await retryReadOnce(
        dbHealth,
        async () => {
          let context: Context | undefined;
          const result = await apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
            // the dashboard's server marks the writes of its forms (audit via = form); anything else is the API
            context: async () => (context = tracked(createContext(db.orm.em, requestViewer(req), req.headers['x-qcdc-via'] === 'form' ? 'form' : 'api'))),
          });
          return { result, context };
        },
        (o) => outcomeOf(o.context).lost,
        (o) => outcomeOf(o.context).operation === 'query',
      );
      return {
        status: result.status ?? 200,
        headers: result.headers,
        body: result.body.kind === 'complete' ? result.body.string : null,
        clean: !!context && !outcomeOf(context).errors,
        async send(res) {
          // what Apollo's cache-control plugin sent (it is disabled, see graphql.ts): only cached analytics answers are cacheable
          res.setHeader('cache-control', 'no-store');
          for (const [key, value] of result.headers) res.setHeader(key, value);
          res.statusCode = result.status ?? 200;
          if (result.body.kind === 'complete') {
            // br or gzip when the client accepts it (the full introspection is ~260 KB, ~33 KB compressed)
            await endCompressed(req, res, result.body.string);
          } else {
            for await (const chunk of result.body.asyncIterator) res.write(chunk);
            res.end();
          }
        },
      };
    };
    try {
      await queries.answer(req, res, url, body, requestViewer(req), run, () => readWithRetry(dbHealth, () => queries.versions.current()));
    } catch (e) {
      // said the GraphQL way: the database lost while reading the data version, or the queue full
      if (isConnectionLost(e) && !res.headersSent) return sendUnavailable(res), true;
      if (!(e instanceof Overloaded)) throw e;
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      sendJson(res, 503, { errors: [{ message: e.message, extensions: { code: 'OVERLOADED' } }] });
    }
    return true;
  };

  const routes = [health, graphql, ...auth.routes, ...featureRoutes(execute)];
  let inFlight = 0;
  const idle: (() => void)[] = [];
  server.on('request', async (req, res) => {
    inFlight++;
    res.once('close', () => {
      if (--inFlight === 0) idle.splice(0).forEach((f) => f());
    });
    const url = new URL(req.url ?? '/', 'http://localhost');
    setSecurityHeaders(res);
    if (urlHasNul(url)) {
      sendJson(res, 400, { error: 'the address must not contain the NUL character (%00)' });
      return;
    }
    try {
      if (cors(req, res, authOptions.corsOrigins)) return;
      if (needsViewer(url.pathname)) {
        let viewer: MaybeViewer;
        try {
          viewer = await readWithRetry(dbHealth, () => auth.authenticate(req));
        } catch (e) {
          if (!(e instanceof AuthFailure)) throw e;
          return sendJson(res, 401, unauthenticatedBody(e.message));
        }
        if (!viewer && authOptions.access === 'login') return sendJson(res, 401, unauthenticatedBody('sign in, or send Authorization: Bearer <token> (ACCESS=login)'));
        setRequestViewer(req, viewer);
      }
      for (const route of routes) if (await route(req, res, url)) return;
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/explorer' }).end();
        return;
      }
      sendJson(res, 404, { error: `no route ${url.pathname}` });
    } catch (e) {
      if (isConnectionLost(e)) {
        log.debug(`${req.method} ${url.pathname} lost the database: ${(e as Error).message?.split('\n')[0]}`);
        if (!res.headersSent) sendUnavailable(res, { error: UNAVAILABLE_MESSAGE, code: DATABASE_UNAVAILABLE });
        else res.end();
        return;
      }
      if (isStatementTimeout(e)) {
        if (!res.headersSent) sendJson(res, 400, { error: queryTimeoutMessage(), code: 'QUERY_TIMEOUT' });
        else res.end();
        return;
      }
      // PostgreSQL refusing a value someone sent (SQLSTATE 22…) is their mistake: a 400 that says so
      const dataMessage = dataExceptionMessage(e);
      const status = (e as { status?: number }).status ?? (dataMessage ? 400 : 500);
      // a request cut short by a stop is expected: main.ts logs the stop once
      if (status === 500 && stopping) log.debug(`${req.method} ${url.pathname} cut short by the stop: ${(e as Error).message}`);
      else if (status === 500) log.error(`${req.method} ${url.pathname} failed`, e);
      if (!res.headersSent) sendJson(res, status, { error: status === 500 ? 'internal error' : (dataMessage ?? (e as Error).message) });
      else res.end();
    }
  });

  return {
    server,
    apollo,
    execute,
    health: dbHealth,
    queries,
    inFlight: () => inFlight,
    /**
     * Stops taking requests, gives those in progress graceMs to finish, then closes every
     * connection; what is cut short then is not logged request by request.
     */
    async stop(graceMs = 5000) {
      stopping = true;
      const closed = server.listening ? new Promise<void>((r) => server.close(() => r())) : Promise.resolve();
      server.closeIdleConnections();
      if (inFlight > 0) {
        await new Promise<void>((r) => {
          const timer = setTimeout(r, graceMs);
          idle.push(() => (clearTimeout(timer), r()));
        });
      }
      server.closeAllConnections();
      await closed;
      await stop();
    },
  };
}
