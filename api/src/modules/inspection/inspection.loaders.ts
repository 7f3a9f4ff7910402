import type { EntityManager } from '@mikro-orm/postgresql';
import { plainById, plainByParent } from '../../shared/dataloaders.js';
import { Finding } from './finding.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { Inspection } from './inspection.entity.js';
import { Recommendation } from './recommendation.entity.js';
import DataLoader from 'dataloader';
import { sqlFor } from '../../shared/sql.js';
import { guarded, guardedBySql } from '../scope/guards.js';
import type { ReadScope } from '../scope/read-scope.js';

/**
 * Inspections the viewer may not read by status (ReadScope.inspectionCondition: a draft is its
 * author's, a submitted one also the reviewers') become null, or leave a list; an ADMIN's loaders
 * are the plain ones.
 */
function byStatus<K>(scope: ReadScope, loader: DataLoader<K, Inspection | null>): DataLoader<K, Inspection | null> {
  if (!scope.inspectionCondition('i')) return loader;
  return new DataLoader<K, Inspection | null>(async (keys) =>
    (await loader.loadMany(keys)).map((v) => {
      if (v instanceof Error) throw v;
      return v && scope.seesInspection(v) ? v : null;
    }),
  );
}
function listByStatus<K>(scope: ReadScope, loader: DataLoader<K, Inspection[]>): DataLoader<K, Inspection[]> {
  if (!scope.inspectionCondition('i')) return loader;
  return new DataLoader<K, Inspection[]>(async (keys) =>
    (await loader.loadMany(keys)).map((l) => {
      if (l instanceof Error) throw l;
      return l.filter((v) => scope.seesInspection(v));
    }),
  );
}

export function inspectionLoaders(em: EntityManager, scope: ReadScope) {
  return {
    inspection: byStatus(scope, guarded(scope, plainById(em, Inspection), (i) => i.unit.id)),
    inspectionsOfUnit: listByStatus(scope, plainByParent(em, Inspection, 'unit', 'date, code')),
    team: plainById(em, InspectionTeam),
    /** Number of inspections made by each team (for a scoped reader: of units in scope). */
    teamInspectionCount: new DataLoader<number, number>(async (keys) => {
      const visible = await scope.units();
      const status = scope.inspectionCondition('i');
      const rows = await sqlFor(em)<{ key: number; n: number }>(
        `select team_id as key, count(*)::int as n from inspection i where team_id = any(?::int[]) and (?::int[] is null or unit_id = any(?::int[]))${status ? ` and ${status.sql}` : ''} group by team_id`,
        [[...keys], visible, visible, ...(status?.params ?? [])],
      );
      const n = new Map(rows.map((r) => [r.key, r.n]));
      return keys.map((k) => n.get(k) ?? 0);
    }),
    finding: guardedBySql(em, scope, plainById(em, Finding), 'select f.id from finding f join inspection i on i.id = f.inspection_id where f.id = any(?::int[]) and i.unit_id = any(?::int[])'),
    findings: plainByParent(em, Finding, 'inspection', 'id'),
    recommendation: guardedBySql(em, scope, plainById(em, Recommendation), 'select r.id from recommendation r join inspection i on i.id = r.inspection_id where r.id = any(?::int[]) and i.unit_id = any(?::int[])'),
    recommendations: plainByParent(em, Recommendation, 'inspection', 'inspection_id, seq'),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof inspectionLoaders> {}
}
