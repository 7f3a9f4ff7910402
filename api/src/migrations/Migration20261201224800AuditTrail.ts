import { Migration } from '@mikro-orm/migrations';
import { auditTriggerSql, ref, type AuditedTable, type AuditLookup } from '../modules/audit/triggers.js';

/**
 * Audit trail (SPEC §6.4), timestamps and versions. Written by triggers, so every change, whatever
 * its path, is audited in its own transaction and nothing can bypass it:
 * - every write to a record table needs `qcdc.actor` and `qcdc.via` set in its transaction
 *   (`withActor`, modules/audit/actor.ts); without them the statement is refused;
 * - statement-level AFTER triggers with transition tables append one audit_entry per changed row
 *   in one INSERT…SELECT per statement (row-level plpgsql would be too slow for imports);
 * - before/after hold the record's columns by name, foreign ids replaced by codes, without
 *   id/created_at/updated_at/version (SQL in modules/audit/triggers.ts; a migration that changes a
 *   record table's columns re-creates its functions with auditTriggerSql — a test fails until it does);
 * - a BEFORE UPDATE row trigger skips updates that change nothing, and bumps version and updated_at
 *   at most once per transaction (a row created and then linked in one import stays version 1);
 * - a second change of a row in the same transaction folds into that transaction's entry (its
 *   `after`), so one import writes one entry per record;
 * - audit_entry refuses UPDATE (except that fold), DELETE and TRUNCATE; record tables refuse TRUNCATE.
 * Bulk loads that run with session_replication_role = replica (bench generator, superusers only) fire no triggers.
 */

const source: AuditLookup = { col: 'source_id', table: 'source_document', value: `x.kind || ': ' || x.title`, as: 'source' };
const decisionKey = (x: string) =>
  `coalesce(${x}.number, '') || '|' || coalesce(${x}.date::text, '') || '|' || ${x}.issuer || '|' || ${x}.kind || '|' || coalesce(${x}.period_from::text, '') || '|' || coalesce(${x}.period_to::text, '')`;
const id = ['id'];

/**
 * The record tables as of this migration, and each record's key as users know it (audit_entry.record_key):
 * SOURCE kind/title[/url] · UNIT code · LINEAGE_EVENT its natural key (date|type|from|to|decision) ·
 * LINEAGE_LINK <event key>/<FROM|TO>/<position> · FRAMEWORK, REQUIREMENT, INSPECTION code · TEAM name ·
 * FINDING <inspection code>/<requirement code> · RECOMMENDATION <inspection code>/<seq> ·
 * AWARD_DECISION number|date|issuer|kind|period_from|period_to · AWARD <recipient code>/<decision key> ·
 * PLAN <unit code>/<year> · MODEL <unit code>/<year>/<title>. A child's key starts with "<parent key>/"
 * (unit: plans, models, awards; inspection: findings, recommendations), so a record's history with its
 * children is one prefix range.
 */
export const AUDITED: AuditedTable[] = [
  { table: 'source_document', type: 'SOURCE', versioned: true, pk: id, columns: ['kind', 'title', 'url', 'publisher', 'published_on'], lookups: [], key: (r) => `${r}.kind || '/' || ${r}.title || coalesce('/' || ${r}.url, '')` },
  {
    table: 'unit', type: 'UNIT', versioned: true, pk: id, columns: ['code', 'name', 'name_en', 'kind', 'valid_from', 'valid_to'],
    lookups: [{ col: 'parent_id', table: 'unit', value: 'x.code', as: 'parent_code' }, source], key: (r) => `${r}.code`,
  },
  { table: 'lineage_event', type: 'LINEAGE_EVENT', versioned: true, pk: id, columns: ['date', 'type', 'decision', 'note'], lookups: [source], key: (r) => `${r}.natural_key` },
  {
    table: 'lineage_event_unit', type: 'LINEAGE_LINK', versioned: false, pk: ['event_id', 'role', 'position'], columns: ['role', 'position'],
    lookups: [{ col: 'event_id', table: 'lineage_event', value: 'x.natural_key', as: 'event' }, { col: 'unit_id', table: 'unit', value: 'x.code', as: 'unit_code' }],
    key: (r) => `${ref(r, 'event', 'event_id')} || '/' || ${r}.role || '/' || ${r}.position`,
  },
  { table: 'framework', type: 'FRAMEWORK', versioned: true, pk: id, columns: ['code', 'title'], lookups: [source], key: (r) => `${r}.code` },
  {
    table: 'requirement', type: 'REQUIREMENT', versioned: true, pk: id, columns: ['code', 'title', 'title_en', 'category', 'valid_from', 'valid_to'],
    lookups: [{ col: 'framework_id', table: 'framework', value: 'x.code', as: 'framework_code' }, source], key: (r) => `${r}.code`,
  },
  { table: 'inspection_team', type: 'TEAM', versioned: true, pk: id, columns: ['name', 'committee', 'leader', 'members'], lookups: [], key: (r) => `${r}.name` },
  {
    table: 'inspection', type: 'INSPECTION', versioned: true, pk: id, columns: ['code', 'date', 'leader', 'kind', 'rating', 'conclusion'],
    lookups: [{ col: 'unit_id', table: 'unit', value: 'x.code', as: 'unit_code' }, { col: 'team_id', table: 'inspection_team', value: 'x.name', as: 'team' }, source],
    key: (r) => `${r}.code`,
  },
  {
    table: 'finding', type: 'FINDING', versioned: true, pk: id, columns: ['result', 'note'],
    lookups: [{ col: 'inspection_id', table: 'inspection', value: 'x.code', as: 'inspection_code' }, { col: 'requirement_id', table: 'requirement', value: 'x.code', as: 'requirement_code' }],
    key: (r) => `${ref(r, 'inspection_code', 'inspection_id')} || '/' || ${ref(r, 'requirement_code', 'requirement_id')}`,
  },
  {
    table: 'recommendation', type: 'RECOMMENDATION', versioned: true, pk: id, columns: ['seq', 'text', 'due_date', 'status', 'resolved_on'],
    lookups: [{ col: 'inspection_id', table: 'inspection', value: 'x.code', as: 'inspection_code' }],
    key: (r) => `${ref(r, 'inspection_code', 'inspection_id')} || '/' || ${r}.seq`,
  },
  {
    table: 'award_decision', type: 'AWARD_DECISION', versioned: true, pk: id, columns: ['number', 'date', 'issuer', 'kind', 'period_from', 'period_to'],
    lookups: [source], key: (r) => decisionKey(r),
  },
  {
    table: 'award', type: 'AWARD', versioned: true, pk: id, columns: ['citation'],
    lookups: [{ col: 'decision_id', table: 'award_decision', value: decisionKey('x'), as: 'decision' }, { col: 'recipient_id', table: 'unit', value: 'x.code', as: 'recipient_code' }, source],
    key: (r) => `${ref(r, 'recipient_code', 'recipient_id')} || '/' || ${ref(r, 'decision', 'decision_id')}`,
  },
  {
    table: 'annual_plan', type: 'PLAN', versioned: true, pk: id, columns: ['year', 'issued_on', 'document_number'],
    lookups: [{ col: 'unit_id', table: 'unit', value: 'x.code', as: 'unit_code' }, source],
    key: (r) => `${ref(r, 'unit_code', 'unit_id')} || '/' || ${r}.year`,
  },
  {
    table: 'model', type: 'MODEL', versioned: true, pk: id, columns: ['year', 'title', 'field', 'level'],
    lookups: [{ col: 'unit_id', table: 'unit', value: 'x.code', as: 'unit_code' }, source],
    key: (r) => `${ref(r, 'unit_code', 'unit_id')} || '/' || ${r}.year || '/' || ${r}.title`,
  },
];

export class Migration20261201224800AuditTrail extends Migration {
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

    for (const t of AUDITED) {
      if (t.versioned) {
        this.addSql(`alter table ${t.table} add column created_at timestamptz not null default now(), add column updated_at timestamptz not null default now(), add column version int not null default 1;`);
        this.addSql(`create trigger ${t.table}_touch before update on ${t.table} for each row execute function qcdc_touch();`);
      }
      for (const s of auditTriggerSql(t)) this.addSql(s);
    }
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
