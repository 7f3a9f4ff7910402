import type { Config } from '../../shared/config.js';
import type { AuthOptions } from './auth.http.js';
import { newLocalCliToken } from './local-cli.js';
import { createOidcClient } from './oidc.js';
import { DEFAULT_POLICY } from './session.service.js';

/** The API's authentication settings from the validated configuration. */
export function authOptions(config: Config): AuthOptions {
  return {
    access: config.access,
    corsOrigins: config.corsOrigins,
    policy: { ...DEFAULT_POLICY, idleMs: config.sessionIdleMinutes * 60_000, maxMs: config.sessionMaxHours * 3600_000 },
    oidc: config.oidc ? createOidcClient(config.oidc) : undefined,
    // the embedded database: the CLI reaches the running API with a secret from the lock file
    localCliToken: !config.databaseUrl && config.dataDir ? newLocalCliToken() : undefined,
  };
}
