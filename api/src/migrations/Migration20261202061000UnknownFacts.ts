import { Migration } from '@mikro-orm/migrations';
import { ROLLUP_FUNCTIONS } from './Migration20261202055500ApprovedRollups.js';

/**
 * Facts the source does not give (SPEC §5.2, issue 13.10): an inspection's kind may be empty, and a
 * recommendation's status may be UNKNOWN — neither open nor resolved in any metric. The open/overdue
 * rollups leave UNKNOWN recommendations out: each rollup function that reads recommendations is
 * re-created from its current definition with the condition on its recommendation join (as
 * ApprovedRollups does for the inspection status); one that reads them otherwise stops the migration.
 */
const PAIRS: [string, string][] = [
  ['join recommendation rc on rc.inspection_id = i.id', "join recommendation rc on rc.status <> 'UNKNOWN' and rc.inspection_id = i.id"],
  ['from recommendation rc join inspection i on ', "from recommendation rc join inspection i on rc.status <> 'UNKNOWN' and "],
];

function rewrite(to: 'known' | 'all'): string {
  const pairs = PAIRS.map(([a, b]) => (to === 'known' ? [a, b] : [b, a]));
  return `do $do$
declare f text; d text; e text;
begin
  foreach f in array array[${ROLLUP_FUNCTIONS.map((f) => `'${f}'`).join(', ')}] loop
    d := pg_get_functiondef(f::regprocedure);
    if position('recommendation rc' in d) = 0 then continue; end if;
    e := d;
    ${pairs.map(([a, b]) => `e := replace(e, ${lit(a)}, ${lit(b)});`).join('\n    ')}
    if e = d then raise exception 'UnknownFacts: % does not read recommendations as expected', f; end if;
    execute e;
  end loop;
end $do$;`;
}
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

export class Migration20261202061000UnknownFacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table inspection alter column kind drop not null;`);
    this.addSql(`alter table recommendation drop constraint if exists recommendation_status_check;`);
    this.addSql(`alter table recommendation add constraint recommendation_status_check check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'UNKNOWN'));`);
    this.addSql(rewrite('known'));
    this.addSql(`select qcdc_refresh_rollups();`);
  }

  override async down(): Promise<void> {
    this.addSql(rewrite('all'));
    this.addSql(`update recommendation set status = 'OPEN' where status = 'UNKNOWN';`);
    this.addSql(`alter table recommendation drop constraint if exists recommendation_status_check;`);
    this.addSql(`alter table recommendation add constraint recommendation_status_check check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED'));`);
    this.addSql(`update inspection set kind = 'PERIODIC' where kind is null;`);
    this.addSql(`alter table inspection alter column kind set not null;`);
    this.addSql(`select qcdc_refresh_rollups();`);
  }
}
