import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { chartPoints, csvLines, download, inkedPixels, isPng, openBrowser, openPage, screenshot, url } from './browser';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

const thisYear = new Date().getFullYear();

describe('Tổng quan (overview)', () => {
  it('draws inspections and coverage per year from the API, lists the founding inspection with its source, without console errors', async () => {
    const { page, errors } = await openPage(context);
    const res = await page.goto(url('/'), { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('Tổng quan');

    // one bar per year 2015 → current year, every year has a count (0 included)
    const years = thisYear - 2015 + 1;
    expect(await chartPoints(page, 'inspections-per-year-canvas')).toBe(years);
    expect(await page.getAttribute('[data-testid="inspections-per-year-canvas"]', 'data-labels')).toBe(String(years));
    expect(await inkedPixels(page, '[data-testid="inspections-per-year-canvas"]')).toBeGreaterThan(2000);
    // the coverage line has a point for every year with units in scope
    expect(await chartPoints(page, 'coverage-per-year-canvas')).toBeGreaterThan(0);
    expect(await inkedPixels(page, '[data-testid="coverage-per-year-canvas"]')).toBeGreaterThan(1000);

    const founding = page.getByTestId('founding');
    const text = await founding.innerText();
    expect(text).toContain('Sở Kế hoạch và Đầu tư');
    expect(text).toContain('27/10/2021');
    expect(text).toContain('Đoàn kiểm tra số 2');
    expect(text).toContain('Mai Thị Thu');
    // the source: title, publisher and date; its URL is not known and the page says so
    expect(text).toContain('Kiểm tra công tác thực hiện Quy chế dân chủ cơ sở tại Sở Kế hoạch và Đầu tư thành phố Đà Nẵng');
    expect(text).toContain('29/10/2021');
    expect(text).toContain('Chưa ghi nhận đường dẫn tới bản gốc');
    expect(text).toContain('Dữ liệu thật');

    // demo data is announced next to the real record
    const banner = await page.locator('.demo-banner').innerText();
    expect(banner).toContain('Dữ liệu minh họa');

    // eight KPI cards for the last year, each with a value and its change or "no previous"
    expect(await page.locator('.kpi').count()).toBe(8);
    expect(await page.locator('.kpi').first().innerText()).toMatch(/so với năm \d{4}|chưa có số liệu năm trước/);

    await screenshot(page, 'overview');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes the data and the URL when a filter changes, and switches to English', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    await page.selectOption('#f-from', '2020');
    await page.waitForURL(/from=2020/);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="inspections-per-year-canvas"]')?.getAttribute('data-labels') === String(n),
      thisYear - 2020 + 1,
    );
    expect(await page.locator('.lead').innerText()).toContain(`2020–${thisYear}`);

    await page.getByRole('link', { name: 'Switch to English' }).click();
    await page.waitForURL(/lang=en/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Overview');
    // the filter survives the language switch
    expect(page.url()).toContain('from=2020');
    await screenshot(page, 'overview-en');
    // back to Vietnamese for the other tests of this browser profile
    await page.getByRole('link', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.waitForURL(/lang=vi/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the chart data as CSV and the chart as PNG, and shows its GraphQL query', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    await chartPoints(page, 'inspections-per-year-canvas');

    const csv = await download(page, '[data-testid="inspections-per-year-csv"]');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csvLines(csv.bytes);
    // Vietnamese headers, one row per year 2015 → this year
    expect(lines[0]).toContain('Năm');
    expect(lines[0]).toContain('Số cuộc kiểm tra');
    expect(lines.length).toBe(1 + thisYear - 2015 + 1);

    const png = await download(page, '[data-testid="inspections-per-year-png"]');
    expect(png.name).toBe('qcdc-inspections-per-year.png');
    expect(isPng(png.bytes)).toBe(true);

    await page.locator('#inspections-per-year').getByRole('button', { name: 'Xem truy vấn' }).click();
    const query = page.locator('#inspections-per-year-query');
    await expect(query.innerText()).resolves.toContain('coverage(filter: $filter, by: [YEAR])');
    // the figure's own query first, then the restructurings query its change-of-scope lines come from (issue 13.4)
    const links = query.getByRole('link', { name: 'Mở trong trình khám phá API' });
    expect(await links.count()).toBe(2);
    const explorer = await links.first().getAttribute('href');
    expect(explorer).toMatch(/\/explorer\?query=query\+CoverageByYear/);
    expect(await links.nth(1).getAttribute('href')).toMatch(/\/explorer\?query=query\+ScopeChanges/);
    expect(new URL(explorer!).searchParams.get('variables')).toContain('"fromYear": 2015');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links the report pack of the filtered years, named by its period (issue 16.5)', async () => {
    const { page } = await openPage(context);
    await page.goto(url('/?from=2019&to=2021'), { waitUntil: 'networkidle' });
    expect(await page.textContent('[data-testid="report-pack"]')).toBe('Tải báo cáo tổng hợp 2019–2021 (Excel, in trên khổ A4)');
    const pack = await download(page, '[data-testid="report-pack"]');
    expect(pack.name).toBe('qcdc-bao-cao-2019-2021.xlsx');
    expect(pack.bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: the XLSX workbook
    await page.close();
  });

  it('prints as a one-page brief, fits laptop and projector widths, and works from the keyboard', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    await chartPoints(page, 'coverage-per-year-canvas');

    // keyboard: the first Tab reaches the skip link, which moves focus to the main content
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // charts are described for screen readers and backed by a data table
    for (const id of ['inspections-per-year', 'coverage-per-year']) {
      expect(await page.locator(`#${id} [role="img"]`).getAttribute('aria-label')).toMatch(/^Biểu đồ: /);
      expect(await page.locator(`#${id} details table`).count()).toBe(1);
    }

    for (const [width, height, name] of [
      [1366, 768, 'overview-laptop'],
      [1920, 1080, 'overview-projector'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(200);
      // nothing wider than the screen: no horizontal scrolling on a laptop or a projector
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(page, name);
    }

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.waitForTimeout(300);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
