import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { seed } from './seed.service.js';

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await seed(t.em());
});
afterAll(() => t?.close());

const FOUNDING = `{
  inspection(code: "KT-2021-S_KHDT-0001") {
    date leader kind isDemo
    unit { code name validTo }
    team { name }
    findings { result requirement { code } }
    recommendations { seq status isOpen(on: "2026-12-01") }
    source { kind title publisher publishedOn url isDemo }
  }
}`;

describe('seed: reference data, the founding record, DEMO data', () => {
  it('the founding inspection of SPEC §2: 27/10/2021, Đoàn kiểm tra số 2, led by Mai Thị Thu, at Sở Kế hoạch và Đầu tư, from the article', async () => {
    const res = await (await t.app()).execute(FOUNDING);
    expect(res.errors).toBeUndefined();
    const i = (res.data as { inspection: Record<string, any> }).inspection;
    expect(i.date).toBe('2021-10-27');
    expect(i.team.name).toBe('Đoàn kiểm tra số 2');
    expect(i.leader).toMatch(/^Mai Thị Thu/);
    expect(i.leader).toContain('Phó Trưởng Ban Dân vận Thành ủy');
    expect(i.unit).toEqual({ code: 'S_KHDT', name: 'Sở Kế hoạch và Đầu tư', validTo: '2025-02-28' });
    expect(i.isDemo).toBe(false);
    expect(i.source).toMatchObject({ kind: 'ARTICLE', publishedOn: '2021-10-29', url: null, isDemo: false });
    expect(i.source.title).toBe('Kiểm tra công tác thực hiện Quy chế dân chủ cơ sở tại Sở Kế hoạch và Đầu tư thành phố Đà Nẵng');
    // only what the article states: findings in place, one un-itemised matter to remedy; neither the
    // inspection's kind nor whether the matter was remedied (SPEC §5.2: empty kind, UNKNOWN, never open)
    expect(i.findings.every((f: { result: string }) => f.result === 'COMPLIANT')).toBe(true);
    expect(i.kind).toBeNull();
    expect(i.recommendations).toEqual([{ seq: 1, status: 'UNKNOWN', isOpen: false }]);
  });

  it('the 2015–2020 Bằng khen decision: number and date unknown (empty), 18 recipients, only S_KHDT from a real source', async () => {
    const rows = await t.sql<{ number: string | null; date: string | null; recipients: number; real: string[] }>(
      `select d.number, d.date, count(*)::int as recipients,
              array_agg(u.code) filter (where s.kind <> 'DEMO') as real
       from award_decision d join award a on a.decision_id = d.id join unit u on u.id = a.recipient_id
       join source_document s on s.id = a.source_id
       where d.period_from = 2015 and d.period_to = 2020 and d.kind = 'BANG_KHEN' and d.issuer = 'Chủ tịch UBND thành phố Đà Nẵng'
       group by d.id`,
    );
    expect(rows).toEqual([{ number: null, date: null, recipients: 18, real: ['S_KHDT'] }]);
  });

  it('every generated record is marked DEMO, and no DEMO inspection sits on the founding unit and date', async () => {
    const [row] = await t.sql<{ untraced: number; demo_on_founding: number }>(
      `select (select count(*) from inspection where source_id is null)::int
            + (select count(*) from unit where source_id is null)::int
            + (select count(*) from award where source_id is null)::int
            + (select count(*) from annual_plan where source_id is null)::int as untraced,
              (select count(*) from inspection i join unit u on u.id = i.unit_id join source_document s on s.id = i.source_id
               where u.code = 'S_KHDT' and i.date = '2021-10-27' and s.kind = 'DEMO')::int as demo_on_founding`,
    );
    expect(row).toEqual({ untraced: 0, demo_on_founding: 0 });
  });

  it('the current successor of Sở Kế hoạch và Đầu tư is today\'s Sở Tài chính', async () => {
    const [row] = await t.sql<{ code: string }>(
      `select s.code from unit u join unit_dim d on d.unit_id = u.id join unit s on s.id = d.successor_id where u.code = 'S_KHDT'`,
    );
    expect(row.code).toBe('S_TAICHINH_2025');
  });

  it('audits every seeded record once: a CREATE by cli via seed, in the seed\'s one transaction', async () => {
    const byType = await t.sql<{ record_type: string; action: string; actor: string; via: string; n: number; times: number }>(
      `select record_type, action, actor, via, count(*)::int as n, count(distinct at)::int as times from audit_entry group by 1, 2, 3, 4 order by 1, 2`,
    );
    expect(byType.every((r) => r.action === 'CREATE' && r.actor === 'cli' && r.via === 'seed' && r.times === 1)).toBe(true);
    const n = Object.fromEntries(byType.map((r) => [r.record_type, r.n]));
    // 191 units (the idempotence check below counts them too), each with one entry although parents are linked after insert
    expect(n.UNIT).toBe(191);
    for (const [type, table] of [['INSPECTION', 'inspection'], ['FINDING', 'finding'], ['AWARD', 'award'], ['PLAN', 'annual_plan'], ['LINEAGE_EVENT', 'lineage_event']]) {
      const [{ rows }] = await t.sql<{ rows: number }>(`select count(*)::int as rows from ${table}`);
      expect({ type, entries: n[type] }).toEqual({ type, entries: rows });
    }
    const [founding] = await t.sql<{ after: Record<string, unknown> }>(`select after from audit_entry where record_type = 'INSPECTION' and record_key = 'KT-2021-S_KHDT-0001'`);
    expect(founding.after).toMatchObject({ code: 'KT-2021-S_KHDT-0001', unit_code: 'S_KHDT', team: 'Đoàn kiểm tra số 2', date: '2021-10-27' });
  });

  it('is idempotent: seeding again creates and updates nothing', async () => {
    const [{ n: entries }] = await t.sql<{ n: number }>('select count(*)::int as n from audit_entry');
    const summary = await seed(t.em());
    // …and writes no audit entry
    expect((await t.sql<{ n: number }>('select count(*)::int as n from audit_entry'))[0].n).toBe(entries);
    for (const [sheet, counts] of Object.entries(summary)) {
      expect({ sheet, created: counts!.created, updated: counts!.updated }).toEqual({ sheet, created: 0, updated: 0 });
    }
    expect(summary.units!.unchanged).toBe(191);
  });
});
