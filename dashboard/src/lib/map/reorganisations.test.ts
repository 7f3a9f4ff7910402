import { describe, expect, it } from 'vitest';
import { reorganisations } from './reorganisations';

const u = (code: string) => ({ code, name: code });
const ev = (date: string, type: string, decision: string | null, from: string[], to: string[]) => ({
  date, type, decision, isDemo: false, fromUnits: from.map(u), toUnits: to.map(u),
});

describe('restructurings from lineage events', () => {
  it('groups events by date and decision, oldest first, counting each type', () => {
    const g = reorganisations([
      ev('2025-07-01', 'MERGE', 'NQ 1659', ['A', 'B'], ['X']),
      ev('2025-03-01', 'MERGE', 'NQ HĐND', ['S1', 'S2'], ['S']),
      ev('2025-07-01', 'ESTABLISH', 'NQ 1659', [], ['Y']),
      ev('2025-07-01', 'MERGE', 'NQ 1659', ['C'], ['Z']),
      ev('2025-07-01', 'DISSOLVE', 'NQ 1659', ['D'], []),
    ]);
    expect(g.map((x) => [x.date, x.decision, x.events.length])).toEqual([
      ['2025-03-01', 'NQ HĐND', 1],
      ['2025-07-01', 'NQ 1659', 4],
    ]);
    expect(g[1].counts).toEqual([
      { type: 'MERGE', n: 2 },
      { type: 'ESTABLISH', n: 1 },
      { type: 'DISSOLVE', n: 1 },
    ]);
  });
});
