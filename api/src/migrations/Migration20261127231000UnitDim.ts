import { Migration } from '@mikro-orm/migrations';

/**
 * unit_dim: for every unit its district (SPEC §4: itself if a DISTRICT, else the nearest DISTRICT
 * ancestor) and its current successor (follow MERGE/RENAME/TRANSFER to the single target, SPLIT
 * to the first listed target, until a unit with no valid_to). Recomputed by qcdc_refresh_unit_dim()
 * inside every write transaction, so analytics join one small table instead of recursing per query.
 */
export class Migration20261127231000UnitDim extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table unit_dim (
      unit_id int primary key references unit (id) on delete cascade,
      district_id int null references unit (id) on delete cascade,
      successor_id int not null references unit (id) on delete cascade
    );`);
    this.addSql(`create index unit_dim_district_idx on unit_dim (district_id);`);
    this.addSql(`create index unit_dim_successor_idx on unit_dim (successor_id);`);
    this.addSql(`create or replace function qcdc_refresh_unit_dim() returns void language sql as $fn$
      delete from unit_dim;
      with recursive up as (
        select u.id as unit_id, u.id as cur, u.kind as cur_kind, u.parent_id, 0 as depth from unit u
        union all
        select up.unit_id, p.id, p.kind, p.parent_id, up.depth + 1
        from up join unit p on p.id = up.parent_id
        where up.cur_kind <> 'DISTRICT' and up.depth < 64
      ),
      district as (
        select distinct on (unit_id) unit_id, cur as district_id from up where cur_kind = 'DISTRICT' order by unit_id, depth
      ),
      step as (
        select distinct on (f.unit_id) f.unit_id, t.unit_id as next_id
        from lineage_event e
        join lineage_event_unit f on f.event_id = e.id and f.role = 'FROM'
        join lineage_event_unit t on t.event_id = e.id and t.role = 'TO'
        join unit fu on fu.id = f.unit_id
        where e.type in ('MERGE', 'RENAME', 'TRANSFER', 'SPLIT') and fu.valid_to is not null and t.unit_id <> f.unit_id
        order by f.unit_id, e.date desc, e.id desc, t.position
      ),
      chain as (
        select u.id as unit_id, u.id as cur, 0 as depth from unit u
        union all
        select chain.unit_id, step.next_id, chain.depth + 1 from chain join step on step.unit_id = chain.cur where chain.depth < 64
      ),
      successor as (
        select distinct on (unit_id) unit_id, cur as successor_id from chain order by unit_id, depth desc
      )
      insert into unit_dim (unit_id, district_id, successor_id)
      select u.id, d.district_id, s.successor_id
      from unit u left join district d on d.unit_id = u.id join successor s on s.unit_id = u.id;
    $fn$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists qcdc_refresh_unit_dim();`);
    this.addSql(`drop table if exists unit_dim;`);
  }
}
