import { describe, expect, it } from 'vitest';
import { DECISION_2015_2020, DEMO_SOURCE_TITLE, generateDemo, SHEET_COLUMNS, type Row, type Tables } from '../src/index.js';
import { activeInYear, activeOn, founding, isIsoDate, requirements, requirementValidOn, unitByCode, units } from './helpers.js';

const ref = { units, requirements };
const demo = generateDemo(ref);
const inspectionByCode = new Map(demo.inspections!.map((i) => [i.code, i]));
const requirementByCode = new Map(requirements.map((r) => [r.code, r]));

function allRows(tables: Tables): [string, Row][] {
  return Object.entries(tables).flatMap(([sheet, rows]) => rows!.map((r) => [sheet, r] as [string, Row]));
}

function datesOf(tables: Tables): string[] {
  return [
    ...tables.inspections!.map((r) => r.date),
    ...tables.recommendations!.flatMap((r) => [r.due_date, r.resolved_on]),
    ...tables.awards!.map((r) => r.decision_date),
    ...tables.plans!.map((r) => r.issued_on),
  ].filter(Boolean);
}

function expectUniqueKeys(rows: Row[], key: (r: Row) => string) {
  expect(new Set(rows.map(key)).size).toBe(rows.length);
}

const addMonthsIso = (iso: string, months: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
};

describe('generateDemo', () => {
  it('is deterministic, and the seed changes the output', () => {
    expect(generateDemo(ref)).toEqual(demo);
    expect(generateDemo(ref, { seed: 20151020 })).toEqual(demo);
    expect(generateDemo(ref, { seed: 7 }).inspections).not.toEqual(demo.inspections);
  });

  it('produces the six activity sheets with SPEC columns, every row marked DEMO', () => {
    expect(Object.keys(demo).sort()).toEqual(['awards', 'findings', 'inspections', 'models', 'plans', 'recommendations']);
    for (const [sheet, row] of allRows(demo)) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining([...SHEET_COLUMNS[sheet as keyof typeof SHEET_COLUMNS]]));
      expect(row.source_kind).toBe('DEMO');
      expect(row.source_title).toBe(DEMO_SOURCE_TITLE);
      for (const value of Object.values(row)) expect(value).toBe(value.normalize('NFC'));
    }
  });

  it('keeps the size moderate', () => {
    expect(demo.inspections!.length).toBeGreaterThan(300);
    expect(demo.inspections!.length).toBeLessThan(12 * 300);
    expect(demo.findings!.length).toBeLessThan(60_000);
  });

  it('dates nothing after `until`, with valid ISO dates (default 2026-10-31 and a custom one)', () => {
    for (const date of datesOf(demo)) {
      expect(isIsoDate(date), date).toBe(true);
      expect(date <= '2026-10-31', date).toBe(true);
    }
    const short = generateDemo(ref, { until: '2022-06-15' });
    const dates = datesOf(short);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d <= '2022-06-15')).toBe(true);
    expect(short.plans!.every((p) => Number(p.year) <= 2022)).toBe(true);
    expect(short.models!.every((m) => Number(m.year) <= 2022)).toBe(true);
  });

  it('respects fromYear/toYear', () => {
    const some = generateDemo(ref, { fromYear: 2018, toYear: 2019 });
    expect(some.inspections!.every((i) => i.date >= '2018-01-01' && i.date <= '2019-12-31')).toBe(true);
    expect(some.plans!.map((p) => p.year).every((y) => y === '2018' || y === '2019')).toBe(true);
  });

  it('never inspects a unit outside its validity, nor the city, nor S_KHDT in 2021', () => {
    for (const i of demo.inspections!) {
      const unit = unitByCode.get(i.unit_code)!;
      expect(unit.kind).not.toBe('CITY');
      expect(activeOn(unit, i.date), `${i.code} ${i.unit_code} ${i.date}`).toBe(true);
      expect(i.unit_code === 'S_KHDT' && i.date.startsWith('2021')).toBe(false);
      expect(i.code).toMatch(new RegExp(`^DEMO-KT-${i.date.slice(0, 4)}-\\d{4}$`));
      expect(i.team).toMatch(/^Đoàn kiểm tra số [1-5]$/);
      expect(['PERIODIC', 'THEMATIC', 'UNANNOUNCED', 'FOLLOW_UP']).toContain(i.kind);
      expect(['EXCELLENT', 'GOOD', 'SATISFACTORY', 'UNSATISFACTORY']).toContain(i.rating);
    }
    expect(new Set(demo.inspections!.map((i) => i.kind)).size).toBe(4);
    expect(new Set(demo.inspections!.map((i) => i.rating)).size).toBe(4);
  });

  it('never inspects S_KHDT in 2021, whatever the seed (the real inspection is there)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const year2021 = generateDemo(ref, { seed, fromYear: 2021, toYear: 2021 });
      expect(year2021.inspections!.some((i) => i.unit_code === 'S_KHDT'), `seed ${seed}`).toBe(false);
    }
  });

  it('inspects 30–45% of the units active each year', () => {
    for (let year = 2015; year <= 2026; year++) {
      const active = units.filter((u) => u.kind !== 'CITY' && activeInYear(u, year));
      const inspected = demo.inspections!.filter((i) => i.date.startsWith(String(year)));
      const rate = inspected.length / active.length;
      expect(rate, String(year)).toBeGreaterThanOrEqual(0.29);
      expect(rate, String(year)).toBeLessThanOrEqual(0.46);
    }
  });

  it('never records a finding for a requirement not valid on the inspection date, nor a commune requirement at a department', () => {
    for (const f of demo.findings!) {
      const inspection = inspectionByCode.get(f.inspection_code)!;
      expect(requirementValidOn(requirementByCode.get(f.requirement_code)!, inspection.date), `${f.inspection_code} ${f.requirement_code}`).toBe(true);
      if (f.requirement_code.startsWith('QCDC-X')) expect(['WARD', 'COMMUNE', 'OTHER']).toContain(unitByCode.get(inspection.unit_code)!.kind);
    }
    // QCDC-24 lapsed on 2023-06-30, QCDC-04 started on 2023-07-01
    expect(demo.findings!.some((f) => f.requirement_code === 'QCDC-24' && inspectionByCode.get(f.inspection_code)!.date > '2023-06-30')).toBe(false);
    expect(demo.findings!.some((f) => f.requirement_code === 'QCDC-04' && inspectionByCode.get(f.inspection_code)!.date < '2023-07-01')).toBe(false);
  });

  it('has roughly 70/15/10/5 results and a compliance score that improves from 2015 to 2026', () => {
    const share = (result: string) => demo.findings!.filter((f) => f.result === result).length / demo.findings!.length;
    expect(share('COMPLIANT')).toBeGreaterThan(0.62);
    expect(share('COMPLIANT')).toBeLessThan(0.78);
    expect(share('PARTIAL')).toBeGreaterThan(0.1);
    expect(share('NON_COMPLIANT')).toBeGreaterThan(0.05);
    expect(share('NOT_APPLICABLE')).toBeGreaterThan(0.02);
    const score = (from: string, to: string) => {
      const f = demo.findings!.filter((x) => {
        const d = inspectionByCode.get(x.inspection_code)!.date;
        return d >= from && d <= to;
      });
      const n = (r: string) => f.filter((x) => x.result === r).length;
      return (n('COMPLIANT') + 0.5 * n('PARTIAL')) / (n('COMPLIANT') + n('PARTIAL') + n('NON_COMPLIANT'));
    };
    expect(score('2024-01-01', '2026-12-31')).toBeGreaterThan(score('2015-01-01', '2017-12-31') + 0.03);
  });

  it('keeps recommendations consistent with their inspection and `until`', () => {
    for (const r of demo.recommendations!) {
      const inspection = inspectionByCode.get(r.inspection_code)!;
      expect(['1', '2', '3']).toContain(r.seq);
      if (r.due_date) {
        expect(r.due_date >= addMonthsIso(inspection.date, 3) && r.due_date <= addMonthsIso(inspection.date, 6), r.due_date).toBe(true);
      }
      expect(r.status === 'RESOLVED').toBe(r.resolved_on !== '');
      if (r.resolved_on) expect(r.resolved_on >= inspection.date && r.resolved_on <= '2026-10-31').toBe(true);
      expect(['OPEN', 'IN_PROGRESS', 'RESOLVED']).toContain(r.status);
    }
    const old = demo.recommendations!.filter((r) => inspectionByCode.get(r.inspection_code)!.date < '2024-01-01');
    expect(old.filter((r) => r.status === 'RESOLVED').length / old.length).toBeGreaterThan(0.8);
  });

  it('has unique keys as in SPEC §5.2', () => {
    expectUniqueKeys(demo.inspections!, (r) => r.code);
    expectUniqueKeys(demo.findings!, (r) => `${r.inspection_code}|${r.requirement_code}`);
    expectUniqueKeys(demo.recommendations!, (r) => `${r.inspection_code}|${r.seq}`);
    expectUniqueKeys(demo.awards!, (r) => `${r.decision_number}|${r.decision_date}|${r.issuer}|${r.recipient_code}`);
    expectUniqueKeys(demo.plans!, (r) => `${r.unit_code}|${r.year}`);
    expectUniqueKeys(demo.models!, (r) => `${r.unit_code}|${r.year}|${r.title}`);
    // the founding inspection's code does not collide
    expect(inspectionByCode.has(founding.inspections![0].code)).toBe(false);
  });

  it('completes the 2015–2020 decision to 18 recipients including S_KHDT, all active in 2020', () => {
    const same = (a: Row) =>
      Object.entries(DECISION_2015_2020).every(([k, v]) => a[k] === v);
    const combined = [...founding.awards!, ...demo.awards!].filter(same);
    expect(combined).toHaveLength(18);
    expect(new Set(combined.map((a) => a.recipient_code)).size).toBe(18);
    expect(combined.map((a) => a.recipient_code)).toContain('S_KHDT');
    for (const a of combined) expect(activeInYear(unitByCode.get(a.recipient_code)!, 2020), a.recipient_code).toBe(true);
    expect(founding.awards!.filter(same)).toHaveLength(1);
  });

  it('adds a DEMO 2020–2025 decision with 15 recipients before the 2025-03-01 mergers, and yearly decisions', () => {
    const period = demo.awards!.filter((a) => a.period_from === '2020' && a.period_to === '2025');
    expect(period).toHaveLength(15);
    const date = period[0].decision_date;
    expect(date >= '2025-01-01' && date < '2025-03-01').toBe(true);
    expect(period.every((a) => a.decision_number === period[0].decision_number && a.decision_date === date)).toBe(true);
    expect(period[0].decision_number).toMatch(/^\d+\/QĐ-UBND$/);
    for (const a of demo.awards!.filter((x) => x.decision_date)) {
      expect(activeOn(unitByCode.get(a.recipient_code)!, a.decision_date), `${a.recipient_code} ${a.decision_date}`).toBe(true);
      expect(['BANG_KHEN', 'GIAY_KHEN']).toContain(a.kind);
    }
    const years = new Set(demo.awards!.filter((a) => a.decision_date && !a.period_from).map((a) => a.decision_date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('gives 80–90% of active units an annual plan, issued while the unit exists, and S_KHDT one every year', () => {
    for (const p of demo.plans!) {
      const unit = unitByCode.get(p.unit_code)!;
      expect(p.issued_on.startsWith(p.year)).toBe(true);
      expect(activeOn(unit, p.issued_on), `${p.unit_code} ${p.issued_on}`).toBe(true);
      expect(p.document_number).toBe(`${p.document_number.split('/')[0]}/KH-${p.unit_code}`);
    }
    const total = demo.plans!.length;
    const activeUnitYears = [...Array(12).keys()].reduce(
      (n, k) => n + units.filter((u) => u.kind !== 'CITY' && activeInYear(u, 2015 + k)).length,
      0,
    );
    expect(total / activeUnitYears).toBeGreaterThan(0.75);
    expect(total / activeUnitYears).toBeLessThan(0.95);
    expect(demo.plans!.filter((p) => p.unit_code === 'S_KHDT').map((p) => p.year)).toEqual(
      ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'],
    );
  });

  it('has a few "Dân vận khéo" models every year, for units active that year', () => {
    for (let year = 2015; year <= 2026; year++) {
      const models = demo.models!.filter((m) => m.year === String(year));
      expect(models.length, String(year)).toBeGreaterThanOrEqual(3);
      expect(models.length, String(year)).toBeLessThanOrEqual(6);
      for (const m of models) {
        expect(activeInYear(unitByCode.get(m.unit_code)!, year)).toBe(true);
        expect(m.title).toMatch(/^Dân vận khéo/);
        expect(['Cấp thành phố', 'Cấp cơ sở']).toContain(m.level);
      }
    }
  });
});
