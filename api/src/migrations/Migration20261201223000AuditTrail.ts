import { Migration } from '@mikro-orm/migrations';

/**
 * Audit trail (SPEC §6.4), timestamps and versions. Written by triggers, so every change, whatever
 * its path, is audited in its own transaction and nothing can bypass it:
 * - every write to a record table needs `qcdc.actor` and `qcdc.via` set in its transaction
 *   (`withActor`, modules/audit/actor.ts); without them the statement is refused;
 * - statement-level AFTER triggers with transition tables append one audit_entry per changed row
 *   in one INSERT…SELECT per statement (row-level plpgsql would be too slow for imports);
 * - before/after are the row as JSON without id/created_at/updated_at/version, foreign ids replaced
 *   by codes (a new plain column appears in the trail by itself; a new foreign key needs a lookup here);
 * - a BEFORE UPDATE row trigger skips updates that change nothing, and bumps version and updated_at
 *   at most once per transaction (a row created and then linked in one import stays version 1);
 * - a second change of a row in the same transaction folds into that transaction's entry (its
 *   `after`), so one import writes one entry per record;
 * - audit_entry refuses UPDATE (except that fold), DELETE and TRUNCATE; record tables refuse TRUNCATE.
 * Bulk loads that run with session_replication_role = replica (bench generator, superusers only) fire no triggers.
 */

interface Lookup {
  /** foreign key column of the record table */
  col: string;
  /** the readable value, an expression over alias `x` of the referenced table */
  table: string;
  value: string;
  /** its name in before/after */
  as: string;
}
interface Audited {
  table: string;
  type: string;
  /** the record's natural key, an expression over the record alias `r` and lookup aliases `r_<as>` */
  key: (r: string) => string;
  lookups: Lookup[];
  /** record tables get created_at, updated_at, version (link rows do not) */
  versioned: boolean;
}

const source: Lookup = { col: 'source_id', table: 'source_document', value: `x.kind || ': ' || x.title`, as: 'source' };
const decisionKey = (x: string) =>
  `coalesce(${x}.number, '') || '|' || coalesce(${x}.date::text, '') || '|' || ${x}.issuer || '|' || ${x}.kind || '|' || coalesce(${x}.period_from::text, '') || '|' || coalesce(${x}.period_to::text, '')`;
// a parent already deleted in the same statement (cascade) is named by its id
const ref = (r: string, as: string, col: string) => `coalesce(${r}_${as}, '#' || ${r}.${col})`;

export const AUDITED: Audited[] = [
  { table: 'source_document', type: 'SOURCE', versioned: true, lookups: [], key: (r) => `${r}.kind || '/' || ${r}.title || coalesce('/' || ${r}.url, '')` },
  { table: 'unit', type: 'UNIT', versioned: true, lookups: [{ col: 'parent_id', table: 'unit', value: 'x.code', as: 'parent_code' }, source], key: (r) => `${r}.code` },
  { table: 'lineage_event', type: 'LINEAGE_EVENT', versioned: true, lookups: [source], key: (r) => `${r}.natural_key` },
  {
    table: 'lineage_event_unit', type: 'LINEAGE_LINK', versioned: false,
    lookups: [{ col: 'event_id', table: 'lineage_event', value: 'x.natural_key', as: 'event' }, { col: 'unit_id', table: 'unit', value: 'x.code', as: 'unit_code' }],
    key: (r) => `${ref(r, 'event', 'event_id')} || '/' || ${r}.role || '/' || ${r}.position`,
  },
  { table: 'framework', type: 'FRAMEWORK', versioned: true, lookups: [source], key: (r) => `${r}.code` },
  { table: 'requirement', type: 'REQUIREMENT', versioned: true, lookups: [{ col: 'framework_id', table: 'framework', value: 'x.code', as: 'framework_code' }, source], key: (r) => `${r}.code` },
  { table: 'inspection_team', type: 'TEAM', versioned: true, lookups: [], key: (r) => `${r}.name` },
  {
    table: 'inspection', type: 'INSPECTION', versioned: true,
    lookups: [{ col: 'unit_id', table: 'unit', value: 'x.code', as: 'unit_code' }, { col: 'team_id', table: 'inspection_team', value: 'x.name', as: 'team' }, source],
    key: (r) => `${r}.code`,
  },
  {
    table: 'finding', type: 'FINDING', versioned: true,
    lookups: [{ col: 'inspection_id', table: 'inspection', value: 'x.code', as: 'inspection_code' }, { col: 'requirement_id', table: 'requirement', value: 'x.code', as: 'requirement_code' }],
    key: (r) => `${ref(r, 'inspection_code', 'inspection_id')} || '/' || ${ref(r, 'requirement_code', 'requirement_id')}`,
  },
  {
    table: 'recommendation', type: 'RECOMMENDATION', versioned: true,
    lookups: [{ col: 'inspection_id', table: 'inspection', value: 'x.code', as: 'inspection_code' }],
    key: (r) => `${ref(r, 'inspection_code', 'inspection_id')} || '/' || ${r}.seq`,
  },
  { table: 'award_decision', type: 'AWARD_DECISION', versioned: true, lookups: [source], key: (r) => decisionKey(r) },
  {
    table: 'award', type: 'AWARD', versioned: true,
    lookups: [{ col: 'decision_id', table: 'award_decision', value: decisionKey('x'), as: 'decision' }, { col: 'recipient_id', table: 'unit', value: 'x.code', as: 'recipient_code' }, source],
    key: (r) => `${ref(r, 'recipient_code', 'recipient_id')} || '/' || ${ref(r, 'decision', 'decision_id')}`,
  },
  {
    table: 'annual_plan', type: 'PLAN', versioned: true,
    lookups: [{ col: 'unit_id', table: 'unit', value: 'x.code', as: 'unit_code' }, source],
    key: (r) => `${ref(r, 'unit_code', 'unit_id')} || '/' || ${r}.year`,
  },
  {
    table: 'model', type: 'MODEL', versioned: true,
    lookups: [{ col: 'unit_id', table: 'unit', value: 'x.code', as: 'unit_code' }, source],
    key: (r) => `${ref(r, 'unit_code', 'unit_id')} || '/' || ${r}.year || '/' || ${r}.title`,
  },
];

const NOISE = ['id', 'created_at', 'updated_at', 'version'];

/** `r_<as>` columns of the lookups of alias r, as lateral-free left joins. */
function joins(t: Audited, r: string): string {
  return t.lookups
    .map((l, i) => `left join lateral (select ${l.value.replaceAll('x.', `x${i}.`)} as ${r}_${l.as} from ${l.table} x${i} where x${i}.id = ${r}.${l.col}) ${r}_l${i} on true`)
    .join(' ');
}

function json(t: Audited, r: string): string {
  const drop = [...NOISE, ...t.lookups.map((l) => l.col)].map((c) => `'${c}'`).join(', ');
  const add = t.lookups.map((l) => `'${l.as}', ${r}_${l.as}`).join(', ');
  return `(to_jsonb(${r}) - array[${drop}]::text[])${add ? ` || jsonb_build_object(${add})` : ''}`;
}

const ACTOR = `v_actor text := nullif(current_setting('qcdc.actor', true), '');
  v_via text := nullif(current_setting('qcdc.via', true), '');`;
const check = (table: string) => `if v_actor is null or v_via is null then
    raise exception using errcode = 'insufficient_privilege',
      message = format('refused: %s on ${table} without an actor — every change is audited; write through the gateway (withActor sets qcdc.actor and qcdc.via)', tg_op);
  end if;`;

function triggers(t: Audited): string[] {
  const f = `qcdc_audit_${t.table}`;
  // lineage_event_unit has a composite key; the others are keyed by id
  const same = t.table === 'lineage_event_unit' ? 'n.event_id = o.event_id and n.role = o.role and n.position = o.position' : 'n.id = o.id';
  return [
    `create or replace function ${f}_ins() returns trigger language plpgsql as $$
declare ${ACTOR}
begin
  ${check(t.table)}
  insert into audit_entry (actor, via, record_type, record_key, action, after)
  select v_actor, v_via, '${t.type}', ${t.key('n')}, 'CREATE', ${json(t, 'n')} from new_rows n ${joins(t, 'n')};
  return null;
end $$;`,
    `create or replace function ${f}_upd() returns trigger language plpgsql as $$
declare ${ACTOR}
begin
  ${check(t.table)}
  with ch as (
    select ${t.key('n')} as k, ${json(t, 'o')} as b, ${json(t, 'n')} as a, ${t.versioned ? 'o.updated_at = now()' : 'false'} as again
    from old_rows o join new_rows n on ${same} ${joins(t, 'o')} ${joins(t, 'n')}
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
declare ${ACTOR}
begin
  ${check(t.table)}
  insert into audit_entry (actor, via, record_type, record_key, action, before)
  select v_actor, v_via, '${t.type}', ${t.key('o')}, 'DELETE', ${json(t, 'o')} from old_rows o ${joins(t, 'o')};
  return null;
end $$;`,
    `create trigger ${t.table}_audit_ins after insert on ${t.table} referencing new table as new_rows for each statement execute function ${f}_ins();`,
    `create trigger ${t.table}_audit_upd after update on ${t.table} referencing old table as old_rows new table as new_rows for each statement execute function ${f}_upd();`,
    `create trigger ${t.table}_audit_del after delete on ${t.table} referencing old table as old_rows for each statement execute function ${f}_del();`,
    `create trigger ${t.table}_no_truncate before truncate on ${t.table} for each statement execute function qcdc_refuse_truncate();`,
    ...(t.versioned
      ? [
          `alter table ${t.table} add column created_at timestamptz not null default now(), add column updated_at timestamptz not null default now(), add column version int not null default 1;`,
          `create trigger ${t.table}_touch before update on ${t.table} for each row execute function qcdc_touch();`,
        ]
      : []),
  ];
}

export class Migration20261201223000AuditTrail extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table audit_entry (
      id bigserial primary key,
      at timestamptz not null default now(),
      actor text not null,
      via text not null,
      record_type text not null,
      record_key text not null,
      action text not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
      before jsonb null,
      after jsonb null
    );`);
    // a record's history (exact key, or its children by "<key>/" prefix), and time ranges (BRIN: ids and times grow together)
    this.addSql(`create index audit_entry_key_idx on audit_entry (record_key text_pattern_ops);`);
    this.addSql(`create index audit_entry_at_idx on audit_entry using brin (at);`);

    this.addSql(`create or replace function qcdc_audit_refuse() returns trigger language plpgsql as $$
begin
  -- the one allowed update: an audit trigger folding a second change of a row into its own transaction's entry
  if tg_op = 'UPDATE' and pg_trigger_depth() > 1 and old.at = now()
     and (new.id, new.at, new.actor, new.via, new.record_type, new.record_key, new.action, new.before)
         is not distinct from (old.id, old.at, old.actor, old.via, old.record_type, old.record_key, old.action, old.before) then
    return new;
  end if;
  raise exception using errcode = 'insufficient_privilege', message = format('refused: audit entries cannot be changed or deleted (%s on audit_entry)', tg_op);
end $$;`);
    this.addSql(`create trigger audit_entry_no_update before update on audit_entry for each row execute function qcdc_audit_refuse();`);
    this.addSql(`create trigger audit_entry_no_delete before delete on audit_entry for each statement execute function qcdc_audit_refuse();`);
    this.addSql(`create trigger audit_entry_no_truncate before truncate on audit_entry for each statement execute function qcdc_audit_refuse();`);

    this.addSql(`create or replace function qcdc_refuse_truncate() returns trigger language plpgsql as $$
begin
  raise exception using errcode = 'insufficient_privilege', message = format('refused: TRUNCATE on %s would remove records without an audit trail; delete them instead', tg_table_name);
end $$;`);

    // skip updates that change nothing; version + 1 and updated_at = now() once per transaction
    this.addSql(`create or replace function qcdc_touch() returns trigger language plpgsql as $$
begin
  if (to_jsonb(new) - array['created_at', 'updated_at', 'version']) = (to_jsonb(old) - array['created_at', 'updated_at', 'version']) then
    return null;
  end if;
  new.created_at := old.created_at;
  new.version := case when old.updated_at = now() then old.version else old.version + 1 end;
  new.updated_at := now();
  return new;
end $$;`);

    for (const t of AUDITED) for (const s of triggers(t)) this.addSql(s);
  }

  override async down(): Promise<void> {
    for (const t of AUDITED) {
      for (const op of ['ins', 'upd', 'del']) this.addSql(`drop trigger if exists ${t.table}_audit_${op} on ${t.table}; drop function if exists qcdc_audit_${t.table}_${op}();`);
      this.addSql(`drop trigger if exists ${t.table}_no_truncate on ${t.table};`);
      if (t.versioned) this.addSql(`drop trigger if exists ${t.table}_touch on ${t.table}; alter table ${t.table} drop column created_at, drop column updated_at, drop column version;`);
    }
    this.addSql(`drop table if exists audit_entry;`);
    this.addSql(`drop function if exists qcdc_audit_refuse(); drop function if exists qcdc_refuse_truncate(); drop function if exists qcdc_touch();`);
  }
}
