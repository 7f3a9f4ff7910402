/**
 * SQL of the audit triggers of one record table (used by migration AuditTrail; a later migration that
 * adds, drops or renames a column of a record table re-runs `auditTriggerSql` with the table's new
 * description — `trail.int.test.ts` fails while a column is missing from its audit functions).
 *
 * Per table: three statement-level AFTER triggers with transition tables (one INSERT…SELECT per
 * statement; row-level plpgsql would be too slow for imports), which refuse the statement unless the
 * transaction named its actor (`setActor`). before/after hold the listed columns by name, foreign ids
 * replaced by readable values (codes); columns are listed explicitly because `to_jsonb(row)` costs
 * about three times as much per row.
 */

export interface AuditLookup {
  /** foreign key column of the record table */
  col: string;
  table: string;
  /** the readable value, an expression over alias `x` of the referenced table */
  value: string;
  /** its name in before/after (and in `key` as `<alias>_<as>`) */
  as: string;
}

export interface AuditedTable {
  table: string;
  /** audit_entry.record_type */
  type: string;
  /** columns kept by name (not id, created_at, updated_at, version, nor the lookups' foreign keys) */
  columns: string[];
  lookups: AuditLookup[];
  /** the record's natural key: an expression over the record alias `r` and its lookups `r_<as>` */
  key: (r: string) => string;
  /** how to pair old and new rows of an UPDATE */
  pk: string[];
  /** record tables carry created_at, updated_at, version (link rows do not) */
  versioned: boolean;
}

export const NOISE = ['id', 'created_at', 'updated_at', 'version'];

/** A parent deleted in the same statement (cascade) is named by its id. */
export const ref = (r: string, as: string, col: string) => `coalesce(${r}_${as}, '#' || ${r}.${col})`;

function select(t: AuditedTable, r: string): { cols: string; joins: string } {
  // lateral: an index lookup per row, never a hash of a whole national-scale table for one batch
  const joins = t.lookups
    .map((l, i) => `left join lateral (select ${l.value.replaceAll('x.', `${r}_x${i}.`)} as ${r}_${l.as} from ${l.table} ${r}_x${i} where ${r}_x${i}.id = ${r}.${l.col}) ${r}_l${i} on true`)
    .join(' ');
  const cols = t.lookups.map((l) => `${r}_${l.as}`).join(', ');
  return { cols, joins };
}

function json(t: AuditedTable, r: string): string {
  const pairs = [...t.columns.map((c) => `'${c}', ${r}.${c}`), ...t.lookups.map((l) => `'${l.as}', ${r}_${l.as}`)];
  return `jsonb_build_object(${pairs.join(', ')})`;
}

/** `r` with its lookups as columns `r_<as>`, as a derived table named `r`… (lookups need the joins). */
function rows(t: AuditedTable, transition: string, r: string): string {
  const { cols, joins } = select(t, r);
  return `(select ${r}.*${cols ? `, ${cols}` : ''} from ${transition} ${r} ${joins})`;
}

const DECLARE = `v_actor text := nullif(current_setting('qcdc.actor', true), '');
  v_via text := nullif(current_setting('qcdc.via', true), '');`;
const check = (table: string) => `if v_actor is null or v_via is null then
    raise exception using errcode = 'insufficient_privilege',
      message = format('refused: %s on ${table} without an actor — every change is audited; write through the gateway (setActor/withActor sets qcdc.actor and qcdc.via)', tg_op);
  end if;`;

/** create-or-replace of the table's audit functions and (unless `functionsOnly`) its triggers. */
export function auditTriggerSql(t: AuditedTable, functionsOnly = false): string[] {
  const f = `qcdc_audit_${t.table}`;
  const same = t.pk.map((c) => `n.${c} = o.${c}`).join(' and ');
  const sql = [
    `create or replace function ${f}_ins() returns trigger language plpgsql as $$
declare ${DECLARE}
begin
  ${check(t.table)}
  insert into audit_entry (actor, via, record_type, record_key, action, after)
  select v_actor, v_via, '${t.type}', ${t.key('n')}, 'CREATE', ${json(t, 'n')} from ${rows(t, 'new_rows', 'n')} n;
  return null;
end $$;`,
    // a row changed twice in one transaction (inserted, then linked to its parent) keeps one entry:
    // the second change folds into the first entry's `after` (the only update audit_entry allows)
    `create or replace function ${f}_upd() returns trigger language plpgsql as $$
declare ${DECLARE}
begin
  ${check(t.table)}
  with ch as (
    select ${t.key('n')} as k, ${json(t, 'o')} as b, ${json(t, 'n')} as a, ${t.versioned ? 'o.updated_at = now()' : 'false'} as again
    from ${rows(t, 'old_rows', 'o')} o join ${rows(t, 'new_rows', 'n')} n on ${same}
  ), folded as (
    update audit_entry e set after = ch.a from ch
    where ch.again and e.at = now() and e.record_type = '${t.type}' and e.record_key = ch.k and e.action in ('CREATE', 'UPDATE')
    returning e.record_key
  )
  insert into audit_entry (actor, via, record_type, record_key, action, before, after)
  select v_actor, v_via, '${t.type}', ch.k, 'UPDATE', ch.b, ch.a from ch
  where ch.b is distinct from ch.a and not (ch.again and ch.k in (select record_key from folded));
  return null;
end $$;`,
    `create or replace function ${f}_del() returns trigger language plpgsql as $$
declare ${DECLARE}
begin
  ${check(t.table)}
  insert into audit_entry (actor, via, record_type, record_key, action, before)
  select v_actor, v_via, '${t.type}', ${t.key('o')}, 'DELETE', ${json(t, 'o')} from ${rows(t, 'old_rows', 'o')} o;
  return null;
end $$;`,
  ];
  if (functionsOnly) return sql;
  return [
    ...sql,
    `create trigger ${t.table}_audit_ins after insert on ${t.table} referencing new table as new_rows for each statement execute function ${f}_ins();`,
    `create trigger ${t.table}_audit_upd after update on ${t.table} referencing old table as old_rows new table as new_rows for each statement execute function ${f}_upd();`,
    `create trigger ${t.table}_audit_del after delete on ${t.table} referencing old table as old_rows for each statement execute function ${f}_del();`,
    `create trigger ${t.table}_no_truncate before truncate on ${t.table} for each statement execute function qcdc_refuse_truncate();`,
  ];
}
