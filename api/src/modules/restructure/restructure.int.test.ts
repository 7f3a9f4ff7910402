import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * Restructurings through GraphQL (issue 10) on a fixture drawn here:
 *
 *   C Thành phố ─┬─ D1 Quận Một ─┬─ W1 Phường Một (from 2015)   I1 01/03/2024: R COMPLIANT
 *                │               ├─ W2 Phường Hai (from 2015)   I2 01/05/2024: R NON_COMPLIANT
 *                │               └─ W4 Phường Bốn (2015 – 30/6/2020)
 *                └─ D2 Quận Hai ─── W3 Phường Ba                 I3 01/06/2024 (a DRAFT: never counted)
 *
 * Every kind but CITY is in the city's scope: D1 D2 W1 W2 W3 (W4 ended before 2024).
 */
let t: TestDb;
const admin: Viewer = { login: 'ad', name: null, role: 'ADMIN', scopeRoots: [] };
const leader: Viewer = { login: 'lead', name: null, role: 'LEADER', scopeRoots: [] };

beforeAll(async () => {
  t = await testDatabase();
  await t.load({
    units: [
      { code: 'C', name: 'Thành phố', kind: 'CITY' },
      { code: 'D1', name: 'Quận Một', kind: 'DISTRICT', parent_code: 'C', valid_from: '2015-01-01' },
      { code: 'D2', name: 'Quận Hai', kind: 'DISTRICT', parent_code: 'C', valid_from: '2015-01-01' },
      { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1', valid_from: '2015-01-01' },
      { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D1', valid_from: '2015-01-01' },
      { code: 'W4', name: 'Phường Bốn', kind: 'WARD', parent_code: 'D1', valid_from: '2015-01-01', valid_to: '2020-06-30' },
      { code: 'W3', name: 'Phường Ba', kind: 'WARD', parent_code: 'D2', valid_from: '2015-01-01' },
    ],
    requirements: [{ framework_code: 'L10', code: 'R', title: 'Công khai', category: 'PUBLICIZE', valid_from: '2015-01-01' }],
    inspections: [
      { code: 'I1', unit_code: 'W1', date: '2024-03-01', team: 'Đoàn 1', kind: 'PERIODIC' },
      { code: 'I2', unit_code: 'W2', date: '2024-05-01', team: 'Đoàn 1', kind: 'PERIODIC' },
    ],
    findings: [
      { inspection_code: 'I1', requirement_code: 'R', result: 'COMPLIANT' },
      { inspection_code: 'I2', requirement_code: 'R', result: 'NON_COMPLIANT' },
    ],
  });
  const draft = await t.execute(
    `mutation($input: InspectionInput!) { createInspection(input: $input) { code } }`,
    { input: { code: 'I3', unitCode: 'W3', date: '2024-06-01', team: 'Đoàn 1', kind: 'PERIODIC', findings: [{ requirementCode: 'R', result: 'COMPLIANT' }] } },
    { login: 'insp', name: null, role: 'INSPECTOR', scopeRoots: [] },
  );
  expect(draft.errors).toBeUndefined();
});
afterAll(() => t?.close());

const FIG = 'unitCode unitName unitsInScope unitsInspected inspections rate compliant partial nonCompliant score';
const RESTRUCTURE = `mutation($input: RestructureInput!, $dryRun: Boolean) { restructureUnits(input: $input, dryRun: $dryRun) {
  dryRun fromYear toYear decision created ended renamed
  before { total { ${FIG} } units { ${FIG} } } after { total { ${FIG} } units { ${FIG} } } } }`;
const decision = { number: 'Nghị quyết 1/NQ-HĐND', date: '20/06/2025', issuer: 'HĐND thành phố' };
const merge = { kind: 'MERGE', date: '01/07/2025', fromUnits: ['W1', 'W2'], targets: [{ code: 'W12', name: 'Phường Một Hai', kind: 'WARD' }], decision };

type Err = { message: string; extensions: { code: string; field?: string; problems?: { field: string; message: string }[] } };
async function run(input: Record<string, unknown>, viewer: Viewer | null, dryRun = false) {
  const r = await t.execute(RESTRUCTURE, { input, dryRun }, viewer);
  return { data: (r.data as { restructureUnits: Record<string, unknown> } | null)?.restructureUnits, errors: r.errors as Err[] | undefined };
}
async function snapshot() {
  return t.sql(`select (select count(*) from unit)::int as units, (select count(*) from lineage_event)::int as events, (select count(*) from audit_entry)::int as audit,
    (select string_agg(code || ':' || coalesce(to_char(valid_to, 'YYYY-MM-DD'), '-') || ':' || name, ',' order by code) from unit) as validity,
    (select string_agg(unit_id || '>' || successor_id, ',' order by unit_id) from unit_dim) as successors`);
}
/** CURRENT-structure coverage of the whole city over the preview's years, as the analytics answer it. */
async function cityCoverage(fromYear: number, toYear: number) {
  const r = await t.execute(`{ coverage(filter: {fromYear: ${fromYear}, toYear: ${toYear}, structure: CURRENT}, by: []) { unitsInScope unitsInspected inspections } }`);
  return (r.data as { coverage: Record<string, number>[] }).coverage[0];
}
const fields = (r: { errors?: Err[] }) => (r.errors?.[0]?.extensions.problems ?? []).map((p) => p.field).sort();

describe('restructureUnits refuses what cannot be, naming the field, writing nothing', () => {
  it('only an ADMIN', async () => {
    const before = await snapshot();
    expect((await run(merge, null, true)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await run(merge, leader)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it('unknown and ended units, a date before a unit existed, a unit into itself, a missing decision', async () => {
    const before = await snapshot();
    const unknown = await run({ ...merge, fromUnits: ['W1', 'NOPE'] }, admin);
    expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].extensions.field).toBe('input.fromUnits[1]');
    expect(unknown.errors?.[0].message).toMatch(/unknown unit code "NOPE"/);
    const ended = await run({ ...merge, fromUnits: ['W1', 'W4'] }, admin);
    expect(fields(ended)).toEqual(['input.fromUnits[1]']);
    expect(ended.errors?.[0].message).toMatch(/W4 is not active on 01\/07\/2025: it ended on 30\/06\/2020/);
    const early = await run({ ...merge, date: '2014-12-31' }, admin);
    expect(fields(early)).toEqual(['input.date', 'input.date']);
    const itself = await run({ ...merge, fromUnits: ['W1'], targets: [{ code: 'W1' }] }, admin);
    expect(fields(itself)).toEqual(['input.targets[0].code']);
    expect(itself.errors?.[0].message).toMatch(/into itself/);
    const noDecision = await run({ ...merge, decision: { number: ' ', date: '20/06/2025', issuer: '' }, targets: [{ code: 'W12' }] }, admin);
    expect(fields(noDecision)).toEqual(['input.decision.issuer', 'input.decision.number', 'input.targets[0].kind', 'input.targets[0].name']);
    const split = await run({ kind: 'SPLIT', date: '2025-07-01', fromUnits: ['W1', 'W2'], targets: [{ code: 'W3' }], decision }, admin);
    expect(fields(split)).toEqual(['input.fromUnits', 'input.targets']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a merge', () => {
  it('dry run: the preview is what CURRENT structure counts before and after, and nothing is written', async () => {
    const before = await snapshot();
    const r = await run(merge, admin, true);
    expect(r.errors).toBeUndefined();
    const d = r.data as { dryRun: boolean; fromYear: number; toYear: number; before: { total: Record<string, unknown>; units: Record<string, unknown>[] }; after: typeof r.data & { total: Record<string, unknown>; units: Record<string, unknown>[] } };
    expect(d.dryRun).toBe(true);
    expect(d.fromYear).toBe(2024);
    // W1 and W2 each under themselves; the draft I3 of W3 counts nowhere
    expect(d.before.units.map((u) => [u.unitCode, u.unitsInScope, u.unitsInspected, u.inspections, u.compliant, u.nonCompliant])).toEqual([
      ['W1', 1, 1, 1, 1, 0],
      ['W2', 1, 1, 1, 0, 1],
    ]);
    expect(d.after.units.map((u) => [u.unitCode, u.unitName, u.unitsInScope, u.unitsInspected, u.inspections, u.compliant, u.nonCompliant, u.score])).toEqual([
      ['W12', 'Phường Một Hai', 1, 1, 2, 1, 1, 0.5],
    ]);
    // the city: D1 D2 W1 W2 W3 before; D1 D2 W12 (W1 and W2 counted as it) W3 after
    expect([d.before.total.unitsInScope, d.before.total.unitsInspected, d.before.total.inspections]).toEqual([5, 2, 2]);
    expect([d.after.total.unitsInScope, d.after.total.unitsInspected, d.after.total.inspections]).toEqual([4, 1, 2]);
    expect(await cityCoverage(d.fromYear, d.toYear)).toEqual({ unitsInScope: 5, unitsInspected: 2, inspections: 2 });
    expect(await snapshot()).toEqual(before);
  });

  it('confirmed: units, the lineage event with its decision, audit entries, and the analytics agree with the preview', async () => {
    const auditBefore = (await snapshot())[0].audit as number;
    const r = await run(merge, admin);
    expect(r.errors).toBeUndefined();
    const d = r.data as { dryRun: boolean; toYear: number; decision: string; created: string[]; ended: string[]; after: { total: Record<string, number> } };
    expect(d).toMatchObject({ dryRun: false, decision: 'Nghị quyết 1/NQ-HĐND ngày 20/06/2025', created: ['W12'], ended: ['W1', 'W2'] });
    const units = await t.sql(`select u.code, to_char(u.valid_from, 'YYYY-MM-DD') as f, to_char(u.valid_to, 'YYYY-MM-DD') as t, p.code as parent from unit u left join unit p on p.id = u.parent_id where u.code in ('W1', 'W2', 'W12') order by u.code`);
    expect(units).toEqual([
      { code: 'W1', f: '2015-01-01', t: '2025-06-30', parent: 'D1' },
      { code: 'W12', f: '2025-07-01', t: null, parent: 'D1' },
      { code: 'W2', f: '2015-01-01', t: '2025-06-30', parent: 'D1' },
    ]);
    const [event] = await t.sql(`select to_char(e.date, 'YYYY-MM-DD') as date, e.type, e.decision, sd.kind, sd.publisher, to_char(sd.published_on, 'YYYY-MM-DD') as published
      from lineage_event e join source_document sd on sd.id = e.source_id`);
    expect(event).toEqual({ date: '2025-07-01', type: 'MERGE', decision: 'Nghị quyết 1/NQ-HĐND ngày 20/06/2025', kind: 'DECISION', publisher: 'HĐND thành phố', published: '2025-06-20' });
    const audit = await t.sql<{ record_type: string; record_key: string; action: string; actor: string }>(
      `select record_type, record_key, action, actor from audit_entry where id > (select min(id) - 1 + ? from audit_entry) and record_type in ('UNIT', 'LINEAGE_EVENT') order by record_type, record_key`,
      [auditBefore],
    );
    expect(audit.map((a) => `${a.record_type} ${a.record_key.split('|')[0]} ${a.action} ${a.actor}`)).toEqual([
      'LINEAGE_EVENT 2025-07-01 CREATE ad', 'UNIT W1 UPDATE ad', 'UNIT W12 CREATE ad', 'UNIT W2 UPDATE ad',
    ]);
    // the unit's own history reads it
    const h = await t.execute(`{ auditLog(filter: {recordType: UNIT, recordKey: "W1"}) { nodes { action via login } } }`, {}, admin);
    expect((h.data as { auditLog: { nodes: { action: string; via: string }[] } }).auditLog.nodes.map((n) => n.action)).toContain('UPDATE');
    expect(await cityCoverage(2024, d.toYear)).toEqual({ unitsInScope: d.after.total.unitsInScope, unitsInspected: d.after.total.unitsInspected, inspections: d.after.total.inspections });
    expect(d.after.total).toMatchObject({ unitsInScope: 4, unitsInspected: 1, inspections: 2 });
    // W1 is no longer active on the date: a second merge of it is refused
    expect(fields(await run(merge, admin, true))).toContain('input.fromUnits[0]');
  });
});

describe('rename, split, dissolve', () => {
  it('a rename in place changes the name only; a dissolution ends the unit and keeps its records under it', async () => {
    const r = await run({ kind: 'RENAME', date: '2025-08-01', fromUnits: ['W3'], targets: [{ code: 'W3', name: 'Phường Ba Mới' }], decision }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({ renamed: ['W3'], ended: [], created: [] });
    expect(await t.sql(`select name, valid_to from unit where code = 'W3'`)).toEqual([{ name: 'Phường Ba Mới', valid_to: null }]);
    const same = await run({ kind: 'RENAME', date: '2025-08-02', fromUnits: ['W3'], targets: [{ code: 'W3', name: 'Phường Ba Mới' }], decision }, admin, true);
    expect(fields(same)).toEqual(['input.targets[0].name']);
    const gone = await run({ kind: 'DISSOLVE', date: '2025-09-01', fromUnits: ['W12'], decision }, admin, true);
    expect(gone.errors).toBeUndefined();
    const g = gone.data as { after: { units: Record<string, unknown>[] } };
    expect(g.after.units.map((u) => [u.unitCode, u.inspections])).toEqual([['W12', 2]]);
  });

  it('a split: the first target is the main successor', async () => {
    const r = await run({
      kind: 'SPLIT', date: '2025-10-01', fromUnits: ['W12'],
      targets: [{ code: 'W12A', name: 'Phường A', kind: 'WARD' }, { code: 'W12B', name: 'Phường B', kind: 'WARD', parentCode: 'D2' }],
      decision,
    }, admin, true);
    expect(r.errors).toBeUndefined();
    const d = r.data as { created: string[]; after: { units: Record<string, unknown>[] } };
    expect(d.created).toEqual(['W12A', 'W12B']);
    expect(d.after.units.map((u) => [u.unitCode, u.inspections])).toEqual([['W12A', 2], ['W12B', 0]]);
  });
});
