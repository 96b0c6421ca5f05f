// The page object of a nested connection (a country's officials or organizations), with the
// cursors written only when a query asks for them.
//
// The Prisma plugin's connection helper (`prismaConnectionHelpers(...).resolve`) builds every
// edge as `{ connection, ...row, cursor, node }`: it copies each row's columns onto its edge
// and encodes each edge's cursor (base64 of the cursor chunk) whether or not anyone asks for
// `cursor`. Under a list of countries that is every official of every page, per request, for
// a field most queries never select. Here an edge holds its row and writes its cursor when
// the `cursor` field (the Relay plugin's `t.expose('cursor')`) reads it; `pageInfo`'s start
// and end cursors likewise. Same cursors (the plugin's own `formatPrismaCursor`), same page
// flags as the helper's.
import { getConnectionPageSize } from '@pothos/core';
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import { DEFAULT_PAGE_SIZE, pageSize } from './builder.ts';

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** An edge whose cursor is encoded on first read. */
class LazyEdge<T extends object> {
  #cursor: string | undefined;
  constructor(
    readonly node: T,
    private readonly cursorField: string,
  ) {}
  get cursor(): string {
    return (this.#cursor ??= formatPrismaCursor(this.node as Record<string, unknown>, this.cursorField));
  }
}

class LazyPageInfo {
  constructor(
    private readonly edges: readonly LazyEdge<object>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}
  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

export interface LazyPage<T extends object> {
  edges: LazyEdge<T>[];
  pageInfo: LazyPageInfo;
}

/**
 * The page for `rows`, fetched as the plugin's helper fetches them: `first` (or `last`) + 1
 * rows, in page order, or in reverse order from the end when paging backwards (`last`,
 * `before`); the extra row only says that another page exists.
 */
export function lazyPage<T extends object>(rows: readonly T[], args: PageArgs, cursorField: string): LazyPage<T> {
  const { limit } = getConnectionPageSize({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: pageSize(args) });
  const backward = args.before != null || args.last != null;
  const full = rows.length === limit;
  const hasNextPage = args.before != null ? true : args.last != null ? false : full;
  const hasPreviousPage = args.after != null ? true : backward ? full : false;
  const nodes = full ? (backward ? rows.slice(1) : rows.slice(0, -1)) : rows;
  const edges = nodes.map((row) => new LazyEdge(row, cursorField));
  return { edges, pageInfo: new LazyPageInfo(edges, hasNextPage, hasPreviousPage) };
}
