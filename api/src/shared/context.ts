import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AwardDecision } from '../modules/award/award-decision.entity.js';
import { Award } from '../modules/award/award.entity.js';
import { Finding } from '../modules/inspection/finding.entity.js';
import { InspectionTeam } from '../modules/inspection/inspection-team.entity.js';
import { Inspection } from '../modules/inspection/inspection.entity.js';
import { Recommendation } from '../modules/inspection/recommendation.entity.js';
import { Model } from '../modules/model/model.entity.js';
import { AnnualPlan } from '../modules/plan/annual-plan.entity.js';
import { Framework } from '../modules/requirement/framework.entity.js';
import { Requirement } from '../modules/requirement/requirement.entity.js';
import { SourceDocument } from '../modules/source/source-document.entity.js';
import { LineageEvent } from '../modules/unit/lineage-event.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';
import type { MaybeViewer } from '../modules/auth/viewer.js';
import { sqlFor } from './sql.js';

type EntityClass<T> = { new (...args: never[]): T };

/** Loads entities by id in one query per batch (DataLoader collects the ids of one tick). */
function byId<T extends { id: number }>(em: EntityManager, cls: EntityClass<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = (await em.find(cls as never, { id: { $in: [...ids] } } as never)) as T[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

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
      cols.push(isDate ? `to_char("${col}", 'YYYY-MM-DD') as ${alias}` : `"${col}" as ${alias}`);
      fill.push((row, obj) => (obj[prop.name] = row[alias]));
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

/** byId over plainReader: `select … where id = any(?)`, one statement per batch. */
function plainById<T extends { id: number }>(em: EntityManager, cls: EntityClass<T>) {
  const { select, toObject } = plainReader(em, cls);
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await sqlFor(em)<Record<string, unknown>>(`${select} where id = any(?::int[])`, [[...ids]]);
    const map = new Map(rows.map((r) => { const o = toObject(r); return [o.id, o]; }));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** byParent over plainReader: the children of many parents (column fk) in one statement, in `orderSql` order. */
function plainByParent<T>(em: EntityManager, cls: EntityClass<T>, fk: string, orderSql: string) {
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

/** Loads the children of many parents in one query, grouped by the foreign key. */
function byParent<T>(em: EntityManager, cls: EntityClass<T>, fk: string, orderBy: Record<string, unknown>) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = (await em.find(cls as never, { [fk]: { $in: [...ids] } } as never, { orderBy: orderBy as never })) as T[];
    const groups = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) groups.get(((r as Record<string, unknown>)[fk] as { id: number }).id)?.push(r);
    return ids.map((id) => groups.get(id)!);
  });
}

/**
 * A loader over one raw SQL statement taking the batch of keys as an int array (`?::int[]`);
 * rows are grouped by their `key` column, missing keys get `empty()`.
 */
function bySql<R extends { key: number }, V>(em: EntityManager, text: string, fold: (rows: R[]) => V, empty: () => V) {
  return new DataLoader<number, V>(async (keys) => {
    const rows = await sqlFor(em)<R>(text, [[...keys]]);
    const groups = new Map<number, R[]>();
    for (const r of rows) (groups.get(r.key) ?? groups.set(r.key, []).get(r.key)!).push(r);
    return keys.map((k) => (groups.has(k) ? fold(groups.get(k)!) : empty()));
  });
}

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

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

/** Every unit whose records lead to a unit through lineage events (itself included), transitively. */
const LINEAGE_ANCESTRY_SQL = `
  with recursive anc (key, id) as (
    select k, k from unnest(?::int[]) as k
    union
    select anc.key, f.unit_id
    from anc join lineage_event_unit t on t.unit_id = anc.id and t.role = 'TO'
    join lineage_event_unit f on f.event_id = t.event_id and f.role = 'FROM'
  )
  select anc.key, anc.id from anc join unit u on u.id = anc.id order by anc.key, u.code`;

export function createLoaders(em: EntityManager) {
  return {
    unit: plainById(em, Unit),
    team: plainById(em, InspectionTeam),
    source: plainById(em, SourceDocument),
    requirement: plainById(em, Requirement),
    framework: byId(em, Framework),
    inspection: plainById(em, Inspection),
    decision: byId(em, AwardDecision),
    unitChildren: byParent(em, Unit, 'parent', { code: 'asc' }),
    findings: plainByParent(em, Finding, 'inspection', 'id'),
    recommendations: plainByParent(em, Recommendation, 'inspection', 'inspection_id, seq'),
    awardsOfDecision: byParent(em, Award, 'decision', { recipient: { code: 'asc' } }),
    inspectionsOfUnit: byParent(em, Inspection, 'unit', { date: 'asc', code: 'asc' }),
    lineageEvent: byId(em, LineageEvent),
    plan: byId(em, AnnualPlan),
    model: byId(em, Model),
    finding: plainById(em, Finding),
    recommendation: plainById(em, Recommendation),
    award: byId(em, Award),
    awardsOfUnit: byParent(em, Award, 'recipient', { decision: { date: 'asc' }, id: 'asc' }),
    plansOfUnit: byParent(em, AnnualPlan, 'unit', { year: 'asc' }),
    modelsOfUnit: byParent(em, Model, 'unit', { year: 'asc', title: 'asc' }),
    requirementsOfFramework: byParent(em, Requirement, 'framework', { code: 'asc' }),
    /** District and current successor (table unit_dim, SPEC §4). */
    unitDim: bySql<{ key: number; districtId: number | null; successorId: number }, { districtId: number | null; successorId: number } | null>(
      em,
      'select unit_id as key, district_id as "districtId", successor_id as "successorId" from unit_dim where unit_id = any(?::int[])',
      (rows) => rows[0],
      () => null,
    ),
    /** Units on each side of lineage events, in listed order. */
    eventUnits: bySql<{ key: number; role: string; id: number }, { from: number[]; to: number[] }>(
      em,
      'select event_id as key, role, unit_id as id from lineage_event_unit where event_id = any(?::int[]) order by event_id, role, position',
      (rows) => ({ from: ids(rows.filter((r) => r.role === 'FROM')), to: ids(rows.filter((r) => r.role === 'TO')) }),
      () => ({ from: [], to: [] }),
    ),
    /** Lineage events a unit takes part in (either side), oldest first. */
    eventsOfUnit: bySql<{ key: number; id: number }, number[]>(
      em,
      `select distinct lu.unit_id as key, e.id, e.date from lineage_event_unit lu join lineage_event e on e.id = lu.event_id
       where lu.unit_id = any(?::int[]) order by lu.unit_id, e.date, e.id`,
      ids,
      () => [],
    ),
    lineageNeighbours: new DataLoader<number, { predecessors: number[]; successors: number[] }>(async (keys) => {
      const rows = await sqlFor(em)<{ key: number; id: number; side: string }>(NEIGHBOURS_SQL, [[...keys], [...keys]]);
      const unique = (xs: number[]) => [...new Set(xs)];
      return keys.map((k) => ({
        predecessors: unique(rows.filter((r) => r.key === k && r.side === 'P').map((r) => r.id)),
        successors: unique(rows.filter((r) => r.key === k && r.side === 'S').map((r) => r.id)),
      }));
    }),
    lineageAncestry: bySql<{ key: number; id: number }, number[]>(em, LINEAGE_ANCESTRY_SQL, ids, () => []),
    /** Number of inspections made by each team. */
    teamInspectionCount: bySql<{ key: number; n: number }, number>(
      em,
      'select team_id as key, count(*)::int as n from inspection where team_id = any(?::int[]) group by team_id',
      (rows) => rows[0].n,
      () => 0,
    ),
  };
}

export interface Context {
  /** A fork per request: no identity map shared between requests (the API stays stateless). */
  em: EntityManager;
  loaders: ReturnType<typeof createLoaders>;
  /** Who asks (modules/auth/viewer.ts); null = anonymous, let through by the HTTP layer only when ACCESS=open. */
  viewer: MaybeViewer;
}

export function createContext(em: EntityManager, viewer: MaybeViewer = null): Context {
  const fork = em.fork() as EntityManager;
  return { em: fork, loaders: createLoaders(fork), viewer };
}

/** Id of a many-to-one reference without loading it. */
export const refId = (ref: { id: number } | null | undefined): number | null => (ref ? ref.id : null);
