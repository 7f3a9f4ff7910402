import type { Problem } from '../records/validate.js';

/**
 * What `qcdc import` prints when an import is refused: problems people can act on, in Vietnamese
 * by default (`--lang en`: English). The same mistake on many rows is one line with the count and
 * the first rows ("cột result: … — 51.021 dòng, ví dụ dòng 2, 3, 4, 5, 6…"); at most MAX_LINES
 * lines are printed, and when anything was grouped or left out the full list goes to a file.
 */
export type Lang = 'vi' | 'en';

export const MAX_LINES = 20;
const EXAMPLES = 5;

/** English message → Vietnamese, for the messages of the importer and the common record checks. */
const VI: [RegExp, (...m: string[]) => string][] = [
  [/^"(.*)" is not one of (.*)$/s, (v, list) => `"${v}" không phải một trong các giá trị ${list}`],
  [/^"(.*)" is not a date \(use YYYY-MM-DD or DD\/MM\/YYYY\)$/s, (v) => `"${v}" không phải ngày (viết YYYY-MM-DD hoặc DD/MM/YYYY)`],
  [/^"(.*)" is not a whole number$/s, (v) => `"${v}" không phải số nguyên`],
  [/^(\S+) is outside (\S+)$/, (v, r) => `${v} nằm ngoài khoảng ${r}`],
  [/^"(.*)" is required$/, (c) => `thiếu giá trị bắt buộc của "${c}"`],
  [/^unknown column "(.*)" \(allowed: (.*)\)$/s, (c, list) => `cột "${c}" không có trong mẫu (các cột dùng được: ${list})`],
  [/^column "(.*)" appears twice$/, (c) => `cột "${c}" xuất hiện hai lần`],
  [/^required column "(.*)" is missing$/, (c) => `thiếu cột bắt buộc "${c}"`],
  [/^the row has more cells than the header has columns$/, () => 'dòng có nhiều ô hơn số cột của dòng tiêu đề'],
  [/^the file holds ([\d.]+) MB, more than the (\d+) MB an import file may hold: split it \(e\.g\. one file a year\)$/, (n, max) => `tệp có ${n.replace('.', ',')} MB, quá ${max} MB một tệp nhập được phép: chia nhỏ tệp (ví dụ mỗi năm một tệp)`],
  [/^the cell holds ([\d,]+) characters, more than the ([\d,]+) a spreadsheet cell can hold$/, (n, max) => `ô có ${n.replace(/,/g, '.')} ký tự, quá ${max.replace(/,/g, '.')} ký tự một ô bảng tính chứa được`],
  [/^duplicate (.*) \(already on (.*) row (\d+)\)$/, (what, f, r) => `trùng ${what} (đã có ở ${f} dòng ${r})`],
  [/^unknown unit code "(.*)"$/, (c) => `không có đơn vị mã "${c}"`],
  // boundaries (modules/boundary/*.ts)
  [/^type (.*) is not Polygon or MultiPolygon \(a boundary is an area\)$/, (t) => `kiểu ${t} không phải Polygon hay MultiPolygon (ranh giới là một vùng)`],
  [/^(\S+) is (.*), not a number$/, (at, v) => `${at} là ${v}, không phải số`],
  [/^unit (\S+) ended on (\S+) \((.*)\): a boundary from (\S+) is not its shape$/, (c, d, sp, f) => `đơn vị ${c} đã kết thúc ngày ${d} (${sp}): ranh giới từ ${f} không phải của đơn vị này`],
  [/^boundary of unit (\S+) overlaps in time with (.*): give the earlier one a valid_to before the later one's valid_from$/, (c, w) => `ranh giới của đơn vị ${c} trùng thời gian với ${w}: đặt valid_to của ranh giới trước sớm hơn valid_from của ranh giới sau`],
  [/^(.*) is a spreadsheet error \(a formula that failed\), not a value: correct the formula or type the value$/, (e) => `${e} là lỗi của bảng tính (công thức bị lỗi), không phải giá trị: sửa công thức hoặc nhập giá trị`],
  [
    /^the header must be row 1, but the column names are on row (\d+): delete the (\d+) rows? above it \(row 1 holds "(.*)"\)$/s,
    (r, n, t) => `dòng tiêu đề (tên cột) phải là dòng 1, nhưng tên cột nằm ở dòng ${r}: xóa ${n} dòng phía trên (dòng 1 đang là "${t}", ví dụ tiêu đề gộp ô)`,
  ],
  [/^row 1 must hold the column names \((.*) or their Vietnamese headers\), not "(.*)"$/s, (c, t) => `dòng 1 phải chứa tên cột (${c} hoặc tên tiếng Việt), không phải "${t}"`],
  [/^unknown sheet "(.*)" \(expected one of: (.*)\)$/s, (n, list) => `trang tính "${n}" không phải tệp dữ liệu nào (dùng một trong: ${list})`],
  [/^unknown file name "(.*)" \(expected one of: (.*)\)$/s, (n, list) => `tên tệp "${n}" không phải tệp dữ liệu nào (dùng một trong: ${list})`],
  // the record declarations' own rules (modules/*/*.record.ts)
  [/^requirement (\S+) is not valid on the inspection date (\S+) \((.*)\)$/, (c, d, sp) => `yêu cầu ${c} không có hiệu lực vào ngày kiểm tra ${d} (${sp})`],
  [/^a RESOLVED recommendation needs resolved_on$/, () => 'kiến nghị RESOLVED (Đã khắc phục) cần ngày khắc phục (resolved_on)'],
  [/^resolved_on is given but status is (\S+)$/, (st) => `có ngày khắc phục (resolved_on) nhưng tình trạng là ${st}, không phải RESOLVED (Đã khắc phục)`],
  [/^resolved_on (\S+) is before the inspection \((\S+)\)$/, (d, i) => `ngày khắc phục ${d} trước ngày kiểm tra (${i})`],
  [/^due_date (\S+) is before the inspection \((\S+)\)$/, (d, i) => `hạn khắc phục ${d} trước ngày kiểm tra (${i})`],
  [/^inspection dated (\S+) is outside the validity of unit (\S+) \((.*)\)$/, (d, c, sp) => `ngày kiểm tra ${d} nằm ngoài thời gian tồn tại của đơn vị ${c} (${sp})`],
  [/^unit (\S+) did not exist in (\d+) \((.*)\)$/, (c, y, sp) => `đơn vị ${c} không tồn tại trong năm ${y} (${sp})`],
  [/^(\S+) needs at least one from_code and exactly one to_code$/, (t) => `${t} cần ít nhất một from_code và đúng một to_code`],
  [/^SPLIT needs exactly one from_code and at least one to_code$/, () => 'SPLIT (chia tách) cần đúng một from_code và ít nhất một to_code'],
  [/^ESTABLISH needs at least one to_code$/, () => 'ESTABLISH (thành lập) cần ít nhất một to_code'],
  [/^DISSOLVE needs at least one from_code$/, () => 'DISSOLVE (giải thể) cần ít nhất một from_code'],
  [/^a unit cannot be its own parent$/, () => 'đơn vị không thể là đơn vị cấp trên của chính nó'],
  [/^period_to (\S+) is before period_from (\S+)$/, (t, f) => `period_to ${t} trước period_from ${f}`],
  [/^unit (\S+) did not yet exist on the decision date (\S+) \((.*)\)$/, (c, d, sp) => `đơn vị ${c} chưa tồn tại vào ngày quyết định ${d} (${sp})`],
  [/^valid_to (\S+) is before valid_from (\S+)$/, (t, f) => `valid_to ${t} trước valid_from ${f}`],
];

export function translate(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  for (const [re, vi] of VI) {
    const m = re.exec(message);
    if (m) return vi(...m.slice(1));
  }
  return message;
}

const num = (n: number, lang: Lang) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');

function where(p: Problem, lang: Lang, withRow = true): string {
  // an API input's field, or a member of a GeoJSON file (features[3].properties.unit_code)
  if (p.field) return [p.file, withRow ? p.field : p.field.replace(/^features\[\d+\]/, 'features[…]')].filter(Boolean).join(', ');
  const row = withRow && p.row !== undefined ? (lang === 'vi' ? `dòng ${p.row}` : `row ${p.row}`) : null;
  const column = p.column ? (lang === 'vi' ? `cột ${p.column}` : `column ${p.column}`) : null;
  return [p.file, row, column].filter(Boolean).join(', ');
}

/** One problem as one line, in the language. */
export const problemLine = (p: Problem, lang: Lang) => `${where(p, lang)}: ${translate(p.message, lang)}`;

/** The same mistake: same file and column, same message once quoted values and numbers are set aside. */
const shape = (p: Problem) => [p.file ?? p.field ?? '', p.column ?? '', p.message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, '#')].join('\u0000');

export interface ProblemReport {
  /** the lines to print (at most MAX_LINES + 1) */
  lines: string[];
  /** false when every problem is on its own printed line (no file needed) */
  condensed: boolean;
}

export function reportProblems(problems: Problem[], lang: Lang, maxLines = MAX_LINES): ProblemReport {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const k = shape(p);
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  const lines: string[] = [];
  let condensed = false;
  for (const g of groups.values()) {
    if (lines.length === maxLines) {
      const left = groups.size - maxLines;
      lines.push(lang === 'vi' ? `… và ${num(left, lang)} nhóm lỗi khác` : `… and ${num(left, lang)} more kinds of problem`);
      condensed = true;
      break;
    }
    if (g.length === 1) {
      lines.push(problemLine(g[0], lang));
      continue;
    }
    condensed = true;
    const rows = g.map((p) => p.row).filter((r): r is number => r !== undefined);
    const examples = rows.slice(0, EXAMPLES).join(', ') + (rows.length > EXAMPLES ? '…' : '');
    const count = lang === 'vi' ? `${num(g.length, lang)} dòng, ví dụ dòng ${examples}` : `${num(g.length, lang)} rows, e.g. rows ${examples}`;
    lines.push(`${where(g[0], lang, false)}: ${translate(g[0].message, lang)} — ${count}`);
  }
  return { lines, condensed };
}

/** The closing line of a refused import. */
export function refusedLine(count: number, lang: Lang, file?: string): string {
  const full = file ? (lang === 'vi' ? `; danh sách đầy đủ: ${file}` : `; the full list: ${file}`) : '';
  return lang === 'vi'
    ? `không nhập được: ${num(count, lang)} lỗi, không có gì được ghi vào cơ sở dữ liệu${full}`
    : `import refused: ${num(count, lang)} problem${count === 1 ? '' : 's'}, nothing was written${full}`;
}
