import type http from 'node:http';
import { GraphQLError } from 'graphql';

/**
 * Who is asking (SPEC §6.1). This file is the contract between identity (accounts, sessions,
 * tokens, OIDC: modules/auth) and scope (every read restricted in SQL to the viewer's subtrees).
 */
export type Role = 'ADMIN' | 'LEADER' | 'ANALYST' | 'INSPECTOR' | 'UNIT_OFFICER';
export const ROLES: readonly Role[] = ['ADMIN', 'LEADER', 'ANALYST', 'INSPECTOR', 'UNIT_OFFICER'];

export interface Viewer {
  login: string;
  name: string | null;
  role: Role;
  /** Unit codes whose subtrees the viewer sees; [] = the whole city. */
  scopeRoots: string[];
}

/**
 * `null` is an anonymous reader. The HTTP layer lets anonymous requests through only when
 * ACCESS=open (it answers UNAUTHENTICATED otherwise), so a resolver that sees `null` reads the
 * whole city; writes always need a viewer (`requireUser`).
 */
export type MaybeViewer = Viewer | null;

/** The CLI acts as ADMIN on the database it opens (SPEC §6.2); audit entries name it `cli`. */
export const CLI_VIEWER: Viewer = Object.freeze({ login: 'cli', name: null, role: 'ADMIN', scopeRoots: [] }) as Viewer;

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export function unauthenticated(message = 'sign in or send Authorization: Bearer <token>'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** The signed-in user, or UNAUTHENTICATED (writes, `me`). */
export function requireUser(viewer: MaybeViewer): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** The signed-in user if their role is one of `roles`, else UNAUTHENTICATED / FORBIDDEN. */
export function requireRole(viewer: MaybeViewer, ...roles: Role[]): Viewer {
  const v = requireUser(viewer);
  if (!roles.includes(v.role)) throw forbidden(`role ${v.role} may not do this (needs ${roles.join(' or ')})`);
  return v;
}

// The HTTP layer (app.ts) authenticates each request once (session cookie or bearer token) and
// records the viewer here, so routes beside /graphql (exports, report packs) read the same one.
const viewers = new WeakMap<http.IncomingMessage, MaybeViewer>();

export function setRequestViewer(req: http.IncomingMessage, viewer: MaybeViewer): void {
  viewers.set(req, viewer);
}

/** The viewer of an HTTP request as authenticated by app.ts (null = anonymous). */
export function requestViewer(req: http.IncomingMessage): MaybeViewer {
  return viewers.get(req) ?? null;
}
