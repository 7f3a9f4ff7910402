import { InspectionKind, Rating } from '../../shared/enums.js';
import { activeOn, date, oneOf, ref, span, str, text, UNIT, type RecordDecl, type Ref } from '../records/record.js';

/** An inspection team (Đoàn kiểm tra) is named on inspection rows; an unknown name creates it (SPEC §5.2). */
export const TEAM: Ref = { table: 'inspection_team', keyColumn: 'name', what: 'team', create: { columns: { name: 'key' } } };

/** An inspection (Cuộc kiểm tra): SPEC §5.2 `inspections`, keyed by code. */
export const inspectionRecord: RecordDecl = {
  type: 'inspection',
  sheet: 'inspections',
  table: 'inspection',
  vi: 'Kiểm tra',
  en: 'Inspections',
  fields: [
    text('code', { required: true, vi: 'Mã', en: 'Code' }),
    ref('unit_code', UNIT, { required: true, column: 'unit_id', vi: 'Mã đơn vị', en: 'Unit code' }),
    date('date', { required: true, vi: 'Ngày', en: 'Date' }),
    ref('team', TEAM, { required: true, column: 'team_id', vi: 'Đoàn kiểm tra', en: 'Team' }),
    text('leader', { vi: 'Người chủ trì', en: 'Leader' }),
    oneOf('kind', InspectionKind, 'InspectionKind', { inputRequired: true, vi: 'Loại', en: 'Kind' }),
    oneOf('rating', Rating, 'Rating', { vi: 'Xếp loại', en: 'Rating' }),
    text('conclusion', { vi: 'Kết luận', en: 'Conclusion' }),
  ],
  key: ['code'],
  keyWhat: 'inspection code',
  source: true,
  rules: [
    {
      name: 'dated within the unit\'s validity',
      row: ({ v, report }, { units }) => {
        const code = str(v, 'unit_code')!;
        const u = units.get(code);
        const d = str(v, 'date')!;
        if (u && !activeOn(u, d)) report('date', `inspection dated ${d} is outside the validity of unit ${code} (${span(u)})`);
      },
    },
  ],
  lookup: {
    name: 'inspections',
    select: `code, to_char(date, 'YYYY-MM-DD') as date`,
    fromValues: (v) => ({ date: str(v, 'date') }),
  },
  export: { unitId: 'x.unit_id', years: (f, t) => `x.date between ${f} and ${t}`, counted: "x.status = 'APPROVED'" },
  // recording and approval (SPEC §6.3), set by the inspection mutations; imports leave them alone
  internal: [
    { name: 'status', column: 'status', sqlType: 'text' },
    { name: 'author', column: 'author', sqlType: 'text' },
    { name: 'edited_at', column: 'edited_at', sqlType: 'timestamptz' },
    { name: 'submitted_by', column: 'submitted_by', sqlType: 'text' },
    { name: 'submitted_at', column: 'submitted_at', sqlType: 'timestamptz' },
    { name: 'reviewed_by', column: 'reviewed_by', sqlType: 'text' },
    { name: 'reviewed_at', column: 'reviewed_at', sqlType: 'timestamptz' },
    { name: 'return_reason', column: 'return_reason', sqlType: 'text' },
  ],
};
