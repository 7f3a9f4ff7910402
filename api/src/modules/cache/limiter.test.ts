import { afterEach, describe, expect, it, vi } from 'vitest';
import { Limiter, Overloaded } from './limiter.js';
import { VersionReader } from './data-version.js';

afterEach(() => vi.useRealTimers());

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}

describe('Limiter', () => {
  it('runs `concurrency` at once, queues `queue`, refuses the next at once, and hands slots on in order', async () => {
    const l = new Limiter({ concurrency: 2, queue: 1, maxWaitMs: 60_000 });
    const g = gate();
    const order: number[] = [];
    const runs = [1, 2, 3].map((i) => l.run(async () => (await g.promise, order.push(i))));
    expect([l.running, l.queued]).toEqual([2, 1]);
    await expect(l.run(async () => 4)).rejects.toBeInstanceOf(Overloaded);
    g.open();
    await Promise.all(runs);
    expect(order).toEqual([1, 2, 3]);
    expect([l.running, l.queued, l.refused]).toEqual([0, 0, 1]);
  });

  it('refuses a request that waited maxWaitMs for its turn, and forgets it', async () => {
    vi.useFakeTimers();
    const l = new Limiter({ concurrency: 1, queue: 10, maxWaitMs: 2000 });
    const g = gate();
    const first = l.run(() => g.promise);
    const waiting = l.run(async () => 'never').catch((e: unknown) => e);
    expect(l.queued).toBe(1);
    await vi.advanceTimersByTimeAsync(2000);
    const e = await waiting;
    expect(e).toBeInstanceOf(Overloaded);
    expect((e as Error).message).toMatch(/waited 2 s/);
    expect(l.queued).toBe(0);
    g.open();
    await first;
    expect(l.running).toBe(0);
  });
});

describe('VersionReader', () => {
  it('requests arriving in one turn share one read; a request after a read started gets a read of its own', async () => {
    let n = 0;
    const r = new VersionReader(async () => String(++n));
    const [a, b] = await Promise.all([r.current(), r.current()]);
    expect([a, b, r.reads]).toEqual(['1', '1', 1]);
    expect(await r.current()).toBe('2');
    expect(r.reads).toBe(2);
  });
});
