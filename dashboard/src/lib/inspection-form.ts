/**
 * The inspection form (Ghi nhận kết quả kiểm tra), as plain functions the form action and its
 * tests share: form fields → the API's InspectionInput, with the checks a person can fix in the
 * form said next to the field in Vietnamese (or English), and the API's own refusals (SPEC §6.3,
 * extensions.problems naming input fields) put beside the same fields.
 */
import type { Lang } from './format';

// the form's date format lives with the other date helpers (every date field of the dashboard uses it)
import { dayFirst, parseDayFirst } from './dates';
export { dayFirst, parseDayFirst };

export interface RecommendationRow {
  text: string;
  due: string;
}

/** What the person typed, kept to show the form again as it was. */
export interface FormValues {
  code: string;
  version: string;
  unitCode: string;
  date: string;
  team: string;
  leader: string;
  kind: string;
  rating: string;
  conclusion: string;
  /** requirement code → result ('' = not assessed) and note */
  results: Record<string, { result: string; note: string }>;
  recommendations: RecommendationRow[];
}

export interface InspectionInputShape {
  unitCode: string;
  date: string;
  team: string;
  kind: string;
  leader: string | null;
  rating: string | null;
  conclusion: string | null;
  findings: { requirementCode: string; result: string; note: string | null }[];
  recommendations: { text: string; dueDate: string | null }[];
}

/** Field keys of the form: unitCode, date, team, kind, rating, `result:<requirement>`, `rec<i>.text`, `rec<i>.due`, and `_form`. */
export type FieldErrors = Record<string, string>;

const MESSAGES = {
  vi: {
    required: 'Vui lòng nhập trường này.',
    chooseUnit: 'Vui lòng chọn đơn vị được kiểm tra.',
    chooseKind: 'Vui lòng chọn hình thức kiểm tra.',
    date: 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 27/10/2021.',
    dueBefore: 'Hạn khắc phục không được trước ngày kiểm tra.',
    dueWithoutText: 'Nhập nội dung kiến nghị cho hạn khắc phục này.',
    noFinding: 'Ghi kết quả cho ít nhất một nội dung kiểm tra trước khi gửi duyệt.',
    unitInactive: 'Đơn vị không hoạt động vào ngày kiểm tra.',
    unknownUnit: 'Không có đơn vị với mã này.',
    requirementInvalid: 'Nội dung này không áp dụng vào ngày kiểm tra.',
    unknownRequirement: 'Không có nội dung kiểm tra với mã này.',
    outOfScope: 'Đơn vị nằm ngoài phạm vi được giao của bạn.',
    duplicate: 'Nội dung này đã có kết quả ở dòng khác.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    conflict: 'Hồ sơ đã được thay đổi kể từ khi bạn mở (bạn sửa phiên bản {mine}, hiện là phiên bản {current}). Thay đổi của bạn chưa được lưu; xem phiên bản hiện tại bên dưới.',
    state: 'Hồ sơ không còn ở trạng thái cho phép thao tác này.',
    unreachable: 'Không kết nối được máy chủ API; vui lòng thử lại sau.',
  },
  en: {
    required: 'Please fill in this field.',
    chooseUnit: 'Please choose the inspected unit.',
    chooseKind: 'Please choose the kind of inspection.',
    date: 'Not a valid date; write it as dd/mm/yyyy, e.g. 27/10/2021.',
    dueBefore: 'The due date cannot be before the inspection date.',
    dueWithoutText: 'Write the recommendation for this due date.',
    noFinding: 'Record the result of at least one requirement before submitting.',
    unitInactive: 'The unit did not exist on the inspection date.',
    unknownUnit: 'There is no unit with this code.',
    requirementInvalid: 'This requirement does not apply on the inspection date.',
    unknownRequirement: 'There is no requirement with this code.',
    outOfScope: 'The unit is outside your scope.',
    duplicate: 'This requirement already has a result on another row.',
    forbidden: 'You may not do this.',
    conflict: 'The record was changed since you opened it (you edited version {mine}, it is now version {current}). Your changes were not saved; the current version is shown below.',
    state: 'The record is no longer in a status that allows this.',
    unreachable: 'The API server did not answer; please try again later.',
  },
} as const;

export type MessageKey = keyof (typeof MESSAGES)['vi'];
export const message = (lang: Lang, key: MessageKey, values: Record<string, string | number> = {}) =>
  MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

const text = (form: FormData, name: string) => String(form.get(name) ?? '').normalize('NFC').trim();

/** The form's fields as typed (requirement rows from the hidden `req` list, recommendation rows `rec<i>`). */
export function readForm(form: FormData): FormValues {
  const results: FormValues['results'] = {};
  for (const code of form.getAll('req').map(String)) results[code] = { result: text(form, `result:${code}`), note: text(form, `note:${code}`) };
  const recommendations: RecommendationRow[] = [];
  const rows = Number(text(form, 'recs')) || 0;
  for (let i = 0; i < Math.min(rows, 50); i++) recommendations.push({ text: text(form, `rec${i}.text`), due: text(form, `rec${i}.due`) });
  return {
    code: text(form, 'code'),
    version: text(form, 'version'),
    unitCode: text(form, 'unitCode'),
    date: text(form, 'date'),
    team: text(form, 'team'),
    leader: text(form, 'leader'),
    kind: text(form, 'kind'),
    rating: text(form, 'rating'),
    conclusion: text(form, 'conclusion'),
    results,
    recommendations,
  };
}

/** Where each API input path points in the form (findings and recommendations by their position in the input). */
export interface InputMap {
  findings: string[];
  recommendations: number[];
}

/**
 * The input for createInspection/updateInspection, or the errors to show: what the form can tell
 * (required fields, dates, a due date before the visit) in the person's language.
 */
export function toInput(v: FormValues, lang: Lang, submitting: boolean): { input: InspectionInputShape; map: InputMap } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!v.unitCode) errors.unitCode = message(lang, 'chooseUnit');
  const date = parseDayFirst(v.date);
  if (!date) errors.date = v.date ? message(lang, 'date') : message(lang, 'required');
  if (!v.team) errors.team = message(lang, 'required');
  if (!v.kind) errors.kind = message(lang, 'chooseKind');
  const findings: InspectionInputShape['findings'] = [];
  for (const [code, r] of Object.entries(v.results)) if (r.result) findings.push({ requirementCode: code, result: r.result, note: r.note || null });
  if (submitting && !findings.length) errors._form = message(lang, 'noFinding');
  const recommendations: InspectionInputShape['recommendations'] = [];
  const recRows: number[] = [];
  v.recommendations.forEach((r, i) => {
    if (!r.text && !r.due) return;
    if (!r.text) errors[`rec${i}.text`] = message(lang, 'dueWithoutText');
    let due: string | null = null;
    if (r.due) {
      due = parseDayFirst(r.due);
      if (!due) errors[`rec${i}.due`] = message(lang, 'date');
      else if (date && due < date) errors[`rec${i}.due`] = message(lang, 'dueBefore');
    }
    recommendations.push({ text: r.text, dueDate: due });
    recRows.push(i);
  });
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      unitCode: v.unitCode, date: date!, team: v.team, kind: v.kind,
      leader: v.leader || null, rating: v.rating || null, conclusion: v.conclusion || null, findings, recommendations,
    },
    map: { findings: findings.map((f) => f.requirementCode), recommendations: recRows },
  };
}

/** An API problem's message in the person's language, when it is one the form knows. */
function translate(lang: Lang, msg: string): string {
  if (/outside the validity of unit/.test(msg)) return message(lang, 'unitInactive');
  if (/unknown unit code/.test(msg)) return message(lang, 'unknownUnit');
  if (/is not valid on the inspection date/.test(msg)) return message(lang, 'requirementInvalid');
  if (/unknown requirement code/.test(msg)) return message(lang, 'unknownRequirement');
  if (/is before the inspection/.test(msg)) return message(lang, 'dueBefore');
  if (/is already given in findings/.test(msg)) return message(lang, 'duplicate');
  if (/has no findings/.test(msg)) return message(lang, 'noFinding');
  if (/is required/.test(msg)) return message(lang, 'required');
  return msg;
}

/** The form field an API input path names: input.findings[2].result → result:<its requirement>. */
export function formField(path: string | null, map: InputMap): string {
  if (!path) return '_form';
  let m = /^input\.findings\[(\d+)\]/.exec(path);
  if (m) return map.findings[Number(m[1])] ? `result:${map.findings[Number(m[1])]}` : '_form';
  m = /^input\.recommendations\[(\d+)\]\.(\w+)/.exec(path);
  if (m) {
    const row = map.recommendations[Number(m[1])];
    return row === undefined ? '_form' : `rec${row}.${m[2] === 'dueDate' ? 'due' : 'text'}`;
  }
  m = /^input\.(unitCode|date|team|kind|rating|leader|conclusion)$/.exec(path);
  return m ? m[1] : '_form';
}

/** The API's refusal of a write, field by field. */
export function apiErrors(
  errors: { code: string; message: string; field: string | null; problems: { field: string | null; message: string }[]; currentVersion: number | null }[],
  map: InputMap,
  lang: Lang,
  mine?: number,
): FieldErrors {
  const out: FieldErrors = {};
  const put = (k: string, msg: string) => (out[k] = out[k] ? `${out[k]} ${msg}` : msg);
  for (const e of errors) {
    if (e.code === 'BAD_USER_INPUT') {
      const problems = e.problems.length ? e.problems : [{ field: e.field, message: e.message }];
      for (const p of problems) put(formField(p.field, map), translate(lang, p.message));
    } else if (e.code === 'CONFLICT') {
      put('_form', e.currentVersion !== null && mine !== undefined && e.currentVersion !== mine ? message(lang, 'conflict', { mine, current: e.currentVersion }) : message(lang, 'state'));
    } else if (e.code === 'FORBIDDEN') {
      put(/outside your scope/.test(e.message) ? 'unitCode' : '_form', /outside your scope/.test(e.message) ? message(lang, 'outOfScope') : `${message(lang, 'forbidden')} (${e.message})`);
    } else if (e.code === 'API_UNREACHABLE') put('_form', message(lang, 'unreachable'));
    else put('_form', e.message);
  }
  return out;
}
