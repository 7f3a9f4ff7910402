import { RequirementCategory } from '../../shared/enums.js';
import { activeDuring } from '../../shared/validity.js';
import { oneOf, ref, text, validFromField, validityOrdered, validToField, type RecordDecl, type Ref, str } from '../records/record.js';

const iso = (c: string) => `to_char(${c}, 'YYYY-MM-DD')`;

/** A framework (Căn cứ pháp lý) is named by its code on requirement rows; an unknown code creates it (SPEC §5.2). */
export const FRAMEWORK: Ref = {
  table: 'framework', keyColumn: 'code', what: 'framework code',
  create: { columns: { code: 'key', title: 'key', source_id: 'source' } },
};

/** A requirement (Tiêu chí) of a framework: SPEC §5.2 `requirements`, keyed by code. */
export const requirementRecord: RecordDecl = {
  type: 'requirement',
  sheet: 'requirements',
  table: 'requirement',
  vi: 'Tiêu chí',
  en: 'Requirements',
  fields: [
    ref('framework_code', FRAMEWORK, { required: true, column: 'framework_id', vi: 'Căn cứ pháp lý', en: 'Framework code' }),
    text('code', { required: true, vi: 'Mã', en: 'Code' }),
    text('title', { required: true, vi: 'Tiêu đề', en: 'Title' }),
    text('title_en', { vi: 'Tiêu đề tiếng Anh', en: 'English title' }),
    oneOf('category', RequirementCategory, 'RequirementCategory', { required: true, vi: 'Nhóm nội dung', en: 'Category' }),
    validFromField,
    validToField,
  ],
  key: ['code'],
  keyWhat: 'requirement code',
  source: true,
  rules: [validityOrdered],
  lookup: {
    name: 'requirements',
    select: `code, ${iso('valid_from')} as "validFrom", ${iso('valid_to')} as "validTo"`,
    fromValues: (v) => ({ validFrom: str(v, 'valid_from'), validTo: str(v, 'valid_to') }),
  },
  export: {
    years: (f, t) => activeDuring('x', f, t),
  },
};
