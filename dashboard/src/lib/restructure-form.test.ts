import { describe, expect, it } from 'vitest';
import { apiErrors, emptyValues, formField, toInput } from './restructure-form';

describe('the restructuring form', () => {
  it('checks what a person can fix before asking the API, in Vietnamese', () => {
    const r = toInput({ ...emptyValues(), date: '31/02/2025', decisionNumber: 'NQ 1' }, 'vi');
    expect(r).toEqual({ errors: { date: 'Ngày không hợp lệ (dd/mm/yyyy).', decisionDate: 'Bắt buộc nhập.', decisionIssuer: 'Bắt buộc nhập.', fromUnits: 'Bắt buộc nhập.' } });
  });

  it('sends codes, dates as ISO and only the filled target rows (remembering their rows)', () => {
    const v = emptyValues();
    v.targets[2] = { code: 'W12', name: 'Phường Mới', kind: 'WARD', parentCode: '' };
    const r = toInput({ ...v, date: '1/7/2025', fromUnits: 'W1, W2;W3', decisionNumber: 'NQ 1', decisionDate: '20/06/2025', decisionIssuer: 'HĐND' }, 'vi');
    expect(r).toEqual({
      input: {
        kind: 'MERGE', date: '2025-07-01', fromUnits: ['W1', 'W2', 'W3'], targets: [{ code: 'W12', name: 'Phường Mới', kind: 'WARD', parentCode: null }],
        decision: { number: 'NQ 1', date: '2025-06-20', issuer: 'HĐND', url: null }, note: null,
      },
      rows: [2],
    });
  });

  it('puts each API problem beside its field, translated', () => {
    expect(formField('input.targets[0].name', [2])).toBe('t2.name');
    expect(formField('input.fromUnits[1]', [])).toBe('fromUnits');
    expect(formField('input.decision.issuer', [])).toBe('decisionIssuer');
    const errors = apiErrors([{ code: 'BAD_USER_INPUT', message: '', field: null, problems: [
      { field: 'input.fromUnits[1]', message: 'unit W4 is not active on 01/07/2025: it ended on 30/06/2020' },
      { field: 'input.targets[0].code', message: 'unit W1 cannot be restructured into itself' },
      { field: 'input.date', message: 'the date 31/12/2014 is not after unit W1 began (01/01/2015)' },
    ] }], [1], 'vi');
    expect(errors).toEqual({
      fromUnits: 'Đơn vị W4 không còn hoạt động vào ngày 01/07/2025 (đã kết thúc ngày 30/06/2020).',
      't1.code': 'Không thể sáp nhập, chia tách một đơn vị vào chính nó.',
      date: 'Ngày hiệu lực 31/12/2014 phải sau ngày đơn vị W1 bắt đầu (01/01/2015).',
    });
  });
});
