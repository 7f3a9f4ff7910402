import type { EntityManager } from '@mikro-orm/postgresql';
import { InspectionStatus, RecommendationStatus, SourceKind } from '../../shared/enums.js';
import { sqlFor, type Sql } from '../../shared/sql.js';
import type { Via } from '../audit/actor.js';
import { forbidden, requireRole, type MaybeViewer, type Viewer } from '../auth/viewer.js';
import { badInput, conflict } from '../inspection/inspection-review.service.js';
import { applyChanges, ChangesRefused, type Change, type Problem } from '../records/gateway.js';
import { ReadScope } from '../scope/read-scope.js';
import type { SourceRef } from '../source/source.record.js';

/**
 * Remediation of a recommendation (SPEC §6.1: a UNIT_OFFICER for its unit's subtree, an INSPECTOR
 * or ADMIN within scope): a progress report — the status from a date on, and what was done. It is
 * one `applyChanges` upsert of the recommendation (the record's own rules, the rollups of the
 * open/overdue metric, the audit entry), with the checks against the stored row in the guard, the
 * row locked. The history of reports is the recommendation's audit trail (remediation.history.ts).
 *
 * The metric (SPEC §4: open at D = not RESOLVED on or before D) reads `status` and `resolved_on`:
 * a report RESOLVED on date X sets resolved_on = X, so the recommendation is closed from X on and
 * still open at any earlier date; IN_PROGRESS or OPEN leaves it open. Reopening a RESOLVED one
 * would reopen it at every past date too (the metric knows only the current state), so only an
 * ADMIN may do that (a correction); the others get CONFLICT.
 */

export interface ProgressIn {
  status: RecommendationStatus;
  /** YYYY-MM-DD, the day the status applies from */
  date: string;
  note: string;
  /** the recommendation's version the reporter read; a changed one is refused (CONFLICT) */
  version?: number | null;
}

/** Where remediation reports entered in the hub come from (the recommendation itself has no source column). */
export const REMEDIATION_SOURCE: SourceRef = { kind: SourceKind.REPORT, title: 'Báo cáo khắc phục nhập trên QCDC Hub', url: null, publisher: null, publishedOn: null };

export const NOTE_MAX = 2000;

/** The statuses a report may give. */
const REPORTED: string[] = [RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS, RecommendationStatus.RESOLVED];

/** Today in Vietnam (UTC+7, no daylight saving), YYYY-MM-DD. */
export const vietnamToday = (now = new Date()) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

interface Stored {
  id: number;
  text: string;
  due_date: string | null;
  status: RecommendationStatus;
  resolved_on: string | null;
  progress_on: string | null;
  version: number;
  inspection_date: string;
  inspection_status: InspectionStatus;
  author: string | null;
  unit_id: number;
}

async function read(sql: Sql, inspectionCode: string, seq: number, lock: boolean): Promise<Stored | undefined> {
  const [row] = await sql<Stored>(
    `select rc.id, rc.text, to_char(rc.due_date, 'YYYY-MM-DD') as due_date, rc.status, to_char(rc.resolved_on, 'YYYY-MM-DD') as resolved_on,
       to_char(rc.progress_on, 'YYYY-MM-DD') as progress_on, rc.version,
       to_char(i.date, 'YYYY-MM-DD') as inspection_date, i.status as inspection_status, i.author, i.unit_id
     from recommendation rc join inspection i on i.id = rc.inspection_id
     where i.code = ? and rc.seq = ?${lock ? ' for update of rc' : ''}`,
    [inspectionCode, seq],
  );
  return row;
}

/**
 * The stored recommendation if the viewer may remedy it (its inspection's unit in scope, and the
 * inspection one the viewer may see at all). For a scoped viewer an unknown one and one
 * outside the scope get the same FORBIDDEN (nothing is told about what lies outside); for the
 * whole city an unknown one is BAD_USER_INPUT naming `seq`.
 */
async function visible(sql: Sql, viewer: Viewer, inspectionCode: string, seq: number, lock: boolean): Promise<Stored> {
  const scope = new ReadScope(sql, viewer);
  const found = await read(sql, inspectionCode, seq, lock);
  // a draft is its author's (ReadScope.seesInspection): to anyone else it does not exist
  const row = found && scope.seesInspection({ status: found.inspection_status, author: found.author }) ? found : undefined;
  if (scope.restricted && (!row || !(await scope.sees(row.unit_id)))) {
    throw forbidden(`no recommendation ${inspectionCode}/${seq} in your scope (${viewer.scopeRoots.join(', ') || 'no unit'})`);
  }
  if (!row) throw badInput([{ field: 'seq', message: `unknown recommendation ${inspectionCode}/${seq}` }]);
  return row;
}

/** The checks of a report against the stored row (run again under the lock). */
function check(viewer: Viewer, s: Stored, code: string, seq: number, input: ProgressIn, today: string): void {
  if (s.inspection_status !== InspectionStatus.APPROVED) {
    throw conflict(`inspection ${code} is ${s.inspection_status}: its recommendations are remedied once it is approved`, s.version);
  }
  if (input.version != null && input.version !== s.version) {
    throw conflict(`recommendation ${code}/${seq} was changed since you opened it (you read version ${input.version}, it is now version ${s.version})`, s.version);
  }
  if (s.status === RecommendationStatus.RESOLVED && viewer.role !== 'ADMIN') {
    throw conflict(`recommendation ${code}/${seq} is RESOLVED since ${s.resolved_on}: only an ADMIN may reopen or re-date it (it changes the open count of every date since)`, s.version);
  }
  const problems: Problem[] = [];
  if (input.date < s.inspection_date) problems.push({ field: 'input.date', message: `date ${input.date} is before the inspection (${s.inspection_date})` });
  else if (s.progress_on && input.date < s.progress_on) problems.push({ field: 'input.date', message: `date ${input.date} is before the previous report (${s.progress_on})` });
  if (input.date > today) problems.push({ field: 'input.date', message: `date ${input.date} is in the future (today is ${today})` });
  if (problems.length) throw badInput(problems);
}

/** updateRecommendationProgress: one progress report, audited; returns the recommendation's id. */
export async function updateRecommendationProgress(em: EntityManager, maybe: MaybeViewer, via: Via, inspectionCode: string, seq: number, input: ProgressIn): Promise<number> {
  const viewer = requireRole(maybe, 'UNIT_OFFICER', 'INSPECTOR', 'ADMIN');
  const note = (input.note ?? '').normalize('NFC').trim();
  const problems: Problem[] = [];
  // UNKNOWN says the source does not say: never what a report says
  if (!REPORTED.includes(input.status)) problems.push({ field: 'input.status', message: `a report says OPEN, IN_PROGRESS or RESOLVED, not "${input.status}"` });
  if (!note) problems.push({ field: 'input.note', message: 'say what was done (the note is required)' });
  else if (note.length > NOTE_MAX) problems.push({ field: 'input.note', message: `the note is longer than ${NOTE_MAX} characters` });
  const sql = sqlFor(em);
  // scope first: outside it, the answer is FORBIDDEN whatever the input
  const s = await visible(sql, viewer, inspectionCode, seq, false);
  if (problems.length) throw badInput(problems);
  const today = vietnamToday();
  check(viewer, s, inspectionCode, seq, input, today);
  const change: Change = {
    record: 'recommendations',
    values: {
      inspection_code: inspectionCode, seq, text: s.text, due_date: s.due_date, status: input.status,
      resolved_on: input.status === RecommendationStatus.RESOLVED ? input.date : null,
      progress_on: input.date, progress_note: note, progress_at: new Date().toISOString(),
    },
    source: REMEDIATION_SOURCE,
    at: { input: 'input' },
  };
  try {
    await applyChanges(em, [change], { login: viewer.login }, via, {
      guard: async (tx) => {
        const locked = await visible(tx, viewer, inspectionCode, seq, true);
        // text and due date are written as read: a change to them meanwhile is a stale report
        if (locked.text !== s.text || locked.due_date !== s.due_date) throw conflict(`recommendation ${inspectionCode}/${seq} was changed meanwhile; open it again`, locked.version);
        check(viewer, locked, inspectionCode, seq, input, today);
      },
    });
  } catch (e) {
    // the record's own rules speak of resolved_on: for a report, that is its date
    if (e instanceof ChangesRefused) throw badInput(e.problems.map((p) => ({ ...p, field: p.field === 'input.resolvedOn' ? 'input.date' : p.field })));
    throw e;
  }
  return s.id;
}
