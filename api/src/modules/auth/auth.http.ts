import type http from 'node:http';
import type { Route } from '../../shared/http.js';
import type { Database } from '../../shared/orm.js';
import { sqlFor, type Sql } from '../../shared/sql.js';
import { viewerByToken } from './accounts.service.js';
import type { OidcClient } from './oidc.js';
import { DEFAULT_POLICY, purgeExpired, signIn, SignInError, signOut, viewerBySession, type SessionPolicy } from './session.service.js';
import { isLocalCli } from './local-cli.js';
import { CLI_VIEWER, type MaybeViewer } from './viewer.js';

/** The session cookie (set by the dashboard on its origin; the API reads the same name, e.g. for the explorer on the same host). */
export const SESSION_COOKIE = 'qcdc_session';

export interface AuthOptions {
  access: 'open' | 'login';
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins: string[];
  policy: SessionPolicy;
  oidc?: OidcClient;
  /** The secret of `qcdc` on this machine (embedded database: written into the lock file), read as the CLI's ADMIN. */
  localCliToken?: string;
}

export const DEFAULT_AUTH: AuthOptions = { access: 'open', corsOrigins: [], policy: DEFAULT_POLICY };

/** A request that carried credentials that do not hold (a bad bearer token): refused, never read as anonymous. */
export class AuthFailure extends Error {
  override name = 'AuthFailure';
}

export function readCookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

/** JSON bodies only: a cross-site form cannot send application/json without a CORS preflight (CSRF). */
async function readJsonBody(req: http.IncomingMessage): Promise<Record<string, unknown> | undefined> {
  if (!(req.headers['content-type'] ?? '').includes('application/json')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64_000) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return body && typeof body === 'object' && !Array.isArray(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

export interface Auth {
  options: AuthOptions;
  /** Bearer token, else session cookie, else anonymous; a bad bearer token throws AuthFailure. */
  authenticate(req: http.IncomingMessage): Promise<MaybeViewer>;
  routes: Route[];
}

export function createAuth(db: Database, options: AuthOptions = DEFAULT_AUTH): Auth {
  const sql = (): Sql => sqlFor(db.orm.em.fork());
  const { policy } = options;
  let lastPurge = 0;

  async function authenticate(req: http.IncomingMessage): Promise<MaybeViewer> {
    if (isLocalCli(req, options.localCliToken)) return CLI_VIEWER;
    const header = req.headers.authorization;
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) throw new AuthFailure('the Authorization header must be "Bearer <token>"');
      const viewer = await viewerByToken(sql(), m[1], policy.now());
      if (!viewer) throw new AuthFailure('this API token is unknown, revoked or belongs to a disabled user');
      return viewer;
    }
    const session = readCookie(req, SESSION_COOKIE);
    // an ended session reads as no session: the dashboard then shows its sign-in page
    return session ? ((await viewerBySession(sql(), session, policy)) ?? null) : null;
  }

  const sessionOut = (s: { id: string; expiresAt: Date; viewer: unknown }) => ({ session: s.id, expiresAt: s.expiresAt.toISOString(), viewer: s.viewer });

  const login: Route = async (req, res, url) => {
    if (url.pathname !== '/auth/login') return false;
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST' });
    const body = await readJsonBody(req);
    if (!body || typeof body.login !== 'string' || typeof body.password !== 'string') {
      return sendJson(res, 400, { code: 'BAD_REQUEST', error: 'send application/json {"login", "password"}' });
    }
    const now = policy.now().getTime();
    if (now - lastPurge > 3600_000) {
      lastPurge = now;
      await purgeExpired(sql(), policy);
    }
    try {
      return sendJson(res, 200, sessionOut(await signIn(sql(), body.login, body.password, policy)));
    } catch (e) {
      if (!(e instanceof SignInError)) throw e;
      return sendJson(res, e.code === 'LOCKED' ? 423 : 401, { code: e.code, error: e.message, lockedUntil: e.lockedUntil?.toISOString() });
    }
  };

  const logout: Route = async (req, res, url) => {
    if (url.pathname !== '/auth/logout') return false;
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST' });
    const body = await readJsonBody(req);
    if (!body) return sendJson(res, 415, { code: 'BAD_REQUEST', error: 'send application/json' });
    const session = readCookie(req, SESSION_COOKIE) ?? (typeof body.session === 'string' ? body.session : undefined);
    if (session) await signOut(sql(), session);
    res.writeHead(204, { 'cache-control': 'no-store' }).end();
    return true;
  };

  const config: Route = async (req, res, url) => {
    if (url.pathname !== '/auth/config') return false;
    return sendJson(res, 200, { access: options.access, oidc: !!options.oidc });
  };

  const oidcStart: Route = async (req, res, url) => {
    if (url.pathname !== '/auth/oidc/start') return false;
    if (!options.oidc) return sendJson(res, 404, { error: 'single sign-on is not configured (OIDC_ISSUER)' });
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST' });
    const body = await readJsonBody(req);
    if (!body) return sendJson(res, 415, { code: 'BAD_REQUEST', error: 'send application/json {"returnTo"}' });
    return sendJson(res, 200, await options.oidc.start(sql(), typeof body.returnTo === 'string' ? body.returnTo : '/', policy));
  };

  const oidcCallback: Route = async (req, res, url) => {
    if (url.pathname !== '/auth/oidc/callback') return false;
    if (!options.oidc) return sendJson(res, 404, { error: 'single sign-on is not configured (OIDC_ISSUER)' });
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST' });
    const body = await readJsonBody(req);
    if (!body || typeof body.url !== 'string') return sendJson(res, 400, { code: 'BAD_REQUEST', error: 'send application/json {"url"}: the callback URL with code and state' });
    try {
      const { session, returnTo } = await options.oidc.finish(sql(), body.url, policy);
      return sendJson(res, 200, { ...sessionOut(session), returnTo });
    } catch (e) {
      if (!(e instanceof SignInError)) throw e;
      return sendJson(res, 401, { code: e.code, error: e.message });
    }
  };

  return { options, authenticate, routes: [login, logout, config, oidcStart, oidcCallback] };
}
