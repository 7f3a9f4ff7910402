import type { EntityManager } from '@mikro-orm/postgresql';
import { plainById, plainByParent } from '../../shared/dataloaders.js';
import { AnnualPlan } from './annual-plan.entity.js';
import { guarded } from '../scope/guards.js';
import type { ReadScope } from '../scope/read-scope.js';


export function planLoaders(em: EntityManager, scope: ReadScope) {
  return {
    plan: guarded(scope, plainById(em, AnnualPlan), (p) => p.unit.id),
    plansOfUnit: plainByParent(em, AnnualPlan, 'unit', 'year'),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof planLoaders> {}
}
