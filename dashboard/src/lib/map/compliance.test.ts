import { describe, expect, it } from 'vitest';
import { byCategory, complianceMatrix, overallByYear, scoreOf } from './compliance';

describe('compliance score (SPEC §4)', () => {
  it('counts partial as half and leaves not applicable out', () => {
    // (3 + 0.5 × 2) / (3 + 2 + 1) = 4 / 6
    expect(scoreOf({ compliant: 3, partial: 2, nonCompliant: 1, notApplicable: 9 })).toBeCloseTo(4 / 6);
    expect(scoreOf({ compliant: 0, partial: 0, nonCompliant: 0, notApplicable: 4 })).toBeNull();
  });

  it('scores a year from the sum of its requirements’ counts, weighting findings not requirements', () => {
    const rows = [
      { year: 2021, compliant: 9, partial: 0, nonCompliant: 1 }, // 0.9 on 10 findings
      { year: 2021, compliant: 0, partial: 0, nonCompliant: 2 }, // 0 on 2 findings
      { year: 2022, compliant: 1, partial: 1, nonCompliant: 0 },
    ];
    const m = overallByYear(rows);
    // 9 / 12 = 0.75, not the mean of requirement scores (0.45)
    expect(m.get(2021)?.score).toBeCloseTo(0.75);
    // (1 + 0.5) / 2
    expect(m.get(2022)?.score).toBeCloseTo(0.75);
    expect(m.get(2021)?.counts).toEqual({ compliant: 9, partial: 0, nonCompliant: 3, notApplicable: 0 });
  });

  it('groups by requirement category in the glossary order', () => {
    const cats = byCategory([
      { requirement: { category: 'PUBLICIZE' }, compliant: 1, partial: 0, nonCompliant: 1 },
      { requirement: { category: 'LEADERSHIP' }, compliant: 2, partial: 2, nonCompliant: 0 },
      { requirement: { category: 'PUBLICIZE' }, compliant: 2, partial: 0, nonCompliant: 0 },
    ]);
    expect(cats.map((c) => c.category)).toEqual(['LEADERSHIP', 'PUBLICIZE']);
    // LEADERSHIP: (2 + 1) / 4; PUBLICIZE: 3 / 4
    expect(cats[0].score).toBeCloseTo(0.75);
    expect(cats[1].score).toBeCloseTo(0.75);
    expect(cats[1].counts.compliant).toBe(3);
  });

  it('lays out requirement × year cells with the findings counted and a drill link', () => {
    const req = (code: string) => ({ code, title: `T ${code}`, category: 'CONSULT' });
    const m = complianceMatrix(
      [
        { year: 2021, requirement: req('QCDC-10'), compliant: 1, partial: 0, nonCompliant: 1, notApplicable: 3, score: 0.5 },
        { year: 2020, requirement: req('QCDC-2'), compliant: 2, partial: 0, nonCompliant: 0, notApplicable: 0, score: 1 },
      ],
      [2020, 2021],
      (r, y) => `/tuan-thu/ket-qua?req=${r}&from=${y}&to=${y}`,
      (r) => `/tuan-thu/ket-qua?req=${r}`,
    );
    // numeric order: QCDC-2 before QCDC-10
    expect(m.map((r) => r.key)).toEqual(['QCDC-2', 'QCDC-10']);
    expect(m[1].cells[0]).toEqual({ value: null, detail: '', href: null });
    // not applicable is not counted: n = 1 + 0 + 1
    expect(m[1].cells[1]).toEqual({ value: 0.5, detail: 'n=2', href: '/tuan-thu/ket-qua?req=QCDC-10&from=2021&to=2021' });
  });
});
