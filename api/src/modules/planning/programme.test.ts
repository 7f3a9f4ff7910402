import { describe, expect, it } from 'vitest';
import { draftProgramme, type Candidate } from './programme.js';

const unit = (code: string, score: number, lastYear: number | null, districtId: number | null = null): Candidate => ({ unitId: Number(code.slice(1)), code, score, districtId, lastYear });

describe('draftProgramme (pure)', () => {
  // capacity 2 a year, N = 3 (2025–2027): U1 is due 2025; U2, U3, U4 are due 2026 — three units
  // that 2026 alone (2 visits) cannot absorb, so one of them must go in 2025; U5 is due 2027
  const units = [unit('U1', 10, 2022), unit('U2', 50, 2023), unit('U3', 40, 2023), unit('U4', 30, 2023), unit('U5', 90, 2024)];
  const input = { year: 2025, cycleYears: 3, teams: [{ name: 'T', visits: 2 }], months: [3, 9], pinned: [], excluded: [] };

  it('takes now what later years could not absorb, before the highest score that can wait', () => {
    const p = draftProgramme(units, input);
    expect(p.visits.map((v) => [v.unitId, v.reason, v.deadlineYear, v.month])).toEqual([
      [2, 'CYCLE_AHEAD', 2026, 3],
      [1, 'CYCLE_DUE', 2025, 9],
    ]);
    expect(p.horizon).toEqual([
      { year: 2025, capacity: 2, due: 1, planned: 2 },
      { year: 2026, capacity: 2, due: 2, planned: 2 },
      { year: 2027, capacity: 2, due: 1, planned: 1 },
    ]);
    expect(p.coversCycle).toBe(true);
    expect(p.uncovered).toEqual([]);
  });

  it('with one visit a year the cycle cannot hold: the units that miss their deadline are named', () => {
    const p = draftProgramme(units, { ...input, teams: [{ name: 'T', visits: 1 }] });
    expect(p.coversCycle).toBe(false);
    // 2025: U1; 2026: one of U2–U4 (highest score U2), U3 and U4 miss 2026; 2027: U5
    expect(p.visits.map((v) => v.unitId)).toEqual([1]);
    expect(p.uncovered).toEqual([
      { unitId: 3, reason: 'CAPACITY', deadlineYear: 2026 },
      { unitId: 4, reason: 'CAPACITY', deadlineYear: 2026 },
    ]);
  });

  it('never-inspected units are due in the programme year; the same input gives the same programme whatever the input order', () => {
    const more = [...units, unit('U6', 5, null, 1), unit('U7', 5, null, 2)];
    const a = draftProgramme(more, { ...input, teams: [{ name: 'T', visits: 4 }] });
    const b = draftProgramme([...more].reverse(), { ...input, teams: [{ name: 'T', visits: 4 }] });
    expect(b).toEqual(a);
    expect(a.visits.filter((v) => v.reason === 'NEVER_INSPECTED').map((v) => v.unitId).sort()).toEqual([6, 7]);
  });

  it('teams get visits in proportion to their capacity and each team a mix of districts', () => {
    const many = Array.from({ length: 12 }, (_, i) => unit(`U${i + 1}`, 100 - i, null, i < 6 ? 1 : 2));
    const p = draftProgramme(many, { ...input, teams: [{ name: 'A', visits: 8 }, { name: 'B', visits: 4 }] });
    const of = (team: string) => p.visits.filter((v) => v.team === team);
    expect(of('A')).toHaveLength(8);
    expect(of('B')).toHaveLength(4);
    const districts = (team: string) => of(team).map((v) => many.find((u) => u.unitId === v.unitId)!.districtId);
    expect(districts('A').filter((d) => d === 1)).toHaveLength(4);
    expect(districts('B').filter((d) => d === 1)).toHaveLength(2);
  });
});
