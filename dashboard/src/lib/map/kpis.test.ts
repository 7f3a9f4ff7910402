import { describe, expect, it } from 'vitest';
import { openAsOf, overviewKpis } from './kpis';

describe('overview KPIs', () => {
  it('compares every card with the year before', () => {
    const k = overviewKpis(
      {
        coverage: [
          { year: 2020, unitsInScope: 10, unitsInspected: 4, inspections: 5, rate: 0.4 },
          { year: 2021, unitsInScope: 10, unitsInspected: 5, inspections: 7, rate: 0.5 },
        ],
        // the API's scores over all findings of each year (complianceSummary by YEAR)
        complianceSummary: [
          { year: 2020, score: 0.5 },
          { year: 2021, score: 0.75 },
        ],
        awardStats: [{ year: 2021, awards: 4 }],
        planRate: [
          { year: 2020, rate: 0.9 },
          { year: 2021, rate: 0.8 },
        ],
        openNow: [{ open: 6, overdue: 2 }],
        openBefore: [{ open: 9, overdue: 5 }],
      },
      2021,
    );
    expect(k.inspections).toEqual({ value: 7, previous: 5, change: 2 });
    expect(k.coverage.change).toBeCloseTo(0.1);
    // 0.75 against 0.5
    expect(k.compliance.value).toBeCloseTo(0.75);
    expect(k.compliance.change).toBeCloseTo(0.25);
    // no award row for 2020 means 0 awards that year
    expect(k.awards).toEqual({ value: 4, previous: 0, change: 4 });
    expect(k.planRate.change).toBeCloseTo(-0.1);
    expect(k.openRecommendations).toEqual({ value: 6, previous: 9, change: -3 });
    expect(k.overdue).toBe(2);
  });

  it('counts open recommendations at the end of the year, or today for the current year', () => {
    expect(openAsOf(2021, '2026-11-27')).toEqual({ asOf: '2021-12-31', prevAsOf: '2020-12-31' });
    expect(openAsOf(2026, '2026-11-27')).toEqual({ asOf: '2026-11-27', prevAsOf: '2025-11-27' });
    expect(openAsOf(2024, '2024-02-29')).toEqual({ asOf: '2024-02-29', prevAsOf: '2023-02-28' });
  });
});
