import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { awardStats } from '../analytics/award-stats.service.js';
import { withActor } from '../audit/actor.js';
import { resolveScope } from '../analytics/scope.js';
import { datasetTable } from '../export/datasets.js';
import type { Row as ExportRow } from '../export/table.js';
import { applyChanges, ChangesRefused } from './gateway.js';
import { fromInput } from './inputs.js';
import { RECORDS } from './registry.js';
import { toChange, type Problem } from './validate.js';
import { ReadScope } from '../scope/read-scope.js';

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(() => t?.close());

describe('every declaration matches its entity and its table', () => {
  it('each stored field, parent and computed key is a column of the entity and of the migrated table', async () => {
    const entities = Object.values(t.db.orm.getMetadata().getAll());
    for (const d of RECORDS) {
      const entity = entities.find((e) => e.tableName === d.table && !e.pivotTable);
      expect(entity, d.table).toBeDefined();
      const entityColumns = new Set(Object.values(entity!.properties).flatMap((p) => p.fieldNames ?? []));
      const tableColumns = new Set(
        (await t.sql<{ c: string }>(`select column_name as c from information_schema.columns where table_schema = current_schema() and table_name = ?`, [d.table])).map((r) => r.c),
      );
      const wanted = [
        ...d.fields.filter((f) => f.column !== null).map((f) => f.column!),
        ...(d.parent ? [d.parent.column] : []),
        ...(d.conflict?.computed ? [d.conflict.computed.column] : []),
        ...(d.source ? ['source_id'] : []),
        ...(d.internal ?? []).map((f) => f.column),
      ];
      for (const c of wanted) {
        expect(entityColumns.has(c), `${d.table}.${c} on the entity`).toBe(true);
        expect(tableColumns.has(c), `${d.table}.${c} in the database`).toBe(true);
      }
      // and nothing the entity stores is forgotten by the declaration (ids and the audit columns aside)
      const ignored = new Set(['id', 'created_at', 'updated_at', 'version']);
      for (const c of entityColumns) if (!ignored.has(c)) expect(wanted, `${d.table}.${c} is declared`).toContain(c);
    }
  });
});

describe('the gateway', () => {
  it('takes API input changes, names the input field of every problem and writes nothing', async () => {
    await t.load({ units: [{ code: 'W1', name: 'Phường Một', kind: 'WARD', valid_to: '2020-06-30' }] });
    const problems: Problem[] = [];
    const source = () => ({ kind: 'REPORT' as const, title: 'Nhập qua API', url: null, publisher: null, publishedOn: null });
    const changes = [
      toChange('inspections', fromInput({ code: 'A1', unitCode: 'NOPE', date: '2019-01-01', team: 'Đoàn 1', kind: 'PERIODIC' }), { input: 'input[0]' }, source as never, problems)!,
      toChange('inspections', fromInput({ code: 'A2', unitCode: 'W1', date: '2021-01-05', team: 'Đoàn 1', kind: 'PERIODIC' }), { input: 'input[1]' }, source as never, problems)!,
    ];
    const before = await t.sql('select count(*)::int as n from inspection');
    const refused = await applyChanges(t.em(), changes, { login: 'test' }, 'api').catch((e) => e);
    expect(refused).toBeInstanceOf(ChangesRefused);
    expect((refused as ChangesRefused).problems).toEqual([
      { field: 'input[0].unitCode', message: 'unknown unit code "NOPE"' },
      { field: 'input[1].date', message: 'inspection dated 2021-01-05 is outside the validity of unit W1 (… → 2020-06-30)' },
    ]);
    expect(await t.sql('select count(*)::int as n from inspection')).toEqual(before);
  });
});

describe('one rule for the years of an award decision (awardStats and the awards export)', () => {
  /**
   * D1 receives three awards:
   *   A  881/QĐ-UBND of 2021-03-01            → year 2021
   *   B  no number or date, period 2015–2020  → every year 2015–2020
   *   C  no number or date, period_from 2018, no period_to (the checks refuse such a row today; the
   *      database allows it, so it is written here directly) → 2018, as a one-year period
   */
  beforeAll(async () => {
    await t.load({
      units: [{ code: 'D1', name: 'Quận Một', kind: 'DISTRICT' }],
      awards: [
        { decision_number: '881/QĐ-UBND', decision_date: '2021-03-01', issuer: 'Chủ tịch UBND', kind: 'BANG_KHEN', recipient_code: 'D1' },
        { decision_number: '', decision_date: '', issuer: 'Chủ tịch UBND', kind: 'BANG_KHEN', recipient_code: 'D1', period_from: '2015', period_to: '2020' },
      ],
    });
    await withActor(t.em(), { login: 'test' }, 'import', async (sql) => {
      await sql(`insert into award_decision (issuer, kind, period_from) values ('Chủ tịch UBND', 'GIAY_KHEN', 2018)`);
      await sql(`insert into award (decision_id, recipient_id) select d.id, u.id from award_decision d, unit u where d.period_to is null and d.period_from = 2018 and u.code = 'D1'`);
    });
  });

  const counted = async (y: number) => {
    const scope = await resolveScope(new ReadScope(t.sql, null), { fromYear: y, toYear: y, unitKinds: ['DISTRICT'] } as never);
    return (await awardStats(t.sql, scope, []))[0].awards;
  };
  const exported = async (y: number) => {
    const table = await datasetTable(t.sql, 'awards', { fromYear: y, toYear: y });
    const rows: ExportRow[] = [];
    for await (const b of table.batches) rows.push(...b);
    return rows.map((r) => `${r.kind} ${r.decision_number ?? '-'} ${r.period_from ?? ''}-${r.period_to ?? ''}`);
  };

  it('2018: B and C', async () => {
    expect(await counted(2018)).toBe(2);
    expect(await exported(2018)).toEqual(['BANG_KHEN - 2015-2020', 'GIAY_KHEN - 2018-']);
  });
  it('2019: B only (C is a 2018 period)', async () => {
    expect(await counted(2019)).toBe(1);
    expect(await exported(2019)).toEqual(['BANG_KHEN - 2015-2020']);
  });
  it('2021: A only', async () => {
    expect(await counted(2021)).toBe(1);
    expect(await exported(2021)).toEqual(['BANG_KHEN 881/QĐ-UBND -']);
  });
});

describe('a new field on inspections is one declaration plus a migration', () => {
  it('appears in import, export and the input fields', async () => {
    const { inspectionRecord } = await import('../inspection/inspection.record.js');
    const { inputFields } = await import('./inputs.js');
    const { text } = await import('./record.js');
    // the migration
    await t.sql('alter table inspection add column venue text');
    // the declaration (undone below)
    inspectionRecord.fields.push(text('venue', { vi: 'Địa điểm', en: 'Venue' }));
    try {
      await t.load({ units: [{ code: 'N1', name: 'Phường Mới', kind: 'WARD' }] });
      const rows = [{ code: 'V1', unit_code: 'N1', date: '2022-04-05', team: 'Đoàn 5', kind: 'THEMATIC', venue: 'Hội trường phường' }];
      expect((await t.load({ inspections: rows })).inspections).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect(await t.sql(`select venue from inspection where code = 'V1'`)).toEqual([{ venue: 'Hội trường phường' }]);
      // export: the column after the declared ones, with its Vietnamese header
      const table = await datasetTable(t.sql, 'inspections', { fromYear: 2022, toYear: 2022 });
      expect(table.columns.map((c) => c.code).slice(0, 9)).toEqual(['code', 'unit_code', 'date', 'team', 'leader', 'kind', 'rating', 'conclusion', 'venue']);
      expect(table.columns[8].vi).toBe('Địa điểm');
      const exported: ExportRow[] = [];
      for await (const b of table.batches) exported.push(...b);
      expect(exported.map((r) => [r.code, r.venue])).toEqual([['V1', 'Hội trường phường']]);
      // the same row again changes nothing; a new venue is an update
      expect((await t.load({ inspections: rows })).inspections).toEqual({ created: 0, updated: 0, unchanged: 1 });
      const moved = await t.load({ inspections: [{ ...rows[0], venue: 'Nhà văn hóa' }] });
      expect(moved.inspections).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect(inputFields(inspectionRecord, ['code']).map((f) => `${f.name}: ${f.type}`)).toContain('venue: String');
    } finally {
      inspectionRecord.fields.pop();
    }
  });
});
