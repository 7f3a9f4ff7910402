import { RecommendationStatus } from '../../shared/enums.js';
import { date, INSPECTION, int, oneOf, ref, str, text, type RecordDecl } from '../records/record.js';

/** A recommendation (Kiến nghị, a matter to remedy) of an inspection: SPEC §5.2 `recommendations`, keyed by (inspection, seq). */
export const recommendationRecord: RecordDecl = {
  type: 'recommendation',
  sheet: 'recommendations',
  table: 'recommendation',
  vi: 'Kiến nghị',
  en: 'Recommendations',
  fields: [
    ref('inspection_code', INSPECTION, { required: true, column: 'inspection_id', vi: 'Mã cuộc kiểm tra', en: 'Inspection code' }),
    int('seq', { min: 1, max: 100000 }, { required: true, vi: 'STT', en: 'No.' }),
    text('text', { required: true, vi: 'Nội dung', en: 'Text' }),
    date('due_date', { vi: 'Hạn khắc phục', en: 'Due date' }),
    oneOf('status', RecommendationStatus, 'RecommendationStatus', { required: true, vi: 'Tình trạng', en: 'Status' }),
    date('resolved_on', { vi: 'Ngày khắc phục', en: 'Resolved on' }),
  ],
  key: ['inspection_code', 'seq'],
  keyWhat: 'recommendation (inspection, seq)',
  source: false,
  rules: [
    {
      name: 'resolved_on agrees with the status and the dates follow the inspection',
      row: ({ v, report }, { inspections }) => {
        const insp = inspections.get(str(v, 'inspection_code')!);
        const status = str(v, 'status');
        const resolved = str(v, 'resolved_on');
        if (status === 'RESOLVED' && !resolved) report('resolved_on', 'a RESOLVED recommendation needs resolved_on');
        if (status !== 'RESOLVED' && resolved) report('resolved_on', `resolved_on is given but status is ${status}`);
        if (insp && resolved && resolved < insp.date) report('resolved_on', `resolved_on ${resolved} is before the inspection (${insp.date})`);
        const due = str(v, 'due_date');
        if (insp && due && due < insp.date) report('due_date', `due_date ${due} is before the inspection (${insp.date})`);
      },
    },
  ],
  // the latest remediation report (remediation.service.ts); imports leave them as they are
  internal: [
    { name: 'progress_on', column: 'progress_on', sqlType: 'date' },
    { name: 'progress_note', column: 'progress_note', sqlType: 'text' },
    { name: 'progress_at', column: 'progress_at', sqlType: 'timestamptz' },
  ],
  export: { unitId: 'r_inspection_code.unit_id', years: (f, t) => `r_inspection_code.date between ${f} and ${t}`, counted: "r_inspection_code.status = 'APPROVED'" },
};
