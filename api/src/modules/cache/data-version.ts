import type { Sql } from '../../shared/sql.js';

/**
 * The data version (migration DataVersion): a counter in the database that every write transaction
 * bumps. A request reads it before it reads anything else, so an answer computed after reading n
 * reflects every write up to n (and maybe later ones, never earlier ones): answers cached under n
 * are never stale for a reader who read n. Kept in the database, so every API process agrees.
 */

/** Bumps the version inside the writing transaction (the gateway calls this first thing). */
export async function bumpDataVersion(sql: Sql): Promise<void> {
  await sql('update data_version set n = n + 1, changed_at = now() where id = 1');
}

export async function readDataVersion(sql: Sql): Promise<string> {
  const [row] = await sql<{ n: string }>('select n::text as n from data_version where id = 1');
  return row?.n ?? '0';
}

/**
 * Reads the version for many concurrent requests with few statements: a request joins a read that
 * has not started yet (one per event-loop turn), never one that started before it arrived, so each
 * request still sees a version read after its own start.
 */
export class VersionReader {
  private next: Promise<string> | null = null;
  reads = 0;

  constructor(private readonly read: () => Promise<string>) {}

  current(): Promise<string> {
    if (this.next) return this.next;
    const pending = new Promise<string>((resolve, reject) => {
      setImmediate(() => {
        // from here on, arrivals wait for the next read
        if (this.next === pending) this.next = null;
        this.reads++;
        this.read().then(resolve, reject);
      });
    });
    this.next = pending;
    return pending;
  }
}
