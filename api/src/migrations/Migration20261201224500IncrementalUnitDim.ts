import { Migration } from '@mikro-orm/migrations';

/** The body of qcdc_refresh_unit_dim() for the units in `start`, a relation of unit ids (SQL text). */
const unitDimRows = (start: string) => `
      with recursive s as materialized (${start}),
      up as (
        select u.id as unit_id, u.id as cur, u.kind as cur_kind, u.parent_id, 0 as depth from unit u join s on s.unit_id = u.id
        union all
        select up.unit_id, p.id, p.kind, p.parent_id, up.depth + 1
        from up join unit p on p.id = up.parent_id
        where up.cur_kind <> 'DISTRICT' and up.depth < 64
      ),
      district as (
        select distinct on (unit_id) unit_id, cur as district_id from up where cur_kind = 'DISTRICT' order by unit_id, depth
      ),
      chain as (
        select s.unit_id, s.unit_id as cur, 0 as depth from s
        union all
        select chain.unit_id, st.next_id, chain.depth + 1 from chain
        cross join lateral (
          select t.unit_id as next_id
          from lineage_event_unit f
          join lineage_event e on e.id = f.event_id
          join lineage_event_unit t on t.event_id = e.id and t.role = 'TO'
          join unit fu on fu.id = f.unit_id
          where f.unit_id = chain.cur and f.role = 'FROM' and e.type in ('MERGE', 'RENAME', 'TRANSFER', 'SPLIT') and fu.valid_to is not null and t.unit_id <> f.unit_id
          order by e.date desc, e.id desc, t.position
          limit 1
        ) st
        where chain.depth < 64
      ),
      successor as (
        select distinct on (unit_id) unit_id, cur as successor_id from chain order by unit_id, depth desc
      )
      select s.unit_id, d.district_id, su.successor_id
      from s left join district d on d.unit_id = s.unit_id join successor su on su.unit_id = s.unit_id`;

/**
 * Incremental unit_dim (docs/PERFORMANCE.md, import): an import that touches a few units no longer
 * rebuilds every derived table. A unit's district depends on its parent chain and the kinds along
 * it; its current successor on the lineage steps from it and the validity of the units on the way.
 * So when units change (parent, kind, validity, or new) or lineage events are added, only these
 * can move: the changed units, their subtrees and every unit whose successor chain passes through
 * them (their lineage predecessors, transitively) — qcdc_unit_dim_affected. Their unit_dim rows are
 * recomputed with the full refresh's own statement restricted to them, and the rollups of the
 * (kind, district) groups they belonged to before and after are recomputed for every year
 * (qcdc_refresh_rollup_group_keys, the statements of qcdc_refresh_rollup_groups on explicit groups).
 * rollup-incremental.int.test.ts compares the result with a full rebuild after each step.
 */
export class Migration20261201224500IncrementalUnitDim extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function qcdc_unit_dim_affected(p_units int[]) returns table (unit_id int) language sql stable as $fn$
      with recursive a(unit_id) as (
        select unnest(p_units)
        union
        select x.id from a cross join lateral (
          select c.id from unit c where c.parent_id = a.unit_id
          union all
          select f.unit_id from lineage_event_unit t join lineage_event_unit f on f.event_id = t.event_id and f.role = 'FROM'
          where t.unit_id = a.unit_id and t.role = 'TO'
        ) x
      )
      select unit_id from a;
    $fn$;`);
    // the groups (kind, district key) of the given units as unit_dim has them now
    this.addSql(`create or replace function qcdc_unit_groups(p_units int[]) returns table (kind text, district_key int) language sql stable as $fn$
      select distinct u.kind, coalesce(ud.district_id, 0) from unit u join unit_dim ud on ud.unit_id = u.id where u.id = any(p_units);
    $fn$;`);
    this.addSql(`create or replace function qcdc_refresh_unit_dim_for(p_units int[]) returns void language sql as $fn$
      delete from unit_dim where unit_id = any(p_units);
      insert into unit_dim (unit_id, district_id, successor_id)
      ${unitDimRows('select unnest(p_units) as unit_id')};
    $fn$;`);
    // analytics_unit_span of some (kind, district) groups
    this.addSql(`create or replace function qcdc_refresh_unit_span_groups(p_kinds text[], p_districts int[]) returns void language sql as $fn$
      delete from analytics_unit_span a using unnest(p_kinds, p_districts) as g(kind, district_key)
      where a.kind = g.kind and a.district_key = g.district_key;
      insert into analytics_unit_span (kind, district_id, district_code, district_key, first_year, last_year, units)
      select u.kind, ud.district_id, d.code, coalesce(ud.district_id, 0), extract(year from u.valid_from)::int, extract(year from u.valid_to)::int, count(*)::int
      from unit u join unit_dim ud on ud.unit_id = u.id left join unit d on d.id = ud.district_id
      join (select distinct * from unnest(p_kinds, p_districts)) as g(kind, district_key) on g.kind = u.kind and g.district_key = coalesce(ud.district_id, 0)
      group by 1, 2, 3, 4, 5, 6;
    $fn$;`);
    // explicit rollup groups (year, kind, district key): a group a unit left may hold no unit now
    this.addSql(`create or replace function qcdc_group_keys(p_years int[], p_kinds text[], p_districts int[])
      returns table (year int, kind text, district_key int) language sql stable as $fn$
      select distinct * from unnest(p_years, p_kinds, p_districts);
    $fn$;`);
    this.addSql(`create or replace function qcdc_group_key_units(p_years int[], p_kinds text[], p_districts int[])
      returns table (unit_id int, year int, kind text, district_id int, district_key int) language sql stable as $fn$
      select u.id, g.year, u.kind, ud.district_id, g.district_key
      from qcdc_group_keys(p_years, p_kinds, p_districts) g
      join unit u on u.kind = g.kind
      join unit_dim ud on ud.unit_id = u.id and coalesce(ud.district_id, 0) = g.district_key
      where (u.valid_from is null or u.valid_from <= make_date(g.year, 12, 31))
        and (u.valid_to is null or u.valid_to >= make_date(g.year, 1, 1));
    $fn$;`);
    // the statements of qcdc_refresh_rollup_groups (migration IncrementalRollups) on explicit groups
    this.addSql(`create or replace function qcdc_refresh_rollup_group_keys(p_years int[], p_kinds text[], p_districts int[]) returns void language sql as $fn$
      with g as materialized (select * from qcdc_group_keys(p_years, p_kinds, p_districts))
      delete from analytics_unit_year a using g
      where a.year = g.year and a.kind = g.kind and a.district_key = g.district_key;
      insert into analytics_unit_year (year, kind, district_key, units_inspected, inspections, units_with_plan, plans)
      with gu as materialized (select * from qcdc_group_key_units(p_years, p_kinds, p_districts)),
      i as (
        select gu.unit_id, gu.year, count(*)::int as n from gu
        join inspection i on i.unit_id = gu.unit_id and i.date between make_date(gu.year, 1, 1) and make_date(gu.year, 12, 31)
        group by 1, 2
      ), p as (
        select gu.unit_id, gu.year, count(*)::int as n from gu join annual_plan p on p.unit_id = gu.unit_id and p.year = gu.year group by 1, 2
      ), uy as (
        select coalesce(i.unit_id, p.unit_id) as unit_id, coalesce(i.year, p.year) as year, i.n as inspections, p.n as plans
        from i full join p on p.unit_id = i.unit_id and p.year = i.year
      )
      select uy.year, gu.kind, gu.district_key,
        (count(*) filter (where uy.inspections is not null))::int, coalesce(sum(uy.inspections), 0)::int,
        (count(*) filter (where uy.plans is not null))::int, coalesce(sum(uy.plans), 0)::int
      from uy join gu on gu.unit_id = uy.unit_id and gu.year = uy.year
      group by 1, 2, 3;

      with g as materialized (select * from qcdc_group_keys(p_years, p_kinds, p_districts))
      delete from analytics_findings a using g
      where a.year = g.year and a.kind = g.kind and coalesce(a.district_id, 0) = g.district_key;
      insert into analytics_findings (year, kind, district_id, district_code, requirement_id, compliant, partial, non_compliant, not_applicable)
      with gu as materialized (select * from qcdc_group_key_units(p_years, p_kinds, p_districts))
      select gu.year, gu.kind, gu.district_id, (select d.code from unit d where d.id = gu.district_id), f.requirement_id,
        (count(*) filter (where f.result = 'COMPLIANT'))::int,
        (count(*) filter (where f.result = 'PARTIAL'))::int,
        (count(*) filter (where f.result = 'NON_COMPLIANT'))::int,
        (count(*) filter (where f.result = 'NOT_APPLICABLE'))::int
      from gu
      join inspection i on i.unit_id = gu.unit_id and i.date between make_date(gu.year, 1, 1) and make_date(gu.year, 12, 31)
      join finding f on f.inspection_id = i.id
      group by 1, 2, 3, 4, 5;

      with g as materialized (select distinct year, kind from qcdc_group_keys(p_years, p_kinds, p_districts))
      delete from analytics_findings_kind a using g
      where a.year = g.year and a.kind = g.kind;
      insert into analytics_findings_kind (year, kind, requirement_id, compliant, partial, non_compliant, not_applicable)
      with g as materialized (select distinct year, kind from qcdc_group_keys(p_years, p_kinds, p_districts))
      select f.year, f.kind, f.requirement_id, sum(f.compliant)::int, sum(f.partial)::int, sum(f.non_compliant)::int, sum(f.not_applicable)::int
      from analytics_findings f join g on g.year = f.year and g.kind = f.kind
      group by 1, 2, 3;

      with g as materialized (select * from qcdc_group_keys(p_years, p_kinds, p_districts))
      delete from analytics_recommendation_dates a using g
      where a.year = g.year and a.kind = g.kind and coalesce(a.district_id, 0) = g.district_key;
      insert into analytics_recommendation_dates (year, kind, district_id, district_code, inspection_date, due_date, resolved_on, settle_date)
      with gu as materialized (select * from qcdc_group_key_units(p_years, p_kinds, p_districts))
      select gu.year, gu.kind, gu.district_id, (select d.code from unit d where d.id = gu.district_id),
        i.date, rc.due_date, r.resolved_on, greatest(i.date, r.resolved_on, rc.due_date + 1)
      from gu
      join inspection i on i.unit_id = gu.unit_id and i.date between make_date(gu.year, 1, 1) and make_date(gu.year, 12, 31)
      join recommendation rc on rc.inspection_id = i.id
      cross join lateral (select case when rc.status = 'RESOLVED' then rc.resolved_on end as resolved_on) r;

      with g as materialized (select * from qcdc_group_keys(p_years, p_kinds, p_districts))
      delete from analytics_recommendations a using g
      where a.year = g.year and a.kind = g.kind and coalesce(a.district_id, 0) = g.district_key;
      insert into analytics_recommendations (year, kind, district_id, district_code, recommendations, resolved, overdue)
      with g as materialized (select * from qcdc_group_keys(p_years, p_kinds, p_districts))
      select a.year, a.kind, a.district_id, a.district_code, count(*)::int,
        (count(*) filter (where a.resolved_on is not null))::int,
        (count(*) filter (where a.resolved_on is null and a.due_date is not null))::int
      from analytics_recommendation_dates a join g
        on a.year = g.year and a.kind = g.kind and coalesce(a.district_id, 0) = g.district_key
      group by 1, 2, 3, 4;
    $fn$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists qcdc_refresh_rollup_group_keys(int[], text[], int[]);`);
    this.addSql(`drop function if exists qcdc_group_key_units(int[], text[], int[]);`);
    this.addSql(`drop function if exists qcdc_group_keys(int[], text[], int[]);`);
    this.addSql(`drop function if exists qcdc_refresh_unit_span_groups(text[], int[]);`);
    this.addSql(`drop function if exists qcdc_refresh_unit_dim_for(int[]);`);
    this.addSql(`drop function if exists qcdc_unit_groups(int[]);`);
    this.addSql(`drop function if exists qcdc_unit_dim_affected(int[]);`);
  }
}
