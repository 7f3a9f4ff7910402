import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openBrowser, openPage, url } from './browser';

/** What a user walking the dashboard would notice: raw message keys, foreign formats, overflow, errors. */
let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

const thisYear = new Date().getFullYear();
const PAGES = [
  '/',
  '/khen-thuong',
  '/bao-phu',
  '/tuan-thu',
  '/tuan-thu/ket-qua?category=ORGANIZATION',
  '/xu-huong',
  '/don-vi',
  '/don-vi?q=tai+chinh',
  '/don-vi/S_KHDT',
  '/kiem-tra',
  '/kiem-tra/KT-2021-S_KHDT-0001',
  '/kiem-tra/kien-nghi',
  '/ke-hoach',
];
// the message namespaces of lib/i18n: one of these followed by ".word" on screen is a key svelte-i18n did not find
const RAW_KEY = /\b(?:app|nav|demo|filters|structure|kpi|overview|figure|axis|error|list|inspections?|planning|units|coverage|awards|compliance|trends|source|print|enum)\.[A-Za-z]/;

describe('every page, in Vietnamese and in English', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`shows no untranslated keys, no console errors and no sideways scrolling at 1366 px (${lang})`, async () => {
      const { page, errors } = await openPage(context);
      for (const p of PAGES) {
        await page.goto(url(`${p}${p.includes('?') ? '&' : '?'}lang=${lang}`), { waitUntil: 'networkidle' });
        const text = await page.locator('body').innerText();
        expect(text.match(RAW_KEY)?.[0] ?? null, `${p} (${lang})`).toBeNull();
        expect(await page.title(), p).toMatch(/ — QCDC Hub$/);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p} is wider than the window`).toBeLessThanOrEqual(1);
        if (lang === 'vi') {
          // Vietnamese formats: 1.234 not 1,234; dates 27/10/2021 not 2021-10-27
          expect(text.match(/\d,\d{3}(?!\d)/)?.[0] ?? null, `${p}: English thousands separator`).toBeNull();
          expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/)?.[0] ?? null, `${p}: ISO date on screen`).toBeNull();
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    }, 240_000);
  }

  it('names a missing page as not found, in the title too', async () => {
    const { page } = await openPage(context);
    const res = await page.goto(url('/khong-co-trang-nay?lang=vi'));
    expect(res?.status()).toBe(404);
    expect(await page.title()).toBe('Không tìm thấy trang — QCDC Hub');
    await page.close();
  });
});

describe('KPI cards of a year that is not over', () => {
  it('say the year is in progress and do not colour the comparison with a whole year', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/?lang=vi'), { waitUntil: 'networkidle' });
    // the default range ends with the current year, which the seeded data only partly covers
    expect(await page.locator('#kpi-h').innerText()).toMatch(new RegExp(`^Chỉ số năm ${thisYear} \\(năm đang diễn ra, số liệu đến \\d{2}/\\d{2}/${thisYear}\\)$`));
    const note = page.getByTestId('kpi-in-progress');
    expect(await note.innerText()).toContain(`cả năm ${thisYear - 1}`);
    const inspections = page.locator('.kpi').first();
    expect(await inspections.innerText()).toContain(`so với năm ${thisYear - 1} (cả năm)`);
    expect(await inspections.locator('.change').getAttribute('class')).toMatch(/\bneutral\b/);

    // fewer open recommendations is good news: a fall is coloured as good, a rise as bad
    const open = page.locator('.kpi', { hasText: 'Kiến nghị chưa khắc phục' }).locator('.change');
    const direction = await open.getAttribute('data-direction');
    const expected = direction === 'down' ? 'good' : direction === 'up' ? 'bad' : 'neutral';
    expect(await open.getAttribute('class')).toMatch(new RegExp(`\\b${expected}\\b`));

    // the link goes to the last complete year, which compares two whole years
    await note.getByRole('link').click();
    await page.waitForURL(new RegExp(`to=${thisYear - 1}`));
    await page.waitForFunction((y) => document.querySelector('#kpi-h')?.textContent === `Chỉ số năm ${y}`, thisYear - 1);
    expect(await page.getByTestId('kpi-in-progress').count()).toBe(0);
    expect(await page.locator('.kpi').first().innerText()).toMatch(new RegExp(`so với năm ${thisYear - 2}$|chưa có số liệu năm trước`, 'm'));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('paged record lists', () => {
  it('go to the next page and back to the first, counting the rows shown', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/kiem-tra/kien-nghi?lang=vi'), { waitUntil: 'networkidle' });
    const total = page.getByTestId('recommendation-total');
    expect(await total.innerText()).toMatch(/^Hiển thị 1–50 trên tổng số/);
    await page.getByTestId('next-page').click();
    await page.waitForURL(/start=50/);
    expect(await total.innerText()).toMatch(/^Hiển thị 51–/);
    await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang đầu' }).click();
    await page.waitForURL((u) => !u.searchParams.has('after'));
    expect(await total.innerText()).toMatch(/^Hiển thị 1–50 /);
    expect(errors).toEqual([]);
    await page.close();
  });
});
