/**
 * The remediation form (Cập nhật khắc phục) and the unit's plan and model forms, as plain
 * functions their form actions and tests share: form fields → the API's inputs, the checks a
 * person can fix said next to the field in Vietnamese (or English), and the API's refusals
 * (extensions.field naming input fields, SPEC §6.3) put beside the same fields.
 */
import type { Lang } from './format';
import { parseDayFirst } from './inspection-form';

export type FieldErrors = Record<string, string>;

const MESSAGES = {
  vi: {
    required: 'Vui lòng nhập trường này.',
    chooseStatus: 'Vui lòng chọn tình trạng khắc phục.',
    date: 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 15/08/2024.',
    future: 'Ngày không được sau hôm nay.',
    beforeInspection: 'Ngày không được trước ngày kiểm tra ({date}).',
    beforePrevious: 'Ngày không được trước lần cập nhật trước ({date}).',
    noteLong: 'Nội dung quá dài (tối đa 2000 ký tự).',
    year: 'Năm không hợp lệ.',
    yearLater: 'Năm này chưa đến.',
    issuedYear: 'Kế hoạch năm {year} phải ban hành trong năm {year} hoặc năm trước đó.',
    unitInactive: 'Đơn vị không hoạt động trong năm này.',
    planExists: 'Đơn vị đã có kế hoạch năm {year} (số {number}). Để thay kế hoạch đã nộp, đánh dấu «Thay kế hoạch đã nộp».',
    modelExists: 'Mô hình này đã được nộp cho năm đó.',
    stale: 'Hồ sơ đã được người khác thay đổi kể từ khi bạn mở; tải lại trang để xem phiên bản hiện tại.',
    closed: 'Kiến nghị đã khắc phục xong; chỉ quản trị viên mới mở lại được.',
    notApproved: 'Cuộc kiểm tra chưa được duyệt nên chưa cập nhật khắc phục được.',
    outOfScope: 'Ngoài phạm vi được giao của bạn.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    unreachable: 'Không kết nối được máy chủ API; vui lòng thử lại sau.',
  },
  en: {
    required: 'Please fill in this field.',
    chooseStatus: 'Please choose the status.',
    date: 'Not a valid date; write it as dd/mm/yyyy, e.g. 15/08/2024.',
    future: 'The date cannot be after today.',
    beforeInspection: 'The date cannot be before the inspection ({date}).',
    beforePrevious: 'The date cannot be before the previous update ({date}).',
    noteLong: 'Too long (at most 2000 characters).',
    year: 'Not a valid year.',
    yearLater: 'This year is still to come.',
    issuedYear: 'A plan for {year} is issued in {year} or the year before.',
    unitInactive: 'The unit did not exist in this year.',
    planExists: 'The unit already has a plan for {year} (number {number}). To replace it, tick "Replace the submitted plan".',
    modelExists: 'This model is already submitted for that year.',
    stale: 'Someone changed the record since you opened it; reload the page to see the current version.',
    closed: 'The recommendation is resolved; only an administrator can reopen it.',
    notApproved: 'The inspection is not approved yet, so its recommendations cannot be updated.',
    outOfScope: 'Outside your scope.',
    forbidden: 'You may not do this.',
    unreachable: 'The API server did not answer; please try again later.',
  },
} as const;

type Key = keyof (typeof MESSAGES)['vi'];
export const say = (lang: Lang, key: Key, values: Record<string, string | number> = {}) =>
  MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

const text = (form: FormData, name: string) => String(form.get(name) ?? '').normalize('NFC').trim();
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Today in Vietnam (UTC+7), YYYY-MM-DD. */
export const vietnamToday = (now = new Date()) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

export const STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED'] as const;

export interface ProgressValues {
  status: string;
  date: string;
  note: string;
  version: string;
}

export function readProgress(form: FormData): ProgressValues {
  return { status: text(form, 'status'), date: text(form, 'date'), note: text(form, 'note'), version: text(form, 'version') };
}

/** The input of updateRecommendationProgress, or the errors to show. */
export function toProgressInput(v: ProgressValues, lang: Lang, today = vietnamToday()): { input: { status: string; date: string; note: string; version: number | null } } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!(STATUSES as readonly string[]).includes(v.status)) errors.status = say(lang, 'chooseStatus');
  const date = parseDayFirst(v.date);
  if (!date) errors.date = v.date ? say(lang, 'date') : say(lang, 'required');
  else if (date > today) errors.date = say(lang, 'future');
  if (!v.note) errors.note = say(lang, 'required');
  else if (v.note.length > 2000) errors.note = say(lang, 'noteLong');
  if (Object.keys(errors).length) return { errors };
  return { input: { status: v.status, date: date!, note: v.note, version: /^\d+$/.test(v.version) ? Number(v.version) : null } };
}

export interface PlanValues {
  year: string;
  number: string;
  issuedOn: string;
  version: string;
  replace: boolean;
}

export function readPlan(form: FormData): PlanValues {
  return { year: text(form, 'year'), number: text(form, 'number'), issuedOn: text(form, 'issuedOn'), version: text(form, 'version'), replace: form.get('replace') === '1' };
}

const yearOf = (s: string) => (/^\d{4}$/.test(s) ? Number(s) : null);

export function toPlanInput(v: PlanValues, unitCode: string, lang: Lang, today = vietnamToday()) {
  const errors: FieldErrors = {};
  const year = yearOf(v.year);
  if (!year || year < 1990 || year > 2100) errors.year = v.year ? say(lang, 'year') : say(lang, 'required');
  if (!v.number) errors.number = say(lang, 'required');
  const issuedOn = parseDayFirst(v.issuedOn);
  if (!issuedOn) errors.issuedOn = v.issuedOn ? say(lang, 'date') : say(lang, 'required');
  else if (issuedOn > today) errors.issuedOn = say(lang, 'future');
  else if (year && !(Number(issuedOn.slice(0, 4)) >= year - 1 && Number(issuedOn.slice(0, 4)) <= year)) errors.issuedOn = say(lang, 'issuedYear', { year });
  if (Object.keys(errors).length) return { errors };
  return { input: { unitCode, year: year!, issuedOn: issuedOn!, documentNumber: v.number } };
}

export interface ModelValues {
  year: string;
  title: string;
  field: string;
  level: string;
}

export function readModel(form: FormData): ModelValues {
  return { year: text(form, 'year'), title: text(form, 'title'), field: text(form, 'field'), level: text(form, 'level') };
}

export function toModelInput(v: ModelValues, unitCode: string, lang: Lang, today = vietnamToday()) {
  const errors: FieldErrors = {};
  const year = yearOf(v.year);
  if (!year || year < 1990 || year > 2100) errors.year = v.year ? say(lang, 'year') : say(lang, 'required');
  else if (year > Number(today.slice(0, 4))) errors.year = say(lang, 'yearLater');
  if (!v.title) errors.title = say(lang, 'required');
  if (Object.keys(errors).length) return { errors };
  return { input: { unitCode, year: year!, title: v.title, field: v.field || null, level: v.level || null } };
}

/** One error of a write (lib/server/mutate.ts WriteError). */
export interface ApiError {
  code: string;
  message: string;
  field: string | null;
  problems: { field: string | null; message: string }[];
}

/** An API problem's message in the person's language, when it is one the forms know. */
function translate(lang: Lang, msg: string): string {
  let m = /before the inspection \((\d{4}-\d{2}-\d{2})\)/.exec(msg);
  if (m) return say(lang, 'beforeInspection', { date: vnDate(m[1]) });
  if ((m = /before the previous report \((\d{4}-\d{2}-\d{2})\)/.exec(msg))) return say(lang, 'beforePrevious', { date: vnDate(m[1]) });
  if (/is in the future/.test(msg)) return say(lang, 'future');
  if (/note is required|is required/.test(msg)) return say(lang, 'required');
  if (/did not exist in/.test(msg)) return say(lang, 'unitInactive');
  if ((m = /a plan for (\d{4}) is issued/.exec(msg))) return say(lang, 'issuedYear', { year: m[1] });
  if (/is still to come/.test(msg)) return say(lang, 'yearLater');
  return msg;
}

/**
 * The API's refusal, field by field: `fields` maps the API's input fields (input.date, …) to the
 * form's; anything else goes to `_form`. CONFLICT and FORBIDDEN are said in words a person knows.
 */
export function apiErrors(errors: ApiError[], fields: Record<string, string>, lang: Lang, conflictKey: (e: ApiError) => string): FieldErrors {
  const out: FieldErrors = {};
  const put = (k: string, msg: string) => (out[k] = out[k] ? `${out[k]} ${msg}` : msg);
  for (const e of errors) {
    if (e.code === 'BAD_USER_INPUT') {
      const problems = e.problems.length ? e.problems : [{ field: e.field, message: e.message }];
      for (const p of problems) put((p.field && fields[p.field]) || '_form', translate(lang, p.message.replace(/^[\w.]+: /, '')));
    } else if (e.code === 'CONFLICT') put('_form', conflictKey(e));
    else if (e.code === 'FORBIDDEN') put('_form', /scope/.test(e.message) ? say(lang, 'outOfScope') : say(lang, 'forbidden'));
    else if (e.code === 'API_UNREACHABLE') put('_form', say(lang, 'unreachable'));
    else put('_form', e.message);
  }
  return out;
}

/** A CONFLICT of updateRecommendationProgress in words. */
export function progressConflict(lang: Lang, e: ApiError): string {
  if (/only an ADMIN may reopen/.test(e.message)) return say(lang, 'closed');
  if (/remedied once it is approved/.test(e.message)) return say(lang, 'notApproved');
  return say(lang, 'stale');
}
