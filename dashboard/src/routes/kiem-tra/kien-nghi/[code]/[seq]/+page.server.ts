import { error, fail, redirect } from '@sveltejs/kit';
import { dayFirst } from '$lib/inspection-form';
import { apiErrors, progressConflict, readProgress, toProgressInput, vietnamToday, type ProgressValues } from '$lib/remediation-form';
import { gql } from '$lib/server/api';
import { mutate } from '$lib/server/mutate';
import { RecommendationToUpdate, UpdateRecommendationProgress } from '$lib/server/queries/remediation';
import type { Actions, PageServerLoad } from './$types';

/** Who may report remediation (SPEC §6.1); the API checks the scope. */
const REMEDIATORS = ['UNIT_OFFICER', 'INSPECTOR', 'ADMIN'];

async function find(fetchFn: typeof fetch, code: string, seq: number) {
  const list = await gql(fetchFn, RecommendationToUpdate, { code });
  return list.data.recommendations.nodes.find((r) => r.seq === seq) ?? null;
}

export const load: PageServerLoad = async ({ fetch, params, url, parent }) => {
  const { me } = await parent();
  if (!me) redirect(303, `/dang-nhap?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (!REMEDIATORS.includes(me.role)) error(403, { message: 'FORBIDDEN', detail: REMEDIATORS.join(', ') });
  const seq = Number(params.seq);
  const rec = Number.isInteger(seq) && seq > 0 ? await find(fetch, params.code, seq) : null;
  if (!rec) error(404, { message: 'NOT_FOUND', detail: `${params.code}/${params.seq}` });
  const values: ProgressValues = { status: rec.status === 'OPEN' ? 'IN_PROGRESS' : rec.status, date: dayFirst(vietnamToday()), note: '', version: String(rec.version) };
  return { rec, values, saved: url.searchParams.has('saved'), back: url.searchParams.get('back') === 'unit' ? `/don-vi/${encodeURIComponent(rec.inspection.unit.code)}` : '/kiem-tra/kien-nghi' };
};

// A form action: works without JavaScript; SvelteKit refuses cross-site posts (origin check).
export const actions: Actions = {
  default: async ({ fetch, params, request, locals, url }) => {
    const lang = locals.lang;
    const values = readProgress(await request.formData());
    const parsed = toProgressInput(values, lang);
    if ('errors' in parsed) return fail(400, { values, errors: parsed.errors });
    const written = await mutate(fetch, UpdateRecommendationProgress, { code: params.code, seq: Number(params.seq), input: parsed.input as never });
    if (!written.ok) {
      const errors = apiErrors(written.errors, { 'input.status': 'status', 'input.date': 'date', 'input.note': 'note' }, lang, (e) => progressConflict(lang, e));
      return fail(written.errors.some((e) => e.code === 'CONFLICT') ? 409 : 400, { values, errors });
    }
    redirect(303, `${url.pathname}?saved=1${url.searchParams.get('back') === 'unit' ? '&back=unit' : ''}`);
  },
};
