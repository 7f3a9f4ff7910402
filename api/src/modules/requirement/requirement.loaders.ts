import type { EntityManager } from '@mikro-orm/postgresql';
import { plainById, plainByParent } from '../../shared/dataloaders.js';
import { Framework } from './framework.entity.js';
import { Requirement } from './requirement.entity.js';

export function requirementLoaders(em: EntityManager) {
  return {
    requirement: plainById(em, Requirement),
    framework: plainById(em, Framework),
    requirementsOfFramework: plainByParent(em, Requirement, 'framework', 'code'),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof requirementLoaders> {}
}
