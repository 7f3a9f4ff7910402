import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { importTables } from '../interchange/importer.js';
import type { SheetName } from '../interchange/sheets.js';

/**
 * auditLog on a fixture counted by hand. First import (the test loader: "test" via import), 9 entries:
 *   SOURCE "REPORT/Tệp nhập: test fixture", UNIT D1, UNIT W1, FRAMEWORK ND04, REQUIREMENT R1,
 *   TEAM "Đoàn 1", INSPECTION I1, FINDING I1/R1, PLAN W1/2020.
 * Second import by "an.nv" via api changes finding I1/R1 COMPLIANT → PARTIAL: entry 10, an UPDATE.
 * So I1 with its children has 3 entries (newest first: the UPDATE of I1/R1, then I1/R1 and I1 created);
 * W1 with its children 2 (W1, W1/2020); an.nv made 1.
 */
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'D1', name: 'Quận Một', kind: 'DISTRICT' },
    { code: 'W1', name: 'Phường Một', kind: 'WARD', parent_code: 'D1' },
  ],
  requirements: [{ framework_code: 'ND04', code: 'R1', title: 'Công khai', category: 'PUBLICIZE' }],
  inspections: [{ code: 'I1', unit_code: 'W1', date: '2020-05-10', team: 'Đoàn 1', kind: 'PERIODIC' }],
  findings: [{ inspection_code: 'I1', requirement_code: 'R1', result: 'COMPLIANT' }],
  plans: [{ unit_code: 'W1', year: '2020', issued_on: '2020-01-15' }],
};

const LOG = `query ($filter: AuditFilter, $page: PageInput) {
  auditLog(filter: $filter, page: $page) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id at login via recordType recordKey action before after changedFields changes { field before after } }
  }
}`;
interface Node {
  id: string;
  at: string;
  login: string;
  via: string;
  recordType: string;
  recordKey: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedFields: string[];
  changes: { field: string; before: unknown; after: unknown }[];
}
interface Log {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Node[];
}

let t: TestDb;
async function log(filter: Record<string, unknown> | null, page?: Record<string, unknown>): Promise<Log> {
  const res = await (await t.app()).execute(LOG, { filter, page });
  expect(res.errors).toBeUndefined();
  return (res.data as { auditLog: Log }).auditLog;
}
const label = (n: Node) => `${n.action} ${n.recordType} ${n.recordKey}`;

beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  await importTables(t.em(), { findings: [{ inspection_code: 'I1', requirement_code: 'R1', result: 'PARTIAL' }] }, 'test fixture', {
    actor: { login: 'an.nv' }, via: 'api',
  });
});
afterAll(() => t?.close());

describe('auditLog', () => {
  it('lists every entry newest first, with who, via and the changed fields', async () => {
    const all = await log(null);
    expect(all.totalCount).toBe(10);
    expect(label(all.nodes[0])).toBe('UPDATE FINDING I1/R1');
    expect(all.nodes[0]).toMatchObject({ login: 'an.nv', via: 'api', changedFields: ['result'], changes: [{ field: 'result', before: 'COMPLIANT', after: 'PARTIAL' }] });
    expect(all.nodes.slice(1).every((n) => n.action === 'CREATE' && n.login === 'test' && n.via === 'import')).toBe(true);
    const ids = all.nodes.map((n) => Number(n.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const plan = all.nodes.find((n) => n.recordType === 'PLAN')!;
    expect(plan.recordKey).toBe('W1/2020');
    expect(plan.before).toBeNull();
    // a creation lists the fields given a value
    expect(plan.changedFields.sort()).toEqual(['issued_on', 'source', 'unit_code', 'year']);
    expect(new Date(plan.at).getTime()).toBeGreaterThan(Date.now() - 3_600_000);
  });

  it('a record with its children: an inspection with its findings, a unit with its plans', async () => {
    expect((await log({ recordType: 'INSPECTION', recordKey: 'I1', includeChildren: true })).nodes.map(label)).toEqual([
      'UPDATE FINDING I1/R1', 'CREATE FINDING I1/R1', 'CREATE INSPECTION I1',
    ]);
    expect((await log({ recordType: 'INSPECTION', recordKey: 'I1' })).nodes.map(label)).toEqual(['CREATE INSPECTION I1']);
    expect((await log({ recordType: 'UNIT', recordKey: 'W1', includeChildren: true })).nodes.map(label)).toEqual(['CREATE PLAN W1/2020', 'CREATE UNIT W1']);
    expect((await log({ recordType: 'FINDING' })).totalCount).toBe(2);
  });

  it('filters by login and by day (Vietnam time)', async () => {
    expect((await log({ login: 'an.nv' })).nodes.map(label)).toEqual(['UPDATE FINDING I1/R1']);
    expect((await log({ login: 'nobody' })).totalCount).toBe(0);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect((await log({ from: today, to: today })).totalCount).toBe(10);
    expect((await log({ to: '2020-01-01' })).totalCount).toBe(0);
    expect((await log({ from: '2099-01-01' })).totalCount).toBe(0);
  });

  it('pages with cursors, without overlap', async () => {
    const first = await log(null, { first: 4 });
    expect(first.nodes).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await log(null, { first: 4, after: first.pageInfo.endCursor });
    const third = await log(null, { first: 4, after: second.pageInfo.endCursor });
    expect(third.nodes).toHaveLength(2);
    expect(third.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.nodes, ...second.nodes, ...third.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(10);
  });

  it('names the bad argument', async () => {
    const res = await (await t.app()).execute(LOG, { filter: { from: '31/02/2021x' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/^filter\.from/);
    const res2 = await (await t.app()).execute(LOG, { filter: { includeChildren: true } });
    expect(res2.errors?.[0].message).toMatch(/^filter\.includeChildren/);
  });

  it('records expose their version and timestamps', async () => {
    const res = await (await t.app()).execute(`{ inspection(code: "I1") { version createdAt updatedAt findings { result version } } }`);
    expect(res.errors).toBeUndefined();
    const i = (res.data as { inspection: { version: number; createdAt: string; updatedAt: string; findings: { result: string; version: number }[] } }).inspection;
    expect(i.version).toBe(1);
    expect(i.findings).toEqual([{ result: 'PARTIAL', version: 2 }]);
    expect(i.createdAt).toBe(i.updatedAt);
  });
});
