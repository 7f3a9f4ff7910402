import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { seed } from '../seed/seed.service.js';

/** The acceptance checks of issue 14 on the seeded database (reference units and lineage, the founding record, DEMO data). */
let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await seed(t.em());
}, 300_000);
afterAll(() => t?.close());

const Q = `query ($asOf: Date!, $kinds: [UnitKind!]) {
  inspectionPriorities(asOf: $asOf, filter: { unitKinds: $kinds }, limit: 500) {
    unit { code } score predecessors inspections historyKnownFrom lastInspectionDate lastInspectionInherited
    lastInspection { code date unit { code } }
    district { code } districtFromPredecessors
    factors { points }
  }
}`;

async function rows(asOf: string, kinds?: string[]) {
  const res = await (await t.app()).execute(Q, { asOf, kinds });
  expect(res.errors).toBeUndefined();
  return (res.data as { inspectionPriorities: Record<string, any>[] }).inspectionPriorities;
}

describe('inspection planning on the seeded data', () => {
  it('Sở Kế hoạch và Đầu tư shows its 27/10/2021 inspection (the founding record) as its last, or a later one', async () => {
    const onFoundingDay = (await rows('2021-10-27', ['DEPARTMENT'])).find((r) => r.unit.code === 'S_KHDT')!;
    expect(onFoundingDay.lastInspection).toEqual({ code: 'KT-2021-S_KHDT-0001', date: '2021-10-27', unit: { code: 'S_KHDT' } });
    const before2025 = (await rows('2025-02-28', ['DEPARTMENT'])).find((r) => r.unit.code === 'S_KHDT')!;
    expect(before2025.lastInspectionDate >= '2021-10-27').toBe(true);
  });

  it('the 2025 Sở Tài chính inherits the history of Sở Kế hoạch và Đầu tư (and the old Sở Tài chính) merged into it', async () => {
    const [r] = (await rows('2025-12-31', ['DEPARTMENT'])).filter((x) => x.unit.code === 'S_TAICHINH_2025');
    const [n] = await t.sql<{ n: number; last: string }>(
      `select count(*)::int as n, max(i.date)::text as last from inspection i join unit u on u.id = i.unit_id
       where u.code in ('S_TAICHINH_2025', 'S_KHDT', 'S_TAICHINH_OLD') and i.date <= '2025-12-31'`,
    );
    expect(r.predecessors).toBeGreaterThanOrEqual(2);
    expect(r.inspections).toBe(n.n);
    expect(r.lastInspectionDate).toBe(n.last);
    expect(n.n).toBeGreaterThan(0);
  });

  it('a ward formed on 1/7/2025 from three wards (one itself merged on 1/1/2025 from two) counts the inspections of all five predecessors and keeps their district', async () => {
    const [r] = (await rows('2026-06-30', ['WARD'])).filter((x) => x.unit.code === 'N20493');
    const [n] = await t.sql<{ n: number; last: string | null }>(
      `select count(*)::int as n, max(i.date)::text as last from inspection i join unit u on u.id = i.unit_id
       where u.code in ('N20493', 'W20272', 'W20275', 'W20278-2025', 'W20278', 'W20281') and i.date <= '2026-06-30'`,
    );
    expect(r.predecessors).toBe(5);
    expect(r.inspections).toBe(n.n);
    expect(r.lastInspectionDate).toBe(n.last);
    expect(r.district).toEqual({ code: 'D493' });
    expect(r.districtFromPredecessors).toBe(true);
  });

  it('a commune formed from units outside the hub says its history before 1/7/2025 is unknown; the factors add up everywhere', async () => {
    const all = await rows('2026-06-30');
    const outside = all.find((x) => x.unit.code === 'N16653')!;
    expect(outside.historyKnownFrom).toBe('2025-07-01');
    expect(outside.predecessors).toBe(0);
    for (const r of all) expect(r.factors.reduce((s: number, f: { points: number }) => s + f.points, 0)).toBeCloseTo(r.score, 9);
  });
});
