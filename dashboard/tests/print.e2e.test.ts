import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { download, isPng, openBrowser, openPage, resultsDir, screenshot, url } from './browser';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

// app.css prints on A4 landscape with 10 mm margins: the page box is 277 × 190 mm, at 96 px/in
const PAGE_W = Math.floor((277 / 25.4) * 96); // 1046 px
const PAGE_H = Math.floor((190 / 25.4) * 96); // 718 px
const thisYear = new Date().getFullYear();
const today = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

/** Opens a page on screen, waits for its charts, then lays it out as the printer does. */
async function printed(page: Page, path: string): Promise<void> {
  await page.goto(url(path), { waitUntil: 'networkidle' });
  const charts = await page.locator('canvas[data-testid]').count();
  await page.waitForFunction((n) => document.querySelectorAll('canvas[data-rendered="true"]').length === n, charts);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PAGE_W, height: PAGE_H });
  // every chart redraws itself at its print box (chart.svelte.ts) once print media applies
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-rendered="true"]')].every((c) => {
        const r = c.parentElement!.getBoundingClientRect();
        return c.dataset.media === 'print' && Math.abs(c.width / devicePixelRatio - r.width) <= 2 && Math.abs(c.height / devicePixelRatio - r.height) <= 2;
      }),
    undefined,
    { timeout: 10_000 },
  );
}

interface Box { x: number; y: number; w: number; h: number }
interface ChartLayout {
  id: string;
  canvas: Box;
  card: Box;
  /** Chart.js's own drawing size (bitmap ÷ device pixel ratio). */
  drawn: { w: number; h: number };
  /** What is on top at points spread over the canvas: the canvas itself when nothing covers it. */
  covered: string[];
  /** Other blocks of the page the canvas intersects. */
  overlaps: string[];
}

function layout(page: Page): Promise<ChartLayout[]> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height };
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`;
    const blocks = [...document.querySelectorAll('main .card, main section, main table, main h1, main .print-block')];
    return [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-rendered="true"]')].map((c) => {
      const card = c.closest('.card')!;
      const cb = box(c);
      const covered: string[] = [];
      for (const [fx, fy] of [[0.02, 0.02], [0.98, 0.02], [0.5, 0.5], [0.02, 0.98], [0.98, 0.98]]) {
        const r = c.getBoundingClientRect();
        // scroll the point into the viewport: printing lays out the whole page at once
        window.scrollTo(0, r.top + scrollY - 10);
        const r2 = c.getBoundingClientRect();
        const hit = document.elementFromPoint(r2.left + fx * r2.width, r2.top + fy * r2.height);
        if (hit !== c) covered.push(`${fx},${fy}: ${hit ? name(hit) : 'nothing'}`);
      }
      window.scrollTo(0, 0);
      const overlaps = blocks
        .filter((b) => !b.contains(c) && !c.closest('.card')!.contains(b))
        .filter((b) => {
          const o = box(b);
          return o.w > 0 && o.h > 0 && cb.x < o.x + o.w - 0.5 && o.x < cb.x + cb.w - 0.5 && cb.y < o.y + o.h - 0.5 && o.y < cb.y + cb.h - 0.5;
        })
        .map(name);
      return {
        id: c.dataset.testid!,
        canvas: cb,
        card: box(card),
        drawn: { w: c.width / devicePixelRatio, h: c.height / devicePixelRatio },
        covered,
        overlaps,
      };
    });
  });
}

function expectWhole(charts: ChartLayout[]) {
  expect(charts.length).toBeGreaterThan(0);
  for (const c of charts) {
    const where = `${c.id}: ${JSON.stringify(c)}`;
    // inside the page box and inside its own card
    expect(c.canvas.x, where).toBeGreaterThanOrEqual(0);
    expect(c.canvas.x + c.canvas.w, where).toBeLessThanOrEqual(PAGE_W);
    expect(c.canvas.x, where).toBeGreaterThanOrEqual(c.card.x);
    expect(c.canvas.y, where).toBeGreaterThanOrEqual(c.card.y);
    expect(c.canvas.x + c.canvas.w, where).toBeLessThanOrEqual(c.card.x + c.card.w + 0.5);
    expect(c.canvas.y + c.canvas.h, where).toBeLessThanOrEqual(c.card.y + c.card.h + 0.5);
    // drawn at the size it is shown (not a screen-sized chart squeezed or cut), and fits on a page
    expect(Math.abs(c.drawn.w - c.canvas.w), where).toBeLessThanOrEqual(2);
    expect(Math.abs(c.drawn.h - c.canvas.h), where).toBeLessThanOrEqual(2);
    expect(c.canvas.h, where).toBeLessThanOrEqual(PAGE_H);
    // nothing drawn over it, and it over nothing
    expect(c.covered, where).toEqual([]);
    expect(c.overlaps, where).toEqual([]);
  }
}

/** The printed heading and title block, as text. */
async function titleBlock(page: Page): Promise<string> {
  const block = page.getByTestId('print-block');
  expect(await block.isVisible()).toBe(true);
  expect(await page.locator('h1').isVisible()).toBe(true);
  return `${await page.locator('h1').innerText()}\n${await block.innerText()}`;
}

describe('printing (Ctrl+P, Tải PDF)', () => {
  it('Tổng quan: both charts whole at print size, the founding card uncovered, and a title block that says what, when, where and from where', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    // on screen the title block is not shown
    expect(await page.getByTestId('print-block').isVisible()).toBe(false);
    await printed(page, '/');
    const charts = await layout(page);
    expect(charts.map((c) => c.id).sort()).toEqual(['coverage-per-year-canvas', 'inspections-per-year-canvas']);
    expectWhole(charts);
    // the founding card below the charts is not covered: its heading is what a reader sees there
    const heading = await page.evaluate(() => {
      const h = document.querySelector('#founding-h')!;
      h.scrollIntoView();
      const r = h.getBoundingClientRect();
      return document.elementFromPoint(r.left + 5, r.top + r.height / 2)?.closest('#founding-h') !== null;
    });
    expect(heading).toBe(true);

    const text = await titleBlock(page);
    expect(text).toContain('Tổng quan');
    expect(text).toContain('Kỳ');
    expect(await page.getByTestId('print-period').innerText()).toBe(`2015–${thisYear}`);
    expect(await page.getByTestId('print-area').innerText()).toBe('Toàn thành phố');
    expect(await page.getByTestId('print-structure').innerText()).toBe('Theo cơ cấu tại thời điểm');
    expect(await page.getByTestId('print-date').innerText()).toBe(today);
    expect(await page.getByTestId('print-source').innerText()).toBe(`QCDC Hub, ${url('/')}`);
    expect(await page.getByTestId('print-demo').innerText()).toMatch(/^Dữ liệu minh họa/);
    await screenshot(page, 'print-overview');

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Độ bao phủ: the charts do not cover the district table, and the title block names the filtered district, period and structure', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/bao-phu'), { waitUntil: 'networkidle' });
    const district = await page.locator('#f-within optgroup option').first();
    const [code, name] = [await district.getAttribute('value'), (await district.innerText()).trim()];
    await printed(page, `/bao-phu?from=2019&to=2021&within=${code}&structure=CURRENT`);
    expectWhole(await layout(page));
    // the year header of the district table is what shows where it is
    const header = await page.evaluate(() => {
      const th = document.querySelector('[data-testid="coverage-matrix-table"] thead th:last-child')!;
      th.scrollIntoView();
      const r = th.getBoundingClientRect();
      return { top: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('th') === th, right: r.right };
    });
    expect(header.top).toBe(true);
    expect(header.right).toBeLessThanOrEqual(PAGE_W);

    await titleBlock(page);
    expect(await page.getByTestId('print-period').innerText()).toBe('2019–2021');
    expect(await page.getByTestId('print-area').innerText()).toBe(name);
    expect(await page.getByTestId('print-structure').innerText()).toBe('Theo cơ cấu hiện nay');
    await screenshot(page, 'print-coverage');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Xu hướng: the two trend charts are each whole and the second does not cover the first', async () => {
    const { page, errors } = await openPage(context);
    await printed(page, '/xu-huong');
    const charts = await layout(page);
    expect(charts.map((c) => c.id)).toEqual(['trends-canvas', 'trends-inspections-canvas']);
    expectWhole(charts);
    const [a, b] = charts;
    expect(a.card.y + a.card.h).toBeLessThanOrEqual(b.card.y);
    await screenshot(page, 'print-trends');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('English: the title block in English', async () => {
    const { page, errors } = await openPage(context);
    await printed(page, '/tuan-thu?lang=en&from=2021&to=2021');
    expectWhole(await layout(page));
    const text = await titleBlock(page);
    expect(text).toContain('Compliance');
    expect(text).toContain('Period');
    expect(await page.getByTestId('print-period').innerText()).toBe('2021');
    expect(await page.getByTestId('print-area').innerText()).toBe('Whole city');
    expect(await page.getByTestId('print-date').innerText()).toBe(today);
    expect(await page.getByTestId('print-demo').innerText()).toMatch(/^Demonstration data/);
    // back to Vietnamese for the other tests of this profile (the language is kept in a cookie)
    await page.goto(url('/?lang=vi'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Tải PDF" opens the print of the page with a file name for the PDF, and restores the title after', async () => {
    const { page, errors } = await openPage(context);
    // ?lang=vi: the language is kept in a cookie, whatever an earlier test left
    await page.goto(url('/bao-phu?lang=vi'), { waitUntil: 'networkidle' });
    const original = await page.title();
    // headless Chromium opens no print dialog (and fires no print events): note what window.print sees
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      const print = window.print.bind(window);
      window.print = () => {
        w.seen.push(document.title);
        print();
      };
    });
    await page.getByRole('button', { name: 'Tải PDF' }).click();
    const d = new Date();
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([`qcdc-bao-phu-${iso}`]);
    // the dialog closes: the page has its title back
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.title()).toBe(original);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Tải PNG" gives a 1600 × 900 picture for slides with the title block and the DEMO label above the chart', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/?lang=vi&from=2019&to=2021'), { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-testid="inspections-per-year-canvas"][data-rendered="true"]');
    const png = await download(page, '[data-testid="inspections-per-year-png"]');
    expect(isPng(png.bytes)).toBe(true);
    // IHDR: width and height, big-endian, at bytes 16–24
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1600, 900]);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${resultsDir}/slide-inspections-per-year.png`, png.bytes);
    // what is drawn where: dark title text at the top left, the DEMO badge's fill at the top right, the chart below
    const seen = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const count = (x: number, y: number, w: number, h: number, test: (r: number, g: number, b: number) => boolean) => {
        const d = g.getImageData(x, y, w, h).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (test(d[i], d[i + 1], d[i + 2])) n++;
        return n;
      };
      return {
        titleInk: count(40, 20, 800, 50, (r, g2, b) => r < 80 && g2 < 80 && b < 80),
        demoFill: count(1200, 78, 360, 34, (r, g2, b) => r === 0xff && g2 === 0xf1 && b === 0xd6),
        chartBlue: count(0, 130, 1600, 730, (r, g2, b) => r === 0x00 && g2 === 0x72 && b === 0xb2),
      };
    }, png.bytes.toString('base64'));
    expect(seen.titleInk).toBeGreaterThan(500);
    expect(seen.demoFill).toBeGreaterThan(1000);
    // three bars, 2019–2021, in the palette's first blue
    expect(seen.chartBlue).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
