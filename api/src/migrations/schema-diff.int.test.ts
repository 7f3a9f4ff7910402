import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM, ReferenceKind, type EntityProperty } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../database.js';
import { migrationCreateOptions, readNotValidChecks } from '../scripts/schema-diff.js';
import { testDatabase, type TestDb } from '../test/db.js';

/**
 * `npm run migration:create` (scripts/create-migration.ts) on a freshly migrated database: what the
 * migrator writes, through the options and the NOT VALID reading the script uses. Nothing when no
 * entity changed (the tables, indexes and checks made in SQL are known to it); exactly the new
 * column when one property is added to an entity.
 */
let t: TestDb;
let dir: string;
let orm: MikroORM | undefined;
beforeAll(async () => {
  t = await testDatabase();
  // PGlite serves one connection: the test's ORM below takes the database's place
  await t.db.orm.close(true);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-migration-create-'));
});
afterAll(async () => {
  await orm?.close(true);
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** an ORM on the test's database as migration:create opens it, each discovered entity given to `change` */
async function generatorOrm(change?: (meta: { className: string; addProperty(p: Partial<EntityProperty>, sync?: boolean): void }) => void): Promise<MikroORM> {
  await orm?.close(true);
  const at = t.db.embedded ? { socketDir: t.db.embedded.socketDir } : { clientUrl: t.db.orm.config.get('clientUrl')! };
  const base = migrationCreateOptions(ormOptions(at, !!t.db.embedded), dir);
  orm = await MikroORM.init({ ...base, discovery: { ...base.discovery, onMetadata: change } });
  readNotValidChecks(orm);
  return orm;
}

/** the up and down statements of the migration file the migrator writes, or null for "no changes" */
async function createMigration(o: MikroORM): Promise<{ up: string[]; down: string[] } | null> {
  const result = await o.getMigrator().createMigration(dir, false, false, 'Probe');
  if (!result.fileName) return null;
  const code = fs.readFileSync(path.join(dir, result.fileName), 'utf8');
  fs.rmSync(path.join(dir, result.fileName));
  const statements = (part: string) => [...part.matchAll(/this\.addSql\(`(.*?)`\);/gs)].map((m) => m[1]);
  const [up, down] = code.split('async down()');
  return { up: statements(up), down: statements(down ?? '') };
}

describe('migration:create on the migrated database', () => {
  it('proposes nothing when no entity changed (no table made in SQL dropped, no hand-written index or check touched)', async () => {
    const o = await generatorOrm();
    // the schema generator's own diff, both ways, and the migrator's file
    const diff = await o.schema.getUpdateSchemaMigrationSQL({ wrap: false });
    expect(diff.up).toBe('');
    expect(diff.down).toBe('');
    expect(await createMigration(o)).toBeNull();
    expect(fs.readdirSync(dir)).toEqual([]); // no snapshot file either
  });

  it('a property added to an entity gives exactly its column, up and down', async () => {
    const o = await generatorOrm((meta) => {
      if (meta.className === 'Inspection') meta.addProperty({ name: 'venue', kind: ReferenceKind.SCALAR, type: 'text', nullable: true } as Partial<EntityProperty>, false);
    });
    expect(await createMigration(o)).toEqual({
      up: ['alter table "inspection" add column "venue" text null;'],
      down: ['alter table "inspection" drop column "venue";'],
    });
  });
});
