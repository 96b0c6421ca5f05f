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

import { loadPerformanceConfig } from '../config.ts';

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
  /**
   * Runs one page: `run` is the model's findMany (with the plugin's selection), `cursorRow`
   * loads the cursor row's sort keys. Without a cursor this is one findMany, as before.
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
    async page<T, C>(
      query: { cursor?: C; take?: number },
      where: W,
      run: (args: KeysetArgs<W, O>) => Promise<T[]>,
      cursorRow: (cursor: C) => Promise<object | null>,
    ): Promise<T[]> {
      const take = query.take;
      if (query.cursor === undefined || query.cursor === null) return run({ where, orderBy, ...(take === undefined ? {} : { take }) });
      if (!enabled) return run({ where, orderBy, take, cursor: query.cursor, skip: 1 } as KeysetArgs<W, O>);
      const row = (await cursorRow(query.cursor)) as Row | null;
      // Prisma answers a cursor that matches no row with an empty page; so does this.
      if (!row) return [];
      const parts = segments(row, take === undefined || take >= 0);
      const limit = take === undefined ? Infinity : Math.abs(take);
      if (take !== undefined && take < 0) {
        // Backward: the last |take| rows before the cursor, nearest segment first.
        let out: T[] = [];
        for (const part of [...parts].reverse()) {
          const need = limit - out.length;
          if (need <= 0) break;
          out = [...(await run({ where: { AND: [where, part] } as W, orderBy, take: -need })), ...out];
        }
        return out;
      }
      const out: T[] = [];
      for (const part of parts) {
        const need = limit - out.length;
        if (need <= 0) break;
        out.push(...(await run({ where: { AND: [where, part] } as W, orderBy, ...(need === Infinity ? {} : { take: need }) })));
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
