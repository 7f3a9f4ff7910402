import { describe, expect, it } from 'vitest';
import { apiErrors, dayFirst, formField, parseDayFirst, readForm, toInput } from './inspection-form';

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe('the inspection form', () => {
  it('reads dates day first and refuses impossible ones', () => {
    expect(parseDayFirst('27/10/2021')).toBe('2021-10-27');
    expect(parseDayFirst('1/7/2023')).toBe('2023-07-01');
    expect(parseDayFirst('2021-10-27')).toBe('2021-10-27');
    expect(parseDayFirst('30/02/2024')).toBeNull();
    expect(parseDayFirst('10/27/2021')).toBeNull();
    expect(dayFirst('2021-10-27')).toBe('27/10/2021');
  });

  it('turns the fields into InspectionInput: unassessed rows and empty recommendation rows left out', () => {
    const v = readForm(form([
      ['unitCode', 'W1'], ['date', '10/05/2024'], ['team', ' Đoàn 1 '], ['kind', 'PERIODIC'],
      ['req', 'R2'], ['result:R2', 'COMPLIANT'], ['note:R2', 'đủ'], ['req', 'R3'], ['result:R3', ''],
      ['recs', '3'], ['rec0.text', 'Niêm yết'], ['rec0.due', '31/12/2024'], ['rec1.text', ''], ['rec1.due', ''], ['rec2.text', 'Kiện toàn'],
    ]));
    const r = toInput(v, 'vi', false);
    expect(r).toEqual({
      input: {
        unitCode: 'W1', date: '2024-05-10', team: 'Đoàn 1', kind: 'PERIODIC', leader: null, rating: null, conclusion: null,
        findings: [{ requirementCode: 'R2', result: 'COMPLIANT', note: 'đủ' }],
        recommendations: [{ text: 'Niêm yết', dueDate: '2024-12-31' }, { text: 'Kiện toàn', dueDate: null }],
      },
      map: { findings: ['R2'], recommendations: [0, 2] },
    });
  });

  it('says in Vietnamese what is missing or wrong, field by field', () => {
    const v = readForm(form([['date', '31/04/2024'], ['req', 'R2'], ['recs', '1'], ['rec0.due', '01/01/2020']]));
    expect(toInput(v, 'vi', true)).toEqual({
      errors: {
        unitCode: 'Vui lòng chọn đơn vị được kiểm tra.',
        date: 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 27/10/2021.',
        team: 'Vui lòng nhập trường này.',
        kind: 'Vui lòng chọn hình thức kiểm tra.',
        _form: 'Ghi kết quả cho ít nhất một nội dung kiểm tra trước khi gửi duyệt.',
        'rec0.text': 'Nhập nội dung kiến nghị cho hạn khắc phục này.',
      },
    });
  });

  it('puts the API\'s refusals beside the fields they name, in Vietnamese', () => {
    const map = { findings: ['R1', 'R2'], recommendations: [0, 2] };
    expect(formField('input.findings[1].requirementCode', map)).toBe('result:R2');
    expect(formField('input.recommendations[1].dueDate', map)).toBe('rec2.due');
    expect(formField('input.date', map)).toBe('date');
    const errors = apiErrors([{
      code: 'BAD_USER_INPUT', message: '…', field: 'input.date', currentVersion: null,
      problems: [
        { field: 'input.date', message: 'inspection dated 2024-05-10 is outside the validity of unit W2 (… → 2020-06-30)' },
        { field: 'input.findings[0].requirementCode', message: 'requirement R1 is not valid on the inspection date 2024-05-10 (…)' },
      ],
    }], map, 'vi');
    expect(errors).toEqual({ date: 'Đơn vị không hoạt động vào ngày kiểm tra.', 'result:R1': 'Nội dung này không áp dụng vào ngày kiểm tra.' });
    expect(apiErrors([{ code: 'CONFLICT', message: '…', field: null, problems: [], currentVersion: 3 }], map, 'vi', 2)._form).toMatch(/bạn sửa phiên bản 2, hiện là phiên bản 3/);
  });
});
