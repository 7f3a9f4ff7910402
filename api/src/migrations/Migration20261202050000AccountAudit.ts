import { Migration } from '@mikro-orm/migrations';

/**
 * Changes of accounts and API tokens in the audit trail (SPEC §6.4: every change, CLI included):
 * a user added, disabled, or given another role or scope (also by a city sign-on's claims), a
 * token created or revoked. Row-level triggers — accounts change one at a time — on the columns
 * that matter only, so a failed sign-in (failed_attempts, locked_until) or a token's last use
 * writes nothing; never a password hash or token hash. Unlike record tables a change without a
 * named actor is not refused (sign-ins have none): it is recorded as `system`.
 */
export class Migration20261202050000AccountAudit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function qcdc_audit_account() returns trigger language plpgsql as $$
declare
  v_actor text := coalesce(nullif(current_setting('qcdc.actor', true), ''), 'system');
  v_via text := coalesce(nullif(current_setting('qcdc.via', true), ''), 'api');
  v_type text := case tg_table_name when 'app_user' then 'USER' else 'TOKEN' end;
  v_before jsonb;
  v_after jsonb;
  v_key text;
begin
  if tg_table_name = 'app_user' then
    if tg_op <> 'INSERT' then v_before := jsonb_build_object('login', old.login, 'name', old.name, 'role', old.role, 'scope_roots', old.scope_roots, 'disabled', old.disabled); end if;
    if tg_op <> 'DELETE' then v_after := jsonb_build_object('login', new.login, 'name', new.name, 'role', new.role, 'scope_roots', new.scope_roots, 'disabled', new.disabled); end if;
    v_key := coalesce(new.login, old.login);
  else
    if tg_op <> 'INSERT' then v_before := jsonb_build_object('name', old.name, 'login', (select login from app_user where id = old.user_id), 'revoked_at', old.revoked_at); end if;
    if tg_op <> 'DELETE' then v_after := jsonb_build_object('name', new.name, 'login', (select login from app_user where id = new.user_id), 'revoked_at', new.revoked_at); end if;
    v_key := coalesce(new.name, old.name);
  end if;
  if v_before is distinct from v_after then
    insert into audit_entry (actor, via, record_type, record_key, action, before, after)
    values (v_actor, v_via, v_type, v_key, case tg_op when 'INSERT' then 'CREATE' else tg_op end, v_before, v_after);
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger app_user_audit after insert or delete or update of login, name, role, scope_roots, disabled on app_user for each row execute function qcdc_audit_account();`);
    this.addSql(`create trigger api_token_audit after insert or delete or update of name, revoked_at on api_token for each row execute function qcdc_audit_account();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists app_user_audit on app_user; drop trigger if exists api_token_audit on api_token; drop function if exists qcdc_audit_account();`);
  }
}
