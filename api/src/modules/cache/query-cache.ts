import type http from 'node:http';
import { endCompressed } from '../../shared/compress.js';
import type { MaybeViewer } from '../auth/viewer.js';
import { AnswerCache, Cacheability, matches, scopeKey, type CachedAnswer } from './answer-cache.js';
import { Limiter, Overloaded } from './limiter.js';
import { VersionReader } from './data-version.js';

export { Overloaded };

export interface QueryCacheOptions {
  /** memory for cached answers */
  maxBytes: number;
  /** GraphQL executions at once, how many may wait for one and for how long; past that 503 + Retry-After */
  concurrency: number;
  queue: number;
  maxWaitMs: number;
}

export const DEFAULT_QUERY_CACHE: QueryCacheOptions = { maxBytes: 64 * 1024 * 1024, concurrency: 8, queue: 128, maxWaitMs: 2000 };

/** A GraphQL request as sent (GET search parameters or a POST JSON body). */
interface Sent {
  query: string;
  operationName?: string;
  variables?: unknown;
}

/** What Apollo answered, reduced to what the cache needs to pass on. */
export interface Answered {
  status: number;
  headers: Iterable<[string, string]>;
  /** the whole body, or null when it was streamed (never cached) */
  body: string | null;
  /** no errors in the answer (known from the execution: the body need not be parsed to tell) */
  clean: boolean;
  send(res: http.ServerResponse): Promise<void>;
}

// Apollo's CSRF prevention (graphql.ts): a GET is run only with a header a simple cross-site request cannot set
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];
const SIMPLE_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];
function passesCsrf(req: http.IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type && !SIMPLE_TYPES.includes(type)) return true;
  return PREFLIGHT_HEADERS.some((h) => req.headers[h] !== undefined);
}

function sent(req: http.IncomingMessage, url: URL, body: unknown): Sent | null {
  if (req.method === 'GET') {
    const query = url.searchParams.get('query');
    if (!query || url.searchParams.has('extensions')) return null;
    let variables: unknown;
    try {
      const v = url.searchParams.get('variables');
      variables = v ? JSON.parse(v) : undefined;
    } catch {
      return null;
    }
    return { query, operationName: url.searchParams.get('operationName') ?? undefined, variables };
  }
  if (req.method === 'POST' && body && typeof body === 'object' && !Array.isArray(body)) {
    const b = body as Record<string, unknown>;
    if (typeof b.query !== 'string' || b.extensions !== undefined) return null;
    if (b.operationName !== undefined && b.operationName !== null && typeof b.operationName !== 'string') return null;
    return { query: b.query, operationName: (b.operationName as string | null) ?? undefined, variables: b.variables ?? undefined };
  }
  return null;
}

/**
 * The answer cache and load shedding at the HTTP layer of /graphql (app.ts): analytics queries are
 * answered from the cache when the data version has not moved (ETag, 304 on If-None-Match, GET and
 * POST alike); everything that runs goes through the bounded queue.
 */
export class QueryCache {
  readonly cache: AnswerCache;
  readonly cacheability = new Cacheability();
  readonly limiter: Limiter;
  readonly versions: VersionReader;

  constructor(
    readVersion: () => Promise<string>,
    readonly options: QueryCacheOptions = DEFAULT_QUERY_CACHE,
  ) {
    this.cache = new AnswerCache(options.maxBytes);
    this.limiter = new Limiter({ concurrency: options.concurrency, queue: options.queue, maxWaitMs: options.maxWaitMs });
    this.versions = new VersionReader(readVersion);
  }

  /**
   * Answers one /graphql request: `run` executes it (through Apollo); `version` reads the data
   * version (with the retry of reads). Throws Overloaded when the queue is full.
   */
  async answer(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    body: unknown,
    viewer: MaybeViewer,
    run: () => Promise<Answered>,
    version: () => Promise<string>,
  ): Promise<void> {
    const request = sent(req, url, body);
    if (!request || !passesCsrf(req) || !this.cacheability.check(request.query, request.operationName)) {
      return (await this.limiter.run(run)).send(res);
    }
    const v = await version();
    const key = AnswerCache.key({ ...request, scope: scopeKey(viewer), version: v });
    let own: Answered | undefined;
    const { answer } = await this.cache.get(key, v, async () => {
      own = await this.limiter.run(run);
      return own.status === 200 && own.clean ? own.body : null;
    });
    if (answer) return sendAnswer(req, res, answer);
    // not cacheable (errors): our own outcome as it is, or, having waited on someone else's, our own run
    return (own ?? (await this.limiter.run(run))).send(res);
  }
}

function sendAnswer(req: http.IncomingMessage, res: http.ServerResponse, answer: CachedAnswer): Promise<void> | void {
  res.setHeader('etag', answer.etag);
  // may be kept, but asked again every time (the answer changes with any write); per reader
  res.setHeader('cache-control', 'private, no-cache');
  res.setHeader('vary', 'Origin, Cookie, Authorization, Accept-Encoding');
  if (matches(req.headers['if-none-match'], answer.etag)) {
    res.writeHead(304).end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  return endCompressed(req, res, answer.body);
}
