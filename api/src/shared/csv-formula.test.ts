import { describe, expect, it } from 'vitest';
import { escapeCsvFormula, unescapeCsvFormula } from './csv-formula.js';

describe('CSV formula injection (OWASP): a leading apostrophe out, exactly that apostrophe back in', () => {
  it('text a spreadsheet would evaluate gets one apostrophe', () => {
    for (const s of ['=HYPERLINK("http://x","bấm")', '+84 905 000 111', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '=']) {
      expect(escapeCsvFormula(s), JSON.stringify(s)).toBe(`'${s}`);
    }
  });

  it('other text, numbers written as text and dates stay as they are', () => {
    for (const s of ['Đoàn kiểm tra số 2', '2019-05-01', '0.5', '', ' =1', "'quoted'", 'a=b', '#N/A']) expect(escapeCsvFormula(s)).toBe(s);
  });

  it("text that already starts with apostrophes before a trigger gets one more, so the reverse is exact", () => {
    expect(escapeCsvFormula("'=x")).toBe("''=x");
    expect(escapeCsvFormula("''-x")).toBe("'''-x");
  });

  it('unescape(escape(s)) = s for every kind of text; unescape leaves plain text alone', () => {
    for (const s of ['=1', "'=1", "''=1", "'", "''", "'a", 'a', '-', '@', '\t', '\r\n', '=HYPERLINK("x")', "'+"]) {
      expect(unescapeCsvFormula(escapeCsvFormula(s)), JSON.stringify(s)).toBe(s);
    }
    expect(unescapeCsvFormula("'abc")).toBe("'abc");
    expect(unescapeCsvFormula("'=1")).toBe('=1');
  });
});
