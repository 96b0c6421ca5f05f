// JSON_ROWS: the rows Prisma's relation joins build, as json instead of jsonb.
//
// With relation joins (RELATION_JOINS), Prisma 7 loads each joined relation in a LATERAL
// subquery that builds its rows with JSONB_BUILD_OBJECT and gathers them with JSONB_AGG; a
// nested level (an official's positions inside the official, inside the country's page) is
// built as jsonb, then taken apart and copied again into each enclosing level, and printed
// as text at the end. Prisma reads those columns back as JSON text either way. json (text
// built once, kept as written) does the same job for much less PostgreSQL CPU: on the
// benchmark's nested query (scale 1) 9.5 -> 6.5 ms per statement, measured interleaved.
//
// The rewrite touches only Prisma's relation-join statements (those that build
// "__prisma_data__" columns) and only the two constructs it builds them with; it leaves a
// statement alone if anything in it might compare the built values (json has no equality:
// DISTINCT, GROUP BY, UNION/INTERSECT/EXCEPT), so it can change no result, only its cost.
// Our own raw SQL never names "__prisma_data__".
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

const MARK = '"__prisma_data__"';
const AGG_JSONB = `COALESCE(JSONB_AGG("__prisma_data__"), '[]')`;
const AGG_JSON = `COALESCE(JSON_AGG("__prisma_data__"), '[]'::json)`;
const COMPARES = /\b(?:DISTINCT|GROUP\s+BY|UNION|INTERSECT|EXCEPT)\b/i;

/** The statement with its joined rows built as json; any other statement unchanged. */
export function jsonRowsSql(sql: string): string {
  if (!sql.includes(MARK) || COMPARES.test(sql)) return sql;
  return sql.replaceAll(AGG_JSONB, AGG_JSON).replaceAll('JSONB_BUILD_OBJECT(', 'JSON_BUILD_OBJECT(');
}

const REWRITTEN = new Set<PropertyKey>(['queryRaw', 'executeRaw']);

function rewriting<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (REWRITTEN.has(prop)) {
        return (query: { sql: string }, ...rest: unknown[]) => fn.call(obj, { ...query, sql: jsonRowsSql(query.sql) }, ...rest);
      }
      if (prop === 'startTransaction') return async (...args: unknown[]) => rewriting((await fn.apply(obj, args)) as object);
      return fn.bind(obj);
    },
  });
}

/** The adapter factory whose adapters (and their transactions) send Prisma's joined rows as json. */
export function jsonRowsAdapterFactory<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (prop === 'connect' && typeof value === 'function') {
        return async () => rewriting(await (value as () => Promise<object>).call(obj));
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}
