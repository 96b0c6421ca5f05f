// Wraps a Prisma driver adapter factory so that every SQL statement the client sends is
// reported: tests count statements per request, and debug logs show them.
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

export type StatementListener = (sql: string) => void;

const COUNTED = new Set<PropertyKey>(['queryRaw', 'executeRaw']);

function observe<T extends object>(target: T, notify: StatementListener, onDispose?: () => Promise<void>): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (COUNTED.has(prop)) {
        return (query: { sql: string }, ...rest: unknown[]) => {
          notify(query.sql);
          return fn.call(obj, query, ...rest);
        };
      }
      if (prop === 'startTransaction') {
        return async (...args: unknown[]) => observe((await fn.apply(obj, args)) as object, notify);
      }
      if (prop === 'executeScript') {
        return (script: string) => {
          notify(script);
          return fn.call(obj, script);
        };
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
  notify: StatementListener,
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
