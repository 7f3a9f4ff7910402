import { Migration } from '@mikro-orm/migrations';

/**
 * The analytics rollups hold APPROVED inspections only (SPEC §6.3): drafts and submitted ones are
 * counted nowhere until approved (AnalyticsFilter.includeProvisional reads the plain statements).
 * Each rollup function that reads inspections is re-created from its current definition with the
 * status condition on every `inspection i` join (and on the one plain `from inspection`); a
 * function that no longer reads inspections that way stops the migration instead of being
 * silently left counting drafts. Then the rollups are rebuilt.
 */
export const ROLLUP_FUNCTIONS = [
  'qcdc_refresh_unit_rollups()',
  'qcdc_refresh_recommendation_rollup()',
  'qcdc_refresh_rollup_groups(int[], int[])',
  'qcdc_refresh_rollup_group_keys(int[], text[], int[])',
];

function rewrite(from: [string, string][], to: 'approved' | 'all'): string {
  const pairs = from.map(([a, b]) => (to === 'approved' ? [a, b] : [b, a]));
  return `do $do$
declare f text; d text; e text;
begin
  foreach f in array array[${ROLLUP_FUNCTIONS.map((f) => `'${f}'`).join(', ')}] loop
    d := pg_get_functiondef(f::regprocedure);
    e := d;
    ${pairs.map(([a, b]) => `e := replace(e, ${lit(a)}, ${lit(b)});`).join('\n    ')}
    if e = d then raise exception 'ApprovedRollups: % does not read inspections as expected', f; end if;
    execute e;
  end loop;
end $do$;`;
}
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

const PAIRS: [string, string][] = [
  ['inspection i on ', "inspection i on i.status = 'APPROVED' and "],
  ['from inspection group by', "from inspection where status = 'APPROVED' group by"],
];

export class Migration20261202055500ApprovedRollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(rewrite(PAIRS, 'approved'));
    this.addSql(`select qcdc_refresh_rollups();`);
  }

  override async down(): Promise<void> {
    this.addSql(rewrite(PAIRS, 'all'));
    this.addSql(`select qcdc_refresh_rollups();`);
  }
}
