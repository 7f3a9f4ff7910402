import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));

/** The contexts opened with JavaScript off: their pages never hydrate. */
const withoutScript = new WeakSet<BrowserContext>();

/** One Chromium per test file, in a fresh profile; flags from ARCHITECTURE.md (root, closed network). */
export async function openBrowser(options: { javaScript?: boolean } = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'qcdc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
    javaScriptEnabled: options.javaScript ?? true,
  });
  if (options.javaScript === false) withoutScript.add(context);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A page that records console errors and uncaught exceptions, so a test can assert there were none.
 * Its goto and reload (waiting for load, the default, or networkidle) return once the dashboard has
 * hydrated (`<html data-hydrated>`, set by the root layout), as a person waits for the page to be
 * ready: a click on a control driven by JavaScript before that does nothing, and on a busy machine
 * hydration can come after the load event.
 */
export async function openPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  if (!withoutScript.has(context)) {
    const hydrated = async <T>(navigation: Promise<T>, waitUntil?: string): Promise<T> => {
      const r = await navigation;
      if (waitUntil === undefined || waitUntil === 'load' || waitUntil === 'networkidle') {
        await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 60_000 });
      }
      return r;
    };
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = (u, options) => hydrated(goto(u, options), options?.waitUntil);
    page.reload = (options) => hydrated(reload(options), options?.waitUntil);
  }
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}

export function url(p: string): string {
  return `${inject('dashboardUrl')}${p}`;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Non-white pixels of a canvas: a drawn chart has many, an empty one almost none. */
export async function inkedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) n++;
    return n;
  });
}

/** Waits until a chart is drawn and returns how many data points it holds. */
export async function chartPoints(page: Page, testId: string): Promise<number> {
  const sel = `[data-testid="${testId}"][data-rendered="true"]`;
  await page.waitForSelector(sel, { timeout: 15_000 });
  return Number(await page.getAttribute(sel, 'data-points'));
}

/** Clicks something that downloads a file and returns its suggested name and bytes. */
export async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.click(selector)]);
  const file = await d.path();
  const { readFileSync } = await import('node:fs');
  return { name: d.suggestedFilename(), bytes: readFileSync(file) };
}

/** A CSV the API wrote for Excel: UTF-8 BOM, then a header row. */
export function csvLines(bytes: Buffer): string[] {
  expectBom(bytes);
  return bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
}
function expectBom(bytes: Buffer) {
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) throw new Error(`no UTF-8 BOM: ${bytes.subarray(0, 20).toString()}`);
}

/** XLSX files are ZIP archives: they start with "PK\x03\x04". */
export function isXlsx(bytes: Buffer): boolean {
  return bytes.length > 100 && bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
}

export function isPng(bytes: Buffer): boolean {
  return bytes.length > 1000 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

/** axe-core from node_modules (never a CDN), run in the page; the violations of the given rules (all if none). */
export async function axeViolations(
  page: Page,
  include: string,
  rules?: string[],
): Promise<{ id: string; impact: string | null; nodes: { target: string; summary: string }[] }[]> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // evaluated through the DevTools protocol, so the dashboard's CSP (scripts from itself only) stays on
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(
    async ({ include, rules }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
      const r = await axe.run({ include: [include] }, rules ? { runOnly: { type: 'rule', values: rules } } : {});
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })) }));
    },
    { include, rules },
  );
}
