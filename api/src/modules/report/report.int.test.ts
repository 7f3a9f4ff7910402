import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabase, type TestDb } from '../../test/db.js';
import { fixture } from '../../test/interchange-fixture.js';
import { isA4, officeMissing, readPdf, toPdf, type PdfPage } from '../../test/libreoffice.js';
import { pathUnderAFile, unwritableDir } from '../../test/unwritable.js';
import { oneBatch, writeXlsx, type OutColumn } from '../export/table.js';
import { ScheduleError, scheduleReports } from './report.schedule.js';
import { writeReport } from './report.service.js';

/**
 * The shared interchange fixture, reported for 2019–2021 with the clock at 27/11/2026 10:30:
 *   units active in the span (CITY excluded): D1, W1, W2 (until 30/6/2020), S1 (from 1/3/2019) = 4
 *   inspections: I1 of W1 on 1/5/2019, I2 of S1 on 1/2/2020 → 2 units inspected, coverage 2/4
 *   findings: R1 COMPLIANT (I1), R2 PARTIAL (I1), R1 NON_COMPLIANT (I2) → score (1 + 0.5) / 3 = 0.5
 *   awards: decision 881 of 1/3/2021 (period 2015-2020) to S1 and W1 = 2; the undated 2016–2018 one is outside
 *   plans: W1 2019 (1 of 4), S1 2020 (1 of 4), none in 2021 (D1, W1, S1 active: 0 of 3)
 *   recommendations at 31/12/2021: I1's #1 open and overdue (due 31/12/2019), #2 resolved 1/10/2019
 *   not inspected for the longest on 31/12/2021: D1 never, W1 since 1/5/2019, S1 since 1/2/2020
 */
let t: TestDb;
let dir: string;
const NOW = new Date(2026, 10, 27, 10, 30);
beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-report-test-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const values = (ws: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
};

describe('report pack', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const file = path.join(dir, 'report.xlsx');
    await writeReport(t.db, t.execute, { fromYear: 2019, toYear: 2021, now: NOW }, fs.createWriteStream(file));
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
  });

  it('has the Vietnamese sheets in order', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Báo cáo', 'Tổng quan', 'Bao phủ theo năm', 'Bao phủ theo quận, huyện', 'Bao phủ theo loại đơn vị', 'Tuân thủ theo tiêu chí',
      'Khen thưởng theo giai đoạn', 'Kế hoạch', 'Kiến nghị chưa khắc phục', 'Đơn vị lâu chưa kiểm tra', 'Thông tin',
    ]);
  });

  it('the cover is an administrative report (Decree 30/2020): heading, number, place and date, title, recipients, signature', () => {
    const ws = book.getWorksheet('Báo cáo')!;
    const text = (r: number) => [ws.getRow(r).getCell(1).value ?? null, ws.getRow(r).getCell(2).value ?? null];
    expect(text(1)).toEqual(['THÀNH PHỐ ĐÀ NẴNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(text(2)).toEqual(['BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ', 'Độc lập - Tự do - Hạnh phúc']);
    expect(text(4)).toEqual(['Số: ……/BC-BCĐ', 'Đà Nẵng, ngày 27 tháng 11 năm 2026']);
    expect(text(6)[0]).toBe('BÁO CÁO');
    expect(text(7)[0]).toBe('Kết quả kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở năm 2019–2021');
    expect(text(9)[0]).toBe('Số liệu tổng hợp tại trang "Tổng quan", chi tiết tại các trang kèm theo; nguồn: cơ sở dữ liệu QCDC Hub, dữ liệu tính đến ngày 31/12/2021.');
    expect([11, 12, 13].map(text)).toEqual([
      ['Nơi nhận:', 'TM. BAN CHỈ ĐẠO'],
      ['- ……;', 'TRƯỞNG BAN'],
      ['- Lưu: VT.', '(Ký, ghi rõ họ tên, đóng dấu)'],
    ]);
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true });
    // wrapped lines get rows tall enough for two lines (no application grows them on opening)
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(2 * 12);
    expect(ws.getRow(9).height).toBeGreaterThanOrEqual(2 * 13);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 1 });
  });

  it('the issuing body, place, number and signer are the configured ones (REPORT_*)', async () => {
    const chunks: Buffer[] = [];
    const sink = new Writable({ write(c, _e, cb) { chunks.push(c as Buffer); cb(); } });
    const frame = { issuer: ['UBND QUẬN HẢI CHÂU', 'BAN CHỈ ĐẠO QUẬN'], place: 'Hải Châu', number: '12/BC-BCĐQ', signer: ['TM. BAN CHỈ ĐẠO QUẬN', 'PHÓ TRƯỞNG BAN'] } as const;
    await writeReport(t.db, t.execute, { fromYear: 2021, toYear: 2021, now: NOW, frame: { ...frame, issuer: [...frame.issuer], signer: [...frame.signer] } }, sink);
    const b = new ExcelJS.Workbook();
    await b.xlsx.load(Buffer.concat(chunks) as never);
    const ws = b.getWorksheet('Báo cáo')!;
    const text = (r: number) => [ws.getRow(r).getCell(1).value ?? null, ws.getRow(r).getCell(2).value ?? null];
    expect([1, 2, 4, 11, 12].map(text)).toEqual([
      ['UBND QUẬN HẢI CHÂU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BAN CHỈ ĐẠO QUẬN', 'Độc lập - Tự do - Hạnh phúc'],
      ['Số: 12/BC-BCĐQ', 'Hải Châu, ngày 27 tháng 11 năm 2026'],
      ['Nơi nhận:', 'TM. BAN CHỈ ĐẠO QUẬN'],
      ['- ……;', 'PHÓ TRƯỞNG BAN'],
    ]);
  });

  it('overview: the hand-counted figures, rates as percentage cells', () => {
    const ws = book.getWorksheet('Tổng quan')!;
    expect(values(ws)).toEqual([
      ['Báo cáo thực hiện Quy chế dân chủ ở cơ sở', 'Năm 2019–2021'],
      ['Số đơn vị thuộc phạm vi', 4],
      ['Số đơn vị đã được kiểm tra', 2],
      ['Số cuộc kiểm tra', 2],
      ['Độ bao phủ kiểm tra', 0.5],
      ['Số kết quả Đạt / Đạt một phần / Chưa đạt', '1 / 1 / 1'],
      ['Điểm tuân thủ', 0.5],
      ['Số lượt khen thưởng', 2],
      ['Tỷ lệ ban hành kế hoạch năm 2019', 0.25],
      ['Tỷ lệ ban hành kế hoạch năm 2020', 0.25],
      ['Tỷ lệ ban hành kế hoạch năm 2021', 0],
      ['Kiến nghị chưa khắc phục', 1],
      ['Kiến nghị quá hạn', 1],
    ]);
    expect(ws.getRow(5).getCell(2).numFmt).toBe('0.0%');
  });

  it('coverage, compliance, awards and plans sheets: the same numbers as the GraphQL analytics', async () => {
    expect(values(book.getWorksheet('Bao phủ theo quận, huyện')!)).toEqual([
      ['Mã quận, huyện', 'Quận, huyện', 'Số đơn vị thuộc phạm vi', 'Số đơn vị đã kiểm tra', 'Số cuộc kiểm tra', 'Độ bao phủ kiểm tra'],
      ['D1', 'Quận Hải Châu', 3, 1, 1, 1 / 3], // D1, W1, W2; W1 inspected
      [null, 'Không thuộc quận, huyện nào', 1, 1, 1, 1], // S1 has no district: labelled, not a blank row that reads like a total
    ].map((r) => r.map((v) => (v === null ? undefined : v))));
    expect(values(book.getWorksheet('Bao phủ theo loại đơn vị')!).slice(1)).toEqual([
      ['Sở, ban, ngành', 1, 1, 1, 1],
      ['Quận, huyện', 1, 0, 0, 0],
      ['Phường', 2, 1, 1, 0.5],
    ]);
    expect(values(book.getWorksheet('Tuân thủ theo tiêu chí')!).slice(1)).toEqual([
      ['R1', 'Công khai, minh bạch', 'Công khai', 1, 0, 1, 0, 0.5],
      ['R2', 'Ban chỉ đạo', 'Tổ chức thực hiện', 0, 1, 0, 0, 0.5],
    ]);
    expect(values(book.getWorksheet('Khen thưởng theo giai đoạn')!).slice(1)).toEqual([['2015-2020', 'Bằng khen', 2]]);
    expect(values(book.getWorksheet('Kế hoạch')!).slice(1)).toEqual([
      [2019, 'Sở, ban, ngành', 1, 0, 0],
      [2019, 'Quận, huyện', 1, 0, 0],
      [2019, 'Phường', 2, 1, 0.5],
      [2020, 'Sở, ban, ngành', 1, 1, 1],
      [2020, 'Quận, huyện', 1, 0, 0],
      [2020, 'Phường', 2, 0, 0],
      [2021, 'Sở, ban, ngành', 1, 0, 0],
      [2021, 'Quận, huyện', 1, 0, 0],
      [2021, 'Phường', 1, 0, 0],
    ]);

    // and the API itself says the same
    const res = await (await t.app()).execute(
      `{ coverage(filter: {fromYear: 2019, toYear: 2021}, by: []) { unitsInScope unitsInspected rate }
         awardStats(filter: {fromYear: 2019, toYear: 2021}, by: []) { awards } }`,
    );
    expect(res.data).toEqual({ coverage: [{ unitsInScope: 4, unitsInspected: 2, rate: 0.5 }], awardStats: [{ awards: 2 }] });
  });

  it('open recommendations and the longest uninspected units at the snapshot date', () => {
    expect(values(book.getWorksheet('Kiến nghị chưa khắc phục')!)).toEqual([
      ['Mã đơn vị', 'Đơn vị', 'Số kiến nghị', 'Chưa khắc phục', 'Quá hạn', 'Đã khắc phục'],
      ['W1', 'Phường Hòa Cường, "Bắc"', 2, 1, 1, 1],
    ]);
    const longest = values(book.getWorksheet('Đơn vị lâu chưa kiểm tra')!);
    // 1/5/2019 → 31/12/2021: 366 + 365 + 244 = 975 days; 1/2/2020 → 31/12/2021: 366 + 333 = 699
    expect(longest.slice(1).map((r) => [r[0], r[3], r[5]])).toEqual([
      ['D1', undefined, undefined],
      ['W1', new Date(Date.UTC(2019, 4, 1)), 975],
      ['S1', new Date(Date.UTC(2020, 1, 1)), 699],
    ]);
  });

  it('metadata: filters, structure, data as of, generated at, version, DEMO counts', () => {
    const meta = Object.fromEntries(values(book.getWorksheet('Thông tin')!).map(([k, v]) => [k, v]));
    expect(meta).toMatchObject({
      'Giai đoạn': '2019–2021',
      'Loại đơn vị': 'Tất cả, trừ Thành phố',
      'Trong đơn vị': 'Toàn thành phố',
      'Cơ cấu tổ chức': 'Theo cơ cấu tại thời điểm',
      'Dữ liệu tính đến': '31/12/2021',
      'Cuộc kiểm tra gần nhất trong dữ liệu': '01/02/2020',
      'Thời điểm lập': '27/11/2026 10:30',
      'Dữ liệu minh họa (DEMO): cuộc kiểm tra': 0,
    });
    expect(meta['Phiên bản QCDC Hub']).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('an unknown withinUnit fails before anything is written', async () => {
    await expect(writeReport(t.db, t.execute, { fromYear: 2019, toYear: 2019, withinUnit: 'NOPE', now: NOW }, fs.createWriteStream(path.join(dir, 'x.xlsx')))).rejects.toThrow(
      'filter.withinUnit: unknown unit code "NOPE"',
    );
  });
});

/** "Kế hoạch … Trang 3/11": the footer every printed page has (sheet name, page of pages). */
const footer = (p: PdfPage) => {
  const m = /^(\S.*?)\s{2,}Trang (\d+)\/(\d+)\s*$/.exec(p.lines.at(-1) ?? '');
  return m ? { sheet: m[1], page: Number(m[2]), of: Number(m[3]) } : null;
};
/** The line of a page that holds both texts, with the first before the last (one printed row). */
const lineWith = (p: PdfPage, first: string, last: string) => p.lines.find((l) => l.includes(first) && l.indexOf(last) > l.indexOf(first));

// CI installs LibreOffice and poppler (.ci/run): there these tests never skip
if (officeMissing && !process.env.CI) console.warn(`report.int.test.ts: the LibreOffice print tests are SKIPPED: ${officeMissing} not installed`);
it.runIf(Boolean(process.env.CI) && officeMissing)('CI has LibreOffice and poppler for the print tests', () => {
  throw new Error(`${officeMissing} missing in CI: .ci/run installs libreoffice-calc-nogui and poppler-utils`);
});

describe.skipIf(officeMissing)(
  officeMissing ? `printed by LibreOffice — SKIPPED: ${officeMissing} not installed (apt-get install libreoffice-calc-nogui poppler-utils; CI installs them)` : 'printed by LibreOffice (soffice --headless → PDF, read by poppler)',
  () => {
    let pack: PdfPage[];
    let long: PdfPage[];
    let book: ExcelJS.Workbook;
    // a sheet wider than any page at 100 % (12 columns of 24 characters) and longer than one page (150 rows)
    const columns: OutColumn[] = Array.from({ length: 12 }, (_, i) => ({ key: `c${i + 1}`, code: `col${i + 1}`, vi: `Cột ${String(i + 1).padStart(2, '0')}`, kind: 'text' }));
    const rows = Array.from({ length: 150 }, (_, r) => {
      const n = String(r + 1).padStart(3, '0');
      return Object.fromEntries(columns.map((c, i) => [c.key, i === 0 ? `R${n}` : i === 11 ? `Z${n}` : `ô ${n}-${i} ${'x'.repeat(16)}`]));
    });
    beforeAll(async () => {
      const packFile = path.join(dir, 'pack.xlsx');
      await writeReport(t.db, t.execute, { fromYear: 2019, toYear: 2021, now: NOW }, fs.createWriteStream(packFile));
      await vi.waitFor(() => expect(fs.statSync(packFile).size).toBeGreaterThan(0));
      const longFile = path.join(dir, 'long.xlsx');
      await writeXlsx([{ name: 'long', vi: 'Bảng dài', columns, batches: oneBatch(rows) }], fs.createWriteStream(longFile), 'vi');
      const [packPdf, longPdf] = await toPdf([packFile, longFile], dir);
      [pack, long] = [await readPdf(packPdf), await readPdf(longPdf)];
      book = new ExcelJS.Workbook();
      await book.xlsx.readFile(packFile);
    }, 300_000);

    it('the pack: every page A4, one page per sheet in sheet order (no column spilled onto a page of its own), wide sheets landscape', () => {
      expect(pack.filter((p) => !isA4(p)).map((p) => `${p.width}×${p.height}`)).toEqual([]);
      const names = book.worksheets.map((w) => w.name);
      // the small fixture fits each sheet on one page: a second page of a sheet is a spilled column
      expect(pack.map((p) => footer(p)?.sheet)).toEqual(names);
      expect(pack.map((p) => footer(p)!.of)).toEqual(names.map(() => names.length));
      const landscape = pack.map((p) => p.width > p.height);
      expect(landscape).toEqual(book.worksheets.map((w) => w.name !== 'Báo cáo' && w.name !== 'Tổng quan' && w.name !== 'Thông tin' && w.columnCount > 6));
      expect(landscape.filter(Boolean)).toHaveLength(2); // Tuân thủ theo tiêu chí (8 columns), Đơn vị lâu chưa kiểm tra (7)
    });

    it('the pack: each table prints its whole header row, first to last column, and its rows with their last cell', () => {
      for (const [i, ws] of book.worksheets.entries()) {
        if (['Báo cáo', 'Tổng quan', 'Thông tin'].includes(ws.name)) continue;
        const headers = (ws.getRow(1).values as string[]).slice(1);
        expect(lineWith(pack[i], headers[0], headers.at(-1)!), `${ws.name}: ${headers[0]} … ${headers.at(-1)}`).toBeDefined();
      }
      // the longest-uninspected units: code first, inspections count last
      const uninspected = pack[book.worksheets.findIndex((w) => w.name === 'Đơn vị lâu chưa kiểm tra')];
      expect(lineWith(uninspected, 'W1', '975')).toMatch(/975\s+1$/);
      expect(lineWith(uninspected, 'S1', '699')).toMatch(/699\s+1$/);
    });

    it('the pack: the cover prints every word of its wrapped lines (rows as tall as their text)', () => {
      const cover = pack[0].text.replace(/\s+/g, ' ');
      // where a line wraps depends on the fonts installed, and pdftotext interleaves the cover's two
      // columns line by line: every word, in order, is what a row too short to show its text loses
      const wordsInOrder = (phrase: string) => {
        let at = 0;
        return phrase.split(' ').every((word) => {
          const found = cover.indexOf(word, at);
          if (found < 0) return false;
          at = found + word.length;
          return true;
        });
      };
      expect(wordsInOrder('BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ'), cover).toBe(true);
      expect(wordsInOrder('dữ liệu tính đến ngày 31/12/2021.'), cover).toBe(true);
      expect(wordsInOrder('(Ký, ghi rõ họ tên, đóng dấu)'), cover).toBe(true);
      expect(wordsInOrder('CHỦ Ở CƠ SỞ KHÔNG'), 'a word the cover does not print is missed').toBe(false);
    });

    it('a sheet wider and longer than a page: A4 landscape, every column on each page, the header row repeated, every row once', () => {
      expect(long.length).toBeGreaterThan(1);
      expect(long.filter((p) => !isA4(p) || p.width < p.height)).toEqual([]);
      expect(long.map((p) => footer(p))).toEqual(long.map((_, i) => ({ sheet: 'Bảng dài', page: i + 1, of: long.length })));
      const printed: string[] = [];
      for (const [i, p] of long.entries()) {
        expect(lineWith(p, 'Cột 01', 'Cột 12'), `page ${i + 1}: the header row, first to last column`).toBeDefined();
        for (const l of p.lines) {
          const m = /\bR(\d{3})\b/.exec(l);
          if (!m) continue;
          // the row's last cell on the same printed line
          expect(l, `page ${i + 1}`).toMatch(new RegExp(`Z${m[1]}\\s*$`));
          printed.push(m[1]);
        }
      }
      expect(printed).toEqual(rows.map((_, r) => String(r + 1).padStart(3, '0')));
    });
  },
);

describe('periodic report packs (EXPORT_CRON)', () => {
  it('is off without EXPORT_CRON, and a bad expression is a configuration error', () => {
    expect(scheduleReports(t.db, t.execute, { exportCron: undefined, exportDir: dir })).toBeNull();
    expect(() => scheduleReports(t.db, t.execute, { exportCron: 'every day', exportDir: dir })).toThrow(ScheduleError);
  });

  it('runs on the schedule of the expression, writing a pack of the current year named by period and run', async () => {
    const out = path.join(dir, 'packs');
    const clock = () => NOW;
    const job = scheduleReports(t.db, t.execute, { exportCron: '0 6 * * 1', exportDir: out }, clock)!;
    try {
      // Mondays 06:00: 27/11/2026 is a Friday → Monday 30/11, then 7/12
      expect(job.nextRuns(2)).toEqual([new Date(2026, 10, 30, 6, 0), new Date(2026, 11, 7, 6, 0)]);
      // the scheduler fires: two triggers at once run one job (no overlap)
      const monday = new Date(2026, 10, 30, 6, 0);
      const [a, b] = await Promise.all([job.trigger(monday), job.trigger(monday)]);
      expect(a).toBe(path.join(out, 'qcdc-bao-cao-2026-lap-2026-11-30-0600.xlsx'));
      expect(b).toBe(a);
      expect(fs.readdirSync(out)).toEqual(['qcdc-bao-cao-2026-lap-2026-11-30-0600.xlsx']);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(a!);
      const meta = Object.fromEntries(values(book.getWorksheet('Thông tin')!).map(([k, v]) => [k, v]));
      expect(meta['Giai đoạn']).toBe('2026');
      expect(meta['Thời điểm lập']).toBe('30/11/2026 06:00');
    } finally {
      job.stop();
    }
  });

  /** stderr lines of the logger while fn runs. */
  async function logged<T>(fn: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    });
    try {
      return { result: await fn(), lines };
    } finally {
      spy.mockRestore();
    }
  }

  it('an EXPORT_DIR below a file: the run fails with one log line naming the folder, nothing thrown', async () => {
    const bad = pathUnderAFile();
    const job = scheduleReports(t.db, t.execute, { exportCron: '0 6 * * 1', exportDir: bad.dir }, () => NOW)!;
    try {
      const { result, lines } = await logged(() => job.trigger(new Date(2026, 10, 30, 6, 0)));
      expect(result).toBeNull();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(`^\\[qcdc\\] error periodic report failed: cannot write ${bad.dir}/qcdc-bao-cao-2026-lap-2026-11-30-0600\\.xlsx: a part of ${bad.dir} is a file, not a folder \\(ENOTDIR\\); retrying at \\S+$`),
      );
    } finally {
      job.stop();
      bad.remove();
    }
  });

  it('an unwritable EXPORT_DIR: logged in one line, retried, and written once the folder is writable again', async () => {
    const ro = unwritableDir();
    // retries 50 ms after a failure (15 minutes in production)
    const job = scheduleReports(t.db, t.execute, { exportCron: '0 6 * * 1', exportDir: ro.dir }, () => NOW, 50)!;
    try {
      const { result, lines } = await logged(() => job.trigger(new Date(2026, 10, 30, 6, 0)));
      expect(result).toBeNull();
      expect(lines, ro.how).toHaveLength(1);
      expect(lines[0]).toMatch(/^\[qcdc\] error periodic report failed: cannot write .*qcdc-bao-cao-2026-lap-2026-11-30-0600\.xlsx: (no permission to write in|.* is on a read-only file system).*; retrying at /);
      ro.restore();
      // the retry (clock: Friday 27/11) writes the pack and leaves no temporary file
      await vi.waitFor(() => expect(fs.readdirSync(ro.dir)).toEqual(['qcdc-bao-cao-2026-lap-2026-11-27-1030.xlsx']), { timeout: 60_000, interval: 50 });
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path.join(ro.dir, 'qcdc-bao-cao-2026-lap-2026-11-27-1030.xlsx'));
      expect(book.getWorksheet('Thông tin')).toBeDefined();
    } finally {
      job.stop();
      ro.remove();
    }
  });

  it('EXPORT_PERIOD last-quarter: the pack of the last complete quarter counts only its dates', async () => {
    // run on 10/4/2020 → 1st quarter 2020 (1/1–31/3): D1, W1, W2, S1 active → 4 in scope; only I2 (S1, 1/2/2020)
    // is in it → 1 inspected, 1 inspection; its one finding R1 NON_COMPLIANT → score 0 (I1 of 1/5/2019 is outside)
    const out = path.join(dir, 'last-quarter');
    const job = scheduleReports(t.db, t.execute, { exportCron: '0 6 * * *', exportDir: out, exportPeriod: { kind: 'last-quarter' } }, () => NOW)!;
    try {
      const file = await job.trigger(new Date(2020, 3, 10, 6, 0));
      expect(path.basename(file!)).toBe('qcdc-bao-cao-2020-q1-lap-2020-04-10-0600.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file!);
      const overview = Object.fromEntries(values(book.getWorksheet('Tổng quan')!).map(([k, v]) => [k, v]));
      expect(overview['Báo cáo thực hiện Quy chế dân chủ ở cơ sở']).toBe('Quý I năm 2020 (01/01/2020–31/03/2020)');
      expect(overview['Số đơn vị thuộc phạm vi']).toBe(4);
      expect(overview['Số đơn vị đã được kiểm tra']).toBe(1);
      expect(overview['Số cuộc kiểm tra']).toBe(1);
      expect(overview['Độ bao phủ kiểm tra']).toBe(0.25);
      expect(overview['Điểm tuân thủ']).toBe(0);
      expect(book.getWorksheet('Báo cáo')!.getRow(7).getCell(1).value).toBe('Kết quả kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở quý I năm 2020');
      const meta = Object.fromEntries(values(book.getWorksheet('Thông tin')!).map(([k, v]) => [k, v]));
      expect(meta['Dữ liệu tính đến']).toBe('31/03/2020');
      // run on 10/10/2020 → 3rd quarter (1/7–30/9): W2 ended on 30/6 → D1, W1, S1 = 3 in scope, none inspected
      // (the whole of 2020 would say 4 in scope and 1 inspected, as the 1st quarter does)
      const q3 = await job.trigger(new Date(2020, 9, 10, 6, 0));
      expect(path.basename(q3!)).toBe('qcdc-bao-cao-2020-q3-lap-2020-10-10-0600.xlsx');
      const book3 = new ExcelJS.Workbook();
      await book3.xlsx.readFile(q3!);
      const overview3 = Object.fromEntries(values(book3.getWorksheet('Tổng quan')!).map(([k, v]) => [k, v]));
      expect(overview3['Báo cáo thực hiện Quy chế dân chủ ở cơ sở']).toBe('Quý III năm 2020 (01/07/2020–30/09/2020)');
      expect([overview3['Số đơn vị thuộc phạm vi'], overview3['Số đơn vị đã được kiểm tra'], overview3['Số cuộc kiểm tra']]).toEqual([3, 0, 0]);
    } finally {
      job.stop();
    }
  });

  it('EXPORT_PERIOD last-year: the last complete year; two runs on one day are two files, none overwritten', async () => {
    const out = path.join(dir, 'last-year');
    const job = scheduleReports(t.db, t.execute, { exportCron: '0 6,18 * * *', exportDir: out, exportPeriod: { kind: 'last-year' } }, () => NOW)!;
    try {
      const morning = await job.trigger(new Date(2026, 10, 30, 6, 0));
      const evening = await job.trigger(new Date(2026, 10, 30, 18, 0));
      const again = await job.trigger(new Date(2026, 10, 30, 18, 0));
      expect([morning, evening, again].map((f) => path.basename(f!))).toEqual([
        'qcdc-bao-cao-2025-lap-2026-11-30-0600.xlsx',
        'qcdc-bao-cao-2025-lap-2026-11-30-1800.xlsx',
        'qcdc-bao-cao-2025-lap-2026-11-30-1800-2.xlsx',
      ]);
      expect(fs.readdirSync(out).sort()).toEqual([...[morning, evening, again].map((f) => path.basename(f!))].sort());
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(morning!);
      const meta = Object.fromEntries(values(book.getWorksheet('Thông tin')!).map(([k, v]) => [k, v]));
      expect(meta['Giai đoạn']).toBe('2025');
    } finally {
      job.stop();
    }
  });
});
