import type { EntityManager } from '@mikro-orm/postgresql';
import type { AwardKind } from '../../shared/enums.js';
import { InputProblem } from '../../shared/errors.js';
import { ListQuery, whereDemo, whereSearch, whereUnit, type IdPage, type ListStatement } from '../../shared/list.js';
import type { Page } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import type { WhereColumn } from '../../shared/where.js';
import { structureColumns, unitColumns, whereRecords } from '../../shared/where-list.js';
import type { ReadScope } from '../scope/read-scope.js';
import { DECISION_IN_YEARS, decisionInYearsParams, PERIOD_LABEL } from './award.record.js';
import { AwardDecisionOrder, AwardOrder, type AwardDecisionFilter, type AwardDecisionWhere, type AwardFilter, type AwardWhere } from './award.inputs.js';

/** AwardDecisionWhere over the decision `d` (issue 11.3). */
export const DECISION_COLUMNS: Record<string, WhereColumn> = {
  number: { sql: 'd.number', type: 'text' },
  date: { sql: 'd.date', type: 'date' },
  issuer: { sql: 'd.issuer', type: 'text' },
  kind: { sql: 'd.kind', type: 'enum' },
  periodFrom: { sql: 'd.period_from', type: 'int' },
  periodTo: { sql: 'd.period_to', type: 'int' },
};

/** AwardWhere over the award `a` and its decision `d`; the recipient's code, kind and district compare a.recipient_id. */
export const AWARD_COLUMNS: Record<string, WhereColumn> = {
  ...unitColumns('a.recipient_id', { code: 'unitCode', kind: 'unitKind', district: 'districtCode' }),
  decisionNumber: DECISION_COLUMNS.number,
  decisionDate: DECISION_COLUMNS.date,
  issuer: DECISION_COLUMNS.issuer,
  kind: DECISION_COLUMNS.kind,
  periodFrom: DECISION_COLUMNS.periodFrom,
  periodTo: DECISION_COLUMNS.periodTo,
  citation: { sql: 'a.citation', type: 'text' },
};

/**
 * A period as SPEC §4 labels it, "<from>-<to>" with an ASCII hyphen: an en or em dash (as people
 * and the explorer write "2015–2020") and spaces around it are accepted; anything else is refused
 * rather than matching nothing.
 */
export function periodLabel(period: string): string {
  const m = /^\s*(\d{4})\s*[-‐‑‒–—]\s*(\d{4})\s*$/.exec(period);
  if (!m) throw new InputProblem('filter.period', `"${period}" is not a period (giai đoạn); write it as years from-to, e.g. "2015-2020"`);
  if (m[1] > m[2]) throw new InputProblem('filter.period', `"${period}": the period ends before it starts`);
  return `${m[1]}-${m[2]}`;
}

/** Conditions on the decision `d` shared by both lists. */
function whereDecision(q: ListQuery, f: { fromYear?: number; toYear?: number; period?: string; kinds?: AwardKind[]; issuer?: string } | undefined): void {
  if (!f) return;
  if (f.fromYear != null || f.toYear != null) {
    const from = f.fromYear ?? 1900;
    const to = f.toYear ?? 2200;
    if (from > to) throw new InputProblem('filter.toYear', `must not be before fromYear (${from} > ${to})`);
    q.where(DECISION_IN_YEARS, ...decisionInYearsParams(from, to));
  }
  if (f.period) q.where(`${PERIOD_LABEL} = ?`, periodLabel(f.period));
  if (f.kinds?.length) q.where('d.kind = any(?::text[])', f.kinds);
  whereSearch(q, ['d.issuer'], f.issuer);
}

/** The ids of one page of awards (one per recipient of a decision), in order, and the total. */
export async function listAwards(
  em: EntityManager, scope: ReadScope, filter: AwardFilter | undefined, orderBy: AwardOrder | undefined, page: Page, where?: AwardWhere,
): Promise<IdPage> {
  const s = await awardStatement(scope, filter, orderBy, where);
  return s.q.page(sqlFor(em), s.from, s.id, s.orderBy, page);
}

/** The statement of the award list before paging (also history.awards with arguments). */
export async function awardStatement(scope: ReadScope, filter: AwardFilter | undefined, orderBy: AwardOrder | undefined, where?: AwardWhere): Promise<ListStatement> {
  const q = new ListQuery();
  whereDecision(q, filter);
  await whereUnit(scope, q, 'a.recipient_id', filter);
  if (filter?.recipientCode) q.where('a.recipient_id = ?', (await scope.unitIds({ 'filter.recipientCode': filter.recipientCode }))['filter.recipientCode']);
  whereDemo(q, 'a.source_id', filter?.demo);
  await whereRecords(scope, q, where, await structureColumns(scope, AWARD_COLUMNS, 'a.recipient_id', filter?.structure));
  const recipient = '(select u.code from unit u where u.id = a.recipient_id)';
  const orders: Record<AwardOrder, string> = {
    [AwardOrder.DATE_ASC]: `d.date nulls last, d.id, ${recipient}`,
    [AwardOrder.DATE_DESC]: `d.date desc nulls last, d.id, ${recipient}`,
    [AwardOrder.RECIPIENT]: `${recipient}, d.date nulls last, d.id`,
  };
  return { q, from: 'award a join award_decision d on d.id = a.decision_id', id: 'a.id', orderBy: orders[orderBy ?? AwardOrder.DATE_ASC], unitId: 'a.recipient_id' };
}

/** The ids of one page of award decisions, in order, and the total. */
export async function listAwardDecisions(
  em: EntityManager, scope: ReadScope, filter: AwardDecisionFilter | undefined, orderBy: AwardDecisionOrder | undefined, page: Page, where?: AwardDecisionWhere,
): Promise<IdPage> {
  const sql = sqlFor(em);
  const q = new ListQuery();
  whereDecision(q, filter);
  // a decision is visible to a scoped reader when one of its recipients is (the others are not: awardsOfDecision)
  const visible = await scope.units();
  if (visible) q.where('exists (select 1 from award a where a.decision_id = d.id and a.recipient_id = any(?::int[]))', visible);
  if (filter?.recipientCode) {
    const ids = await scope.unitIds({ 'filter.recipientCode': filter.recipientCode });
    q.where('exists (select 1 from award a where a.decision_id = d.id and a.recipient_id = ?)', ids['filter.recipientCode']);
  }
  whereDemo(q, 'd.source_id', filter?.demo);
  await whereRecords(scope, q, where, DECISION_COLUMNS);
  const orders: Record<AwardDecisionOrder, string> = {
    [AwardDecisionOrder.DATE_ASC]: 'd.date nulls last, d.id',
    [AwardDecisionOrder.DATE_DESC]: 'd.date desc nulls last, d.id',
    [AwardDecisionOrder.PERIOD]: 'd.period_from nulls last, d.period_to, d.date nulls last, d.id',
  };
  return q.page(sql, 'award_decision d', 'd.id', orders[orderBy ?? AwardDecisionOrder.DATE_ASC], page);
}
