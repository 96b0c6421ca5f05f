// Error log lines for failures the client only sees as a code (INTERNAL_SERVER_ERROR,
// SERVICE_UNAVAILABLE): the details, with the request's ID and caller, for whoever runs the
// service; and the masking of errors inside deferred and streamed parts, which Yoga leaves raw. Read from the execution's own results (every part of a deferred or streamed
// result, every event of a subscription) before Yoga masks them, with the request's context
// at hand: no AsyncLocalStorage scope per request, which on Node 22 made every promise of
// every request carry one (bench/experiments/http: ~0.015 ms on `{ __typename }`).
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { maskError } from '../errors.ts';

/** The codes whose details are logged: the service's failures, not the client's mistakes. */
const LOGGED = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

interface Caller {
  requestId?: string;
  auth?: { name?: string };
}

/** Failures already logged (the error and what it wraps), so masking does not log them again. */
const logged = new WeakSet<object>();
const original = (error: unknown): unknown => (error instanceof GraphQLError && error.originalError ? error.originalError : error);

/** Logs one failure the client will see masked; the same log line for every path that fails. */
export function logFailure(log: Logger, error: unknown, who: Caller): boolean {
  const masked = maskError(error);
  const code = masked.extensions.code as string;
  if (!LOGGED.has(code)) return false;
  log.error({ err: error, path: masked.path, code, requestId: who.requestId, caller: who.auth?.name }, 'request failed');
  for (const e of [error, original(error)]) if (typeof e === 'object' && e !== null) logged.add(e);
  return true;
}

/**
 * For Yoga's error masking: logs a failure raised where no result carried it (a plugin's
 * hook, such as a rate limiter whose store is down), without its request's ID.
 */
export function logIfUnlogged(log: Logger, error: unknown): void {
  const inner = original(error);
  if ((typeof error === 'object' && error !== null && logged.has(error)) || (typeof inner === 'object' && inner !== null && logged.has(inner))) return;
  logFailure(log, error, {});
}

function report(log: Logger, result: unknown, who: Caller): void {
  for (const error of (result as ExecutionResult | null)?.errors ?? []) logFailure(log, error, who);
}

interface Part {
  incremental?: readonly { errors?: readonly unknown[] }[];
}

/**
 * A later part of a deferred or streamed answer with the errors of its `incremental` items
 * logged and masked: Yoga's masking sees only a part's own `errors`, so a failure inside a
 * deferred fragment reached the client with its raw message. Null when none failed.
 */
function maskedPart(log: Logger, part: Part, who: Caller): Part | null {
  if (!part.incremental?.some((item) => item.errors?.length)) return null;
  return {
    ...part,
    incremental: part.incremental.map((item) =>
      item.errors?.length
        ? {
            ...item,
            errors: item.errors.map((error) => {
              logFailure(log, error, who);
              return maskError(error);
            }),
          }
        : item,
    ),
  };
}

export function useFailureLog(log: Logger): Plugin {
  return {
    onExecute({ args }) {
      const who = args.contextValue as Caller;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in (result as object)) {
            return {
              onNext({ result: part, setResult }) {
                report(log, part, who);
                const masked = maskedPart(log, part as Part, who);
                if (masked) setResult(masked as typeof part);
              },
            };
          }
          report(log, result, who);
          return undefined;
        },
      };
    },
    onSubscribe({ args }) {
      const who = args.contextValue as Caller;
      return {
        onSubscribeResult({ result }) {
          if (Symbol.asyncIterator in (result as object)) return { onNext: ({ result: event }) => report(log, event, who) };
          report(log, result, who);
          return undefined;
        },
      };
    },
  };
}
