import { describe, expect, it } from 'vitest';
import type { Problem } from '../records/validate.js';
import { refusedLine, reportProblems, translate } from './problem-report.js';

const bad = (row: number, value = 'MAYBE'): Problem => ({
  file: 'findings.csv', row, column: 'result', message: `"${value}" is not one of COMPLIANT (Đạt), PARTIAL (Đạt một phần), NON_COMPLIANT (Chưa đạt), NOT_APPLICABLE (Không áp dụng)`,
});

describe('problems people can act on (issue 16.10)', () => {
  it('one systematic mistake on 51,021 rows is one line with the count and the first rows, in Vietnamese', () => {
    const problems = [...Array.from({ length: 51_021 }, (_, i) => bad(i + 2, i % 2 ? 'Dat' : 'MAYBE')), { file: 'findings.csv', row: 9, column: 'inspection_code', message: '"inspection_code" is required' }];
    const r = reportProblems(problems, 'vi');
    expect(r.lines).toEqual([
      'findings.csv, cột result: "MAYBE" không phải một trong các giá trị COMPLIANT (Đạt), PARTIAL (Đạt một phần), NON_COMPLIANT (Chưa đạt), NOT_APPLICABLE (Không áp dụng) — 51.021 dòng, ví dụ dòng 2, 3, 4, 5, 6…',
      'findings.csv, dòng 9, cột inspection_code: thiếu giá trị bắt buộc của "inspection_code"',
    ]);
    expect(r.condensed).toBe(true);
    expect(refusedLine(problems.length, 'vi', '/tmp/x.txt')).toBe('không nhập được: 51.022 lỗi, không có gì được ghi vào cơ sở dữ liệu; danh sách đầy đủ: /tmp/x.txt');
  });

  it('--lang en: the same in English', () => {
    const r = reportProblems([bad(2), bad(3)], 'en');
    expect(r.lines).toEqual(['findings.csv, column result: "MAYBE" is not one of COMPLIANT (Đạt), PARTIAL (Đạt một phần), NON_COMPLIANT (Chưa đạt), NOT_APPLICABLE (Không áp dụng) — 2 rows, e.g. rows 2, 3']);
    expect(refusedLine(1, 'en')).toBe('import refused: 1 problem, nothing was written');
  });

  it('different mistakes stay apart; the printed lines are capped', () => {
    const many: Problem[] = Array.from({ length: 30 }, (_, i) => ({ file: `f${i}.csv`, row: 2, column: 'date', message: `"x${i}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)` }));
    const r = reportProblems(many, 'vi');
    expect(r.lines).toHaveLength(21);
    expect(r.lines[0]).toBe('f0.csv, dòng 2, cột date: "x0" không phải ngày (viết YYYY-MM-DD hoặc DD/MM/YYYY)');
    expect(r.lines[20]).toBe('… và 10 nhóm lỗi khác');
    expect(r.condensed).toBe(true);
    expect(reportProblems(many.slice(0, 3), 'vi').condensed).toBe(false);
  });

  it('a message without a translation stays as it is', () => {
    expect(translate('something new went wrong', 'vi')).toBe('something new went wrong');
  });

  it('the record declarations’ rules are said in Vietnamese too', () => {
    // one message of each rule in modules/*/*.record.ts, as the rules write them
    const messages = [
      'requirement QCDC-04 is not valid on the inspection date 2021-10-27 (2023-07-01 → nay)',
      'a RESOLVED recommendation needs resolved_on',
      'resolved_on is given but status is OPEN',
      'resolved_on 2021-01-01 is before the inspection (2021-10-27)',
      'due_date 2021-01-01 is before the inspection (2021-10-27)',
      'inspection dated 2026-01-05 is outside the validity of unit S_KHDT (… → 2025-02-28)',
      'unit S_KHDT did not exist in 2026 (… → 2025-02-28)',
      'MERGE needs at least one from_code and exactly one to_code',
      'SPLIT needs exactly one from_code and at least one to_code',
      'ESTABLISH needs at least one to_code',
      'DISSOLVE needs at least one from_code',
      'a unit cannot be its own parent',
      'period_to 2015 is before period_from 2020',
      'unit X did not yet exist on the decision date 2019-12-20 (2025-07-01 → nay)',
      'valid_to 2020-01-01 is before valid_from 2021-01-01',
    ];
    for (const m of messages) expect(translate(m, 'vi'), m).not.toBe(m);
    expect(translate(messages[1], 'vi')).toBe('kiến nghị RESOLVED (Đã khắc phục) cần ngày khắc phục (resolved_on)');
    expect(translate(messages[5], 'vi')).toBe('ngày kiểm tra 2026-01-05 nằm ngoài thời gian tồn tại của đơn vị S_KHDT (… → 2025-02-28)');
    expect(translate(messages[1], 'en')).toBe(messages[1]);
  });
});
