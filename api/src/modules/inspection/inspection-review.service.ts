import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { InspectionStatus, RecommendationStatus, SourceKind } from '../../shared/enums.js';
import { sqlFor, type Sql } from '../../shared/sql.js';
import type { Via } from '../audit/actor.js';
import { forbidden, requireRole, type MaybeViewer, type Viewer } from '../auth/viewer.js';
import { applyChanges, ChangesRefused, type Change, type Problem } from '../records/gateway.js';
import { fromInput } from '../records/inputs.js';
import { toChange } from '../records/validate.js';
import { ReadScope } from '../scope/read-scope.js';
import { recordsCondition } from '../../shared/where-list.js';
import { INSPECTION_COLUMNS } from './inspection.service.js';
import type { SourceRef } from '../source/source.record.js';

/**
 * Recording and approval of inspections (SPEC §6.3, roles of §6.1): create and edit drafts,
 * submit, approve, return. Every write is one `applyChanges` call (validation from the record
 * declarations, audit via the triggers); the checks against the stored record (status, author,
 * version, scope) run in the same transaction with the row locked (ApplyOptions.guard), so a
 * refusal of any kind writes nothing.
 */

export interface FindingIn {
  requirementCode: string;
  result: string;
  note?: string | null;
}
export interface RecommendationIn {
  text: string;
  dueDate?: string | null;
  status?: string | null;
  resolvedOn?: string | null;
}
export interface InspectionIn {
  code?: string | null;
  unitCode: string;
  date: string;
  team: string;
  kind: string;
  leader?: string | null;
  rating?: string | null;
  conclusion?: string | null;
  findings: FindingIn[];
  recommendations?: RecommendationIn[] | null;
}

/** Where inspections entered through the dashboard or the API come from (one source document for all). */
export const ENTERED_SOURCE: SourceRef = { kind: SourceKind.REPORT, title: 'Biên bản kiểm tra nhập trên QCDC Hub', url: null, publisher: null, publishedOn: null };

export function badInput(problems: Problem[]): GraphQLError {
  const list = problems.map((p) => ({ field: p.field ?? p.column ?? null, message: p.message }));
  const message = list.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: list[0]?.field ?? null, problems: list } });
}

export function conflict(message: string, currentVersion?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', http: { status: 409 }, ...(currentVersion === undefined ? {} : { currentVersion }) } });
}

/** Whether the unit with this code is inside the viewer's scope — the same ReadScope every read uses. */
export async function unitInScope(sql: Sql, viewer: Viewer, unitCode: string): Promise<boolean> {
  const scope = new ReadScope(sql, viewer);
  if (!scope.restricted) return true;
  const [row] = await sql<{ id: number }>('select id from unit where code = ?', [unitCode]);
  return !!row && (await scope.sees(row.id));
}

async function requireInScope(sql: Sql, viewer: Viewer, unitCode: string): Promise<void> {
  if (!(await unitInScope(sql, viewer, unitCode))) throw forbidden(`unit ${unitCode} is outside your scope (${viewer.scopeRoots.join(', ')})`);
}

interface Stored {
  id: number;
  code: string;
  status: InspectionStatus;
  author: string | null;
  version: number;
  unit_code: string;
}

/** The stored inspection, locked for the rest of the transaction; BAD_USER_INPUT naming `code` when there is none. */
async function lockInspection(sql: Sql, code: string): Promise<Stored> {
  const [row] = await sql<Stored>(
    `select i.id, i.code, i.status, i.author, i.version, u.code as unit_code from inspection i join unit u on u.id = i.unit_id where i.code = ? for update of i`,
    [code],
  );
  if (!row) throw badInput([{ field: 'code', message: `unknown inspection code "${code}"` }]);
  return row;
}

function requireStatus(s: Stored, wanted: InspectionStatus, doing: string): void {
  if (s.status !== wanted) throw conflict(`inspection ${s.code} is ${s.status}: only a ${wanted} inspection can be ${doing}`, s.version);
}

/** An INSPECTOR works on their own records; an ADMIN on anyone's. */
function requireAuthor(viewer: Viewer, s: Stored): void {
  if (viewer.role !== 'ADMIN' && s.author !== viewer.login) throw forbidden(`inspection ${s.code} was recorded by ${s.author ?? 'an import'}: only its author or an ADMIN may change it`);
}

/** The next free code KT-<year>-<unit>-NNNN (the founding record's pattern). */
async function nextCode(sql: Sql, unitCode: string, date: string): Promise<string> {
  const prefix = `KT-${date.slice(0, 4)}-${unitCode}-`;
  const [{ n }] = await sql<{ n: number }>(
    `select coalesce(max(nullif(regexp_replace(substr(code, ?), '\\D', '', 'g'), '')::int), 0) + 1 as n from inspection where starts_with(code, ?)`,
    [prefix.length + 1, prefix],
  );
  return `${prefix}${String(n).padStart(4, '0')}`;
}

/** The changes of an inspection input: the inspection, its findings and its recommendations (seq = position). */
function changesOf(code: string, input: InspectionIn, internal: Record<string, unknown>): Change[] {
  const problems: Problem[] = [];
  const source = () => ENTERED_SOURCE;
  const changes: (Change | null)[] = [];
  const insp = toChange('inspections', fromInput({ ...input, code }), { input: 'input' }, source, problems);
  if (insp) Object.assign(insp.values, internal);
  changes.push(insp);
  const seen = new Map<string, number>();
  input.findings.forEach((f, i) => {
    const prev = seen.get(f.requirementCode);
    if (prev !== undefined) {
      problems.push({ field: `input.findings[${i}].requirementCode`, message: `requirement ${f.requirementCode} is already given in findings[${prev}]` });
      return;
    }
    seen.set(f.requirementCode, i);
    changes.push(toChange('findings', fromInput({ ...f, inspectionCode: code }), { input: `input.findings[${i}]` }, source, problems));
  });
  (input.recommendations ?? []).forEach((r, i) => {
    const status = r.status ?? RecommendationStatus.OPEN;
    changes.push(toChange('recommendations', fromInput({ ...r, status, inspectionCode: code, seq: i + 1 }), { input: `input.recommendations[${i}]` }, source, problems));
  });
  if (problems.length) throw badInput(problems);
  return changes as Change[];
}

/** Runs the changes through the gateway; refusals become BAD_USER_INPUT naming the input fields. */
async function write(em: EntityManager, changes: Change[], viewer: Viewer, via: Via, guard: (sql: Sql) => Promise<void>): Promise<void> {
  try {
    await applyChanges(em, changes, { login: viewer.login }, via, { guard });
  } catch (e) {
    if (e instanceof ChangesRefused) throw badInput(e.problems);
    throw e;
  }
}

const stamp = () => new Date().toISOString();

/** createInspection: a DRAFT by the viewer (INSPECTOR within scope, or ADMIN); the code is assigned when none is given. */
export async function createInspection(em: EntityManager, maybe: MaybeViewer, via: Via, input: InspectionIn): Promise<string> {
  const viewer = requireRole(maybe, 'INSPECTOR', 'ADMIN');
  const sql = sqlFor(em);
  await requireInScope(sql, viewer, input.unitCode);
  let code = input.code?.trim() || null;
  if (code && (await sql('select 1 from inspection where code = ?', [code])).length) {
    throw badInput([{ field: 'input.code', message: `inspection code "${code}" is taken` }]);
  }
  code ??= await nextCode(sql, input.unitCode, input.date);
  const changes = changesOf(code, input, { status: InspectionStatus.DRAFT, author: viewer.login, edited_at: stamp() });
  await write(em, changes, viewer, via, async (tx) => {
    if ((await tx('select 1 from inspection where code = ?', [code])).length) throw conflict(`inspection code "${code}" was taken meanwhile; try again`);
  });
  return code;
}

/**
 * updateInspection: replaces a DRAFT's values, findings and recommendations (its author or an
 * ADMIN). `version` is the one the editor read: a record changed since is refused (CONFLICT,
 * with the current version), never overwritten.
 */
export async function updateInspection(em: EntityManager, maybe: MaybeViewer, via: Via, code: string, version: number, input: InspectionIn): Promise<void> {
  const viewer = requireRole(maybe, 'INSPECTOR', 'ADMIN');
  const sql = sqlFor(em);
  if (input.code && input.code !== code) throw badInput([{ field: 'input.code', message: `an inspection's code cannot change (${code})` }]);
  await requireInScope(sql, viewer, input.unitCode);
  const changes = changesOf(code, input, { edited_at: stamp() });
  // what the edit drops: findings of requirements no longer listed, recommendations past the new list
  const kept = new Set(input.findings.map((f) => f.requirementCode));
  const stored = await sql<{ requirement_code: string | null; seq: number | null }>(
    `select r.code as requirement_code, null::int as seq from finding f join requirement r on r.id = f.requirement_id join inspection i on i.id = f.inspection_id where i.code = ?
     union all select null, rc.seq from recommendation rc join inspection i on i.id = rc.inspection_id where i.code = ?`,
    [code, code],
  );
  const at = { input: 'input' };
  for (const s of stored) {
    if (s.requirement_code !== null && !kept.has(s.requirement_code)) {
      changes.push({ record: 'findings', action: 'delete', values: { inspection_code: code, requirement_code: s.requirement_code }, source: ENTERED_SOURCE, at });
    }
    if (s.seq !== null && s.seq > (input.recommendations ?? []).length) {
      changes.push({ record: 'recommendations', action: 'delete', values: { inspection_code: code, seq: s.seq }, source: ENTERED_SOURCE, at });
    }
  }
  await write(em, changes, viewer, via, async (tx) => {
    const s = await lockInspection(tx, code);
    requireAuthor(viewer, s);
    await requireInScope(tx, viewer, s.unit_code);
    if (s.version !== version) throw conflict(`inspection ${code} was changed since you opened it (you edited version ${version}, it is now version ${s.version})`, s.version);
    requireStatus(s, InspectionStatus.DRAFT, 'edited');
  });
}

/** A status step: one patch of the inspection's internal fields, after the guard's checks. */
async function step(em: EntityManager, viewer: Viewer, via: Via, code: string, values: Record<string, unknown>, check: (s: Stored, tx: Sql) => Promise<void>): Promise<void> {
  const change: Change = { record: 'inspections', action: 'patch', values: { code, ...values }, source: ENTERED_SOURCE, at: { input: 'code' } };
  await write(em, [change], viewer, via, async (tx) => {
    const s = await lockInspection(tx, code);
    await requireInScope(tx, viewer, s.unit_code);
    await check(s, tx);
  });
}

/** submitInspection: DRAFT → SUBMITTED (its author or an ADMIN), with at least one finding. */
export async function submitInspection(em: EntityManager, maybe: MaybeViewer, via: Via, code: string): Promise<void> {
  const viewer = requireRole(maybe, 'INSPECTOR', 'ADMIN');
  await step(em, viewer, via, code, { status: InspectionStatus.SUBMITTED, submitted_by: viewer.login, submitted_at: stamp() }, async (s, tx) => {
    requireAuthor(viewer, s);
    requireStatus(s, InspectionStatus.DRAFT, 'submitted');
    const [{ n }] = await tx<{ n: number }>('select count(*)::int as n from finding where inspection_id = ?', [s.id]);
    if (!n) throw badInput([{ field: 'input.findings', message: `inspection ${code} has no findings: record the result of at least one requirement before submitting` }]);
  });
}

/** approveInspection: SUBMITTED → APPROVED (LEADER or ADMIN within scope); from now on it counts. */
export async function approveInspection(em: EntityManager, maybe: MaybeViewer, via: Via, code: string): Promise<void> {
  const viewer = requireRole(maybe, 'LEADER', 'ADMIN');
  await step(em, viewer, via, code, { status: InspectionStatus.APPROVED, reviewed_by: viewer.login, reviewed_at: stamp() }, async (s) => {
    requireStatus(s, InspectionStatus.SUBMITTED, 'approved');
  });
}

/** returnInspection: SUBMITTED → DRAFT with the reason (LEADER or ADMIN within scope); its author fixes and resubmits. */
export async function returnInspection(em: EntityManager, maybe: MaybeViewer, via: Via, code: string, reason: string): Promise<void> {
  const viewer = requireRole(maybe, 'LEADER', 'ADMIN');
  const why = reason.normalize('NFC').trim();
  if (!why) throw badInput([{ field: 'reason', message: 'say why the inspection is returned (the reason is required)' }]);
  await step(em, viewer, via, code, { status: InspectionStatus.DRAFT, reviewed_by: viewer.login, reviewed_at: stamp(), return_reason: why }, async (s) => {
    requireStatus(s, InspectionStatus.SUBMITTED, 'returned');
  });
}

/** Inspections waiting for review in the viewer's scope, oldest submission first (LEADER, ADMIN). */
export async function reviewQueue(em: EntityManager, maybe: MaybeViewer, where?: object | null): Promise<number[]> {
  const viewer = requireRole(maybe, 'LEADER', 'ADMIN');
  const sql = sqlFor(em);
  const scope = new ReadScope(sql, viewer);
  const inScope = await scope.unitCondition('i.unit_id');
  const also = await recordsCondition(scope, where, INSPECTION_COLUMNS);
  const rows = await sql<{ id: number }>(
    `select i.id from inspection i where i.status = 'SUBMITTED'${inScope ? ` and ${inScope.sql}` : ''}${also ? ` and (${also.sql})` : ''} order by i.submitted_at, i.code`,
    [...(inScope?.params ?? []), ...(also?.params ?? [])],
  );
  return rows.map((r) => r.id);
}

/** The viewer's own inspections that are not approved yet (drafts, returned ones, submitted ones), newest edit first; `where` as on `inspections`. */
export async function myPendingInspections(em: EntityManager, maybe: MaybeViewer, where?: object | null): Promise<number[]> {
  const viewer = requireRole(maybe, 'INSPECTOR', 'ADMIN', 'LEADER', 'UNIT_OFFICER', 'ANALYST');
  const sql = sqlFor(em);
  const also = await recordsCondition(new ReadScope(sql, viewer), where, INSPECTION_COLUMNS);
  const rows = await sql<{ id: number }>(
    `select i.id from inspection i where i.status <> 'APPROVED' and i.author = ?${also ? ` and (${also.sql})` : ''} order by coalesce(i.edited_at, i.updated_at) desc, i.code`,
    [viewer.login, ...(also?.params ?? [])],
  );
  return rows.map((r) => r.id);
}
