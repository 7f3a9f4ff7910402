import type { EntityManager } from '@mikro-orm/postgresql';
import { ListQuery, whereDemo, whereSearch, whereUnit, whereYearColumn, type IdPage, type ListStatement } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import type { WhereColumn } from '../../shared/where.js';
import { structureColumns, unitColumns, whereRecords } from '../../shared/where-list.js';
import type { ReadScope } from '../scope/read-scope.js';
import { ModelOrder, type ModelFilter, type ModelWhere } from './model.inputs.js';

/** ModelWhere over `m` (issue 11.3); its unit's code, kind and district compare m.unit_id. */
export const MODEL_COLUMNS: Record<string, WhereColumn> = {
  ...unitColumns('m.unit_id', { code: 'unitCode', kind: 'unitKind', district: 'districtCode' }),
  year: { sql: 'm.year', type: 'int' },
  title: { sql: 'm.title', type: 'text' },
  field: { sql: 'm.field', type: 'text' },
  level: { sql: 'm.level', type: 'text' },
};

/** The ids of one page of "Dân vận khéo" models, in order, and the total. */
export async function listModels(
  em: EntityManager, scope: ReadScope, filter: ModelFilter | undefined, orderBy: ModelOrder | undefined, page: Page, where?: ModelWhere,
): Promise<IdPage> {
  const s = await modelStatement(scope, filter, orderBy ?? ModelOrder.YEAR_DESC, where);
  return s.q.page(sqlFor(em), s.from, s.id, s.orderBy, page);
}

/** The statement of the model list before paging (also Unit.models with arguments). */
export async function modelStatement(scope: ReadScope, filter: ModelFilter | undefined, orderBy: ModelOrder, where?: ModelWhere): Promise<ListStatement> {
  const q = new ListQuery();
  whereYearColumn(q, 'm.year', filter?.fromYear, filter?.toYear);
  await whereUnit(scope, q, 'm.unit_id', filter);
  whereDemo(q, 'm.source_id', filter?.demo);
  if (filter?.field) q.where('m.field = ?', filter.field);
  if (filter?.level) q.where('m.level = ?', filter.level);
  whereSearch(q, ['m.title'], filter?.search);
  await whereRecords(scope, q, where, await structureColumns(scope, MODEL_COLUMNS, 'm.unit_id', filter?.structure));
  const unit = '(select u.code from unit u where u.id = m.unit_id)';
  const orders: Record<ModelOrder, string> = {
    [ModelOrder.YEAR_DESC]: `m.year desc, ${unit}, m.title`,
    [ModelOrder.YEAR_ASC]: `m.year, ${unit}, m.title`,
    [ModelOrder.UNIT]: `${unit}, m.year, m.title`,
    [ModelOrder.TITLE]: 'm.title collate "und-x-icu", m.id',
  };
  return { q, from: 'model m', id: 'm.id', orderBy: orders[orderBy], unitId: 'm.unit_id' };
}
