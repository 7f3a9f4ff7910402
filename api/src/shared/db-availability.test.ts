import { describe, expect, it } from 'vitest';
import { DatabaseHealth, isConnectionLost, readWithRetry, retryReadOnce } from './db-availability.js';

/** What node-postgres, knex and MikroORM threw in db-availability.int.test.ts, as plain objects. */
const lost = [
  Object.assign(new Error('select 1 - terminating connection due to administrator command'), { code: '57P01' }),
  Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
  Object.assign(new Error('connect ENOENT /tmp/x/.s.PGSQL.5432'), { code: 'ENOENT' }),
  new Error('select 1 - Connection terminated unexpectedly'),
  { message: 'wrapped', originalError: Object.assign(new Error('x'), { code: '08006' }) },
];
const notLost = [
  Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
  Object.assign(new Error("ENOENT: no such file or directory, open 'x.csv'"), { code: 'ENOENT' }),
  Object.assign(new Error('invalid input syntax for type integer'), { code: '22P02' }),
  new Error('Internal server error'),
];

describe('isConnectionLost', () => {
  it('knows a lost or refused connection from any other error', () => {
    for (const e of lost) expect(isConnectionLost(e), String((e as Error).message)).toBe(true);
    for (const e of notLost) expect(isConnectionLost(e), e.message).toBe(false);
  });
});

describe('retryReadOnce', () => {
  const up = () => new DatabaseHealth(async () => 1, { waitMs: 1000, intervalMs: 1 });

  it('runs a read that lost the database once more after the database answers', async () => {
    const outcomes = [{ lost: true, op: 'query' }, { lost: false, op: 'query' }];
    let runs = 0;
    const health = up();
    const out = await retryReadOnce(health, async () => outcomes[runs++], (o) => o.lost, (o) => o.op === 'query');
    expect(runs).toBe(2);
    expect(out.lost).toBe(false);
    expect(health.counts).toMatchObject({ retried: 1, unavailable: 0 });
  });

  it('never runs a write twice: a mutation that lost the database is answered as it is', async () => {
    let runs = 0;
    const health = up();
    const out = await retryReadOnce(health, async () => (runs++, { lost: true, op: 'mutation' }), (o) => o.lost, (o) => o.op === 'query');
    expect(runs).toBe(1);
    expect(out.lost).toBe(true);
    expect(health.counts).toMatchObject({ retried: 0, unavailable: 1 });
  });

  it('a read is retried once only, and not at all while the database stays away', async () => {
    let runs = 0;
    const down = new DatabaseHealth(async () => Promise.reject(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })), { waitMs: 5, intervalMs: 1 });
    await retryReadOnce(down, async () => (runs++, { lost: true }), (o) => o.lost, () => true);
    expect(runs).toBe(1);
    expect(down.state).toBe('degraded');
    runs = 0;
    await retryReadOnce(up(), async () => (runs++, { lost: true }), (o) => o.lost, () => true);
    expect(runs).toBe(2);
  });

  it('readWithRetry turns a lost database into DatabaseUnavailableError (503) and lets other errors through', async () => {
    const down = new DatabaseHealth(async () => Promise.reject(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })), { waitMs: 5, intervalMs: 1 });
    await expect(readWithRetry(down, async () => Promise.reject(lost[0]))).rejects.toMatchObject({ name: 'DatabaseUnavailableError', status: 503 });
    await expect(readWithRetry(down, async () => Promise.reject(notLost[0]))).rejects.toBe(notLost[0]);
  });
});
