import type { EntityManager } from '@mikro-orm/postgresql';
import { bySql } from '../../shared/dataloaders.js';

export function inspectionReviewLoaders(em: EntityManager) {
  return {
    /** Id of the unit's latest APPROVED inspection dated on or before each inspection (another one), or null. */
    previousInspectionId: bySql<{ key: number; prev: number }, number | null>(
      em,
      `select distinct on (i.id) i.id as key, p.id as prev
       from inspection i join inspection p on p.unit_id = i.unit_id and p.status = 'APPROVED' and p.id <> i.id and p.date <= i.date
       where i.id = any(?::int[])
       order by i.id, p.date desc, p.code desc`,
      (rows) => rows[0].prev,
      () => null,
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof inspectionReviewLoaders> {}
}
