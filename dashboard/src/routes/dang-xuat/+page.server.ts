import { redirect } from '@sveltejs/kit';
import { apiAuthHeaders, authCall, clearSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  // the API forgets the session (every API process at once: it is in the database), then the browser does
  default: async ({ cookies, url }) => {
    await authCall('/auth/logout', {}, apiAuthHeaders(cookies)).catch(() => null);
    clearSessionCookie(cookies, url);
    redirect(303, '/dang-nhap');
  },
};
