// Limits for live subscriptions, which hold a connection and do work per event for as long
// as they stay open:
// - a cap on the subscriptions one client (key or IP) holds open on an instance
//   (MAX_SUBSCRIPTIONS), so one client cannot pin the connections and the per-event work;
// - each delivered event is charged the subscription's cost, like a query of the same
//   selection, so a long subscription spends the same budget as polling would. Once the
//   budget is spent the stream sends one RATE_LIMITED error and ends.
import type { ExecutionResult } from 'graphql';

/** Open subscriptions per client identity, on this instance. */
export class SubscriptionSlots {
  private readonly open = new Map<string, number>();
  private total = 0;

  constructor(readonly perClient: number) {}

  /** Takes a slot for the client; returns its release (idempotent), or null when the client is at the cap. */
  take(identity: string): (() => void) | null {
    const held = this.open.get(identity) ?? 0;
    if (this.perClient > 0 && held >= this.perClient) return null;
    this.open.set(identity, held + 1);
    this.total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const now = (this.open.get(identity) ?? 1) - 1;
      if (now > 0) this.open.set(identity, now);
      else this.open.delete(identity);
    };
  }

  /** Subscriptions open on this instance (metrics). */
  get size(): number {
    return this.total;
  }
}

export interface MeterOptions {
  /**
   * Admits one event: charges it, checks the caller may still receive it. Returns the result
   * to send instead, ending the stream, or null to go on.
   */
  charge(): Promise<ExecutionResult | null>;
  /** Called once when the stream ends for any reason: completed, failed, cancelled or refused. */
  release(): void;
}

/**
 * Wraps a subscription's result stream: charges each event before it is sent and releases
 * the slot when the stream ends. Written as a plain iterator, not an async generator, so a
 * client that disconnects while the stream waits for its next event releases at once (an
 * async generator would run its `finally` only after that event).
 */
/** A metered stream; `return()` ends it (idempotent), whatever it is waiting for. */
export type MeteredStream = AsyncIterableIterator<ExecutionResult> & { return(): Promise<IteratorResult<ExecutionResult>> };

export function meterStream(source: AsyncIterable<ExecutionResult>, options: MeterOptions): MeteredStream {
  const inner = source[Symbol.asyncIterator]();
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    options.release();
  };
  const done = (): IteratorResult<ExecutionResult> => ({ done: true, value: undefined });
  const iterator: MeteredStream = {
    [Symbol.asyncIterator]: () => iterator,
    async next() {
      if (finished) return done();
      let step: IteratorResult<ExecutionResult>;
      try {
        step = await inner.next();
      } catch (err) {
        finish();
        throw err;
      }
      if (finished) return done(); // cancelled while waiting
      if (step.done) {
        finish();
        return step;
      }
      const refusal = await options.charge();
      if (!refusal) return step;
      finish();
      await inner.return?.();
      return { done: false, value: refusal };
    },
    async return() {
      finish();
      await inner.return?.();
      return done();
    },
    async throw(err: unknown) {
      finish();
      if (inner.throw) return inner.throw(err);
      throw err;
    },
  };
  return iterator;
}
