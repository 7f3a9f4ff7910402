import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { axeViolations, openBrowser, openPage, url } from './browser';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

/** Holds the next page-data request of `path` until released: the server's 0.5–1 s made visible on demand. */
async function hold(page: Page, path: string): Promise<() => Promise<void>> {
  let held: Route | undefined;
  let release: () => void = () => {};
  const arrived = new Promise<void>((r) => (release = r));
  await page.route(`**${path}/__data.json*`, (route) => {
    held = route;
    release();
  });
  return async () => {
    await arrived;
    await held!.continue();
    await page.unroute(`**${path}/__data.json*`);
  };
}

/** WCAG contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The focused element's outline colour and the background it is drawn on. */
const ring = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    let bg = 'rgb(255, 255, 255)';
    for (let p: HTMLElement | null = el.parentElement; p; p = p.parentElement) {
      const c = getComputedStyle(p).backgroundColor;
      if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
        bg = c;
        break;
      }
    }
    const s = getComputedStyle(el);
    return { text: el.textContent?.trim(), outline: s.outlineColor, style: s.outlineStyle, width: parseFloat(s.outlineWidth), bg };
  });

describe('feedback while a page loads, and a visible focus (issue 13.8, 13.9)', () => {
  it('says "Đang tải số liệu…" with a thin bar along the top after a click in the menu and after a filter change, until the page is there', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    const loading = page.getByTestId('loading');
    expect(await loading.innerText()).toBe('');

    let release = await hold(page, '/bao-phu');
    await page.getByRole('link', { name: 'Độ bao phủ kiểm tra' }).first().click();
    await page.waitForFunction(() => document.querySelector('[data-testid="loading"]')?.textContent?.includes('Đang tải số liệu…'));
    expect(await page.locator('main').getAttribute('aria-busy')).toBe('true');
    expect(await loading.getAttribute('role')).toBe('status');
    // a thin bar across the top edge of the window (1366 px wide), above everything
    const bar = await page.getByTestId('loading-bar').boundingBox();
    expect(bar).toMatchObject({ x: 0, y: 0, width: 1366 });
    expect(bar!.height).toBeGreaterThanOrEqual(3);
    expect(bar!.height).toBeLessThanOrEqual(6);
    await release();
    await page.waitForURL(/\/bao-phu$/);
    await page.waitForFunction(() => document.querySelector('[data-testid="loading"]')?.textContent === '');
    expect(await page.locator('main').getAttribute('aria-busy')).toBeNull();
    expect(await page.locator('h1').innerText()).toBe('Độ bao phủ kiểm tra');

    release = await hold(page, '/bao-phu');
    await page.selectOption('#f-from', '2020');
    await page.waitForFunction(() => document.querySelector('[data-testid="loading"]')?.textContent?.includes('Đang tải số liệu…'));
    await release();
    await page.waitForURL(/from=2020/);
    await page.waitForFunction(() => document.querySelector('[data-testid="loading"]')?.textContent === '');
    expect(await page.getByTestId('loading-bar').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the keyboard focus with a contrast of at least 3:1 on the page and in the dark header', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/bao-phu'), { waitUntil: 'networkidle' });
    await page.keyboard.press('Tab');
    const skip = await ring(page);
    expect(skip.text).toBe('Bỏ qua, đến nội dung chính');
    // a link in the page body, focused the keyboard way
    await page.keyboard.press('Tab');
    await page.locator('main a').first().focus();
    const inMain = await ring(page);
    expect(inMain.style).toBe('solid');
    expect(inMain.width).toBeGreaterThanOrEqual(2);
    expect(contrast(inMain.outline, inMain.bg), JSON.stringify(inMain)).toBeGreaterThanOrEqual(3);
    // a menu link on the dark header
    await page.getByRole('navigation').getByRole('link').first().focus();
    const inHeader = await ring(page);
    expect(contrast(inHeader.outline, inHeader.bg), JSON.stringify(inHeader)).toBeGreaterThanOrEqual(3);
    // a link in the darkest cell of the district × year table: the ring is drawn on the cell's blue
    const cells = page.locator('[data-testid="coverage-matrix-table"] td.cell a');
    const darkest = await cells.evaluateAll((as) => {
      const lum = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).reduce((x, y) => x + y, 0);
      let best = 0;
      as.forEach((a, i) => {
        if (lum(getComputedStyle(a.parentElement!).backgroundColor) < lum(getComputedStyle(as[best].parentElement!).backgroundColor)) best = i;
      });
      return best;
    });
    await cells.nth(darkest).focus();
    const inCell = await ring(page);
    expect(contrast(inCell.bg, 'rgb(255, 255, 255)'), `the darkest cell is dark: ${inCell.bg}`).toBeGreaterThanOrEqual(4.5);
    expect(inCell.style).toBe('solid');
    expect(contrast(inCell.outline, inCell.bg), JSON.stringify(inCell)).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Sao chép liên kết" puts the address of the view, filters included, on the clipboard', async () => {
    const { page, errors } = await openPage(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
    await page.goto(url('/bao-phu?from=2019&to=2021&structure=CURRENT&lang=vi'), { waitUntil: 'networkidle' });
    await page.getByTestId('copy-link').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="copy-link"]')?.textContent === 'Đã sao chép liên kết');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url('/bao-phu?from=2019&to=2021&structure=CURRENT&lang=vi'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Copy link" also copies where the browser has no clipboard API (plain http on an intranet is not a secure context)', async () => {
    const { page, errors } = await openPage(context);
    // what Chromium offers a page served over http from an intranet host name: no navigator.clipboard
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
    const view = url('/khen-thuong?from=2016&to=2020&lang=en');
    await page.goto(view, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => typeof navigator.clipboard)).toBe('undefined');
    expect(await page.getByTestId('copy-link').innerText()).toBe('Copy link');
    await page.getByTestId('copy-link').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="copy-link"]')?.textContent === 'Link copied');
    // read back from a page of the same origin that has the clipboard API; ?lang= is remembered in
    // a cookie, so this visit also turns the browser back to Vietnamese for the tests after this one
    const reader = await context.newPage();
    await reader.goto(url('/healthz?lang=vi'));
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(view);
    await reader.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone (390×844) shows a number or a chart on the first screen of each page, and nothing scrolls the page sideways', async () => {
    const { page, errors } = await openPage(context);
    await page.setViewportSize({ width: 390, height: 844 });
    // the first figure: a KPI number, a chart, or a table that is shown (not folded away)
    const firstFigureTop = () =>
      page.evaluate(() => {
        const all = [...document.querySelectorAll('main [data-testid="kpi-value"], main .chart-box, main table')];
        const el = all.find((e) => e.checkVisibility());
        return el ? el.getBoundingClientRect().top + window.scrollY : null;
      });
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    for (const path of ['/', '/tuan-thu', '/xu-huong', '/khen-thuong', '/bao-phu']) {
      await page.goto(url(path), { waitUntil: 'networkidle' });
      const top = await firstFigureTop();
      expect(top, path).not.toBeNull();
      expect(top!, path).toBeLessThan(844);
      // the DEMO banner stays, as one line that still counts the demo inspections
      const banner = page.getByRole('note', { name: 'Dữ liệu minh họa' });
      expect(await banner.isVisible(), path).toBe(true);
      expect((await banner.boundingBox())!.height, path).toBeLessThan(40);
      expect(await page.getByTestId('demo-short').innerText()).toMatch(/^\d[\d.]* cuộc kiểm tra DEMO, \d[\d.]* thật$/);
      // the filters are folded behind «Bộ lọc», which says the period and the area
      expect(await page.isVisible('#f-from'), path).toBe(false);
      expect(await page.getByTestId('filter-summary').innerText(), path).toMatch(/^2015–\d{4} · Toàn thành phố$/);
      // the data tables opened too: a wide one scrolls in its own box, never the page
      await page.$$eval('main figure details.data', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await pageWidth(), path).toBeLessThanOrEqual(390);
    }

    // /bao-phu (the last one, still open): the table of units not inspected is wider than the phone and scrolls in a
    // named region the keyboard reaches and scrolls
    const region = page.getByTestId('uninspected-scroll');
    expect(await region.getAttribute('role')).toBe('region');
    expect(await region.getAttribute('aria-label')).toBe('Đơn vị lâu nhất chưa được kiểm tra');
    expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="uninspected-scroll"]')!.scrollLeft > 0);
    expect(await axeViolations(page, 'main', ['scrollable-region-focusable'])).toEqual([]);

    // the filters open from their summary and stay open while a change applies
    await page.click('[data-testid="filter-fold"] > summary');
    await page.selectOption('#f-from', '2020');
    await page.waitForURL(/from=2020/);
    await page.waitForFunction(() => !document.querySelector('main[aria-busy]'));
    expect(await page.isVisible('#f-from')).toBe(true);
    expect(await page.getByTestId('filter-summary').innerText()).toMatch(/^2020–\d{4} · Toàn thành phố$/);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await page.close();
  });
});
