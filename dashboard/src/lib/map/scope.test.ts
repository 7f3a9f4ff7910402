import { describe, expect, it } from 'vitest';
import { scopeChanges, withScope } from './scope';

const t = (k: string, v?: Record<string, unknown>) => {
  const texts: Record<string, string> = {
    'scope.mark': '{year}: sắp xếp đơn vị',
    'scope.units': 'Đơn vị trong phạm vi: {before} (năm {prev}) → {after} (năm {year}).',
    'scope.column': 'Thay đổi phạm vi',
    'enum.LineageType.MERGE': 'Hợp nhất, sáp nhập',
    'enum.LineageType.ESTABLISH': 'Thành lập',
  };
  return (texts[k] ?? k).replace(/\{(\w+)\}/g, (_, n) => String(v?.[n]));
};
const ev = (date: string, type: string, from: string[], to: string[]) => ({ date, type, decision: null, fromUnits: from.map((kind) => ({ kind })), toUnits: to.map((kind) => ({ kind })) });
const row = (year: number, unitsInScope: number) => ({ year, unitsInScope, unitsInspected: 0, inspections: 0, rate: null });

describe('years in which the units in scope changed', () => {
  const events = [
    ev('2018-10-03', 'MERGE', ['DEPARTMENT', 'DEPARTMENT'], ['DEPARTMENT']),
    ev('2025-07-01', 'MERGE', ['WARD', 'WARD'], ['WARD']),
    ev('2025-03-01', 'MERGE', ['DEPARTMENT'], ['DEPARTMENT']),
    ev('2025-07-01', 'ESTABLISH', [], ['WARD']),
    ev('2025-07-01', 'ESTABLISH', [], ['WARD']),
    ev('2014-01-01', 'MERGE', ['WARD'], ['WARD']),
  ];

  it('groups the shown years\' events by date with their counts, and says how many units were in scope before and after', () => {
    const c = scopeChanges(events, [2018, 2019, 2024, 2025], [], [row(2024, 10), row(2025, 13)], t, 'vi');
    expect(c.map((x) => [x.year, x.date])).toEqual([
      [2018, '2018-10-03'],
      [2025, '2025-03-01'],
    ]);
    expect(c[0].note).toBe('2018: sắp xếp đơn vị — 03/10/2018: 1 hợp nhất, sáp nhập.');
    expect(c[1].note).toBe('2025: sắp xếp đơn vị — 01/03/2025: 1 hợp nhất, sáp nhập; 01/07/2025: 1 hợp nhất, sáp nhập, 2 thành lập. Đơn vị trong phạm vi: 10 (năm 2024) → 13 (năm 2025).');
  });

  it('keeps only events with a unit of the chosen kinds', () => {
    const c = scopeChanges(events, [2018, 2025], ['WARD'], null, t, 'vi');
    expect(c.map((x) => x.note)).toEqual(['2025: sắp xếp đơn vị — 01/07/2025: 1 hợp nhất, sáp nhập, 2 thành lập.']);
  });

  it('puts a line on the years not marked yet and the notes in the data table', () => {
    const c = scopeChanges(events, [2018, 2025], [], null, t, 'vi');
    const spec = withScope(
      { title: 'T', xLabel: 'Năm', yLabel: '', yUnit: 'percent', labels: ['2018', '2025'], series: [], markers: [{ date: '2025-07-01', label: 'bỏ cấp huyện' }] },
      c,
      t,
    );
    expect(spec.markers).toEqual([
      { date: '2025-07-01', label: 'bỏ cấp huyện' },
      { date: '2018-10-03', label: '2018: sắp xếp đơn vị' },
    ]);
    expect(spec.labelNotes).toEqual({ label: 'Thay đổi phạm vi', values: [c[0].note, c[1].note] });
  });
});
