import type { EntityManager } from '@mikro-orm/postgresql';
import { byParent, bySql, plainById, plainByParent } from '../../shared/dataloaders.js';
import { Finding } from './finding.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { Inspection } from './inspection.entity.js';
import { Recommendation } from './recommendation.entity.js';

export function inspectionLoaders(em: EntityManager) {
  return {
    inspection: plainById(em, Inspection),
    inspectionsOfUnit: byParent(em, Inspection, 'unit', { date: 'asc', code: 'asc' }),
    team: plainById(em, InspectionTeam),
    /** Number of inspections made by each team. */
    teamInspectionCount: bySql<{ key: number; n: number }, number>(
      em,
      'select team_id as key, count(*)::int as n from inspection where team_id = any(?::int[]) group by team_id',
      (rows) => rows[0].n,
      () => 0,
    ),
    finding: plainById(em, Finding),
    findings: plainByParent(em, Finding, 'inspection', 'id'),
    recommendation: plainById(em, Recommendation),
    recommendations: plainByParent(em, Recommendation, 'inspection', 'inspection_id, seq'),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof inspectionLoaders> {}
}
