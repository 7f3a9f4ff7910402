import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { sqlFor } from './sql.js';

/**
 * The kinds of DataLoader the features build their loaders from (each feature's `<feature>.loaders.ts`):
 * one statement per batch of keys, never one per row.
 */

type EntityClass<T> = { new (...args: never[]): T };

interface PlainReader<T> {
  /** `select <columns> from <table>`, to which the caller appends its where and order by. */
  select: string;
  toObject: (row: Record<string, unknown>) => T;
}
const readers = new WeakMap<object, PlainReader<unknown>>();

/**
 * Reads an entity's rows without the ORM (hydrating tracked entities costs several times the query:
 * a page of 100 inspections with 600 findings spent ~20 ms there). From the entity's metadata:
 * scalar columns as they are (dates as YYYY-MM-DD, as the ORM gives them), many-to-one
 * references as `{ id }` (what `refId` and the field resolvers read); objects get the entity's
 * prototype so getters and type-graphql's field metadata apply. Read-only: never persist these.
 */
function plainReader<T>(em: EntityManager, cls: EntityClass<T>): PlainReader<T> {
  const meta = em.getMetadata().get(cls.name);
  // built once per ORM instance and entity, not per request
  const cached = readers.get(meta);
  if (cached) return cached as PlainReader<T>;
  const cols: string[] = [];
  const fill: ((row: Record<string, unknown>, obj: Record<string, unknown>) => void)[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.formula || prop.fieldNames?.length !== 1) continue;
    const col = prop.fieldNames[0];
    const alias = `c${cols.length}`;
    if (prop.kind === ReferenceKind.SCALAR) {
      const isDate = prop.columnTypes?.[0] === 'date';
      // timestamps as Date, whichever driver (raw rows of PGlite give strings)
      const isTime = /^timestamp/.test(prop.columnTypes?.[0] ?? '');
      cols.push(isDate ? `to_char("${col}", 'YYYY-MM-DD') as ${alias}` : `"${col}" as ${alias}`);
      fill.push(isTime ? (row, obj) => (obj[prop.name] = row[alias] == null ? null : new Date(row[alias] as string)) : (row, obj) => (obj[prop.name] = row[alias]));
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE) {
      cols.push(`"${col}" as ${alias}`);
      fill.push((row, obj) => (obj[prop.name] = row[alias] === null ? null : { id: row[alias] }));
    }
  }
  const select = `select ${cols.join(', ')} from "${meta.tableName}"`;
  // the ORM puts a setter for every property on the entity prototype (each call builds its change
  // tracking); a layer of plain data properties in between makes assignments plain own properties
  const proto = Object.create(
    cls.prototype,
    Object.fromEntries(meta.props.map((p) => [p.name, { value: undefined, writable: true, enumerable: true, configurable: true }])),
  ) as object;
  const toObject = (row: Record<string, unknown>): T => {
    const obj = Object.create(proto) as Record<string, unknown>;
    for (const f of fill) f(row, obj);
    return obj as T;
  };
  readers.set(meta, { select, toObject });
  return { select, toObject };
}

/** Entities by id, read without the ORM: `select … where id = any(?)`, one statement per batch. */
export function plainById<T extends { id: number }>(em: EntityManager, cls: EntityClass<T>) {
  const { select, toObject } = plainReader(em, cls);
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await sqlFor(em)<Record<string, unknown>>(`${select} where id = any(?::int[])`, [[...ids]]);
    const map = new Map(rows.map((r) => { const o = toObject(r); return [o.id, o]; }));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** The children of many parents (column fk) in one statement, in `orderSql` order (SQL over the child table, e.g. `date, code`), read without the ORM. */
export function plainByParent<T>(em: EntityManager, cls: EntityClass<T>, fk: string, orderSql: string) {
  const { select, toObject } = plainReader(em, cls);
  const fkColumn = em.getMetadata().get(cls.name).properties[fk as never].fieldNames[0];
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = await sqlFor(em)<Record<string, unknown>>(`${select} where "${fkColumn}" = any(?::int[]) order by ${orderSql}`, [[...ids]]);
    const groups = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) {
      const o = toObject(r);
      groups.get(((o as Record<string, unknown>)[fk] as { id: number }).id)?.push(o);
    }
    return ids.map((id) => groups.get(id)!);
  });
}

/**
 * A loader over one raw SQL statement taking the batch of keys as an int array (`?::int[]`);
 * rows are grouped by their `key` column, missing keys get `empty()`.
 */
export function bySql<R extends { key: number }, V>(em: EntityManager, text: string, fold: (rows: R[]) => V, empty: () => V) {
  return new DataLoader<number, V>(async (keys) => {
    const rows = await sqlFor(em)<R>(text, [[...keys]]);
    const groups = new Map<number, R[]>();
    for (const r of rows) (groups.get(r.key) ?? groups.set(r.key, []).get(r.key)!).push(r);
    return keys.map((k) => (groups.has(k) ? fold(groups.get(k)!) : empty()));
  });
}

/** The ids of rows, in order. */
export const ids = (rows: { id: number }[]): number[] => rows.map((r) => r.id);

/** What `prefetch` settled, per loader (loaders live for one request, so this does too). */
const settled = new WeakMap<object, Map<unknown, unknown>>();

/**
 * Loads `keys` through the loader — the same statement its batch would run — and keeps the values,
 * so that field resolvers answer them with `loadNow` without a promise per row (a page of 100
 * inspections with their 600 findings spent most of its time in promise and GC bookkeeping).
 */
export async function prefetch<K, V>(loader: DataLoader<K, V>, keys: readonly K[]): Promise<V[]> {
  const unique = [...new Set(keys)];
  const values = await loader.loadMany(unique);
  let known = settled.get(loader);
  if (!known) settled.set(loader, (known = new Map()));
  const byKey = new Map<K, V>();
  unique.forEach((k, i) => {
    const v = values[i];
    if (v instanceof Error) return;
    known.set(k, v);
    byKey.set(k, v);
  });
  return keys.flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : []));
}

/** The value `prefetch` settled for this key, else the loader's promise. */
export function loadNow<K, V>(loader: DataLoader<K, V>, key: K): V | Promise<V> {
  const known = settled.get(loader);
  return known?.has(key) ? (known.get(key) as V) : loader.load(key);
}

/** The loaders `argumentLoader` made, per request context and name + arguments. */
const byArguments = new WeakMap<object, Map<string, DataLoader<readonly number[], unknown>>>();

/**
 * A loader of a nested list with arguments (e.g. Unit.inspections(where: …)): one per request, field
 * and set of arguments, keyed by a group of unit ids (a unit, or a unit and its predecessors), so
 * that the parents of one batch share one `batch` call (one statement) instead of one each.
 */
export function argumentLoader<V>(
  ctx: object, name: string, args: unknown, batch: (groups: readonly (readonly number[])[]) => Promise<V[]>,
): DataLoader<readonly number[], V> {
  let loaders = byArguments.get(ctx);
  if (!loaders) byArguments.set(ctx, (loaders = new Map()));
  const key = `${name} ${stableJson(args)}`;
  let loader = loaders.get(key);
  if (!loader) loaders.set(key, (loader = new DataLoader<readonly number[], V, string>(batch, { cacheKeyFn: (g) => g.join(',') }) as DataLoader<readonly number[], unknown>));
  return loader as DataLoader<readonly number[], V>;
}

/** JSON with object keys sorted, so that the same arguments give the same key however they were built. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** What `preparedOnce` made, per request context and name + arguments. */
const prepared = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * The statement (or any work) of a nested list's arguments, made once per request, name and set of
 * arguments: the nested-arguments check (shared/nested-arguments.ts) makes it before the request
 * runs, refusing bad arguments once, and the batches of every parent then reuse it.
 */
export function preparedOnce<T>(ctx: object, name: string, args: unknown, make: () => Promise<T>): Promise<T> {
  let made = prepared.get(ctx);
  if (!made) prepared.set(ctx, (made = new Map()));
  const key = `${name} ${stableJson(args)}`;
  let p = made.get(key) as Promise<T> | undefined;
  if (!p) made.set(key, (p = make()));
  return p;
}
