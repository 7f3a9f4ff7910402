import { fail, redirect } from '@sveltejs/kit';
import { authCall, authConfig, safeNext, setSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const config = await authConfig();
  return { next: safeNext(url.searchParams.get('next')), oidc: !!config?.oidc, ssoError: url.searchParams.get('sso_error') };
};

// A form action: SvelteKit refuses cross-origin form posts (its origin check), so no CSRF token is needed.
export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const login = String(form.get('login') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const next = safeNext(String(form.get('next') ?? '/'));
    if (!login || !password) return fail(400, { login, code: 'MISSING', lockedUntil: null });
    let answer: Awaited<ReturnType<typeof authCall>>;
    try {
      answer = await authCall('/auth/login', { login, password });
    } catch {
      return fail(503, { login, code: 'UNAVAILABLE', lockedUntil: null });
    }
    if (answer.status !== 200) {
      return fail(answer.status, { login, code: String(answer.body.code ?? 'INVALID_CREDENTIALS'), lockedUntil: (answer.body.lockedUntil as string | undefined) ?? null });
    }
    setSessionCookie(cookies, url, String(answer.body.session), String(answer.body.expiresAt));
    redirect(303, next);
  },
};
