// Per-request DataLoaders for look-ups the Prisma plugin cannot plan into a parent query:
// one statement per batch, results in key order. (Federation's entity references load with
// their planned selection instead: src/schema/federation.ts.)
import DataLoader from 'dataloader';
import type { PrismaClient } from '../db/index.ts';

function inKeyOrder<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

export function createLoaders(prisma: PrismaClient) {
  // Loaders made by resolvers for one field occurrence of one request (src/schema/country-members.ts).
  const fieldLoaders = new Map<string, DataLoader<unknown, unknown>>();
  return {
    /** The loader stored under `key` for this request, made by `make` the first time. */
    perField<K, V>(key: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
      let loader = fieldLoaders.get(key) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = make();
        fieldLoaders.set(key, loader);
      }
      return loader;
    },
    countryByCode: new DataLoader(async (codes: readonly string[]) =>
      inKeyOrder(codes, await prisma.country.findMany({ where: { code: { in: [...codes] } } }), (c) => c.code),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
