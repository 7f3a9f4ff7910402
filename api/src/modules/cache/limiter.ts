/**
 * Bounded work: at most `concurrency` GraphQL executions at once, at most `queue` waiting, none
 * waiting longer than `maxWaitMs`; past that a request is refused (HTTP 503 with Retry-After) instead of waiting without limit,
 * so latency stays bounded under overload and the client knows to come back.
 */
export interface Limits {
  concurrency: number;
  queue: number;
  /** how long a request may wait for its turn before it is refused too */
  maxWaitMs: number;
}

export class Overloaded extends Error {
  override name = 'Overloaded';
  readonly status = 503;
  constructor(readonly limits: Limits, waited = false) {
    super(
      waited
        ? `the server is busy (waited ${limits.maxWaitMs / 1000} s for one of ${limits.concurrency} query slots); try again shortly`
        : `the server is busy (${limits.concurrency} queries running, ${limits.queue} waiting); try again shortly`,
    );
  }
}

export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  refused = 0;

  constructor(readonly limits: Limits) {}

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limits.concurrency) {
      if (this.waiting.length >= this.limits.queue) {
        this.refused++;
        throw new Overloaded(this.limits);
      }
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          const i = this.waiting.indexOf(turn);
          if (i >= 0) this.waiting.splice(i, 1);
          this.refused++;
          reject(new Overloaded(this.limits, true));
        }, this.limits.maxWaitMs);
        this.waiting.push(turn);
      });
    } else {
      this.active++;
    }
    try {
      return await work();
    } finally {
      // hand the slot to the next in line (active stays the same), or free it
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
