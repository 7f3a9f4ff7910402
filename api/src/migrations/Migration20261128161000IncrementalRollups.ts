import { Migration } from '@mikro-orm/migrations';

/**
 * Incremental rollup refresh (docs/PERFORMANCE.md, import): an import that leaves units alone only
 * changes the rollup rows of the (year, kind, district) groups its records fall in, so
 * qcdc_refresh_rollup_groups(unit_ids, years) deletes those groups' rows and recomputes them with
 * the same statements as the full rebuild restricted to the groups' units and years — one set-based
 * statement per table, equal to a full qcdc_refresh_rollups(). analytics_unit_span depends on units
 * only and is not touched. The groups are materialized once per statement (a function scan rescanned
 * per row made the planner's nested loops take seconds). Callers pass every (unit, year) a changed record had before or after the write.
 */
export class Migration20261128161000IncrementalRollups extends Migration {
  override async up(): Promise<void> {
    // a touched group's rows are an index range (else the planner may scan a whole year per group)
    this.addSql(`create index analytics_unit_year_group_idx on analytics_unit_year (year, kind, district_key);`);
    this.addSql(`create index analytics_findings_group_idx on analytics_findings (year, kind, (coalesce(district_id, 0)));`);
    this.addSql(`create index analytics_recommendation_dates_group_idx on analytics_recommendation_dates (year, kind, (coalesce(district_id, 0)));`);
    this.addSql(`create index analytics_recommendations_group_idx on analytics_recommendations (year, kind, (coalesce(district_id, 0)));`);
    // the groups of the given (unit, year) pairs; unit_dim must be current
    this.addSql(`create or replace function qcdc_rollup_groups(p_units int[], p_years int[])
      returns table (year int, kind text, district_key int) language sql stable as $fn$
      select distinct v.year, u.kind, coalesce(ud.district_id, 0)
      from unnest(p_units, p_years) as v(unit_id, year) join unit u on u.id = v.unit_id join unit_dim ud on ud.unit_id = u.id;
    $fn$;`);
    // every unit of those groups with the group's year (a group holds all units of its kind and district)
    this.addSql(`create or replace function qcdc_rollup_group_units(p_units int[], p_years int[])
      returns table (unit_id int, year int, kind text, district_id int, district_key int) language sql stable as $fn$
      select u.id, g.year, u.kind, ud.district_id, g.district_key
      from qcdc_rollup_groups(p_units, p_years) g
      join unit u on u.kind = g.kind
      join unit_dim ud on ud.unit_id = u.id and coalesce(ud.district_id, 0) = g.district_key
      where (u.valid_from is null or u.valid_from <= make_date(g.year, 12, 31))
        and (u.valid_to is null or u.valid_to >= make_date(g.year, 1, 1));
    $fn$;`);
    this.addSql(`create or replace function qcdc_refresh_rollup_groups(p_units int[], p_years int[]) returns void language sql as $fn$
      with g as materialized (select * from qcdc_rollup_groups(p_units, p_years))
      delete from analytics_unit_year a using g
      where a.year = g.year and a.kind = g.kind and a.district_key = g.district_key;
      insert into analytics_unit_year (year, kind, district_key, units_inspected, inspections, units_with_plan, plans)
      with gu as materialized (select * from qcdc_rollup_group_units(p_units, p_years)),
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

      with g as materialized (select * from qcdc_rollup_groups(p_units, p_years))
      delete from analytics_findings a using g
      where a.year = g.year and a.kind = g.kind and coalesce(a.district_id, 0) = g.district_key;
      insert into analytics_findings (year, kind, district_id, district_code, requirement_id, compliant, partial, non_compliant, not_applicable)
      with gu as materialized (select * from qcdc_rollup_group_units(p_units, p_years))
      select gu.year, gu.kind, gu.district_id, (select d.code from unit d where d.id = gu.district_id), f.requirement_id,
        (count(*) filter (where f.result = 'COMPLIANT'))::int,
        (count(*) filter (where f.result = 'PARTIAL'))::int,
        (count(*) filter (where f.result = 'NON_COMPLIANT'))::int,
        (count(*) filter (where f.result = 'NOT_APPLICABLE'))::int
      from gu
      join inspection i on i.unit_id = gu.unit_id and i.date between make_date(gu.year, 1, 1) and make_date(gu.year, 12, 31)
      join finding f on f.inspection_id = i.id
      group by 1, 2, 3, 4, 5;

      with g as materialized (select distinct year, kind from qcdc_rollup_groups(p_units, p_years))
      delete from analytics_findings_kind a using g
      where a.year = g.year and a.kind = g.kind;
      insert into analytics_findings_kind (year, kind, requirement_id, compliant, partial, non_compliant, not_applicable)
      with g as materialized (select distinct year, kind from qcdc_rollup_groups(p_units, p_years))
      select f.year, f.kind, f.requirement_id, sum(f.compliant)::int, sum(f.partial)::int, sum(f.non_compliant)::int, sum(f.not_applicable)::int
      from analytics_findings f join g on g.year = f.year and g.kind = f.kind
      group by 1, 2, 3;

      with g as materialized (select * from qcdc_rollup_groups(p_units, p_years))
      delete from analytics_recommendation_dates a using g
      where a.year = g.year and a.kind = g.kind and coalesce(a.district_id, 0) = g.district_key;
      insert into analytics_recommendation_dates (year, kind, district_id, district_code, inspection_date, due_date, resolved_on, settle_date)
      with gu as materialized (select * from qcdc_rollup_group_units(p_units, p_years))
      select gu.year, gu.kind, gu.district_id, (select d.code from unit d where d.id = gu.district_id),
        i.date, rc.due_date, r.resolved_on, greatest(i.date, r.resolved_on, rc.due_date + 1)
      from gu
      join inspection i on i.unit_id = gu.unit_id and i.date between make_date(gu.year, 1, 1) and make_date(gu.year, 12, 31)
      join recommendation rc on rc.inspection_id = i.id
      cross join lateral (select case when rc.status = 'RESOLVED' then rc.resolved_on end as resolved_on) r;

      with g as materialized (select * from qcdc_rollup_groups(p_units, p_years))
      delete from analytics_recommendations a using g
      where a.year = g.year and a.kind = g.kind and coalesce(a.district_id, 0) = g.district_key;
      insert into analytics_recommendations (year, kind, district_id, district_code, recommendations, resolved, overdue)
      with g as materialized (select * from qcdc_rollup_groups(p_units, p_years))
      select a.year, a.kind, a.district_id, a.district_code, count(*)::int,
        (count(*) filter (where a.resolved_on is not null))::int,
        (count(*) filter (where a.resolved_on is null and a.due_date is not null))::int
      from analytics_recommendation_dates a join g
        on a.year = g.year and a.kind = g.kind and coalesce(a.district_id, 0) = g.district_key
      group by 1, 2, 3, 4;
    $fn$;`);
  }

  override async down(): Promise<void> {
    for (const t of ['analytics_unit_year', 'analytics_findings', 'analytics_recommendation_dates', 'analytics_recommendations']) {
      this.addSql(`drop index if exists ${t}_group_idx;`);
    }
    this.addSql(`drop function if exists qcdc_refresh_rollup_groups(int[], int[]);`);
    this.addSql(`drop function if exists qcdc_rollup_group_units(int[], int[]);`);
    this.addSql(`drop function if exists qcdc_rollup_groups(int[], int[]);`);
  }
}
