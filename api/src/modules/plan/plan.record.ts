import { activeInYear, date, num, ref, span, str, text, UNIT, year, type RecordDecl, type Rule } from '../records/record.js';

/** A plan or model is recorded for a year in which its unit exists. */
export const unitExistsInYear: Rule = {
  name: 'the unit exists in the year',
  row: ({ v, report }, { units }) => {
    const code = str(v, 'unit_code')!;
    const u = units.get(code);
    const y = num(v, 'year')!;
    if (u && !activeInYear(u, y)) report('year', `unit ${code} did not exist in ${y} (${span(u)})`);
  },
};

/** An annual plan (Kế hoạch thực hiện QCDC) of a unit: SPEC §5.2 `plans`, keyed by (unit, year). */
export const planRecord: RecordDecl = {
  type: 'annual_plan',
  sheet: 'plans',
  table: 'annual_plan',
  vi: 'Kế hoạch',
  en: 'Plans',
  fields: [
    ref('unit_code', UNIT, { required: true, column: 'unit_id', vi: 'Mã đơn vị', en: 'Unit code' }),
    year('year', { required: true, vi: 'Năm', en: 'Year' }),
    date('issued_on', { vi: 'Ngày ban hành', en: 'Issued on' }),
    text('document_number', { vi: 'Số văn bản', en: 'Document number' }),
  ],
  key: ['unit_code', 'year'],
  keyWhat: 'plan for this unit and year',
  source: true,
  rules: [unitExistsInYear],
  export: { unitId: 'x.unit_id', years: (f, t) => `x.year between extract(year from ${f}) and extract(year from ${t})` },
};
