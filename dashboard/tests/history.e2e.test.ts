import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openBrowser, openPage, screenshot, url } from './browser';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

// the servers were started and seeded moments ago: every entry is today's, in Vietnam time
const todayVn = () => {
  const d = new Date(Date.now() + 7 * 3_600_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

describe('Lịch sử thay đổi (change history)', () => {
  it('shows who created the founding inspection, its findings and its recommendation, when and how', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/kiem-tra/KT-2021-S_KHDT-0001'), { waitUntil: 'networkidle' });
    expect(await page.getByRole('heading', { name: 'Lịch sử thay đổi' }).count()).toBe(1);
    const findings = await page.locator('[data-testid="findings-table"] tbody tr').count();
    // rows as cell texts: when, who, via, record, what
    const cells = await page.$$eval('[data-testid="change-history"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim())));
    // one creation each: the inspection, each finding, the one recommendation (seeded together)
    expect(cells).toHaveLength(1 + findings + 1);
    const [when, who, via, , what] = cells.find((c) => c[3] === 'Cuộc kiểm tra')!;
    expect([who, via]).toEqual(['cli', 'Khởi tạo dữ liệu']);
    expect(when).toMatch(new RegExp(`^${todayVn().replace(/\//g, '\\/')} \\d{2}:\\d{2}$`));
    // its fields in Vietnamese, the date as dd/mm/yyyy
    expect(what).toMatch(/^Tạo mới/);
    expect(what).toContain('Ngày: 27/10/2021');
    expect(what).toContain('Đoàn kiểm tra: Đoàn kiểm tra số 2');
    // a child is named by the rest of its key: the requirement code, the recommendation's number
    const children = cells.filter((c) => c[3].startsWith('Kết quả theo nội dung'));
    expect(children).toHaveLength(findings);
    expect(children.every((c) => /^Kết quả theo nội dung QCDC-/.test(c[3]) && c[4].includes('Kết quả: Đạt'))).toBe(true);
    expect(cells.filter((c) => c[3] === 'Kiến nghị 1')).toHaveLength(1);
    await page.getByTestId('change-history').scrollIntoViewIfNeeded();
    await screenshot(page, 'inspection-history');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a unit’s own creation in Vietnamese, its award as a child, and the English labels', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/don-vi/S_KHDT'), { waitUntil: 'networkidle' });
    // rows as cell texts: when, who, via, record, what
    const cells = await page.$$eval('[data-testid="change-history"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim())));
    const unit = cells.find((c) => c[3] === 'Đơn vị')!.join(' | ');
    // the unit's award (Bằng khen 2015–2020) is its child: named by the decision, not the unit code
    expect(cells.some((c) => c[3].startsWith('Khen thưởng') && !c[3].includes('S_KHDT'))).toBe(true);
    expect(unit).toContain('Tạo mới');
    expect(unit).toContain('Tên: Sở Kế hoạch và Đầu tư');
    expect(unit).toContain('Loại: Sở, ban, ngành');
    expect(unit).toContain('Hiệu lực đến: 28/02/2025');
    expect(errors).toEqual([]);

    await page.goto(url('/don-vi/S_KHDT?lang=en'), { waitUntil: 'networkidle' });
    expect(await page.getByRole('heading', { name: 'Change history' }).count()).toBe(1);
    const en = await page.getByTestId('change-history').locator('tbody tr').first().innerText();
    expect(en).toMatch(/Created|Updated/);
    expect(en).toContain('Seed');
    await page.close();
  });
});
