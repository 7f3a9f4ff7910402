import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import type { SheetName } from '../interchange/sheets.js';
import { withActor } from './actor.js';

/**
 * The audit triggers (migration AuditTrail) on a fixture small enough to count by hand:
 *   units D1 (DISTRICT), W1 (WARD, parent D1); requirement R1 of framework ND04;
 *   inspection I1 of W1 by team "Đoàn 1" with finding I1/R1 COMPLIANT and recommendation I1/1.
 * Every row takes its provenance from one default source ("REPORT: Tệp nhập: test fixture").
 * One import → 9 CREATE entries: SOURCE 1, UNIT 2, FRAMEWORK 1, REQUIREMENT 1, TEAM 1, INSPECTION 1,
 * FINDING 1, RECOMMENDATION 1.
 */
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'D1', name: 'Quận Một', kind: 'DISTRICT' },
    { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
  ],
  requirements: [{ framework_code: 'ND04', code: 'R1', title: 'Công khai', category: 'PUBLICIZE' }],
  inspections: [{ code: 'I1', unit_code: 'W1', date: '2020-05-10', team: 'Đoàn 1', kind: 'PERIODIC' }],
  findings: [{ inspection_code: 'I1', requirement_code: 'R1', result: 'COMPLIANT' }],
  recommendations: [{ inspection_code: 'I1', seq: '1', text: 'Niêm yết công khai', status: 'OPEN' }],
};

interface Entry {
  id: string;
  actor: string;
  via: string;
  record_type: string;
  record_key: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

let t: TestDb;
const entries = () => t.sql<Entry>('select * from audit_entry order by id');
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

beforeAll(async () => {
  t = await testDatabase();
});
afterAll(() => t?.close());

describe('audit trail', () => {
  it('an import writes one CREATE per record, by its actor via import, after values with codes and without noise', async () => {
    await t.load(fixture);
    const all = await entries();
    expect(all.map((e) => `${e.action} ${e.record_type} ${e.record_key}`).sort()).toEqual([
      'CREATE FINDING I1/R1',
      'CREATE FRAMEWORK ND04',
      'CREATE INSPECTION I1',
      'CREATE RECOMMENDATION I1/1',
      'CREATE REQUIREMENT R1',
      'CREATE SOURCE REPORT/Tệp nhập: test fixture',
      'CREATE TEAM Đoàn 1',
      'CREATE UNIT D1',
      'CREATE UNIT W1',
    ]);
    expect(new Set(all.map((e) => `${e.actor} ${e.via}`))).toEqual(new Set(['test import']));
    // W1 was inserted, then linked to its parent in the same import: one entry, holding the link
    const w1 = all.find((e) => e.record_key === 'W1')!;
    expect(w1.before).toBeNull();
    expect(w1.after).toEqual({
      code: 'W1', name: 'Phường Một', name_en: null, kind: 'WARD', valid_from: null, valid_to: null,
      parent_code: 'D1', source: 'REPORT: Tệp nhập: test fixture',
    });
    expect(all.find((e) => e.record_type === 'FINDING')!.after).toEqual({ inspection_code: 'I1', requirement_code: 'R1', result: 'COMPLIANT', note: null });
    const [v] = await t.sql<{ version: number }>(`select version from unit where code = 'W1'`);
    expect(v.version).toBe(1);
  });

  it('re-importing the same rows writes no entry and bumps no version', async () => {
    const before = (await entries()).length;
    await t.load(fixture);
    expect((await entries()).length).toBe(before);
    const versions = await t.sql<{ v: number }>(`select version as v from unit union all select version from inspection union all select version from finding`);
    expect(versions.map((r) => r.v)).toEqual([1, 1, 1, 1]);
  });

  it('changing one cell writes exactly one UPDATE with that field before and after, and bumps the version by 1', async () => {
    const before = (await entries()).length;
    const [old] = await t.sql<{ updated_at: Date; created_at: Date }>(`select updated_at, created_at from finding`);
    await t.load({ ...fixture, findings: [{ inspection_code: 'I1', requirement_code: 'R1', result: 'PARTIAL' }] });
    const added = (await entries()).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ action: 'UPDATE', record_type: 'FINDING', record_key: 'I1/R1', actor: 'test', via: 'import' });
    const changed = Object.keys(added[0].after!).filter((k) => JSON.stringify(added[0].after![k]) !== JSON.stringify(added[0].before![k]));
    expect(changed).toEqual(['result']);
    expect([added[0].before!.result, added[0].after!.result]).toEqual(['COMPLIANT', 'PARTIAL']);
    const [now] = await t.sql<{ version: number; updated_at: Date; created_at: Date }>(`select version, updated_at, created_at from finding`);
    expect(now.version).toBe(2);
    const ms = (d: Date | string) => new Date(d).getTime();
    expect(ms(now.created_at)).toBe(ms(old.created_at));
    expect(ms(now.updated_at)).toBeGreaterThan(ms(old.updated_at));
    const [insp] = await t.sql<{ version: number }>(`select version from inspection`);
    expect(insp.version).toBe(1);
  });

  it('an UPDATE statement that changes nothing writes no entry, whatever the writer', async () => {
    const before = (await entries()).length;
    const changed = await withActor(t.em(), { login: 'cli' }, 'cli', (sql) => sql(`update unit set name = name returning code`));
    expect(changed).toEqual([]);
    expect((await entries()).length).toBe(before);
  });

  it('a delete is audited with the values before', async () => {
    await withActor(t.em(), { login: 'cli' }, 'cli', (sql) => sql(`delete from recommendation where seq = 1`));
    const [last] = (await entries()).slice(-1);
    expect(last).toMatchObject({ action: 'DELETE', record_type: 'RECOMMENDATION', record_key: 'I1/1', after: null, via: 'cli' });
    expect(last.before).toMatchObject({ inspection_code: 'I1', seq: 1, text: 'Niêm yết công khai', status: 'OPEN' });
  });

  it('a write without an actor is refused and leaves nothing behind', async () => {
    const before = (await entries()).length;
    expect(await refusal(t.sql(`insert into framework (code, title) values ('X', 'X')`))).toMatch(/refused: INSERT on framework without an actor/);
    expect(await refusal(t.sql(`update unit set name = 'Khác' where code = 'D1'`))).toMatch(/refused: UPDATE on unit without an actor/);
    expect(await refusal(t.sql(`delete from finding`))).toMatch(/refused: DELETE on finding without an actor/);
    expect(await refusal(t.sql(`truncate annual_plan`))).toMatch(/refused: TRUNCATE on annual_plan/);
    expect((await t.sql<{ n: number }>(`select count(*)::int as n from framework where code = 'X'`))[0].n).toBe(0);
    expect((await t.sql<{ name: string }>(`select name from unit where code = 'D1'`))[0].name).toBe('Quận Một');
    expect((await t.sql<{ n: number }>(`select count(*)::int as n from finding`))[0].n).toBe(1);
    expect((await entries()).length).toBe(before);
  });

  it('the actor is transaction-local: the next transaction on the same connection has none', async () => {
    await withActor(t.em(), { login: 'an.nv' }, 'form', (sql) => sql(`update unit set name_en = 'Ward One' where code = 'W1'`));
    const [last] = (await entries()).slice(-1);
    expect(last).toMatchObject({ actor: 'an.nv', via: 'form', record_key: 'W1', before: expect.objectContaining({ name_en: null }), after: expect.objectContaining({ name_en: 'Ward One' }) });
    expect(await refusal(t.sql(`update unit set name_en = null where code = 'W1'`))).toMatch(/without an actor/);
  });

  it('entries cannot be changed, deleted or truncated, not even by an actor', async () => {
    const n = (await entries()).length;
    expect(await refusal(t.sql(`update audit_entry set actor = 'someone else'`))).toMatch(/audit entries cannot be changed or deleted \(UPDATE/);
    expect(await refusal(t.sql(`delete from audit_entry`))).toMatch(/cannot be changed or deleted \(DELETE/);
    expect(await refusal(t.sql(`truncate audit_entry`))).toMatch(/cannot be changed or deleted \(TRUNCATE/);
    expect(await refusal(withActor(t.em(), { login: 'cli' }, 'cli', (sql) => sql(`update audit_entry set after = null`)))).toMatch(/cannot be changed/);
    expect(await refusal(withActor(t.em(), { login: 'cli' }, 'cli', (sql) => sql(`delete from audit_entry where id = 1`)))).toMatch(/cannot be changed/);
    expect((await entries()).length).toBe(n);
    expect((await entries()).every((e) => e.actor !== 'someone else')).toBe(true);
  });

  it('every column of every record table is in its audit (a new column needs its audit functions re-created)', async () => {
    const cols = await t.sql<{ table_name: string; column_name: string; src: string | null }>(
      `select c.table_name, c.column_name, p.prosrc as src from information_schema.columns c
       join pg_trigger g on g.tgname = c.table_name || '_audit_ins' and g.tgrelid = c.table_name::regclass
       left join pg_proc p on p.oid = g.tgfoid
       where c.table_schema = current_schema() and c.column_name not in ('id', 'created_at', 'updated_at', 'version')`,
    );
    // the 14 of migration AuditTrail and boundary (issue 13.6)
    expect(new Set(cols.map((c) => c.table_name)).size).toBe(15);
    const missing = cols.filter((c) => !new RegExp(`\\bn\\.${c.column_name}\\b`).test(c.src ?? '')).map((c) => `${c.table_name}.${c.column_name}`);
    expect(missing).toEqual([]);
  });
});
