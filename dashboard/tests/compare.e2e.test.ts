import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { axeViolations, csvLines, download, inkedPixels, openBrowser, openPage, screenshot, url } from './browser';
import { formatPercent, formatPointChange } from '../src/lib/format';

/**
 * Issue 13.5: sortable tables and two periods side by side on /bao-phu, checked against the API's own answers.
 * Issue 13.6: the map (/ban-do) of the same coverage, before and after the hand-drawn boundary fixture is imported.
 */

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
    // the year in progress reads "2026 (đến dd/mm)" (issue 13.9): the order is that of the years
    expect((await table.locator('tbody th[scope="row"]').allInnerTexts()).map((t) => t.slice(0, 4))).toEqual(expected);
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

interface ReqRow { requirement: { code: string; title: string; titleEn?: string | null }; compliant: number; partial: number; nonCompliant: number }

/** The API's finding counts per requirement over a span; the test computes the score from them (SPEC §4). */
async function complianceCounts(fromYear: number, toYear: number): Promise<ReqRow[]> {
  const query = `{ compliance(filter: { fromYear: ${fromYear}, toYear: ${toYear} }, by: []) { requirement { code title titleEn } compliant partial nonCompliant } }`;
  const res = await fetch(`${inject('apiUrl')}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: { compliance: ReqRow[] }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!.compliance;
}
const score = (r: { compliant: number; partial: number; nonCompliant: number }) => (r.compliant + 0.5 * r.partial) / (r.compliant + r.partial + r.nonCompliant);

describe('So sánh điểm tuân thủ hai giai đoạn on /tuan-thu (issue 13.5)', () => {
  it('shows each requirement\'s score of two periods and the difference, with the overall score, and downloads the table as CSV', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/tuan-thu?aFrom=2015&aTo=2020&bFrom=2021&bTo=2025'), { waitUntil: 'networkidle' });
    const table = page.getByTestId('compliance-compare-table');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Nội dung kiểm tra', 'Giai đoạn A (2015–2020)', 'Giai đoạn B (2021–2025)', 'Chênh lệch (B − A)']);

    const [a, b] = await Promise.all([complianceCounts(2015, 2020), complianceCounts(2021, 2025)]);
    const both = a.filter((r) => b.some((x) => x.requirement.code === r.requirement.code));
    expect(both.length).toBeGreaterThan(1);
    for (const ra of both) {
      const rb = b.find((x) => x.requirement.code === ra.requirement.code)!;
      const row = page.getByTestId(`compliance-compare-row-${ra.requirement.code}`);
      expect(await row.locator('th').innerText()).toBe(`${ra.requirement.code} ${ra.requirement.title}`);
      const rated = (r: ReqRow) => r.compliant + r.partial + r.nonCompliant;
      expect((await row.locator('[data-col="a"]').innerText()).replace(/\s+/g, ' ')).toBe(`${formatPercent(score(ra), 'vi')} ${rated(ra)} kết quả`);
      expect((await row.locator('[data-col="b"]').innerText()).replace(/\s+/g, ' ')).toBe(`${formatPercent(score(rb), 'vi')} ${rated(rb)} kết quả`);
      expect(await row.locator('[data-col="diff"]').innerText()).toBe(formatPointChange(score(rb) - score(ra), 'vi'));
    }
    // the overall score of a period: every finding of it at once, not an average of the requirements
    const sum = (rows: ReqRow[]) => rows.reduce((t, r) => ({ compliant: t.compliant + r.compliant, partial: t.partial + r.partial, nonCompliant: t.nonCompliant + r.nonCompliant }), { compliant: 0, partial: 0, nonCompliant: 0 });
    const total = page.getByTestId('compliance-compare-total');
    expect(await total.locator('th').innerText()).toBe('Mọi nội dung');
    expect((await total.locator('[data-col="a"]').innerText()).split(/\s+/)[0]).toBe(formatPercent(score(sum(a)), 'vi'));
    expect(await total.locator('[data-col="diff"]').innerText()).toBe(formatPointChange(score(sum(b)) - score(sum(a)), 'vi'));

    // the download: the table as shown, one line per requirement and the total, rates in %, the difference in points
    const csv = await download(page, '[data-testid="compliance-compare-csv"]');
    expect(csv.name).toBe('qcdc-compliance-compare-2015-2020-2021-2025.csv');
    const lines = csvLines(csv.bytes);
    expect(lines[0]).toBe('Nội dung kiểm tra,Giai đoạn A (2015–2020) (%),Giai đoạn A (2015–2020): chi tiết,Giai đoạn B (2021–2025) (%),Giai đoạn B (2021–2025): chi tiết,Chênh lệch (B − A) (điểm %)');
    expect(lines.length).toBe(1 + (await table.locator('tbody tr').count()) + 1);
    const ra = both[0];
    const rb = b.find((x) => x.requirement.code === ra.requirement.code)!;
    const pct = (v: number) => String(Math.round(v * 1000) / 10);
    expect(lines.find((l) => l.startsWith(`${ra.requirement.code} `) || l.startsWith(`"${ra.requirement.code} `))).toMatch(
      new RegExp(`,${pct(score(ra))},${ra.compliant + ra.partial + ra.nonCompliant} kết quả,${pct(score(rb))},${rb.compliant + rb.partial + rb.nonCompliant} kết quả,${pct(score(rb) - score(ra)).replace('.', '\\.')}$`),
    );
    expect(lines[lines.length - 1]).toMatch(/^Mọi nội dung,/);

    const serious = (await axeViolations(page, '#so-sanh')).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await screenshot(page, 'compliance-compare');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the period comparison on /tuan-thu in English (issue 13.5)', () => {
  it('gives the same scores with English headers, titles, counts and difference', async () => {
    const { page, errors } = await openPage(context);
    await page.goto(url('/tuan-thu?aFrom=2015&aTo=2020&bFrom=2021&bTo=2025&lang=en'), { waitUntil: 'networkidle' });
    const table = page.getByTestId('compliance-compare-table');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Requirement', 'Period A (2015–2020)', 'Period B (2021–2025)', 'Difference (B − A)']);
    const [a, b] = await Promise.all([complianceCounts(2015, 2020), complianceCounts(2021, 2025)]);
    const both = a.filter((r) => b.some((x) => x.requirement.code === r.requirement.code));
    expect(both.length).toBeGreaterThan(1);
    for (const ra of both) {
      const rb = b.find((x) => x.requirement.code === ra.requirement.code)!;
      const row = page.getByTestId(`compliance-compare-row-${ra.requirement.code}`);
      // every seeded requirement has an English title (seeds/reference/requirements.csv)
      expect(ra.requirement.titleEn).toBeTruthy();
      expect(await row.locator('th').innerText()).toBe(`${ra.requirement.code} ${ra.requirement.titleEn}`);
      expect(await row.locator('th').getAttribute('lang')).toBeNull();
      const rated = (r: ReqRow) => r.compliant + r.partial + r.nonCompliant;
      expect((await row.locator('[data-col="a"]').innerText()).replace(/\s+/g, ' ')).toBe(`${formatPercent(score(ra), 'en')} ${rated(ra)} findings`);
      expect((await row.locator('[data-col="b"]').innerText()).replace(/\s+/g, ' ')).toBe(`${formatPercent(score(rb), 'en')} ${rated(rb)} findings`);
      expect(await row.locator('[data-col="diff"]').innerText()).toBe(formatPointChange(score(rb) - score(ra), 'en'));
    }
    const total = page.getByTestId('compliance-compare-total');
    expect(await total.locator('th').innerText()).toBe('All requirements');
    expect(await page.locator('#so-sanh').innerText()).not.toMatch(/Giai đoạn|Nội dung kiểm tra|kết quả/);
    await screenshot(page, 'compliance-compare-en');
    await page.goto(url('/tuan-thu?lang=vi'), { waitUntil: 'networkidle' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The API's coverage per unit over one year (what the map colours). */
async function coverageByUnit(year: number): Promise<Map<string, { rate: number | null; unitsInspected: number; unitsInScope: number; inspections: number }>> {
  const query = `{ coverage(filter: { fromYear: ${year}, toYear: ${year}, unitKinds: [WARD, COMMUNE, OTHER] }, by: [UNIT]) { unit { code } unitsInScope unitsInspected inspections rate } }`;
  const res = await fetch(`${inject('apiUrl')}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data: { coverage: { unit: { code: string }; rate: number | null; unitsInspected: number; unitsInScope: number; inspections: number }[] } };
  return new Map(body.data.coverage.map((r) => [r.unit.code, r]));
}

describe('the map of units (issue 13.6)', () => {
  it('says no boundaries are loaded; after `qcdc import` of the fixture it colours the three 2024 wards by coverage, lists them, and drills down on a click', async () => {
    const { page, errors } = await openPage(context);
    // nothing ships: both languages say so, and there is no canvas
    await page.goto(url('/ban-do?lang=en'), { waitUntil: 'networkidle' });
    expect(await page.locator('[data-testid="map-no-boundaries"]').innerText()).toMatch(/^No boundaries loaded\./);
    await page.goto(url('/ban-do?from=2024&to=2024&lang=vi'), { waitUntil: 'networkidle' });
    expect(await page.locator('[data-testid="map-no-boundaries"]').innerText()).toMatch(/^Chưa có dữ liệu ranh giới\./);
    expect(await page.locator('[data-testid="ban-do-canvas"]').count()).toBe(0);

    // squares of 0.01° drawn by hand (api/src/test/fixtures/boundaries/hai-chau.geojson), through the running API's importer
    const fixture = fileURLToPath(new URL('../../api/src/test/fixtures/boundaries/hai-chau.geojson', import.meta.url));
    const cli = fileURLToPath(new URL('../../api/dist/cli.js', import.meta.url));
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...inject('cliEnv') };
    delete env.INIT_CWD;
    if (!inject('cliEnv').DATABASE_URL) delete env.DATABASE_URL;
    const run = spawnSync(process.execPath, [cli, 'import', fixture], { env, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('boundaries 6 created');

    // 2024: Hải Châu I, Hải Châu II and Phước Ninh (its first shape), west to east
    await page.goto(url('/ban-do?from=2024&to=2024'), { waitUntil: 'networkidle' });
    const canvas = page.locator('[data-testid="ban-do-canvas"][data-rendered="true"]');
    await canvas.waitFor({ timeout: 15_000 });
    expect(await canvas.getAttribute('data-features')).toBe('3');
    expect(await inkedPixels(page, '[data-testid="ban-do-canvas"]')).toBeGreaterThan(1000);
    const api = await coverageByUnit(2024);
    await page.locator('#ban-do details.data summary').click();
    const rows = await page.locator('[data-testid="map-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())));
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual(
      [['W20236', 'Phường Hải Châu I'], ['W20239', 'Phường Hải Châu II'], ['W20242', 'Phường Phước Ninh']].map(([code, name]) => [name, 'Phường', api.get(code) ? formatPercent(api.get(code)!.rate, 'vi') : '–']),
    );
    expect((await axeViolations(page, '#ban-do')).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await screenshot(page, 'map-2024');

    expect(await page.locator('[data-testid="map-legend"]').innerText()).toMatch(/0%\s+100%\s+không có số liệu/);

    // the compliance option: each ward's score, as the API computes it
    await page.goto(url('/ban-do?from=2024&to=2024&metric=compliance'), { waitUntil: 'networkidle' });
    await page.locator('[data-testid="ban-do-canvas"][data-rendered="true"]').waitFor({ timeout: 15_000 });
    const q = '{ complianceSummary(filter: { fromYear: 2024, toYear: 2024 }, by: [UNIT]) { unit { code } score } }';
    const res = await fetch(`${inject('apiUrl')}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
    const scores = new Map(((await res.json()) as { data: { complianceSummary: { unit: { code: string }; score: number | null }[] } }).data.complianceSummary.map((r) => [r.unit.code, r.score]));
    await page.locator('#ban-do details.data summary').click();
    expect(await page.locator('[data-testid="map-table"] thead th').nth(2).innerText()).toBe('Điểm tuân thủ');
    expect(await page.locator('[data-testid="map-table"] tbody td:nth-child(3)').allInnerTexts()).toEqual(
      ['W20236', 'W20239', 'W20242'].map((c) => (scores.get(c) == null ? '–' : formatPercent(scores.get(c)!, 'vi'))),
    );

    // the middle of the map is Hải Châu II: a click opens its page
    await page.goto(url('/ban-do?from=2024&to=2024'), { waitUntil: 'networkidle' });
    await canvas.waitFor({ timeout: 15_000 });
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/\/don-vi\/W20239$/);

    // today: the ward formed on 2025-07-01, one shape
    await page.goto(url('/ban-do'), { waitUntil: 'networkidle' });
    await page.locator('[data-testid="ban-do-canvas"][data-rendered="true"]').waitFor({ timeout: 15_000 });
    expect(await page.getAttribute('[data-testid="ban-do-canvas"]', 'data-features')).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });
});
