/**
 * Bounded work: at most `concurrency` GraphQL executions at once, at most `queue` waiting; past
 * that a request is refused at once (HTTP 503 with Retry-After) instead of waiting without limit,
 * so latency stays bounded under overload and the client knows to come back.
 */
export class Overloaded extends Error {
  override name = 'Overloaded';
  readonly status = 503;
  constructor(readonly limits: { concurrency: number; queue: number }) {
    super(`the server is busy (${limits.concurrency} queries running, ${limits.queue} waiting); try again shortly`);
  }
}

export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  refused = 0;

  constructor(readonly limits: { concurrency: number; queue: number }) {}

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
      await new Promise<void>((r) => this.waiting.push(r));
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
