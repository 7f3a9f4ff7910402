import type { Config } from './shared/config.js';
import type { Execute } from './shared/execute.js';
import { sendJson, type Route } from './shared/http.js';
import { Limiter, Overloaded, type Limits } from './modules/cache/limiter.js';
import { RETRY_AFTER_SECONDS } from './shared/db-availability.js';
import type { Database } from './shared/orm.js';
import { explorerRoute } from './modules/explorer/explorer.route.js';
import { exportRoutes } from './modules/export/export.routes.js';
import { planningExportRoute } from './modules/planning/planning.export.js';
import { reportRoutes } from './modules/report/report.routes.js';
import { scheduleReports } from './modules/report/report.schedule.js';

/**
 * Downloads at once (/export/*: datasets, analytics tables, query exports, report packs, the
 * inspection programme): at most `concurrency` run, `queue` wait at most `maxWaitMs` for a turn,
 * the rest are answered 503 with Retry-After and code EXPORTS_BUSY at once (issue 15.6: 50
 * concurrent exports of the largest dataset must not starve /graphql, which has its own queue).
 * The embedded database has one connection, so fewer run there.
 */
export const EXPORT_LIMITS: Limits = { concurrency: 4, queue: 16, maxWaitMs: 10_000 };
export const EMBEDDED_EXPORT_LIMITS: Limits = { concurrency: 2, queue: 8, maxWaitMs: 10_000 };

/** `routes` behind one limiter for every /export/ address (the same Limiter as /graphql's queue). */
export function boundedExports(routes: Route[], limits: Limits): Route & { limiter: Limiter } {
  const limiter = new Limiter(limits);
  const route: Route = async (req, res, url) => {
    if (!url.pathname.startsWith('/export/')) return false;
    try {
      return await limiter.run(async () => {
        for (const route of routes) if (await route(req, res, url)) return true;
        return false;
      });
    } catch (e) {
      if (!(e instanceof Overloaded)) throw e;
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      const message = `too many downloads at once (${limits.concurrency} running, ${limits.queue} waiting, none longer than ${limits.maxWaitMs / 1000} s); try again shortly`;
      sendJson(res, 503, { error: message, code: 'EXPORTS_BUSY', limit: limits.concurrency });
      return true;
    }
  };
  return Object.assign(route, { limiter });
}

/** HTTP routes beside /graphql and /healthz (exports, explorer), added by their feature folders. */
export function featureRoutes(db: Database, config: Config, execute: Execute, localCliToken?: string, exportLimits?: Limits): Route[] {
  const exports = [...reportRoutes(db, execute, config.reportFrame), planningExportRoute(execute), ...exportRoutes(db, config, execute, localCliToken)];
  const outsideExports = (route: Route): Route => (req, res, url) => (url.pathname.startsWith('/export/') ? Promise.resolve(false) : route(req, res, url));
  return [
    boundedExports(exports, exportLimits ?? (db.embedded ? EMBEDDED_EXPORT_LIMITS : EXPORT_LIMITS)),
    // POST /import (the CLI's, embedded only) is not a download: outside the export queue
    ...exports.map(outsideExports),
    explorerRoute(),
  ];
}

/** Jobs the API process runs on a schedule (periodic report packs). */
export function startBackgroundJobs(db: Database, config: Config, execute: Execute): { stop(): void } {
  const reports = scheduleReports(db, execute, config);
  return {
    stop() {
      reports?.stop();
    },
  };
}
