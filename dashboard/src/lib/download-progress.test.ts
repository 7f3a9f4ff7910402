import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download-progress';

describe('fileNameOf (the name a download is saved under)', () => {
  it('prefers the UTF-8 name the API sends, then the plain one', () => {
    // what api/src/modules/export/export.routes.ts attachment() writes
    expect(fileNameOf(`attachment; filename="qcdc-bao-cao-2025.xlsx"; filename*=UTF-8''qcdc-b%C3%A1o-c%C3%A1o.xlsx`)).toBe('qcdc-báo-cáo.xlsx');
    expect(fileNameOf('attachment; filename="qcdc-units.csv"')).toBe('qcdc-units.csv');
    expect(fileNameOf('attachment; filename=qcdc-units.csv')).toBe('qcdc-units.csv');
    expect(fileNameOf(`attachment; filename="x_.csv"; filename*=UTF-8''%E0%A4%A`)).toBe('x_.csv');
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('inline')).toBeNull();
  });
});
