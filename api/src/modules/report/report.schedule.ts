import fs from 'node:fs';
import path from 'node:path';
import { Cron } from 'croner';
import { ConfigError, type Config } from '../../shared/config.js';
import { log } from '../../shared/logger.js';
import type { Execute } from '../../shared/execute.js';
import type { Database } from '../../shared/orm.js';
import { reportFileName, writeReport } from './report.service.js';

/** A bad EXPORT_CRON stops the server at start with one line, like any other bad setting. */
export class ScheduleError extends ConfigError {
  override name = 'ScheduleError';
}

/** Writes the report pack of the current year into dir as qcdc-bao-cao-YYYY-MM-DD.xlsx (via a temp file: never a half file). */
export async function writeScheduledReport(db: Database, execute: Execute, dir: string, now: Date): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, reportFileName(now));
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const out = fs.createWriteStream(tmp);
    const done = new Promise<void>((resolve, reject) => out.on('close', resolve).on('error', reject));
    await writeReport(db, execute, { fromYear: now.getFullYear(), toYear: now.getFullYear(), now }, out);
    await done;
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return file;
}

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
 * never overlaps itself; a failure is logged and the next run tries again.
 */
export function scheduleReports(
  db: Database,
  execute: Execute,
  config: Pick<Config, 'exportCron' | 'exportDir'>,
  clock: () => Date = () => new Date(),
): ReportSchedule | null {
  if (!config.exportCron) return null;
  let running: Promise<string | null> | null = null;
  const run = async (now: Date): Promise<string | null> => {
    if (running) return running;
    running = (async () => {
      try {
        const file = await writeScheduledReport(db, execute, config.exportDir, now);
        log.info(`periodic report written: ${file}`);
        return file;
      } catch (e) {
        log.error('periodic report failed', e);
        return null;
      } finally {
        running = null;
      }
    })();
    return running;
  };
  let job: Cron;
  try {
    job = new Cron(config.exportCron, { protect: true, catch: true }, () => void run(clock()));
  } catch (e) {
    throw new ScheduleError(`EXPORT_CRON is not a valid cron expression: "${config.exportCron}" (${(e as Error).message})`);
  }
  log.info(`periodic report packs: "${config.exportCron}" → ${config.exportDir} (next ${job.nextRun()?.toISOString() ?? 'never'})`);
  return {
    nextRuns: (count, from) => job.nextRuns(count, from ?? clock()),
    trigger: (now) => run(now ?? clock()),
    stop: () => job.stop(),
  };
}
