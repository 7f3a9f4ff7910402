/**
 * Developer tool: diff the entities against the migrated schema and write the next migration into
 * src/migrations (then add it to src/migrations/index.ts). Uses a throw-away in-memory PGlite.
 *   npm run migration:create -w api -- [name]
 * Tables made in SQL are left alone (`tablesWithoutEntity` in entities.ts); an unchanged schema
 * gives "no changes" (migrations/schema-diff.int.test.ts).
 */
import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbedded } from '../shared/embedded.js';
import { ormOptions } from '../database.js';
import { migrationCreateOptions, readNotValidChecks } from './schema-diff.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');
const server = await startEmbedded(undefined, 'migration:create');
const orm = await MikroORM.init(migrationCreateOptions(ormOptions({ socketDir: server.socketDir }, true), dir));
try {
  readNotValidChecks(orm);
  await orm.getMigrator().up();
  const result = await orm.getMigrator().createMigration(dir, false, false, process.argv[2]);
  console.log(result.fileName ? `written ${result.fileName}` : 'no changes');
} finally {
  await orm.close(true);
  await server.stop();
}
