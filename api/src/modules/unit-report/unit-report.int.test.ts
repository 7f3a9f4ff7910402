import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import type { Viewer } from '../auth/viewer.js';
import { inputFields } from '../records/inputs.js';
import { modelRecord } from '../model/model.record.js';
import { planRecord } from '../plan/plan.record.js';

/**
 * A unit's annual plan and "Dân vận khéo" models through GraphQL (SPEC §6.1, §4 plan rate, §6.4):
 *
 *   C Thành phố ─┬─ D1 Quận Một ─┬─ W1 Phường Một
 *                │               └─ W2 Phường Hai (ended 30/06/2020)
 *                └─ D2 Quận Hai ─── W3 Phường Ba
 *
 * Plan rate 2024 (every kind but CITY; W2 is gone): D1, D2, W1, W3 in scope, none with a plan →
 * 0 of 4; once `off` (UNIT_OFFICER of W1) submits W1's plan → 1 of 4 (25 %).
 */
let t: TestDb;
const v = (login: string, role: Viewer['role'], scopeRoots: string[] = []): Viewer => ({ login, name: null, role, scopeRoots });
const off = v('off', 'UNIT_OFFICER', ['W1']);
const offD1 = v('offd1', 'UNIT_OFFICER', ['D1']);
const insp = v('insp', 'INSPECTOR', ['D1']);
const lead = v('lead', 'LEADER');
const admin = v('root', 'ADMIN');

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
  });
});
afterAll(() => t?.close());

const PLAN = `mutation($input: AnnualPlanInput!, $version: Int) { submitAnnualPlan(input: $input, version: $version) { year issuedOn documentNumber version unit { code } source { title } } }`;
const MODEL = `mutation($input: ModelInput!) { submitModel(input: $input) { year title field level unit { code } source { title } } }`;

type Err = { message: string; extensions: { code: string; field?: string; currentVersion?: number } };
async function run(query: string, variables: Record<string, unknown>, viewer: Viewer | null) {
  const r = await t.execute(query, variables, viewer);
  return { data: r.data as Record<string, Record<string, unknown>> | null | undefined, errors: r.errors as Err[] | undefined };
}
const codeOf = (r: { errors?: Err[] }) => r.errors?.[0]?.extensions.code;
const fieldOf = (r: { errors?: Err[] }) => r.errors?.[0]?.extensions.field;
const snapshot = () => t.sql(`select (select count(*) from audit_entry)::int as a, (select count(*) from annual_plan)::int as p, (select count(*) from model)::int as m,
  (select coalesce(sum(version), 0) from annual_plan)::int as v`);
const plan = { unitCode: 'W1', year: 2024, issuedOn: '15/01/2024', documentNumber: '05/KH-UBND' };
const model = { unitCode: 'W1', year: 2024, title: 'Dân vận khéo trong chỉnh trang đô thị', field: 'Đô thị', level: 'Cấp quận' };

async function planRate2024() {
  const r = await t.execute(`{ planRate(filter: {fromYear: 2024, toYear: 2024}, by: []) { unitsInScope unitsWithPlan } }`);
  return (r.data as { planRate: { unitsInScope: number; unitsWithPlan: number }[] }).planRate[0];
}

describe('the inputs', () => {
  it('have the fields the record declarations give', async () => {
    const r = await t.execute(`{ p: __type(name: "AnnualPlanInput") { inputFields { name } } m: __type(name: "ModelInput") { inputFields { name } } }`);
    const names = (x: unknown) => (x as { inputFields: { name: string }[] }).inputFields.map((f) => f.name).sort();
    const data = r.data as Record<string, unknown>;
    expect(names(data.p)).toEqual(inputFields(planRecord).map((f) => f.name).sort());
    expect(names(data.m)).toEqual(inputFields(modelRecord).map((f) => f.name).sort());
  });
});

describe('who may submit (nothing written on refusal)', () => {
  it('anonymous: UNAUTHENTICATED; INSPECTOR, LEADER: FORBIDDEN; a unit officer for another unit, or an unknown one: FORBIDDEN', async () => {
    const before = await snapshot();
    expect(codeOf(await run(PLAN, { input: plan }, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await run(PLAN, { input: plan }, insp))).toBe('FORBIDDEN');
    expect(codeOf(await run(MODEL, { input: model }, lead))).toBe('FORBIDDEN');
    expect(codeOf(await run(PLAN, { input: { ...plan, unitCode: 'W3' } }, off))).toBe('FORBIDDEN');
    expect(codeOf(await run(PLAN, { input: { ...plan, unitCode: 'D1' } }, off))).toBe('FORBIDDEN');
    expect(codeOf(await run(MODEL, { input: { ...model, unitCode: 'NOPE' } }, off))).toBe('FORBIDDEN');
    const unknown = await run(PLAN, { input: { ...plan, unitCode: 'NOPE' } }, admin);
    expect([codeOf(unknown), fieldOf(unknown)]).toEqual(['BAD_USER_INPUT', 'input.unitCode']);
    expect(await snapshot()).toEqual(before);
  });

  it('bad input names the field: no number, a date in the future or far from the year, a year the unit did not exist, a model without title', async () => {
    const before = await snapshot();
    const noNumber = await run(PLAN, { input: { ...plan, documentNumber: '  ' } }, off);
    expect([codeOf(noNumber), fieldOf(noNumber)]).toEqual(['BAD_USER_INPUT', 'input.documentNumber']);
    const future = await run(PLAN, { input: { ...plan, year: 2030, issuedOn: '2030-01-01' } }, off);
    expect([codeOf(future), fieldOf(future)]).toEqual(['BAD_USER_INPUT', 'input.issuedOn']);
    const far = await run(PLAN, { input: { ...plan, issuedOn: '2021-01-01' } }, off);
    expect([codeOf(far), fieldOf(far)]).toEqual(['BAD_USER_INPUT', 'input.issuedOn']);
    // W2 ended in 2020: the declaration's rule, through the gateway
    const gone = await run(PLAN, { input: { ...plan, unitCode: 'W2' } }, offD1);
    expect([codeOf(gone), fieldOf(gone)]).toEqual(['BAD_USER_INPUT', 'input.year']);
    expect(gone.errors![0].message).toContain('did not exist in 2024');
    const noTitle = await run(MODEL, { input: { ...model, title: '' } }, off);
    expect([codeOf(noTitle), fieldOf(noTitle)]).toEqual(['BAD_USER_INPUT', 'input.title']);
    const later = await run(MODEL, { input: { ...model, year: 2099 } }, off);
    expect([codeOf(later), fieldOf(later)]).toEqual(['BAD_USER_INPUT', 'input.year']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a unit officer submits the plan and a model', () => {
  it('the plan counts at once (0 → 1 of 4), is audited with its source, and is replaced only with the version read', async () => {
    expect(await planRate2024()).toEqual({ unitsInScope: 4, unitsWithPlan: 0 });
    const r = await run(PLAN, { input: plan }, off);
    expect(r.errors).toBeUndefined();
    expect(r.data!.submitAnnualPlan).toEqual({
      year: 2024, issuedOn: '2024-01-15', documentNumber: '05/KH-UBND', version: 1, unit: { code: 'W1' }, source: { title: 'Báo cáo của đơn vị nhập trên QCDC Hub' },
    });
    expect(await planRate2024()).toEqual({ unitsInScope: 4, unitsWithPlan: 1 });
    const audit = await t.sql<{ actor: string; via: string; action: string; after: Record<string, unknown> }>(`select actor, via, action, after from audit_entry where record_type = 'PLAN' and record_key = 'W1/2024'`);
    expect(audit).toEqual([{ actor: 'off', via: 'api', action: 'CREATE', after: expect.objectContaining({ document_number: '05/KH-UBND', issued_on: '2024-01-15' }) }]);

    const before = await snapshot();
    const again = await run(PLAN, { input: { ...plan, documentNumber: '07/KH-UBND' } }, off);
    expect([codeOf(again), again.errors?.[0].extensions.currentVersion]).toEqual(['CONFLICT', 1]);
    const stale = await run(PLAN, { input: { ...plan, documentNumber: '07/KH-UBND' }, version: 5 }, off);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
    const replaced = await run(PLAN, { input: { ...plan, documentNumber: '07/KH-UBND' }, version: 1 }, off);
    expect(replaced.data!.submitAnnualPlan).toMatchObject({ documentNumber: '07/KH-UBND', version: 2 });
    expect(await planRate2024()).toEqual({ unitsInScope: 4, unitsWithPlan: 1 });
  });

  it('a model is recorded once per title, audited', async () => {
    const r = await run(MODEL, { input: model }, off);
    expect(r.errors).toBeUndefined();
    expect(r.data!.submitModel).toMatchObject({ year: 2024, title: model.title, field: 'Đô thị', level: 'Cấp quận', unit: { code: 'W1' } });
    const before = await snapshot();
    expect(codeOf(await run(MODEL, { input: { ...model, title: `  ${model.title} ` } }, off))).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
    const [audit] = await t.sql<{ actor: string; action: string }>(`select actor, action from audit_entry where record_type = 'MODEL' and record_key = ?`, [`W1/2024/${model.title}`]);
    expect(audit).toEqual({ actor: 'off', action: 'CREATE' });
    // an ADMIN may submit for any unit
    expect((await run(MODEL, { input: { ...model, unitCode: 'W3' } }, admin)).errors).toBeUndefined();
  });
});
