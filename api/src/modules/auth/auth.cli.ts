import { parseArgs } from 'node:util';
import type { CliCommand } from '../../shared/cli-command.js';

// Light at load time (issue 15.5): the accounts' code and the database helpers are imported when
// a command runs, after `check` read its arguments.
const load = async () => ({ ...(await import('../../shared/sql.js')), ...(await import('../audit/actor.js')), ...(await import('./accounts.service.js')) });

/** Where --password-stdin reads (tests put a stream here). */
export const cliInput: { stdin: AsyncIterable<unknown> } = { stdin: process.stdin };

/** The password from standard input (one line; a trailing newline is not part of it). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of cliInput.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

const USER_HELP = `qcdc user add LOGIN --role ROLE [--scope UNIT_CODE]… [--name "Họ tên"] [--password-stdin]
qcdc user list
qcdc user disable LOGIN

Roles: ADMIN, LEADER, ANALYST, INSPECTOR, UNIT_OFFICER. --scope (repeatable) limits the user to
those units' subtrees; none = the whole city. Without --password-stdin a password is generated
and printed once.`;

const TOKEN_HELP = `qcdc token create LOGIN [--name NAME]   prints the token once (stored hashed)
qcdc token list                          names, owners, last use; never the tokens
qcdc token revoke NAME`;

const dateTime = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 16).replace('T', ' ') : '—');

const accountError = (message: string) => Object.assign(new Error(message), { name: 'AccountError' });
/** A sub-command other than these: its help, status 0 when asked for (nothing, help, --help), else 1. */
const helpFor = (sub: string | undefined, help: string) => ({ print: help, status: sub === undefined || sub === '--help' || sub === 'help' ? 0 : 1 });

function parseUserAdd(rest: string[]) {
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { role: { type: 'string' }, scope: { type: 'string', multiple: true }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw accountError(`user add needs one LOGIN\n\n${USER_HELP}`);
  return { values, login: positionals[0] };
}

function checkUser(args: string[]) {
  const [sub, ...rest] = args;
  if (sub === 'add') return parseUserAdd(rest), undefined;
  if (sub === 'list') return undefined;
  if (sub === 'disable') {
    if (rest.length !== 1) throw accountError(`user disable needs one LOGIN\n\n${USER_HELP}`);
    return undefined;
  }
  return helpFor(sub, USER_HELP);
}

// The CLI acts as ADMIN on the database it opens (SPEC §6.2): no sign-in here.
export const userCommand: CliCommand = {
  name: 'user',
  usage: 'user add|list|disable …',
  summary: 'accounts: add LOGIN --role ROLE [--scope CODE]…, list, disable LOGIN',
  check: checkUser,
  async run({ db }, args) {
    const help = checkUser(args);
    if (help) return console.log(help.print), help.status;
    const [sub, ...rest] = args;
    const { sqlFor: inSql, CLI, withActor, addUser, disableUser, listUsers } = await load();
    const em = db.orm.em.fork();
    if (sub === 'add') {
      const { values, login } = parseUserAdd(rest);
      const password = values['password-stdin'] ? await readStdin() : undefined;
      const { user, generatedPassword } = await withActor(em, CLI, 'cli', (sql) =>
        addUser(sql, { login, role: values.role ?? '', scope: values.scope, name: values.name, password }),
      );
      const scope = user.scopeRoots.length ? `scope ${user.scopeRoots.join(', ')}` : 'the whole city';
      console.log(`user ${user.login} added: ${user.role}, ${scope}`);
      if (generatedPassword) console.log(`password (shown once): ${generatedPassword}`);
      return 0;
    }
    if (sub === 'list') {
      const users = await listUsers(inSql(em));
      const now = new Date();
      const rows = users.map((u) => [
        u.login, u.role, u.scopeRoots.join(',') || '(city)',
        u.disabled ? 'disabled' : u.lockedUntil && new Date(u.lockedUntil) > now ? `locked until ${dateTime(u.lockedUntil)}` : 'active',
        u.name ?? '',
      ]);
      printTable(['login', 'role', 'scope', 'status', 'name'], rows);
      return 0;
    }
    if (sub === 'disable') {
      const u = await withActor(em, CLI, 'cli', (sql) => disableUser(sql, rest[0]));
      console.log(`user ${u.login} disabled: sessions ended, tokens refused`);
      return 0;
    }
    throw new Error(`user ${sub}: not checked`);
  },
};

function parseTokenCreate(rest: string[]) {
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { name: { type: 'string' } } });
  if (positionals.length !== 1) throw accountError(`token create needs one LOGIN\n\n${TOKEN_HELP}`);
  return { values, positionals };
}

function checkToken(args: string[]) {
  const [sub, ...rest] = args;
  if (sub === 'create') return parseTokenCreate(rest), undefined;
  if (sub === 'list') return undefined;
  if (sub === 'revoke') {
    if (rest.length !== 1) throw accountError(`token revoke needs one NAME\n\n${TOKEN_HELP}`);
    return undefined;
  }
  return helpFor(sub, TOKEN_HELP);
}

export const tokenCommand: CliCommand = {
  name: 'token',
  usage: 'token create|list|revoke …',
  summary: 'API tokens: create LOGIN [--name NAME] (printed once), list, revoke NAME',
  check: checkToken,
  async run({ db }, args) {
    const help = checkToken(args);
    if (help) return console.log(help.print), help.status;
    const [sub, ...rest] = args;
    const { sqlFor: inSql, CLI, withActor, createToken, listTokens, revokeToken } = await load();
    const em = db.orm.em.fork();
    if (sub === 'create') {
      const { values, positionals } = parseTokenCreate(rest);
      const { name, token } = await withActor(em, CLI, 'cli', (sql) => createToken(sql, positionals[0], values.name));
      console.log(`token ${name} for ${positionals[0]} (shown once; send it as Authorization: Bearer <token>):`);
      console.log(token);
      return 0;
    }
    if (sub === 'list') {
      const tokens = await listTokens(inSql(em));
      printTable(['name', 'login', 'created', 'last used', 'status'], tokens.map((t) => [t.name, t.login, dateTime(t.createdAt), dateTime(t.lastUsedAt), t.revokedAt ? `revoked ${dateTime(t.revokedAt)}` : 'active']));
      return 0;
    }
    if (sub === 'revoke') {
      await withActor(em, CLI, 'cli', (sql) => revokeToken(sql, rest[0]));
      console.log(`token ${rest[0]} revoked`);
      return 0;
    }
    throw new Error(`token ${sub}: not checked`);
  },
};

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log([line(head), ...rows.map(line)].join('\n'));
}
