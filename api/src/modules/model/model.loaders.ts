import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, byParent } from '../../shared/dataloaders.js';
import { Model } from './model.entity.js';

export function modelLoaders(em: EntityManager) {
  return {
    model: byId(em, Model),
    modelsOfUnit: byParent(em, Model, 'unit', { year: 'asc', title: 'asc' }),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof modelLoaders> {}
}
