import path from 'node:path';
import { parsePeriod, type ReportPeriod } from './report-period.js';
import { parseReportFrame, type ReportFrame } from './report-frame.js';

/** Validated runtime configuration. Built once at start; a bad value fails with one readable line. */
export interface Config {
  /** PostgreSQL URL; undefined means the embedded PGlite database under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  apiPort: number;
  dashboardPort: number;
  host: string;
  /** "auto" seeds a database that holds no units; "none" never seeds. */
  seed: 'auto' | 'none';
  /** Cron expression for the periodic report packs (unset = off), and where they go. */
  exportCron?: string;
  exportDir: string;
  /** The years a scheduled pack covers (EXPORT_PERIOD, modules/report/report-period.ts). */
  exportPeriod: ReportPeriod;
  /** The cover's issuing body, place, number and signer (REPORT_*; shared/report-frame.ts); unset = the defaults. */
  reportFrame?: ReportFrame;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /**
   * SPEC §6.1: `open` lets anonymous requests read, `login` needs a session or token for
   * everything. Default `open` only for the embedded demo database listening on loopback.
   * Writes always need a user.
   */
  access: 'open' | 'login';
  /** Browser origins allowed to call the API (CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** Sign-in sessions end after this long unused, and this long after sign-in whatever happens. */
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** City single sign-on (OpenID Connect); undefined without OIDC_ISSUER. */
  oidc?: {
    issuer: string;
    clientId: string;
    clientSecret?: string;
    redirectUri: string;
    roleClaim: string;
    scopeClaim: string;
    scopes: string;
  };
}

/** Every environment variable the API reads (docker-compose.yml and the README must agree). */
export const ENV_KEYS = ['DATABASE_URL', 'DATA_DIR', 'API_PORT', 'DASHBOARD_PORT', 'HOST', 'SEED', 'EXPORT_CRON', 'EXPORT_DIR', 'EXPORT_PERIOD', 'REPORT_ISSUER', 'REPORT_PLACE', 'REPORT_NUMBER', 'REPORT_SIGNER', 'LOG_LEVEL', 'ACCESS', 'CORS_ORIGINS',
  'SESSION_IDLE_MINUTES', 'SESSION_MAX_HOURS', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI', 'OIDC_ROLE_CLAIM', 'OIDC_SCOPE_CLAIM', 'OIDC_SCOPES',
] as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function port(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`${key} must be a port number (0-65535), got "${raw}"`);
  }
  return n;
}

function databaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`DATABASE_URL is not a valid URL: "${raw}" (expected postgres://user@host:5432/db)`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (!url.hostname && !url.searchParams.get('host')) {
    throw new ConfigError(`DATABASE_URL has no host: "${raw}"`);
  }
  return raw;
}

function positive(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new ConfigError(`${key} must be a positive number, got "${raw}"`);
  return n;
}

function httpUrl(env: NodeJS.ProcessEnv, key: string): string {
  const raw = env[key]?.trim();
  if (!raw) throw new ConfigError(`${key} is needed when OIDC_ISSUER is set`);
  try {
    const u = new URL(raw);
    if (u.protocol === 'http:' || u.protocol === 'https:') return raw;
  } catch {
    /* below */
  }
  throw new ConfigError(`${key} must be an http(s) URL, got "${raw}"`);
}

function oidc(env: NodeJS.ProcessEnv): Config['oidc'] {
  if (!env.OIDC_ISSUER?.trim()) return undefined;
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new ConfigError('OIDC_CLIENT_ID is needed when OIDC_ISSUER is set');
  return {
    issuer: httpUrl(env, 'OIDC_ISSUER'),
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
    redirectUri: httpUrl(env, 'OIDC_REDIRECT_URI'),
    roleClaim: env.OIDC_ROLE_CLAIM?.trim() || 'qcdc_role',
    scopeClaim: env.OIDC_SCOPE_CLAIM?.trim() || 'qcdc_scope',
    scopes: env.OIDC_SCOPES?.trim() || 'openid profile',
  };
}

function origins(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((o) => {
    let u: URL;
    try {
      u = new URL(o);
    } catch {
      throw new ConfigError(`CORS_ORIGINS: "${o}" is not an origin like https://hub.example.vn`);
    }
    if (u.origin !== o.replace(/\/$/, '')) throw new ConfigError(`CORS_ORIGINS: "${o}" is not an origin (scheme://host[:port], no path)`);
    return u.origin;
  });
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const seed = (env.SEED ?? 'auto').toLowerCase();
  if (seed !== 'auto' && seed !== 'none') {
    throw new ConfigError(`SEED must be "auto" or "none", got "${env.SEED}"`);
  }
  const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be debug, info, warn or error, got "${env.LOG_LEVEL}"`);
  }
  const host = env.HOST || '127.0.0.1';
  const dbUrl = databaseUrl(env.DATABASE_URL);
  const access = (env.ACCESS ?? '').trim().toLowerCase() || (!dbUrl && isLoopback(host) ? 'open' : 'login');
  if (access !== 'open' && access !== 'login') {
    throw new ConfigError(`ACCESS must be "open" or "login", got "${env.ACCESS}"`);
  }
  const dataDir = path.resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR || '.data');
  const exportPeriod = parsePeriod(env.EXPORT_PERIOD);
  if ('error' in exportPeriod) throw new ConfigError(exportPeriod.error);
  const reportFrame = parseReportFrame(env);
  if ('error' in reportFrame) throw new ConfigError(reportFrame.error);
  return {
    databaseUrl: dbUrl,
    dataDir,
    apiPort: port(env, 'API_PORT', 4000),
    dashboardPort: port(env, 'DASHBOARD_PORT', 3000),
    host,
    seed: seed as Config['seed'],
    exportCron: env.EXPORT_CRON?.trim() || undefined,
    exportDir: path.resolve(env.INIT_CWD ?? process.cwd(), env.EXPORT_DIR || path.join(dataDir, 'exports')),
    exportPeriod,
    reportFrame,
    logLevel: logLevel as Config['logLevel'],
    access,
    corsOrigins: origins(env.CORS_ORIGINS),
    sessionIdleMinutes: positive(env, 'SESSION_IDLE_MINUTES', 120),
    sessionMaxHours: positive(env, 'SESSION_MAX_HOURS', 12),
    oidc: oidc(env),
  };
}
