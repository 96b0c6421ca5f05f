// Keyset (seek) pagination for the root connections.
//
// The Prisma plugin turns `after`/`before` into Prisma's `cursor` option. Prisma 6's query
// compiler runs that as a statement with no LIMIT: it reads every row after the cursor and
// keeps `take` of them in memory, so a page deep into a large table costs like reading the
// rest of the table. Here the cursor becomes a WHERE condition on the sort keys instead,
// written so that PostgreSQL starts an index range scan at the cursor and stops after
// `take` rows (an `OR ... IS NULL` branch would defeat the index, so the rows with a null
// sort key are fetched as a separate segment, only when a page reaches them).
//
// Order: the sort keys of the connection, the last one unique (the cursor field). Only the
// first key may be nullable. The index that serves a keyset must have the same order,
// including NULLS FIRST/LAST (see the 20261127040000_keyset_indexes migration).
//
// Cursors carry the row's sort-key values (`GPC:` + a Pothos cursor tuple, such as
// [publishedAt, id]), not only its ID: the page after a cursor seeks on those values, so it
// goes on where it was even when the cursor's row has been deleted since, and costs one
// statement. The edges' and pageInfo's cursors are written by `keysetConnectionFields` and
// `keysetEdgeFields`. A cursor of the old form (the row's ID alone) is still read, by loading
// its row's sort keys; if that row is gone it is refused with BAD_USER_INPUT
// (`extensions.reason: STALE_CURSOR`) rather than answered with an empty last page.

import { encodeBase64, encodeCursorTuple } from '@pothos/core';
import { loadPerformanceConfig } from '../config.ts';
import { badInput } from '../errors.ts';

/** KEYSET_PAGINATION=false hands the cursor to Prisma as before (for the benchmark's ablation). */
const enabled = loadPerformanceConfig().keysetPagination;

export type Direction = 'asc' | 'desc';

export interface SortKey {
  field: string;
  dir: Direction;
  /** Where nulls sort, for a nullable key (the first key only). */
  nulls?: 'first' | 'last';
}

type Where = Record<string, unknown>;
type Row = Record<string, unknown>;

export interface KeysetArgs<W, O> {
  where: W;
  orderBy: O[];
  take?: number;
}

/** W and O: the model's Prisma WhereInput and OrderByWithRelationInput. */
export interface Keyset<W, O> {
  keys: readonly SortKey[];
  /** The Prisma orderBy of this order. */
  orderBy: O[];
  /** The sort-key fields, for a `select` of the cursor row. */
  select: Record<string, true>;
  /** The cursor of a row (it must carry the sort-key fields). */
  cursorOf(row: object): string;
  /** The plugin's selection without its paging, with the sort keys added to a `select`. */
  selection<Q extends { cursor?: unknown; take?: number; skip?: number }>(query: Q): Omit<Q, 'cursor' | 'take' | 'skip'>;
  /**
   * Runs one page: `run` is the model's findMany (with the plugin's selection), `cursorRow`
   * loads the cursor row's sort keys (for an old-style cursor only). Without a cursor, or
   * with one carrying its sort keys, this is one findMany.
   */
  page<T, C>(
    query: { cursor?: C; take?: number },
    where: W,
    run: (args: KeysetArgs<W, O>) => Promise<T[]>,
    cursorRow: (cursor: C) => Promise<object | null>,
  ): Promise<T[]>;
}

/** Strict and non-strict comparison operators that move along the order. */
function ops(dir: Direction, forward: boolean) {
  const up = (dir === 'asc') === forward;
  return up ? { strict: 'gt', loose: 'gte' } : { strict: 'lt', loose: 'lte' };
}

/**
 * Rows strictly beyond `values` along `keys` (non-null values): k1 <= v1 AND (k1 < v1 OR
 * (k2 <= v2 AND (k2 < v2 OR ...))) for a descending order. The outer non-strict bound is an
 * index condition; the rest filters the few rows that share a value.
 */
function beyond(keys: readonly SortKey[], row: Row, forward: boolean): Where {
  const [key, ...rest] = keys;
  if (!key) throw new Error('keyset: no sort keys');
  const { strict, loose } = ops(key.dir, forward);
  const value = row[key.field];
  if (!rest.length) return { [key.field]: { [strict]: value } };
  return { AND: [{ [key.field]: { [loose]: value } }, { OR: [{ [key.field]: { [strict]: value } }, beyond(rest, row, forward)] }] };
}

export function keyset<W, O>(keys: readonly SortKey[]): Keyset<W, O> {
  if (keys.length === 0) throw new Error('keyset: no sort keys');
  if (keys.slice(1).some((k) => k.nulls)) throw new Error('keyset: only the first sort key may be nullable');
  const [first] = keys as [SortKey, ...SortKey[]];
  const orderBy = keys.map((k) => ({ [k.field]: k.nulls ? { sort: k.dir, nulls: k.nulls } : k.dir })) as O[];
  const select = Object.fromEntries(keys.map((k) => [k.field, true] as const));

  /** The sort-key values a cursor carries, checked; null for an old-style (ID-only) cursor. */
  function carried(cursor: unknown): Row | null {
    // The plugin hands the decoded cursor as { <cursor field>: value }.
    const value = cursor && typeof cursor === 'object' ? Object.values(cursor as Record<string, unknown>)[0] : undefined;
    if (!Array.isArray(value)) return null;
    const valid =
      value.length === keys.length &&
      value.every((v, i) => (v === null ? i === 0 && !!first.nulls : v instanceof Date ? !Number.isNaN(v.getTime()) : typeof v === 'string' || Number.isFinite(v)));
    if (!valid) throw badInput('Invalid cursor: it does not belong to this list', { reason: 'INVALID_CURSOR' });
    return Object.fromEntries(keys.map((k, i) => [k.field, value[i]]));
  }

  /** The rows after (forward) or before the cursor row, as segments in list order. */
  function segments(row: Row, forward: boolean): Where[] {
    if (!first.nulls) return [beyond(keys, row, forward)];
    const nullRegion = { [first.field]: null };
    const valueRegion = { [first.field]: { not: null } };
    const inNulls = row[first.field] === null || row[first.field] === undefined;
    // Within the cursor's own region, rows beyond it; then every row of the other region
    // if that region lies ahead in this direction.
    const own = inNulls
      ? keys.length > 1
        ? { AND: [nullRegion, beyond(keys.slice(1), row, forward)] }
        : null
      : beyond(keys, row, forward);
    const nullsAhead = (first.nulls === 'last') === forward;
    const list: Where[] = [];
    if (own) list.push(own);
    if (!inNulls && nullsAhead) list.push(nullRegion);
    if (inNulls && !nullsAhead) list.push(valueRegion);
    // In list order: backward segments were collected nearest-first.
    return forward ? list : list.reverse();
  }

  return {
    keys,
    orderBy,
    select,
    cursorOf(row: object): string {
      const values = keys.map((k) => (row as Row)[k.field]);
      if (values.some((v) => v === undefined)) throw new Error(`keyset: the row lacks a sort key (${keys.map((k) => k.field).join(', ')})`);
      return encodeBase64(`GPC:${encodeCursorTuple(values)}`);
    },
    selection<Q extends { cursor?: unknown; take?: number; skip?: number }>(query: Q): Omit<Q, 'cursor' | 'take' | 'skip'> {
      const rest = selection(query) as Omit<Q, 'cursor' | 'take' | 'skip'> & { select?: Record<string, unknown> };
      return rest.select ? { ...rest, select: { ...rest.select, ...select } } : rest;
    },
    async page<T, C>(
      query: { cursor?: C; take?: number },
      where: W,
      run: (args: KeysetArgs<W, O>) => Promise<T[]>,
      cursorRow: (cursor: C) => Promise<object | null>,
    ): Promise<T[]> {
      const take = query.take;
      if (query.cursor === undefined || query.cursor === null) return run({ where, orderBy, ...(take === undefined ? {} : { take }) });
      let row = carried(query.cursor);
      if (!enabled) {
        // Prisma's cursor is the unique last key, { <cursor field>: value }.
        const field = Object.keys(query.cursor)[0]!;
        const cursor = row ? { [field]: row[keys.at(-1)!.field] } : query.cursor;
        return run({ where, orderBy, take, cursor, skip: 1 } as KeysetArgs<W, O>);
      }
      if (!row) {
        row = (await cursorRow(query.cursor)) as Row | null;
        if (!row) throw badInput('This cursor points at a row that no longer exists; start again from the first page', { reason: 'STALE_CURSOR' });
      }
      const parts = segments(row, take === undefined || take >= 0);
      const seek = async (args: KeysetArgs<W, O>): Promise<T[]> => {
        try {
          return await run(args);
        } catch (err) {
          // A carried value of the wrong type for its key (a cursor of another list, forged).
          if (err instanceof Error && err.name === 'PrismaClientValidationError') throw badInput('Invalid cursor: it does not belong to this list', { reason: 'INVALID_CURSOR' });
          throw err;
        }
      };
      const limit = take === undefined ? Infinity : Math.abs(take);
      if (take !== undefined && take < 0) {
        // Backward: the last |take| rows before the cursor, nearest segment first.
        let out: T[] = [];
        for (const part of [...parts].reverse()) {
          const need = limit - out.length;
          if (need <= 0) break;
          out = [...(await seek({ where: { AND: [where, part] } as W, orderBy, take: -need })), ...out];
        }
        return out;
      }
      const out: T[] = [];
      for (const part of parts) {
        const need = limit - out.length;
        if (need <= 0) break;
        out.push(...(await seek({ where: { AND: [where, part] } as W, orderBy, ...(need === Infinity ? {} : { take: need }) })));
      }
      return out;
    },
  };
}

/** The plugin's selection without its paging (select/include only). */
export function selection<Q extends { cursor?: unknown; take?: number; skip?: number }>(query: Q): Omit<Q, 'cursor' | 'take' | 'skip'> {
  const { cursor: _cursor, take: _take, skip: _skip, ...rest } = query;
  return rest;
}
