import type { Handle, HandleFetch, HandleServerError } from '@sveltejs/kit';
import { asLang } from '$lib/i18n/lang';
import { apiUrl } from '$lib/server/api';
import { apiAuthHeaders } from '$lib/server/session';

const YEAR = 60 * 60 * 24 * 365;

/** Language: ?lang= (then remembered in a cookie), else the cookie, else Vietnamese. */
export const handle: Handle = async ({ event, resolve }) => {
  const fromUrl = asLang(event.url.searchParams.get('lang'));
  if (fromUrl) event.cookies.set('lang', fromUrl, { path: '/', maxAge: YEAR, sameSite: 'lax', httpOnly: false });
  const lang = fromUrl ?? asLang(event.cookies.get('lang')) ?? 'vi';
  event.locals.lang = lang;
  const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
  return withSecurityHeaders(response);
};

/**
 * No page of the dashboard may be framed by another site (clickjacking), and browsers must not
 * guess types (a CSV sniffed as HTML). Pages get the full CSP of svelte.config.js (which holds
 * frame-ancestors 'none'); endpoints and error pages get at least the framing rule.
 */
export function withSecurityHeaders(response: Response): Response {
  const set = (h: Headers) => {
    h.set('x-frame-options', 'DENY');
    h.set('x-content-type-options', 'nosniff');
    h.set('referrer-policy', 'same-origin');
    if (!h.has('content-security-policy')) h.set('content-security-policy', "frame-ancestors 'none'");
  };
  try {
    set(response.headers);
    return response;
  } catch {
    // a fetched Response (the export proxy) has immutable headers: copy it
    const copy = new Response(response.body, response);
    set(copy.headers);
    return copy;
  }
}

/** Server-side calls to the API carry the signed-in user's session (the API is another origin: SvelteKit would not send cookies). */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  if (request.url.startsWith(`${apiUrl()}/`)) {
    for (const [k, v] of Object.entries(apiAuthHeaders(event.cookies))) request.headers.set(k, v);
  }
  return fetch(request);
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error(`${event.request.method} ${event.url.pathname} failed:`, error);
  return { message: status === 404 ? 'NOT_FOUND' : 'INTERNAL' };
};
