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

// Seed data (seeds/reference): Sở Kế hoạch và Đầu tư (S_KHDT) existed until 28/02/2025 and was merged,
// with the old Sở Tài chính, into "Sở Tài chính (mới)" (S_TAICHINH_2025) on 01/03/2025.
describe('finding units that no longer exist (issue 13.3)', () => {
  it('/don-vi finds a merged department by words without accents, marked as merged, with its successor', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/don-vi?q=ke+hoach'), { waitUntil: 'networkidle' });
    const former = page.getByTestId('unit-former');
    const row = former.locator('tbody tr', { hasText: 'Sở Kế hoạch và Đầu tư' });
    expect(await row.count()).toBe(1);
    const text = await row.innerText();
    expect(text).toContain('S_KHDT');
    expect(text).toContain('28/02/2025');
    expect(text).toContain('Đã sáp nhập');
    expect(await row.getByRole('link', { name: 'Sở Tài chính (mới)' }).getAttribute('href')).toMatch(/^\/don-vi\/S_TAICHINH_2025/);
    // nothing of that name exists today, and the page says why the list of today's units is empty
    expect(await page.getByTestId('unit-none-now').innerText()).toContain('ke hoach');
    await screenshot(page, 'units-former');

    await page.goto(url('/don-vi?q=khong+co+don+vi+nay'), { waitUntil: 'networkidle' });
    expect(await page.getByTestId('unit-none').innerText()).toContain('Không tìm thấy đơn vị nào khớp «khong co don vi nay»');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/don-vi: the date field shows and takes dd/mm/yyyy in both languages, whatever the browser locale (issue 13.9)', async () => {
    const { page, errors } = await openPage(context);
    const field = page.locator('[data-testid="unit-search"] input[name="date"]');
    // a native date field would draw 12/01/2026 in an English-locale Chromium: there is none
    await page.goto(url('/don-vi?date=2026-12-01&lang=en'), { waitUntil: 'networkidle' });
    expect(await field.inputValue()).toBe('01/12/2026');
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    // ?lang= is remembered in a cookie: the last visit is Vietnamese
    await page.goto(url('/don-vi?date=2026-12-01&lang=vi'), { waitUntil: 'networkidle' });
    expect(await field.inputValue()).toBe('01/12/2026');
    expect(await page.getByTestId('unit-tree-list').innerText()).not.toContain('Sở Kế hoạch và Đầu tư');
    // a date typed day-first is read day-first: on 27/10/2021 the department still existed
    await field.fill('27/10/2021');
    await field.press('Enter');
    await page.waitForURL(/date=27%2F10%2F2021/);
    expect(await field.inputValue()).toBe('27/10/2021');
    expect(await page.getByTestId('unit-count').innerText()).toContain('27/10/2021');
    expect(await page.getByTestId('unit-tree-list').innerText()).toContain('Sở Kế hoạch và Đầu tư');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/kiem-tra takes a unit by name: the URL then names its code and only its inspections are listed', async () => {
    const { page, errors } = await openPage(context);
    const all = await (async () => {
      await page.goto(url('/kiem-tra'), { waitUntil: 'networkidle' });
      return page.getByTestId('list-total').innerText();
    })();
    await page.goto(url('/kiem-tra?unit=S%E1%BB%9F+K%E1%BA%BF+ho%E1%BA%A1ch+v%C3%A0+%C4%90%E1%BA%A7u+t%C6%B0'), { waitUntil: 'networkidle' });
    expect(new URL(page.url()).searchParams.get('unit')).toBe('S_KHDT');
    expect(await page.getByTestId('unit-shown').innerText()).toContain('Sở Kế hoạch và Đầu tư (S_KHDT, đến 28/02/2025)');
    expect(await page.getByTestId('list-total').innerText()).not.toBe(all);
    const units = await page.locator('[data-testid="inspection-table"] tbody tr td:nth-child(2)').allInnerTexts();
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units)).toEqual(new Set(['Sở Kế hoạch và Đầu tư']));
    expect(await page.locator('[data-testid="inspection-table"]').innerText()).toContain('KT-2021-S_KHDT-0001');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the unit field suggests units of every time and resolves typed words; an ambiguous name offers the choices, an unknown one says so', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/kiem-tra'), { waitUntil: 'networkidle' });
    const field = page.getByTestId('unit-field');
    expect(await field.getAttribute('list')).toBe('unit-names');
    // the suggestions carry codes, labelled with name, kind and, for former units, until when
    expect(await page.locator('#unit-names option[value="S_KHDT"]').getAttribute('label')).toBe('Sở Kế hoạch và Đầu tư · S_KHDT · Sở, ban, ngành · đến 28/02/2025');
    expect(await page.locator('#unit-names option[value="S_TAICHINH_2025"]').count()).toBe(1);

    await field.fill('ke hoach dau tu');
    await Promise.all([page.waitForURL(/unit=S_KHDT/), field.press('Enter')]);
    expect(await page.getByTestId('unit-field').inputValue()).toBe('S_KHDT');

    // "Sở Tài chính" was the old department's whole name, and is in the name of today's
    await page.getByTestId('unit-field').fill('Sở Tài chính');
    await Promise.all([page.waitForURL(/unit=S%E1%BB%9F/), page.getByTestId('unit-field').press('Enter')]);
    const many = page.getByTestId('unit-many');
    expect(await many.innerText()).toContain('«Sở Tài chính» khớp 2 đơn vị');
    expect(await many.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Sở Tài chính \(mới\)/),
      expect.stringMatching(/^Sở Tài chính \(S_TAICHINH_OLD · Sở, ban, ngành · đến 28\/02\/2025\)/),
    ]);
    // nothing is listed until one is chosen
    expect(await page.locator('[data-testid="inspection-table"] tbody tr').count()).toBe(0);
    await Promise.all([page.waitForURL(/unit=S_TAICHINH_2025/), many.getByRole('link', { name: 'Sở Tài chính (mới)' }).click()]);
    expect(await page.getByTestId('unit-shown').innerText()).toContain('Sở Tài chính (mới)');

    await page.getByTestId('unit-field').fill('Sở Không Có');
    await Promise.all([page.waitForURL(/unit=S%E1%BB%9F\+Kh/), page.getByTestId('unit-field').press('Enter')]);
    expect(await page.getByTestId('unit-none').innerText()).toContain('Không tìm thấy đơn vị nào có tên hoặc mã «Sở Không Có»');
    expect(await page.locator('[data-testid="inspection-table"] tbody tr').count()).toBe(0);
    await screenshot(page, 'inspections-unit-none');
    expect(errors).toEqual([]);
    await page.close();
  });
});
