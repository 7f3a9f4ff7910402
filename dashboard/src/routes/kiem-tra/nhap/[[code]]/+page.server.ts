import { error, fail, redirect } from '@sveltejs/kit';
import { apiErrors, dayFirst, parseDayFirst, readForm, toInput, type FieldErrors, type FormValues } from '$lib/inspection-form';
import { gql } from '$lib/server/api';
import { mutate } from '$lib/server/mutate';
import { CreateInspection, InspectionToEdit, MyPending, RequirementsOn, SubmitInspection, UnitChoices, UpdateInspection } from '$lib/server/queries/record';
import type { Actions, PageServerLoad } from './$types';

const RECORDERS = ['INSPECTOR', 'ADMIN'];

function requireRecorder(me: { role: string } | null, url: URL) {
  if (!me) redirect(303, `/dang-nhap?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (!RECORDERS.includes(me.role)) error(403, { message: 'FORBIDDEN', detail: 'INSPECTOR, ADMIN' });
}

export const load: PageServerLoad = async ({ fetch, params, url, parent }) => {
  const { me } = await parent();
  requireRecorder(me, url);
  const record = params.code ? (await gql(fetch, InspectionToEdit, { code: params.code })).data.inspection : null;
  if (params.code && !record) error(404, { message: 'NOT_FOUND', detail: params.code });
  // the date decides which units and requirements the form offers; ?date= (dd/mm/yyyy) changes it
  const dateText = url.searchParams.get('date') ?? dayFirst(record?.date);
  const date = parseDayFirst(dateText);
  const q = (url.searchParams.get('q') ?? '').trim();
  const [units, requirements, mine] = await Promise.all([
    date && (q || !record) ? gql(fetch, UnitChoices, { search: q || null, activeOn: date }) : null,
    date ? gql(fetch, RequirementsOn, { date }) : null,
    gql(fetch, MyPending, {}),
  ]);
  const choices = units?.data.units.nodes ?? [];
  if (record && !choices.some((u) => u.code === record.unit.code)) choices.unshift({ code: record.unit.code, name: record.unit.name, kind: 'OTHER' as never });
  const values: FormValues = {
    code: record?.code ?? '',
    version: record ? String(record.version) : '',
    unitCode: record?.unit.code ?? url.searchParams.get('unit') ?? '',
    date: date ? dayFirst(date) : '',
    team: record?.team.name ?? '',
    leader: record?.leader ?? '',
    kind: record?.kind ?? '',
    rating: record?.rating ?? '',
    conclusion: record?.conclusion ?? '',
    results: Object.fromEntries((record?.findings ?? []).map((f) => [f.requirement.code, { result: f.result, note: f.note ?? '' }])),
    recommendations: (record?.recommendations ?? []).map((r) => ({ text: r.text, due: dayFirst(r.dueDate) })),
  };
  return {
    record,
    values,
    dateText: dateText ?? '',
    dateInvalid: !!dateText && !date,
    q,
    units: choices,
    requirements: requirements?.data.requirements.nodes ?? [],
    mine: mine.data.myPendingInspections,
    saved: url.searchParams.has('saved'),
    submitted: url.searchParams.get('submitted'),
  };
};

async function save(event: Parameters<Actions[string]>[0], submitting: boolean) {
  const { request, fetch, locals, params } = event;
  const lang = locals.lang;
  const values = readForm(await request.formData());
  const parsed = toInput(values, lang, submitting);
  if ('errors' in parsed) return fail(400, { values, errors: parsed.errors, conflict: null });
  const code = params.code ?? null;
  const version = Number(values.version);
  const written = code
    ? await mutate(fetch, UpdateInspection, { code, version, input: parsed.input as never })
    : await mutate(fetch, CreateInspection, { input: parsed.input as never });
  if (!written.ok) {
    const errors: FieldErrors = apiErrors(written.errors, parsed.map, lang, version);
    // a stale edit: show the version someone else saved beside what this person typed
    const stale = written.errors.find((e) => e.code === 'CONFLICT' && e.currentVersion !== null && e.currentVersion !== version);
    const conflict = stale && code ? (await gql(fetch, InspectionToEdit, { code })).data.inspection : null;
    return fail(written.errors.some((e) => e.code === 'CONFLICT') ? 409 : 400, { values, errors, conflict });
  }
  const saved = 'createInspection' in written.data ? written.data.createInspection : written.data.updateInspection;
  if (submitting) {
    const sent = await mutate(fetch, SubmitInspection, { code: saved.code });
    if (!sent.ok) redirect(303, `/kiem-tra/nhap/${encodeURIComponent(saved.code)}?saved=1`);
    redirect(303, `/kiem-tra/nhap?submitted=${encodeURIComponent(saved.code)}`);
  }
  redirect(303, `/kiem-tra/nhap/${encodeURIComponent(saved.code)}?saved=1`);
}

// Form actions: they work without JavaScript; SvelteKit refuses cross-site posts (origin check).
export const actions: Actions = {
  save: (event) => save(event, false),
  submit: (event) => save(event, true),
};
