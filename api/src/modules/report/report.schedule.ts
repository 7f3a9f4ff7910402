import fs from 'node:fs';
import path from 'node:path';
import { Cron } from 'croner';
import { ConfigError, type Config } from '../../shared/config.js';
import { log } from '../../shared/logger.js';
import { makeFolderFor, OutputError, writeFileAtomically } from '../../shared/output-file.js';
import type { Execute } from '../../shared/execute.js';
import type { Database } from '../../shared/orm.js';
import { packFileName, periodYears, type ReportPeriod } from '../../shared/report-period.js';
import type { ReportFrame } from '../../shared/report-frame.js';
import { writeReport } from './report.service.js';

/** A bad EXPORT_CRON stops the server at start with one line, like any other bad setting. */
export class ScheduleError extends ConfigError {
  override name = 'ScheduleError';
}

/**
 * Writes the report pack of the period into dir, named by the period and the moment it was made
 * (qcdc-bao-cao-2025-lap-2026-11-30-0600.xlsx; "-2"… if that name is taken: no run overwrites
 * another), via a temp file: never a half file. A folder that cannot be made or written is an
 * OutputError.
 */
export async function writeScheduledReport(db: Database, execute: Execute, dir: string, now: Date, period: ReportPeriod = { kind: 'current-year' }, frame?: ReportFrame): Promise<string> {
  const { fromYear, toYear, quarter } = periodYears(period, now);
  const base = path.join(dir, packFileName(fromYear, toYear, now, quarter));
  await makeFolderFor(base);
  let file = base;
  for (let n = 2; fs.existsSync(file); n++) file = base.replace(/\.xlsx$/, `-${n}.xlsx`);
  await writeFileAtomically(file, (out) => writeReport(db, execute, { fromYear, toYear, quarter, now, frame }, out));
  return file;
}

/** After a failed run, the next try comes this much later (or at the next scheduled run, if sooner). */
export const RETRY_AFTER_MS = 15 * 60_000;

export interface ReportSchedule {
  /** The next runs after `from` (for logs and tests). */
  nextRuns(count: number, from?: Date): Date[];
  /** Runs the job now as the scheduler would (tests pass their own clock). */
  trigger(now?: Date): Promise<string | null>;
  stop(): void;
}

/**
 * EXPORT_CRON (e.g. "0 6 * * 1" = Mondays 06:00, server time) → a report pack in EXPORT_DIR.
 * The job runs in the API process between requests (all of its work is asynchronous I/O) and
 * never overlaps itself. A failure (the folder missing, read-only, full…) is logged in one line and
 * tried again after `retryAfterMs` or at the next scheduled run, whichever comes first; it never
 * reaches the server (which keeps answering).
 */
export function scheduleReports(
  db: Database,
  execute: Execute,
  config: Pick<Config, 'exportCron' | 'exportDir'> & Partial<Pick<Config, 'exportPeriod' | 'reportFrame'>>,
  clock: () => Date = () => new Date(),
  retryAfterMs = RETRY_AFTER_MS,
): ReportSchedule | null {
  if (!config.exportCron) return null;
  let running: Promise<string | null> | null = null;
  let retry: NodeJS.Timeout | null = null;
  let stopped = false;
  let job: Cron;
  const run = async (now: Date): Promise<string | null> => {
    if (running) return running;
    if (retry) clearTimeout(retry), (retry = null);
    running = (async () => {
      try {
        const file = await writeScheduledReport(db, execute, config.exportDir, now, config.exportPeriod, config.reportFrame);
        log.info(`periodic report written: ${file}`);
        return file;
      } catch (e) {
        const next = job?.nextRun();
        const retryAt = new Date(Date.now() + retryAfterMs);
        const soonest = next && next < retryAt ? null : retryAt;
        const when = soonest ? `retrying at ${soonest.toISOString()}` : `next try at the scheduled run ${next?.toISOString()}`;
        // a file-system failure is one line; anything else gets its stack for the log reader
        if (e instanceof OutputError) log.error(`periodic report failed: ${e.message}; ${when}`);
        else log.error(`periodic report failed; ${when}:`, e);
        if (soonest && !stopped) {
          retry = setTimeout(() => void run(clock()), retryAfterMs);
          retry.unref();
        }
        return null;
      } finally {
        running = null;
      }
    })();
    return running;
  };
  try {
    job = new Cron(config.exportCron, { protect: true, catch: true }, () => void run(clock()));
  } catch (e) {
    throw new ScheduleError(`EXPORT_CRON is not a valid cron expression: "${config.exportCron}" (${(e as Error).message})`);
  }
  log.info(`periodic report packs: "${config.exportCron}", ${config.exportPeriod?.kind ?? 'current-year'}${config.exportPeriod?.kind === 'last-years' ? ` (${config.exportPeriod.n})` : ''} → ${config.exportDir} (next ${job.nextRun()?.toISOString() ?? 'never'})`);
  return {
    nextRuns: (count, from) => job.nextRuns(count, from ?? clock()),
    trigger: (now) => run(now ?? clock()),
    stop: () => {
      stopped = true;
      job.stop();
      if (retry) clearTimeout(retry);
    },
  };
}
