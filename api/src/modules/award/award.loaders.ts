import type { EntityManager } from '@mikro-orm/postgresql';
import { plainById, plainByParent } from '../../shared/dataloaders.js';
import { AwardDecision } from './award-decision.entity.js';
import { Award } from './award.entity.js';
import { guarded, guardedBySql, guardedList } from '../scope/guards.js';
import type { ReadScope } from '../scope/read-scope.js';


export function awardLoaders(em: EntityManager, scope: ReadScope) {
  return {
    /** A decision is visible when at least one of its recipients is (its other recipients are not: awardsOfDecision). */
    decision: guardedBySql(em, scope, plainById(em, AwardDecision), 'select distinct decision_id as id from award where decision_id = any(?::int[]) and recipient_id = any(?::int[])'),
    award: guarded(scope, plainById(em, Award), (a) => a.recipient.id),
    awardsOfDecision: guardedList(scope, plainByParent(em, Award, 'decision', '(select u.code from unit u where u.id = award.recipient_id)'), (a) => a.recipient.id),
    awardsOfUnit: plainByParent(em, Award, 'recipient', '(select d.date from award_decision d where d.id = award.decision_id), id'),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof awardLoaders> {}
}
