// Full-text search over articles and name search over countries, officials and organizations.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { foldName } from '../domain/countries.ts';
import { badInput } from '../errors.ts';
import type { Context } from '../context.ts';
import { MARK_END, MARK_START, searchArticles, searchEntities, type EntityKind } from '../services/search.ts';
import { Article } from './article.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from './builder.ts';
import { Country } from './country.ts';
import { DiplomaticEventTypeEnum } from './enums.ts';
import { localIds, toAlpha2, toAlpha2One } from './event.ts';
import { Actor } from './links.ts';
import { Official } from './official.ts';
import { Organization } from './organization.ts';

export const ArticleSearchFilter = builder.inputType('ArticleSearchFilter', {
  description: 'Narrows an article search. Conditions combine with AND; values in one list with OR.',
  fields: (t) => ({
    countryCodes: t.stringList({ required: false, description: 'Only articles mentioning one of these countries (ISO alpha-2 or alpha-3).' }),
    officialIds: t.globalIDList({ required: false, description: 'Only articles mentioning one of these officials.' }),
    organizationIds: t.globalIDList({ required: false, description: 'Only articles mentioning one of these organizations.' }),
    eventTypes: t.field({ type: [DiplomaticEventTypeEnum], required: false, description: 'Only articles reporting an event of one of these types.' }),
    from: t.field({ type: 'Date', required: false, description: 'Only articles published on or after this date.' }),
    to: t.field({ type: 'Date', required: false, description: 'Only articles published on or before this date (the whole day).' }),
  }),
});

interface SearchHitShape {
  article: typeof Article.$inferType;
  rank: number;
  snippet: string;
  title: string;
}

const SearchHit = builder.objectRef<SearchHitShape>('ArticleSearchHit').implement({
  description: 'An article matching a search, with its relevance and the matching passages highlighted.',
  fields: (t) => ({
    article: t.field({ type: Article, description: 'The matching article.', resolve: (h) => h.article }),
    rank: t.exposeFloat('rank', { description: 'Relevance (PostgreSQL ts_rank_cd, normalized to 0..1): higher is better; title words weigh more than body words.' }),
    snippet: t.exposeString('snippet', {
      description: `Up to two passages of the body around the matches, joined by " … ", as safe HTML: the article's text HTML-escaped (& < > " ' as entities), matched words wrapped in ${MARK_START}…${MARK_END}, and no other tag. Insert it as HTML (innerHTML); shown as plain text, it shows the entities.`,
    }),
    titleHighlight: t.exposeString('title', {
      description: `The title as safe HTML: HTML-escaped, matched words wrapped in ${MARK_START}…${MARK_END}, no other tag. Insert it as HTML; \`article.title\` is the plain text.`,
    }),
  }),
});

const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The kinds of named entity that entity search covers.',
  values: {
    COUNTRY: { value: 'COUNTRY', description: 'A country of ISO 3166-1.' },
    OFFICIAL: { value: 'OFFICIAL', description: 'A person holding or having held public office.' },
    ORGANIZATION: { value: 'ORGANIZATION', description: 'A government body, international organization, group, party or outlet.' },
  } as const,
});

interface EntityMatchShape {
  entity: typeof Actor.$inferType;
  score: number;
}

const EntityMatch = builder.objectRef<EntityMatchShape>('EntityMatch').implement({
  description: 'A country, official or organization whose name or an alias matches a search.',
  fields: (t) => ({
    entity: t.field({ type: Actor, description: 'The matching country, official or organization.', resolve: (m) => m.entity }),
    score: t.exposeFloat('score', {
      description: 'How well it matches, higher is better: a country code scores 3, a whole word 2 to 3, the start of a word 1 to 2, a similar spelling below 1.',
    }),
  }),
});

function requireText(query: string, argument: string): string {
  const text = query.trim();
  if (!foldName(text)) throw badInput(`\`${argument}\` must contain a letter or a digit`, { argument });
  if (text.length > 500) throw badInput(`\`${argument}\` must be at most 500 characters`, { argument });
  return text;
}

/**
 * The names of the fields selected at `path` beneath the field `info` resolves, through
 * fragments. `@skip`/`@include` are not evaluated: a name under either counts as selected, so
 * the answer may over-report, never miss a field.
 */
function selectedNames(info: GraphQLResolveInfo, path: string[]): Set<string> {
  const fieldsOf = (set: SelectionSetNode, out: FieldNode[]): FieldNode[] => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(s.selectionSet, out);
      else {
        const fragment = info.fragments[s.name.value];
        if (fragment) fieldsOf(fragment.selectionSet, out);
      }
    }
    return out;
  };
  let sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) => fieldsOf(set, []).flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : [])));
  }
  return new Set(sets.flatMap((set) => fieldsOf(set, []).map((f) => f.name.value)));
}

/** The Prisma selection the client asked for under `path`, so nested fields need no extra queries. */
function selectionAt(ctx: Context, info: GraphQLResolveInfo, path: string[], typeName: string) {
  return queryFromInfo({ context: ctx, info, path, typeName }) as { select?: object; include?: object };
}

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchHit,
      description:
        'Full-text search over article titles and bodies, best match first. The query reads like a web search: words (stemmed: "recognise" finds "recognised"), "quoted phrases", OR, and -word to exclude.',
      args: {
        query: t.arg.string({ description: 'What to look for, such as `recognition Taliban` or `"Islamic Emirate" -sanctions`.' }),
        filter: t.arg({ type: ArticleSearchFilter, required: false, description: 'Narrows the articles searched.' }),
      },
      resolve: async (_root, args, ctx, info) => {
        pageSize(args);
        const query = requireText(args.query, 'query');
        const f = args.filter ?? {};
        if (f.from && f.to && f.from > f.to) throw badInput('filter.from must not be after filter.to', { argument: 'filter' });
        const filter = {
          countryCodes: f.countryCodes ? toAlpha2(f.countryCodes, 'filter.countryCodes') : undefined,
          officialIds: f.officialIds ? localIds(f.officialIds, 'Official', 'filter.officialIds') : undefined,
          organizationIds: f.organizationIds ? localIds(f.organizationIds, 'Organization', 'filter.organizationIds') : undefined,
          eventTypes: f.eventTypes ?? undefined,
          from: f.from,
          to: f.to,
        };
        // Headlines and the total only when asked for (each costs PostgreSQL CPU per page).
        const hit = selectedNames(info, ['edges', 'node']);
        const wants = { snippet: hit.has('snippet'), title: hit.has('titleHighlight'), total: selectedNames(info, []).has('totalCount') };
        let total = 0;
        const connection = await resolveOffsetConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
          async ({ offset, limit }) => {
            const page = await searchArticles(ctx.prisma, query, filter, offset, limit, wants);
            total = page.total;
            if (!page.hits.length) return [];
            const articles = await ctx.prisma.article.findMany({
              ...selectionAt(ctx, info, ['edges', 'node', 'article'], 'Article'),
              where: { id: { in: page.hits.map((h) => h.id) } },
            });
            const byId = new Map(articles.map((a) => [a.id, a]));
            return page.hits.flatMap((h) => {
              const article = byId.get(h.id);
              return article ? [{ article, rank: h.rank, snippet: h.snippet, title: h.title }] : [];
            });
          },
        );
        return { ...connection, totalCount: total };
      },
    },
    {
      name: 'ArticleSearchConnection',
      description: 'A page of article search results.',
      fields: (c) => ({ totalCount: c.int({ description: 'How many articles match in all.', resolve: (x) => x.totalCount }) }),
    },
  ),
  searchEntities: t.field({
    type: [EntityMatch],
    description:
      'Countries, officials and organizations by name or alias, best match first: a word starting with the query ("lavrov", "muttaq"), accents and case ignored ("Turkiye" finds Türkiye), country codes (TR, TUR), and close spellings ("Lavrof").',
    args: {
      query: t.arg.string({ description: 'A name, the start of a name, an alias or a country code.' }),
      kinds: t.arg({ type: [EntityKindEnum], required: false, description: 'Only these kinds (default: all).' }),
      countryCode: t.arg.string({ required: false, description: 'Only this country, or officials and organizations of it (alpha-2 or alpha-3).' }),
      first: t.arg.int({ required: false, description: `How many matches to return (at most ${MAX_PAGE_SIZE}; default 10).` }),
    },
    resolve: async (_root, args, ctx, info) => {
      const text = requireText(args.query, 'query');
      const limit = args.first ?? 10;
      if (limit < 0 || limit > MAX_PAGE_SIZE) throw badInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
      const kinds: EntityKind[] = args.kinds?.length ? args.kinds : ['COUNTRY', 'OFFICIAL', 'ORGANIZATION'];
      const country = args.countryCode ? toAlpha2One(args.countryCode, 'countryCode') : null;
      const hits = await searchEntities(ctx.prisma, text, kinds, country, limit);
      const keys = (kind: EntityKind) => hits.filter((h) => h.kind === kind).map((h) => h.key);
      const [countries, officials, organizations] = await Promise.all([
        keys('COUNTRY').length
          ? ctx.prisma.country.findMany({ ...selectionAt(ctx, info, ['entity'], 'Country'), where: { code: { in: keys('COUNTRY') } } })
          : [],
        keys('OFFICIAL').length
          ? ctx.prisma.official.findMany({ ...selectionAt(ctx, info, ['entity'], 'Official'), where: { id: { in: keys('OFFICIAL').map(Number) } } })
          : [],
        keys('ORGANIZATION').length
          ? ctx.prisma.organization.findMany({ ...selectionAt(ctx, info, ['entity'], 'Organization'), where: { id: { in: keys('ORGANIZATION').map(Number) } } })
          : [],
      ]);
      const found = new Map<string, EntityMatchShape['entity']>([
        ...countries.map((c) => [`COUNTRY:${c.code}`, Country.addBrand(c)] as const),
        ...officials.map((o) => [`OFFICIAL:${o.id}`, Official.addBrand(o)] as const),
        ...organizations.map((o) => [`ORGANIZATION:${o.id}`, Organization.addBrand(o)] as const),
      ]);
      return hits.flatMap((h) => {
        const entity = found.get(`${h.kind}:${h.key}`);
        return entity ? [{ entity, score: h.score }] : [];
      });
    },
  }),
}));
