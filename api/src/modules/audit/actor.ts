import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction, type Sql } from '../../shared/sql.js';

/** How a change reached the database (audit_entry.via). */
export type Via = 'seed' | 'import' | 'cli' | 'api' | 'form' | 'migration' | 'bench';

/** Who changes data: a user's login, or `cli` for the command line (SPEC §6.2: the CLI acts as ADMIN). */
export interface Actor {
  login: string;
}

export const CLI: Actor = { login: 'cli' };

/**
 * Names the actor of the current transaction for the audit triggers (migration AuditTrail): every
 * write to a record table is refused until this ran in its transaction. Transaction-local
 * (`set_config(…, true)`), so nothing leaks to the next transaction on a pooled or single
 * (pglite-socket) connection. Call it first inside a transaction that is already open.
 */
export async function setActor(sql: Sql, actor: Actor, via: Via): Promise<void> {
  if (!actor.login) throw new Error('setActor: an actor needs a login');
  await sql(`select set_config('qcdc.actor', ?, true), set_config('qcdc.via', ?, true)`, [actor.login, via]);
}

/** Runs fn in one transaction whose changes are audited as made by `actor` via `via`. */
export async function withActor<T>(em: EntityManager, actor: Actor, via: Via, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return inTransaction(em, async (sql) => {
    await setActor(sql, actor, via);
    return fn(sql);
  });
}
