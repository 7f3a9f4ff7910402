import { FindingResult } from '../../shared/enums.js';
import { activeOn, INSPECTION, oneOf, ref, REQUIREMENT, span, str, text, type RecordDecl } from '../records/record.js';

/** A finding (Kết quả kiểm tra) of an inspection on one requirement: SPEC §5.2 `findings`; its inspection's source is its own. */
export const findingRecord: RecordDecl = {
  type: 'finding',
  sheet: 'findings',
  table: 'finding',
  vi: 'Kết quả kiểm tra',
  en: 'Findings',
  fields: [
    ref('inspection_code', INSPECTION, { required: true, column: 'inspection_id', vi: 'Mã cuộc kiểm tra', en: 'Inspection code' }),
    ref('requirement_code', REQUIREMENT, { required: true, column: 'requirement_id', vi: 'Mã tiêu chí', en: 'Requirement code' }),
    oneOf('result', FindingResult, 'FindingResult', { required: true, vi: 'Kết quả', en: 'Result' }),
    text('note', { vi: 'Ghi chú', en: 'Note' }),
  ],
  key: ['inspection_code', 'requirement_code'],
  keyWhat: 'finding for this inspection and requirement',
  source: false,
  rules: [
    {
      name: 'the requirement is valid on the inspection date',
      row: ({ v, report }, { inspections, requirements }) => {
        const insp = inspections.get(str(v, 'inspection_code')!);
        const code = str(v, 'requirement_code')!;
        const req = requirements.get(code);
        if (insp && req && !activeOn(req, insp.date)) report('requirement_code', `requirement ${code} is not valid on the inspection date ${insp.date} (${span(req)})`);
      },
    },
  ],
  export: { unitId: 'r_inspection_code.unit_id', years: (f, t) => `r_inspection_code.date between ${f} and ${t}`, counted: "r_inspection_code.status = 'APPROVED'" },
};
