import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { axeViolations, openBrowser, openPage, screenshot, url } from './browser';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

// seeds/reference/lineage.csv: on 01/03/2025 five pairs of departments merged (HĐND resolution of
// 20/02/2025), among them Sở Kế hoạch và Đầu tư + Sở Tài chính → Sở Tài chính (mới); on 01/07/2025
// 16 merges under NQ 1659 and 78 establishments under NQ 202 + NQ 1659.
describe('the 2025 reorganisation explained (issue 13.4, first part)', () => {
  it('/don-vi lists each restructuring with its date, decision and counts, and opens to what became what', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/don-vi'), { waitUntil: 'networkidle' });
    const list = page.getByTestId('reorganisations');
    const summaries = await list.locator('summary').allInnerTexts();
    expect(summaries).toContain('01/03/2025 · Nghị quyết HĐND thành phố Đà Nẵng kỳ họp thứ 22 (20/02/2025) · 5 hợp nhất, sáp nhập');
    expect(summaries).toContain('01/07/2025 · Nghị quyết 1659/NQ-UBTVQH15 ngày 16/06/2025 · 16 hợp nhất, sáp nhập');
    expect(summaries).toContain('01/07/2025 · Nghị quyết 202/2025/QH15 ngày 12/06/2025; Nghị quyết 1659/NQ-UBTVQH15 ngày 16/06/2025 · 78 thành lập');
    // oldest first
    expect(summaries.map((s) => s.slice(6, 10))).toEqual([...summaries.map((s) => s.slice(6, 10))].sort());

    const march = list.locator('li', { hasText: '01/03/2025 · Nghị quyết HĐND' });
    await march.locator('summary').click();
    const row = march.locator('tbody tr', { hasText: 'Sở Kế hoạch và Đầu tư' });
    expect(await row.innerText()).toMatch(/^Hợp nhất, sáp nhập\s+Sở Kế hoạch và Đầu tư, Sở Tài chính\s+Sở Tài chính \(mới\)$/);
    expect(await row.getByRole('link', { name: 'Sở Tài chính (mới)' }).getAttribute('href')).toBe('/don-vi/S_TAICHINH_2025');
    // no link nested in an expandable row; the table's colours readable
    expect(await axeViolations(page, '[data-testid="reorganisations"]', ['nested-interactive', 'color-contrast'])).toEqual([]);
    await screenshot(page, 'reorganisations');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/bao-phu under the current structure says why districts hold no wards after 01/07/2025, and links to the restructurings', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/bao-phu'), { waitUntil: 'networkidle' });
    expect(await page.getByTestId('coverage-current-note').count()).toBe(0);
    await page.goto(url('/bao-phu?structure=CURRENT'), { waitUntil: 'networkidle' });
    const note = page.getByTestId('coverage-current-note');
    expect(await note.innerText()).toContain('Từ 01/07/2025 thành phố không còn cấp quận, huyện');
    await Promise.all([page.waitForURL(/\/don-vi#sap-xep$/), note.getByRole('link', { name: 'Xem các lần sắp xếp đơn vị' }).click()]);
    expect(await page.getByTestId('reorganisations').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
