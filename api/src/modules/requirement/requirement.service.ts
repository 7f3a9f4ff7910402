import type { EntityManager } from '@mikro-orm/postgresql';
import { InputProblem } from '../../shared/errors.js';
import { dateArg, ListQuery, whereDemo, whereSearch, type IdPage } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { activeOn } from '../../shared/validity.js';
import type { WhereColumn, WhereField } from '../../shared/where.js';
import { whereRecords } from '../../shared/where-list.js';
import type { ReadScope } from '../scope/read-scope.js';
import { RequirementOrder, type FrameworkWhere, type RequirementFilter, type RequirementWhere } from './requirement.inputs.js';

/** RequirementWhere over `r` (issue 11.3); the framework code is looked up and compares r.framework_id. */
export const REQUIREMENT_COLUMNS: Record<string, WhereColumn> = {
  code: { sql: 'r.code', type: 'text' },
  title: { sql: 'r.title', type: 'text' },
  titleEn: { sql: 'r.title_en', type: 'text' },
  category: { sql: 'r.category', type: 'enum' },
  frameworkCode: { sql: '(select wf.code from framework wf where wf.id = r.framework_id)', type: 'text', names: 'framework', member: 'r.framework_id = any(?::int[])' },
  validFrom: { sql: 'r.valid_from', type: 'date' },
  validTo: { sql: 'r.valid_to', type: 'date' },
};

/** The ids of one page of requirements, in order, and the total. */
export async function listRequirements(
  em: EntityManager, scope: ReadScope, filter: RequirementFilter | undefined, orderBy: RequirementOrder | undefined, page: Page, where?: RequirementWhere,
): Promise<IdPage> {
  const sql = sqlFor(em);
  const q = new ListQuery();
  if (filter?.frameworkCode) {
    const [f] = await sql<{ id: number }>('select id from framework where code = ?', [filter.frameworkCode]);
    if (!f) throw new InputProblem('filter.frameworkCode', `unknown framework code "${filter.frameworkCode}"`);
    q.where('r.framework_id = ?', f.id);
  }
  if (filter?.categories?.length) q.where('r.category = any(?::text[])', filter.categories);
  const on = dateArg('filter.validOn', filter?.validOn);
  if (on) q.where(activeOn('r', '?::date'), on, on);
  whereSearch(q, ['r.code', 'r.title', 'r.title_en'], filter?.search);
  whereDemo(q, 'r.source_id', filter?.demo);
  await whereRecords(scope, q, where, REQUIREMENT_COLUMNS);
  const orders: Record<RequirementOrder, string> = {
    [RequirementOrder.CODE]: 'r.code',
    [RequirementOrder.CATEGORY]: 'r.category, r.code',
    [RequirementOrder.VALID_FROM]: 'r.valid_from nulls first, r.code',
  };
  return q.page(sql, 'requirement r', 'r.id', orders[orderBy ?? RequirementOrder.CODE], page);
}

/** FrameworkWhere over the framework `f`; its requirements are a WhereRelation over `r` (REQUIREMENT_COLUMNS). */
export const FRAMEWORK_COLUMNS: Record<string, WhereField> = {
  code: { sql: 'f.code', type: 'text' },
  title: { sql: 'f.title', type: 'text' },
  requirements: { relation: true, from: 'requirement r', on: 'r.framework_id = f.id', columns: REQUIREMENT_COLUMNS },
};

/** The ids of one page of frameworks (legal bases), by code. */
export async function listFrameworks(em: EntityManager, scope: ReadScope, page: Page, where?: FrameworkWhere): Promise<IdPage> {
  const q = new ListQuery();
  await whereRecords(scope, q, where, FRAMEWORK_COLUMNS);
  return q.page(sqlFor(em), 'framework f', 'f.id', 'f.code', page);
}
