import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';

/** Plain parameterised SQL (`?` placeholders; JS arrays bind as PostgreSQL arrays). Rows come back as objects. */
export type Sql = <T = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<T[]>;

export function sqlOf(knex: Knex | Knex.Transaction): Sql {
  return async <T>(text: string, params: readonly unknown[] = []) => {
    const result = await knex.raw(text, params as never);
    return result.rows as T[];
  };
}

export function sqlFor(em: EntityManager): Sql {
  return sqlOf(em.getKnex());
}

/** Runs fn in one transaction on one connection; throwing rolls everything back. */
export async function inTransaction<T>(em: EntityManager, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return em.getKnex().transaction((trx) => fn(sqlOf(trx)));
}
