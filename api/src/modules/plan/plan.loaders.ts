import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, byParent } from '../../shared/dataloaders.js';
import { AnnualPlan } from './annual-plan.entity.js';

export function planLoaders(em: EntityManager) {
  return {
    plan: byId(em, AnnualPlan),
    plansOfUnit: byParent(em, AnnualPlan, 'unit', { year: 'asc' }),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof planLoaders> {}
}
