import type { EntityManager } from '@mikro-orm/postgresql';
import { isConnectionLost } from '../../shared/db-availability.js';
import { WRITE_TIMEOUT } from '../../shared/limits.js';
import { bumpDataVersion } from '../cache/data-version.js';
import { inTransaction, type Sql } from '../../shared/sql.js';
import { setActor, type Actor, type Via } from '../audit/actor.js';
import { afterDataChange, unitGroupsBefore, unitYearsOf } from '../analytics/rollup.js';
import { checkChanges, groupChanges, type Change, type Grouped, type Problem } from './validate.js';
import { writeChanges, type ChangeSummary, type Progress } from './write.js';

export type { Actor, Via };

/** Changes that were refused: every problem found, nothing written. */
export class ChangesRefused extends Error {
  // the name users have seen since the importer was the only writer
  override name = 'ImportError';
  constructor(readonly problems: Problem[]) {
    super(`import refused: ${problems.length} problem${problems.length === 1 ? '' : 's'}, nothing was written`);
  }
}

export interface ApplyOptions {
  /** validate and write everything, then roll back: the summary of what would change */
  dryRun?: boolean;
  progress?: Progress;
  /** problems the caller found before (unreadable headers or cells): reported first, and the changes refused */
  problems?: Problem[];
  /** filled with the seconds each phase took (check, write, derived), for the benchmark */
  timings?: Record<string, number>;
  /**
   * Runs first in the write's transaction, after the actor is set: checks the caller makes against
   * the stored records (an edit's version, a status transition; lock them with `for update`).
   * Throwing refuses everything.
   */
  guard?: (sql: Sql) => Promise<void>;
  /**
   * Runs last in the write's transaction, after the derived tables are refreshed and before a dry
   * run rolls back: reads what the database holds once the changes are in (a restructuring's
   * preview runs the analytics' own statements here). Throwing refuses everything.
   */
  inspect?: (sql: Sql) => Promise<void>;
}

class DryRunRollback extends Error {
  constructor(readonly summary: ChangeSummary) {
    super('dry run');
  }
}

/** The (unit, year) of every inspection (with its findings and recommendations) and plan the changes name. */
function recordUnitYears(sql: Sql, g: Grouped) {
  const codes = new Set<string>();
  for (const c of g.inspections) codes.add(c.values.code as string);
  for (const c of [...g.findings, ...g.recommendations]) codes.add(c.values.inspection_code as string);
  return unitYearsOf(sql, [...codes], { unitCodes: g.plans.map((c) => c.values.unit_code as string), years: g.plans.map((c) => c.values.year as number) });
}

/**
 * The units of the changes whose district or successor can move: existing units whose parent,
 * kind or validity the changes alter (run before the write).
 */
async function movingUnits(sql: Sql, g: Grouped): Promise<{ moving: number[]; known: Set<string> }> {
  if (!g.units.length) return { moving: [], known: new Set() };
  const stored = await sql<{ id: number; code: string; parent_code: string | null; kind: string; valid_from: string | null; valid_to: string | null }>(
    `select u.id, u.code, p.code as parent_code, u.kind, to_char(u.valid_from, 'YYYY-MM-DD') as valid_from, to_char(u.valid_to, 'YYYY-MM-DD') as valid_to
     from unit u left join unit p on p.id = u.parent_id where u.code = any(?::text[])`,
    [g.units.map((c) => c.values.code)],
  );
  const byCode = new Map(stored.map((u) => [u.code, u]));
  const moving: number[] = [];
  for (const c of g.units) {
    const u = byCode.get(c.values.code as string);
    if (!u) continue;
    const v = c.values;
    if (u.parent_code !== (v.parent_code ?? null) || u.kind !== v.kind || u.valid_from !== (v.valid_from ?? null) || u.valid_to !== (v.valid_to ?? null)) moving.push(u.id);
  }
  return { moving, known: new Set(byCode.keys()) };
}

/** The ids of the new units and of the from-units of the lineage changes (run after the write). */
async function newAndLineageUnits(sql: Sql, g: Grouped, known: Set<string>, lineage: boolean): Promise<number[]> {
  const codes = g.units.map((c) => c.values.code as string).filter((c) => !known.has(c));
  if (lineage) for (const c of g.lineage) codes.push(...((c.values.from_codes as string[] | null) ?? []));
  if (!codes.length) return [];
  return (await sql<{ id: number }>('select id from unit where code = any(?::text[])', [codes])).map((r) => r.id);
}

/**
 * The one write path for records (importer, seeds, test loaders, and later the GraphQL mutations):
 * every change validated first, against each other and the database (every problem named), then
 * all upserts, the derived tables (`unit_dim`, rollups) and the audit context, in one transaction.
 * Any problem refuses everything and leaves the database exactly as it was.
 */
export async function applyChanges(em: EntityManager, changes: Change[], actor: Actor, via: Via, options: ApplyOptions = {}): Promise<ChangeSummary> {
  const problems: Problem[] = [...(options.problems ?? [])];
  const g = groupChanges(changes);
  try {
    return await inTransaction(em, async (sql) => {
      await setActor(sql, actor, via);
      // first: concurrent writers queue here, and every answer cached before this write is out of date at commit
      await bumpDataVersion(sql);
      // a write (an import of thousands of rows) may take longer than a read's limit; it is bounded all the same
      await sql(`set local statement_timeout = '${WRITE_TIMEOUT}'`);
      await options.guard?.(sql);
      let mark = performance.now();
      const lap = (phase: string) => {
        if (options.timings) options.timings[phase] = (performance.now() - mark) / 1000;
        mark = performance.now();
      };
      await checkChanges(sql, g, problems);
      lap('check');
      if (problems.length) throw new ChangesRefused(problems);
      let summary: ChangeSummary;
      try {
        const before = await recordUnitYears(sql, g);
        const { moving, known } = await movingUnits(sql, g);
        const groupsBefore = await unitGroupsBefore(sql, moving);
        summary = await writeChanges(sql, g, options.progress);
        lap('write');
        const changed = (sheet: keyof Grouped) => !!summary[sheet] && summary[sheet]!.created + summary[sheet]!.updated + (summary[sheet]!.deleted ?? 0) > 0;
        const records = (['inspections', 'findings', 'recommendations', 'plans'] as const).some(changed);
        const pairs = records ? [...before, ...(await recordUnitYears(sql, g))] : [];
        const structural = changed('units') || changed('lineage');
        await afterDataChange(sql, {
          units: changed('units'),
          lineage: changed('lineage'),
          unitYears: { unitIds: pairs.map((p) => p.unitId), years: pairs.map((p) => p.year) },
          movedUnits: structural ? { unitIds: [...moving, ...(await newAndLineageUnits(sql, g, known, changed('lineage')))], groupsBefore } : undefined,
        });
        lap('derived');
      } catch (e) {
        // a lost database is not the changes' fault: said as DATABASE_UNAVAILABLE (and never retried here)
        if (isConnectionLost(e)) throw e;
        // a constraint the checks did not foresee: still all or nothing, and still said plainly
        throw new ChangesRefused([{ file: '(database)', message: (e as Error).message.split('\n')[0].replace(/^.* - /, '') }]);
      }
      await options.inspect?.(sql);
      if (options.dryRun) throw new DryRunRollback(summary);
      return summary;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.summary;
    throw e;
  }
}

export type { Change, ChangeSummary, Problem };
