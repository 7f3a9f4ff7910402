import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { bySql, ids, plainById, plainByParent } from '../../shared/dataloaders.js';
import { sqlFor } from '../../shared/sql.js';
import { LineageEvent } from './lineage-event.entity.js';
import { Unit } from './unit.entity.js';
import { guarded, guardedBySql } from '../scope/guards.js';
import type { ReadScope } from '../scope/read-scope.js';


/** Direct lineage neighbours of units: predecessors (from-units of events it receives) and successors. */
const NEIGHBOURS_SQL = `
  select t.unit_id as key, f.unit_id as id, 'P' as side, e.date, e.id as event_id, f.position
  from lineage_event_unit t join lineage_event e on e.id = t.event_id
  join lineage_event_unit f on f.event_id = e.id and f.role = 'FROM'
  where t.role = 'TO' and t.unit_id = any(?::int[]) and f.unit_id <> t.unit_id
  union all
  select f.unit_id, t.unit_id, 'S', e.date, e.id, t.position
  from lineage_event_unit f join lineage_event e on e.id = f.event_id
  join lineage_event_unit t on t.event_id = e.id and t.role = 'TO'
  where f.role = 'FROM' and f.unit_id = any(?::int[]) and f.unit_id <> t.unit_id
  order by 4, 5, 6`;

/**
 * Every unit whose records lead to a unit through lineage events (itself included), transitively;
 * for a scoped reader (second parameter non-null) the walk never passes through a unit outside.
 */
const LINEAGE_ANCESTRY_SQL = `
  with recursive anc (key, id) as (
    select k, k from unnest(?::int[]) as k
    union
    select anc.key, f.unit_id
    from anc join lineage_event_unit t on t.unit_id = anc.id and t.role = 'TO'
    join lineage_event_unit f on f.event_id = t.event_id and f.role = 'FROM'
    where ?::int[] is null or f.unit_id = any(?::int[])
  )
  select anc.key, anc.id from anc join unit u on u.id = anc.id order by anc.key, u.code`;

export function unitLoaders(em: EntityManager, scope: ReadScope) {
  return {
    unit: guarded(scope, plainById(em, Unit), (u) => u.id),
    unitChildren: plainByParent(em, Unit, 'parent', 'code'),
    /** District and current successor (table unit_dim, SPEC §4). */
    unitDim: bySql<{ key: number; districtId: number | null; successorId: number }, { districtId: number | null; successorId: number } | null>(
      em,
      'select unit_id as key, district_id as "districtId", successor_id as "successorId" from unit_dim where unit_id = any(?::int[])',
      (rows) => rows[0],
      () => null,
    ),
    /** An event is visible when a unit in scope takes part in it; its units outside are left out (eventUnits). */
    lineageEvent: guardedBySql(em, scope, plainById(em, LineageEvent), 'select distinct event_id as id from lineage_event_unit where event_id = any(?::int[]) and unit_id = any(?::int[])'),
    /** Units on each side of lineage events, in listed order (for a scoped reader: those in scope). */
    eventUnits: new DataLoader<number, { from: number[]; to: number[] }>(async (keys) => {
      const [rows, set] = await Promise.all([
        sqlFor(em)<{ key: number; role: string; id: number }>(
          'select event_id as key, role, unit_id as id from lineage_event_unit where event_id = any(?::int[]) order by event_id, role, position',
          [[...keys]],
        ),
        scope.unitSet(),
      ]);
      const seen = rows.filter((r) => !set || set.has(r.id));
      return keys.map((k) => ({ from: ids(seen.filter((r) => r.key === k && r.role === 'FROM')), to: ids(seen.filter((r) => r.key === k && r.role === 'TO')) }));
    }),
    /** Lineage events a unit takes part in (either side), oldest first. */
    eventsOfUnit: bySql<{ key: number; id: number }, number[]>(
      em,
      `select distinct lu.unit_id as key, e.id, e.date from lineage_event_unit lu join lineage_event e on e.id = lu.event_id
       where lu.unit_id = any(?::int[]) order by lu.unit_id, e.date, e.id`,
      ids,
      () => [],
    ),
    lineageNeighbours: new DataLoader<number, { predecessors: number[]; successors: number[] }>(async (keys) => {
      const [all, set] = await Promise.all([sqlFor(em)<{ key: number; id: number; side: string }>(NEIGHBOURS_SQL, [[...keys], [...keys]]), scope.unitSet()]);
      // a scoped reader's lineage ends at the scope's edge: neighbours outside are not named
      const rows = set ? all.filter((r) => set.has(r.id)) : all;
      const unique = (xs: number[]) => [...new Set(xs)];
      return keys.map((k) => ({
        predecessors: unique(rows.filter((r) => r.key === k && r.side === 'P').map((r) => r.id)),
        successors: unique(rows.filter((r) => r.key === k && r.side === 'S').map((r) => r.id)),
      }));
    }),
    lineageAncestry: new DataLoader<number, number[]>(async (keys) => {
      const visible = await scope.units();
      const rows = await sqlFor(em)<{ key: number; id: number }>(LINEAGE_ANCESTRY_SQL, [[...keys], visible, visible]);
      return keys.map((k) => ids(rows.filter((r) => r.key === k)));
    }),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof unitLoaders> {}
}
