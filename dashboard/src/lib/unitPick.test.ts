import { describe, expect, it } from 'vitest';
import { fold, pickUnit } from './unitPick';

const u = (code: string, name: string, validFrom: string | null, validTo: string | null) => ({ code, name, kind: 'WARD', validFrom, validTo });
const units = [
  u('S_KHDT', 'Sở Kế hoạch và Đầu tư', null, '2025-02-28'),
  u('S_TC_OLD', 'Sở Tài chính', null, '2025-02-28'),
  u('S_TC', 'Sở Tài chính (mới)', '2025-03-01', null),
  u('W20194', 'Phường Hải Châu I', null, '2024-12-31'),
  u('W20195', 'Phường Hải Châu II', null, '2024-12-31'),
  u('W_HC24', 'Phường Hải Châu', '2025-01-01', '2025-06-30'),
  u('W_HC25', 'Phường Hải Châu', '2025-07-01', null),
];

describe('a unit field: code or name', () => {
  it('folds accents, đ and spacing', () => {
    expect(fold('  Sở  Kế hoạch và Đầu tư ')).toBe('so ke hoach va dau tu');
  });

  it('takes a code, a whole name or some words of a name, accents optional, former units included', () => {
    expect(pickUnit('s_khdt', units)).toMatchObject({ kind: 'one', unit: { code: 'S_KHDT' } });
    expect(pickUnit('Sở Kế hoạch và Đầu tư', units)).toMatchObject({ kind: 'one', unit: { code: 'S_KHDT' } });
    expect(pickUnit('ke hoach', units)).toMatchObject({ kind: 'one', unit: { code: 'S_KHDT' } });
    expect(pickUnit('', units)).toBeNull();
    expect(pickUnit('Sở Nội vụ', units)).toEqual({ kind: 'none', text: 'Sở Nội vụ' });
  });

  it('offers the choices when a name means several units: the one existing today first, then the latest ended', () => {
    const same = pickUnit('phuong hai chau', units);
    // "Phường Hải Châu" is the whole name of two units (2025 and from 1/7/2025): only those two
    expect(same).toMatchObject({ kind: 'many', units: [{ code: 'W_HC25' }, { code: 'W_HC24' }] });
    // the whole name of a former unit, when a unit existing today has it in its name: both
    expect(pickUnit('Sở Tài chính', units)).toMatchObject({ kind: 'many', units: [{ code: 'S_TC' }, { code: 'S_TC_OLD' }] });
    const words = pickUnit('hai chau i', units);
    // "i" is in every name: all four, existing first, then by end date
    expect(words?.kind).toBe('many');
    if (words?.kind === 'many') expect(words.units.map((x) => x.code)).toEqual(['W_HC25', 'W_HC24', 'W20194', 'W20195']);
  });
});
