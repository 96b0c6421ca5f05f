import type { Prisma } from '../generated/prisma/client.ts';
import { lookupUrl } from '../services/ingest.ts';
import { builder } from './builder.ts';
import { publishedWhere } from './article-links.ts';
import { DiplomaticEvent, DiplomaticEventFilter, EVENT_KEYSET, eventWhere, localId, toAlpha2One } from './event.ts';
import { keyset } from './keyset.ts';
import { keysetEdgeFields, keysetPageInfo } from './keyset-fields.ts';

export const Article = builder.prismaNode('Article', {
  description: 'A news article: the source of the facts in the graph, with what it mentions and reports.',
  id: { field: 'id' },
  nullable: true,
  select: { id: true, url: true, title: true, publishedAt: true },
  fields: (t) => ({
    url: t.string({ description: 'Canonical URL (or URN for articles without one); unique.', resolve: (a) => a.url }),
    title: t.string({ description: 'Headline.', resolve: (a) => a.title }),
    body: t.exposeString('body', { description: 'Full text, cleaned of page boilerplate; evidence offsets point into it.' }),
    language: t.exposeString('language', { description: 'ISO 639-1 language code, such as en.' }),
    publishedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was published, if known.', resolve: (a) => a.publishedAt }),
    source: t.exposeString('sourceName', { nullable: true, description: 'The publisher, such as AsumeTech.' }),
    contentHash: t.exposeString('contentHash', { description: 'SHA-256 of the body, hex: equal bodies have equal hashes.' }),
    evidence: t.relation('evidence', {
      description: 'Every sentence of the article that reports an event, in text order.',
      query: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When Newsgraph first stored the article.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When Newsgraph last updated the article.' }),
  }),
});

/** Newest first, undated last; pages seek on (publishedAt, id). */
const ARTICLE_KEYSET = keyset<Prisma.ArticleWhereInput, Prisma.ArticleOrderByWithRelationInput>([
  { field: 'publishedAt', dir: 'desc', nulls: 'last' },
  { field: 'id', dir: 'desc' },
]);

function articlesWhere(args: {
  countryCode?: string | null;
  officialId?: { typename: string; id: string } | null;
  organizationId?: { typename: string; id: string } | null;
  from?: Date | null;
  to?: Date | null;
}): Prisma.ArticleWhereInput {
  return {
    ...publishedWhere(args.from, args.to),
    ...(args.countryCode ? { countries: { some: { countryCode: toAlpha2One(args.countryCode, 'countryCode') } } } : {}),
    ...(args.officialId ? { officials: { some: { officialId: localId(args.officialId, 'Official', 'officialId') } } } : {}),
    ...(args.organizationId
      ? { organizations: { some: { organizationId: localId(args.organizationId, 'Organization', 'organizationId') } } }
      : {}),
  };
}

builder.queryFields((t) => ({
  article: t.prismaField({
    type: 'Article',
    nullable: true,
    description:
      'An article by its URL, or by the URL of a syndicated copy of its text; null if not stored. The URL is canonicalized as ingestion does (fragment and tracking parameters such as utm_source dropped, host lower-cased, parameters sorted), so any variant of a stored URL finds it.',
    args: { url: t.arg.string({ description: 'The URL, in any form ingestion accepts, or the stored URN.' }) },
    resolve: (query, _root, args, ctx) => {
      const url = lookupUrl(args.url);
      return ctx.prisma.article.findFirst({ ...query, where: { OR: [{ url }, { alternateUrls: { some: { url } } }] } });
    },
  }),
  articles: t.prismaConnection(
    {
      type: 'Article',
      description: 'Articles, newest first, optionally narrowed by what they mention and when they were published.',
      cursor: 'id',
      args: {
        countryCode: t.arg.string({ required: false, description: 'Only articles mentioning this country (alpha-2 or alpha-3).' }),
        officialId: t.arg.globalID({ required: false, description: 'Only articles mentioning this official.' }),
        organizationId: t.arg.globalID({ required: false, description: 'Only articles mentioning this organization.' }),
        from: t.arg({ type: 'Date', required: false, description: 'Published on or after this date.' }),
        to: t.arg({ type: 'Date', required: false, description: 'Published on or before this date.' }),
      },
      resolve: (query, _root, args, ctx) =>
        ARTICLE_KEYSET.page(
          query,
          articlesWhere(args),
          (page) => ctx.prisma.article.findMany({ ...ARTICLE_KEYSET.selection(query), ...page }),
          (cursor) => ctx.prisma.article.findUnique({ where: cursor, select: ARTICLE_KEYSET.select }),
        ),
      totalCount: (_parent, args, ctx) => ctx.prisma.article.count({ where: articlesWhere(args) }),
    },
    { name: 'ArticleConnection', description: 'A page of articles.', fields: keysetPageInfo(ARTICLE_KEYSET) }, keysetEdgeFields(ARTICLE_KEYSET),
  ),
  diplomaticEvents: t.prismaConnection(
    {
      type: DiplomaticEvent,
      description: 'Diplomatic events, newest first (undated last), narrowed by `filter`. By default only events reported as having happened (ASSERTED).',
      cursor: 'id',
      args: { filter: t.arg({ type: DiplomaticEventFilter, required: false, description: 'Narrows the events.' }) },
      resolve: (query, _root, args, ctx) =>
        EVENT_KEYSET.page(
          query,
          eventWhere(args.filter),
          (page) => ctx.prisma.diplomaticEvent.findMany({ ...EVENT_KEYSET.selection(query), ...page }),
          (cursor) => ctx.prisma.diplomaticEvent.findUnique({ where: cursor, select: EVENT_KEYSET.select }),
        ),
      totalCount: (_parent, args, ctx) => ctx.prisma.diplomaticEvent.count({ where: eventWhere(args.filter) }),
    },
    { name: 'DiplomaticEventConnection', description: 'A page of diplomatic events.', fields: keysetPageInfo(EVENT_KEYSET) }, keysetEdgeFields(EVENT_KEYSET),
  ),
}));
