import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import type { Viewer } from '../auth/viewer.js';
import { addUser, createToken } from '../auth/accounts.service.js';
import { datasetTable } from '../export/datasets.js';
import { inputFields } from '../records/inputs.js';
import { findingRecord } from './finding.record.js';
import { inspectionRecord } from './inspection.record.js';
import { recommendationRecord } from './recommendation.record.js';

/**
 * Recording, review and approval through GraphQL (SPEC §6.3) on a fixture drawn here:
 *
 *   C  Thành phố ─┬─ D1 Quận Một ─┬─ W1 Phường Một
 *                 │               └─ W2 Phường Hai (ended 30/6/2020)
 *                 └─ D2 Quận Hai ─── W3 Phường Ba
 *   Requirements: R1 (Decree 04, until 30/6/2023), R2 (Law 10, from 1/7/2023), R3 (always)
 *   I1: W1, 01/03/2024, imported (APPROVED), findings R2 COMPLIANT, R3 PARTIAL
 *
 * People: `insp` and `insp2` INSPECTOR of D1, `lead` LEADER of D1, `lead2` LEADER of D2, `an` ANALYST.
 */
let t: TestDb;
const v = (login: string, role: Viewer['role'], scopeRoots: string[] = []): Viewer => ({ login, name: null, role, scopeRoots });
const insp = v('insp', 'INSPECTOR', ['D1']);
const insp2 = v('insp2', 'INSPECTOR', ['D1']);
const lead = v('lead', 'LEADER', ['D1']);
const lead2 = v('lead2', 'LEADER', ['D2']);
const an = v('an', 'ANALYST');

beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    units: [
      { code: 'C', name: 'Thành phố', kind: 'CITY' },
      { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C' },
      { code: 'D2', name: 'Quận Hai', kind: 'DISTRICT', parent_code: 'C' },
      { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
      { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D1', valid_to: '2020-06-30' },
      { code: 'W3', name: 'Phường Ba', kind: 'WARD', parent_code: 'D2' },
    ],
    requirements: [
      { framework_code: 'ND04', code: 'R1', title: 'Công khai (NĐ 04)', category: 'PUBLICIZE', valid_from: '2015-01-01', valid_to: '2023-06-30' },
      { framework_code: 'L10', code: 'R2', title: 'Công khai (Luật 10)', category: 'PUBLICIZE', valid_from: '2023-07-01' },
      { framework_code: 'L10', code: 'R3', title: 'Ban chỉ đạo', category: 'ORGANIZATION', valid_from: '2015-01-01' },
    ],
    inspections: [{ code: 'I1', unit_code: 'W1', date: '2024-03-01', team: 'Đoàn 1', kind: 'PERIODIC' }],
    findings: [
      { inspection_code: 'I1', requirement_code: 'R2', result: 'COMPLIANT' },
      { inspection_code: 'I1', requirement_code: 'R3', result: 'PARTIAL' },
    ],
  });
});
afterAll(() => t?.close());

const FIELDS = 'code status version author returnReason reviewedBy unit { code } findings { requirement { code } result note } recommendations { seq text dueDate status }';
const CREATE = `mutation($input: InspectionInput!) { createInspection(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($code: String!, $version: Int!, $input: InspectionInput!) { updateInspection(code: $code, version: $version, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($code: String!) { submitInspection(code: $code) { ${FIELDS} } }`;
const APPROVE = `mutation($code: String!) { approveInspection(code: $code) { ${FIELDS} } }`;
const RETURN = `mutation($code: String!, $reason: String!) { returnInspection(code: $code, reason: $reason) { ${FIELDS} } }`;

type Err = { message: string; extensions: { code: string; field?: string; problems?: { field: string; message: string }[]; currentVersion?: number } };
async function run(query: string, variables: Record<string, unknown>, viewer: Viewer | null) {
  const r = await t.execute(query, variables, viewer);
  return { data: r.data as Record<string, Record<string, unknown>> | null | undefined, errors: r.errors as Err[] | undefined };
}
const byRequirement = (fs: unknown) => [...(fs as { requirement: { code: string } }[])].sort((a, b) => a.requirement.code.localeCompare(b.requirement.code));
const codeOf = (r: { errors?: Err[] }) => r.errors?.[0]?.extensions.code;

const visit = {
  unitCode: 'W1', date: '10/05/2024', team: 'Đoàn 1', kind: 'PERIODIC', leader: 'Trần Văn Lãnh',
  findings: [{ requirementCode: 'R2', result: 'COMPLIANT', note: 'niêm yết đủ' }, { requirementCode: 'R3', result: 'NON_COMPLIANT' }],
  recommendations: [{ text: 'Kiện toàn Ban chỉ đạo', dueDate: '2024-12-31' }],
};

/** What the city-wide figures of 2024 say (SPEC §4; answered from the rollups): only APPROVED inspections count. */
async function figures() {
  const r = await t.execute(`{ coverage(filter: {fromYear: 2024, toYear: 2024}, by: [YEAR]) { inspections unitsInspected }
    complianceSummary(filter: {fromYear: 2024, toYear: 2024}, by: []) { compliant partial nonCompliant } }`);
  const d = r.data as { coverage: { inspections: number; unitsInspected: number }[]; complianceSummary: { compliant: number; partial: number; nonCompliant: number }[] };
  return { ...d.coverage[0], ...d.complianceSummary[0] };
}
/** I1 alone: one inspection of W1, R2 COMPLIANT and R3 PARTIAL. */
const I1_ONLY = { inspections: 1, unitsInspected: 1, compliant: 1, partial: 1, nonCompliant: 0 };

/** Everything a refused write must leave as it was. */
async function snapshot() {
  return t.sql(`select (select count(*) from inspection)::int as i, (select count(*) from finding)::int as f, (select count(*) from recommendation)::int as r,
    (select count(*) from audit_entry)::int as a, (select coalesce(sum(version), 0) from inspection)::int as v`);
}

describe('the inputs of SPEC §6.3', () => {
  it('have the fields the record declarations give (plus the optional code)', async () => {
    const r = await t.execute(`{ __type(name: "InspectionInput") { inputFields { name } } f: __type(name: "FindingInput") { inputFields { name } } r: __type(name: "RecommendationInput") { inputFields { name } } }`);
    const names = (x: unknown) => (x as { inputFields: { name: string }[] }).inputFields.map((f) => f.name).sort();
    const data = r.data as Record<string, unknown>;
    expect(names(data.__type)).toEqual([...inputFields(inspectionRecord).map((f) => f.name), 'findings', 'recommendations'].sort());
    expect(names(data.f)).toEqual(inputFields(findingRecord, ['inspection_code']).map((f) => f.name).sort());
    expect(names(data.r)).toEqual(inputFields(recommendationRecord, ['inspection_code', 'seq']).map((f) => f.name).sort());
  });
});

describe('who may record (nothing written on refusal)', () => {
  it('anonymous: UNAUTHENTICATED; an ANALYST or a LEADER: FORBIDDEN; an INSPECTOR outside scope: FORBIDDEN naming the unit', async () => {
    const before = await snapshot();
    expect(codeOf(await run(CREATE, { input: visit }, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await run(CREATE, { input: visit }, an))).toBe('FORBIDDEN');
    expect(codeOf(await run(CREATE, { input: visit }, lead))).toBe('FORBIDDEN');
    const out = await run(CREATE, { input: { ...visit, unitCode: 'W3' } }, insp);
    expect(codeOf(out)).toBe('FORBIDDEN');
    expect(out.errors![0].message).toMatch(/W3 is outside your scope/);
    expect(await snapshot()).toEqual(before);
  });

  it('bad input: every problem named by its input field, nothing written', async () => {
    const before = await snapshot();
    const r = await run(CREATE, {
      input: {
        ...visit, unitCode: 'W2',
        findings: [{ requirementCode: 'R1', result: 'COMPLIANT' }, { requirementCode: 'NOPE', result: 'PARTIAL' }, { requirementCode: 'R1', result: 'PARTIAL' }],
        recommendations: [{ text: 'x', dueDate: '2024-01-01' }, { text: ' ' }],
      },
    }, insp);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('input.findings[2].requirementCode');
    expect(r.errors![0].extensions.problems!.map((p) => p.field)).toEqual(['input.findings[2].requirementCode', 'input.recommendations[1].text']);
    // the value checks passed for the rest: the checks against the database name their fields
    const r2 = await run(CREATE, { input: { ...visit, unitCode: 'W2', findings: [{ requirementCode: 'R1', result: 'COMPLIANT' }, { requirementCode: 'NOPE', result: 'PARTIAL' }], recommendations: [{ text: 'x', dueDate: '2024-01-01' }] } }, insp);
    expect(r2.errors![0].extensions.problems).toEqual([
      { field: 'input.date', message: 'inspection dated 2024-05-10 is outside the validity of unit W2 (… → 2020-06-30)' },
      { field: 'input.findings[0].requirementCode', message: 'requirement R1 is not valid on the inspection date 2024-05-10 (2015-01-01 → 2023-06-30)' },
      { field: 'input.findings[1].requirementCode', message: 'unknown requirement code "NOPE"' },
      { field: 'input.recommendations[0].dueDate', message: 'due_date 2024-01-01 is before the inspection (2024-05-10)' },
    ]);
    const r3 = await run(CREATE, { input: { ...visit, findings: [{ requirementCode: 'R1', result: 'COMPLIANT' }] } }, insp);
    expect(r3.errors![0].extensions.problems).toEqual([
      { field: 'input.findings[0].requirementCode', message: 'requirement R1 is not valid on the inspection date 2024-05-10 (2015-01-01 → 2023-06-30)' },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('draft → submitted → returned → fixed → approved', () => {
  let code: string;

  it('creates a DRAFT of its author, version 1, code assigned, audited as the author via the API', async () => {
    expect(await figures()).toEqual(I1_ONLY);
    const r = await run(CREATE, { input: visit }, insp);
    expect(r.errors).toBeUndefined();
    expect(await figures()).toEqual(I1_ONLY);
    const i = r.data!.createInspection;
    code = i.code as string;
    expect(i).toMatchObject({ code: 'KT-2024-W1-0001', status: 'DRAFT', version: 1, author: 'insp', returnReason: null, unit: { code: 'W1' } });
    expect(byRequirement(i.findings)).toEqual([
      { requirement: { code: 'R2' }, result: 'COMPLIANT', note: 'niêm yết đủ' },
      { requirement: { code: 'R3' }, result: 'NON_COMPLIANT', note: null },
    ]);
    expect(i.recommendations).toEqual([{ seq: 1, text: 'Kiện toàn Ban chỉ đạo', dueDate: '2024-12-31', status: 'OPEN' }]);
    const audit = await t.sql(`select actor, via, record_type, record_key, action, after->>'status' as status from audit_entry where record_key like 'KT-2024-W1-0001%' order by record_type <> 'INSPECTION', record_type, record_key`);
    expect(audit).toEqual([
      { actor: 'insp', via: 'api', record_type: 'INSPECTION', record_key: code, action: 'CREATE', status: 'DRAFT' },
      { actor: 'insp', via: 'api', record_type: 'FINDING', record_key: `${code}/R2`, action: 'CREATE', status: null },
      { actor: 'insp', via: 'api', record_type: 'FINDING', record_key: `${code}/R3`, action: 'CREATE', status: null },
      { actor: 'insp', via: 'api', record_type: 'RECOMMENDATION', record_key: `${code}/1`, action: 'CREATE', status: 'OPEN' },
    ]);
    // a second one on the same unit and year gets the next number
    const again = await run(`mutation($input: InspectionInput!) { createInspection(input: $input) { code } }`, { input: { ...visit, findings: [] } }, insp2);
    expect(again.data!.createInspection.code).toBe('KT-2024-W1-0002');
  });

  it('a draft is read by its author and ADMINs only: lists, totalCount, lookup by code, the unit\'s inspections, findings', async () => {
    const admin = v('boss', 'ADMIN');
    const sees = async (viewer: Viewer | null) => {
      const r = await t.execute(`query($code: String!) {
        inspections(filter: {fromYear: 2024, toYear: 2024}) { totalCount nodes { code } }
        findings(filter: {inspectionCode: $code}) { totalCount }
        inspection(code: $code) { code }
        unit(code: "W1") { inspections { code } }
      }`, { code }, viewer);
      expect(r.errors).toBeUndefined();
      const d = r.data as { inspections: { totalCount: number; nodes: { code: string }[] }; findings: { totalCount: number }; inspection: { code: string } | null; unit: { inspections: { code: string }[] } };
      return [d.inspections.totalCount, d.inspections.nodes.map((n) => n.code).sort().join(' '), d.findings.totalCount, d.inspection?.code ?? null, d.unit.inspections.map((i) => i.code).join(' ')];
    };
    const hidden = [1, 'I1', 0, null, 'I1'];
    const shown = [3, `I1 ${code} KT-2024-W1-0002`, 2, code, `I1 ${code} KT-2024-W1-0002`];
    expect(await sees(an)).toEqual(hidden);
    expect(await sees(lead)).toEqual(hidden);
    expect(await sees(null)).toEqual(hidden);
    // insp2's own draft (KT-2024-W1-0002) is not insp's
    expect(await sees(insp)).toEqual([2, `I1 ${code}`, 2, code, `I1 ${code}`]);
    expect(await sees(admin)).toEqual(shown);
  });

  it('only its author (or an ADMIN) edits it, with the version they read: a stale one is a CONFLICT showing the current version', async () => {
    const before = await snapshot();
    const edit = { ...visit, conclusion: 'Cơ bản đạt', findings: [{ requirementCode: 'R2', result: 'PARTIAL' }], recommendations: [] };
    expect(codeOf(await run(UPDATE, { code, version: 1, input: edit }, insp2))).toBe('FORBIDDEN');
    const stale = await run(UPDATE, { code, version: 0, input: edit }, insp);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions.currentVersion).toBe(1);
    expect(codeOf(await run(UPDATE, { code: 'KT-NOPE', version: 1, input: edit }, insp))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);

    const r = await run(UPDATE, { code, version: 1, input: edit }, insp);
    expect(r.errors).toBeUndefined();
    // the finding of R3 and the recommendation left out are deleted; one edit = one version
    expect(r.data!.updateInspection).toMatchObject({ version: 2, status: 'DRAFT', findings: [{ requirement: { code: 'R2' }, result: 'PARTIAL', note: null }], recommendations: [] });
    const audit = await t.sql(`select record_key, action from audit_entry where record_key like ? and id > ? order by id`, [`${code}%`, (before[0] as { a: number }).a]);
    expect(audit).toEqual(expect.arrayContaining([
      { record_key: `${code}/R3`, action: 'DELETE' },
      { record_key: `${code}/1`, action: 'DELETE' },
      { record_key: `${code}/R2`, action: 'UPDATE' },
      { record_key: code, action: 'UPDATE' },
    ]));
    // the version read before this edit is stale now
    expect(codeOf(await run(UPDATE, { code, version: 1, input: edit }, insp))).toBe('CONFLICT');
  });

  it('submits (author only, with findings); a submitted inspection is not edited or submitted again', async () => {
    const empty = await run(SUBMIT, { code: 'KT-2024-W1-0002' }, insp2);
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors![0].extensions.field).toBe('input.findings');
    expect(codeOf(await run(SUBMIT, { code }, insp2))).toBe('FORBIDDEN');
    const r = await run(SUBMIT, { code }, insp);
    expect(r.data!.submitInspection).toMatchObject({ status: 'SUBMITTED', version: 3 });
    // submitted: its reviewers (LEADER) read it too, an ANALYST still not
    const lookup = `query($code: String!) { inspection(code: $code) { code } inspections(filter: {fromYear: 2024, toYear: 2024}) { totalCount } }`;
    expect((await t.execute(lookup, { code }, lead)).data).toEqual({ inspection: { code }, inspections: { totalCount: 2 } });
    expect((await t.execute(lookup, { code }, an)).data).toEqual({ inspection: null, inspections: { totalCount: 1 } });
    expect(await figures()).toEqual(I1_ONLY);
    expect(codeOf(await run(SUBMIT, { code }, insp))).toBe('CONFLICT');
    expect(codeOf(await run(UPDATE, { code, version: 3, input: visit }, insp))).toBe('CONFLICT');
  });

  it('the review queue of a LEADER in scope lists it beside the unit\'s previous approved inspection', async () => {
    const q = `{ inspectionsToReview { code status submittedAt updatedAt previousInspection { code findings { requirement { code } result } } } }`;
    const queue = (await run(q, {}, lead)).data!.inspectionsToReview as unknown as { previousInspection: { findings: unknown } }[];
    expect(queue).toMatchObject([{ code, status: 'SUBMITTED', submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/), previousInspection: { code: 'I1' } }]);
    expect(byRequirement(queue[0].previousInspection.findings)).toEqual([{ requirement: { code: 'R2' }, result: 'COMPLIANT' }, { requirement: { code: 'R3' }, result: 'PARTIAL' }]);
    expect((await run(q, {}, lead2)).data!.inspectionsToReview).toEqual([]);
    expect(codeOf(await run(q, {}, insp))).toBe('FORBIDDEN');
    // `where` as on inspections (issue 11.3): the one in W1, none outside it; an unknown unit is named
    // (FORBIDDEN for a scoped reader, as an out-of-scope one is: existence is not told)
    const where = `query($w: InspectionWhere) { inspectionsToReview(where: $w) { code } }`;
    expect((await run(where, { w: { unitCode: { eq: 'W1' } } }, lead)).data!.inspectionsToReview).toEqual([{ code }]);
    expect((await run(where, { w: { or: [{ not: { unitCode: { eq: 'W1' } } }, { kind: { eq: 'THEMATIC' } }] } }, lead)).data!.inspectionsToReview).toEqual([]);
    const unknown = await run(where, { w: { unitCode: { in: ['W1', 'NOPE'] } } }, lead);
    expect(codeOf(unknown)).toBe('FORBIDDEN');
    expect(unknown.errors![0].message).toContain('NOPE');
  });

  it('is returned with a reason by a LEADER in scope (not by an inspector, another district\'s leader, or without a reason)', async () => {
    const before = await snapshot();
    expect(codeOf(await run(RETURN, { code, reason: 'x' }, insp))).toBe('FORBIDDEN');
    expect(codeOf(await run(RETURN, { code, reason: 'x' }, lead2))).toBe('FORBIDDEN');
    const blank = await run(RETURN, { code, reason: '  ' }, lead);
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].extensions.field).toBe('reason');
    expect(await snapshot()).toEqual(before);
    const r = await run(RETURN, { code, reason: 'Thiếu kết quả tiêu chí R3' }, lead);
    expect(r.data!.returnInspection).toMatchObject({ status: 'DRAFT', version: 4, returnReason: 'Thiếu kết quả tiêu chí R3', reviewedBy: 'lead' });
    expect(await figures()).toEqual(I1_ONLY);
    // the author sees it with the reason
    const mine = await run(`{ myPendingInspections { code status returnReason } }`, {}, insp);
    expect(mine.data!.myPendingInspections).toEqual([{ code, status: 'DRAFT', returnReason: 'Thiếu kết quả tiêu chí R3' }]);
    const mineWhere = `query($w: InspectionWhere) { myPendingInspections(where: $w) { code } }`;
    expect((await run(mineWhere, { w: { status: { eq: 'SUBMITTED' } } }, insp)).data!.myPendingInspections).toEqual([]);
    expect((await run(mineWhere, { w: { status: { in: ['DRAFT'] }, date: { gte: '2024-05-10', lt: '2024-05-11' } } }, insp)).data!.myPendingInspections).toEqual([{ code }]);
  });

  it('is fixed, resubmitted and approved; approving twice is a CONFLICT', async () => {
    const fixed = await run(UPDATE, { code, version: 4, input: { ...visit, findings: [{ requirementCode: 'R2', result: 'PARTIAL' }, { requirementCode: 'R3', result: 'COMPLIANT' }] } }, insp);
    expect(fixed.data!.updateInspection).toMatchObject({ version: 5, status: 'DRAFT' });
    await run(SUBMIT, { code }, insp);
    expect(codeOf(await run(APPROVE, { code }, insp))).toBe('FORBIDDEN');
    expect(await figures()).toEqual(I1_ONLY);
    const r = await run(APPROVE, { code }, lead);
    // approved: one more inspection (of W1, already inspected), findings R2 PARTIAL and R3 COMPLIANT
    expect(await figures()).toEqual({ inspections: 2, unitsInspected: 1, compliant: 2, partial: 2, nonCompliant: 0 });
    expect(r.data!.approveInspection).toMatchObject({ status: 'APPROVED', version: 7, reviewedBy: 'lead' });
    expect(codeOf(await run(APPROVE, { code }, lead))).toBe('CONFLICT');
    expect((await run(`{ myPendingInspections { code } }`, {}, insp)).data!.myPendingInspections).toEqual([]);
    const steps = await t.sql(`select actor, before->>'status' as "from", after->>'status' as "to" from audit_entry where record_key = ? and action = 'UPDATE' and before->>'status' is distinct from after->>'status' order by id`, [code]);
    expect(steps).toEqual([
      { actor: 'insp', from: 'DRAFT', to: 'SUBMITTED' },
      { actor: 'lead', from: 'SUBMITTED', to: 'DRAFT' },
      { actor: 'insp', from: 'DRAFT', to: 'SUBMITTED' },
      { actor: 'lead', from: 'SUBMITTED', to: 'APPROVED' },
    ]);
  });

  it('an import of the same rows leaves the review columns alone; imported inspections are APPROVED', async () => {
    await t.load({ inspections: [{ code: 'KT-2024-W1-0002', unit_code: 'W1', date: '2024-05-10', team: 'Đoàn 1', kind: 'THEMATIC' }, { code: 'I9', unit_code: 'W3', date: '2024-01-01', team: 'Đoàn 2', kind: 'PERIODIC' }] });
    expect(await t.sql(`select code, status, author, kind from inspection where code in ('KT-2024-W1-0002', 'I9') order by code`)).toEqual([
      { code: 'I9', status: 'APPROVED', author: null, kind: 'PERIODIC' },
      { code: 'KT-2024-W1-0002', status: 'DRAFT', author: 'insp2', kind: 'THEMATIC' },
    ]);
  });
});

describe('what counts (SPEC §6.3): APPROVED only, SUBMITTED too with includeProvisional, drafts never', () => {
  /**
   * Now in 2024: I1 and KT-2024-W1-0001 (approved) on W1; KT-2024-W1-0002 (a draft of insp2) on W1;
   * I9 (imported) on W3. insp2 submits a second visit of W1 (KT-2024-W1-0003, one NON_COMPLIANT finding).
   * Approved, D1: 2 inspections, 1 unit inspected, findings C 2, P 2, N 0. With the submitted one: 3, 1, N 1.
   */
  const q = (extra: string) => `{
    coverage(filter: {fromYear: 2024, toYear: 2024, withinUnit: "D1"${extra}}, by: [YEAR]) { inspections unitsInspected }
    byUnit: coverage(filter: {fromYear: 2024, toYear: 2024${extra}}, by: [UNIT]) { unit { code } inspections }
    complianceSummary(filter: {fromYear: 2024, toYear: 2024, withinUnit: "D1"${extra}}, by: []) { compliant partial nonCompliant }
    city: complianceSummary(filter: {fromYear: 2024, toYear: 2024${extra}}, by: []) { nonCompliant }
  }`;
  const read = async (extra = '') => (await t.execute(q(extra))).data as Record<string, unknown>;
  const approved = {
    coverage: [{ inspections: 2, unitsInspected: 1 }],
    byUnit: [{ unit: { code: 'W1' }, inspections: 2 }, { unit: { code: 'W3' }, inspections: 1 }],
    complianceSummary: [{ compliant: 2, partial: 2, nonCompliant: 0 }],
    city: [{ nonCompliant: 0 }],
  };

  it('a submitted inspection changes no figure, plain statements and rollups alike, until asked for provisional figures', async () => {
    const before = await read();
    const made = await run(`mutation($input: InspectionInput!) { createInspection(input: $input) { code } }`, {
      input: { ...visit, date: '2024-09-01', findings: [{ requirementCode: 'R2', result: 'NON_COMPLIANT' }], recommendations: [] },
    }, insp2);
    expect(made.data!.createInspection.code).toBe('KT-2024-W1-0003');
    expect(await read()).toEqual(before);
    await run(SUBMIT, { code: 'KT-2024-W1-0003' }, insp2);
    expect(await read()).toEqual(before);
    const inspected = (rows: unknown) => (rows as { inspections: number }[]).filter((r) => r.inspections > 0);
    expect({ ...before, byUnit: inspected(before.byUnit) }).toEqual(approved);
    const provisional = await read(', includeProvisional: true');
    expect(provisional.coverage).toEqual([{ inspections: 3, unitsInspected: 1 }]);
    expect(provisional.complianceSummary).toEqual([{ compliant: 2, partial: 2, nonCompliant: 1 }]);
    expect(provisional.city).toEqual([{ nonCompliant: 1 }]);
    expect(inspected(provisional.byUnit)).toEqual([{ unit: { code: 'W1' }, inspections: 3 }, { unit: { code: 'W3' }, inspections: 1 }]);
  });

  it('dataset exports hold approved inspections with their findings and recommendations only', async () => {
    const rows = async (sheet: 'inspections' | 'findings') => {
      const out: string[] = [];
      for await (const b of (await datasetTable(t.sql, sheet, { fromYear: 2024, toYear: 2024 })).batches) for (const r of b) out.push(String(r.code ?? r.inspection_code));
      return [...new Set(out)].sort();
    };
    expect(await rows('inspections')).toEqual(['I1', 'I9', 'KT-2024-W1-0001']);
    expect(await rows('findings')).toEqual(['I1', 'KT-2024-W1-0001']);
  });
});

describe('over HTTP', () => {
  it('the dashboard\'s forms are audited via=form; a token user\'s writes via=api', async () => {
    await addUser(t.sql, { login: 'hoa', role: 'INSPECTOR', scope: ['D2'], password: 'mật-khẩu-của-Hoa' });
    const { token } = await createToken(t.sql, 'hoa');
    const app = await t.app();
    await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const post = async (headers: Record<string, string>, date: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        body: JSON.stringify({ query: `mutation($input: InspectionInput!) { createInspection(input: $input) { code } }`, variables: { input: { ...visit, unitCode: 'W3', date, recommendations: [] } } }),
      });
      return ((await res.json()) as { data: { createInspection: { code: string } } }).data.createInspection.code;
    };
    const viaForm = await post({ 'x-qcdc-via': 'form' }, '2024-06-01');
    const viaApi = await post({}, '2024-06-02');
    expect(await t.sql(`select record_key, actor, via from audit_entry where record_type = 'INSPECTION' and record_key = any(?::text[]) order by record_key`, [[viaForm, viaApi]])).toEqual([
      { record_key: 'KT-2024-W3-0001', actor: 'hoa', via: 'form' },
      { record_key: 'KT-2024-W3-0002', actor: 'hoa', via: 'api' },
    ]);
  });
});
