import { describe, expect, it } from 'vitest';
import { columnsOf, SHEET_COLUMNS, SOURCE_KINDS } from '../src/index.js';
import {
  activeInYear,
  activeOn,
  codes,
  currentSuccessor,
  dayAfter,
  isIsoDate,
  lineage,
  reference,
  requirements,
  requirementValidOn,
  unitByCode,
  units,
} from './helpers.js';

const UNIT_KINDS = ['CITY', 'DEPARTMENT', 'DISTRICT', 'WARD', 'COMMUNE', 'PUBLIC_SERVICE_UNIT', 'STATE_ENTERPRISE', 'PARTY_MASS_ORG', 'OTHER'];
const LINEAGE_TYPES = ['MERGE', 'SPLIT', 'RENAME', 'TRANSFER', 'ESTABLISH', 'DISSOLVE'];
const CATEGORIES = ['LEADERSHIP', 'PUBLICIZE', 'DISCUSS_DECIDE', 'CONSULT', 'SUPERVISE', 'CITIZEN_RELATIONS', 'ORGANIZATION'];
const local = (kinds: string[]) => units.filter((u) => kinds.includes(u.kind));

describe('every reference file', () => {
  for (const sheet of ['units', 'lineage', 'requirements'] as const) {
    it(`${sheet}: SPEC columns + provenance, NFC text, ISO dates, a source on every row`, () => {
      const rows = reference[sheet]!;
      expect(rows.length).toBeGreaterThan(0);
      expect(Object.keys(rows[0]).sort()).toEqual([...columnsOf(sheet)].sort());
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          expect(value, `${sheet}.${column}`).toBe(value.normalize('NFC'));
          expect(value, `${sheet}.${column}`).toBe(value.trim());
          if (/(date|valid_from|valid_to|published_on)$/.test(column) && value) expect(isIsoDate(value), value).toBe(true);
        }
        expect(SOURCE_KINDS).toContain(row.source_kind);
        expect(row.source_title).not.toBe('');
      }
    });
  }
});

describe('units', () => {
  it('has 191 units: the city, 30 departments/boards, 8 districts, 56 + 2 pre-July-2025 wards/communes, 94 from 2025-07-01', () => {
    expect(units).toHaveLength(191);
    expect(local(['CITY']).map((u) => u.code)).toEqual(['DN']);
    expect(local(['DEPARTMENT'])).toHaveLength(30);
    expect(local(['DISTRICT'])).toHaveLength(8);
    expect(units.filter((u) => /^W\d+$/.test(u.code))).toHaveLength(56);
    expect(units.filter((u) => /^W\d+-2025$/.test(u.code)).map((u) => u.code).sort()).toEqual(['W20236-2025', 'W20278-2025']);
    expect(units.filter((u) => u.code.startsWith('N'))).toHaveLength(94);
  });

  it('has unique codes, known kinds, existing parents and valid_from ≤ valid_to', () => {
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    for (const u of units) {
      expect(UNIT_KINDS).toContain(u.kind);
      if (u.code !== 'DN') expect(unitByCode.has(u.parent_code), u.code).toBe(true);
      if (u.valid_from && u.valid_to) expect(u.valid_from <= u.valid_to, u.code).toBe(true);
    }
  });

  it('places every unit inside its parent’s validity', () => {
    for (const u of units.filter((x) => x.parent_code)) {
      const p = unitByCode.get(u.parent_code)!;
      if (u.valid_from) expect(activeOn(p, u.valid_from), u.code).toBe(true);
      if (u.valid_to) expect(activeOn(p, u.valid_to), u.code).toBe(true);
      if (!u.valid_to) expect(p.valid_to, u.code).toBe('');
    }
  });

  it('has the 8 districts (GSO 490–495, 497, 498) until 2025-06-30', () => {
    const districts = local(['DISTRICT']);
    expect(districts.map((d) => d.code).sort()).toEqual(['D490', 'D491', 'D492', 'D493', 'D494', 'D495', 'D497', 'D498']);
    for (const d of districts) {
      expect(d.valid_to).toBe('2025-06-30');
      expect(d.parent_code).toBe('DN');
    }
  });

  it('has 56 wards/communes in 2024 (45 phường, 11 xã of Hòa Vang)', () => {
    const in2024 = local(['WARD', 'COMMUNE']).filter((u) => activeInYear(u, 2024));
    expect(in2024).toHaveLength(56);
    expect(in2024.filter((u) => u.kind === 'COMMUNE').every((u) => u.parent_code === 'D497')).toBe(true);
    expect(in2024.filter((u) => u.kind === 'COMMUNE')).toHaveLength(11);
  });

  it('has 47 wards/communes on 2025-03-01 and 11 that ended on 2024-12-31', () => {
    expect(local(['WARD', 'COMMUNE']).filter((u) => activeOn(u, '2025-03-01'))).toHaveLength(47);
    expect(units.filter((u) => u.valid_to === '2024-12-31')).toHaveLength(11);
    expect(unitByCode.get('W20236-2025')).toMatchObject({ name: 'Phường Hải Châu', parent_code: 'D492', valid_from: '2025-01-01', valid_to: '2025-06-30' });
  });

  it('has 94 units from 2025-07-01 (23 phường, 70 xã, đặc khu Hoàng Sa) under the city, with VietMap codes', () => {
    const after = local(['WARD', 'COMMUNE', 'OTHER']).filter((u) => activeOn(u, '2025-07-01'));
    expect(after).toHaveLength(94);
    expect(after.every((u) => u.code.startsWith('N') && u.valid_from === '2025-07-01' && u.parent_code === 'DN')).toBe(true);
    expect(after.filter((u) => u.kind === 'WARD')).toHaveLength(23);
    expect(after.filter((u) => u.kind === 'COMMUNE')).toHaveLength(70);
    expect(after.filter((u) => u.kind === 'OTHER').map((u) => u.name)).toEqual(['Đặc khu Hoàng Sa']);
    expect(unitByCode.get('N19469')!.name).toBe('Phường Hải Châu');
  });

  it('has 20 departments/boards on 2015-01-01 and 15 on 2026-01-01', () => {
    expect(local(['DEPARTMENT']).filter((u) => activeOn(u, '2015-01-01'))).toHaveLength(20);
    expect(local(['DEPARTMENT']).filter((u) => activeOn(u, '2026-01-01'))).toHaveLength(15);
  });

  it('keeps the codes the API relies on', () => {
    expect(unitByCode.get('S_KHDT')).toMatchObject({ name: 'Sở Kế hoạch và Đầu tư', kind: 'DEPARTMENT', parent_code: 'DN', valid_from: '', valid_to: '2025-02-28' });
    expect(unitByCode.get('S_TAICHINH_2025')).toMatchObject({ kind: 'DEPARTMENT', valid_from: '2025-03-01', valid_to: '' });
  });
});

describe('lineage', () => {
  it('uses known types, existing codes, and the main successor first for a SPLIT', () => {
    expect(lineage).toHaveLength(112);
    for (const l of lineage) {
      expect(LINEAGE_TYPES).toContain(l.type);
      for (const c of [...codes(l.from_codes), ...codes(l.to_codes)]) expect(unitByCode.has(c), c).toBe(true);
    }
    expect(lineage.filter((l) => l.type === 'TRANSFER')).toHaveLength(0);
    expect(lineage.find((l) => l.type === 'SPLIT')).toMatchObject({ date: '2016-05-17', from_codes: 'S_VHTTDL_OLD', to_codes: 'S_VHTT;S_DULICH' });
  });

  it('dates every event the day after its from-units end, and every ending has its event', () => {
    for (const l of lineage) {
      for (const c of codes(l.from_codes)) expect(dayAfter(unitByCode.get(c)!.valid_to), `${l.date} ${c}`).toBe(l.date);
      if (l.type === 'ESTABLISH' || l.type === 'SPLIT') {
        for (const c of codes(l.to_codes)) expect(unitByCode.get(c)!.valid_from).toBe(l.date);
      }
    }
    const ended = new Set(lineage.flatMap((l) => codes(l.from_codes)));
    for (const u of units.filter((x) => x.valid_to)) expect(ended.has(u.code), u.code).toBe(true);
  });

  it('merges S_KHDT and the old Sở Tài chính into S_TAICHINH_2025 on 2025-03-01', () => {
    const event = lineage.find((l) => l.to_codes === 'S_TAICHINH_2025')!;
    expect(event).toMatchObject({ date: '2025-03-01', type: 'MERGE', from_codes: 'S_KHDT;S_TAICHINH_OLD' });
    expect(lineage.filter((l) => l.date === '2025-03-01')).toHaveLength(5);
  });

  it('records the 2025-01-01 ward mergers: 11 wards into 8 events', () => {
    const events = lineage.filter((l) => l.date === '2025-01-01');
    expect(events).toHaveLength(8);
    expect(events.every((l) => l.type === 'MERGE')).toBe(true);
    expect(events.flatMap((l) => codes(l.from_codes))).toHaveLength(11);
    expect(events.find((l) => l.to_codes === 'W20236-2025')!.from_codes).toBe('W20236;W20239');
  });

  it('records the 2025-07-01 reorganisation: 16 mergers, 7 districts dissolved, 78 former Quảng Nam units established', () => {
    const events = lineage.filter((l) => l.date === '2025-07-01');
    const merges = events.filter((l) => l.type === 'MERGE');
    expect(merges).toHaveLength(16);
    expect(merges.flatMap((l) => codes(l.from_codes))).toHaveLength(48); // the 47 units + Huyện Hoàng Sa
    const dissolve = events.filter((l) => l.type === 'DISSOLVE');
    expect(dissolve).toHaveLength(1);
    expect(dissolve[0]).toMatchObject({ from_codes: 'D490;D491;D492;D493;D494;D495;D497', to_codes: '' });
    const established = events.filter((l) => l.type === 'ESTABLISH');
    expect(established).toHaveLength(78);
    expect(established.every((l) => l.from_codes === '' && codes(l.to_codes).length === 1 && l.note !== '')).toBe(true);
    expect(events.every((l) => l.decision.includes('1659/NQ-UBTVQH15'))).toBe(true);
  });

  it('keeps the partial Hòa Minh → Thanh Khê Tây transfer in notes only', () => {
    const noted = lineage.filter((l) => l.note.includes('Hòa Minh'));
    expect(noted.map((l) => l.to_codes).sort()).toEqual(['N19981', 'N21261']);
  });

  it('leads every record to a current unit (SPEC §4 CURRENT structure)', () => {
    expect(currentSuccessor('S_KHDT')).toBe('S_TAICHINH_2025');
    expect(currentSuccessor('S_VHTTDL_OLD')).toBe('S_VHTTDL_2025'); // via S_VHTT, the first split target
    expect(currentSuccessor('W20239')).toBe('N19469'); // Hải Châu II → Hải Châu (2025-01) → Hải Châu (2025-07)
    expect(currentSuccessor('W20221')).toBe('N19981'); // Thạc Gián → Thanh Khê
    expect(currentSuccessor('D498')).toBe('N1549'); // Huyện → Đặc khu Hoàng Sa
    expect(currentSuccessor('D492')).toBe('D492'); // dissolved without successor
    for (const u of units.filter((x) => x.kind === 'WARD' || x.kind === 'COMMUNE')) {
      expect(unitByCode.get(currentSuccessor(u.code))!.valid_to, u.code).toBe('');
    }
  });
});

describe('requirements', () => {
  it('has the 30 proposed requirements with SPEC categories and frameworks', () => {
    expect(requirements).toHaveLength(30);
    expect(Object.keys(requirements[0])).toEqual(expect.arrayContaining([...SHEET_COLUMNS.requirements]));
    expect(new Set(requirements.map((r) => r.code)).size).toBe(30);
    for (const r of requirements) {
      expect(CATEGORIES).toContain(r.category);
      expect(r.source_kind).toBe('PROPOSAL');
    }
    const byFramework = (f: string) => requirements.filter((r) => r.framework_code === f).length;
    expect([byFramework('ND04_2015'), byFramework('PL34_2007'), byFramework('LUAT10_2022')]).toEqual([19, 4, 7]);
    expect(requirements.filter((r) => r.framework_code === 'LUAT10_2022').every((r) => r.valid_from === '2023-07-01')).toBe(true);
    expect(requirements.filter((r) => r.framework_code !== 'LUAT10_2022').every((r) => r.valid_from < '2023-07-01')).toBe(true);
  });

  it('lets only QCDC-24 lapse with the Law (valid to 2023-06-30)', () => {
    expect(requirements.filter((r) => r.valid_to).map((r) => [r.code, r.valid_to])).toEqual([['QCDC-24', '2023-06-30']]);
  });

  it('has 23 requirements valid on 2021-10-27 (the founding inspection) and 29 on 2024-01-01', () => {
    expect(requirements.filter((r) => requirementValidOn(r, '2021-10-27'))).toHaveLength(23);
    expect(requirements.filter((r) => requirementValidOn(r, '2024-01-01'))).toHaveLength(29);
  });

  it('puts the annual plan and communication under ORGANIZATION (SPEC: ban chỉ đạo, kế hoạch, tuyên truyền)', () => {
    const category = (code: string) => requirements.find((r) => r.code === code)!.category;
    expect([category('QCDC-02'), category('QCDC-25'), category('QCDC-01'), category('QCDC-19')]).toEqual([
      'ORGANIZATION',
      'ORGANIZATION',
      'LEADERSHIP',
      'SUPERVISE',
    ]);
  });
});
