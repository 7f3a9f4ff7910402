import { UnitKind } from '../../shared/enums.js';
import { activeDuring } from '../../shared/validity.js';
import { oneOf, ref, text, UNIT, validFromField, validityOrdered, validToField, type RecordDecl, str } from '../records/record.js';

const iso = (c: string) => `to_char(${c}, 'YYYY-MM-DD')`;

/** A unit (Đơn vị): SPEC §5.2 `units`, keyed by code; its parent may come later in the same file. */
export const unitRecord: RecordDecl = {
  type: 'unit',
  sheet: 'units',
  table: 'unit',
  vi: 'Đơn vị',
  en: 'Units',
  fields: [
    text('code', { required: true, vi: 'Mã', en: 'Code' }),
    text('name', { required: true, vi: 'Tên', en: 'Name' }),
    text('name_en', { vi: 'Tên tiếng Anh', en: 'English name' }),
    oneOf('kind', UnitKind, 'UnitKind', { required: true, vi: 'Loại', en: 'Kind' }),
    // a reference to the record's own table: written after all units of the import exist
    ref('parent_code', UNIT, { column: 'parent_id', vi: 'Mã đơn vị cấp trên', en: 'Parent unit code' }),
    validFromField,
    validToField,
  ],
  key: ['code'],
  keyWhat: 'unit code',
  source: true,
  rules: [
    validityOrdered,
    {
      name: 'not its own parent',
      row: ({ v, report }) => {
        if (str(v, 'parent_code') && str(v, 'parent_code') === str(v, 'code')) report('parent_code', 'a unit cannot be its own parent');
      },
    },
  ],
  lookup: {
    name: 'units',
    select: `code, kind, ${iso('valid_from')} as "validFrom", ${iso('valid_to')} as "validTo"`,
    fromValues: (v) => ({ kind: str(v, 'kind'), validFrom: str(v, 'valid_from'), validTo: str(v, 'valid_to') }),
  },
  export: {
    unitId: 'x.id',
    years: (f, t) => activeDuring('x', f, t),
  },
};
