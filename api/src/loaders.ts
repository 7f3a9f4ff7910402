import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, Loaders } from './shared/context.js';
import type { MaybeViewer } from './modules/auth/viewer.js';
import { ReadScope } from './modules/scope/read-scope.js';
import { sqlFor } from './shared/sql.js';
import { awardLoaders } from './modules/award/award.loaders.js';
import { inspectionLoaders } from './modules/inspection/inspection.loaders.js';
import { inspectionReviewLoaders } from './modules/inspection/inspection-review.loaders.js';
import { modelLoaders } from './modules/model/model.loaders.js';
import { planLoaders } from './modules/plan/plan.loaders.js';
import { remediationLoaders } from './modules/remediation/remediation.loaders.js';
import { requirementLoaders } from './modules/requirement/requirement.loaders.js';
import { sourceLoaders } from './modules/source/source.loaders.js';
import { unitLoaders } from './modules/unit/unit.loaders.js';

/**
 * Every feature's DataLoaders, fresh for one request (their caches must not outlive it); the
 * record loaders withhold what lies outside the reader's scope (modules/scope/guards.ts).
 */
export function createLoaders(em: EntityManager, scope: ReadScope = new ReadScope(sqlFor(em), null)): Loaders {
  return {
    ...unitLoaders(em, scope),
    ...inspectionLoaders(em, scope),
    ...inspectionReviewLoaders(em),
    ...requirementLoaders(em),
    ...awardLoaders(em, scope),
    ...planLoaders(em, scope),
    ...modelLoaders(em, scope),
    ...sourceLoaders(em),
    ...remediationLoaders(em),
  };
}

/** The context of one GraphQL request: its own EntityManager fork and loaders, and who asks. */
export function createContext(em: EntityManager, viewer: MaybeViewer = null, via: Context['via'] = 'api'): Context {
  const fork = em.fork() as EntityManager;
  const scope = new ReadScope(sqlFor(fork), viewer);
  return { em: fork, loaders: createLoaders(fork, scope), viewer, via, scope };
}
