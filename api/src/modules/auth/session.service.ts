import type { Sql } from '../../shared/sql.js';
import { viewerOf, type UserRow } from './accounts.service.js';
import { burnVerification, newSecret, secretHash, verifyPassword } from './password.js';
import type { Viewer } from './viewer.js';

/** Session lifetimes and the lockout rule; `now` is injectable so tests move the clock instead of sleeping. */
export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  maxMs: number;
  /** This many wrong passwords in a row lock the account for lockMs. */
  maxFailures: number;
  lockMs: number;
  now: () => Date;
}

export const DEFAULT_POLICY: SessionPolicy = {
  idleMs: 120 * 60_000,
  maxMs: 12 * 3600_000,
  maxFailures: 5,
  lockMs: 15 * 60_000,
  now: () => new Date(),
};

/** Why a sign-in failed; messages are Vietnamese (the dashboard shows them, with English beside by code). */
export class SignInError extends Error {
  override name = 'SignInError';
  constructor(
    readonly code: 'INVALID_CREDENTIALS' | 'LOCKED' | 'RATE_LIMITED',
    message: string,
    readonly lockedUntil?: Date,
  ) {
    super(message);
  }
}

const hhmm = (d: Date) => d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });

export function lockedError(until: Date): SignInError {
  return new SignInError('LOCKED', `Tài khoản đang bị tạm khoá do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${hhmm(until)}.`, until);
}
const INVALID = () => new SignInError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');

export interface Session {
  /** The cookie value (given to the client once; stored as its SHA-256). */
  id: string;
  expiresAt: Date;
  viewer: Viewer;
}

export async function createSession(sql: Sql, userId: number, via: 'password' | 'oidc', policy: SessionPolicy): Promise<{ id: string; expiresAt: Date }> {
  const now = policy.now();
  const { secret, hash } = newSecret();
  const expiresAt = new Date(now.getTime() + policy.maxMs);
  await sql('insert into user_session (id_hash, user_id, via, created_at, last_seen_at, expires_at) values (?, ?, ?, ?, ?, ?)', [hash, userId, via, now, now, expiresAt]);
  return { id: secret, expiresAt };
}

/**
 * Password sign-in. A wrong password counts towards the lockout (maxFailures in a row lock the
 * account for lockMs, even for the right password); unknown, disabled and password-less users get
 * the same answer as a wrong password, after the same work.
 */
export async function signIn(sql: Sql, login: string, password: string, policy: SessionPolicy): Promise<Session> {
  const now = policy.now();
  const [u] = await sql<UserRow & { passwordHash: string | null; failedAttempts: number }>(
    `select u.id, u.login, u.name, u.role, u.scope_roots as "scopeRoots", u.disabled, u.locked_until as "lockedUntil",
            u.password_hash as "passwordHash", u.failed_attempts as "failedAttempts"
     from app_user u where lower(u.login) = lower(?)`,
    [login.normalize('NFC')],
  );
  if (!u || u.disabled || !u.passwordHash) {
    await burnVerification(password);
    throw INVALID();
  }
  if (u.lockedUntil && new Date(u.lockedUntil) > now) throw lockedError(new Date(u.lockedUntil));
  if (!(await verifyPassword(password, u.passwordHash))) {
    const failures = u.failedAttempts + 1;
    if (failures >= policy.maxFailures) {
      const until = new Date(now.getTime() + policy.lockMs);
      await sql('update app_user set failed_attempts = 0, locked_until = ? where id = ?', [until, u.id]);
      throw lockedError(until);
    }
    await sql('update app_user set failed_attempts = ? where id = ?', [failures, u.id]);
    throw INVALID();
  }
  await sql('update app_user set failed_attempts = 0, locked_until = null where id = ?', [u.id]);
  const session = await createSession(sql, u.id, 'password', policy);
  return { ...session, viewer: viewerOf(u) };
}

/** The viewer of a session cookie, or undefined when it is unknown, idle too long, past its end, or its user disabled. */
export async function viewerBySession(sql: Sql, id: string, policy: SessionPolicy): Promise<Viewer | undefined> {
  const now = policy.now();
  const hash = secretHash(id);
  const [row] = await sql<UserRow & { lastSeenAt: Date; expiresAt: Date }>(
    `select u.login, u.name, u.role, u.scope_roots as "scopeRoots", u.disabled, s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt"
     from user_session s join app_user u on u.id = s.user_id where s.id_hash = ?`,
    [hash],
  );
  if (!row) return undefined;
  const lastSeen = new Date(row.lastSeenAt).getTime();
  if (row.disabled || now.getTime() - lastSeen > policy.idleMs || now >= new Date(row.expiresAt)) {
    await sql('delete from user_session where id_hash = ?', [hash]);
    return undefined;
  }
  // one write a minute at most keeps the idle clock without a write per request
  if (now.getTime() - lastSeen > 60_000) await sql('update user_session set last_seen_at = ? where id_hash = ?', [now, hash]);
  return viewerOf(row);
}

export async function signOut(sql: Sql, id: string): Promise<void> {
  await sql('delete from user_session where id_hash = ?', [secretHash(id)]);
}

/** Expired sessions and abandoned OIDC sign-ins, removed now and then (nothing depends on it: lookups check times). */
export async function purgeExpired(sql: Sql, policy: SessionPolicy): Promise<void> {
  const now = policy.now();
  await sql('delete from user_session where expires_at <= ? or last_seen_at < ?', [now, new Date(now.getTime() - policy.idleMs)]);
  await sql('delete from oidc_login where created_at < ?', [new Date(now.getTime() - 10 * 60_000)]);
}
