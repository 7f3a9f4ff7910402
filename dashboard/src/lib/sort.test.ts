import { describe, expect, it } from 'vitest';
import { compareValues, nextSort, sortRows } from './sort';

describe('sortRows', () => {
  const rows = [
    { name: 'Thanh Khê', rate: 0.933 },
    { name: 'Hải Châu', rate: 0.1 },
    { name: 'Ủy ban', rate: null },
    { name: 'Cẩm Lệ', rate: 1.2345 },
    { name: 'Hòa Vang', rate: 0.1 },
  ];
  const v = (r: (typeof rows)[number], col: number) => (col === 0 ? r.name : r.rate);

  it('sorts numbers on their values, empty last in both directions, ties in the table order', () => {
    expect(sortRows(rows, { col: 1, dir: 'ascending' }, v).map((r) => r.name)).toEqual(['Hải Châu', 'Hòa Vang', 'Thanh Khê', 'Cẩm Lệ', 'Ủy ban']);
    expect(sortRows(rows, { col: 1, dir: 'descending' }, v).map((r) => r.name)).toEqual(['Cẩm Lệ', 'Thanh Khê', 'Hải Châu', 'Hòa Vang', 'Ủy ban']);
  });

  it('sorts names in Vietnamese order (Ư after U, Đ after D)', () => {
    const names = ['Ủy ban', 'Đông', 'Dương', 'Uông', 'Ư', 'An'].map((name) => ({ name, rate: 0 }));
    expect(sortRows(names, { col: 0, dir: 'ascending' }, v).map((r) => r.name)).toEqual(['An', 'Dương', 'Đông', 'Uông', 'Ủy ban', 'Ư']);
  });

  it('keeps the table order without a column, and numeric year labels as numbers', () => {
    expect(sortRows(rows, { col: null, dir: 'ascending' }, v)).toEqual(rows);
    expect(compareValues('2019', '2100', 'ascending')).toBeLessThan(0);
    expect(compareValues('9', '10', 'ascending')).toBeLessThan(0);
  });

  it('a new column sorts ascending, the same column flips', () => {
    expect(nextSort({ col: null, dir: 'ascending' }, 2)).toEqual({ col: 2, dir: 'ascending' });
    expect(nextSort({ col: 2, dir: 'ascending' }, 2)).toEqual({ col: 2, dir: 'descending' });
    expect(nextSort({ col: 2, dir: 'descending' }, 2)).toEqual({ col: 2, dir: 'ascending' });
  });
});
