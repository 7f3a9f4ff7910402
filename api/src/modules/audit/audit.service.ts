import { InputProblem } from '../../shared/errors.js';
import { dateArg, ListQuery } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import type { Sql } from '../../shared/sql.js';
import type { WhereColumn } from '../../shared/where.js';
import { whereRecords } from '../../shared/where-list.js';
import type { ReadScope } from '../scope/read-scope.js';
import { CHILDREN, type AuditChange, type AuditEntry, type AuditFilter, type AuditWhere } from './audit.types.js';

/** AuditWhere over the entry `e` (issue 11.3); `at` ranges compare e.at with Vietnam days' bounds (audit_entry_at_idx, BRIN). */
export const AUDIT_COLUMNS: Record<string, WhereColumn> = {
  login: { sql: 'e.actor', type: 'text' },
  via: { sql: 'e.via', type: 'text' },
  recordType: { sql: 'e.record_type', type: 'enum' },
  recordKey: { sql: 'e.record_key', type: 'text' },
  action: { sql: 'e.action', type: 'enum' },
  at: { sql: "(e.at at time zone interval '+07:00')::date", type: 'date', instant: 'e.at' },
};

interface Row {
  id: string;
  at: Date;
  actor: string;
  via: string;
  record_type: AuditEntry['recordType'];
  record_key: string;
  action: AuditEntry['action'];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Fields whose value differs between before and after, in the record's field order. */
export function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange[] {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return fields
    .filter((f) => !same(before?.[f], after?.[f]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

function toEntry(r: Row): AuditEntry {
  const changes = changesOf(r.before, r.after);
  return {
    id: r.id, at: r.at instanceof Date ? r.at : new Date(r.at), login: r.actor, via: r.via, recordType: r.record_type, recordKey: r.record_key,
    action: r.action, before: r.before, after: r.after, changedFields: changes.map((c) => c.field), changes,
  };
}

/** Vietnam has no daylight saving time: a calendar day there is [00:00+07, next day 00:00+07). */
const dayStart = (iso: string) => `${iso} 00:00:00+07`;

/**
 * The units an entry is about, read from its before/after (codes, as users know them): the unit
 * itself, the unit of an inspection, plan, model or lineage link, an award's recipient, and the
 * inspection's unit for findings and recommendations. Both sides count (a record moved into the
 * scope shows its move). Reference data everyone reads (requirements, frameworks) is always
 * visible; sources, teams, lineage events and award decisions are not about one unit and are left
 * out for a scoped reader (fail closed), as are entries whose unit no longer resolves.
 */
const ENTRY_IN_SCOPE = `(e.record_type in ('REQUIREMENT', 'FRAMEWORK') or exists (
  select 1 from unit u where u.id = any(?::int[]) and u.code in (
    select c from (values
      (case e.record_type when 'UNIT' then e.after->>'code' when 'AWARD' then e.after->>'recipient_code'
         when 'INSPECTION' then e.after->>'unit_code' when 'PLAN' then e.after->>'unit_code' when 'MODEL' then e.after->>'unit_code' when 'LINEAGE_LINK' then e.after->>'unit_code' end),
      (case e.record_type when 'UNIT' then e.before->>'code' when 'AWARD' then e.before->>'recipient_code'
         when 'INSPECTION' then e.before->>'unit_code' when 'PLAN' then e.before->>'unit_code' when 'MODEL' then e.before->>'unit_code' when 'LINEAGE_LINK' then e.before->>'unit_code' end)
    ) v(c) where c is not null)
) or (e.record_type in ('FINDING', 'RECOMMENDATION') and exists (
  select 1 from inspection i where i.unit_id = any(?::int[])
    and i.code in (coalesce(e.after->>'inspection_code', ''), coalesce(e.before->>'inspection_code', ''))
)))`;

/** Audit entries, newest first (id order: ids grow with time), one page; the filter is checked first; restricted to the reader's scope in SQL. */
export async function auditLog(sql: Sql, scope: ReadScope, filter: AuditFilter | undefined | null, page: Page, where?: AuditWhere) {
  const q = new ListQuery();
  const visible = await scope.units();
  if (visible) q.where(ENTRY_IN_SCOPE, visible, visible);
  if (filter?.includeChildren && !filter.recordKey) throw new InputProblem('filter.includeChildren', 'needs filter.recordKey (whose children?)');
  if (filter?.recordKey != null) {
    const key = filter.recordKey;
    const prefix = `${escapeLike(key)}/%`;
    if (!filter.includeChildren) {
      q.where('e.record_key = ?', key);
      if (filter.recordType) q.where('e.record_type = ?', filter.recordType);
    } else if (!filter.recordType) {
      q.where(`e.record_key = ? or e.record_key like ? escape '\\'`, key, prefix);
    } else {
      q.where(
        `(e.record_type = ? and e.record_key = ?) or (e.record_type = any(?::text[]) and e.record_key like ? escape '\\')`,
        filter.recordType, key, CHILDREN[filter.recordType] ?? [], prefix,
      );
    }
  } else if (filter?.recordType) {
    q.where('e.record_type = ?', filter.recordType);
  }
  if (filter?.login) q.where('e.actor = ?', filter.login);
  const from = dateArg('filter.from', filter?.from);
  const to = dateArg('filter.to', filter?.to);
  if (from && to && from > to) throw new InputProblem('filter.to', `must not be before filter.from (${from} > ${to})`);
  if (from) q.where('e.at >= ?::timestamptz', dayStart(from));
  if (to) q.where(`e.at < ?::timestamptz + interval '1 day'`, dayStart(to));
  await whereRecords(scope, q, where, AUDIT_COLUMNS);
  const { ids, total } = await q.page(sql, 'audit_entry e', 'e.id', 'e.id desc', page);
  const rows = ids.length ? await sql<Row>('select * from audit_entry where id = any(?::bigint[]) order by id desc', [ids]) : [];
  return { nodes: rows.map(toEntry), total };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
