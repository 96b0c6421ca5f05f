// Per-request DataLoaders for look-ups the Prisma plugin cannot plan into a parent query,
// such as federation entity references: one statement per type, results in key order.
import DataLoader from 'dataloader';
import type { PrismaClient } from '../db/index.ts';
import { Prisma, type Article } from '../generated/prisma/client.ts';
import { lookupUrl } from './ingest.ts';

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
    countryByAlpha3: new DataLoader(async (codes: readonly string[]) =>
      inKeyOrder(codes, await prisma.country.findMany({ where: { alpha3: { in: [...codes] } } }), (c) => c.alpha3),
    ),
    officialById: new DataLoader(async (ids: readonly number[]) =>
      inKeyOrder(ids, await prisma.official.findMany({ where: { id: { in: [...ids] } } }), (o) => o.id),
    ),
    organizationById: new DataLoader(async (ids: readonly number[]) =>
      inKeyOrder(ids, await prisma.organization.findMany({ where: { id: { in: [...ids] } } }), (o) => o.id),
    ),
    articleById: new DataLoader(async (ids: readonly number[]) =>
      inKeyOrder(ids, await prisma.article.findMany({ where: { id: { in: [...ids] } } }), (a) => a.id),
    ),
    // By the canonical URL or an alternate one (a syndicated copy), in one statement; keys in
    // any form ingestion accepts are canonicalized as ingestion does.
    articleByUrl: new DataLoader(
      async (urls: readonly string[]) => {
        const keys = urls.map(lookupUrl);
        const rows = await prisma.$queryRaw<(Article & { key: string })[]>`
          SELECT k.url AS key, a.id, a.url, a.title, a.body, a.language, a."publishedAt", a."sourceName", a."contentHash", a."createdAt", a."updatedAt"
          FROM unnest(ARRAY[${Prisma.join([...new Set(keys)])}]::text[]) AS k(url)
          JOIN "Article" a ON a.url = k.url OR a.id = (SELECT u."articleId" FROM "ArticleUrl" u WHERE u.url = k.url)`;
        return inKeyOrder(keys, rows, (r) => r.key).map((r) => {
          if (!r) return null;
          const { key: _key, ...article } = r;
          return article;
        });
      },
      { cacheKeyFn: lookupUrl },
    ),
    eventById: new DataLoader(async (ids: readonly number[]) =>
      inKeyOrder(ids, await prisma.diplomaticEvent.findMany({ where: { id: { in: [...ids] } } }), (e) => e.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
