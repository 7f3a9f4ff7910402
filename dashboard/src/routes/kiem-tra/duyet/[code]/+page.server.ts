import { error, fail, redirect } from '@sveltejs/kit';
import { message } from '$lib/inspection-form';
import { gql } from '$lib/server/api';
import { mutate } from '$lib/server/mutate';
import { ApproveInspection, ReturnInspection, ReviewDetail } from '$lib/server/queries/record';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, url, parent }) => {
  const { me } = await parent();
  if (!me) redirect(303, `/dang-nhap?next=${encodeURIComponent(url.pathname)}`);
  if (!['LEADER', 'ADMIN'].includes(me.role)) error(403, { message: 'FORBIDDEN', detail: 'LEADER, ADMIN' });
  const detail = await gql(fetch, ReviewDetail, { code: params.code });
  if (!detail.data.inspection) error(404, { message: 'NOT_FOUND', detail: params.code });
  return { inspection: detail.data.inspection };
};

const refusal = (lang: 'vi' | 'en', errors: { code: string; message: string }[]) =>
  errors.map((e) => (e.code === 'CONFLICT' ? message(lang, 'state') : e.code === 'FORBIDDEN' ? `${message(lang, 'forbidden')} (${e.message})` : e.message)).join(' ');

// Form actions (work without JavaScript; SvelteKit refuses cross-site posts).
export const actions: Actions = {
  approve: async ({ fetch, params, locals }) => {
    const r = await mutate(fetch, ApproveInspection, { code: params.code });
    if (!r.ok) return fail(409, { error: refusal(locals.lang, r.errors), reason: '' });
    redirect(303, `/kiem-tra/duyet?done=${encodeURIComponent(params.code)}&decision=approved`);
  },
  return: async ({ fetch, params, locals, request }) => {
    const reason = String((await request.formData()).get('reason') ?? '').trim();
    if (!reason) return fail(400, { error: null, reasonError: locals.lang === 'vi' ? 'Vui lòng ghi lý do trả lại.' : 'Please say why it is returned.', reason });
    const r = await mutate(fetch, ReturnInspection, { code: params.code, reason });
    if (!r.ok) return fail(409, { error: refusal(locals.lang, r.errors), reason });
    redirect(303, `/kiem-tra/duyet?done=${encodeURIComponent(params.code)}&decision=returned`);
  },
};
