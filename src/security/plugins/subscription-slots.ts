// Open subscriptions per client (MAX_SUBSCRIPTIONS): a subscription takes one of its client's
// slots when it starts, before the cost and rate limits (so a client at its cap is refused
// without being charged), and gives it back when its stream ends for any reason: completed,
// refused (by the rate limit, at start or at an event), or its client gone.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context.ts';
import { AppError, ErrorCode } from '../../errors.ts';
import { identityOf } from '../rate-limit.ts';
import { meterStream, type MeteredStream, type SubscriptionSlots } from '../subscriptions.ts';

export interface SubscriptionSlotOptions {
  slots: SubscriptionSlots;
  /** Called for each refusal (metrics). */
  onRateLimited?: () => void;
}

export function useSubscriptionSlots(options: SubscriptionSlotOptions): Plugin {
  const { slots } = options;
  /** The subscription streams each request opened, until its response is on its way. */
  const openStreams = new WeakMap<Request, Set<MeteredStream>>();
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as unknown as Context;
      const identity = identityOf(ctx.auth);
      const release = identity === null ? () => undefined : slots.take(identity);
      if (!release) {
        options.onRateLimited?.();
        setResultAndStopExecution({
          errors: [
            new AppError(ErrorCode.RATE_LIMITED, `Too many open subscriptions: at most ${slots.perClient} per client; close one first.`, {
              http: { status: 429 },
            }),
          ],
        });
        return;
      }
      const request = (args.contextValue as { request?: Request }).request;
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in (result as object))) {
            release(); // refused by a later plugin, or failed before streaming
            return;
          }
          // Events are charged by the rate limit's stream around this one.
          const stream = meterStream(result as AsyncIterable<ExecutionResult>, { release, charge: () => Promise.resolve(null) });
          if (request) {
            // Ended when the client leaves, even before the stream is read.
            request.signal?.addEventListener('abort', () => void stream.return(), { once: true });
            const streams = openStreams.get(request) ?? new Set();
            streams.add(stream);
            openStreams.set(request, streams);
          }
          setResult(stream);
        },
      };
    },
    // A stream nobody will read (a 406 for the Accept header, a batch answered as JSON) ends
    // here, and so gives its slot back.
    onResponse({ request, response }) {
      const streams = openStreams.get(request);
      if (!streams) return;
      openStreams.delete(request);
      const type = response.headers.get('content-type') ?? '';
      const streaming = response.status === 200 && response.body !== null && /text\/event-stream|multipart\/mixed/.test(type);
      if (!streaming) for (const stream of streams) void stream.return();
    },
  };
}
