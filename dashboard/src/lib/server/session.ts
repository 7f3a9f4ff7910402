import type { Cookies } from '@sveltejs/kit';
import { apiUrl } from './api';

/** The session cookie: set here on the dashboard's origin, forwarded to the API by the server (never readable by scripts). */
export const SESSION_COOKIE = 'qcdc_session';
/** The state of an OpenID Connect sign-in under way, bound to this browser (login CSRF). */
export const OIDC_STATE_COOKIE = 'qcdc_oidc_state';

/** Headers that carry the signed-in user to the API. */
export function apiAuthHeaders(cookies: Cookies): Record<string, string> {
  const session = cookies.get(SESSION_COOKIE);
  return session ? { cookie: `${SESSION_COOKIE}=${encodeURIComponent(session)}` } : {};
}

export function setSessionCookie(cookies: Cookies, url: URL, session: string, expiresAt: string): void {
  cookies.set(SESSION_COOKIE, session, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', expires: new Date(expiresAt) });
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}

/** A path on this dashboard to return to after sign-in; anything else (another site) becomes "/". */
export function safeNext(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export interface AuthConfig {
  access: 'open' | 'login';
  oidc: boolean;
}

let cached: { at: number; value: AuthConfig } | undefined;

/** The API's ACCESS mode and whether single sign-on is configured (asked once a minute). */
export async function authConfig(): Promise<AuthConfig | null> {
  if (cached && Date.now() - cached.at < 60_000) return cached.value;
  try {
    const res = await fetch(`${apiUrl()}/auth/config`);
    if (!res.ok) return null;
    cached = { at: Date.now(), value: (await res.json()) as AuthConfig };
    return cached.value;
  } catch {
    return null;
  }
}

/** POST JSON to an /auth route of the API; the answer's status and body. */
export async function authCall(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${apiUrl()}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
