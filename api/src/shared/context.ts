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

/**
 * Units by id without the ORM: analytics rows name hundreds of districts at a time, and hydrating
 * them as tracked entities costs ~5× the query (15 ms for 756 units). The API only reads units, so
 * a plain object with Unit's prototype and `{ id }` references for parent and source (what
 * refId reads) serves every Unit field resolver.
 */
function unitsById(em: EntityManager) {
  return new DataLoader<number, Unit | null>(async (ids) => {
    const rows = await sqlFor(em)<{
      id: number; code: string; name: string; name_en: string | null; kind: Unit['kind'];
      parent_id: number | null; valid_from: string | null; valid_to: string | null; source_id: number | null;
    }>(
      `select id, code, name, name_en, kind, parent_id, to_char(valid_from, 'YYYY-MM-DD') as valid_from,
        to_char(valid_to, 'YYYY-MM-DD') as valid_to, source_id from unit where id = any(?::int[])`,
      [[...ids]],
    );
    const map = new Map(
      rows.map((r) => [
        r.id,
        Object.assign(Object.create(Unit.prototype) as Unit, {
          id: r.id, code: r.code, name: r.name, nameEn: r.name_en, kind: r.kind,
          parent: r.parent_id === null ? null : ({ id: r.parent_id } as Unit),
          validFrom: r.valid_from, validTo: r.valid_to,
          source: r.source_id === null ? null : ({ id: r.source_id } as Unit['source']),
        }),
      ]),
    );
    return ids.map((id) => map.get(id) ?? null);
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
    unit: unitsById(em),
    team: byId(em, InspectionTeam),
    source: byId(em, SourceDocument),
    requirement: byId(em, Requirement),
    framework: byId(em, Framework),
    inspection: byId(em, Inspection),
    decision: byId(em, AwardDecision),
    unitChildren: byParent(em, Unit, 'parent', { code: 'asc' }),
    findings: byParent(em, Finding, 'inspection', { id: 'asc' }),
    recommendations: byParent(em, Recommendation, 'inspection', { seq: 'asc' }),
    awardsOfDecision: byParent(em, Award, 'decision', { recipient: { code: 'asc' } }),
    inspectionsOfUnit: byParent(em, Inspection, 'unit', { date: 'asc', code: 'asc' }),
    lineageEvent: byId(em, LineageEvent),
    plan: byId(em, AnnualPlan),
    model: byId(em, Model),
    finding: byId(em, Finding),
    recommendation: byId(em, Recommendation),
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
}

export function createContext(em: EntityManager): Context {
  const fork = em.fork() as EntityManager;
  return { em: fork, loaders: createLoaders(fork) };
}

/** Id of a many-to-one reference without loading it. */
export const refId = (ref: { id: number } | null | undefined): number | null => (ref ? ref.id : null);
