// Apollo Federation v2: which types other subgraphs may reference or extend, by which keys,
// and how a batch of references is loaded (one statement per type and key).
//
// The references of one `_entities` call are loaded with the selection the operation plans
// for their type (queryFromInfo), as a list field's rows are: the root types are in select
// mode, so a row loaded whole by a DataLoader would have every field beneath it reload its
// selection (the Prisma plugin's fallback), one more statement per field.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { queryFromInfo } from '@pothos/plugin-prisma';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { lookupUrl } from '../services/ingest.ts';
import { builder } from './builder.ts';
import { Article } from './article.ts';
import { Country } from './country.ts';
import { DiplomaticEvent } from './event.ts';
import { Official } from './official.ts';
import { Organization } from './organization.ts';

/** The numeric key of a global ID of the given type; null for anything else. */
function localKey(globalId: string, typename: string): number | null {
  try {
    const { typename: t, id } = decodeGlobalID(globalId);
    const n = Number(id);
    return t === typename && Number.isSafeInteger(n) ? n : null;
  } catch {
    return null;
  }
}

type Select = Record<string, unknown>;
type EntityType = 'Country' | 'Official' | 'Organization' | 'Article' | 'DiplomaticEvent';

/**
 * One loader per request, type and key for the references of `_entities`: `load` gets the keys
 * and the planned selection (with the key's column added), and answers the rows in any order.
 */
function references<K, R>(
  ctx: Context,
  info: GraphQLResolveInfo,
  typeName: EntityType,
  keyColumn: string,
  load: (keys: K[], select: Select) => Promise<R[]>,
  keyOf: (row: R, keys: readonly K[]) => K | undefined,
): DataLoader<K, R | null> {
  return ctx.loaders.perField(`_entities:${typeName}.${keyColumn}`, () => {
    const planned = queryFromInfo({ context: ctx, info, typeName }) as { select?: Select };
    const select = { ...planned.select, [keyColumn]: true };
    return new DataLoader<K, R | null>(async (keys) => {
      const byKey = new Map<K, R>();
      for (const row of await load([...keys], select)) {
        const key = keyOf(row, keys);
        if (key !== undefined) byKey.set(key, row);
      }
      return keys.map((k) => byKey.get(k) ?? null);
    });
  });
}

builder.asEntity(Country, {
  key: [builder.selection<{ code: string }>('code'), builder.selection<{ alpha3: string }>('alpha3')],
  resolveReference: (ref, ctx, info) =>
    'code' in ref
      ? references<string, { code: string; name: string }>(ctx, info, 'Country', 'code', (codes, select) =>
          ctx.prisma.country.findMany({ select, where: { code: { in: codes } } }) as never, (c) => c.code).load(ref.code.toUpperCase())
      : references<string, { code: string; name: string; alpha3: string }>(ctx, info, 'Country', 'alpha3', (codes, select) =>
          ctx.prisma.country.findMany({ select, where: { alpha3: { in: codes } } }) as never, (c) => c.alpha3).load(ref.alpha3.toUpperCase()),
});

builder.asEntity(Official, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx, info) => {
    const key = localKey(id, 'Official');
    return key === null
      ? null
      : references<number, { id: number; name: string; slug: string }>(ctx, info, 'Official', 'id', (ids, select) =>
          ctx.prisma.official.findMany({ select, where: { id: { in: ids } } }) as never, (o) => o.id).load(key);
  },
});

builder.asEntity(Organization, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx, info) => {
    const key = localKey(id, 'Organization');
    return key === null
      ? null
      : references<number, { id: number; name: string; slug: string }>(ctx, info, 'Organization', 'id', (ids, select) =>
          ctx.prisma.organization.findMany({ select, where: { id: { in: ids } } }) as never, (o) => o.id).load(key);
  },
});

type ArticleRow = { id: number; url: string; title: string; publishedAt: Date | null };

builder.asEntity(Article, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ url: string }>('url')],
  resolveReference: (ref, ctx, info) => {
    if ('url' in ref) {
      // By the canonical URL or an alternate one (a syndicated copy), in one statement; keys in
      // any form ingestion accepts are canonicalized as ingestion does.
      type Found = ArticleRow & { alternateUrls: { url: string }[] };
      return references<string, Found>(
        ctx, info, 'Article', 'url',
        (urls, select) =>
          ctx.prisma.article.findMany({
            select: { ...select, alternateUrls: { select: { url: true }, where: { url: { in: urls } } } },
            where: { OR: [{ url: { in: urls } }, { alternateUrls: { some: { url: { in: urls } } } }] },
          }) as never,
        (a, urls) => (urls.includes(a.url) ? a.url : a.alternateUrls[0]?.url),
      ).load(lookupUrl(ref.url));
    }
    const key = localKey(ref.id, 'Article');
    return key === null
      ? null
      : references<number, ArticleRow>(ctx, info, 'Article', 'id', (ids, select) =>
          ctx.prisma.article.findMany({ select, where: { id: { in: ids } } }) as never, (a) => a.id).load(key);
  },
});

builder.asEntity(DiplomaticEvent, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx, info) => {
    const key = localKey(id, 'DiplomaticEvent');
    return key === null
      ? null
      : references<number, { id: number; type: never; date: Date | null; summary: string }>(ctx, info, 'DiplomaticEvent', 'id', (ids, select) =>
          ctx.prisma.diplomaticEvent.findMany({ select, where: { id: { in: ids } } }) as never, (e) => e.id).load(key);
  },
});
