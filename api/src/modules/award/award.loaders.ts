import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, byParent } from '../../shared/dataloaders.js';
import { AwardDecision } from './award-decision.entity.js';
import { Award } from './award.entity.js';

export function awardLoaders(em: EntityManager) {
  return {
    decision: byId(em, AwardDecision),
    award: byId(em, Award),
    awardsOfDecision: byParent(em, Award, 'decision', { recipient: { code: 'asc' } }),
    awardsOfUnit: byParent(em, Award, 'recipient', { decision: { date: 'asc' }, id: 'asc' }),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof awardLoaders> {}
}
