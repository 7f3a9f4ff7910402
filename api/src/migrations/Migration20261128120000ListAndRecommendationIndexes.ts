import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for national-scale lists and open recommendations (docs/PERFORMANCE.md):
 * - inspection (date desc, code): the default order of the inspection list, so a page is the first
 *   rows of an index instead of a sort of every inspection;
 * - recommendation (due_date): the default order of the recommendation list;
 * - analytics_recommendations: recommendations per (inspection year, kind, district) counted as
 *   they stand once every date is past ("settled"), so openRecommendations at any date D is this
 *   rollup corrected by the recommendations with a date after D (exact; see recommendations.service.ts);
 * - analytics_recommendation_dates: each recommendation's dates with its settle date (the last of
 *   inspection date, resolution date and the day after the due date), indexed by (year, settle
 *   date) so the ones unsettled at D are an index range per year.
 *   Rebuilt with the other rollups: qcdc_refresh_rollups() keeps its name and now also runs
 *   qcdc_refresh_recommendation_rollup().
 */
export class Migration20261128120000ListAndRecommendationIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists inspection_date_desc_code_idx on inspection (date desc, code);`);
    this.addSql(`create index if not exists recommendation_due_date_idx on recommendation (due_date);`);

    // same scope rule as the other rollups: a recommendation counts when its inspected unit is
    // active in the inspection's year (AS_OF)
    this.addSql(`create table analytics_recommendations (
      year int not null,
      kind text not null,
      district_id int null,
      district_code text null,
      recommendations int not null,
      resolved int not null,
      overdue int not null
    );`);
    this.addSql(`create index analytics_recommendations_year_idx on analytics_recommendations (year);`);
    this.addSql(`create table analytics_recommendation_dates (
      year int not null,
      kind text not null,
      district_id int null,
      district_code text null,
      inspection_date date not null,
      due_date date null,
      resolved_on date null,
      settle_date date not null
    );`);
    this.addSql(`create index analytics_recommendation_dates_settle_idx on analytics_recommendation_dates (year, settle_date);`);
    // resolved_on is kept only when the status is RESOLVED: a resolution date alone does not resolve
    this.addSql(`create or replace function qcdc_refresh_recommendation_rollup() returns void language sql as $fn$
      delete from analytics_recommendation_dates;
      insert into analytics_recommendation_dates (year, kind, district_id, district_code, inspection_date, due_date, resolved_on, settle_date)
      select extract(year from i.date)::int, u.kind, ud.district_id, (select d.code from unit d where d.id = ud.district_id),
        i.date, rc.due_date, r.resolved_on, greatest(i.date, r.resolved_on, rc.due_date + 1)
      from recommendation rc join inspection i on i.id = rc.inspection_id
      cross join lateral (select case when rc.status = 'RESOLVED' then rc.resolved_on end as resolved_on) r
      join unit u on u.id = i.unit_id join unit_dim ud on ud.unit_id = u.id
      where (u.valid_from is null or u.valid_from <= make_date(extract(year from i.date)::int, 12, 31))
        and (u.valid_to is null or u.valid_to >= make_date(extract(year from i.date)::int, 1, 1));

      delete from analytics_recommendations;
      insert into analytics_recommendations (year, kind, district_id, district_code, recommendations, resolved, overdue)
      select year, kind, district_id, district_code, count(*)::int,
        (count(*) filter (where resolved_on is not null))::int,
        (count(*) filter (where resolved_on is null and due_date is not null))::int
      from analytics_recommendation_dates
      group by 1, 2, 3, 4;
    $fn$;`);
    // keep one entry point for afterDataChange: the existing body under a new name, then this rollup
    this.addSql(`alter function qcdc_refresh_rollups() rename to qcdc_refresh_unit_rollups;`);
    this.addSql(`create function qcdc_refresh_rollups() returns void language sql as $fn$
      select qcdc_refresh_unit_rollups();
      select qcdc_refresh_recommendation_rollup();
    $fn$;`);
    this.addSql(`select qcdc_refresh_recommendation_rollup();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists qcdc_refresh_rollups();`);
    this.addSql(`alter function qcdc_refresh_unit_rollups() rename to qcdc_refresh_rollups;`);
    this.addSql(`drop function if exists qcdc_refresh_recommendation_rollup();`);
    this.addSql(`drop table if exists analytics_recommendations;`);
    this.addSql(`drop table if exists analytics_recommendation_dates;`);
    this.addSql(`drop index if exists recommendation_due_date_idx;`);
    this.addSql(`drop index if exists inspection_date_desc_code_idx;`);
  }
}
