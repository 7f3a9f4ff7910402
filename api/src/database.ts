import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities, tablesWithoutEntity } from './entities.js';
import { migrationsList } from './migrations/index.js';
import type { Config } from './shared/config.js';
import { startEmbedded, type EmbeddedServer } from './shared/embedded.js';
import { setStatementTimeout } from './shared/limits.js';
import { log } from './shared/logger.js';
import type { Database } from './shared/orm.js';

/** ORM options shared by the app, the CLI and the tests; `connection` picks PostgreSQL or the embedded socket. */
export function ormOptions(connection: { clientUrl: string } | { socketDir: string }, embedded: boolean): Options {
  return {
    entities,
    ...('clientUrl' in connection
      ? { clientUrl: connection.clientUrl }
      : { host: connection.socketDir, port: 5432, user: 'postgres', dbName: 'postgres' }),
    // PGlite serves one connection; a second would interleave with a transaction and deadlock
    pool: embedded ? { min: 0, max: 1 } : { min: 0, max: 10 },
    extensions: [Migrator],
    // migration:create diffs the entities against the migrated database: the tables made in SQL are not theirs
    schemaGenerator: { skipTables: tablesWithoutEntity },
    // snapshot: false — at run time the migrator would write .snapshot-<dbName>.json into src/migrations (only migration:create needs one)
    migrations: { migrationsList, transactional: true, allOrNothing: true, tableName: 'mikro_orm_migrations', silent: true, snapshot: false },
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    // batched loading of relations (no query per row)
    loadStrategy: 'select-in',
    dataloader: true,
    forceUtcTimezone: true,
    debug: process.env.LOG_SQL === '1',
    allowGlobalContext: false,
  };
}

/** Opens the configured database (PostgreSQL or embedded) and brings its schema up to date. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  purpose: string,
  opts: {
    migrate?: boolean;
    inMemory?: boolean;
    /**
     * Every statement on the pool's connections is cancelled after this long (PostgreSQL's
     * statement_timeout; PGlite does not enforce it). Set after the migrations ran, which are not bounded.
     */
    statementTimeoutMs?: number;
    /** tests: where the pool really connects, given where the database is (a fault-injecting proxy, src/test/fault-proxy.ts) */
    through?: (c: { clientUrl: string } | { socketDir: string }) => Promise<{ clientUrl: string } | { socketDir: string }>;
  } = {},
): Promise<Database> {
  let embedded: EmbeddedServer | null = null;
  if (!config.databaseUrl) embedded = await startEmbedded(opts.inMemory ? undefined : config.dataDir, purpose);
  let orm: MikroORM;
  try {
    const at = embedded ? { socketDir: embedded.socketDir } : { clientUrl: config.databaseUrl! };
    orm = await MikroORM.init(ormOptions(opts.through ? await opts.through(at) : at, !!embedded));
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
  if (opts.migrate !== false) {
    const done = await orm.getMigrator().up();
    if (done.length) log.info(`applied migrations: ${done.map((m) => m.name).join(', ')}`);
  }
  if (opts.statementTimeoutMs) {
    // a new pool whose every connection starts with the limit (the migrations' connections had none)
    await orm.close(true);
    const ms = Math.round(opts.statementTimeoutMs);
    orm.config.set('pool', {
      ...(orm.config.get('pool') as object),
      // a SET on each new connection (a startup parameter would be ignored by the embedded socket server)
      afterCreate: (conn: { query(sql: string, cb: (e?: Error) => void): void }, done: (e: Error | undefined, c: unknown) => void) =>
        conn.query(`set statement_timeout = ${ms}`, (e) => done(e, conn)),
    } as never);
    await orm.connect();
    setStatementTimeout(opts.statementTimeoutMs);
  }
  return {
    orm,
    embedded,
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}
