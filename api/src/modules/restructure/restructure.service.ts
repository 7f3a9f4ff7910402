import type { EntityManager } from '@mikro-orm/postgresql';
import { LineageType, SourceKind, UnitKind } from '../../shared/enums.js';
import { parseDate } from '../../shared/dates.js';
import { sqlFor, type Sql } from '../../shared/sql.js';
import type { Via } from '../audit/actor.js';
import { requireRole, type MaybeViewer, type Viewer } from '../auth/viewer.js';
import { ComplianceDimension, Dimension } from '../analytics/analytics.inputs.js';
import { complianceSummary } from '../analytics/compliance.service.js';
import { coverage } from '../analytics/coverage.service.js';
import { DEFAULT_KINDS, type Scope } from '../analytics/scope.js';
import { badInput } from '../inspection/inspection-review.service.js';
import { applyChanges, ChangesRefused, type Change, type Problem } from '../records/gateway.js';
import { ReadScope } from '../scope/read-scope.js';
import type { SourceRef } from '../source/source.record.js';

/**
 * Restructurings (issue 10, SPEC §3 lineage, §4 structure): a guided MERGE, SPLIT, RENAME or
 * DISSOLVE of units. One call writes the units (the ending ones get valid_to = the day before,
 * the new ones valid_from = the date) and the lineage event with its decision, through the one
 * gateway (audited, one transaction, unit_dim and rollups refreshed). The same call with
 * `dryRun` writes everything, measures and rolls back: the preview is what the analytics'
 * own statements (coverage, complianceSummary under CURRENT structure) answer before and after,
 * inside that transaction.
 */

export type RestructureKind = 'MERGE' | 'SPLIT' | 'RENAME' | 'DISSOLVE';

export interface TargetIn {
  code: string;
  name?: string | null;
  nameEn?: string | null;
  kind?: string | null;
  parentCode?: string | null;
}
export interface DecisionIn {
  number: string;
  date: string;
  issuer: string;
  url?: string | null;
}
export interface RestructureIn {
  kind: RestructureKind;
  date: string;
  fromUnits: string[];
  targets?: TargetIn[] | null;
  decision: DecisionIn;
  note?: string | null;
}

/** One row of the preview: a unit as CURRENT structure counts it (or the whole city when unitCode is null). */
export interface Figure {
  unitCode: string | null;
  unitName: string | null;
  unitsInScope: number;
  unitsInspected: number;
  inspections: number;
  rate: number | null;
  compliant: number;
  partial: number;
  nonCompliant: number;
  score: number | null;
}
export interface Side {
  total: Figure;
  units: Figure[];
}
export interface RestructureResult {
  dryRun: boolean;
  fromYear: number;
  toYear: number;
  before: Side;
  after: Side;
  /** the lineage event's decision text as stored */
  decision: string;
  /** units created, units ended or renamed */
  created: string[];
  ended: string[];
  renamed: string[];
}

interface StoredUnit {
  id: number;
  code: string;
  name: string;
  name_en: string | null;
  kind: string;
  parent_code: string | null;
  valid_from: string | null;
  valid_to: string | null;
  source: SourceRef | null;
}

const clean = (s: string | null | undefined) => (s ?? '').normalize('NFC').trim();
const dayBefore = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

async function storedUnits(sql: Sql, codes: string[], lock: boolean): Promise<Map<string, StoredUnit>> {
  if (!codes.length) return new Map();
  const rows = await sql<StoredUnit & { s_kind: string | null; s_title: string | null; s_url: string | null; s_publisher: string | null; s_published_on: string | null }>(
    `select u.id, u.code, u.name, u.name_en, u.kind, p.code as parent_code,
       to_char(u.valid_from, 'YYYY-MM-DD') as valid_from, to_char(u.valid_to, 'YYYY-MM-DD') as valid_to,
       sd.kind as s_kind, sd.title as s_title, sd.url as s_url, sd.publisher as s_publisher, to_char(sd.published_on, 'YYYY-MM-DD') as s_published_on
     from unit u left join unit p on p.id = u.parent_id left join source_document sd on sd.id = u.source_id
     where u.code = any(?::text[])${lock ? ' for update of u' : ''}`,
    [codes],
  );
  return new Map(
    rows.map((r) => [
      r.code,
      {
        id: r.id, code: r.code, name: r.name, name_en: r.name_en, kind: r.kind, parent_code: r.parent_code, valid_from: r.valid_from, valid_to: r.valid_to,
        source: r.s_title ? { kind: r.s_kind as SourceKind, title: r.s_title, url: r.s_url, publisher: r.s_publisher, publishedOn: r.s_published_on } : null,
      },
    ]),
  );
}

/** What a restructuring means once checked: the changes for the gateway and what it reports. */
interface Plan {
  changes: Change[];
  decision: string;
  created: string[];
  ended: string[];
  renamed: string[];
  /** codes of the units whose figures the preview shows (recorded units before, and after) */
  affected: string[];
}

/**
 * Checks the input against the stored units and builds the changes; every problem is named by its
 * input field (input.fromUnits[1], input.targets[0].code, input.decision.number, …).
 */
export async function plan(sql: Sql, viewer: Viewer, input: RestructureIn, lock: boolean): Promise<Plan> {
  const problems: Problem[] = [];
  const bad = (field: string, message: string) => problems.push({ field, message });
  const kind = input.kind;
  const date = parseDate(input.date);
  if (!date) bad('input.date', `"${input.date}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)`);
  const from = input.fromUnits.map(clean);
  const targets = (input.targets ?? []).map((t) => ({ ...t, code: clean(t.code), name: clean(t.name) || null, nameEn: clean(t.nameEn) || null, parentCode: clean(t.parentCode) || null }));

  // how many units each kind takes
  const need: Record<RestructureKind, { from: [number, number]; to: [number, number]; what: string }> = {
    MERGE: { from: [1, Infinity], to: [1, 1], what: 'MERGE needs the units to merge and exactly one target' },
    SPLIT: { from: [1, 1], to: [2, Infinity], what: 'SPLIT needs exactly one unit and at least two targets' },
    RENAME: { from: [1, 1], to: [1, 1], what: 'RENAME needs exactly one unit and exactly one target (the same code to rename in place, a new code for a new unit)' },
    DISSOLVE: { from: [1, Infinity], to: [0, 0], what: 'DISSOLVE needs the units to dissolve and no target' },
  };
  const n = need[kind];
  if (from.length < n.from[0] || from.length > n.from[1]) bad('input.fromUnits', n.what);
  if (targets.length < n.to[0] || targets.length > n.to[1]) bad('input.targets', n.what);

  const stored = await storedUnits(sql, [...new Set([...from, ...targets.map((t) => t.code), ...targets.map((t) => t.parentCode ?? '')].filter(Boolean))], lock);
  const scope = new ReadScope(sql, viewer);
  const visible = await scope.unitSet();
  const known = (code: string) => {
    const u = stored.get(code);
    return u && (!visible || visible.has(u.id)) ? u : undefined;
  };

  const seen = new Map<string, string>();
  const mark = (code: string, field: string) => {
    const prev = seen.get(code);
    if (prev) bad(field, `unit ${code} is already given in ${prev}`);
    else seen.set(code, field);
    return !prev;
  };
  from.forEach((code, i) => {
    const field = `input.fromUnits[${i}]`;
    if (!code) return bad(field, 'give the unit code');
    if (!mark(code, field)) return;
    const u = known(code);
    if (!u) return bad(field, `unknown unit code "${code}"`);
    if (!date) return;
    if (u.valid_from && date <= u.valid_from) bad('input.date', `the date ${dmy(date)} is not after unit ${code} began (${dmy(u.valid_from)})`);
    else if (u.valid_to && u.valid_to < date) bad(field, `unit ${code} is not active on ${dmy(date)}: it ended on ${dmy(u.valid_to)}`);
  });
  const inPlace = kind === 'RENAME' && targets.length === 1 && targets[0].code === from[0];
  targets.forEach((t, i) => {
    const field = `input.targets[${i}]`;
    if (!t.code) return bad(`${field}.code`, 'give the unit code');
    if (inPlace) {
      if (!t.name) bad(`${field}.name`, 'give the new name');
      else if (stored.get(t.code) && t.name === stored.get(t.code)!.name) bad(`${field}.name`, `the new name is the unit's name already`);
      return;
    }
    if (from.includes(t.code)) return bad(`${field}.code`, `unit ${t.code} cannot be restructured into itself`);
    if (!mark(t.code, `${field}.code`)) return;
    const u = stored.get(t.code);
    if (u && !known(t.code)) return bad(`${field}.code`, `unit code "${t.code}" is taken`);
    if (u) {
      // an existing target takes over: it must exist on the date
      if (kind === 'RENAME') return bad(`${field}.code`, `unit code "${t.code}" is taken: a rename to a new code creates that unit`);
      if (date && !((!u.valid_from || u.valid_from <= date) && (!u.valid_to || u.valid_to >= date))) bad(`${field}.code`, `unit ${t.code} is not active on ${dmy(date)}`);
      return;
    }
    if (!t.name) bad(`${field}.name`, 'a new unit needs its name');
    if (!t.kind && kind !== 'RENAME') bad(`${field}.kind`, 'a new unit needs its kind');
    if (t.kind && !(Object.values(UnitKind) as string[]).includes(t.kind)) bad(`${field}.kind`, `"${t.kind}" is not a unit kind`);
    if (t.parentCode) {
      const p = known(t.parentCode);
      if (!p) bad(`${field}.parentCode`, `unknown unit code "${t.parentCode}"`);
      else if (from.includes(t.parentCode)) bad(`${field}.parentCode`, `unit ${t.parentCode} ends with this restructuring: it cannot be the new unit's parent`);
      else if (date && p.valid_to && p.valid_to < date) bad(`${field}.parentCode`, `unit ${t.parentCode} is not active on ${dmy(date)}`);
    }
  });

  const number = clean(input.decision.number);
  const issuer = clean(input.decision.issuer);
  const decisionDate = parseDate(input.decision.date);
  if (!number) bad('input.decision.number', 'give the decision number (số quyết định)');
  if (!issuer) bad('input.decision.issuer', 'give the issuing body (cơ quan ban hành)');
  if (!decisionDate) bad('input.decision.date', `"${input.decision.date}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)`);
  if (problems.length) throw badInput(problems);

  const decision = `${number} ngày ${dmy(decisionDate!)}`;
  const source: SourceRef = { kind: SourceKind.DECISION, title: decision, url: clean(input.decision.url) || null, publisher: issuer, publishedOn: decisionDate };
  const at = (field: string) => ({ input: field });
  const unitChange = (u: Omit<StoredUnit, 'id' | 'source'>, src: SourceRef, field: string): Change => ({
    record: 'units',
    values: { code: u.code, name: u.name, name_en: u.name_en, kind: u.kind, parent_code: u.parent_code, valid_from: u.valid_from, valid_to: u.valid_to },
    source: src,
    at: at(field),
  });
  const changes: Change[] = [];
  const created: string[] = [];
  const ended: string[] = [];
  const renamed: string[] = [];
  const first = stored.get(from[0])!;
  if (inPlace) {
    const t = targets[0];
    changes.push(unitChange({ ...first, name: t.name!, name_en: t.nameEn ?? first.name_en }, first.source ?? source, 'input.targets[0]'));
    renamed.push(first.code);
  } else {
    from.forEach((code, i) => {
      const u = stored.get(code)!;
      changes.push(unitChange({ ...u, valid_to: dayBefore(date!) }, u.source ?? source, `input.fromUnits[${i}]`));
      ended.push(code);
    });
    targets.forEach((t, i) => {
      if (stored.has(t.code)) return;
      changes.push(unitChange(
        { code: t.code, name: t.name!, name_en: t.nameEn, kind: t.kind ?? first.kind, parent_code: t.parentCode ?? first.parent_code, valid_from: date, valid_to: null },
        source,
        `input.targets[${i}]`,
      ));
      created.push(t.code);
    });
  }
  changes.push({
    record: 'lineage',
    values: { date, type: LineageType[kind], from_codes: from, to_codes: targets.map((t) => t.code), decision, note: clean(input.note) || null },
    source,
    at: at('input'),
  });
  return { changes, decision, created, ended, renamed, affected: [...new Set([...from, ...targets.map((t) => t.code)])] };
}

/** The years the preview covers: from the first counted inspection of the affected units and their predecessors (or the date) to this year. */
async function previewYears(sql: Sql, codes: string[], date: string): Promise<{ fromYear: number; toYear: number }> {
  const [row] = await sql<{ y: number | null }>(
    `select min(extract(year from i.date))::int as y from inspection i join unit u on u.id = i.unit_id join unit_dim ud on ud.unit_id = u.id
     where (u.code = any(?::text[]) or ud.successor_id in (select id from unit where code = any(?::text[]))) and i.status = 'APPROVED'`,
    [codes, codes],
  );
  const year = Number(date.slice(0, 4));
  const toYear = Math.max(new Date().getUTCFullYear(), year);
  return { fromYear: Math.min(row?.y ?? year, year), toYear };
}

/** The figures CURRENT structure gives now (in the transaction): each affected unit's successor, and the city. */
async function figures(sql: Sql, codes: string[], years: { fromYear: number; toYear: number }, visible: number[] | null): Promise<Side> {
  // the affected units and every unit counted under one of them (their lineage predecessors)
  const ids = (
    await sql<{ id: number }>(
      `select u.id from unit u join unit_dim ud on ud.unit_id = u.id
       where u.code = any(?::text[]) or ud.successor_id in (select id from unit where code = any(?::text[]))`,
      [codes, codes],
    )
  ).map((r) => r.id);
  const base: Scope = { ...years, kinds: Object.values(UnitKind), unitIds: ids, districtIds: null, visible, current: true, statuses: ['APPROVED'] };
  const city: Scope = { ...base, kinds: DEFAULT_KINDS, unitIds: visible };
  const [cov, comp, cityCov, cityComp] = await Promise.all([
    coverage(sql, base, [Dimension.UNIT]),
    complianceSummary(sql, base, [ComplianceDimension.UNIT]),
    coverage(sql, city, []),
    complianceSummary(sql, city, []),
  ]);
  const names = new Map(
    (await sql<{ id: number; code: string; name: string }>('select id, code, name from unit where id = any(?::int[])', [cov.map((r) => r.unitId)])).map((u) => [u.id, u]),
  );
  const compOf = new Map(comp.map((c) => [c.unitId, c]));
  const fig = (c: (typeof cov)[number], k: (typeof comp)[number] | undefined, unit: { code: string; name: string } | undefined): Figure => ({
    unitCode: unit?.code ?? null,
    unitName: unit?.name ?? null,
    unitsInScope: c.unitsInScope,
    unitsInspected: c.unitsInspected,
    inspections: c.inspections,
    rate: c.rate,
    compliant: k?.compliant ?? 0,
    partial: k?.partial ?? 0,
    nonCompliant: k?.nonCompliant ?? 0,
    score: k?.score ?? null,
  });
  const empty = { unitsInScope: 0, unitsInspected: 0, inspections: 0, rate: null } as (typeof cov)[number];
  return {
    total: fig(cityCov[0] ?? empty, cityComp[0], undefined),
    units: cov.map((c) => fig(c, compOf.get(c.unitId), names.get(c.unitId!))),
  };
}

/** restructureUnits (ADMIN): checks, writes (or, with dryRun, writes and rolls back) and measures. */
export async function restructureUnits(em: EntityManager, maybe: MaybeViewer, via: Via, input: RestructureIn, dryRun: boolean): Promise<RestructureResult> {
  const viewer = requireRole(maybe, 'ADMIN');
  // checked first outside the write (bad input answers fast), then again in it with the units locked
  const first = await plan(sqlFor(em), viewer, input, false);
  let result: RestructureResult | undefined;
  let before: Side | undefined;
  let years: { fromYear: number; toYear: number } | undefined;
  let checked: Plan = first;
  try {
    await applyChanges(em, first.changes, { login: viewer.login }, via, {
      dryRun,
      guard: async (tx) => {
        checked = await plan(tx, viewer, input, true);
        years = await previewYears(tx, checked.affected, checked.changes.at(-1)!.values.date as string);
        before = await figures(tx, checked.affected, years, await new ReadScope(tx, viewer).units());
      },
      inspect: async (tx) => {
        const after = await figures(tx, checked.affected, years!, await new ReadScope(tx, viewer).units());
        result = { dryRun, ...years!, before: before!, after, decision: checked.decision, created: checked.created, ended: checked.ended, renamed: checked.renamed };
      },
    });
  } catch (e) {
    if (e instanceof ChangesRefused) throw badInput(e.problems);
    throw e;
  }
  return result!;
}
