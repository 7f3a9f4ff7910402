import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AwardDecision } from '../modules/award/award-decision.entity.js';
import { Award } from '../modules/award/award.entity.js';
import { Finding } from '../modules/inspection/finding.entity.js';
import { InspectionTeam } from '../modules/inspection/inspection-team.entity.js';
import { Inspection } from '../modules/inspection/inspection.entity.js';
import { Recommendation } from '../modules/inspection/recommendation.entity.js';
import { Framework } from '../modules/requirement/framework.entity.js';
import { Requirement } from '../modules/requirement/requirement.entity.js';
import { SourceDocument } from '../modules/source/source-document.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';

type EntityClass<T> = { new (...args: never[]): T };

/** Loads entities by id in one query per batch (DataLoader collects the ids of one tick). */
function byId<T extends { id: number }>(em: EntityManager, cls: EntityClass<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = (await em.find(cls as never, { id: { $in: [...ids] } } as never)) as T[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Loads the children of many parents in one query, grouped by the foreign key. */
function byParent<T>(em: EntityManager, cls: EntityClass<T>, fk: string, orderBy: Record<string, 'asc' | 'desc'>) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = (await em.find(cls as never, { [fk]: { $in: [...ids] } } as never, { orderBy: orderBy as never })) as T[];
    const groups = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) groups.get(((r as Record<string, unknown>)[fk] as { id: number }).id)?.push(r);
    return ids.map((id) => groups.get(id)!);
  });
}

export function createLoaders(em: EntityManager) {
  return {
    unit: byId(em, Unit),
    team: byId(em, InspectionTeam),
    source: byId(em, SourceDocument),
    requirement: byId(em, Requirement),
    framework: byId(em, Framework),
    inspection: byId(em, Inspection),
    decision: byId(em, AwardDecision),
    unitChildren: byParent(em, Unit, 'parent', { code: 'asc' }),
    findings: byParent(em, Finding, 'inspection', { id: 'asc' }),
    recommendations: byParent(em, Recommendation, 'inspection', { seq: 'asc' }),
    awardsOfDecision: byParent(em, Award, 'decision', { id: 'asc' }),
    inspectionsOfUnit: byParent(em, Inspection, 'unit', { date: 'asc', code: 'asc' }),
  };
}

export interface Context {
  /** A fork per request: no identity map shared between requests (the API stays stateless). */
  em: EntityManager;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(em: EntityManager): Context {
  const fork = em.fork() as EntityManager;
  return { em: fork, loaders: createLoaders(fork) };
}

/** Id of a many-to-one reference without loading it. */
export const refId = (ref: { id: number } | null | undefined): number | null => (ref ? ref.id : null);
