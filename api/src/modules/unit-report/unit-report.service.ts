import type { EntityManager } from '@mikro-orm/postgresql';
import { SourceKind } from '../../shared/enums.js';
import { InputProblem } from '../../shared/errors.js';
import { sqlFor, type Sql } from '../../shared/sql.js';
import type { Via } from '../audit/actor.js';
import { requireRole, type MaybeViewer, type Viewer } from '../auth/viewer.js';
import { badInput, conflict } from '../inspection/inspection-review.service.js';
import { applyChanges, ChangesRefused, type Change, type Problem } from '../records/gateway.js';
import { fromInput } from '../records/inputs.js';
import { toChange } from '../records/validate.js';
import { vietnamToday } from '../remediation/remediation.service.js';
import { ReadScope } from '../scope/read-scope.js';
import type { SourceRef } from '../source/source.record.js';

/**
 * A unit's own reports (SPEC §6.1: a UNIT_OFFICER for its unit — its scope root's subtree — or an
 * ADMIN): the year's QCDC implementation plan (number and date) and its "Dân vận khéo" models.
 * Each is one `applyChanges` call (the record declarations' checks: the unit exists in the year;
 * plan-rate rollups; the audit entry). A plan already recorded for the year is replaced only by a
 * submission naming the version it read (never overwritten unknowingly); a model already recorded
 * (same unit, year, title) is refused.
 */

export interface PlanIn {
  unitCode: string;
  year: number;
  issuedOn: string;
  documentNumber: string;
}
export interface ModelIn {
  unitCode: string;
  year: number;
  title: string;
  field?: string | null;
  level?: string | null;
}

/** Where plans and models entered in the hub come from. */
export const UNIT_REPORT_SOURCE: SourceRef = { kind: SourceKind.REPORT, title: 'Báo cáo của đơn vị nhập trên QCDC Hub', url: null, publisher: null, publishedOn: null };

/** The unit by code, if the viewer may report for it (the same FORBIDDEN for unknown and outside, for a scoped viewer). */
async function reportingUnit(sql: Sql, viewer: Viewer, unitCode: string): Promise<number> {
  const ids = await new ReadScope(sql, viewer).unitIds({ 'input.unitCode': unitCode }).catch((e) => {
    // an unknown code for a city-wide viewer: an input problem naming the field, as every other
    if (e instanceof InputProblem) throw badInput([{ field: 'input.unitCode', message: e.message.replace(/^input\.unitCode: /, '') }]);
    throw e;
  });
  return ids['input.unitCode'];
}

const clean = (s: string | null | undefined) => {
  const t = (s ?? '').normalize('NFC').trim();
  return t || null;
};

async function write(em: EntityManager, change: Change, viewer: Viewer, via: Via, guard: (sql: Sql) => Promise<void>): Promise<void> {
  try {
    await applyChanges(em, [change], { login: viewer.login }, via, { guard });
  } catch (e) {
    if (e instanceof ChangesRefused) throw badInput(e.problems);
    throw e;
  }
}

/** submitAnnualPlan: the plan of a unit for a year; `version` replaces the one recorded. Returns its id. */
export async function submitAnnualPlan(em: EntityManager, maybe: MaybeViewer, via: Via, input: PlanIn, version?: number | null): Promise<number> {
  const viewer = requireRole(maybe, 'UNIT_OFFICER', 'ADMIN');
  const sql = sqlFor(em);
  const unitId = await reportingUnit(sql, viewer, input.unitCode);
  const problems: Problem[] = [];
  const values = { ...input, documentNumber: clean(input.documentNumber) };
  if (!values.documentNumber) problems.push({ field: 'input.documentNumber', message: 'the plan\'s document number is required (số kế hoạch)' });
  const today = vietnamToday();
  if (input.issuedOn > today) problems.push({ field: 'input.issuedOn', message: `issued_on ${input.issuedOn} is in the future (today is ${today})` });
  else if (Number.isInteger(input.year) && !(Number(input.issuedOn.slice(0, 4)) >= input.year - 1 && Number(input.issuedOn.slice(0, 4)) <= input.year)) {
    problems.push({ field: 'input.issuedOn', message: `a plan for ${input.year} is issued in ${input.year - 1} or ${input.year}, not on ${input.issuedOn}` });
  }
  const change = toChange('plans', fromInput(values), { input: 'input' }, () => UNIT_REPORT_SOURCE, problems);
  if (problems.length || !change) throw badInput(problems);
  await write(em, change, viewer, via, async (tx) => {
    const [stored] = await tx<{ version: number; document_number: string | null; issued_on: string | null }>(
      `select version, document_number, to_char(issued_on, 'DD/MM/YYYY') as issued_on from annual_plan where unit_id = ? and year = ? for update`,
      [unitId, input.year],
    );
    if (stored && version == null) {
      throw conflict(`a plan of ${input.unitCode} for ${input.year} is already recorded (${stored.document_number ?? 'no number'}, ${stored.issued_on ?? 'no date'}); to replace it, send the version you read (${stored.version})`, stored.version);
    }
    if (stored && version !== stored.version) throw conflict(`the plan of ${input.unitCode} for ${input.year} was changed since you opened it (you read version ${version}, it is now version ${stored.version})`, stored.version);
    if (!stored && version != null) throw conflict(`there is no plan of ${input.unitCode} for ${input.year} to replace (it was removed meanwhile)`);
  });
  const [row] = await sql<{ id: number }>('select id from annual_plan where unit_id = ? and year = ?', [unitId, input.year]);
  return row.id;
}

/** submitModel: a new "Dân vận khéo" model of a unit in a year (title unique for the unit and year). Returns its id. */
export async function submitModel(em: EntityManager, maybe: MaybeViewer, via: Via, input: ModelIn): Promise<number> {
  const viewer = requireRole(maybe, 'UNIT_OFFICER', 'ADMIN');
  const sql = sqlFor(em);
  const unitId = await reportingUnit(sql, viewer, input.unitCode);
  const problems: Problem[] = [];
  const values = { ...input, title: clean(input.title), field: clean(input.field), level: clean(input.level) };
  const thisYear = Number(vietnamToday().slice(0, 4));
  if (Number.isInteger(input.year) && input.year > thisYear) problems.push({ field: 'input.year', message: `year ${input.year} is still to come (this is ${thisYear})` });
  const change = toChange('models', fromInput(values), { input: 'input' }, () => UNIT_REPORT_SOURCE, problems);
  if (problems.length || !change) throw badInput(problems);
  await write(em, change, viewer, via, async (tx) => {
    const [stored] = await tx<{ id: number }>('select id from model where unit_id = ? and year = ? and title = ? for update', [unitId, input.year, values.title]);
    if (stored) throw conflict(`the model "${values.title}" of ${input.unitCode} for ${input.year} is already recorded`);
  });
  const [row] = await sql<{ id: number }>('select id from model where unit_id = ? and year = ? and title = ?', [unitId, input.year, values.title]);
  return row.id;
}
