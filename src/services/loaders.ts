// Per-request DataLoaders for look-ups the Prisma plugin cannot plan into a parent query.
import DataLoader from 'dataloader';
import type { PrismaClient } from '../db/index.ts';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

export function createLoaders(prisma: PrismaClient) {
  return {
    countryByCode: new DataLoader(async (codes: readonly string[]) =>
      byKey(codes, await prisma.country.findMany({ where: { code: { in: [...codes] } } }), (c) => c.code),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
