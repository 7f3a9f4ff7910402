import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { axeViolations, openBrowser, openPage, screenshot, url } from './browser';
import { formatPercent, formatPointChange } from '../src/lib/format';

/** Issue 13.5: sortable tables and two periods side by side on /bao-phu, checked against the API's own answers. */

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => {
  await close?.();
});

interface Row { district: { code: string; name: string } | null; year?: number | null; unitsInScope: number; unitsInspected: number; rate: number | null }

/** The shared API, asked directly (ACCESS=open): what the page must show. */
async function coverage(fromYear: number, toYear: number, by: string): Promise<Row[]> {
  const query = `{ coverage(filter: { fromYear: ${fromYear}, toYear: ${toYear}, structure: AS_OF }, by: [${by}]) { year district { code name } unitsInScope unitsInspected rate } }`;
  const res = await fetch(`${inject('apiUrl')}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: { coverage: Row[] }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!.coverage;
}

const vi = new Intl.Collator('vi', { numeric: true });
const NO_DISTRICT = 'Không thuộc quận, huyện';

/** The row names of a table, top to bottom. */
const rowNames = (page: Page, testid: string) => page.locator(`[data-testid="${testid}"] tbody th[scope="row"]`).allInnerTexts();

describe('sortable tables (issue 13.5)', () => {
  it('sorts the district × year table by a year, lowest coverage first, with the keyboard; again for highest first', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/bao-phu'), { waitUntil: 'networkidle' });
    const rows = await coverage(2015, new Date().getFullYear(), 'DISTRICT, YEAR');
    // the table's own order: districts in Vietnamese order, the units with no district last
    const names = [...new Set(rows.map((r) => r.district?.name ?? NO_DISTRICT))].sort((a, b) => (a === NO_DISTRICT ? 1 : b === NO_DISTRICT ? -1 : vi.compare(a, b)));
    expect(await rowNames(page, 'coverage-matrix-table')).toEqual(names);
    const rate2019 = (name: string) => {
      const r = rows.find((x) => x.year === 2019 && (x.district?.name ?? NO_DISTRICT) === name && x.unitsInScope > 0);
      return r ? r.rate : null;
    };
    // by the raw rates, ties in the table's order, no value last
    const known = names.filter((n) => rate2019(n) !== null);
    const asc = [...known].sort((a, b) => rate2019(a)! - rate2019(b)!).concat(names.filter((n) => rate2019(n) === null));
    expect(new Set(known.map(rate2019)).size, 'the seed gives different rates in 2019').toBeGreaterThan(1);

    const th = page.locator('[data-testid="coverage-matrix-table"] thead th', { hasText: '2019' });
    expect(await th.getAttribute('aria-sort')).toBeNull();
    await th.locator('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="coverage-matrix-table"] thead th[aria-sort]')?.textContent?.trim() === '2019');
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    expect(await rowNames(page, 'coverage-matrix-table')).toEqual(asc);
    // what a person sees at the top: the lowest 2019 rate of the API, formatted
    const col2019 = names.length && (await page.locator('[data-testid="coverage-matrix-table"] thead th').allInnerTexts()).indexOf('2019');
    const lowest = rows.find((x) => x.year === 2019 && (x.district?.name ?? NO_DISTRICT) === asc[0])!;
    const firstCell = page.locator('[data-testid="coverage-matrix-table"] tbody tr').first().locator('td').nth(col2019 - 1);
    expect((await firstCell.innerText()).replace(/\s+/g, ' ')).toBe(`${formatPercent(lowest.rate, 'vi', 0)} ${lowest.unitsInspected}/${lowest.unitsInScope}`);
    expect(Math.min(...known.map((n) => rate2019(n)!))).toBe(lowest.rate);

    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('[data-testid="coverage-matrix-table"] thead th[aria-sort]')?.getAttribute('aria-sort') === 'descending');
    const desc = [...known].sort((a, b) => rate2019(b)! - rate2019(a)!).concat(names.filter((n) => rate2019(n) === null));
    expect(await rowNames(page, 'coverage-matrix-table')).toEqual(desc);
    // the header's text stays the year (the arrow is drawn by CSS)
    expect((await th.innerText()).trim()).toBe('2019');
    expect(errors).toEqual([]);
    await page.close();
  });
  it("sorts a chart's data table by its coverage column, the lowest year first", async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/bao-phu'), { waitUntil: 'networkidle' });
    const thisYear = new Date().getFullYear();
    const rows = (await coverage(2015, thisYear, 'YEAR')).filter((r) => r.year !== null);
    const table = page.locator('#coverage-year details table');
    await page.locator('#coverage-year details summary').click();
    // the columns: year, units in scope, units inspected, coverage (the line on the right axis)
    await table.locator('thead th').nth(3).locator('button').click();
    await expect.poll(() => table.locator('thead th').nth(3).getAttribute('aria-sort')).toBe('ascending');
    const expected = [...rows].sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || a.year! - b.year!).map((r) => String(r.year));
    expect(await table.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(expected);
    expect(new Set(rows.map((r) => r.rate)).size).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('So sánh hai giai đoạn (issue 13.5)', () => {
  it('shows each district\'s coverage of two periods and the difference, as the API computes them by the span rule; the periods live in the URL', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/bao-phu'), { waitUntil: 'networkidle' });
    const table = page.getByTestId('compare-table');
    await expect.poll(() => table.locator('thead th').allInnerTexts()).toEqual(['Quận, huyện', 'Giai đoạn A (2015–2020)', 'Giai đoạn B (2021–2025)', 'Chênh lệch (B − A)']);

    // another period B, chosen in the form: the URL carries it and a reload shows the same
    await page.selectOption('[data-testid="compare-bFrom"]', '2022');
    await page.waitForURL(/bFrom=2022/);
    await expect.poll(() => table.locator('thead th').nth(2).innerText()).toBe('Giai đoạn B (2022–2025)');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('[data-testid="compare-bFrom"]').inputValue()).toBe('2022');

    const [a, b] = await Promise.all([coverage(2015, 2020, 'DISTRICT'), coverage(2022, 2025, 'DISTRICT')]);
    const both = a.filter((r) => r.district && r.rate !== null && b.some((x) => x.district?.code === r.district!.code && x.rate !== null));
    expect(both.length).toBeGreaterThan(1);
    for (const ra of both) {
      const rb = b.find((x) => x.district?.code === ra.district!.code)!;
      const row = page.getByTestId(`compare-row-${ra.district!.code}`);
      expect(await row.locator('th').innerText()).toBe(ra.district!.name);
      expect((await row.locator('[data-col="a"]').innerText()).replace(/\s+/g, ' ')).toBe(`${formatPercent(ra.rate, 'vi')} ${ra.unitsInspected}/${ra.unitsInScope}`);
      expect((await row.locator('[data-col="b"]').innerText()).replace(/\s+/g, ' ')).toBe(`${formatPercent(rb.rate, 'vi')} ${rb.unitsInspected}/${rb.unitsInScope}`);
      const diff = await row.locator('[data-col="diff"]').innerText();
      expect(diff).toBe(formatPointChange(rb.rate! - ra.rate!, 'vi'));
      expect(diff).toMatch(/^[+−±]\d+(,\d)? đ\.p\.$/);
    }
    // the span rule: a period's units are counted once, not summed over its years
    const ra = both[0];
    const perYear = (await coverage(2015, 2020, 'DISTRICT, YEAR')).filter((r) => r.district?.code === ra.district!.code);
    expect(ra.unitsInScope).toBeLessThan(perYear.reduce((n, r) => n + r.unitsInScope, 0));

    // sorted by the difference: the largest fall first
    await table.locator('thead th').nth(3).locator('button').click();
    await expect.poll(() => table.locator('thead th').nth(3).getAttribute('aria-sort')).toBe('ascending');
    // every row with both rates, the units with no district among them
    const diffs = a.flatMap((r) => {
      const rb = b.find((x) => (x.district?.code ?? null) === (r.district?.code ?? null));
      return r.rate !== null && rb?.rate != null ? [{ name: r.district?.name ?? NO_DISTRICT, d: rb.rate - r.rate }] : [];
    });
    const lowest = Math.min(...diffs.map((x) => x.d));
    expect(diffs.filter((x) => x.d === lowest).map((x) => x.name)).toContain((await rowNames(page, 'compare-table'))[0]);

    const serious = (await axeViolations(page, '#so-sanh')).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await screenshot(page, 'coverage-compare');
    expect(errors).toEqual([]);
    await page.close();
  });
});
