import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * Remediation of recommendations through GraphQL (SPEC §6.1, §4, §6.4) on a fixture drawn here:
 *
 *   C Thành phố ─┬─ D1 Quận Một ─── W1 Phường Một
 *                └─ D2 Quận Hai ─── W3 Phường Ba
 *   I1: W1, 01/03/2024 (imported, APPROVED): recommendation 1 due 30/06/2024, 2 due 31/12/2024, both OPEN
 *   I3: W3, 01/04/2024 (imported, APPROVED): recommendation 1 due 31/05/2024, OPEN
 *
 * Overdue on 01/09/2024: I1/1 and I3/1 (I1/2 is not due yet) = 2. Once `off` (UNIT_OFFICER of W1)
 * reports I1/1 RESOLVED on 15/08/2024 it is closed from that day: still overdue on 14/08/2024
 * (2), not on 15/08 or 01/09 (1); nothing about the other two changes.
 */
let t: TestDb;
const v = (login: string, role: Viewer['role'], scopeRoots: string[] = []): Viewer => ({ login, name: null, role, scopeRoots });
const off = v('off', 'UNIT_OFFICER', ['W1']);
const off3 = v('off3', 'UNIT_OFFICER', ['W3']);
const offNone = v('nobody', 'UNIT_OFFICER');
const insp = v('insp', 'INSPECTOR', ['D1']);
const lead = v('lead', 'LEADER');
const an = v('an', 'ANALYST');
const admin = v('root', 'ADMIN');

beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    units: [
      { code: 'C', name: 'Thành phố', kind: 'CITY' },
      { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C' },
      { code: 'D2', name: 'Quận Hai', kind: 'DISTRICT', parent_code: 'C' },
      { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
      { code: 'W3', name: 'Phường Ba', kind: 'WARD', parent_code: 'D2' },
    ],
    requirements: [{ framework_code: 'L10', code: 'R3', title: 'Ban chỉ đạo', category: 'ORGANIZATION', valid_from: '2015-01-01' }],
    inspections: [
      { code: 'I1', unit_code: 'W1', date: '2024-03-01', team: 'Đoàn 1', kind: 'PERIODIC' },
      { code: 'I3', unit_code: 'W3', date: '2024-04-01', team: 'Đoàn 1', kind: 'PERIODIC' },
    ],
    findings: [
      { inspection_code: 'I1', requirement_code: 'R3', result: 'PARTIAL' },
      { inspection_code: 'I3', requirement_code: 'R3', result: 'PARTIAL' },
    ],
    recommendations: [
      { inspection_code: 'I1', seq: '1', text: 'Kiện toàn Ban chỉ đạo', due_date: '2024-06-30', status: 'OPEN' },
      { inspection_code: 'I1', seq: '2', text: 'Niêm yết công khai', due_date: '2024-12-31', status: 'OPEN' },
      { inspection_code: 'I3', seq: '1', text: 'Lập sổ theo dõi', due_date: '2024-05-31', status: 'OPEN' },
    ],
  });
});
afterAll(() => t?.close());

const UPDATE = `mutation($code: String!, $seq: Int!, $input: RecommendationProgressInput!) {
  updateRecommendationProgress(inspectionCode: $code, seq: $seq, input: $input) { seq status resolvedOn progressOn progressNote version
    progress { date status note login via report } } }`;

type Err = { message: string; extensions: { code: string; field?: string; currentVersion?: number } };
async function run(query: string, variables: Record<string, unknown>, viewer: Viewer | null) {
  const r = await t.execute(query, variables, viewer);
  return { data: r.data as Record<string, Record<string, unknown>> | null | undefined, errors: r.errors as Err[] | undefined };
}
const codeOf = (r: { errors?: Err[] }) => r.errors?.[0]?.extensions.code;
const fieldOf = (r: { errors?: Err[] }) => r.errors?.[0]?.extensions.field;
const report = (status: string, date: string, note: string, version?: number) => ({ status, date, note, ...(version === undefined ? {} : { version }) });

/** Everything a refused report must leave as it was. */
const snapshot = () =>
  t.sql(`select (select count(*) from audit_entry)::int as a, (select sum(version) from recommendation)::int as v,
    (select string_agg(status || coalesce(resolved_on::text, '') || coalesce(progress_note, ''), ',' order by id) from recommendation) as s`);

/** Overdue at a date city-wide, from the rollups (by: []) and from the records (by: [UNIT]), and the overdue list's total. */
async function overdue(asOf: string) {
  const r = await t.execute(`query($d: String!) {
    total: openRecommendations(filter: {fromYear: 2024, toYear: 2024}, by: [], asOf: $d) { open overdue }
    byUnit: openRecommendations(filter: {fromYear: 2024, toYear: 2024}, by: [UNIT], asOf: $d) { overdue unit { code } }
    recommendations(filter: {overdueOn: $d}) { totalCount nodes { inspection { code } seq } } }`, { d: asOf });
  const d = r.data as {
    total: { open: number; overdue: number }[]; byUnit: { overdue: number; unit: { code: string } }[];
    recommendations: { totalCount: number; nodes: { inspection: { code: string }; seq: number }[] };
  };
  const byUnit = d.byUnit.reduce((n, x) => n + x.overdue, 0);
  expect(byUnit).toBe(d.total[0].overdue);
  expect(d.recommendations.totalCount).toBe(d.total[0].overdue);
  return { open: d.total[0].open, overdue: d.total[0].overdue, list: d.recommendations.nodes.map((n) => `${n.inspection.code}/${n.seq}`).sort() };
}

describe('who may report remediation (nothing written on refusal)', () => {
  it('anonymous: UNAUTHENTICATED; LEADER, ANALYST: FORBIDDEN; a unit officer outside its unit, or without one: FORBIDDEN, unknown ones alike', async () => {
    const before = await snapshot();
    const ok = report('IN_PROGRESS', '2024-07-01', 'Đã họp');
    expect(codeOf(await run(UPDATE, { code: 'I1', seq: 1, input: ok }, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await run(UPDATE, { code: 'I1', seq: 1, input: ok }, lead))).toBe('FORBIDDEN');
    expect(codeOf(await run(UPDATE, { code: 'I1', seq: 1, input: ok }, an))).toBe('FORBIDDEN');
    const outside = await run(UPDATE, { code: 'I1', seq: 1, input: ok }, off3);
    expect(codeOf(outside)).toBe('FORBIDDEN');
    expect(outside.errors![0].message).toContain('I1/1');
    expect(codeOf(await run(UPDATE, { code: 'I1', seq: 1, input: ok }, offNone))).toBe('FORBIDDEN');
    // unknown and outside look the same to a scoped user
    const unknown = await run(UPDATE, { code: 'NOPE', seq: 1, input: ok }, off);
    expect(codeOf(unknown)).toBe('FORBIDDEN');
    expect(codeOf(await run(UPDATE, { code: 'I3', seq: 1, input: ok }, insp))).toBe('FORBIDDEN');
    // for the whole city an unknown one is an input problem naming seq
    const adminUnknown = await run(UPDATE, { code: 'I1', seq: 9, input: ok }, admin);
    expect([codeOf(adminUnknown), fieldOf(adminUnknown)]).toEqual(['BAD_USER_INPUT', 'seq']);
    expect(await snapshot()).toEqual(before);
  });

  it('bad input names the field: no note, a date before the inspection or in the future, an unknown status', async () => {
    const before = await snapshot();
    const noNote = await run(UPDATE, { code: 'I1', seq: 1, input: report('RESOLVED', '2024-08-15', '   ') }, off);
    expect([codeOf(noNote), fieldOf(noNote)]).toEqual(['BAD_USER_INPUT', 'input.note']);
    const early = await run(UPDATE, { code: 'I1', seq: 1, input: report('RESOLVED', '2024-02-28', 'Xong') }, off);
    expect([codeOf(early), fieldOf(early)]).toEqual(['BAD_USER_INPUT', 'input.date']);
    expect(early.errors![0].message).toContain('before the inspection (2024-03-01)');
    const future = await run(UPDATE, { code: 'I1', seq: 1, input: report('RESOLVED', '2999-01-01', 'Xong') }, off);
    expect([codeOf(future), fieldOf(future)]).toEqual(['BAD_USER_INPUT', 'input.date']);
    expect(codeOf(await run(UPDATE, { code: 'I1', seq: 1, input: report('DONE', '2024-08-15', 'Xong') }, off))).toBe('BAD_USER_INPUT');
    const unknown = await run(UPDATE, { code: 'I1', seq: 1, input: report('UNKNOWN', '2024-08-15', 'Xong') }, off);
    expect([codeOf(unknown), fieldOf(unknown)]).toEqual(['BAD_USER_INPUT', 'input.status']);
    expect(codeOf(await run(UPDATE, { code: 'I1', seq: 1, input: report('RESOLVED', '31/02/2024', 'Xong') }, off))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });
});

describe('a unit officer remedies a recommendation', () => {
  it('in progress, then resolved: audited, each step in the history with date, note and who; the overdue count moves by exactly that one, from its date on', async () => {
    const startOverdue = await overdue('2024-09-01');
    expect(startOverdue).toEqual({ open: 3, overdue: 2, list: ['I1/1', 'I3/1'] });
    const audits = async () => (await t.sql<{ n: number }>(`select count(*)::int as n from audit_entry where record_type = 'RECOMMENDATION' and record_key = 'I1/1' and actor = 'off' and via = 'api'`))[0].n;

    const a = await run(UPDATE, { code: 'I1', seq: 1, input: report('IN_PROGRESS', '01/07/2024', '  Đã họp Ban chỉ đạo  ') }, off);
    expect(a.errors).toBeUndefined();
    expect(a.data!.updateRecommendationProgress).toMatchObject({ status: 'IN_PROGRESS', resolvedOn: null, progressOn: '2024-07-01', progressNote: 'Đã họp Ban chỉ đạo', version: 2 });
    expect(await audits()).toBe(1);
    // in progress is still open: nothing moves
    expect(await overdue('2024-09-01')).toEqual(startOverdue);

    // a report dated before the previous one is refused
    const back = await run(UPDATE, { code: 'I1', seq: 1, input: report('RESOLVED', '2024-06-30', 'Xong') }, off);
    expect([codeOf(back), fieldOf(back)]).toEqual(['BAD_USER_INPUT', 'input.date']);
    // a stale version is refused with the current one
    const stale = await run(UPDATE, { code: 'I1', seq: 1, input: report('RESOLVED', '2024-08-15', 'Xong', 1) }, off);
    expect([codeOf(stale), stale.errors![0].extensions.currentVersion]).toEqual(['CONFLICT', 2]);

    const b = await run(UPDATE, { code: 'I1', seq: 1, input: report('RESOLVED', '2024-08-15', 'Đã ban hành quyết định kiện toàn', 2) }, off);
    expect(b.errors).toBeUndefined();
    const r = b.data!.updateRecommendationProgress;
    expect(r).toMatchObject({ status: 'RESOLVED', resolvedOn: '2024-08-15', version: 3 });
    expect(r.progress).toEqual([
      { date: null, status: 'OPEN', note: null, login: 'test', via: 'import', report: false },
      { date: '2024-07-01', status: 'IN_PROGRESS', note: 'Đã họp Ban chỉ đạo', login: 'off', via: 'api', report: true },
      { date: '2024-08-15', status: 'RESOLVED', note: 'Đã ban hành quyết định kiện toàn', login: 'off', via: 'api', report: true },
    ]);
    expect(await audits()).toBe(2);

    // closed from its date on, still open before it
    expect(await overdue('2024-08-14')).toEqual(startOverdue);
    expect(await overdue('2024-08-15')).toEqual({ open: 2, overdue: 1, list: ['I3/1'] });
    expect(await overdue('2024-09-01')).toEqual({ open: 2, overdue: 1, list: ['I3/1'] });

    // the audit trail says it too (ADMIN reads it)
    const log = await t.execute(`{ auditLog(filter: {recordType: RECOMMENDATION, recordKey: "I1/1"}) { nodes { login via action changes { field after } } } }`, {}, admin);
    const nodes = (log.data as { auditLog: { nodes: { login: string; action: string; changes: { field: string; after: unknown }[] }[] } }).auditLog.nodes;
    expect(nodes[0]).toMatchObject({ login: 'off', action: 'UPDATE' });
    expect(nodes[0].changes.filter((c) => c.field !== 'progress_at').sort((x, y) => x.field.localeCompare(y.field))).toEqual([
      { field: 'progress_note', after: 'Đã ban hành quyết định kiện toàn' }, { field: 'progress_on', after: '2024-08-15' },
      { field: 'resolved_on', after: '2024-08-15' }, { field: 'status', after: 'RESOLVED' },
    ]);
  });

  it('the history is readable in lists, anonymous readers do not see who', async () => {
    const q = `{ recommendations(filter: {inspectionCode: "I1"}) { nodes { seq progress { status login } } } }`;
    const signedIn = (await t.execute(q, {}, off)).data as { recommendations: { nodes: { seq: number; progress: { status: string; login: string | null }[] }[] } };
    expect(signedIn.recommendations.nodes.find((n) => n.seq === 1)!.progress.map((p) => `${p.status} ${p.login}`)).toEqual(['OPEN test', 'IN_PROGRESS off', 'RESOLVED off']);
    expect(signedIn.recommendations.nodes.find((n) => n.seq === 2)!.progress.map((p) => p.status)).toEqual(['OPEN']);
    const anonymous = (await t.execute(q, {}, null)).data as typeof signedIn;
    expect(anonymous.recommendations.nodes.find((n) => n.seq === 1)!.progress.map((p) => p.login)).toEqual([null, null, null]);
  });

  it('a RESOLVED one is reopened only by an ADMIN (it reopens it at every past date); an INSPECTOR in scope may report', async () => {
    const before = await snapshot();
    const reopen = await run(UPDATE, { code: 'I1', seq: 1, input: report('IN_PROGRESS', '2024-09-01', 'Chưa đạt') }, off);
    expect(codeOf(reopen)).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
    const byAdmin = await run(UPDATE, { code: 'I1', seq: 1, input: report('IN_PROGRESS', '2024-09-01', 'Kiểm tra lại: chưa đạt') }, admin);
    expect(byAdmin.data!.updateRecommendationProgress).toMatchObject({ status: 'IN_PROGRESS', resolvedOn: null });
    expect(await overdue('2024-09-01')).toEqual({ open: 3, overdue: 2, list: ['I1/1', 'I3/1'] });

    const byInspector = await run(UPDATE, { code: 'I1', seq: 2, input: report('IN_PROGRESS', '2024-09-02', 'Đang niêm yết') }, insp);
    expect(byInspector.data!.updateRecommendationProgress).toMatchObject({ status: 'IN_PROGRESS', progressOn: '2024-09-02' });
  });

  it('a recommendation of an inspection not yet approved is not remedied: CONFLICT for its author, unknown (FORBIDDEN) to others', async () => {
    const created = await t.execute(
      `mutation($input: InspectionInput!) { createInspection(input: $input) { code } }`,
      { input: { unitCode: 'W1', date: '2024-10-01', team: 'Đoàn 1', kind: 'PERIODIC', findings: [{ requirementCode: 'R3', result: 'PARTIAL' }], recommendations: [{ text: 'Bổ sung hồ sơ' }] } },
      insp,
    );
    const code = (created.data as { createInspection: { code: string } }).createInspection.code;
    const before = await snapshot();
    const r = await run(UPDATE, { code, seq: 1, input: report('RESOLVED', '2024-10-02', 'Đã bổ sung') }, insp);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toContain('DRAFT');
    // to the unit officer the draft does not exist: the same answer as an unknown one
    expect(codeOf(await run(UPDATE, { code, seq: 1, input: report('RESOLVED', '2024-10-02', 'Đã bổ sung') }, off))).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });
});
