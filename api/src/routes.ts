import type { Config } from './shared/config.js';
import type { Execute } from './shared/execute.js';
import type { Route } from './shared/http.js';
import type { Database } from './shared/orm.js';
import { explorerRoute } from './modules/explorer/explorer.route.js';
import { exportRoutes } from './modules/export/export.routes.js';
import { planningExportRoute } from './modules/planning/planning.export.js';
import { reportRoutes } from './modules/report/report.routes.js';
import { scheduleReports } from './modules/report/report.schedule.js';

/** HTTP routes beside /graphql and /healthz (exports, explorer), added by their feature folders. */
export function featureRoutes(db: Database, config: Config, execute: Execute, localCliToken?: string): Route[] {
  return [...reportRoutes(db, execute, config.reportFrame), planningExportRoute(execute), ...exportRoutes(db, config, execute, localCliToken), explorerRoute()];
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
