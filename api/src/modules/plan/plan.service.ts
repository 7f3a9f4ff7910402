import type { EntityManager } from '@mikro-orm/postgresql';
import { ListQuery, whereDemo, whereUnit, whereYearColumn, type IdPage, type ListStatement } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import type { WhereColumn } from '../../shared/where.js';
import { structureColumns, unitColumns, whereRecords } from '../../shared/where-list.js';
import type { ReadScope } from '../scope/read-scope.js';
import { PlanOrder, type PlanFilter, type PlanWhere } from './plan.inputs.js';

/** PlanWhere over `p` (issue 11.3); its unit's code, kind and district compare p.unit_id. */
export const PLAN_COLUMNS: Record<string, WhereColumn> = {
  ...unitColumns('p.unit_id', { code: 'unitCode', kind: 'unitKind', district: 'districtCode' }),
  year: { sql: 'p.year', type: 'int' },
  issuedOn: { sql: 'p.issued_on', type: 'date' },
  documentNumber: { sql: 'p.document_number', type: 'text' },
};

/** The ids of one page of annual plans, in order, and the total. */
export async function listPlans(
  em: EntityManager, scope: ReadScope, filter: PlanFilter | undefined, orderBy: PlanOrder | undefined, page: Page, where?: PlanWhere,
): Promise<IdPage> {
  const s = await planStatement(scope, filter, orderBy ?? PlanOrder.YEAR_DESC, where);
  return s.q.page(sqlFor(em), s.from, s.id, s.orderBy, page);
}

/** The statement of the plan list before paging (also Unit.plans with arguments). */
export async function planStatement(scope: ReadScope, filter: PlanFilter | undefined, orderBy: PlanOrder, where?: PlanWhere): Promise<ListStatement> {
  const q = new ListQuery();
  whereYearColumn(q, 'p.year', filter?.fromYear, filter?.toYear);
  await whereUnit(scope, q, 'p.unit_id', filter);
  whereDemo(q, 'p.source_id', filter?.demo);
  await whereRecords(scope, q, where, await structureColumns(scope, PLAN_COLUMNS, 'p.unit_id', filter?.structure));
  const unit = '(select u.code from unit u where u.id = p.unit_id)';
  const orders: Record<PlanOrder, string> = {
    [PlanOrder.YEAR_DESC]: `p.year desc, ${unit}`,
    [PlanOrder.YEAR_ASC]: `p.year, ${unit}`,
    [PlanOrder.UNIT]: `${unit}, p.year`,
    [PlanOrder.ISSUED_ON]: `p.issued_on nulls last, ${unit}, p.year`,
  };
  return { q, from: 'annual_plan p', id: 'p.id', orderBy: orders[orderBy], unitId: 'p.unit_id' };
}
