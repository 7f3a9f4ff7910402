import { describe, expect, it } from 'vitest';
import { apiErrors, progressConflict, toModelInput, toPlanInput, toProgressInput } from './remediation-form';

const TODAY = '2026-12-02';

describe('the remediation form', () => {
  it('turns the fields into the API input (dd/mm/yyyy → ISO) and says what is missing next to the field, in Vietnamese', () => {
    expect(toProgressInput({ status: 'RESOLVED', date: '15/08/2024', note: 'Đã ban hành', version: '3' }, 'vi', TODAY)).toEqual({
      input: { status: 'RESOLVED', date: '2024-08-15', note: 'Đã ban hành', version: 3 },
    });
    expect(toProgressInput({ status: '', date: '31/02/2024', note: '', version: '' }, 'vi', TODAY)).toEqual({
      errors: {
        status: 'Vui lòng chọn tình trạng khắc phục.',
        date: 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 15/08/2024.',
        note: 'Vui lòng nhập trường này.',
      },
    });
    expect(toProgressInput({ status: 'OPEN', date: '03/12/2026', note: 'x', version: '' }, 'vi', TODAY)).toEqual({ errors: { date: 'Ngày không được sau hôm nay.' } });
  });

  it('puts the API refusals beside their fields, in words', () => {
    const fields = { 'input.date': 'date', 'input.note': 'note' };
    const bad = [{ code: 'BAD_USER_INPUT', message: 'x', field: 'input.date', problems: [{ field: 'input.date', message: 'date 2024-02-01 is before the inspection (2024-03-01)' }] }];
    expect(apiErrors(bad, fields, 'vi', () => '')).toEqual({ date: 'Ngày không được trước ngày kiểm tra (01/03/2024).' });
    const closed = { code: 'CONFLICT', message: 'recommendation I1/1 is RESOLVED since 2024-08-15: only an ADMIN may reopen or re-date it', field: null, problems: [] };
    expect(apiErrors([closed], fields, 'vi', (e) => progressConflict('vi', e))).toEqual({ _form: 'Kiến nghị đã khắc phục xong; chỉ quản trị viên mới mở lại được.' });
    expect(apiErrors([{ code: 'FORBIDDEN', message: 'no recommendation X/1 in your scope', field: null, problems: [] }], fields, 'vi', () => '')).toEqual({ _form: 'Ngoài phạm vi được giao của bạn.' });
  });
});

describe('the plan and model forms', () => {
  it('check year, number and date; a plan is issued in its year or the one before', () => {
    expect(toPlanInput({ year: '2026', number: '05/KH-UBND', issuedOn: '15/01/2026', version: '', replace: false }, 'W1', 'vi', TODAY)).toEqual({
      input: { unitCode: 'W1', year: 2026, issuedOn: '2026-01-15', documentNumber: '05/KH-UBND' },
    });
    expect(toPlanInput({ year: '2026', number: '', issuedOn: '15/01/2020', version: '', replace: false }, 'W1', 'vi', TODAY)).toEqual({
      errors: { number: 'Vui lòng nhập trường này.', issuedOn: 'Kế hoạch năm 2026 phải ban hành trong năm 2026 hoặc năm trước đó.' },
    });
    expect(toModelInput({ year: '2027', title: '', field: '', level: '' }, 'W1', 'vi', TODAY)).toEqual({ errors: { year: 'Năm này chưa đến.', title: 'Vui lòng nhập trường này.' } });
    expect(toModelInput({ year: '2026', title: 'Mô hình A', field: '', level: 'Cấp quận' }, 'W1', 'vi', TODAY)).toEqual({ input: { unitCode: 'W1', year: 2026, title: 'Mô hình A', field: null, level: 'Cấp quận' } });
  });
});
