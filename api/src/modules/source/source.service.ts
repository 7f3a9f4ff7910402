import type { EntityManager } from '@mikro-orm/postgresql';
import { ListQuery, whereSearch, type IdPage } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { SourceOrder, type SourceFilter } from './source.inputs.js';

/** The ids of one page of source documents, in order, and the total. */
export async function listSources(em: EntityManager, filter: SourceFilter | undefined, orderBy: SourceOrder | undefined, page: Page): Promise<IdPage> {
  const q = new ListQuery();
  if (filter?.kinds?.length) q.where('s.kind = any(?::text[])', filter.kinds);
  whereSearch(q, ['s.title', 's.publisher'], filter?.search);
  const orders: Record<SourceOrder, string> = {
    [SourceOrder.PUBLISHED_DESC]: 's.published_on desc nulls last, s.title collate "und-x-icu", s.id',
    [SourceOrder.TITLE]: 's.title collate "und-x-icu", s.id',
    [SourceOrder.KIND]: 's.kind, s.title collate "und-x-icu", s.id',
  };
  return q.page(sqlFor(em), 'source_document s', 's.id', orders[orderBy ?? SourceOrder.PUBLISHED_DESC], page);
}
