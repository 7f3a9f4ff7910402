import type { SheetName } from '../modules/interchange/sheets.js';

/**
 * Every dataset with the awkward parts of real data: Vietnamese text, commas, quotes and line
 * breaks in cells, provenance columns, a unit that ends and merges, a decision known by its period.
 */
export const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'C', name: 'Thành phố Đà Nẵng', kind: 'CITY' },
    { code: 'D1', name: 'Quận Hải Châu', kind: 'DISTRICT', parent_code: 'C', valid_to: '2025-06-30' },
    { code: 'W1', name: 'Phường Hòa Cường, "Bắc"', name_en: 'Hoa Cuong Bac ward', kind: 'WARD', parent_code: 'D1' },
    { code: 'W2', name: 'Phường Hai', kind: 'WARD', parent_code: 'D1', valid_to: '2020-06-30' },
    { code: 'S1', name: 'Sở Kế hoạch và Đầu tư', kind: 'DEPARTMENT', parent_code: 'C', valid_from: '2019-03-01' },
  ],
  lineage: [{ date: '2020-07-01', type: 'MERGE', from_codes: 'W2', to_codes: 'W1', decision: '123/NQ-UBTVQH', note: 'sáp nhập,\nlần 1' }],
  requirements: [
    { framework_code: 'ND04', code: 'R1', title: 'Công khai, minh bạch', category: 'PUBLICIZE', valid_from: '2015-01-01' },
    { framework_code: 'ND04', code: 'R2', title: 'Ban chỉ đạo', category: 'ORGANIZATION', valid_from: '2015-01-01', valid_to: '2019-12-31' },
  ],
  inspections: [
    {
      code: 'I1', unit_code: 'W1', date: '2019-05-01', team: 'Đoàn kiểm tra số 2', leader: 'Mai Thị Thu', kind: 'PERIODIC', rating: 'GOOD',
      conclusion: 'Thực hiện tốt, "nghiêm túc";\nmột số tồn tại', source_kind: 'ARTICLE', source_title: 'Kiểm tra QCDC', source_url: 'https://example.vn/a',
      source_publisher: 'Văn phòng Sở', source_published_on: '2019-05-03',
    },
    { code: 'I2', unit_code: 'S1', date: '2020-02-01', team: 'Đoàn kiểm tra số 2', kind: 'THEMATIC' },
  ],
  findings: [
    { inspection_code: 'I1', requirement_code: 'R1', result: 'COMPLIANT', note: 'đủ, rõ' },
    { inspection_code: 'I1', requirement_code: 'R2', result: 'PARTIAL' },
    { inspection_code: 'I2', requirement_code: 'R1', result: 'NON_COMPLIANT' },
  ],
  recommendations: [
    { inspection_code: 'I1', seq: '1', text: 'Niêm yết công khai', due_date: '2019-12-31', status: 'OPEN' },
    { inspection_code: 'I1', seq: '2', text: 'Kiện toàn Ban chỉ đạo', status: 'RESOLVED', resolved_on: '2019-10-01' },
  ],
  awards: [
    { decision_number: '881/QĐ-UBND', decision_date: '2021-03-01', issuer: 'Chủ tịch UBND thành phố', kind: 'BANG_KHEN', recipient_code: 'S1', period_from: '2015', period_to: '2020', citation: 'thành tích xuất sắc, giai đoạn 2015-2020' },
    { decision_number: '881/QĐ-UBND', decision_date: '2021-03-01', issuer: 'Chủ tịch UBND thành phố', kind: 'BANG_KHEN', recipient_code: 'W1', period_from: '2015', period_to: '2020' },
    { decision_number: '', decision_date: '', issuer: 'UBND quận', kind: 'GIAY_KHEN', recipient_code: 'W1', period_from: '2016', period_to: '2018' },
  ],
  plans: [
    { unit_code: 'W1', year: '2019', issued_on: '2019-01-15', document_number: '01/KH-UBND' },
    { unit_code: 'S1', year: '2020' },
  ],
  models: [{ unit_code: 'W1', year: '2019', title: 'Dân vận khéo, "xanh"', field: 'môi trường', level: 'phường' }],
};
