import { Migration } from '@mikro-orm/migrations';

/**
 * Pre-aggregated analytics (ARCHITECTURE "Aggregates at national scale need rollups"): at 50k
 * units, 600k inspections and 3.5M findings the plain statements take hundreds of milliseconds.
 * Grouped by (year, unit kind, district) the same counts fit in a few thousand rows. They hold the
 * AS_OF structure only (each record under its recorded unit, which is in scope when active in the
 * year) and are rebuilt by qcdc_refresh_rollups() inside every write transaction (afterDataChange),
 * after unit_dim, so they are never stale. Services use them when a query needs nothing finer
 * (no subtree, no UNIT dimension, AS_OF) and fall back to the plain statement otherwise.
 */
export class Migration20261128011000AnalyticsRollups extends Migration {
  override async up(): Promise<void> {
    // units by validity: "active in year Y" = first_year <= Y <= last_year (null = open), summed per group
    // district_key = district id or 0: a non-null key the planner can hash-join on; district_code
    // saves a join with unit when ordering by district
    this.addSql(`create table analytics_unit_span (
      kind text not null,
      district_id int null,
      district_code text null,
      district_key int not null,
      first_year int null,
      last_year int null,
      units int not null
    );`);
    // per year: units active that year that were inspected / had a plan, and how many inspections / plans
    this.addSql(`create table analytics_unit_year (
      year int not null,
      kind text not null,
      district_key int not null,
      units_inspected int not null,
      inspections int not null,
      units_with_plan int not null,
      plans int not null
    );`);
    this.addSql(`create index analytics_unit_year_year_idx on analytics_unit_year (year);`);
    // findings of units active in the inspection's year, per requirement and result
    this.addSql(`create table analytics_findings (
      year int not null,
      kind text not null,
      district_id int null,
      district_code text null,
      requirement_id int not null,
      compliant int not null,
      partial int not null,
      non_compliant int not null,
      not_applicable int not null
    );`);
    this.addSql(`create index analytics_findings_year_idx on analytics_findings (year);`);
    // the same without district: what compliance per requirement over years reads (a few thousand rows)
    this.addSql(`create table analytics_findings_kind (
      year int not null,
      kind text not null,
      requirement_id int not null,
      compliant int not null,
      partial int not null,
      non_compliant int not null,
      not_applicable int not null
    );`);
    this.addSql(`create index analytics_findings_kind_year_idx on analytics_findings_kind (year);`);

    this.addSql(`create or replace function qcdc_refresh_rollups() returns void language sql as $fn$
      delete from analytics_unit_span;
      insert into analytics_unit_span (kind, district_id, district_code, district_key, first_year, last_year, units)
      select u.kind, ud.district_id, d.code, coalesce(ud.district_id, 0), extract(year from u.valid_from)::int, extract(year from u.valid_to)::int, count(*)::int
      from unit u join unit_dim ud on ud.unit_id = u.id left join unit d on d.id = ud.district_id
      group by 1, 2, 3, 4, 5, 6;

      delete from analytics_unit_year;
      insert into analytics_unit_year (year, kind, district_key, units_inspected, inspections, units_with_plan, plans)
      with i as (
        select unit_id, extract(year from date)::int as year, count(*)::int as n from inspection group by 1, 2
      ), p as (
        select unit_id, year, count(*)::int as n from annual_plan group by 1, 2
      ), uy as (
        select coalesce(i.unit_id, p.unit_id) as unit_id, coalesce(i.year, p.year) as year, i.n as inspections, p.n as plans
        from i full join p on p.unit_id = i.unit_id and p.year = i.year
      )
      select uy.year, u.kind, coalesce(ud.district_id, 0),
        (count(*) filter (where uy.inspections is not null))::int, coalesce(sum(uy.inspections), 0)::int,
        (count(*) filter (where uy.plans is not null))::int, coalesce(sum(uy.plans), 0)::int
      from uy join unit u on u.id = uy.unit_id join unit_dim ud on ud.unit_id = u.id
      where (u.valid_from is null or u.valid_from <= make_date(uy.year, 12, 31))
        and (u.valid_to is null or u.valid_to >= make_date(uy.year, 1, 1))
      group by 1, 2, 3;

      delete from analytics_findings;
      insert into analytics_findings (year, kind, district_id, district_code, requirement_id, compliant, partial, non_compliant, not_applicable)
      select extract(year from i.date)::int, u.kind, ud.district_id, (select d.code from unit d where d.id = ud.district_id), f.requirement_id,
        (count(*) filter (where f.result = 'COMPLIANT'))::int,
        (count(*) filter (where f.result = 'PARTIAL'))::int,
        (count(*) filter (where f.result = 'NON_COMPLIANT'))::int,
        (count(*) filter (where f.result = 'NOT_APPLICABLE'))::int
      from finding f join inspection i on i.id = f.inspection_id
      join unit u on u.id = i.unit_id join unit_dim ud on ud.unit_id = u.id
      where (u.valid_from is null or u.valid_from <= make_date(extract(year from i.date)::int, 12, 31))
        and (u.valid_to is null or u.valid_to >= make_date(extract(year from i.date)::int, 1, 1))
      group by 1, 2, 3, 4, 5;

      delete from analytics_findings_kind;
      insert into analytics_findings_kind (year, kind, requirement_id, compliant, partial, non_compliant, not_applicable)
      select year, kind, requirement_id, sum(compliant)::int, sum(partial)::int, sum(non_compliant)::int, sum(not_applicable)::int
      from analytics_findings group by 1, 2, 3;
    $fn$;`);
    this.addSql(`select qcdc_refresh_rollups();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists qcdc_refresh_rollups();`);
    this.addSql(`drop table if exists analytics_findings_kind;`);
    this.addSql(`drop table if exists analytics_findings;`);
    this.addSql(`drop table if exists analytics_unit_year;`);
    this.addSql(`drop table if exists analytics_unit_span;`);
  }
}
