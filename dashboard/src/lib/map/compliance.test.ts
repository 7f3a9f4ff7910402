import { describe, expect, it } from 'vitest';
import { categoryChart, complianceMatrix } from './compliance';

describe('compliance', () => {
  it('draws the API’s per-group scores as bars in the order given, each linking to its findings', () => {
    const t = (k: string) => k;
    const spec = categoryChart(
      [
        { category: 'LEADERSHIP', score: 0.75 },
        { category: 'PUBLICIZE', score: null },
      ],
      t,
      'title',
      (c) => `/tuan-thu/ket-qua?category=${c}`,
    );
    expect(spec.labels).toEqual(['enum.RequirementCategory.LEADERSHIP', 'enum.RequirementCategory.PUBLICIZE']);
    expect(spec.series[0].values).toEqual([0.75, null]);
    expect(spec.series[0].hrefs).toEqual(['/tuan-thu/ket-qua?category=LEADERSHIP', '/tuan-thu/ket-qua?category=PUBLICIZE']);
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
      'vi',
    );
    // numeric order: QCDC-2 before QCDC-10
    expect(m.map((r) => r.key)).toEqual(['QCDC-2', 'QCDC-10']);
    expect(m[1].cells[0]).toEqual({ value: null, detail: '', href: null });
    // not applicable is not counted: n = 1 + 0 + 1
    expect(m[1].cells[1]).toEqual({ value: 0.5, detail: 'n=2', href: '/tuan-thu/ket-qua?req=QCDC-10&from=2021&to=2021' });
  });

  it('labels the rows in the UI language: the English title in English when there is one, else the Vietnamese (issue 13.9)', () => {
    const rows = [
      { year: 2021, requirement: { code: 'QCDC-02', title: 'Xây dựng kế hoạch', titleEn: 'Annual plan', category: 'ORGANIZATION' }, compliant: 1, partial: 0, nonCompliant: 0, score: 1 },
      { year: 2021, requirement: { code: 'QCDC-03', title: 'Tổ chức hội nghị', titleEn: null, category: 'LEADERSHIP' }, compliant: 1, partial: 0, nonCompliant: 0, score: 1 },
      { year: 2021, requirement: { code: 'QCDC-04', title: 'Kiểm tra nghị quyết', titleEn: ' ', category: 'LEADERSHIP' }, compliant: 1, partial: 0, nonCompliant: 0, score: 1 },
    ];
    const labels = (lang: 'vi' | 'en') => complianceMatrix(rows, [2021], () => '', () => '', lang).map((r) => r.label);
    expect(labels('en')).toEqual(['QCDC-02 Annual plan', 'QCDC-03 Tổ chức hội nghị', 'QCDC-04 Kiểm tra nghị quyết']);
    expect(labels('vi')).toEqual(['QCDC-02 Xây dựng kế hoạch', 'QCDC-03 Tổ chức hội nghị', 'QCDC-04 Kiểm tra nghị quyết']);
    // a Vietnamese title in the English UI says so (lang="vi" on its row header); none in Vietnamese
    const langs = (lang: 'vi' | 'en') => complianceMatrix(rows, [2021], () => '', () => '', lang).map((r) => r.lang);
    expect(langs('en')).toEqual([undefined, 'vi', 'vi']);
    expect(langs('vi')).toEqual([undefined, undefined, undefined]);
  });
});
