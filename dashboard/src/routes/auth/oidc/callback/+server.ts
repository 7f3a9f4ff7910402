import { redirect } from '@sveltejs/kit';
import { authCall, OIDC_STATE_COOKIE, safeNext, setSessionCookie } from '$lib/server/session';
import type { RequestHandler } from './$types';

/** OIDC_REDIRECT_URI points here: the provider sends the browser back with code and state; the API redeems them. */
export const GET: RequestHandler = async ({ url, cookies }) => {
  const expected = cookies.get(OIDC_STATE_COOKIE);
  cookies.delete(OIDC_STATE_COOKIE, { path: '/' });
  const fail = (detail: string) => redirect(303, `/dang-nhap?sso_error=${encodeURIComponent(detail)}`);
  // a callback this browser did not start (login CSRF) or an error from the provider
  if (url.searchParams.get('error')) fail(url.searchParams.get('error_description') ?? url.searchParams.get('error')!);
  if (!expected || url.searchParams.get('state') !== expected) fail('state');
  const answer = await authCall('/auth/oidc/callback', { url: url.href }).catch(() => null);
  if (!answer || answer.status !== 200) fail(String(answer?.body.error ?? 'API'));
  setSessionCookie(cookies, url, String(answer!.body.session), String(answer!.body.expiresAt));
  redirect(303, safeNext(String(answer!.body.returnTo ?? '/')));
};
