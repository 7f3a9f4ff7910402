import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, ENV_KEYS, loadConfig } from './config.js';
import { periodYears } from './report-period.js';
import { DEFAULT_REPORT_FRAME } from './report-frame.js';

describe('config', () => {
  it('defaults: embedded database in .data, ports 4000/3000, seeding on', () => {
    const c = loadConfig({ INIT_CWD: '/srv/qcdc' });
    expect(c).toMatchObject({ databaseUrl: undefined, dataDir: '/srv/qcdc/.data', apiPort: 4000, dashboardPort: 3000, seed: 'auto' });
  });

  it.each([
    ['the embedded demo on loopback', {}, 'open'],
    ['the embedded demo on ::1', { HOST: '::1' }, 'open'],
    ['the embedded database listening on every interface', { HOST: '0.0.0.0' }, 'login'],
    ['PostgreSQL, even on loopback', { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }, 'login'],
    ['PostgreSQL with ACCESS=open given', { DATABASE_URL: 'postgres://u@db:5432/db', ACCESS: 'open' }, 'open'],
    ['the embedded demo with ACCESS=LOGIN given', { ACCESS: 'LOGIN' }, 'login'],
  ])('ACCESS defaults (SPEC §6.1): %s → %s', (_what, env, access) => {
    expect(loadConfig(env).access).toBe(access);
  });

  it.each([
    [{ ACCESS: 'public' }, /^ACCESS must be "open" or "login", got "public"/],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL is not a valid URL: "not a url"/],
    [{ DATABASE_URL: 'mysql://root@localhost/x' }, /^DATABASE_URL must start with postgres:\/\//],
    [{ API_PORT: 'eighty' }, /^API_PORT must be a port number/],
    [{ SEED: 'maybe' }, /^SEED must be "auto" or "none"/],
  ])('rejects %o with one readable line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(fs.readFileSync(path.resolve(__dirname, '../../../docker-compose.yml'), 'utf8'));

  it('pins PostgreSQL and waits for its healthcheck', () => {
    expect(compose.services.postgres.image).toMatch(/^postgres:\d+\.\d+/);
    expect(compose.services.postgres.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(compose.services.api.depends_on.postgres.condition).toBe('service_healthy');
  });

  it('gives the API only variables the config module reads, and a DATABASE_URL it accepts', () => {
    const env = compose.services.api.environment as Record<string, string>;
    expect(Object.keys(env).filter((k) => !(ENV_KEYS as readonly string[]).includes(k))).toEqual([]);
    const config = loadConfig(env);
    expect(new URL(config.databaseUrl!).hostname).toBe('postgres');
    expect(compose.services.api.ports).toContain(`${config.apiPort}:${config.apiPort}`);
    // a server: every request needs a session or token
    expect(config.access).toBe('login');
  });

  it('points the dashboard at the API service', () => {
    const env = compose.services.dashboard.environment as Record<string, string>;
    expect(env.API_URL).toBe(`http://api:${compose.services.api.environment.API_PORT}`);
    expect(compose.services.dashboard.ports).toContain(`${env.PORT}:${env.PORT}`);
  });
});

describe('EXPORT_PERIOD (issue 16.11)', () => {
  it('current-year by default, last-year, last-N-years, last-quarter; the period of a run', () => {
    const run = new Date(2026, 10, 30, 6, 0);
    expect(periodYears(loadConfig({}).exportPeriod, run)).toEqual({ fromYear: 2026, toYear: 2026 });
    expect(periodYears(loadConfig({ EXPORT_PERIOD: 'last-year' }).exportPeriod, run)).toEqual({ fromYear: 2025, toYear: 2025 });
    expect(periodYears(loadConfig({ EXPORT_PERIOD: 'last-5-years' }).exportPeriod, run)).toEqual({ fromYear: 2021, toYear: 2025 });
    // 30/11/2026 is in the 4th quarter: the last complete one is the 3rd; in January it is the 4th of the year before
    const quarter = loadConfig({ EXPORT_PERIOD: 'last-quarter' }).exportPeriod;
    expect(periodYears(quarter, run)).toEqual({ fromYear: 2026, toYear: 2026, quarter: 3, fromDate: '2026-07-01', toDate: '2026-09-30' });
    expect(periodYears(quarter, new Date(2027, 0, 5, 6, 0))).toEqual({ fromYear: 2026, toYear: 2026, quarter: 4, fromDate: '2026-10-01', toDate: '2026-12-31' });
    expect(periodYears(quarter, new Date(2026, 3, 1, 6, 0))).toEqual({ fromYear: 2026, toYear: 2026, quarter: 1, fromDate: '2026-01-01', toDate: '2026-03-31' });
  });

  it('anything else stops the start with one line', () => {
    expect(() => loadConfig({ EXPORT_PERIOD: 'weekly' })).toThrow(new ConfigError('EXPORT_PERIOD must be current-year (default), last-year, last-N-years (e.g. last-5-years) or last-quarter, got "weekly"'));
  });
});

describe('REPORT_ISSUER, REPORT_PLACE, REPORT_NUMBER, REPORT_SIGNER (issue 16.5)', () => {
  it('the city steering committee by default; "|" separates the governing body from the issuing body', () => {
    expect(loadConfig({}).reportFrame).toEqual(DEFAULT_REPORT_FRAME);
    expect(loadConfig({ REPORT_ISSUER: ' UBND QUẬN HẢI CHÂU | BAN CHỈ ĐẠO QUẬN ', REPORT_PLACE: 'Hải Châu', REPORT_NUMBER: '……/BC-BCĐQ', REPORT_SIGNER: 'TM. BAN CHỈ ĐẠO QUẬN|PHÓ TRƯỞNG BAN' }).reportFrame).toEqual({
      issuer: ['UBND QUẬN HẢI CHÂU', 'BAN CHỈ ĐẠO QUẬN'], place: 'Hải Châu', number: '……/BC-BCĐQ', signer: ['TM. BAN CHỈ ĐẠO QUẬN', 'PHÓ TRƯỞNG BAN'],
    });
    // one line: an issuing body without a governing body above it
    expect(loadConfig({ REPORT_ISSUER: 'SỞ NỘI VỤ' }).reportFrame!.issuer).toEqual(['', 'SỞ NỘI VỤ']);
  });

  it('more than two lines, or an empty issuing body, stops the start naming the variable', () => {
    expect(() => loadConfig({ REPORT_ISSUER: 'A|B|C' })).toThrow(new ConfigError('REPORT_ISSUER holds at most two lines separated by "|", got 3: "A|B|C"'));
    expect(() => loadConfig({ REPORT_SIGNER: 'TM. BAN|' })).toThrow(new ConfigError('REPORT_SIGNER: the line after "|" is empty: "TM. BAN|"'));
  });
});
