import { error, fail, redirect } from '@sveltejs/kit';
import { apiErrors, readModel, readPlan, say, toModelInput, toPlanInput, vietnamToday } from '$lib/remediation-form';
import { gql } from '$lib/server/api';
import { mutate } from '$lib/server/mutate';
import { SubmitAnnualPlan, SubmitModel, UnitReports } from '$lib/server/queries/remediation';
import type { Actions, PageServerLoad } from './$types';

/** Who submits a unit's plan and models (SPEC §6.1); the API checks the scope. */
const REPORTERS = ['UNIT_OFFICER', 'ADMIN'];

export const load: PageServerLoad = async ({ fetch, params, url, parent }) => {
  const { me } = await parent();
  if (!me) redirect(303, `/dang-nhap?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (!REPORTERS.includes(me.role)) error(403, { message: 'FORBIDDEN', detail: REPORTERS.join(', ') });
  const r = await gql(fetch, UnitReports, { code: params.code });
  if (!r.data.unit) error(404, { message: 'NOT_FOUND', detail: params.code });
  return { unit: r.data.unit, thisYear: vietnamToday().slice(0, 4), planSaved: url.searchParams.get('plan'), modelSaved: url.searchParams.get('model') };
};

// Form actions: they work without JavaScript; SvelteKit refuses cross-site posts (origin check).
export const actions: Actions = {
  plan: async ({ fetch, params, request, locals }) => {
    const lang = locals.lang;
    const values = readPlan(await request.formData());
    const parsed = toPlanInput(values, params.code, lang);
    if ('errors' in parsed) return fail(400, { which: 'plan', plan: values, errors: parsed.errors });
    const version = values.replace && /^\d+$/.test(values.version) ? Number(values.version) : null;
    const written = await mutate(fetch, SubmitAnnualPlan, { input: parsed.input, version });
    if (!written.ok) {
      const existing = (await gql(fetch, UnitReports, { code: params.code })).data.unit?.plans.find((p) => p.year === parsed.input.year);
      const errors = apiErrors(written.errors, { 'input.year': 'year', 'input.issuedOn': 'issuedOn', 'input.documentNumber': 'number', 'input.unitCode': '_form' }, lang, () =>
        existing && version === null ? say(lang, 'planExists', { year: parsed.input.year, number: existing.documentNumber ?? '–' }) : say(lang, 'stale'),
      );
      return fail(written.errors.some((e) => e.code === 'CONFLICT') ? 409 : 400, { which: 'plan', plan: { ...values, version: existing ? String(existing.version) : '' }, errors });
    }
    redirect(303, `/don-vi/${encodeURIComponent(params.code)}/bao-cao?plan=${parsed.input.year}`);
  },
  model: async ({ fetch, params, request, locals }) => {
    const lang = locals.lang;
    const values = readModel(await request.formData());
    const parsed = toModelInput(values, params.code, lang);
    if ('errors' in parsed) return fail(400, { which: 'model', model: values, errors: parsed.errors });
    const written = await mutate(fetch, SubmitModel, { input: parsed.input });
    if (!written.ok) {
      const errors = apiErrors(written.errors, { 'input.year': 'year', 'input.title': 'title', 'input.field': 'field', 'input.level': 'level', 'input.unitCode': '_form' }, lang, () => say(lang, 'modelExists'));
      return fail(written.errors.some((e) => e.code === 'CONFLICT') ? 409 : 400, { which: 'model', model: values, errors });
    }
    redirect(303, `/don-vi/${encodeURIComponent(params.code)}/bao-cao?model=${encodeURIComponent(parsed.input.title)}`);
  },
};
