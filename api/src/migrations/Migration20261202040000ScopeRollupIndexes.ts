import { Migration } from '@mikro-orm/migrations';

/**
 * Readers scoped to districts (SPEC §6.1) and withinUnit a district read the rollups filtered by
 * district (analytics/rollup.ts districtsIn): district-first indexes make that a few index ranges
 * (one district: ~3,000 finding rows of 2.4 million) instead of a scan of every year asked for.
 * The expression coalesce(district_id, 0) is the group key the other rollup indexes use.
 */
export class Migration20261202040000ScopeRollupIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists analytics_findings_district_idx on analytics_findings ((coalesce(district_id, 0)), year);`);
    this.addSql(`create index if not exists analytics_unit_year_district_idx on analytics_unit_year (district_key, year);`);
    this.addSql(`create index if not exists analytics_recommendations_district_idx on analytics_recommendations ((coalesce(district_id, 0)), year);`);
    this.addSql(`create index if not exists analytics_recommendation_dates_district_idx on analytics_recommendation_dates ((coalesce(district_id, 0)), year, settle_date);`);
  }

  override async down(): Promise<void> {
    for (const t of ['analytics_findings', 'analytics_unit_year', 'analytics_recommendations', 'analytics_recommendation_dates']) {
      this.addSql(`drop index if exists ${t}_district_idx;`);
    }
  }
}
