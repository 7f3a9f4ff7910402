import http from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Context } from './shared/context.js';
import type { Execute } from './shared/execute.js';
import { readBody, sendJson, type Route } from './shared/http.js';
import { log } from './shared/logger.js';
import type { Database } from './shared/orm.js';
import { createGraphQL } from './graphql.js';
import { createContext } from './loaders.js';

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  /** Runs a GraphQL operation in-process (exports and tests use the same path as HTTP clients). */
  execute: Execute;
  stop(): Promise<void>;
}

/**
 * The HTTP API: /healthz, /graphql, then the features' routes (src/routes.ts), which are given the
 * app's in-process GraphQL executor.
 */
export async function createApp(db: Database, featureRoutes: (execute: Execute) => Route[] = () => []): Promise<App> {
  const server = http.createServer();
  const { apollo, execute, stop } = await createGraphQL(db, [ApolloServerPluginDrainHttpServer({ httpServer: server })]);

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
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(db.orm.em),
    });
    // what Apollo's cache-control plugin sent (it is disabled, see graphql.ts): answers are never cacheable
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

  const routes = [health, graphql, ...featureRoutes(execute)];
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
    execute,
    async stop() {
      await stop();
      if (server.listening) await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
