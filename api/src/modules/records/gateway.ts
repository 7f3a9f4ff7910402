import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction, type Sql } from '../../shared/sql.js';
import { afterDataChange, unitYearsOf } from '../analytics/rollup.js';
import { checkChanges, groupChanges, type Change, type Grouped, type Problem } from './validate.js';
import { writeChanges, type ChangeSummary, type Progress } from './write.js';

/** Who makes a change (a user's login, or `cli` for the command line) — SPEC §6.4. */
export interface Actor {
  login: string;
}
/** The path a change came by, as the audit trail records it. */
export type Via = 'import' | 'seed' | 'cli' | 'http' | 'api' | 'test';

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

/** The audit context of the transaction (SPEC §6.4): who and by which path; the audit triggers read it. */
async function setActor(sql: Sql, actor: Actor, via: Via): Promise<void> {
  await sql(`select set_config('qcdc.actor', ?, true), set_config('qcdc.via', ?, true)`, [actor.login, via]);
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
      await checkChanges(sql, g, problems);
      if (problems.length) throw new ChangesRefused(problems);
      let summary: ChangeSummary;
      try {
        const before = await recordUnitYears(sql, g);
        summary = await writeChanges(sql, g, options.progress);
        const changed = (sheet: keyof Grouped) => !!summary[sheet] && summary[sheet]!.created + summary[sheet]!.updated > 0;
        const records = (['inspections', 'findings', 'recommendations', 'plans'] as const).some(changed);
        const pairs = records ? [...before, ...(await recordUnitYears(sql, g))] : [];
        await afterDataChange(sql, {
          units: changed('units'),
          lineage: changed('lineage'),
          unitYears: { unitIds: pairs.map((p) => p.unitId), years: pairs.map((p) => p.year) },
        });
      } catch (e) {
        // a constraint the checks did not foresee: still all or nothing, and still said plainly
        throw new ChangesRefused([{ file: '(database)', message: (e as Error).message.split('\n')[0].replace(/^.* - /, '') }]);
      }
      if (options.dryRun) throw new DryRunRollback(summary);
      return summary;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.summary;
    throw e;
  }
}

export type { Change, ChangeSummary, Problem };
