// Wraps a Prisma driver adapter factory so that every SQL statement the client sends is
// reported: tests count statements per request, debug logs show them, and tracing times them.
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

export type StatementListener = (sql: string) => void;
/** Told when a statement starts; the function it returns, if any, is called when it ends (with its error). */
export type StatementObserver = (sql: string) => ((error?: unknown) => void) | void;

/** Calls fn, reporting its end (or failure) to `done`. */
function timed(done: ((error?: unknown) => void) | void, fn: () => unknown): unknown {
  if (!done) return fn();
  let result: unknown;
  try {
    result = fn();
  } catch (error) {
    done(error);
    throw error;
  }
  if (result !== null && typeof result === 'object' && typeof (result as PromiseLike<unknown>).then === 'function') {
    return Promise.resolve(result).then(
      (value: unknown) => {
        done();
        return value;
      },
      (error: unknown) => {
        done(error);
        throw error;
      },
    );
  }
  done();
  return result;
}

const COUNTED = new Set<PropertyKey>(['queryRaw', 'executeRaw']);

function observe<T extends object>(target: T, notify: StatementObserver, onDispose?: () => Promise<void>): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (COUNTED.has(prop)) {
        return (query: { sql: string }, ...rest: unknown[]) => timed(notify(query.sql), () => fn.call(obj, query, ...rest));
      }
      if (prop === 'startTransaction') {
        return async (...args: unknown[]) => observe((await fn.apply(obj, args)) as object, notify);
      }
      if (prop === 'executeScript') {
        return (script: string) => timed(notify(script), () => fn.call(obj, script));
      }
      if (prop === 'dispose' && onDispose) {
        return async () => {
          await fn.call(obj);
          await onDispose();
        };
      }
      return fn.bind(obj);
    },
  });
}

export function instrumentAdapterFactory<F extends SqlDriverAdapterFactory>(
  factory: F,
  notify: StatementObserver,
  onDispose?: () => Promise<void>,
): F {
  return new Proxy(factory, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (prop === 'connect' && typeof value === 'function') {
        return async () => observe(await (value as () => Promise<object>).call(obj), notify, onDispose);
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}
