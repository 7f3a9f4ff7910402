/**
 * The restructuring form (Tổ chức lại đơn vị), as plain functions the form action and its tests
 * share: form fields → the API's RestructureInput with the checks a person can fix said next to
 * the field, and the API's refusals (extensions.problems naming input fields) put beside the same
 * fields, in Vietnamese (or English).
 */
import type { Lang } from './format';
import { parseDayFirst } from './inspection-form';

export const KINDS = ['MERGE', 'SPLIT', 'RENAME', 'DISSOLVE'] as const;
/** Rows of targets the form offers (a split into more is for the API). */
export const TARGET_ROWS = 4;

export interface TargetRow {
  code: string;
  name: string;
  kind: string;
  parentCode: string;
}
export interface RestructureValues {
  kind: string;
  date: string;
  fromUnits: string;
  targets: TargetRow[];
  decisionNumber: string;
  decisionDate: string;
  decisionIssuer: string;
  decisionUrl: string;
  note: string;
}
export type FieldErrors = Record<string, string>;

export function readForm(f: FormData): RestructureValues {
  const s = (k: string) => String(f.get(k) ?? '').normalize('NFC').trim();
  const targets: TargetRow[] = [];
  for (let i = 0; i < TARGET_ROWS; i++) targets.push({ code: s(`t${i}.code`), name: s(`t${i}.name`), kind: s(`t${i}.kind`), parentCode: s(`t${i}.parentCode`) });
  return {
    kind: s('kind'), date: s('date'), fromUnits: s('fromUnits'), targets,
    decisionNumber: s('decisionNumber'), decisionDate: s('decisionDate'), decisionIssuer: s('decisionIssuer'), decisionUrl: s('decisionUrl'), note: s('note'),
  };
}

export const emptyValues = (): RestructureValues => ({
  kind: 'MERGE', date: '', fromUnits: '', targets: Array.from({ length: TARGET_ROWS }, () => ({ code: '', name: '', kind: '', parentCode: '' })),
  decisionNumber: '', decisionDate: '', decisionIssuer: '', decisionUrl: '', note: '',
});

const M = {
  required: { vi: 'Bắt buộc nhập.', en: 'Required.' },
  date: { vi: 'Ngày không hợp lệ (dd/mm/yyyy).', en: 'Not a date (dd/mm/yyyy).' },
  kind: { vi: 'Chọn kiểu tổ chức lại.', en: 'Choose the kind of restructuring.' },
} as const;

export interface RestructureInputShape {
  kind: string;
  date: string;
  fromUnits: string[];
  targets: { code: string; name: string | null; kind: string | null; parentCode: string | null }[];
  decision: { number: string; date: string; issuer: string; url: string | null };
  note: string | null;
}

/** The form's values as the API input, or the errors a person can fix before asking; `rows`: target index → form row. */
export function toInput(v: RestructureValues, lang: Lang): { input: RestructureInputShape; rows: number[] } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!(KINDS as readonly string[]).includes(v.kind)) errors.kind = M.kind[lang];
  const date = parseDayFirst(v.date);
  if (!v.date) errors.date = M.required[lang];
  else if (!date) errors.date = M.date[lang];
  const decisionDate = parseDayFirst(v.decisionDate);
  if (!v.decisionDate) errors.decisionDate = M.required[lang];
  else if (!decisionDate) errors.decisionDate = M.date[lang];
  if (!v.decisionNumber) errors.decisionNumber = M.required[lang];
  if (!v.decisionIssuer) errors.decisionIssuer = M.required[lang];
  const fromUnits = v.fromUnits.split(/[;,\s]+/).map((c) => c.trim()).filter(Boolean);
  if (!fromUnits.length) errors.fromUnits = M.required[lang];
  const rows: number[] = [];
  const targets: RestructureInputShape['targets'] = [];
  v.targets.forEach((t, i) => {
    if (!t.code && !t.name && !t.kind && !t.parentCode) return;
    if (!t.code) errors[`t${i}.code`] = M.required[lang];
    targets.push({ code: t.code, name: t.name || null, kind: t.kind || null, parentCode: t.parentCode || null });
    rows.push(i);
  });
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      kind: v.kind, date: date!, fromUnits, targets,
      decision: { number: v.decisionNumber, date: decisionDate!, issuer: v.decisionIssuer, url: v.decisionUrl || null },
      note: v.note || null,
    },
    rows,
  };
}

/** The API's English messages (restructure.service.ts) as people read them. */
const TRANSLATIONS: [RegExp, (m: RegExpExecArray) => { vi: string; en: string }][] = [
  [/unknown unit code "(.*)"/, (m) => ({ vi: `Không có đơn vị mã "${m[1]}".`, en: `No unit with code "${m[1]}".` })],
  [/unit (\S+) is not active on (\S+): it ended on (\S+)/, (m) => ({ vi: `Đơn vị ${m[1]} không còn hoạt động vào ngày ${m[2]} (đã kết thúc ngày ${m[3]}).`, en: `Unit ${m[1]} is not active on ${m[2]} (it ended on ${m[3]}).` })],
  [/the date (\S+) is not after unit (\S+) began \((\S+)\)/, (m) => ({ vi: `Ngày hiệu lực ${m[1]} phải sau ngày đơn vị ${m[2]} bắt đầu (${m[3]}).`, en: `The date ${m[1]} must be after unit ${m[2]} began (${m[3]}).` })],
  [/cannot be restructured into itself/, () => ({ vi: 'Không thể sáp nhập, chia tách một đơn vị vào chính nó.', en: 'A unit cannot be restructured into itself.' })],
  [/is already given in/, () => ({ vi: 'Đơn vị này đã được nêu ở trên.', en: 'This unit is given twice.' })],
  [/^MERGE needs/, () => ({ vi: 'Hợp nhất, sáp nhập cần các đơn vị trước và đúng một đơn vị sau.', en: 'A merge needs the units to merge and exactly one target.' })],
  [/^SPLIT needs/, () => ({ vi: 'Chia tách cần đúng một đơn vị trước và ít nhất hai đơn vị sau.', en: 'A split needs exactly one unit and at least two targets.' })],
  [/^RENAME needs/, () => ({ vi: 'Đổi tên cần đúng một đơn vị trước và một đơn vị sau (cùng mã để đổi tên tại chỗ).', en: 'A rename needs one unit and one target (the same code renames in place).' })],
  [/^DISSOLVE needs/, () => ({ vi: 'Giải thể cần các đơn vị giải thể và không có đơn vị sau.', en: 'A dissolution needs the units and no target.' })],
  [/a new unit needs its name/, () => ({ vi: 'Đơn vị mới cần có tên.', en: 'A new unit needs its name.' })],
  [/a new unit needs its kind/, () => ({ vi: 'Đơn vị mới cần chọn loại.', en: 'A new unit needs its kind.' })],
  [/give the new name/, () => ({ vi: 'Nhập tên mới.', en: 'Give the new name.' })],
  [/the unit's name already/, () => ({ vi: 'Tên mới trùng với tên hiện tại.', en: 'That is the name already.' })],
  [/is taken/, () => ({ vi: 'Mã đơn vị này đã có.', en: 'That unit code is taken.' })],
  [/cannot be the new unit's parent/, () => ({ vi: 'Đơn vị cấp trên này kết thúc trong cùng đợt tổ chức lại.', en: 'That parent ends with this restructuring.' })],
  [/unit (\S+) is not active on (\S+)/, (m) => ({ vi: `Đơn vị ${m[1]} không hoạt động vào ngày ${m[2]}.`, en: `Unit ${m[1]} is not active on ${m[2]}.` })],
  [/give the decision number/, () => ({ vi: 'Nhập số hiệu quyết định.', en: 'Give the decision number.' })],
  [/give the issuing body/, () => ({ vi: 'Nhập cơ quan ban hành.', en: 'Give the issuing body.' })],
  [/give the unit code/, () => M.required],
  [/is not a date/, () => M.date],
  [/not a web address/, () => ({ vi: 'Liên kết phải bắt đầu bằng http:// hoặc https://.', en: 'The link must start with http:// or https://.' })],
];

export function translate(lang: Lang, message: string): string {
  for (const [re, f] of TRANSLATIONS) {
    const m = re.exec(message);
    if (m) return f(m)[lang];
  }
  return message;
}

/** The form field an API input path names (input.targets[1].name → t<row>.name). */
export function formField(path: string | null, rows: number[]): string {
  if (!path) return '_form';
  let m = /^input\.targets\[(\d+)\]\.(code|name|kind|parentCode)$/.exec(path);
  if (m) return rows[Number(m[1])] === undefined ? 'targets' : `t${rows[Number(m[1])]}.${m[2]}`;
  m = /^input\.targets\[(\d+)\]$/.exec(path);
  if (m) return rows[Number(m[1])] === undefined ? 'targets' : `t${rows[Number(m[1])]}.code`;
  if (/^input\.fromUnits/.test(path)) return 'fromUnits';
  m = /^input\.decision\.(number|date|issuer|url)$/.exec(path);
  if (m) return `decision${m[1][0].toUpperCase()}${m[1].slice(1)}`;
  m = /^input\.(kind|date|targets|note)$/.exec(path);
  return m ? m[1] : '_form';
}

export function apiErrors(errors: { code: string; message: string; field: string | null; problems: { field: string | null; message: string }[] }[], rows: number[], lang: Lang): FieldErrors {
  const out: FieldErrors = {};
  const put = (k: string, msg: string) => (out[k] = out[k] ? `${out[k]} ${msg}` : msg);
  for (const e of errors) {
    if (e.code === 'BAD_USER_INPUT') {
      for (const p of e.problems.length ? e.problems : [{ field: e.field, message: e.message }]) put(formField(p.field, rows), translate(lang, p.message));
    } else if (e.code === 'FORBIDDEN') put('_form', lang === 'vi' ? 'Chỉ Quản trị được tổ chức lại đơn vị.' : 'Only an ADMIN may restructure units.');
    else if (e.code === 'API_UNREACHABLE') put('_form', lang === 'vi' ? 'Không kết nối được máy chủ API.' : 'The API cannot be reached.');
    else put('_form', e.message);
  }
  return out;
}
