import type { EntityManager } from '@mikro-orm/postgresql';
import { ListQuery, whereDemo, whereUnit, whereYearColumn, type IdPage } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import type { ReadScope } from '../scope/read-scope.js';
import { PlanOrder, type PlanFilter } from './plan.inputs.js';

/** The ids of one page of annual plans, in order, and the total. */
export async function listPlans(em: EntityManager, scope: ReadScope, filter: PlanFilter | undefined, orderBy: PlanOrder | undefined, page: Page): Promise<IdPage> {
  const sql = sqlFor(em);
  const q = new ListQuery();
  whereYearColumn(q, 'p.year', filter?.fromYear, filter?.toYear);
  await whereUnit(scope, q, 'p.unit_id', filter);
  whereDemo(q, 'p.source_id', filter?.demo);
  const unit = '(select u.code from unit u where u.id = p.unit_id)';
  const orders: Record<PlanOrder, string> = {
    [PlanOrder.YEAR_DESC]: `p.year desc, ${unit}`,
    [PlanOrder.YEAR_ASC]: `p.year, ${unit}`,
    [PlanOrder.UNIT]: `${unit}, p.year`,
    [PlanOrder.ISSUED_ON]: `p.issued_on nulls last, ${unit}, p.year`,
  };
  return q.page(sql, 'annual_plan p', 'p.id', orders[orderBy ?? PlanOrder.YEAR_DESC], page);
}
