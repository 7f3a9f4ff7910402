import type { EntityManager } from '@mikro-orm/postgresql';
import { ListQuery, whereSearch, type IdPage } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import type { WhereColumn } from '../../shared/where.js';
import { whereRecords } from '../../shared/where-list.js';
import type { ReadScope } from '../scope/read-scope.js';
import { SourceOrder, type SourceFilter, type SourceWhere } from './source.inputs.js';

/** SourceWhere over the source document `s` (issue 11.3). */
export const SOURCE_COLUMNS: Record<string, WhereColumn> = {
  kind: { sql: 's.kind', type: 'enum' },
  title: { sql: 's.title', type: 'text' },
  publisher: { sql: 's.publisher', type: 'text' },
  url: { sql: 's.url', type: 'text' },
  publishedOn: { sql: 's.published_on', type: 'date' },
};

/**
 * For a scoped reader, the sources of records in scope and of the reference data everyone reads
 * (requirements, frameworks): a report about a district outside is not listed. One `?` per table.
 */
const SOURCE_IN_SCOPE_TABLES = [
  'select 1 from unit x where x.source_id = s.id and x.id = any(?::int[])',
  'select 1 from inspection x where x.source_id = s.id and x.unit_id = any(?::int[])',
  'select 1 from award x where x.source_id = s.id and x.recipient_id = any(?::int[])',
  'select 1 from award_decision x join award a on a.decision_id = x.id where x.source_id = s.id and a.recipient_id = any(?::int[])',
  'select 1 from annual_plan x where x.source_id = s.id and x.unit_id = any(?::int[])',
  'select 1 from model x where x.source_id = s.id and x.unit_id = any(?::int[])',
  'select 1 from lineage_event x join lineage_event_unit lu on lu.event_id = x.id where x.source_id = s.id and lu.unit_id = any(?::int[])',
];
const SOURCE_IN_SCOPE = [
  ...SOURCE_IN_SCOPE_TABLES,
  'select 1 from requirement x where x.source_id = s.id',
  'select 1 from framework x where x.source_id = s.id',
].map((t) => `exists (${t})`).join(' or ');

/** The ids of one page of source documents, in order, and the total. */
export async function listSources(
  em: EntityManager, scope: ReadScope, filter: SourceFilter | undefined, orderBy: SourceOrder | undefined, page: Page, where?: SourceWhere,
): Promise<IdPage> {
  const q = new ListQuery();
  const visible = await scope.units();
  if (visible) q.where(SOURCE_IN_SCOPE, ...SOURCE_IN_SCOPE_TABLES.map(() => visible));
  if (filter?.kinds?.length) q.where('s.kind = any(?::text[])', filter.kinds);
  whereSearch(q, ['s.title', 's.publisher'], filter?.search);
  await whereRecords(scope, q, where, SOURCE_COLUMNS);
  const orders: Record<SourceOrder, string> = {
    [SourceOrder.PUBLISHED_DESC]: 's.published_on desc nulls last, s.title collate "und-x-icu", s.id',
    [SourceOrder.TITLE]: 's.title collate "und-x-icu", s.id',
    [SourceOrder.KIND]: 's.kind, s.title collate "und-x-icu", s.id',
  };
  return q.page(sqlFor(em), 'source_document s', 's.id', orders[orderBy ?? SourceOrder.PUBLISHED_DESC], page);
}
