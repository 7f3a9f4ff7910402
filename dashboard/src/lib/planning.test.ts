import { describe, expect, it } from 'vitest';
import { exportQuery, parsePlanning, parseTeams } from './planning';

describe('planning page parameters', () => {
  it('defaults: today, next year, N = 5, two teams of 20', () => {
    const q = parsePlanning(new URLSearchParams(), '2026-12-01');
    expect(q).toMatchObject({ asOf: '2026-12-01', year: 2027, cycle: 5, limit: 50, kinds: [], district: null, pinned: [], excluded: [], problems: [] });
    expect(q.teams).toEqual([{ name: 'Đoàn kiểm tra số 1', visits: 20 }, { name: 'Đoàn kiểm tra số 2', visits: 20 }]);
  });

  it('reads the date as the date field writes it, dd/mm/yyyy, or as yyyy-mm-dd from a link', () => {
    expect(parsePlanning(new URLSearchParams({ asOf: '01/12/2026' }), '2027-01-15').asOf).toBe('2026-12-01');
    expect(parsePlanning(new URLSearchParams({ asOf: '2026-12-01' }), '2027-01-15').asOf).toBe('2026-12-01');
    // 12/01/2026 is 12 January, never 1 December
    expect(parsePlanning(new URLSearchParams({ asOf: '12/01/2026' }), '2027-01-15').asOf).toBe('2026-01-12');
    expect(parsePlanning(new URLSearchParams({ asOf: '31/02/2026' }), '2027-01-15').problems).toEqual(['asOf']);
  });

  it('reads teams, pinned and excluded codes; bad values fall back and are named', () => {
    const q = parsePlanning(new URLSearchParams({ teams: 'Đoàn A: 3; Đoàn B = 4', pinned: 'W1, W2', excluded: 'S1', cycle: '0', asOf: '2026-02-31x', kind: 'WARD,NOPE' }), '2026-12-01');
    expect(q.teams).toEqual([{ name: 'Đoàn A', visits: 3 }, { name: 'Đoàn B', visits: 4 }]);
    expect(q.pinned).toEqual(['W1', 'W2']);
    expect(q.excluded).toEqual(['S1']);
    expect(q.kinds).toEqual(['WARD']);
    expect(q.problems).toEqual(['asOf', 'kind', 'cycle']);
    expect(parseTeams('Đoàn A')).toBeNull();
  });

  it('export links carry the same inputs', () => {
    const q = parsePlanning(new URLSearchParams({ teams: 'A: 2', year: '2027', district: 'D1' }), '2026-12-01');
    expect(new URLSearchParams(exportQuery(q, 'vi', true)).get('teams')).toBe('A: 2');
    expect(exportQuery(q, 'en', false)).toBe('asOf=2026-12-01&lang=en&district=D1&limit=50');
  });
});
