import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlFor, type Sql } from '../../shared/sql.js';
import { compileWhere, type WhereColumn } from '../../shared/where.js';
import { generatePassword, hashPassword, newSecret, secretHash } from './password.js';
import { isRole, ROLES, type Role, type Viewer } from './viewer.js';

/** A mistake in a user or token command (unknown login, unit code, role…): shown as it is. */
export class AccountError extends Error {
  override name = 'AccountError';
}

export interface UserRow {
  id: number;
  login: string;
  name: string | null;
  role: Role;
  scopeRoots: string[];
  disabled: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
}

const USER_COLUMNS = `u.id, u.login, u.name, u.role, u.scope_roots as "scopeRoots", u.disabled, u.locked_until as "lockedUntil", u.created_at as "createdAt"`;

export const viewerOf = (u: Pick<UserRow, 'login' | 'name' | 'role' | 'scopeRoots'>): Viewer => ({ login: u.login, name: u.name, role: u.role, scopeRoots: u.scopeRoots });

const LOGIN = /^[\p{L}\p{N}._@-]{1,64}$/u;

export function checkLogin(login: string): string {
  const l = login.normalize('NFC');
  if (!LOGIN.test(l)) throw new AccountError(`login "${login}" must be 1-64 letters, digits or . _ @ -`);
  return l;
}

export function checkRole(role: string | undefined): Role {
  const r = role?.toUpperCase();
  if (!isRole(r)) throw new AccountError(`role must be one of ${ROLES.join(', ')}, got "${role ?? ''}"`);
  return r;
}

/** Scope roots must name existing units; the first unknown code is named. */
export async function checkScope(sql: Sql, codes: string[], what = 'scope'): Promise<string[]> {
  const wanted = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
  if (!wanted.length) return [];
  const rows = await sql<{ code: string }>('select code from unit where code = any(?::text[])', [wanted]);
  const known = new Set(rows.map((r) => r.code));
  const unknown = wanted.filter((c) => !known.has(c));
  if (unknown.length) throw new AccountError(`${what}: unknown unit code${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}`);
  return wanted;
}

export const MIN_PASSWORD = 10;

export interface NewUser {
  login: string;
  role: string;
  scope?: string[];
  name?: string | null;
  /** Given (from stdin), or undefined: one is generated and returned once. */
  password?: string;
}

/** Creates a user; returns the generated password when none was given. */
export async function addUser(sql: Sql, input: NewUser): Promise<{ user: UserRow; generatedPassword?: string }> {
  const login = checkLogin(input.login);
  const role = checkRole(input.role);
  const scope = await checkScope(sql, input.scope ?? [], '--scope');
  const generatedPassword = input.password === undefined ? generatePassword() : undefined;
  const password = input.password ?? generatedPassword!;
  if (password.length < MIN_PASSWORD) throw new AccountError(`the password must have at least ${MIN_PASSWORD} characters`);
  const [exists] = await sql('select 1 from app_user where lower(login) = lower(?)', [login]);
  if (exists) throw new AccountError(`user "${login}" already exists`);
  const hash = await hashPassword(password);
  const [user] = await sql<UserRow>(
    `insert into app_user as u (login, name, role, scope_roots, password_hash) values (?, ?, ?, ?::text[], ?) returning ${USER_COLUMNS}`,
    [login, input.name?.normalize('NFC') || null, role, scope, hash],
  );
  return { user, generatedPassword };
}

export async function hasUsers(em: EntityManager): Promise<boolean> {
  const [row] = await sqlFor(em)<{ n: number }>('select count(*)::int as n from app_user');
  return row.n > 0;
}

/** UserWhere's fields over the user `u` (issue 11.3). */
const USER_WHERE: Record<string, WhereColumn> = {
  login: { sql: 'u.login', type: 'text' },
  name: { sql: 'u.name', type: 'text' },
  role: { sql: 'u.role', type: 'enum' },
};

export async function listUsers(sql: Sql, where?: object | null): Promise<UserRow[]> {
  const c = where ? compileWhere(where, USER_WHERE) : null;
  return sql<UserRow>(`select ${USER_COLUMNS} from app_user u${c ? ` where ${c.sql}` : ''} order by lower(u.login)`, c?.params ?? []);
}

export async function findUser(sql: Sql, login: string): Promise<UserRow | undefined> {
  const [u] = await sql<UserRow>(`select ${USER_COLUMNS} from app_user u where lower(u.login) = lower(?)`, [login.normalize('NFC')]);
  return u;
}

async function requireUserRow(sql: Sql, login: string): Promise<UserRow> {
  const u = await findUser(sql, login);
  if (!u) throw new AccountError(`no user "${login}"`);
  return u;
}

/** Disables a user: their sessions end now, their tokens stop working. */
export async function disableUser(sql: Sql, login: string): Promise<UserRow> {
  const u = await requireUserRow(sql, login);
  await sql('update app_user set disabled = true where id = ?', [u.id]);
  await sql('delete from user_session where user_id = ?', [u.id]);
  return { ...u, disabled: true };
}

export interface TokenRow {
  name: string;
  login: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Creates an API token for a user; the token itself is returned once and stored as its SHA-256. */
export async function createToken(sql: Sql, login: string, name?: string, now = new Date()): Promise<{ name: string; token: string }> {
  const u = await requireUserRow(sql, login);
  if (u.disabled) throw new AccountError(`user "${u.login}" is disabled`);
  const tokenName = (name ?? `${u.login}-${now.toISOString().slice(0, 10)}-${newSecret().secret.slice(0, 6)}`).normalize('NFC').trim();
  if (!tokenName || tokenName.length > 100) throw new AccountError('--name must be 1-100 characters');
  const [exists] = await sql('select 1 from api_token where name = ?', [tokenName]);
  if (exists) throw new AccountError(`a token named "${tokenName}" already exists`);
  const { secret, hash } = newSecret('qcdc_');
  await sql('insert into api_token (name, token_hash, user_id, created_at) values (?, ?, ?, ?)', [tokenName, hash, u.id, now]);
  return { name: tokenName, token: secret };
}

export async function revokeToken(sql: Sql, name: string, now = new Date()): Promise<void> {
  const [row] = await sql<{ revokedAt: Date | null }>('select revoked_at as "revokedAt" from api_token where name = ?', [name]);
  if (!row) throw new AccountError(`no token named "${name}"`);
  if (row.revokedAt) throw new AccountError(`token "${name}" was already revoked`);
  await sql('update api_token set revoked_at = ? where name = ?', [now, name]);
}

export async function listTokens(sql: Sql): Promise<TokenRow[]> {
  return sql<TokenRow>(
    `select t.name, u.login, t.created_at as "createdAt", t.last_used_at as "lastUsedAt", t.revoked_at as "revokedAt"
     from api_token t join app_user u on u.id = t.user_id order by t.created_at, t.name`,
  );
}

/** The viewer an API token stands for: unknown, revoked or of a disabled user → undefined. */
export async function viewerByToken(sql: Sql, token: string, now: Date): Promise<Viewer | undefined> {
  const [row] = await sql<UserRow & { tokenId: number; lastUsedAt: Date | null }>(
    `select ${USER_COLUMNS}, t.id as "tokenId", t.last_used_at as "lastUsedAt"
     from api_token t join app_user u on u.id = t.user_id
     where t.token_hash = ? and t.revoked_at is null and not u.disabled`,
    [secretHash(token)],
  );
  if (!row) return undefined;
  // one write a minute at most, not one per request
  if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() > 60_000) {
    await sql('update api_token set last_used_at = ? where id = ?', [now, row.tokenId]);
  }
  return viewerOf(row);
}
