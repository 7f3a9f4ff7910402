import { describe, expect, it } from 'vitest';
import { exportQuery, parsePlanning, parseTeams } from './planning';

describe('planning page parameters', () => {
  it('defaults: today, next year, N = 5, two teams of 20', () => {
    const q = parsePlanning(new URLSearchParams(), '2026-12-01');
    expect(q).toMatchObject({ asOf: '2026-12-01', year: 2027, cycle: 5, limit: 50, kinds: [], district: null, pinned: [], excluded: [], problems: [] });
    expect(q.teams).toEqual([{ name: 'Đoàn kiểm tra số 1', visits: 20 }, { name: 'Đoàn kiểm tra số 2', visits: 20 }]);
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
