import type http from 'node:http';
import { GraphQLError } from 'graphql';
import { log } from './logger.js';

/**
 * A database that went away (a PostgreSQL restart or failover, a killed backend, a dropped
 * connection) is not an internal error: idempotent reads wait for it to come back and are run once
 * more; what still fails is `503 Service Unavailable` with `Retry-After` and the code
 * DATABASE_UNAVAILABLE; writes are never run twice behind the caller's back.
 */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
/** What `Retry-After` says (seconds). */
export const RETRY_AFTER_SECONDS = 2;
/** How long a read that lost its connection waits for the database before it is answered 503. */
export const DEFAULT_WAIT_MS = 10_000;

export const UNAVAILABLE_MESSAGE = `the database is unavailable (restarting or unreachable); try again in ${RETRY_AFTER_SECONDS} s`;

// SQLSTATE: class 08 connection exception; 57P01 admin shutdown (pg_terminate_backend, fast
// shutdown), 57P02 crash shutdown, 57P03 cannot connect now (starting up / shutting down)
const LOST_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const LOST_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTCONN', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ENOENT']);
// what node-postgres and knex say when the socket ended under them (no code)
const LOST_MESSAGES = /Connection terminated|Connection ended unexpectedly|connection error and is not queryable|Client was closed and is not queryable|terminating connection|server closed the connection unexpectedly/i;

/** Whether an error (or what it wraps) says the connection to the database was lost or could not be made. */
export function isConnectionLost(error: unknown): boolean {
  let e = error as { code?: unknown; message?: unknown; originalError?: unknown; cause?: unknown; extensions?: { code?: unknown } } | undefined;
  for (let depth = 0; e && depth < 6; depth++) {
    if (e.extensions?.code === DATABASE_UNAVAILABLE || e.code === DATABASE_UNAVAILABLE) return true;
    const code = typeof e.code === 'string' ? e.code : '';
    if (LOST_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    // ENOENT only as a connect error (a unix socket that is not there), never a missing file
    if (LOST_ERRNOS.has(code) && (code !== 'ENOENT' || /connect/.test(String(e.message)))) return true;
    if (typeof e.message === 'string' && LOST_MESSAGES.test(e.message)) return true;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return false;
}

/** The GraphQL error a client gets for a lost database (HTTP 503 with Retry-After). */
export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: { code: DATABASE_UNAVAILABLE, http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } },
  });
}

/** An error thrown outside GraphQL (exports, report packs): app.ts answers it 503 with Retry-After. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  readonly status = 503;
  readonly code = DATABASE_UNAVAILABLE;
  constructor(readonly original?: unknown) {
    super(UNAVAILABLE_MESSAGE);
  }
}

/** Throws DatabaseUnavailableError when an in-process GraphQL answer lost the database (its callers turn other errors into 400s). */
export function throwIfUnavailable(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): void {
  if (errors?.some((e) => e.extensions?.code === DATABASE_UNAVAILABLE)) throw new DatabaseUnavailableError();
}

export function sendUnavailable(res: http.ServerResponse, body: unknown = { errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: DATABASE_UNAVAILABLE } }] }): void {
  res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export type HealthState = 'ok' | 'degraded';

/**
 * What this process knows of its database: `degraded` from the moment a connection was lost until a
 * probe through the pool answers again. Waiting readers share one probe at a time, so a restart
 * under load costs one `select 1` every `intervalMs`, not one per waiting request.
 */
export class DatabaseHealth {
  private lostSince: number | null = null;
  private probing: Promise<boolean> | null = null;
  /** reads that lost their connection and were run again; reads answered 503 */
  readonly counts = { lost: 0, retried: 0, unavailable: 0 };

  constructor(
    private readonly probe: () => Promise<unknown>,
    readonly options: { waitMs: number; intervalMs: number } = { waitMs: DEFAULT_WAIT_MS, intervalMs: 200 },
  ) {}

  get state(): HealthState {
    return this.lostSince === null ? 'ok' : 'degraded';
  }

  /** Since when (ms epoch) the database is lost, or null. */
  get since(): number | null {
    return this.lostSince;
  }

  noteLost(error: unknown): void {
    this.counts.lost++;
    if (this.lostSince === null) {
      this.lostSince = Date.now();
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      log.warn(`database connection lost (${reason}); reads wait for it and are retried once`);
    }
  }

  /** One probe through the pool (shared by everyone asking meanwhile): true when the database answers. */
  check(): Promise<boolean> {
    this.probing ??= this.probe()
      .then(
        () => {
          if (this.lostSince !== null) log.info(`database reachable again after ${((Date.now() - this.lostSince) / 1000).toFixed(1)} s`);
          this.lostSince = null;
          return true;
        },
        (e) => {
          if (!isConnectionLost(e)) throw e;
          this.noteLost(e);
          return false;
        },
      )
      .finally(() => (this.probing = null));
    return this.probing;
  }

  /** Probes until the database answers or `waitMs` passed: whether it is back. */
  async waitUntilUp(waitMs = this.options.waitMs): Promise<boolean> {
    const until = Date.now() + waitMs;
    for (;;) {
      if (await this.check().catch(() => false)) return true;
      const left = until - Date.now();
      if (left <= 0) return false;
      await new Promise((r) => setTimeout(r, Math.min(this.options.intervalMs, left)));
    }
  }
}

/**
 * Runs `attempt`; when it lost the database and may be repeated (a read), waits for the database
 * and runs it once more. `lost` says whether an attempt's outcome lost the connection, `repeatable`
 * whether it may be run again (never a write: it may have committed before the connection broke).
 */
export async function retryReadOnce<T>(
  health: DatabaseHealth,
  attempt: () => Promise<T>,
  lost: (outcome: T) => boolean,
  repeatable: (outcome: T) => boolean,
): Promise<T> {
  const first = await attempt();
  if (!lost(first)) {
    // an answer while degraded: see whether the database is back (one shared probe)
    if (health.state === 'degraded') void health.check().catch(() => {});
    return first;
  }
  health.noteLost('a request lost its connection');
  if (!repeatable(first) || !(await health.waitUntilUp())) {
    health.counts.unavailable++;
    return first;
  }
  health.counts.retried++;
  const second = await attempt();
  if (lost(second)) health.counts.unavailable++;
  return second;
}

/** `retryReadOnce` for work that throws when it loses the database (authentication, SQL reads). */
export async function readWithRetry<T>(health: DatabaseHealth, read: () => Promise<T>): Promise<T> {
  type Outcome = { ok: true; value: T } | { ok: false; error: unknown };
  const outcome = await retryReadOnce<Outcome>(
    health,
    () => read().then((value) => ({ ok: true as const, value }), (error) => ({ ok: false as const, error })),
    (o) => !o.ok && isConnectionLost(o.error),
    () => true,
  );
  if (outcome.ok) return outcome.value;
  throw isConnectionLost(outcome.error) ? new DatabaseUnavailableError(outcome.error) : outcome.error;
}
