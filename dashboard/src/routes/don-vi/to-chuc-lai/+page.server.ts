import { error, fail, redirect } from '@sveltejs/kit';
import { apiErrors, emptyValues, readForm, toInput } from '$lib/restructure-form';
import { mutate } from '$lib/server/mutate';
import { RestructureUnits } from '$lib/server/queries/restructure';
import type { Actions, PageServerLoad } from './$types';

function requireAdmin(me: { role: string } | null, url: URL) {
  if (!me) redirect(303, `/dang-nhap?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (me.role !== 'ADMIN') error(403, { message: 'FORBIDDEN', detail: 'ADMIN' });
}

export const load: PageServerLoad = async ({ url, parent }) => {
  const { me } = await parent();
  requireAdmin(me, url);
  const done = url.searchParams.get('done');
  return { values: emptyValues(), done: done ? done.split(',').filter(Boolean) : null, decision: url.searchParams.get('decision') };
};

/** Preview (dryRun: written and rolled back) or confirm; both with the same fields, so the preview is what is confirmed. */
async function run(event: Parameters<Actions[string]>[0], dryRun: boolean) {
  const { request, fetch, locals } = event;
  const lang = locals.lang;
  const values = readForm(await request.formData());
  const parsed = toInput(values, lang);
  if ('errors' in parsed) return fail(400, { values, errors: parsed.errors, preview: null });
  const r = await mutate(fetch, RestructureUnits, { input: parsed.input as never, dryRun });
  if (!r.ok) return fail(r.errors.some((e) => e.code === 'FORBIDDEN') ? 403 : 400, { values, errors: apiErrors(r.errors, parsed.rows, lang), preview: null });
  const result = r.data.restructureUnits;
  if (dryRun) return { values, errors: {} as Record<string, string>, preview: result };
  const units = [...new Set([...result.renamed, ...result.created, ...result.ended])];
  redirect(303, `/don-vi/to-chuc-lai?${new URLSearchParams({ done: units.join(','), decision: result.decision })}`);
}

// Form actions: they work without JavaScript; SvelteKit refuses cross-site posts (origin check).
export const actions: Actions = {
  preview: (event) => run(event, true),
  confirm: (event) => run(event, false),
};
