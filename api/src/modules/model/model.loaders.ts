import type { EntityManager } from '@mikro-orm/postgresql';
import { plainById, plainByParent } from '../../shared/dataloaders.js';
import { Model } from './model.entity.js';
import { guarded } from '../scope/guards.js';
import type { ReadScope } from '../scope/read-scope.js';


export function modelLoaders(em: EntityManager, scope: ReadScope) {
  return {
    model: guarded(scope, plainById(em, Model), (m) => m.unit.id),
    modelsOfUnit: plainByParent(em, Model, 'unit', 'year, title'),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof modelLoaders> {}
}
