import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../shared/config.js';
import { testDatabase, type TestDb } from '../../test/db.js';
import { fixture } from '../../test/interchange-fixture.js';
import { viewerByToken } from './accounts.service.js';
import { cliInput, tokenCommand, userCommand } from './auth.cli.js';
import { DEFAULT_POLICY, signIn } from './session.service.js';

/**
 * `qcdc user …` and `qcdc token …` on a real database, run in-process (as cli.ts dispatches them;
 * a process per command costs ~30 s each on the busy CI machine). Output is what console.log prints.
 */
let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
  await t.load(fixture);
});
afterAll(async () => t?.close());

async function qcdc(args: string[], stdin?: string): Promise<{ code: number | string; out: string }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  if (stdin !== undefined) cliInput.stdin = Readable.from([Buffer.from(stdin)]);
  try {
    const command = args[0] === 'user' ? userCommand : tokenCommand;
    const code = await command.run({ db: t.db, config: loadConfig({}), execute: null as never }, args.slice(1));
    return { code, out: lines.join('\n') };
  } catch (e) {
    return { code: (e as Error).name, out: (e as Error).message };
  } finally {
    spy.mockRestore();
    cliInput.stdin = process.stdin;
  }
}

describe('qcdc user / token', () => {
  it('adds, lists and disables users; creates and revokes tokens; the printed secrets work and are stored hashed', async () => {
    const an = await qcdc(['user', 'add', 'an', '--role', 'analyst', '--scope', 'D1', '--name', 'Nguyễn Văn An']);
    expect(an.code).toBe(0);
    expect(an.out).toContain('user an added: ANALYST, scope D1');
    const [, generated] = /^password \(shown once\): (\S{20})$/m.exec(an.out) ?? [];
    expect(generated).toBeDefined();

    expect(await qcdc(['user', 'add', 'binh', '--role', 'LEADER', '--scope', 'D1', '--scope', 'X999'])).toEqual({ code: 'AccountError', out: '--scope: unknown unit code "X999"' });
    expect((await qcdc(['user', 'add', 'binh', '--role', 'BOSS'])).out).toBe('role must be one of ADMIN, LEADER, ANALYST, INSPECTOR, UNIT_OFFICER, got "BOSS"');
    expect((await qcdc(['user', 'add', 'binh', '--role', 'LEADER', '--password-stdin'], 'ngắn\n')).out).toBe('the password must have at least 10 characters');

    const lead = await qcdc(['user', 'add', 'lanh.dao', '--role', 'LEADER', '--password-stdin'], 'một mật khẩu dài\n');
    expect(lead).toEqual({ code: 0, out: 'user lanh.dao added: LEADER, the whole city' }); // nothing generated, nothing printed
    expect((await qcdc(['user', 'add', 'AN', '--role', 'ADMIN'])).out).toBe('user "AN" already exists');

    const token = await qcdc(['token', 'create', 'an', '--name', 'an-script']);
    expect(token.code).toBe(0);
    const secret = token.out.split('\n')[1];
    expect(secret).toMatch(/^qcdc_[A-Za-z0-9_-]{43}$/);

    expect((await signIn(t.sql, 'an', generated, DEFAULT_POLICY)).viewer).toEqual({ login: 'an', name: 'Nguyễn Văn An', role: 'ANALYST', scopeRoots: ['D1'] });
    expect((await signIn(t.sql, 'lanh.dao', 'một mật khẩu dài', DEFAULT_POLICY)).viewer.role).toBe('LEADER');
    expect((await viewerByToken(t.sql, secret, new Date()))?.login).toBe('an');
    const stored = await t.sql<{ password_hash: string }>('select password_hash from app_user order by login');
    expect(stored.map((s) => s.password_hash.split('$').slice(0, 4).join('$'))).toEqual(['scrypt$32768$8$1', 'scrypt$32768$8$1']);
    const dump = JSON.stringify(await t.sql('select * from api_token')) + JSON.stringify(stored);
    expect(dump).not.toContain(secret.slice(5));
    expect(dump).not.toContain(generated);

    // the failed adds left nothing behind
    expect((await qcdc(['user', 'list'])).out.split('\n').map((l) => l.split(/\s{2,}/))).toEqual([
      ['login', 'role', 'scope', 'status', 'name'],
      ['an', 'ANALYST', 'D1', 'active', 'Nguyễn Văn An'],
      ['lanh.dao', 'LEADER', '(city)', 'active'],
    ]);

    expect((await qcdc(['token', 'revoke', 'an-script'])).out).toBe('token an-script revoked');
    expect((await qcdc(['token', 'revoke', 'an-script'])).out).toBe('token "an-script" was already revoked');
    expect((await qcdc(['token', 'revoke', 'nope'])).out).toBe('no token named "nope"');
    expect((await qcdc(['token', 'list'])).out).toMatch(/an-script\s+an\s+.*revoked/);
    expect(await viewerByToken(t.sql, secret, new Date())).toBeUndefined();

    expect((await qcdc(['user', 'disable', 'an'])).code).toBe(0);
    expect((await qcdc(['user', 'list'])).out).toMatch(/^an\s+ANALYST\s+D1\s+disabled/m);
    expect((await qcdc(['token', 'create', 'an'])).out).toBe('user "an" is disabled');
    await expect(signIn(t.sql, 'an', generated, DEFAULT_POLICY)).rejects.toThrow('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('every account and token change is in the audit trail, by the CLI, without a password or token; failed sign-ins are not', async () => {
    const before = Number((await t.sql<{ n: string }>('select max(id) as n from audit_entry'))[0].n ?? 0);
    expect((await qcdc(['user', 'add', 'thu.ky', '--role', 'INSPECTOR', '--scope', 'D1', '--password-stdin'], 'một-mật-khẩu-dài\n')).code).toBe(0);
    const token = await qcdc(['token', 'create', 'thu.ky', '--name', 'thu-ky-script']);
    const secret = token.out.split('\n')[1];
    await expect(signIn(t.sql, 'thu.ky', 'sai-mật-khẩu', DEFAULT_POLICY)).rejects.toThrow();
    await qcdc(['token', 'revoke', 'thu-ky-script']);
    await qcdc(['user', 'disable', 'thu.ky']);
    const entries = await t.sql<{ actor: string; via: string; record_type: string; record_key: string; action: string; before: unknown; after: unknown }>(
      'select actor, via, record_type, record_key, action, before, after from audit_entry where id > ? order by id', [before],
    );
    expect(entries.map((e) => [e.actor, e.via, e.record_type, e.record_key, e.action])).toEqual([
      ['cli', 'cli', 'USER', 'thu.ky', 'CREATE'],
      ['cli', 'cli', 'TOKEN', 'thu-ky-script', 'CREATE'],
      ['cli', 'cli', 'TOKEN', 'thu-ky-script', 'UPDATE'],
      ['cli', 'cli', 'USER', 'thu.ky', 'UPDATE'],
    ]);
    expect(entries[0].after).toEqual({ login: 'thu.ky', name: null, role: 'INSPECTOR', scope_roots: ['D1'], disabled: false });
    expect(entries[3].before).toMatchObject({ disabled: false });
    expect(entries[3].after).toMatchObject({ disabled: true });
    const dump = JSON.stringify(entries);
    expect(dump).not.toContain('một-mật-khẩu-dài');
    expect(dump).not.toContain(secret.slice(5));
    expect(dump).not.toContain('scrypt$');
    // the ADMIN reads them in auditLog; a scoped LEADER does not
    const app = await t.app();
    const admin = await app.execute('{ auditLog(filter: {recordType: USER, recordKey: "thu.ky"}) { totalCount nodes { login via action changedFields } } }', {}, { login: 'admin', name: null, role: 'ADMIN', scopeRoots: [] });
    expect(admin.errors).toBeUndefined();
    expect((admin.data as { auditLog: { totalCount: number; nodes: { changedFields: string[] }[] } }).auditLog.nodes.map((n) => [...n.changedFields].sort())).toEqual([['disabled'], ['disabled', 'login', 'role', 'scope_roots']]);
    const leader = await app.execute('{ auditLog(filter: {recordType: USER}) { totalCount } }', {}, { login: 'lead', name: null, role: 'LEADER', scopeRoots: ['D1'] });
    expect(leader.data).toEqual({ auditLog: { totalCount: 0 } });
  });
});
