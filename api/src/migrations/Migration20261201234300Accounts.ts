import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts (SPEC §6.1–6.2): users with one role and their scope roots (unit codes; empty = the
 * whole city), API tokens and sign-in sessions. Tokens and session ids are stored as SHA-256 of
 * random 256-bit secrets (a fast hash suffices for those; passwords get scrypt). Sessions live in
 * the database so several API processes share them. Read and written in SQL by modules/auth.
 */
export class Migration20261201234300Accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table app_user (
      id serial primary key,
      login text not null,
      name text,
      role text not null check (role in ('ADMIN', 'LEADER', 'ANALYST', 'INSPECTOR', 'UNIT_OFFICER')),
      scope_roots text[] not null default '{}',
      password_hash text,
      oidc_subject text,
      disabled boolean not null default false,
      failed_attempts int not null default 0,
      locked_until timestamptz,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create unique index app_user_login_key on app_user (lower(login));`);
    this.addSql(`create unique index app_user_oidc_subject_key on app_user (oidc_subject);`);
    this.addSql(`create table api_token (
      id serial primary key,
      name text not null unique,
      token_hash text not null unique,
      user_id int not null references app_user (id),
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );`);
    this.addSql(`create table user_session (
      id_hash text primary key,
      user_id int not null references app_user (id) on delete cascade,
      via text not null check (via in ('password', 'oidc')),
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null
    );`);
    this.addSql(`create index user_session_user_idx on user_session (user_id);`);
    // OpenID Connect sign-ins under way: PKCE verifier and nonce per state, for a few minutes
    this.addSql(`create table oidc_login (
      state text primary key,
      code_verifier text not null,
      nonce text not null,
      return_to text not null,
      created_at timestamptz not null
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists oidc_login, user_session, api_token, app_user;');
  }
}
