import type { MikroORM, Options } from '@mikro-orm/postgresql';
import type { PostgreSqlSchemaHelper } from '@mikro-orm/postgresql';

/**
 * The ORM options of `npm run migration:create`: the generator writes TypeScript into `dir` and
 * diffs the entities against the migrated database itself, not against a snapshot file (one kept
 * in src/migrations went stale as soon as a migration was written by hand).
 */
export function migrationCreateOptions(base: Options, dir: string): Options {
  return { ...base, migrations: { ...base.migrations, path: dir, pathTs: dir, emit: 'ts', snapshot: false } };
}

/**
 * MikroORM 6.6 takes a check's expression out of `pg_get_constraintdef` only when it ends in "))":
 * a NOT VALID check (source_document_url_web, migration SourceUrlWeb) is read without one, so the
 * generator would drop and re-create it in every migration. Read theirs the same way.
 */
export function readNotValidChecks(orm: MikroORM): void {
  const helper = orm.em.getPlatform().getSchemaHelper() as PostgreSqlSchemaHelper;
  const read = helper.getAllChecks.bind(helper);
  helper.getAllChecks = async (...args) => {
    const all = await read(...args);
    for (const check of Object.values(all).flat()) {
      const notValid = /^check \(\((.*)\)\) not valid$/is.exec(check.definition ?? '');
      if (notValid && check.expression == null) check.expression = notValid[1].replace(/\((.*?)\)::\w+/g, '$1');
    }
    return all;
  };
}
