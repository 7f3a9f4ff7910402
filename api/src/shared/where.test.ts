import { describe, expect, it } from 'vitest';
import { compileWhere, type WhereColumn, type WhereField } from './where.js';

const columns: Record<string, WhereColumn> = {
  code: { sql: 'x.code', type: 'text' },
  date: { sql: 'x.date', type: 'date' },
  rating: { sql: 'x.rating', type: 'enum', ascending: ['LOW', 'MID', 'HIGH'] },
  unit: { sql: '(select u.code from unit u where u.id = x.unit_id)', type: 'text', names: 'unit' },
};

describe('compileWhere (issue 11.3)', () => {
  it('one condition whose values are all parameters, in text order', () => {
    const c = compileWhere({ or: [{ code: { eq: "a' or 1=1 --" } }, { not: { rating: { gte: 'MID' }, date: { lt: '1/2/2020' } } }], unit: { notIn: ['U1'] } }, columns);
    expect(c.sql).toBe(
      '((x.code = ?::text) or (not coalesce(((x.rating = any(?::text[])) and (x.date < ?::date)), false))) and ' +
        '(((select u.code from unit u where u.id = x.unit_id) is null or (select u.code from unit u where u.id = x.unit_id) <> all(?::text[])))',
    );
    expect(c.params).toEqual(["a' or 1=1 --", ['MID', 'HIGH'], '2020-02-01', ['U1']]);
    expect(c.named).toEqual([{ names: 'unit', path: 'where.unit.notIn[0]', value: 'U1' }]);
  });

  it('a column with member compares ids once they are looked up (eq, in, notIn); isNull and contains keep sql', () => {
    const keyed: Record<string, WhereColumn> = {
      unit: { ...columns.unit, member: 'x.unit_id = any(?::int[])' },
      kind: { sql: '(select u.kind from unit u where u.id = x.unit_id)', type: 'enum', member: 'x.unit_id in (select u.id from unit u where u.kind = any(?::text[]))' },
    };
    const where = { unit: { eq: 'U1', notIn: ['U2', 'U3'], isNull: false }, kind: { in: ['WARD'] } };
    // before the lookup: the names, compared with sql
    const named = compileWhere(where, keyed);
    expect(named.params).toEqual(['U1', ['U2', 'U3'], ['WARD']]);
    expect(named.named.map((n) => n.path)).toEqual(['where.unit.eq', 'where.unit.notIn[0]', 'where.unit.notIn[1]']);
    const c = compileWhere(where, keyed, 'where', { 'where.unit.eq': 7, 'where.unit.notIn[0]': 8, 'where.unit.notIn[1]': 9 });
    expect(c.sql).toBe(
      '((x.unit_id = any(?::int[])) and (not coalesce(x.unit_id = any(?::int[]), false)) and ((select u.code from unit u where u.id = x.unit_id) is not null)) and ' +
        '(x.unit_id in (select u.id from unit u where u.kind = any(?::text[])))',
    );
    expect(c.params).toEqual([[7], [8, 9], ['WARD']]);
  });

  it('an instant column: eq and ranges compare the moment with the bounds of Vietnam days (an index serves them), in reads the day', () => {
    const at: Record<string, WhereColumn> = { at: { sql: "(e.at at time zone interval '+07:00')::date", type: 'date', instant: 'e.at' } };
    const c = compileWhere({ at: { eq: '2024-03-01', gt: '1/2/2024', lte: '2024-03-05', in: ['2024-03-01'] } }, at);
    expect(c.sql).toBe(
      "(e.at >= ?::timestamptz and e.at < (?::timestamptz + interval '1 day')) and (e.at >= (?::timestamptz + interval '1 day')) and " +
        "(e.at < (?::timestamptz + interval '1 day')) and ((e.at at time zone interval '+07:00')::date = any(?::date[]))",
    );
    expect(c.params).toEqual(['2024-03-01 00:00:00+07', '2024-03-01 00:00:00+07', '2024-02-01 00:00:00+07', '2024-03-05 00:00:00+07', ['2024-03-01']]);
  });

  it('a to-many link: some / every / none become exists over the linked rows, the link\'s own parameters first', () => {
    const links: Record<string, WhereField> = {
      units: { relation: true, from: 'link l', on: 'l.x_id = x.id and l.unit_id = any(?::int[])', params: [[1, 2]], columns: { code: columns.code } },
    };
    const c = compileWhere({ units: { some: { code: { eq: 'a' } }, every: { or: [] }, none: {} } }, links);
    expect(c.sql).toBe(
      '(exists (select 1 from link l where l.x_id = x.id and l.unit_id = any(?::int[]) and (x.code = ?::text))) and ' +
        '(not exists (select 1 from link l where l.x_id = x.id and l.unit_id = any(?::int[]) and not coalesce((false), false))) and ' +
        '(not exists (select 1 from link l where l.x_id = x.id and l.unit_id = any(?::int[]) and (true)))',
    );
    expect(c.params).toEqual([[1, 2], 'a', [1, 2], [1, 2]]);
    expect(() => compileWhere({ units: { any: {} } }, links)).toThrow('where.units.any: is not an operator of this field (some, every, none)');
  });

  it('empty objects and lists: {} and and: [] hold, or: [] does not', () => {
    expect(compileWhere({}, columns).sql).toBe('true');
    expect(compileWhere({ and: [] }, columns).sql).toBe('true');
    expect(compileWhere({ or: [] }, columns).sql).toBe('false');
  });

  it('ordered enumerations compare by their order', () => {
    const p = (op: string) => compileWhere({ rating: { [op]: 'MID' } }, columns).params[0];
    expect([p('lt'), p('lte'), p('gt'), p('gte')]).toEqual([['LOW'], ['LOW', 'MID'], ['HIGH'], ['MID', 'HIGH']]);
  });

  it('refuses, naming the path: a bad date, null, too deep, too many conditions', () => {
    expect(() => compileWhere({ or: [{}, { not: { date: { in: ['2020-01-01', '2020-02-30'] } } }] }, columns)).toThrow('where.or[1].not.date.in[1]: "2020-02-30" is not a date (use YYYY-MM-DD)');
    expect(() => compileWhere({ code: { eq: null } }, columns)).toThrow(/^where\.code\.eq: null is not a value/);
    expect(() => compileWhere({ not: { not: { not: { not: { not: {} } } } } }, columns)).toThrow(/^where\.not\.not\.not\.not\.not: nested more than 5 levels/);
    expect(() => compileWhere({ not: { not: { not: { not: {} } } } }, columns)).not.toThrow();
    const many = { or: Array.from({ length: 51 }, (_, i) => ({ code: { eq: `c${i}` } })) };
    expect(() => compileWhere(many, columns)).toThrow(/^where\.or\[50\]\.code\.eq: more than 50 conditions/);
    expect(() => compileWhere({ or: many.or.slice(0, 50) }, columns)).not.toThrow();
  });
});
