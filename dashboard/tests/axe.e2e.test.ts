import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openBrowser, openPage, url } from './browser';
import { ownServers, type OwnServers } from './own-servers';

/**
 * axe-core (from node_modules, never a CDN) on every page of the dashboard, anonymous and signed
 * in, in Vietnamese and in English: no serious or critical violation (issue 13). Every <details>
 * is opened first, so the data tables behind the charts are checked too. The list of pages is
 * checked against src/routes, so a new page without an axe check fails here. The pages anyone may
 * read are checked on the shared servers (ACCESS=open, with DEMO data); the signed-in forms on
 * servers of this file's own (ACCESS=login, as record.e2e).
 */
const routesDir = fileURLToPath(new URL('../src/routes/', import.meta.url));
const INSPECTION = 'KT-2021-S_KHDT-0001'; // the founding record (SPEC §2), in every installation
const PAGES: { route: string; path: string; signedIn?: boolean }[] = [
  { route: '/', path: '/' },
  { route: '/ban-do', path: '/ban-do' },
  { route: '/bao-phu', path: '/bao-phu' },
  { route: '/dang-nhap', path: '/dang-nhap' },
  { route: '/don-vi', path: '/don-vi?q=ke+hoach' },
  { route: '/don-vi/[code]', path: '/don-vi/S_KHDT' },
  { route: '/don-vi/[code]/bao-cao', path: '/don-vi/S_KHDT/bao-cao', signedIn: true },
  { route: '/don-vi/to-chuc-lai', path: '/don-vi/to-chuc-lai', signedIn: true },
  { route: '/ke-hoach', path: '/ke-hoach' },
  { route: '/khen-thuong', path: '/khen-thuong' },
  { route: '/kiem-tra', path: '/kiem-tra' },
  { route: '/kiem-tra/[code]', path: `/kiem-tra/${INSPECTION}` },
  { route: '/kiem-tra/duyet', path: '/kiem-tra/duyet', signedIn: true },
  { route: '/kiem-tra/duyet/[code]', path: `/kiem-tra/duyet/${INSPECTION}`, signedIn: true },
  { route: '/kiem-tra/kien-nghi', path: '/kiem-tra/kien-nghi' },
  { route: '/kiem-tra/kien-nghi/[code]/[seq]', path: `/kiem-tra/kien-nghi/${INSPECTION}/1`, signedIn: true },
  // the recording form with a unit search and the catalogue of the date listed
  { route: '/kiem-tra/nhap/[[code]]', path: '/kiem-tra/nhap?date=15/11/2021&q=thach+thang', signedIn: true },
  { route: '/tuan-thu', path: '/tuan-thu' },
  { route: '/tuan-thu/ket-qua', path: '/tuan-thu/ket-qua?category=ORGANIZATION' },
  { route: '/xu-huong', path: '/xu-huong' },
];

/** Every page route of the dashboard: the folders under src/routes holding a +page.svelte. */
function pageRoutes(dir = routesDir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...pageRoutes(p));
    else if (name === '+page.svelte') out.push(`/${path.relative(routesDir, dir).split(path.sep).join('/')}`.replace(/\/$/, '') || '/');
  }
  return out.sort();
}

let anonymous: { context: BrowserContext; close: () => Promise<void> };
let signedIn: { context: BrowserContext; close: () => Promise<void> };
/** The signed-in forms are checked on servers of their own (as record.e2e): `qcdc user add` needs the database to itself. */
let servers: OwnServers;
let own: string;

beforeAll(async () => {
  servers = await ownServers('axe', (cli) => {
    // the reference units and the founding record (its inspection and recommendation open the review and remediation forms)
    cli(['seed', '--no-demo']);
    // an ADMIN may open every form
    cli(['user', 'add', 'an', '--role', 'ADMIN', '--name', 'Nguyễn Văn An', '--password-stdin'], 'mật-khẩu-của-An\n');
  });
  own = servers.dashboard;

  anonymous = await openBrowser();
  signedIn = await openBrowser();
  const { page } = await openPage(signedIn.context);
  await page.goto(`${own}/dang-nhap`);
  await page.fill('input[name=login]', 'an');
  await page.fill('input[name=password]', 'mật-khẩu-của-An');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=user]');
  await page.close();
}, 600_000);

afterAll(async () => {
  await anonymous?.close();
  await signedIn?.close();
  await servers?.stop();
});

/** The serious and critical violations of the whole page, after opening every <details>. */
async function serious(page: Page, p: string, base?: string): Promise<string[]> {
  await page.goto(base ? `${base}${p}` : url(p), { waitUntil: 'networkidle' });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // charts draw after Chart.js has loaded: check the page as a person sees it, drawn
  await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-testid]')].every((c) => (c as HTMLElement).dataset.rendered === 'true'), undefined, { timeout: 20_000 });
  const found = await axeViolations(page, 'html');
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${p}: ${v.id} (${v.impact}) at ${n.target} — ${n.summary.split('\n').slice(0, 2).join(' ')}`));
}

describe('axe-core on every page (issue 13)', () => {
  it('the list below covers every page of src/routes', () => {
    expect(PAGES.map((x) => x.route).sort()).toEqual(pageRoutes());
  });

  it('the check sees a violation when there is one: an image with no text alternative (critical) put on the overview', async () => {
    const { page } = await openPage(anonymous.context);
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg" data-testid="no-alt">'));
    const found = await axeViolations(page, 'html');
    const v = found.find((x) => x.id === 'image-alt');
    expect(v?.impact).toBe('critical');
    expect(v?.nodes.length).toBe(1);
    await page.close();
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`no serious or critical violation on the pages anyone may read (${lang})`, async () => {
      const { page, errors } = await openPage(anonymous.context);
      const found: string[] = [];
      for (const p of PAGES.filter((x) => !x.signedIn)) found.push(...(await serious(page, `${p.path}${p.path.includes('?') ? '&' : '?'}lang=${lang}`)));
      // a page that does not exist
      found.push(...(await serious(page, `/khong-co-trang-nay?lang=${lang}`)));
      expect(found).toEqual([]);
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
      await page.close();
    }, 300_000);

    it(`no serious or critical violation on the forms of a signed-in ADMIN: recording, review, remediation, plans and models, restructuring (${lang})`, async () => {
      const { page, errors } = await openPage(signedIn.context);
      const found: string[] = [];
      for (const p of PAGES.filter((x) => x.signedIn)) {
        found.push(...(await serious(page, `${p.path}${p.path.includes('?') ? '&' : '?'}lang=${lang}`, own)));
        // signed in, not sent to the sign-in page
        expect(new URL(page.url()).pathname, p.path).toBe(p.path.split('?')[0]);
      }
      // the signed-in header (the user's name, sign-out) on an ordinary page
      found.push(...(await serious(page, `/?lang=${lang}`, own)));
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 300_000);
  }
});
