// totalCount of a connection nested under a list: counted only when asked for, with one
// grouped COUNT for all the parents of the list (WHERE key IN (...) GROUP BY key).
//
// Prisma's relation `_count` in the parent's select is not that: it joins the parents to
// a GROUP BY over the whole child table, however few parents there are, and it would run
// whether or not the client asked for totalCount.
import DataLoader from 'dataloader';
import type { Context } from '../context.ts';

export type CountRow<K> = { key: K; count: number };

/**
 * The count for `parent`, batched with the other parents of the same field occurrence and
 * filter (`key` names both). `count` gets the parents' keys and returns their counts.
 */
export function groupedCount<K extends string | number>(
  ctx: Context,
  key: string,
  parent: K,
  count: (keys: K[]) => Promise<CountRow<K>[]>,
): Promise<number> {
  const loader = ctx.loaders.perField(
    `count:${key}`,
    () =>
      new DataLoader<K, number>(
        async (keys) => {
          const rows = await count([...keys]);
          const byKey = new Map(rows.map((r) => [r.key, r.count]));
          return keys.map((k) => byKey.get(k) ?? 0);
        },
        // The parents of a list reach their resolvers over several ticks: wait for all of them.
        { batchScheduleFn: (run) => setImmediate(run) },
      ),
  );
  return loader.load(parent);
}
