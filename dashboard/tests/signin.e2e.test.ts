import type http from 'node:http';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openPage, screenshot } from './browser';
import { ownServers, type OwnServers } from './own-servers';
import { freePort } from './processes';

/**
 * ACCESS=login end to end: its own API (own-servers.ts: the reference units, password users made
 * with `qcdc user add`) and dashboard, and a real OpenID Connect provider (oidc-provider,
 * with its development login and consent pages) for the city's single sign-on.
 */
let servers: OwnServers;
let provider: http.Server | undefined;
let dashboard: string;
let apiUrl: string;
let adminToken: string;

/** The API asked by the city's ADMIN (bearer token). */
async function asAdmin<T>(query: string): Promise<T> {
  const r = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` }, body: JSON.stringify({ query }) });
  const body = (await r.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  const idpPort = await freePort();
  const issuer = `http://127.0.0.1:${idpPort}`;
  servers = await ownServers(
    'signin',
    (cli) => {
      // reference units only, then the first user as the README says
      cli(['seed']);
      cli(['user', 'add', 'an', '--role', 'ANALYST', '--scope', 'D490', '--name', 'Nguyễn Văn An', '--password-stdin'], 'mật-khẩu-của-An\n');
      // an ADMIN of the whole city with a token: the yardstick the scoped pages are compared with
      cli(['user', 'add', 'boss', '--role', 'ADMIN', '--password-stdin'], 'mật-khẩu-của-sếp\n');
      adminToken = cli(['token', 'create', 'boss', '--name', 'yardstick']).trim().split('\n').at(-1)!;
    },
    (urls) => {
      // the city's identity provider: any login on its development page; role and scope as claims
      const idp = new Provider(issuer, {
        clients: [{
          client_id: 'qcdc-hub', client_secret: 'a-test-secret-of-enough-length', redirect_uris: [`${urls.dashboard}/auth/oidc/callback`],
          grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_post',
        }],
        scopes: ['openid', 'profile', 'qcdc'],
        claims: { openid: ['sub'], profile: ['name', 'preferred_username'], qcdc: ['qcdc_role', 'qcdc_scope'] },
        findAccount: async (_ctx: unknown, id: string) => ({
          accountId: id,
          claims: async () => ({ sub: id, preferred_username: id, name: 'Lê Thị Hoa', qcdc_role: 'LEADER', qcdc_scope: ['D491', 'D492'] }),
        }),
        cookies: { keys: ['test-cookie-key'] },
      } as never);
      provider = idp.listen(idpPort) as unknown as http.Server;
      return {
        OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'qcdc-hub', OIDC_CLIENT_SECRET: 'a-test-secret-of-enough-length',
        OIDC_REDIRECT_URI: `${urls.dashboard}/auth/oidc/callback`, OIDC_SCOPES: 'openid profile qcdc',
      };
    },
  );
  dashboard = servers.dashboard;
  apiUrl = servers.api;
}, 600_000);

afterAll(async () => {
  await servers?.stop();
  await new Promise((r) => (provider ? provider.close(r) : r(null)));
});

describe('sign-in (ACCESS=login)', () => {
  it('sends an anonymous visitor to the Vietnamese sign-in page; a wrong password is refused; the right one shows name and role; sign-out ends it', async () => {
    const { context, close } = await openBrowser();
    try {
      const { page, errors } = await openPage(context);
      await page.goto(`${dashboard}/tuan-thu?from=2020`);
      await page.waitForURL(/\/dang-nhap\?next=%2Ftuan-thu%3Ffrom%3D2020$/);
      expect(await page.textContent('h1')).toBe('Đăng nhập QCDC Hub');
      await page.fill('input[name=login]', 'an');
      await page.fill('input[name=password]', 'sai-mật-khẩu');
      await page.click('button[type=submit]');
      expect(await page.textContent('[role=alert]')).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
      await page.fill('input[name=password]', 'mật-khẩu-của-An');
      await page.click('button[type=submit]');
      await page.waitForURL(`${dashboard}/tuan-thu?from=2020`);
      expect((await page.textContent('[data-testid=user]'))?.replace(/\s+/g, ' ').trim()).toBe('Nguyễn Văn An Chuyên viên phân tích · phạm vi: D490');
      const session = (await context.cookies(dashboard)).find((c) => c.name === 'qcdc_session')!;
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      await screenshot(page, 'signin-signed-in');
      await page.click('form[action="/dang-xuat"] button');
      await page.waitForURL(`${dashboard}/dang-nhap`);
      expect((await context.cookies(dashboard)).find((c) => c.name === 'qcdc_session')).toBeUndefined();
      await page.goto(`${dashboard}/`);
      await page.waitForURL(/\/dang-nhap/);
      expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps what was typed before the page was ready (hydration writes every value once) and signs in with it', async () => {
    const { context, close } = await openBrowser();
    try {
      const { page, errors } = await openPage(context);
      // hold the page's JavaScript until the login is typed: a slow machine or link, made certain
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      await page.route('**/_app/immutable/**/*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${dashboard}/dang-nhap`, { waitUntil: 'domcontentloaded' });
      await page.fill('input[name=login]', 'an');
      await page.fill('input[name=password]', 'mật-khẩu-của-An');
      release();
      // the root layout has mounted: hydration is over and the typed values were put back
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      expect(await page.inputValue('input[name=login]')).toBe('an');
      await page.click('button[type=submit]');
      await page.waitForSelector('[data-testid=user]');
      expect(await page.textContent('[data-testid=user]')).toContain('Nguyễn Văn An');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('signs in through the city OpenID Connect provider (authorization code + PKCE): role and scope come from its claims', async () => {
    const { context, close } = await openBrowser();
    try {
      const { page } = await openPage(context);
      await page.goto(`${dashboard}/dang-nhap?next=%2Fdon-vi&lang=en`);
      expect(await page.textContent('h1')).toBe('Sign in to QCDC Hub');
      await page.click('text=Sign in with the city account');
      // oidc-provider's development login page, then its consent page
      await page.waitForURL(/\/interaction\//);
      await page.fill('input[name=login]', 'hoa');
      await page.fill('input[name=password]', 'anything');
      await page.click('button[type=submit]');
      await page.waitForSelector('button[autofocus], button[type=submit]');
      if (/\/interaction\//.test(page.url())) await page.click('button[type=submit]');
      await page.waitForURL(`${dashboard}/don-vi`);
      expect((await page.textContent('[data-testid=user]'))?.replace(/\s+/g, ' ').trim()).toBe('Lê Thị Hoa Leader · scope: D491, D492');
      await screenshot(page, 'signin-oidc');
    } finally {
      await close();
    }
  });

  it('a district analyst sees only her district: units, the district picker, the overview and unit pages, and no audit trail', async () => {
    // districts were abolished on 1/7/2025: look at the city of 2024
    const day = '2024-01-01';
    const mine = await asAdmin<{ units: { totalCount: number; nodes: { code: string }[] } }>(`{ units(filter: {withinUnit: "D490", activeOn: "${day}"}, page: {first: 500}) { totalCount nodes { code } } }`);
    const city = await asAdmin<{ units: { totalCount: number } }>(`{ units(filter: {activeOn: "${day}"}) { totalCount } }`);
    const outside = await asAdmin<{ units: { nodes: { code: string; name: string }[] } }>(`{ units(filter: {withinUnit: "D491"}, page: {first: 1}) { nodes { code name } } }`);
    expect(mine.units.totalCount).toBeGreaterThan(1);
    expect(mine.units.totalCount).toBeLessThan(city.units.totalCount);
    const { context, close } = await openBrowser();
    try {
      const { page } = await openPage(context);
      await page.goto(`${dashboard}/dang-nhap?next=${encodeURIComponent(`/don-vi?date=${day}`)}`);
      await page.fill('input[name=login]', 'an');
      await page.fill('input[name=password]', 'mật-khẩu-của-An');
      await page.click('button[type=submit]');
      await page.waitForURL(`${dashboard}/don-vi?date=${day}`);
      // the unit list: exactly the ADMIN's answer for withinUnit D490
      const count = (await page.textContent('[data-testid=unit-count]'))!;
      expect(count.replace(/\./g, '')).toContain(`${mine.units.totalCount} `);
      const listed = await page.$$eval('[data-testid=unit-tree-list] a[href*="/don-vi/"]', (as) => as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname.split('/').pop()!)));
      expect(listed.length).toBe(mine.units.totalCount);
      const allowed = new Set(mine.units.nodes.map((u) => u.code));
      for (const code of listed) expect(allowed.has(code), code).toBe(true);
      // the overview: the district picker offers her district only
      await page.goto(`${dashboard}/?to=2024`);
      const districts = await page.$$eval('#f-within optgroup option', (os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(districts).toEqual(['D490']);
      // a unit outside answers exactly like a unit that does not exist, and is not named
      const other = await page.goto(`${dashboard}/don-vi/${outside.units.nodes[0].code}`);
      const otherText = await page.textContent('main');
      const none = await page.goto(`${dashboard}/don-vi/NO-SUCH-UNIT`);
      const noneText = await page.textContent('main');
      expect(other!.status()).toBeGreaterThanOrEqual(400);
      expect(other!.status()).toBe(none!.status());
      expect(otherText).not.toContain(outside.units.nodes[0].name);
      expect(otherText!.replaceAll(outside.units.nodes[0].code, 'X')).toBe(noneText!.replaceAll('NO-SUCH-UNIT', 'X'));
      // her own unit's page has no audit trail (ADMIN and LEADER only)
      await page.goto(`${dashboard}/don-vi/D490`);
      expect(await page.locator('#change-history').count()).toBe(0);
      await screenshot(page, 'signin-scoped-analyst');
    } finally {
      await close();
    }
  });
});
