import type { Route } from './app.js';
import type { Config } from './shared/config.js';
import type { Database } from './shared/orm.js';
import { explorerRoute } from './modules/explorer/explorer.route.js';
import { exportRoutes } from './modules/export/export.routes.js';
import { stopExecutor } from './modules/export/export.service.js';
import { reportRoutes } from './modules/report/report.routes.js';
import { scheduleReports } from './modules/report/report.schedule.js';

/** HTTP routes beside /graphql and /healthz (exports, explorer), added by their feature folders. */
export function extraRoutes(db: Database, config: Config): Route[] {
  return [...reportRoutes(db), ...exportRoutes(db, config), explorerRoute()];
}

/** Jobs the API process runs on a schedule (periodic report packs). */
export function startBackgroundJobs(db: Database, config: Config): { stop(): void } {
  const reports = scheduleReports(db, config);
  return {
    stop() {
      reports?.stop();
      void stopExecutor(db);
    },
  };
}
