import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { sqlFor } from '../../shared/sql.js';
import type { ReadScope } from './read-scope.js';

/**
 * Loader wrappers so that a scoped reader never gets a record outside the scope, whatever path
 * reaches it (defence in depth: every list is already restricted in SQL). For a reader of the
 * whole city they return the loader itself: no extra statement, no extra work.
 */

/** Values whose unit (`unitOf`) is outside the scope become null. */
export function guarded<K, V>(scope: ReadScope, loader: DataLoader<K, V | null>, unitOf: (v: V) => number | null): DataLoader<K, V | null> {
  if (!scope.restricted) return loader;
  return new DataLoader<K, V | null>(async (keys) => {
    const [values, set] = await Promise.all([loader.loadMany(keys), scope.unitSet()]);
    return values.map((v) => {
      if (v instanceof Error) throw v;
      if (v == null) return null;
      const unit = unitOf(v);
      return unit !== null && set!.has(unit) ? v : null;
    });
  });
}

/** Lists keep only the values whose unit is in scope. */
export function guardedList<K, V>(scope: ReadScope, loader: DataLoader<K, V[]>, unitOf: (v: V) => number): DataLoader<K, V[]> {
  if (!scope.restricted) return loader;
  return new DataLoader<K, V[]>(async (keys) => {
    const [lists, set] = await Promise.all([loader.loadMany(keys), scope.unitSet()]);
    return lists.map((l) => {
      if (l instanceof Error) throw l;
      return l.filter((v) => set!.has(unitOf(v)));
    });
  });
}

/**
 * Ids are first narrowed by `allowedSql` — `select id … where id = any(?::int[]) and …` with a
 * second `?::int[]` for the reader's units — for records whose unit is not a column of their own.
 */
export function guardedBySql<V>(em: EntityManager, scope: ReadScope, loader: DataLoader<number, V | null>, allowedSql: string): DataLoader<number, V | null> {
  if (!scope.restricted) return loader;
  return new DataLoader<number, V | null>(async (keys) => {
    const visible = await scope.units();
    const allowed = new Set((await sqlFor(em)<{ id: number }>(allowedSql, [[...keys], visible])).map((r) => r.id));
    const kept = keys.filter((k) => allowed.has(k));
    const values = await loader.loadMany(kept);
    const byKey = new Map(kept.map((k, i) => [k, values[i]]));
    return keys.map((k) => {
      const v = byKey.get(k);
      if (v instanceof Error) throw v;
      return v ?? null;
    });
  });
}
