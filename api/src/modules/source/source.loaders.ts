import type { EntityManager } from '@mikro-orm/postgresql';
import { plainById } from '../../shared/dataloaders.js';
import { SourceDocument } from './source-document.entity.js';

export function sourceLoaders(em: EntityManager) {
  return {
    source: plainById(em, SourceDocument),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof sourceLoaders> {}
}
