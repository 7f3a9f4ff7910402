import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../src/index.js';

describe('CSV reader and writer', () => {
  it('reads RFC 4180 quoting, doubled quotes, embedded commas and newlines, CRLF and a BOM', () => {
    const text = '\ufeffcode,name,note\r\nA,"Sở Văn hóa, Thể thao","nói ""khéo""\nhai dòng"\r\nB,,\r\n';
    expect(parseCsv(text)).toEqual([
      { code: 'A', name: 'Sở Văn hóa, Thể thao', note: 'nói "khéo"\nhai dòng' },
      { code: 'B', name: '', note: '' },
    ]);
  });

  it('reads a last line without a newline and skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([{ a: '1', b: '2' }]);
  });

  it('rejects a row whose field count differs from the header', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/row 2/);
  });

  it('quotes only when needed and round-trips', () => {
    const rows = [{ a: 'x,y', b: 'say "hi"', c: 'plain' }, { a: '', b: 'Đà Nẵng', c: '' }];
    const text = toCsv(rows, ['a', 'b', 'c']);
    expect(text).toBe('a,b,c\n"x,y","say ""hi""",plain\n,Đà Nẵng,\n');
    expect(parseCsv(text)).toEqual(rows);
  });

  it('refuses a row with a column missing from the header (unknown columns are an import error)', () => {
    expect(() => toCsv([{ a: '1', z: '2' }], ['a'])).toThrow(/"z"/);
  });
});
