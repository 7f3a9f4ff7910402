import type { Route } from './app.js';
import type { Config } from './shared/config.js';
import type { Database } from './shared/orm.js';

/** HTTP routes beside /graphql and /healthz (exports, explorer), added by their feature folders. */
export function extraRoutes(_db: Database, _config: Config): Route[] {
  return [];
}

/** Jobs the API process runs on a schedule (periodic report packs). */
export function startBackgroundJobs(_db: Database, _config: Config): { stop(): void } {
  return { stop() {} };
}
