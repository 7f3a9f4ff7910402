import { error, redirect } from '@sveltejs/kit';
import { authCall, OIDC_STATE_COOKIE, safeNext } from '$lib/server/session';
import type { RequestHandler } from './$types';

/** City single sign-on: the API prepares the authorization request (PKCE), this browser keeps its state for the callback. */
export const GET: RequestHandler = async ({ url, cookies }) => {
  const answer = await authCall('/auth/oidc/start', { returnTo: safeNext(url.searchParams.get('next')) }).catch(() => null);
  if (!answer || answer.status !== 200) error(503, { message: 'API_ERROR', detail: String(answer?.body.error ?? 'single sign-on is not available') });
  cookies.set(OIDC_STATE_COOKIE, String(answer.body.state), { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 600 });
  redirect(303, String(answer.body.authorizationUrl));
};
