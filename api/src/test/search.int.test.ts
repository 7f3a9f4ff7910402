import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SheetName } from '../modules/interchange/sheets.js';
import { testDatabase, type TestDb } from './db.js';

/**
 * One search rule for every list (shared/search.ts): each word must occur, in any order, accent-
 * and case-insensitively, spaces collapsed. The fixture has one record of each kind whose text
 * contains "kế hoạch" and one beside it that does not:
 *   units          S1 "Sở Kế hoạch và Đầu tư"            S2 "Sở Tài chính"
 *   requirements   R1 "Xây dựng kế hoạch thực hiện"       R2 "Công khai tài chính"
 *   models         "Mô hình Kế hoạch số"  (S1)           "Mô hình B" (S2)
 *   teams          "Tổ Kế hoạch" (inspection I1 of S1)   "Đoàn kiểm tra số 2" (I2 of S2)
 *   sources        "Báo cáo kế hoạch năm 2021" (of I1)
 *   award issuers  "Chủ tịch UBND thành phố"
 */
const fixture: Partial<Record<SheetName, Record<string, string>[]>> = {
  units: [
    { code: 'C', name: 'Thành phố', kind: 'CITY' },
    { code: 'S1', name: 'Sở Kế hoạch và Đầu tư', kind: 'DEPARTMENT', parent_code: 'C' },
    { code: 'S2', name: 'Sở Tài chính', kind: 'DEPARTMENT', parent_code: 'C' },
  ],
  requirements: [
    { framework_code: 'F', code: 'R1', title: 'Xây dựng kế hoạch thực hiện', category: 'LEADERSHIP' },
    { framework_code: 'F', code: 'R2', title: 'Công khai tài chính', category: 'PUBLICIZE' },
  ],
  inspections: [
    { code: 'I1', unit_code: 'S1', date: '2021-03-01', team: 'Tổ Kế hoạch', kind: 'PERIODIC', source_kind: 'REPORT', source_title: 'Báo cáo kế hoạch năm 2021' },
    { code: 'I2', unit_code: 'S2', date: '2021-04-01', team: 'Đoàn kiểm tra số 2', kind: 'PERIODIC' },
  ],
  models: [
    { unit_code: 'S1', year: '2021', title: 'Mô hình Kế hoạch số', field: 'Chuyển đổi số', level: 'Cấp thành phố' },
    { unit_code: 'S2', year: '2021', title: 'Mô hình B', field: 'Chuyển đổi số', level: 'Cấp thành phố' },
  ],
  awards: [{ decision_number: '01/QĐ-UBND', decision_date: '2021-12-20', issuer: 'Chủ tịch UBND thành phố', kind: 'BANG_KHEN', recipient_code: 'S1' }],
};

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
});
afterAll(async () => t?.close());

const search = (text: string) => `{
  units(filter: {search: ${JSON.stringify(text)}}) { nodes { code } }
  requirements(filter: {search: ${JSON.stringify(text)}}) { nodes { code } }
  models(filter: {search: ${JSON.stringify(text)}}) { nodes { title } }
  inspectionTeams(filter: {search: ${JSON.stringify(text)}}) { nodes { name } }
  sourceDocuments(filter: {search: ${JSON.stringify(text)}}) { nodes { title } }
}`;

async function run(query: string) {
  const res = await t.execute(query);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const kếHoạch = {
  units: { nodes: [{ code: 'S1' }] },
  requirements: { nodes: [{ code: 'R1' }] },
  models: { nodes: [{ title: 'Mô hình Kế hoạch số' }] },
  inspectionTeams: { nodes: [{ name: 'Tổ Kế hoạch' }] },
  sourceDocuments: { nodes: [{ title: 'Báo cáo kế hoạch năm 2021' }] },
};

describe('search: the same rule on every list', () => {
  it('"hoach ke" (words in any order, no accents) finds the unit and the requirement, and the model, team and source', async () => {
    expect(await run(search('hoach ke'))).toEqual(kếHoạch);
  });

  it('collapses spaces and ignores case: "  KE   hoạch " finds the same', async () => {
    expect(await run(search('  KE   hoạch '))).toEqual(kếHoạch);
  });

  it('every word must occur: "ke hoach tai" finds nothing anywhere', async () => {
    const none = { nodes: [] };
    expect(await run(search('ke hoach tai'))).toEqual({ units: none, requirements: none, models: none, inspectionTeams: none, sourceDocuments: none });
  });

  it('words may sit in different columns: requirement code "R2" with a title word', async () => {
    expect(await run('{ requirements(filter: {search: "chinh R2"}) { nodes { code } } }')).toEqual({ requirements: { nodes: [{ code: 'R2' }] } });
  });

  it('the award issuer filter follows the rule: "thanh pho chu tich"', async () => {
    expect(await run('{ a: awards(filter: {issuer: "thanh pho chu tich"}) { totalCount } b: awards(filter: {issuer: "chu tich quan"}) { totalCount } }')).toEqual({
      a: { totalCount: 1 },
      b: { totalCount: 0 },
    });
  });
});
