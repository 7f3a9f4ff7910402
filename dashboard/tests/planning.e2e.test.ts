import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { csvLines, download, isXlsx, openBrowser, openPage, screenshot, url } from './browser';

/** Kế hoạch kiểm tra on the seeded database: the ranking with its factors, the draft programme, re-planning, downloads. */
let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

const rowOf = (page: Page, name: string) => page.getByTestId('planning-ranking-table').locator('tbody tr', { hasText: name }).first();

describe('Kế hoạch kiểm tra (inspection planning)', () => {
  it('is in the menu; the ranking shows the founding department with its 27/10/2021 inspection (or a later one) and factors that add up', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Kế hoạch kiểm tra' }).first().click();
    await page.waitForURL(/\/ke-hoach/);
    expect(await page.locator('h1').innerText()).toBe('Kế hoạch kiểm tra');
    expect(await page.getByTestId('planning-proposal').innerText()).toContain('không phải quyết định');

    await page.goto(url('/ke-hoach?asOf=2024-12-31&kind=DEPARTMENT&limit=200'), { waitUntil: 'networkidle' });
    // the date field writes the date day-first, as every date of the page (issue 13.9)
    expect(await page.inputValue('[data-testid="planning-filters"] input[name="asOf"]')).toBe('31/12/2024');
    const row = rowOf(page, 'Sở Kế hoạch và Đầu tư');
    const text = await row.innerText();
    const date = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text)!;
    expect(`${date[3]}-${date[2]}-${date[1]}` >= '2021-10-27').toBe(true);
    // every row: the factors' points add up to the score shown
    const sums = await page.getByTestId('planning-ranking-table').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const score = Number(tr.querySelector('[data-score]')!.getAttribute('data-score'));
        const points = [...tr.querySelectorAll('[data-points]')].reduce((s, td) => s + Number(td.getAttribute('data-points')), 0);
        return Math.abs(score - points);
      }),
    );
    expect(sums.length).toBeGreaterThan(10);
    expect(Math.max(...sums)).toBeLessThan(1e-9);
    await screenshot(page, 'planning-departments');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after the 2025 merges the new units carry their predecessors\' history, and a commune from outside the data says its history is unknown', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/ke-hoach?asOf=2026-06-30&kind=WARD&kind=COMMUNE&limit=500'), { waitUntil: 'networkidle' });
    expect(await rowOf(page, 'Phường An Hải').innerText()).toMatch(/gồm lịch sử của 5 đơn vị tiền thân/);
    expect(await page.getByTestId('history-unknown').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('history-unknown').first().innerText()).toContain('01/07/2025');
    await page.getByRole('button', { name: 'Xem truy vấn' }).first().click();
    expect(await page.locator('#planning-ranking-query').innerText()).toContain('inspectionPriorities');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('re-plans from the edited teams: too little capacity names the units it cannot cover, enough covers the cycle; the annex downloads', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/ke-hoach?asOf=2026-11-30&year=2027&cycle=2'), { waitUntil: 'networkidle' });
    await page.fill('[data-testid="planning-replan"] textarea[name="teams"]', 'Đoàn A: 1');
    await page.getByRole('button', { name: 'Lập lại dự thảo' }).click();
    await page.waitForURL(/teams=/);
    await page.getByTestId('not-covers-cycle').waitFor();
    expect(await page.getByTestId('programme-uncovered').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('programme-visits').locator('tbody tr').count()).toBe(1);

    await page.fill('[data-testid="planning-replan"] textarea[name="teams"]', 'Đoàn A: 150\nĐoàn B: 150');
    await page.getByRole('button', { name: 'Lập lại dự thảo' }).click();
    await page.getByTestId('covers-cycle').waitFor();
    const matrix = await page.getByTestId('programme-matrix').innerText();
    expect(matrix).toContain('Đoàn A');
    expect(matrix).toContain('Đoàn B');
    await screenshot(page, 'planning-programme');

    const xlsx = await download(page, '[data-testid="planning-programme-xlsx"]');
    expect(isXlsx(xlsx.bytes)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as never);
    const header = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1, 9);
    expect(header).toEqual(['STT', 'Mã đơn vị', 'Đơn vị', 'Loại đơn vị', 'Quận, huyện (cũ)', 'Đoàn kiểm tra', 'Tháng dự kiến', 'Lý do']);
    expect(wb.worksheets[0].rowCount).toBe(1 + (await page.getByTestId('programme-visits').locator('tbody tr').count()));
    const csv = await download(page, '[data-testid="planning-ranking-csv"]');
    expect(csvLines(csv.bytes)[0]).toMatch(/^Thứ hạng,Mã đơn vị,Đơn vị/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks English too', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/ke-hoach?lang=en&asOf=2024-12-31&limit=5'), { waitUntil: 'networkidle' });
    expect(await page.locator('h1').innerText()).toBe('Inspection planning');
    expect(await page.getByTestId('planning-ranking-table').locator('thead').innerText()).toContain('Never inspected');
    expect(errors).toEqual([]);
    await page.close();
  });
});
