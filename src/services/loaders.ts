// Per-request DataLoaders for look-ups the Prisma plugin cannot plan into a parent query: one
// statement per batch. (Federation's entity references and recognitionStatus's countries load
// with their planned selection instead: src/schema/federation.ts, src/schema/timeline.ts.)
import type DataLoader from 'dataloader';

export function createLoaders() {
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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
