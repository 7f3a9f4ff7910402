import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chartPoints, csvLines, download, inkedPixels, isXlsx, openBrowser, openPage, screenshot, url } from './browser';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

async function drawn(page: Page, id: string): Promise<number> {
  const points = await chartPoints(page, `${id}-canvas`);
  expect(points).toBeGreaterThan(0);
  expect(await inkedPixels(page, `[data-testid="${id}-canvas"]`)).toBeGreaterThan(1000);
  return points;
}

/** Rows of a table (header excluded). */
const rows = (page: Page, testid: string) => page.locator(`[data-testid="${testid}"] tbody tr`).count();

describe('Khen thưởng (awards)', () => {
  it('draws the award charts, narrows them with the year filter, and downloads the awards as XLSX', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/khen-thuong'), { waitUntil: 'networkidle' });
    await expect(page.locator('h1').innerText()).resolves.toBe('Khen thưởng');
    for (const id of ['awards-year', 'awards-period', 'awards-district', 'awards-unit-kind']) await drawn(page, id);
    // the founding record's 2015–2020 Bằng khen has a period but no decision date
    const periods = await page.locator('#awards-period table').textContent();
    expect(periods).toContain('2015–2020');
    expect(await rows(page, 'award-table')).toBeGreaterThan(0);
    await screenshot(page, 'awards');

    const labelsBefore = await page.getAttribute('[data-testid="awards-year-canvas"]', 'data-labels');
    await page.selectOption('#f-from', '2022');
    await page.waitForURL(/from=2022/);
    await page.waitForFunction((before) => document.querySelector('[data-testid="awards-year-canvas"]')?.getAttribute('data-labels') !== before, labelsBefore);
    const thisYear = new Date().getFullYear();
    // 2022 … this year, plus "year unknown" when an undated decision's period overlaps (2020–2025 does)
    expect(Number(await page.getAttribute('[data-testid="awards-year-canvas"]', 'data-labels'))).toBeGreaterThanOrEqual(thisYear - 2022 + 1);

    const xlsx = await download(page, '[data-testid="award-list-xlsx"]');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(isXlsx(xlsx.bytes)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Độ bao phủ kiểm tra (coverage)', () => {
  it('shows coverage per year, the district × year matrix and the units longest not inspected; a district filter narrows the matrix', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/bao-phu'), { waitUntil: 'networkidle' });
    await drawn(page, 'coverage-year');
    await drawn(page, 'coverage-kind');
    const districtsBefore = await rows(page, 'coverage-matrix-table');
    expect(districtsBefore).toBeGreaterThan(2);
    // each cell: a rate and "inspected/in scope"
    expect(await page.locator('[data-testid="coverage-matrix-table"] td a').first().innerText()).toMatch(/\d+%\s+\d+\/\d+/);
    expect(await rows(page, 'uninspected-table')).toBeGreaterThan(0);
    await screenshot(page, 'coverage');

    const district = await page.locator('#f-within optgroup option').first().getAttribute('value');
    await page.selectOption('#f-within', district!);
    await page.waitForURL(new RegExp(`within=${district}`));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="coverage-matrix-table"] tbody tr').length === 1);

    const csv = await download(page, '[data-testid="coverage-matrix-csv"]');
    const lines = csvLines(csv.bytes);
    expect(lines[0]).toContain('Quận, huyện');
    expect(lines.length).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * Vertical lines drawn on a canvas: columns holding a dark stretch (the dated lines' #333, also over a
 * bar; dashed or dotted: gaps of up to 4 px) longer than a fifth of the canvas height (its label's white
 * box hides part of it), adjacent columns counted once. Letters of the labels and axis text are far
 * shorter (under 30 px); the bars, the orange line and the grid are lighter.
 */
async function verticalLines(page: Page, testid: string): Promise<number> {
  return page.$eval(`[data-testid="${testid}"]`, (el) => {
    const c = el as HTMLCanvasElement;
    const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let runs = 0;
    let inRun = false;
    for (let x = 0; x < width; x++) {
      let longest = 0;
      let start = -1;
      let last = -10;
      for (let y = 0; y < height; y++) {
        const i = (y * width + x) * 4;
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (!(data[i + 3] > 200 && Math.max(r, g, b) < 130)) continue;
        if (y - last > 5) start = y;
        last = y;
        longest = Math.max(longest, y - start + 1);
      }
      const line = longest > height / 5;
      if (line && !inRun) runs++;
      inRun = line;
    }
    return runs;
  });
}

// seeds/reference/lineage.csv: 17/05/2016 a department split, 25/08/2017 a board established,
// 03/10/2018 two boards merged; in 2025 8 ward merges (01/01), 5 department merges (01/03), 1 (26/04),
// and on 01/07 16 merges, 78 establishments and 1 dissolution
describe('years in which the units in scope changed (issue 13.4)', () => {
  it('/bao-phu draws a line at each such year, says what changed and how many units were in scope before and after, under the chart and in its table', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/bao-phu?from=2015&to=2025'), { waitUntil: 'networkidle' });
    await drawn(page, 'coverage-year');
    await screenshot(page, 'coverage-scope');
    const canvas = page.getByTestId('coverage-year-canvas');
    expect(await canvas.getAttribute('data-marks')).toBe('2016-05-17 2017-08-25 2018-10-03 2025-01-01');
    expect(await verticalLines(page, 'coverage-year-canvas')).toBe(4);
    const notes = await page.getByTestId('coverage-year-scope').locator('li').allInnerTexts();
    expect(notes.map((n) => n.slice(0, 4))).toEqual(['2016', '2017', '2018', '2025']);
    // seeds/reference/units.csv, units but the city whose validity meets the year: 84 in 2015, 86 in 2016, 85 in 2024,
    // 176 in 2025 (the old wards until 30/06 and the new ones from 01/07 are both active that year: why coverage "falls")
    expect(notes[0]).toBe('2016: sắp xếp đơn vị — 17/05/2016: 1 chia tách. Đơn vị trong phạm vi: 84 (năm 2015) → 86 (năm 2016).');
    // the set changes even when its size does not: a board established, a unit ended
    expect(notes[1]).toBe('2017: sắp xếp đơn vị — 25/08/2017: 1 thành lập. Đơn vị trong phạm vi: 86 (năm 2016) → 86 (năm 2017).');
    expect(notes[3]).toBe(
      '2025: sắp xếp đơn vị — 01/01/2025: 8 hợp nhất, sáp nhập; 01/03/2025: 5 hợp nhất, sáp nhập; 26/04/2025: 1 hợp nhất, sáp nhập; ' +
        '01/07/2025: 16 hợp nhất, sáp nhập, 78 thành lập, 1 giải thể. Đơn vị trong phạm vi: 85 (năm 2024) → 176 (năm 2025).',
    );
    // the data table (screen readers, print) carries the same note beside its year
    const row2025 = page.locator('#coverage-year table tbody tr', { has: page.locator('th', { hasText: /^2025$/ }) });
    expect(await row2025.locator('td').last().textContent()).toBe(notes[3]);

    // only the wards: the departments' and boards' changes are not the wards' scope
    await page.goto(url('/bao-phu?from=2015&to=2025&kind=WARD'), { waitUntil: 'networkidle' });
    await drawn(page, 'coverage-year');
    expect(await page.getByTestId('coverage-year-canvas').getAttribute('data-marks')).toBe('2025-01-01');
    expect((await page.getByTestId('coverage-year-scope').locator('li').allInnerTexts()).map((n) => n.slice(0, 4))).toEqual(['2025']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('years in which the units in scope changed, in English, and the query behind them (issue 13.4)', () => {
  it('/bao-phu?lang=en says the same notes in English, under the chart and in its table', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/bao-phu?from=2015&to=2025&lang=en'), { waitUntil: 'networkidle' });
    await drawn(page, 'coverage-year');
    expect(await page.getByTestId('coverage-year-canvas').getAttribute('data-marks')).toBe('2016-05-17 2017-08-25 2018-10-03 2025-01-01');
    const notes = await page.getByTestId('coverage-year-scope').locator('li').allInnerTexts();
    // the same counts as the Vietnamese test above (seeds/reference/units.csv and lineage.csv), in English words
    expect(notes[0]).toBe('2016: units restructured — 17/05/2016: 1 split. Units in scope: 84 (2015) → 86 (2016).');
    expect(notes[1]).toBe('2017: units restructured — 25/08/2017: 1 establish. Units in scope: 86 (2016) → 86 (2017).');
    expect(notes[3]).toBe(
      '2025: units restructured — 01/01/2025: 8 merge; 01/03/2025: 5 merge; 26/04/2025: 1 merge; ' +
        '01/07/2025: 16 merge, 78 establish, 1 dissolve. Units in scope: 85 (2024) → 176 (2025).',
    );
    expect(await page.locator('body').innerText()).not.toContain('sắp xếp đơn vị');
    const row2025 = page.locator('#coverage-year table tbody tr', { has: page.locator('th', { hasText: /^2025$/ }) });
    expect(await row2025.locator('td').last().textContent()).toBe(notes[3]);
    expect(await page.locator('#coverage-year table thead th').last().textContent()).toBe('Change of scope');
    await screenshot(page, 'coverage-scope-en');
    // back to Vietnamese (remembered in a cookie) for the tests after this one
    await page.goto(url('/bao-phu?lang=vi'), { waitUntil: 'networkidle' });
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [path, id] of [
    ['/', 'coverage-per-year'],
    ['/', 'inspections-per-year'],
    ['/bao-phu', 'coverage-year'],
    ['/xu-huong', 'trends'],
    ['/xu-huong', 'trends-inspections'],
  ] as const) {
    it(`${path} #${id}: "Xem truy vấn" lists the restructurings query (ScopeChanges) the marks come from, with its variables`, async () => {
      const { page, errors } = await openPage(context);
      await page.goto(url(`${path}?from=2019&to=2025&lang=vi`), { waitUntil: 'networkidle' });
      const figure = page.getByTestId(`figure-${id}`);
      await figure.locator('.figure-tools button', { hasText: 'Xem truy vấn' }).click();
      const q = figure.locator('pre[aria-label="GraphQL ScopeChanges"]');
      await q.waitFor();
      expect(await q.innerText()).toMatch(/query ScopeChanges\(\$filter: LineageFilter\)[\s\S]*lineageEvents\(/);
      // its variables: the page's years (src/lib/server/scope.ts), what the lines on the chart were drawn from
      expect(JSON.parse(await q.locator('xpath=following-sibling::pre[1]').innerText())).toEqual({ filter: { fromYear: 2019, toYear: 2025 } });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('Tuân thủ (compliance)', () => {
  it('shows the requirement × year heat table and drills from a cell to its findings', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/tuan-thu?from=2021&to=2021'), { waitUntil: 'networkidle' });
    // one year column; the seeded catalogue has requirements QCDC-01 …
    expect(await page.locator('[data-testid="compliance-heatmap-table"] thead th').count()).toBe(2);
    expect(await rows(page, 'compliance-heatmap-table')).toBeGreaterThan(5);
    await drawn(page, 'compliance-category');
    await screenshot(page, 'compliance');

    const cell = page.locator('[data-testid="compliance-heatmap-table"] tbody tr').first().locator('td a').first();
    const n = Number((await cell.innerText()).match(/n=(\d+)/)?.[1]);
    await cell.click();
    await page.waitForURL(/\/tuan-thu\/ket-qua\?.*req=/);
    // the cell's count excludes NOT_APPLICABLE; the drill lists every finding of the requirement that year
    const total = Number((await page.getByTestId('finding-total').innerText()).match(/tổng số ([\d.]+)/)?.[1].replace(/\./g, ''));
    expect(total).toBeGreaterThanOrEqual(n);
    expect(await rows(page, 'finding-table')).toBeGreaterThan(0);
    await screenshot(page, 'compliance-findings');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names the requirements in the UI language: the English title in English, the Vietnamese in Vietnamese (issue 13.9)', async () => {
    // seeds/reference/requirements.csv, row QCDC-02; the founding inspection (2021) has a finding on it
    const vi = 'Xây dựng kế hoạch thực hiện QCDC hằng năm của cơ quan, đơn vị';
    const en = 'Annual QCDC implementation plan';
    const { page, errors } = await openPage(context);
    const shows = async (path: string, testid: string, lang: 'en' | 'vi') => {
      // ?lang= is remembered in a cookie: every visit names its language, and the last one is Vietnamese
      await page.goto(url(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`), { waitUntil: 'networkidle' });
      const row = page.locator(`[data-testid="${testid}"] tbody tr`, { hasText: 'QCDC-02' });
      expect(await row.innerText()).toContain(lang === 'en' ? en : vi);
      expect(await page.locator('body').innerText()).not.toContain(lang === 'en' ? vi : en);
    };
    await shows('/tuan-thu?from=2021&to=2021', 'compliance-heatmap-table', 'en');
    await shows('/kiem-tra/KT-2021-S_KHDT-0001', 'findings-table', 'en');
    await shows('/tuan-thu?from=2021&to=2021', 'compliance-heatmap-table', 'vi');
    await shows('/kiem-tra/KT-2021-S_KHDT-0001', 'findings-table', 'vi');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Xu hướng (trends)', () => {
  it('draws the trend lines with periods and restructuring dates, and switches to the current structure', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/xu-huong'), { waitUntil: 'networkidle' });
    // three series (coverage, compliance, plan rate) over the years 2015 → this year
    const years = new Date().getFullYear() - 2015 + 1;
    expect(await drawn(page, 'trends')).toBeGreaterThanOrEqual(2 * years);
    await drawn(page, 'trends-inspections');
    expect(await page.locator('#trends .desc').first().innerText()).toContain('01/07/2023');
    // the year in progress is marked (issue 13.9): a note under the title, and its label in the data table (and on the axis)
    const y = new Date().getFullYear();
    expect(await page.getByTestId('trends-partial').innerText()).toContain(`Năm ${y} chưa kết thúc`);
    await page.locator('#trends details.data summary').click();
    expect(await page.locator('#trends table tbody th').last().innerText()).toMatch(new RegExp(`^${y} \\(đến \\d{2}/\\d{2}\\)$`));
    expect(await page.locator('#trends table tbody th').first().innerText()).toBe('2015');
    await screenshot(page, 'trends');

    const tableBefore = await page.locator('#trends table').textContent();
    await page.getByTestId('structure-CURRENT').click();
    await page.waitForURL(/structure=CURRENT/);
    // counting records under today's successors changes the rates (2025's merges fold units together)
    await page.waitForFunction((before) => document.querySelector('#trends table')?.textContent !== before, tableBefore);
    await screenshot(page, 'trends-current');
    // whole years only: nothing to mark
    await page.goto(url('/xu-huong?from=2015&to=2020'), { waitUntil: 'networkidle' });
    await drawn(page, 'trends');
    expect(await page.getByTestId('trends-partial').count()).toBe(0);
    expect(await page.locator('#trends table tbody th').last().textContent()).toBe('2020');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a chart alone at full screen for the meeting room, redrawn at the screen\'s size, and back (issue 13.9)', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/xu-huong'), { waitUntil: 'networkidle' });
    await drawn(page, 'trends');
    const canvas = page.getByTestId('trends-canvas');
    const before = (await canvas.boundingBox())!;
    const button = page.getByTestId('trends-fullscreen');
    expect(await button.innerText()).toBe('Toàn màn hình');
    // the button's label follows the browser's fullscreenchange event (a moment after the click)
    await button.click();
    await page.waitForFunction(() => document.fullscreenElement?.id === 'trends' && document.querySelector('[data-testid="trends-fullscreen"]')?.textContent?.trim() === 'Thoát toàn màn hình');
    // the chart takes the screen (1366 × 900) but for the title and the buttons, and is drawn again at that size
    await page.waitForFunction((h) => (document.querySelector('[data-testid="trends-canvas"]')?.getBoundingClientRect().height ?? 0) > h + 200, before.height);
    const full = (await canvas.boundingBox())!;
    expect(full.width).toBeGreaterThan(1200);
    expect(full.height).toBeGreaterThan(500);
    expect(await inkedPixels(page, '[data-testid="trends-canvas"]')).toBeGreaterThan(1000);
    await screenshot(page, 'trends-fullscreen');
    await button.click();
    await page.waitForFunction(() => document.fullscreenElement === null && document.querySelector('[data-testid="trends-fullscreen"]')?.textContent?.trim() === 'Toàn màn hình');
    await page.waitForFunction((h) => Math.abs((document.querySelector('[data-testid="trends-canvas"]')?.getBoundingClientRect().height ?? 0) - h) < 2, before.height);
    expect(errors).toEqual([]);
    await page.close();
  });
});
