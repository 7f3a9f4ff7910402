import { describe, expect, it } from 'vitest';
import { firstList, flatten, queryColumns } from './query-table.js';
import { readLang } from './table.js';

describe('a GraphQL result as rows', () => {
  it('finds the first list: a plain list, the nodes of a connection, or the nodes behind edges', () => {
    expect(firstList({ coverage: [{ a: 1 }] })).toEqual({ path: 'coverage', rows: [{ a: 1 }] });
    expect(firstList({ units: { totalCount: 2, nodes: [{ code: 'A' }, { code: 'B' }] } })).toEqual({ path: 'units.nodes', rows: [{ code: 'A' }, { code: 'B' }] });
    expect(firstList({ units: { edges: [{ node: { code: 'A' } }] } })).toEqual({ path: 'units.edges', rows: [{ code: 'A' }] });
    expect(firstList({ unit: { code: 'A' } })).toBeNull();
  });

  it('flattens nested objects to dotted columns; lists of scalars joined with ";", lists of objects as JSON', () => {
    expect(flatten({ code: 'W1', parent: { code: 'D1', parent: null }, tags: ['a', 'b'], findings: [{ result: 'COMPLIANT' }] })).toEqual({
      code: 'W1',
      'parent.code': 'D1',
      'parent.parent': null,
      tags: 'a;b',
      findings: '[{"result":"COMPLIANT"}]',
    });
  });

  it('columns: a null object is its dotted columns, not a column of its own; rates and scores are percentage cells', () => {
    const rows = [
      { district: null, unitsInScope: 2, rate: 0.5 },
      { district: { code: 'D1' }, unitsInScope: 3, rate: 1 / 3 },
    ].map((r) => flatten(r));
    expect(queryColumns(rows).map((c) => [c.key, c.kind])).toEqual([['unitsInScope', 'int'], ['rate', 'rate'], ['district.code', 'text']]);
    expect(queryColumns([flatten({ score: 0.17, planRate: 0.5, inspections: 1.5 })]).map((c) => c.kind)).toEqual(['rate', 'rate', 'number']);
  });

  it('header language: vi, or en/code; anything else is named', () => {
    expect(readLang(undefined, 'code')).toBe('code');
    expect(readLang('VI', 'code')).toBe('vi');
    expect(readLang('en', 'vi')).toBe('code');
    expect(() => readLang('fr', 'vi')).toThrow('headers must be "vi" or "en" (codes), got "fr"');
  });
});
