import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { createApp, type App } from '../app.js';
import { migrationsList } from '../migrations/index.js';
import { importTables, type ImportSummary } from '../modules/interchange/importer.js';
import type { SheetName } from '../modules/interchange/sheets.js';
import { openDatabase } from '../database.js';
import type { Execute } from '../shared/execute.js';
import type { Database } from '../shared/orm.js';
import { sqlFor, type Sql } from '../shared/sql.js';
import { FaultProxy } from './fault-proxy.js';

/**
 * A fresh, migrated database for one test file: PostgreSQL when DATABASE_URL is set (a database of
 * its own, dropped afterwards), else embedded PGlite copied from a migrated template directory.
 */
export interface TestDb {
  db: Database;
  em(): EntityManager;
  sql: Sql;
  /** Loads interchange rows (SPEC §5.2 columns) through the real importer. */
  load(tables: Partial<Record<SheetName, Record<string, string>[]>>): Promise<ImportSummary>;
  /** The GraphQL app on this database, executed in-process. */
  app(): Promise<App>;
  /** That app's in-process executor (what exports and reports are given). */
  execute: Execute;
  close(): Promise<void>;
  /** with `testDatabase({ proxy: true })`: the fault-injecting proxy the pool connects through */
  proxy?: FaultProxy;
  /** PostgreSQL only: the database's name and a URL of the server for an admin connection of the test's own */
  postgres?: { name: string; adminUrl: string };
}

const templateKey = crypto.createHash('sha1').update(migrationsList.map((m) => m.name).join(',')).digest('hex').slice(0, 10);

async function pgliteTemplate(): Promise<string> {
  const dir = path.join(os.tmpdir(), `qcdc-test-template-${templateKey}`);
  if (fs.existsSync(path.join(dir, 'ready'))) return dir;
  const building = `${dir}.${process.pid}.${Date.now()}`;
  const db = await openDatabase({ databaseUrl: undefined, dataDir: building }, 'test template');
  await db.close();
  fs.writeFileSync(path.join(building, 'ready'), '');
  try {
    fs.renameSync(building, dir);
  } catch {
    fs.rmSync(building, { recursive: true, force: true }); // another process won the race
  }
  return dir;
}

/** An embedded DATA_DIR already migrated (a copy of the template), for the CLI and API processes a test starts itself. */
export async function migratedDataDir(dir: string): Promise<string> {
  fs.cpSync(await pgliteTemplate(), dir, { recursive: true });
  fs.rmSync(path.join(dir, 'qcdc.lock'), { force: true });
  fs.rmSync(path.join(dir, 'ready'), { force: true });
  return dir;
}

export async function testDatabase(options: { proxy?: boolean; statementTimeoutMs?: number } = {}): Promise<TestDb> {
  let db: Database;
  let proxy: FaultProxy | undefined;
  let postgres: TestDb['postgres'];
  // the pool connects through a FaultProxy in front of the database, so a test can break its connections
  const through = options.proxy
    ? async (c: { clientUrl: string } | { socketDir: string }) => {
        if ('socketDir' in c) {
          proxy = await FaultProxy.start({ path: path.join(c.socketDir, '.s.PGSQL.5432') });
          return { socketDir: proxy.socketDir };
        }
        const u = new URL(c.clientUrl);
        proxy = await FaultProxy.start({ host: u.hostname, port: Number(u.port || 5432) });
        u.hostname = '127.0.0.1';
        u.port = String(proxy.port);
        return { clientUrl: u.toString() };
      }
    : undefined;
  let cleanup: () => Promise<void>;
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `qcdc_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    db = await openDatabase({ databaseUrl: u.toString(), dataDir: '' }, 'test', { through, statementTimeoutMs: options.statementTimeoutMs });
    postgres = { name, adminUrl: url };
    cleanup = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    const dir = await migratedDataDir(fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-test-')));
    db = await openDatabase({ databaseUrl: undefined, dataDir: dir }, 'test', { through, statementTimeoutMs: options.statementTimeoutMs });
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  let app: App | undefined;
  return {
    db,
    proxy,
    postgres,
    em: () => db.orm.em.fork() as EntityManager,
    sql: sqlFor(db.orm.em.fork() as EntityManager),
    load: (tables) => importTables(db.orm.em.fork() as EntityManager, tables, 'test fixture', { actor: { login: 'test' }, via: 'import' }),
    async app() {
      app ??= await createApp(db);
      return app;
    },
    async execute(query, variables, viewer) {
      app ??= await createApp(db);
      return app.execute(query, variables, viewer);
    },
    async close() {
      await app?.stop();
      await db.close();
      await proxy?.close();
      await cleanup();
    },
  };
}
