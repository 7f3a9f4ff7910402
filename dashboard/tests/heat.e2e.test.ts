import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, download, isPng, openBrowser, openPage, resultsDir, screenshot, url } from './browser';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

const thisYear = new Date().getFullYear();
const years = Array.from({ length: thisYear - 2015 + 1 }, (_, i) => String(2015 + i));
const PAGE_W = Math.floor((277 / 25.4) * 96); // A4 landscape less 10 mm margins (app.css), in px

interface Rect { left: number; right: number; top: number; bottom: number }

/** The year headers, the scroll box and the first row header, as laid out now (viewport coordinates). */
function geometry(page: Page, testid: string) {
  return page.evaluate((testid) => {
    const r = (el: Element): Rect => {
      const b = el.getBoundingClientRect();
      return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
    };
    const table = document.querySelector(`[data-testid="${testid}"]`)!;
    const box = document.querySelector(`[data-testid="${testid}-scroll"]`)!;
    const heads = [...table.querySelectorAll('thead th')];
    return {
      box: r(box),
      viewport: { width: window.innerWidth, height: window.innerHeight },
      years: heads.slice(1).map((th) => ({ text: (th as HTMLElement).innerText.trim(), ...r(th) })),
      corner: r(heads[0]),
      rowHeader: r(table.querySelector('tbody th[scope="row"]')!),
      lastCell: r(table.querySelector('tbody tr td:last-child')!),
      scrollable: { x: box.scrollWidth > box.clientWidth, y: box.scrollHeight > box.clientHeight },
    };
  }, testid);
}

const inside = (a: Rect, b: Rect) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;

describe('heat tables (requirement × year, district × year)', () => {
  for (const [width, height] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    it(`shows every year of the compliance table at once at ${width} px, with the requirement titles wrapped`, async () => {
      const { page, errors } = await openPage(context);
      await page.setViewportSize({ width, height });
      await page.goto(url('/tuan-thu'), { waitUntil: 'networkidle' });
      const g = await geometry(page, 'compliance-heatmap-table');
      // the year in progress carries its mark on a second line (checked below): the years are the first four characters
      expect(g.years.map((y) => y.text.slice(0, 4))).toEqual(years);
      for (const y of g.years) {
        expect(inside(y, g.box), `${y.text} ${JSON.stringify(y)} in ${JSON.stringify(g.box)}`).toBe(true);
        expect(y.right).toBeLessThanOrEqual(g.viewport.width);
      }
      expect(g.scrollable.x).toBe(false);
      // a long title wraps instead of pushing the years off the screen
      expect(g.rowHeader.right - g.rowHeader.left).toBeLessThanOrEqual(width / 3);
      await screenshot(page, `heat-compliance-${width}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('keeps the header row and the first column in place while the cells scroll, on a phone', async () => {
    const { page, errors } = await openPage(context);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url('/tuan-thu'), { waitUntil: 'networkidle' });
    const before = await geometry(page, 'compliance-heatmap-table');
    expect(before.scrollable).toEqual({ x: true, y: true });
    // the box is reachable from the keyboard, and arrow keys scroll it
    await page.getByTestId('compliance-heatmap-table-scroll').focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('compliance-heatmap-table-scroll');
    await page.getByTestId('compliance-heatmap-table-scroll').evaluate((el) => {
      el.scrollLeft = 400;
      el.scrollTop = 300;
    });
    await page.waitForFunction(() => document.querySelector('[data-testid="compliance-heatmap-table-scroll"]')!.scrollLeft > 0);
    const after = await geometry(page, 'compliance-heatmap-table');
    // header row at the top of the box, first column at its left
    expect(Math.abs(after.corner.top - after.box.top)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.corner.left - after.box.left)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.years[0].top - after.box.top)).toBeLessThanOrEqual(2);
    // the cells moved under them
    expect(after.lastCell.left).toBeLessThan(before.lastCell.left - 100);
    // the page itself does not scroll sideways because of the table
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'heat-compliance-phone');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [path, testid] of [
    ['/tuan-thu', 'compliance-heatmap-table'],
    ['/bao-phu', 'coverage-matrix-table'],
  ] as const) {
    it(`${path}: every cell's text has a contrast of at least 4.5:1 and the scroll box is keyboard-reachable (axe-core)`, async () => {
      const { page, errors } = await openPage(context);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(url(path), { waitUntil: 'networkidle' });
      expect(await page.locator(`[data-testid="${testid}"] td.cell`).count()).toBeGreaterThan(20);
      const violations = await axeViolations(page, `[data-testid="${testid}-scroll"]`, ['color-contrast', 'scrollable-region-focusable', 'nested-interactive']);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('prints every year of the compliance table inside the page', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/tuan-thu'), { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PAGE_W, height: 718 });
    const g = await geometry(page, 'compliance-heatmap-table');
    expect(g.years.map((y) => y.text.slice(0, 4))).toEqual(years);
    for (const y of g.years) expect(y.right, y.text).toBeLessThanOrEqual(PAGE_W);
    expect(g.lastCell.right).toBeLessThanOrEqual(PAGE_W);
    // and the cells keep their shades on paper
    const bg = await page.locator('[data-testid="compliance-heatmap-table"] td.cell').first().evaluate((td) => getComputedStyle(td).printColorAdjust);
    expect(bg).toBe('exact');
    await screenshot(page, 'heat-compliance-print');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Tải PNG" of the compliance table: a 1600 × 900 picture with the title block, the DEMO label, the source line and the cells in their shades (issue 13.7)', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/tuan-thu?from=2019&to=2024'), { waitUntil: 'networkidle' });
    const png = await download(page, '[data-testid="compliance-heatmap-png"]');
    expect(png.name).toBe('qcdc-compliance-heatmap.png');
    expect(isPng(png.bytes)).toBe(true);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${resultsDir}/slide-compliance-heatmap.png`, png.bytes);
    // the page's cell colours (computed rgb) and the heading it must carry
    const shades = await page.$$eval('[data-testid="compliance-heatmap-table"] td.cell', (tds) => [...new Set(tds.map((td) => getComputedStyle(td).backgroundColor))].filter((c) => c !== 'rgba(0, 0, 0, 0)'));
    expect(shades.length).toBeGreaterThan(3);
    // decoded by the browser's own PNG decoder: its size, then what is drawn where
    const seen = await page.evaluate(
      async ({ b64, shades }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const count = (x: number, y: number, w: number, h: number, test: (r: number, g: number, b: number) => boolean) => {
          const d = g.getImageData(x, y, w, h).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if (test(d[i], d[i + 1], d[i + 2])) n++;
          return n;
        };
        const rgb = shades.map((s) => s.match(/\d+/g)!.map(Number));
        return {
          size: [img.naturalWidth, img.naturalHeight],
          titleInk: count(40, 20, 800, 50, (r, g2, b) => r < 80 && g2 < 80 && b < 80),
          demoFill: count(1200, 78, 360, 34, (r, g2, b) => r === 0xff && g2 === 0xf1 && b === 0xd6),
          sourceInk: count(40, 870, 800, 30, (r, g2, b) => r < 120 && g2 < 120 && b < 120),
          // each of the page's shades fills cells of the table's area
          shadePixels: rgb.map(([R, G, B]) => count(0, 130, 1600, 730, (r, g2, b) => r === R && g2 === G && b === B)),
        };
      },
      { b64: png.bytes.toString('base64'), shades },
    );
    expect(seen.size).toEqual([1600, 900]);
    expect(seen.titleInk).toBeGreaterThan(500);
    expect(seen.demoFill).toBeGreaterThan(1000);
    expect(seen.sourceInk).toBeGreaterThan(200);
    for (const [i, n] of seen.shadePixels.entries()) expect(n, shades[i]).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [path, testid, lang, mark] of [
    ['/tuan-thu', 'compliance-heatmap-table', 'vi', 'đến'],
    ['/bao-phu', 'coverage-matrix-table', 'en', 'to'],
  ] as const) {
    it(`${path} (${lang}): the year in progress is marked on its column as on the charts' year axes, whole years are not (issue 13.9)`, async () => {
      const { page, errors } = await openPage(context);
      await page.goto(url(`${path}?lang=${lang}`), { waitUntil: 'networkidle' });
      // the figure's note gives the date the data run to (the newest inspection): dd/mm/yyyy
      const note = await page.getByTestId(`${testid.replace(/-table$/, '')}-partial`).innerText();
      const date = note.match(/(\d\d\/\d\d)\/\d{4}/)![1];
      const heads = (await page.locator(`[data-testid="${testid}"] thead th`).allInnerTexts()).slice(1).map((t) => t.replace(/\s+/g, ' ').trim());
      expect(heads).toEqual(years.map((y) => (y === String(thisYear) ? `${y} (${mark} ${date})` : y)));
      // a span of whole years: no mark, no note
      await page.goto(url(`${path}?lang=${lang}&from=2019&to=2021`), { waitUntil: 'networkidle' });
      expect((await page.locator(`[data-testid="${testid}"] thead th`).allInnerTexts()).slice(1).map((t) => t.trim())).toEqual(['2019', '2020', '2021']);
      expect(await page.getByTestId(`${testid.replace(/-table$/, '')}-partial`).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('"Tải PNG" draws the rows in the order the reader sorted the table (issue 13.7)', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/tuan-thu?from=2019&to=2024'), { waitUntil: 'networkidle' });
    // each row's cell colours as the page shows them, the empty ones white (as the picture draws them)
    const colours = () =>
      page.$$eval('[data-testid="compliance-heatmap-table"] tbody tr', (trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td.cell')].map((td) => {
            const c = getComputedStyle(td).backgroundColor;
            return c === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : c;
          }),
        ),
      );
    const before = await colours();
    // lowest 2019 score first, then highest first: the table's order changes
    const th = page.locator('[data-testid="compliance-heatmap-table"] thead th', { hasText: '2019' });
    await th.locator('button').click();
    await th.locator('button').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="compliance-heatmap-table"] thead th[aria-sort]')?.getAttribute('aria-sort') === 'descending');
    const after = await colours();
    expect(after, 'sorting by 2019 changes the rows order').not.toEqual(before);
    const png = await download(page, '[data-testid="compliance-heatmap-png"]');
    expect(isPng(png.bytes)).toBe(true);
    // the picture's cell at (row n, year i), by heatSlidePng's layout: 40 px margins, a 560 px name
    // column, the years sharing the rest, a 30 px header under the 130 px title block
    const drawn = await page.evaluate(
      async ({ b64, rows, cols }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const rowH = Math.min(44, (730 - 8 - 30) / rows);
        const cellW = (1600 - 80 - 560) / cols;
        return Array.from({ length: rows }, (_, n) =>
          Array.from({ length: cols }, (_, i) => {
            const [r, gr, b] = g.getImageData(Math.floor(600 + i * cellW + 4), Math.floor(134 + 30 + n * rowH + 4), 1, 1).data;
            return `rgb(${r}, ${gr}, ${b})`;
          }),
        );
      },
      { b64: png.bytes.toString('base64'), rows: after.length, cols: after[0].length },
    );
    expect(drawn).toEqual(after);
    expect(errors).toEqual([]);
    await page.close();
  });
});
