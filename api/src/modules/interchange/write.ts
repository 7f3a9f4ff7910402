import type { Sql } from '../../shared/sql.js';
import { SHEETS, type SheetName } from './sheets.js';
import { decisionKey, lineageKey, sourceKey, type Parsed, type ParsedTables, type SourceRef } from './validate.js';

export interface SheetCounts {
  created: number;
  updated: number;
  unchanged: number;
}
export type ImportSummary = Partial<Record<SheetName, SheetCounts>>;

const BATCH = 5000;
const s = (p: Parsed, k: string) => (p.v[k] as string | null) ?? null;
const n = (p: Parsed, k: string) => (p.v[k] as number | null) ?? null;

/** Column arrays of a batch, for `unnest(?::text[], …)`. */
function columns<T>(rows: T[], ...getters: ((r: T) => unknown)[]): unknown[][] {
  return getters.map((g) => rows.map(g));
}

async function inBatches<T>(rows: T[], fn: (batch: T[]) => Promise<void>, progress?: (done: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await fn(rows.slice(i, i + BATCH));
    progress?.(Math.min(i + BATCH, rows.length));
  }
}

/** Counts from `returning (xmax = 0) as inserted`: rows not returned were identical and left alone. */
function count(total: number, returned: { inserted: boolean }[], extraUpdated = 0): SheetCounts {
  const created = returned.filter((r) => r.inserted).length;
  const updated = returned.length - created + extraUpdated;
  return { created, updated, unchanged: total - created - updated };
}

function add(a: SheetCounts | undefined, b: SheetCounts): SheetCounts {
  return a ? { created: a.created + b.created, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged } : b;
}

async function upsertSources(sql: Sql, t: ParsedTables): Promise<Map<string, number>> {
  const distinct = new Map<string, SourceRef>();
  // findings and recommendations carry no source of their own (their inspection's is theirs)
  for (const sheet of SHEETS) if (sheet !== 'findings' && sheet !== 'recommendations') for (const p of t[sheet]) distinct.set(sourceKey(p.source), p.source);
  const list = [...distinct.values()];
  const ids = new Map<string, number>();
  if (!list.length) return ids;
  await sql(
    `insert into source_document (kind, title, url, publisher, published_on)
     select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[])
     on conflict (kind, title, coalesce(url, '')) do update
       set publisher = coalesce(excluded.publisher, source_document.publisher),
           published_on = coalesce(excluded.published_on, source_document.published_on)
       where (source_document.publisher, source_document.published_on) is distinct from
             (coalesce(excluded.publisher, source_document.publisher), coalesce(excluded.published_on, source_document.published_on))`,
    columns(list, (x) => x.kind, (x) => x.title, (x) => x.url, (x) => x.publisher, (x) => x.publishedOn),
  );
  const rows = await sql<{ id: number; kind: string; title: string; url: string }>(
    `select d.id, d.kind, d.title, coalesce(d.url, '') as url from source_document d
     join unnest(?::text[], ?::text[], ?::text[]) as v(kind, title, url) on d.kind = v.kind and d.title = v.title and coalesce(d.url, '') = v.url`,
    columns(list, (x) => x.kind, (x) => x.title, (x) => x.url ?? ''),
  );
  for (const r of rows) ids.set(sourceKey({ kind: r.kind as SourceRef['kind'], title: r.title, url: r.url || null }), r.id);
  return ids;
}

export type Progress = (sheet: SheetName, done: number, total: number) => void;

/** Writes validated tables. Must run inside one transaction: a failure anywhere rolls all of it back. */
export async function writeTables(sql: Sql, t: ParsedTables, progress?: Progress): Promise<ImportSummary> {
  const summary: ImportSummary = {};
  const sources = await upsertSources(sql, t);
  const src = (p: Parsed) => sources.get(sourceKey(p.source)) ?? null;
  const tick = (sheet: SheetName) => (done: number) => progress?.(sheet, done, t[sheet].length);

  // units first without parents (a parent may come later in the same file), then the parent links
  await inBatches(t.units, async (b) => {
    const ret = await sql<{ inserted: boolean; code: string }>(
      `insert into unit (code, name, name_en, kind, valid_from, valid_to, source_id)
       select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::int[])
       on conflict (code) do update set name = excluded.name, name_en = excluded.name_en, kind = excluded.kind,
         valid_from = excluded.valid_from, valid_to = excluded.valid_to, source_id = excluded.source_id
       where (unit.name, unit.name_en, unit.kind, unit.valid_from, unit.valid_to, unit.source_id)
         is distinct from (excluded.name, excluded.name_en, excluded.kind, excluded.valid_from, excluded.valid_to, excluded.source_id)
       returning (xmax = 0) as inserted, code`,
      columns(b, (p) => s(p, 'code'), (p) => s(p, 'name'), (p) => s(p, 'name_en'), (p) => s(p, 'kind'), (p) => s(p, 'valid_from'), (p) => s(p, 'valid_to'), src),
    );
    const touched = new Set(ret.map((r) => r.code));
    const parents = await sql<{ code: string }>(
      `update unit u set parent_id = p.id
       from unnest(?::text[], ?::text[]) as v(code, parent_code) left join unit p on p.code = v.parent_code
       where u.code = v.code and u.parent_id is distinct from p.id
       returning u.code`,
      columns(b, (p) => s(p, 'code'), (p) => s(p, 'parent_code')),
    );
    const extra = parents.filter((r) => !touched.has(r.code)).length;
    summary.units = add(summary.units, count(b.length, ret, extra));
  }, tick('units'));

  // lineage events: the natural key holds every column but note, so only note and source can change
  await inBatches(t.lineage, async (b) => {
    const ret = await sql<{ inserted: boolean; id: number; natural_key: string }>(
      `insert into lineage_event (natural_key, date, type, decision, note, source_id)
       select * from unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::text[], ?::int[])
       on conflict (natural_key) do update set note = excluded.note, source_id = excluded.source_id
       where (lineage_event.note, lineage_event.source_id) is distinct from (excluded.note, excluded.source_id)
       returning (xmax = 0) as inserted, id, natural_key`,
      columns(b, lineageKey, (p) => s(p, 'date'), (p) => s(p, 'type'), (p) => s(p, 'decision'), (p) => s(p, 'note'), src),
    );
    const created = new Map(ret.filter((r) => r.inserted).map((r) => [r.natural_key, r.id]));
    const links: { event: number; role: string; position: number; code: string }[] = [];
    for (const p of b) {
      const id = created.get(lineageKey(p));
      if (id === undefined) continue;
      ((p.v.from_codes as string[]) ?? []).forEach((code, i) => links.push({ event: id, role: 'FROM', position: i, code }));
      ((p.v.to_codes as string[]) ?? []).forEach((code, i) => links.push({ event: id, role: 'TO', position: i, code }));
    }
    if (links.length) {
      await sql(
        `insert into lineage_event_unit (event_id, role, position, unit_id)
         select v.event_id, v.role, v.position, u.id from unnest(?::int[], ?::text[], ?::int[], ?::text[]) as v(event_id, role, position, code)
         join unit u on u.code = v.code`,
        columns(links, (l) => l.event, (l) => l.role, (l) => l.position, (l) => l.code),
      );
    }
    summary.lineage = add(summary.lineage, count(b.length, ret));
  }, tick('lineage'));

  if (t.requirements.length) {
    const frameworks = [...new Map(t.requirements.map((p) => [s(p, 'framework_code')!, p])).values()];
    await sql(
      `insert into framework (code, title, source_id) select * from unnest(?::text[], ?::text[], ?::int[]) on conflict (code) do nothing`,
      columns(frameworks, (p) => s(p, 'framework_code'), (p) => s(p, 'framework_code'), src),
    );
  }
  await inBatches(t.requirements, async (b) => {
    const ret = await sql<{ inserted: boolean }>(
      `insert into requirement (code, framework_id, title, title_en, category, valid_from, valid_to, source_id)
       select v.code, f.id, v.title, v.title_en, v.category, v.valid_from, v.valid_to, v.source_id
       from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::int[])
         as v(code, framework_code, title, title_en, category, valid_from, valid_to, source_id)
       join framework f on f.code = v.framework_code
       on conflict (code) do update set framework_id = excluded.framework_id, title = excluded.title, title_en = excluded.title_en,
         category = excluded.category, valid_from = excluded.valid_from, valid_to = excluded.valid_to, source_id = excluded.source_id
       where (requirement.framework_id, requirement.title, requirement.title_en, requirement.category, requirement.valid_from, requirement.valid_to, requirement.source_id)
         is distinct from (excluded.framework_id, excluded.title, excluded.title_en, excluded.category, excluded.valid_from, excluded.valid_to, excluded.source_id)
       returning (xmax = 0) as inserted`,
      columns(b, (p) => s(p, 'code'), (p) => s(p, 'framework_code'), (p) => s(p, 'title'), (p) => s(p, 'title_en'), (p) => s(p, 'category'), (p) => s(p, 'valid_from'), (p) => s(p, 'valid_to'), src),
    );
    summary.requirements = add(summary.requirements, count(b.length, ret));
  }, tick('requirements'));

  if (t.inspections.length) {
    const teams = [...new Set(t.inspections.map((p) => s(p, 'team')!))];
    await sql(`insert into inspection_team (name) select unnest(?::text[]) on conflict (name) do nothing`, [teams]);
  }
  await inBatches(t.inspections, async (b) => {
    const ret = await sql<{ inserted: boolean }>(
      `insert into inspection (code, unit_id, team_id, date, leader, kind, rating, conclusion, source_id)
       select v.code, u.id, tm.id, v.date, v.leader, v.kind, v.rating, v.conclusion, v.source_id
       from unnest(?::text[], ?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[])
         as v(code, unit_code, team, date, leader, kind, rating, conclusion, source_id)
       join unit u on u.code = v.unit_code join inspection_team tm on tm.name = v.team
       on conflict (code) do update set unit_id = excluded.unit_id, team_id = excluded.team_id, date = excluded.date, leader = excluded.leader,
         kind = excluded.kind, rating = excluded.rating, conclusion = excluded.conclusion, source_id = excluded.source_id
       where (inspection.unit_id, inspection.team_id, inspection.date, inspection.leader, inspection.kind, inspection.rating, inspection.conclusion, inspection.source_id)
         is distinct from (excluded.unit_id, excluded.team_id, excluded.date, excluded.leader, excluded.kind, excluded.rating, excluded.conclusion, excluded.source_id)
       returning (xmax = 0) as inserted`,
      columns(b, (p) => s(p, 'code'), (p) => s(p, 'unit_code'), (p) => s(p, 'team'), (p) => s(p, 'date'), (p) => s(p, 'leader'), (p) => s(p, 'kind'), (p) => s(p, 'rating'), (p) => s(p, 'conclusion'), src),
    );
    summary.inspections = add(summary.inspections, count(b.length, ret));
  }, tick('inspections'));

  await inBatches(t.findings, async (b) => {
    const ret = await sql<{ inserted: boolean }>(
      `insert into finding (inspection_id, requirement_id, result, note)
       select i.id, q.id, v.result, v.note
       from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as v(inspection_code, requirement_code, result, note)
       join inspection i on i.code = v.inspection_code join requirement q on q.code = v.requirement_code
       on conflict (inspection_id, requirement_id) do update set result = excluded.result, note = excluded.note
       where (finding.result, finding.note) is distinct from (excluded.result, excluded.note)
       returning (xmax = 0) as inserted`,
      columns(b, (p) => s(p, 'inspection_code'), (p) => s(p, 'requirement_code'), (p) => s(p, 'result'), (p) => s(p, 'note')),
    );
    summary.findings = add(summary.findings, count(b.length, ret));
  }, tick('findings'));

  await inBatches(t.recommendations, async (b) => {
    const ret = await sql<{ inserted: boolean }>(
      `insert into recommendation (inspection_id, seq, text, due_date, status, resolved_on)
       select i.id, v.seq, v.text, v.due_date, v.status, v.resolved_on
       from unnest(?::text[], ?::int[], ?::text[], ?::date[], ?::text[], ?::date[]) as v(inspection_code, seq, text, due_date, status, resolved_on)
       join inspection i on i.code = v.inspection_code
       on conflict (inspection_id, seq) do update set text = excluded.text, due_date = excluded.due_date, status = excluded.status, resolved_on = excluded.resolved_on
       where (recommendation.text, recommendation.due_date, recommendation.status, recommendation.resolved_on)
         is distinct from (excluded.text, excluded.due_date, excluded.status, excluded.resolved_on)
       returning (xmax = 0) as inserted`,
      columns(b, (p) => s(p, 'inspection_code'), (p) => n(p, 'seq'), (p) => s(p, 'text'), (p) => s(p, 'due_date'), (p) => s(p, 'status'), (p) => s(p, 'resolved_on')),
    );
    summary.recommendations = add(summary.recommendations, count(b.length, ret));
  }, tick('recommendations'));

  if (t.awards.length) {
    // a decision keeps the source it was first recorded with (the real founding decision must not
    // become DEMO because demo recipients are added to it); a fact source wins over DEMO within one import
    const decisions = new Map<string, Parsed>();
    for (const p of t.awards) {
      const prev = decisions.get(decisionKey(p));
      if (!prev || (prev.source.kind === 'DEMO' && p.source.kind !== 'DEMO')) decisions.set(decisionKey(p), p);
    }
    const list = [...decisions.values()];
    await sql(
      `insert into award_decision (number, date, issuer, kind, period_from, period_to, source_id)
       select * from unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[])
       on conflict (coalesce(number, ''), coalesce(date, '0001-01-01'), issuer, kind, coalesce(period_from, 0), coalesce(period_to, 0))
       do update set source_id = excluded.source_id where award_decision.source_id is null`,
      columns(list, (p) => s(p, 'decision_number'), (p) => s(p, 'decision_date'), (p) => s(p, 'issuer'), (p) => s(p, 'kind'), (p) => n(p, 'period_from'), (p) => n(p, 'period_to'), src),
    );
  }
  await inBatches(t.awards, async (b) => {
    const ret = await sql<{ inserted: boolean }>(
      `insert into award (decision_id, recipient_id, citation, source_id)
       select d.id, u.id, v.citation, v.source_id
       from unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::int[], ?::int[], ?::text[], ?::text[], ?::int[])
         as v(number, date, issuer, kind, period_from, period_to, recipient_code, citation, source_id)
       join award_decision d on coalesce(d.number, '') = coalesce(v.number, '') and coalesce(d.date, '0001-01-01') = coalesce(v.date, '0001-01-01')
         and d.issuer = v.issuer and d.kind = v.kind and coalesce(d.period_from, 0) = coalesce(v.period_from, 0) and coalesce(d.period_to, 0) = coalesce(v.period_to, 0)
       join unit u on u.code = v.recipient_code
       on conflict (decision_id, recipient_id) do update set citation = excluded.citation, source_id = excluded.source_id
       where (award.citation, award.source_id) is distinct from (excluded.citation, excluded.source_id)
       returning (xmax = 0) as inserted`,
      columns(b, (p) => s(p, 'decision_number'), (p) => s(p, 'decision_date'), (p) => s(p, 'issuer'), (p) => s(p, 'kind'), (p) => n(p, 'period_from'), (p) => n(p, 'period_to'), (p) => s(p, 'recipient_code'), (p) => s(p, 'citation'), src),
    );
    summary.awards = add(summary.awards, count(b.length, ret));
  }, tick('awards'));

  await inBatches(t.plans, async (b) => {
    const ret = await sql<{ inserted: boolean }>(
      `insert into annual_plan (unit_id, year, issued_on, document_number, source_id)
       select u.id, v.year, v.issued_on, v.document_number, v.source_id
       from unnest(?::text[], ?::int[], ?::date[], ?::text[], ?::int[]) as v(unit_code, year, issued_on, document_number, source_id)
       join unit u on u.code = v.unit_code
       on conflict (unit_id, year) do update set issued_on = excluded.issued_on, document_number = excluded.document_number, source_id = excluded.source_id
       where (annual_plan.issued_on, annual_plan.document_number, annual_plan.source_id) is distinct from (excluded.issued_on, excluded.document_number, excluded.source_id)
       returning (xmax = 0) as inserted`,
      columns(b, (p) => s(p, 'unit_code'), (p) => n(p, 'year'), (p) => s(p, 'issued_on'), (p) => s(p, 'document_number'), src),
    );
    summary.plans = add(summary.plans, count(b.length, ret));
  }, tick('plans'));

  await inBatches(t.models, async (b) => {
    const ret = await sql<{ inserted: boolean }>(
      `insert into model (unit_id, year, title, field, level, source_id)
       select u.id, v.year, v.title, v.field, v.level, v.source_id
       from unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::int[]) as v(unit_code, year, title, field, level, source_id)
       join unit u on u.code = v.unit_code
       on conflict (unit_id, year, title) do update set field = excluded.field, level = excluded.level, source_id = excluded.source_id
       where (model.field, model.level, model.source_id) is distinct from (excluded.field, excluded.level, excluded.source_id)
       returning (xmax = 0) as inserted`,
      columns(b, (p) => s(p, 'unit_code'), (p) => n(p, 'year'), (p) => s(p, 'title'), (p) => s(p, 'field'), (p) => s(p, 'level'), src),
    );
    summary.models = add(summary.models, count(b.length, ret));
  }, tick('models'));

  return summary;
}
