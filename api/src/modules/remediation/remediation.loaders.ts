import type { EntityManager } from '@mikro-orm/postgresql';
import { bySql } from '../../shared/dataloaders.js';
import type { RecommendationStatus } from '../../shared/enums.js';

/** One step of a recommendation's remediation history, read from its audit trail. */
export interface ProgressStep {
  /** when it was recorded */
  at: Date;
  /** the day the status applies from: the report's date; for a recorded or imported status, its resolved_on (else null) */
  date: string | null;
  status: RecommendationStatus;
  /** what was done (reports only) */
  note: string | null;
  login: string;
  via: string;
  /** a remediation report (true), or the status as an inspection or an import recorded it */
  report: boolean;
}

interface Row {
  key: number;
  id: string;
  at: Date | string;
  actor: string;
  via: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const changed = (r: Row, f: string) => JSON.stringify(r.before?.[f] ?? null) !== JSON.stringify(r.after?.[f] ?? null);

/**
 * The history from the entries of the recommendation's key: from its latest creation (a draft's
 * recommendations may be dropped and made again before approval), every entry that set its
 * status, its resolved date or a progress report (`progress_at` changes with each report), oldest
 * first. Text edits of a draft are not steps.
 */
export function stepsOf(rows: Row[]): ProgressStep[] {
  const last = rows.map((r) => r.action).lastIndexOf('CREATE');
  const steps: ProgressStep[] = [];
  for (const r of rows.slice(Math.max(0, last))) {
    if (r.action === 'DELETE' || !r.after) continue;
    const report = changed(r, 'progress_at') && r.after.progress_at != null;
    if (r.action === 'UPDATE' && !report && !changed(r, 'status') && !changed(r, 'resolved_on')) continue;
    const a = r.after;
    steps.push({
      at: r.at instanceof Date ? r.at : new Date(r.at),
      date: ((report ? a.progress_on : a.resolved_on) as string | null) ?? null,
      status: a.status as RecommendationStatus,
      note: report ? ((a.progress_note as string | null) ?? null) : null,
      login: r.actor,
      via: r.via,
      report,
    });
  }
  return steps;
}

export function remediationLoaders(em: EntityManager) {
  return {
    /** A recommendation's remediation history by its id (one statement per batch; the recommendation is already scope-checked). */
    recommendationProgress: bySql<Row, ProgressStep[]>(
      em,
      `select rc.id as key, e.id, e.at, e.actor, e.via, e.action, e.before, e.after
       from recommendation rc join inspection i on i.id = rc.inspection_id
       join audit_entry e on e.record_type = 'RECOMMENDATION' and e.record_key = i.code || '/' || rc.seq
       where rc.id = any(?::int[])
       order by rc.id, e.id`,
      stepsOf,
      () => [],
    ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof remediationLoaders> {}
}
