import { InputProblem } from '../../shared/errors.js';
import { dateArg, ListQuery } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import type { Sql } from '../../shared/sql.js';
import { CHILDREN, type AuditChange, type AuditEntry, type AuditFilter } from './audit.types.js';

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

/** Audit entries, newest first (id order: ids grow with time), one page; the filter is checked first. */
export async function auditLog(sql: Sql, filter: AuditFilter | undefined | null, page: Page) {
  const q = new ListQuery();
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
  const { ids, total } = await q.page(sql, 'audit_entry e', 'e.id', 'e.id desc', page);
  const rows = ids.length ? await sql<Row>('select * from audit_entry where id = any(?::bigint[]) order by id desc', [ids]) : [];
  return { nodes: rows.map(toEntry), total };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
