import { parseDate } from '../../shared/dates.js';
import { SourceKind } from '../../shared/enums.js';
import type { Sql } from '../../shared/sql.js';
import type { RawSheet } from './read.js';
import { columnsOf, EMPTY_ALLOWED, HEADER_VI, type Column, type SheetName } from './sheets.js';

/** One problem of an import, located as a spreadsheet user would look for it. */
export interface Problem {
  /** "findings.csv" or "book.xlsx › findings" */
  file: string;
  row?: number;
  column?: string;
  message: string;
}

export interface SourceRef {
  kind: SourceKind;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
}
export const sourceKey = (s: Pick<SourceRef, 'kind' | 'title' | 'url'>) => `${s.kind}\u0000${s.title}\u0000${s.url ?? ''}`;

type Value = string | number | string[] | null;
export interface Parsed {
  sheet: SheetName;
  file: string;
  row: number;
  v: Record<string, Value>;
  source: SourceRef;
}

export type ParsedTables = Record<SheetName, Parsed[]>;

const str = (p: Parsed, k: string) => p.v[k] as string | null;
const num = (p: Parsed, k: string) => p.v[k] as number | null;
const list = (p: Parsed, k: string) => (p.v[k] as string[] | null) ?? [];

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).normalize('NFC').trim();
}

function parseCell(col: Column, raw: unknown): { value: Value } | { error: string } {
  const text = cellText(raw);
  if (text === '' && !(raw instanceof Date)) return { value: null };
  switch (col.type.kind) {
    case 'text':
      return { value: text };
    case 'date': {
      const d = parseDate(raw instanceof Date ? raw : text);
      return d ? { value: d } : { error: `"${text}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)` };
    }
    case 'int': {
      const n = typeof raw === 'number' ? raw : Number(text);
      if (!Number.isInteger(n)) return { error: `"${text}" is not a whole number` };
      const { min, max } = col.type;
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) return { error: `${n} is outside ${min}–${max}` };
      return { value: n };
    }
    case 'enum': {
      const upper = text.toUpperCase();
      return col.type.values.includes(upper)
        ? { value: upper }
        : { error: `"${text}" is not one of ${col.type.values.join(', ')}` };
    }
    case 'codes': {
      const codes = text.split(';').map((c) => c.trim()).filter(Boolean);
      return { value: codes };
    }
  }
}

export interface Defaults {
  source: (origin: string) => SourceRef;
}

/** Header and cell checks: unknown or missing columns, empty required values, bad dates, numbers and codes. */
export function parseSheets(sheets: RawSheet[], defaults: Defaults, problems: Problem[]): ParsedTables {
  const out = { units: [], lineage: [], requirements: [], inspections: [], findings: [], recommendations: [], awards: [], plans: [], models: [] } as ParsedTables;
  for (const s of sheets) {
    const columns = columnsOf(s.sheet);
    const known = new Map(columns.map((c) => [c.name, c]));
    // the Vietnamese headers of people-facing exports (HEADER_VI) are read as their codes, so those files import back too
    const alias = new Map(columns.map((c) => [(HEADER_VI[c.name] ?? c.name).normalize('NFC').toLowerCase(), c.name]));
    const headerProblems: Problem[] = [];
    const seen = new Set<string>();
    /** column code → the header as written in the file */
    const written = new Map<string, string>();
    for (const h of s.headers) {
      if (!h) continue;
      const code = known.has(h) ? h : alias.get(h.toLowerCase());
      if (!code) {
        headerProblems.push({ file: s.label, row: 1, column: h, message: `unknown column "${h}" (allowed: ${columns.map((c) => c.name).join(', ')})` });
        continue;
      }
      if (seen.has(code)) headerProblems.push({ file: s.label, row: 1, column: h, message: `column "${code}" appears twice` });
      seen.add(code);
      written.set(code, h);
    }
    for (const c of columns) {
      if (c.required && !seen.has(c.name)) headerProblems.push({ file: s.label, row: 1, column: c.name, message: `required column "${c.name}" is missing` });
    }
    problems.push(...headerProblems);
    if (headerProblems.length) continue;

    for (const r of s.rows) {
      if ('(extra cells)' in r.cells) {
        problems.push({ file: s.label, row: r.row, message: 'the row has more cells than the header has columns' });
        continue;
      }
      const v: Record<string, Value> = {};
      let ok = true;
      for (const c of columns) {
        const res = parseCell(c, r.cells[written.get(c.name) ?? c.name]);
        if ('error' in res) {
          problems.push({ file: s.label, row: r.row, column: c.name, message: res.error });
          ok = false;
          continue;
        }
        if (c.required && res.value === null && !EMPTY_ALLOWED.has(`${s.sheet}.${c.name}`)) {
          problems.push({ file: s.label, row: r.row, column: c.name, message: `"${c.name}" is required` });
          ok = false;
        }
        v[c.name] = res.value;
      }
      if (!ok) continue;
      const title = str({ v } as Parsed, 'source_title');
      const source: SourceRef = title
        ? {
            kind: ((v.source_kind as string) ?? SourceKind.REPORT) as SourceKind,
            title,
            url: (v.source_url as string) ?? null,
            publisher: (v.source_publisher as string) ?? null,
            publishedOn: (v.source_published_on as string) ?? null,
          }
        : defaults.source(s.origin);
      if (!title && (v.source_kind || v.source_url)) {
        problems.push({ file: s.label, row: r.row, column: 'source_title', message: 'a source needs its title (source_title) when source_kind or source_url is given' });
        continue;
      }
      out[s.sheet].push({ sheet: s.sheet, file: s.label, row: r.row, v, source });
    }
  }
  return out;
}

interface Validity {
  validFrom: string | null;
  validTo: string | null;
}
const activeOn = (u: Validity, date: string) => (!u.validFrom || u.validFrom <= date) && (!u.validTo || u.validTo >= date);
/** SPEC §4: active in year Y when the validity interval intersects [Y-01-01, Y-12-31]. */
const activeInYear = (u: Validity, year: number) => (!u.validFrom || u.validFrom <= `${year}-12-31`) && (!u.validTo || u.validTo >= `${year}-01-01`);
const span = (u: Validity) => `${u.validFrom ? u.validFrom : '…'} → ${u.validTo ? u.validTo : 'nay'}`;

/** `column` names the key column(s) a user would look at, e.g. "code" or "inspection_code, requirement_code". */
function uniqueBy(rows: Parsed[], key: (p: Parsed) => string, what: string, column: string, problems: Problem[]): void {
  const first = new Map<string, Parsed>();
  for (const p of rows) {
    const k = key(p);
    const prev = first.get(k);
    if (prev) problems.push({ file: p.file, row: p.row, column, message: `duplicate ${what} (already on ${prev.file} row ${prev.row})` });
    else first.set(k, p);
  }
}

export const lineageKey = (p: Parsed) =>
  [str(p, 'date'), str(p, 'type'), list(p, 'from_codes').join(';'), list(p, 'to_codes').join(';'), str(p, 'decision') ?? ''].join('|');
export const decisionKey = (p: Parsed) =>
  [str(p, 'decision_number') ?? '', str(p, 'decision_date') ?? '', str(p, 'issuer'), str(p, 'kind'), num(p, 'period_from') ?? '', num(p, 'period_to') ?? ''].join('|');

/**
 * Checks across rows and against the database: references exist, dates fall inside the units' and
 * requirements' validity, keys are unique. Reads only what the rows refer to.
 */
export async function crossCheck(t: ParsedTables, sql: Sql, problems: Problem[]): Promise<void> {
  const p = (row: Parsed, column: string | undefined, message: string) => problems.push({ file: row.file, row: row.row, column, message });

  // --- units known to this import: the database's, overridden by the files'
  const unitCodes = new Set<string>();
  for (const r of t.units) unitCodes.add(str(r, 'code')!), str(r, 'parent_code') && unitCodes.add(str(r, 'parent_code')!);
  for (const r of t.lineage) [...list(r, 'from_codes'), ...list(r, 'to_codes')].forEach((c) => unitCodes.add(c));
  for (const r of [...t.inspections, ...t.plans, ...t.models]) unitCodes.add(str(r, 'unit_code')!);
  for (const r of t.awards) unitCodes.add(str(r, 'recipient_code')!);
  const units = new Map<string, Validity & { kind: string }>();
  if (unitCodes.size) {
    const rows = await sql<{ code: string; kind: string; valid_from: string | null; valid_to: string | null }>(
      `select code, kind, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to from unit where code = any(?::text[])`,
      [[...unitCodes]],
    );
    for (const u of rows) units.set(u.code, { kind: u.kind, validFrom: u.valid_from, validTo: u.valid_to });
  }
  uniqueBy(t.units, (r) => str(r, 'code')!, 'unit code', 'code', problems);
  for (const r of t.units) {
    units.set(str(r, 'code')!, { kind: str(r, 'kind')!, validFrom: str(r, 'valid_from'), validTo: str(r, 'valid_to') });
    const from = str(r, 'valid_from');
    const to = str(r, 'valid_to');
    if (from && to && to < from) p(r, 'valid_to', `valid_to ${to} is before valid_from ${from}`);
    if (str(r, 'parent_code') === str(r, 'code')) p(r, 'parent_code', 'a unit cannot be its own parent');
  }
  const unitOk = (r: Parsed, column: string, code: string) => {
    if (units.has(code)) return true;
    p(r, column, `unknown unit code "${code}"`);
    return false;
  };
  for (const r of t.units) if (str(r, 'parent_code')) unitOk(r, 'parent_code', str(r, 'parent_code')!);

  // --- lineage
  uniqueBy(t.lineage, lineageKey, 'lineage event', 'date, type, from_codes, to_codes, decision', problems);
  for (const r of t.lineage) {
    const from = list(r, 'from_codes');
    const to = list(r, 'to_codes');
    from.forEach((c) => unitOk(r, 'from_codes', c));
    to.forEach((c) => unitOk(r, 'to_codes', c));
    const type = str(r, 'type');
    if (['MERGE', 'RENAME', 'TRANSFER'].includes(type!) && (to.length !== 1 || from.length < 1)) {
      p(r, 'to_codes', `${type} needs at least one from_code and exactly one to_code`);
    }
    if (type === 'SPLIT' && (from.length !== 1 || to.length < 1)) p(r, 'from_codes', 'SPLIT needs exactly one from_code and at least one to_code');
    if (type === 'ESTABLISH' && to.length < 1) p(r, 'to_codes', 'ESTABLISH needs at least one to_code');
    if (type === 'DISSOLVE' && from.length < 1) p(r, 'from_codes', 'DISSOLVE needs at least one from_code');
  }

  // --- requirements
  uniqueBy(t.requirements, (r) => str(r, 'code')!, 'requirement code', 'code', problems);
  const reqCodes = new Set<string>(t.findings.map((r) => str(r, 'requirement_code')!));
  const requirements = new Map<string, Validity>();
  if (reqCodes.size) {
    const rows = await sql<{ code: string; valid_from: string | null; valid_to: string | null }>(
      `select code, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to from requirement where code = any(?::text[])`,
      [[...reqCodes]],
    );
    for (const q of rows) requirements.set(q.code, { validFrom: q.valid_from, validTo: q.valid_to });
  }
  for (const r of t.requirements) {
    requirements.set(str(r, 'code')!, { validFrom: str(r, 'valid_from'), validTo: str(r, 'valid_to') });
    const from = str(r, 'valid_from');
    const to = str(r, 'valid_to');
    if (from && to && to < from) p(r, 'valid_to', `valid_to ${to} is before valid_from ${from}`);
  }

  // --- inspections
  uniqueBy(t.inspections, (r) => str(r, 'code')!, 'inspection code', 'code', problems);
  const inspections = new Map<string, { date: string }>();
  const inspCodes = new Set<string>([...t.findings, ...t.recommendations].map((r) => str(r, 'inspection_code')!));
  if (inspCodes.size) {
    const rows = await sql<{ code: string; date: string }>(
      `select code, to_char(date, 'YYYY-MM-DD') as date from inspection where code = any(?::text[])`,
      [[...inspCodes]],
    );
    for (const i of rows) inspections.set(i.code, { date: i.date });
  }
  for (const r of t.inspections) {
    const code = str(r, 'unit_code')!;
    const date = str(r, 'date')!;
    inspections.set(str(r, 'code')!, { date });
    if (!unitOk(r, 'unit_code', code)) continue;
    const u = units.get(code)!;
    if (!activeOn(u, date)) p(r, 'date', `inspection dated ${date} is outside the validity of unit ${code} (${span(u)})`);
  }

  // --- findings and recommendations
  uniqueBy(t.findings, (r) => `${str(r, 'inspection_code')}|${str(r, 'requirement_code')}`, 'finding for this inspection and requirement', 'inspection_code, requirement_code', problems);
  for (const r of t.findings) {
    const insp = inspections.get(str(r, 'inspection_code')!);
    if (!insp) p(r, 'inspection_code', `unknown inspection code "${str(r, 'inspection_code')}"`);
    const reqCode = str(r, 'requirement_code')!;
    const req = requirements.get(reqCode);
    if (!req) p(r, 'requirement_code', `unknown requirement code "${reqCode}"`);
    if (insp && req && !activeOn(req, insp.date)) {
      p(r, 'requirement_code', `requirement ${reqCode} is not valid on the inspection date ${insp.date} (${span(req)})`);
    }
  }
  uniqueBy(t.recommendations, (r) => `${str(r, 'inspection_code')}|${num(r, 'seq')}`, 'recommendation (inspection, seq)', 'inspection_code, seq', problems);
  for (const r of t.recommendations) {
    const insp = inspections.get(str(r, 'inspection_code')!);
    if (!insp) p(r, 'inspection_code', `unknown inspection code "${str(r, 'inspection_code')}"`);
    const status = str(r, 'status');
    const resolved = str(r, 'resolved_on');
    if (status === 'RESOLVED' && !resolved) p(r, 'resolved_on', 'a RESOLVED recommendation needs resolved_on');
    if (status !== 'RESOLVED' && resolved) p(r, 'resolved_on', `resolved_on is given but status is ${status}`);
    if (insp && resolved && resolved < insp.date) p(r, 'resolved_on', `resolved_on ${resolved} is before the inspection (${insp.date})`);
    const due = str(r, 'due_date');
    if (insp && due && due < insp.date) p(r, 'due_date', `due_date ${due} is before the inspection (${insp.date})`);
  }

  // --- awards
  uniqueBy(t.awards, (r) => `${decisionKey(r)}|${str(r, 'recipient_code')}`, 'award (decision, recipient)', 'decision_number, decision_date, issuer, recipient_code', problems);
  for (const r of t.awards) {
    const from = num(r, 'period_from');
    const to = num(r, 'period_to');
    if ((from === null) !== (to === null)) p(r, from === null ? 'period_from' : 'period_to', 'give both period_from and period_to, or neither');
    if (from !== null && to !== null && to < from) p(r, 'period_to', `period_to ${to} is before period_from ${from}`);
    if ((!str(r, 'decision_number') || !str(r, 'decision_date')) && from === null) {
      p(r, !str(r, 'decision_number') ? 'decision_number' : 'decision_date', 'decision_number and decision_date may be empty only for a decision identified by its period (period_from, period_to)');
    }
    const code = str(r, 'recipient_code')!;
    if (!unitOk(r, 'recipient_code', code)) continue;
    const date = str(r, 'decision_date');
    const u = units.get(code)!;
    if (date && u.validFrom && u.validFrom > date) p(r, 'recipient_code', `unit ${code} did not yet exist on the decision date ${date} (${span(u)})`);
  }

  // SPEC §5.2 identifies a numbered decision by (number, date, issuer): its kind and period must
  // agree on every row and with what the database holds, or the rows would describe two decisions
  const numbered = t.awards.filter((r) => str(r, 'decision_number') && str(r, 'decision_date'));
  const triple = (number: string, date: string, issuer: string) => `${number}|${date}|${issuer}`;
  const known = new Map<string, { kind: string; from: number | null; to: number | null; where: string }>();
  if (numbered.length) {
    const rows = await sql<{ number: string; date: string; issuer: string; kind: string; period_from: number | null; period_to: number | null }>(
      `select d.number, to_char(d.date, 'YYYY-MM-DD') as date, d.issuer, d.kind, d.period_from, d.period_to
       from award_decision d join unnest(?::text[], ?::date[], ?::text[]) as v(number, date, issuer)
         on d.number = v.number and d.date = v.date and d.issuer = v.issuer`,
      [numbered.map((r) => str(r, 'decision_number')), numbered.map((r) => str(r, 'decision_date')), numbered.map((r) => str(r, 'issuer'))],
    );
    for (const d of rows) known.set(triple(d.number, d.date, d.issuer), { kind: d.kind, from: d.period_from, to: d.period_to, where: 'the database' });
  }
  for (const r of numbered) {
    const key = triple(str(r, 'decision_number')!, str(r, 'decision_date')!, str(r, 'issuer')!);
    const mine = { kind: str(r, 'kind')!, from: num(r, 'period_from'), to: num(r, 'period_to') };
    const prev = known.get(key);
    if (!prev) {
      known.set(key, { ...mine, where: `${r.file} row ${r.row}` });
    } else if (prev.kind !== mine.kind || prev.from !== mine.from || prev.to !== mine.to) {
      const fmt = (x: { kind: string; from: number | null; to: number | null }) => `${x.kind}${x.from !== null ? `, ${x.from}-${x.to}` : ''}`;
      p(r, prev.kind !== mine.kind ? 'kind' : 'period_from', `decision ${str(r, 'decision_number')} of ${str(r, 'decision_date')} by ${str(r, 'issuer')} is ${fmt(prev)} in ${prev.where}, not ${fmt(mine)}`);
    }
  }

  // --- plans and models
  uniqueBy(t.plans, (r) => `${str(r, 'unit_code')}|${num(r, 'year')}`, 'plan for this unit and year', 'unit_code, year', problems);
  uniqueBy(t.models, (r) => `${str(r, 'unit_code')}|${num(r, 'year')}|${str(r, 'title')}`, 'model (unit, year, title)', 'unit_code, year, title', problems);
  for (const r of [...t.plans, ...t.models]) {
    const code = str(r, 'unit_code')!;
    if (!unitOk(r, 'unit_code', code)) continue;
    const u = units.get(code)!;
    const year = num(r, 'year')!;
    if (!activeInYear(u, year)) p(r, 'year', `unit ${code} did not exist in ${year} (${span(u)})`);
  }
}
