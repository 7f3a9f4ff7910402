import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.js';
import { loadConfig } from '../../shared/config.js';
import { exportRoutes } from '../export/export.routes.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { fixture } from '../../test/interchange-fixture.js';
import { addUser, createToken, disableUser, revokeToken } from './accounts.service.js';
import { DEFAULT_AUTH, type AuthOptions } from './auth.http.js';
import type { SessionPolicy } from './session.service.js';

/**
 * Sign-in, sessions and tokens over real HTTP on a real database. The clock is the policy's `now`:
 * tests move it instead of sleeping. Policy: idle 30 min, absolute 8 h, 3 wrong passwords lock 10 min.
 */
let t: TestDb;
let clock = new Date('2026-03-02T08:00:00Z');
const MIN = 60_000;
const policy: SessionPolicy = { idleMs: 30 * MIN, maxMs: 8 * 60 * MIN, maxFailures: 3, lockMs: 10 * MIN, now: () => clock };
const servers: App[] = [];

async function serve(options: Partial<AuthOptions>): Promise<string> {
  const app = await createApp(t.db, (execute) => exportRoutes(t.db, { ...loadConfig({}), dataDir: '' }, execute), { ...DEFAULT_AUTH, policy, ...options });
  servers.push(app);
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

let open: string;
let locked: string;

beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
  await addUser(t.sql, { login: 'an', role: 'ANALYST', scope: ['D1'], name: 'Nguyễn Văn An', password: 'mật-khẩu-của-An' });
  await addUser(t.sql, { login: 'admin', role: 'ADMIN', password: 'admin-password-1' });
  open = await serve({ access: 'open' });
  locked = await serve({ access: 'login', corsOrigins: ['https://bao-cao.danang.gov.vn'] });
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  await t?.close();
});

const ME = '{ me { login name role scopeRoots } }';

async function gql(base: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string } }[] } };
}

async function signIn(base: string, login: string, password: string) {
  const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
  return { status: res.status, body: (await res.json()) as { session?: string; expiresAt?: string; code?: string; error?: string; viewer?: unknown } };
}

const cookie = (session: string) => ({ cookie: `lang=vi; qcdc_session=${session}` });

describe('ACCESS', () => {
  it('open: an anonymous reader reads, and `me` is null', async () => {
    const r = await gql(open, `{ me { login } units(page: {first: 1}) { totalCount } }`);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ me: null, units: { totalCount: 5 } });
  });

  it('login: anonymous requests to /graphql and /export get UNAUTHENTICATED, the sign-in config does not', async () => {
    const r = await gql(locked, '{ units { totalCount } }');
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(r.body.data).toBeUndefined();
    const csv = await fetch(`${locked}/export/units.csv`);
    expect(csv.status).toBe(401);
    expect(((await csv.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await (await fetch(`${locked}/auth/config`)).json()).toEqual({ access: 'login', oidc: false });
  });
});

describe('password sign-in and sessions', () => {
  it('signs in (login case-insensitive) and the cookie carries the user to /graphql; sign-out ends it', async () => {
    const s = await signIn(locked, 'AN', 'mật-khẩu-của-An');
    expect(s.status).toBe(200);
    expect(s.body.expiresAt).toBe('2026-03-02T16:00:00.000Z'); // 8 h after the clock
    const me = await gql(locked, ME, cookie(s.body.session!));
    expect(me.body.data?.me).toEqual({ login: 'an', name: 'Nguyễn Văn An', role: 'ANALYST', scopeRoots: ['D1'] });
    // the session is in the database, not in this process: another API process reads it
    expect((await gql(open, ME, cookie(s.body.session!))).body.data?.me).toMatchObject({ login: 'an' });
    const out = await fetch(`${locked}/auth/logout`, { method: 'POST', headers: { 'content-type': 'application/json', ...cookie(s.body.session!) }, body: '{}' });
    expect(out.status).toBe(204);
    expect((await gql(locked, ME, cookie(s.body.session!))).body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a wrong password and an unknown login get the same answer', async () => {
    const wrong = await signIn(locked, 'admin', 'not-the-password');
    const unknown = await signIn(locked, 'nobody', 'not-the-password');
    expect(wrong).toEqual({ status: 401, body: { code: 'INVALID_CREDENTIALS', error: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
    expect(unknown).toEqual(wrong);
    // a success resets the count: two wrong now do not lock (3 would)
    expect((await signIn(locked, 'admin', 'admin-password-1')).status).toBe(200);
  });

  it('three wrong passwords in a row lock the account for 10 minutes, in Vietnamese, even for the right password', async () => {
    await addUser(t.sql, { login: 'binh', role: 'LEADER', password: 'binh-password-1' });
    expect((await signIn(locked, 'binh', 'x1')).status).toBe(401);
    expect((await signIn(locked, 'binh', 'x2')).status).toBe(401);
    const third = await signIn(locked, 'binh', 'x3');
    expect(third.status).toBe(423);
    expect(third.body.code).toBe('LOCKED');
    // 08:00Z + 10 min = 15:10 in Đà Nẵng (UTC+7)
    expect(third.body.error).toBe('Tài khoản đang bị tạm khoá do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15:10.');
    const right = await signIn(locked, 'binh', 'binh-password-1');
    expect(right.status).toBe(423);
    expect(right.body.session).toBeUndefined();
    clock = new Date(clock.getTime() + 10 * MIN + 1000);
    expect((await signIn(locked, 'binh', 'binh-password-1')).status).toBe(200);
  });

  it('a session ends after 30 idle minutes; used every 20 minutes it lives until the absolute 8 hours', async () => {
    const idle = (await signIn(locked, 'an', 'mật-khẩu-của-An')).body.session!;
    const busy = (await signIn(locked, 'an', 'mật-khẩu-của-An')).body.session!;
    const start = clock.getTime();
    const at = (minutes: number) => (clock = new Date(start + minutes * MIN));
    at(20);
    expect((await gql(locked, ME, cookie(idle))).status).toBe(200);
    at(51); // 31 minutes after its last use
    expect((await gql(locked, ME, cookie(idle))).body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    for (let m = 20; m < 480; m += 20) {
      at(m);
      expect((await gql(locked, ME, cookie(busy))).body.data?.me, `at ${m} min`).toMatchObject({ login: 'an' });
    }
    at(480);
    expect((await gql(locked, ME, cookie(busy))).status).toBe(401);
  });

  it('a disabled user is signed out at once and cannot sign in', async () => {
    await addUser(t.sql, { login: 'cuong', role: 'INSPECTOR', password: 'cuong-password' });
    const s = (await signIn(locked, 'cuong', 'cuong-password')).body.session!;
    expect((await gql(locked, ME, cookie(s))).status).toBe(200);
    await disableUser(t.sql, 'cuong');
    expect((await gql(locked, ME, cookie(s))).status).toBe(401);
    expect((await signIn(locked, 'cuong', 'cuong-password')).body.code).toBe('INVALID_CREDENTIALS');
  });

  it('the sign-in route takes JSON only (a cross-site form cannot post it)', async () => {
    const form = await fetch(`${locked}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'login=an&password=m%E1%BA%ADt' });
    expect(form.status).toBe(400);
  });
});

describe('API tokens', () => {
  it('Bearer token reads as its owner; revoked, unknown or malformed → UNAUTHENTICATED, even with ACCESS=open', async () => {
    const { token, name } = await createToken(t.sql, 'an', 'an-script');
    expect(token).toMatch(/^qcdc_[A-Za-z0-9_-]{43}$/);
    const [stored] = await t.sql<{ token_hash: string }>('select token_hash from api_token where name = ?', [name]);
    expect(stored.token_hash).not.toContain(token.slice(5)); // only its hash is kept
    const me = await gql(locked, ME, { authorization: `Bearer ${token}` });
    expect(me.body.data?.me).toMatchObject({ login: 'an', role: 'ANALYST' });
    const csv = await fetch(`${locked}/export/units.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    await revokeToken(t.sql, 'an-script');
    for (const base of [locked, open]) {
      const r = await gql(base, ME, { authorization: `Bearer ${token}` });
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await gql(open, ME, { authorization: 'Basic YWRtaW46eA==' })).status).toBe(401);
    expect((await gql(open, ME, { authorization: 'Bearer qcdc_made-up' })).status).toBe(401);
  });

  it('a role-restricted query answers FORBIDDEN to other roles', async () => {
    const analyst = await createToken(t.sql, 'an');
    const admin = await createToken(t.sql, 'admin');
    const users = '{ users { login role scopeRoots disabled } }';
    const refused = await gql(locked, users, { authorization: `Bearer ${analyst.token}` });
    expect(refused.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.body.data).toEqual({ users: null }); // only the refused field (issue 11.6)
    const listed = await gql(locked, users, { authorization: `Bearer ${admin.token}` });
    expect((listed.body.data?.users as { login: string }[]).map((u) => u.login)).toEqual(['admin', 'an', 'binh', 'cuong']);
    // `where` (issue 11.3): a role, or a name without its accents; not the ADMIN
    const some = await gql(locked, `{ users(where: { or: [{ role: { in: [LEADER, INSPECTOR] } }, { name: { contains: "nguyen van" } }], not: { role: { eq: INSPECTOR } } }) { login } }`, { authorization: `Bearer ${admin.token}` });
    expect(some.body.errors).toBeUndefined();
    expect((some.body.data?.users as { login: string }[]).map((u) => u.login)).toEqual(['an', 'binh']);
  });
});

describe('CORS, CSRF and headers', () => {
  const preflight = (base: string, origin: string) =>
    fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('closed by default: no origin is allowed', async () => {
    const r = await preflight(open, 'https://bao-cao.danang.gov.vn');
    expect(r.status).toBe(403);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${open}/graphql`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: JSON.stringify({ query: ME }) });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CORS_ORIGINS opens it to the listed origins only', async () => {
    const ok = await preflight(locked, 'https://bao-cao.danang.gov.vn');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://bao-cao.danang.gov.vn');
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight(locked, 'https://evil.example');
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a simple cross-site POST to /graphql (Apollo CSRF prevention) and names no server software', async () => {
    const s = (await signIn(open, 'an', 'mật-khẩu-của-An')).body.session!;
    const r = await fetch(`${open}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', ...cookie(s) }, body: JSON.stringify({ query: ME }) });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain('CSRF');
    const ok = await fetch(`${open}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ME }) });
    for (const h of ['server', 'x-powered-by']) expect(ok.headers.get(h)).toBeNull();
  });
});
