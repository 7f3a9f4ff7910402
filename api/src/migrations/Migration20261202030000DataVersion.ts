import { Migration } from '@mikro-orm/migrations';

/**
 * The data version (issue 15.1): one counter that every transaction writing records bumps before it
 * commits, read at the start of each request, so an answer cached under version n is never served
 * once a write committed n + 1 — in any API process, since the counter lives in the database.
 *
 * The gateway (records/gateway.ts) bumps it first thing in its transaction (so concurrent writers
 * queue on this row before touching any other, and cannot deadlock on it); a statement trigger on
 * every audited record table bumps it too, so a write that bypasses the gateway still moves it.
 */
export class Migration20261202030000DataVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table data_version (
      id int primary key default 1 check (id = 1),
      n bigint not null default 1,
      changed_at timestamptz not null default now()
    );`);
    this.addSql(`insert into data_version (id, n) values (1, 1);`);
    this.addSql(`create function qcdc_bump_data_version() returns trigger language plpgsql as $$
    begin
      update data_version set n = n + 1, changed_at = now() where id = 1;
      return null;
    end $$;`);
    // every table with audit triggers (the record tables of migration AuditTrail)
    this.addSql(`do $$
    declare t text;
    begin
      for t in select distinct c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid
               where g.tgname like '%\\_audit\\_ins' and not g.tgisinternal order by c.relname
      loop
        execute format('create trigger %I after insert or update or delete on %I for each statement execute function qcdc_bump_data_version()', t || '_data_version', t);
      end loop;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
    declare r record;
    begin
      for r in select g.tgname, c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid where g.tgname like '%\\_data\\_version'
      loop
        execute format('drop trigger %I on %I', r.tgname, r.relname);
      end loop;
    end $$;`);
    this.addSql('drop function qcdc_bump_data_version();');
    this.addSql('drop table data_version;');
  }
}
