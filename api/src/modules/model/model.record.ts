import { ref, text, UNIT, year, type RecordDecl } from '../records/record.js';
import { unitExistsInYear } from '../plan/plan.record.js';

/** A "Dân vận khéo" model of a unit: SPEC §5.2 `models`, keyed by (unit, year, title). */
export const modelRecord: RecordDecl = {
  type: 'model',
  sheet: 'models',
  table: 'model',
  vi: 'Mô hình Dân vận khéo',
  en: 'Models',
  fields: [
    ref('unit_code', UNIT, { required: true, column: 'unit_id', vi: 'Mã đơn vị', en: 'Unit code' }),
    year('year', { required: true, vi: 'Năm', en: 'Year' }),
    text('title', { required: true, vi: 'Tiêu đề', en: 'Title' }),
    text('field', { vi: 'Lĩnh vực', en: 'Field' }),
    text('level', { vi: 'Cấp', en: 'Level' }),
  ],
  key: ['unit_code', 'year', 'title'],
  keyWhat: 'model (unit, year, title)',
  source: true,
  rules: [unitExistsInYear],
  export: { unitId: 'x.unit_id', years: (f, t) => `x.year between extract(year from ${f}) and extract(year from ${t})` },
};
