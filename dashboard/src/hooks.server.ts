import type { Handle, HandleServerError } from '@sveltejs/kit';
import { asLang } from '$lib/i18n/lang';

const YEAR = 60 * 60 * 24 * 365;

/** Language: ?lang= (then remembered in a cookie), else the cookie, else Vietnamese. */
export const handle: Handle = async ({ event, resolve }) => {
  const fromUrl = asLang(event.url.searchParams.get('lang'));
  if (fromUrl) event.cookies.set('lang', fromUrl, { path: '/', maxAge: YEAR, sameSite: 'lax', httpOnly: false });
  const lang = fromUrl ?? asLang(event.cookies.get('lang')) ?? 'vi';
  event.locals.lang = lang;
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error(`${event.request.method} ${event.url.pathname} failed:`, error);
  return { message: status === 404 ? 'NOT_FOUND' : 'INTERNAL' };
};
