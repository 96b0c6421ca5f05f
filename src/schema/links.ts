// Fields that join one domain type to another (actors <-> events, actors <-> articles).
// They live here, after every type is defined, so the type modules need not import each other.
import type { Prisma } from '../generated/prisma/client.ts';
import type { Context } from '../context.ts';
import { builder } from './builder.ts';
import { groupedCount, type CountRow } from './counts.ts';
import { Article } from './article.ts';
import {
  countryArticles,
  MENTION_ORDER,
  officialArticles,
  organizationArticles,
  publishedWhere,
} from './article-links.ts';
import { Country } from './country.ts';
import {
  DiplomaticEvent,
  DiplomaticEventFilter,
  eventWhere,
  factualityOrDefault,
  PARTICIPANT_EVENT_ORDER,
  participantEvents,
} from './event.ts';
import { FactualityEnum } from './enums.ts';
import { Official } from './official.ts';
import { Organization } from './organization.ts';

export const Actor = builder.unionType('Actor', {
  description: 'Who takes part in an event: a country, an official or an organization.',
  types: [Country, Official, Organization],
});

builder.prismaObjectField('EventParticipant', 'actor', (t) =>
  t.field({
    type: Actor,
    description: 'The country, official or organization.',
    // Plans each member type's own selection, so nested fields need no extra queries.
    select: (_args, _ctx, nestedSelection) => ({
      country: nestedSelection(true, [], 'Country'),
      official: nestedSelection(true, [], 'Official'),
      organization: nestedSelection(true, [], 'Organization'),
    }),
    resolve: (p) => {
      // Branded so the union knows each member's type without guessing from its shape.
      if (p.country) return Country.addBrand(p.country);
      if (p.official) return Official.addBrand(p.official);
      if (p.organization) return Organization.addBrand(p.organization);
      throw new Error("a participant has no actor");
    },
  }),
);

builder.prismaObjectFields('Article', (t) => ({
  countries: t.field({
    type: [Country],
    description: 'Countries the article mentions, most mentioned first.',
    select: (_args, _ctx, nestedSelection) => ({
      countries: { select: { country: nestedSelection(true) }, orderBy: [{ mentions: 'desc' }, { countryCode: 'asc' }] },
    }),
    resolve: (a) => a.countries.map((m) => m.country),
  }),
  officials: t.field({
    type: [Official],
    description: 'Officials the article mentions, most mentioned first.',
    select: (_args, _ctx, nestedSelection) => ({
      officials: { select: { official: nestedSelection(true) }, orderBy: [{ mentions: 'desc' }, { officialId: 'asc' }] },
    }),
    resolve: (a) => a.officials.map((m) => m.official),
  }),
  organizations: t.field({
    type: [Organization],
    description: 'Organizations the article mentions, most mentioned first.',
    select: (_args, _ctx, nestedSelection) => ({
      organizations: {
        select: { organization: nestedSelection(true) },
        orderBy: [{ mentions: 'desc' }, { organizationId: 'asc' }],
      },
    }),
    resolve: (a) => a.organizations.map((m) => m.organization),
  }),
  diplomaticEvents: t.field({
    type: [DiplomaticEvent],
    description: 'Diplomatic events the article reports, in the order it first reports them.',
    args: {
      factuality: t.arg({
        type: [FactualityEnum],
        required: false,
        description: 'Only events reported this way. Default: ASSERTED, as in every event query.',
      }),
    },
    select: (args, _ctx, nestedSelection) => ({
      evidence: {
        select: { eventId: true, event: nestedSelection(true) },
        where: { event: { factuality: { in: factualityOrDefault(args.factuality) } } },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
      },
    }),
    resolve: (a) => {
      const seen = new Set<number>();
      return a.evidence.filter((e) => !seen.has(e.eventId) && seen.add(e.eventId)).map((e) => e.event);
    },
  }),
}));

// --- counts of an actor's articles and events (only when totalCount is asked for) --------

type ActorType = 'Country' | 'Official' | 'Organization';

/** The actor's key in the join tables: a country's code, an official's or organization's id. */
const actorKey = (typeName: ActorType, parent: object): string | number =>
  typeName === 'Country' ? (parent as { code: string }).code : (parent as { id: number }).id;

/** Mentions per actor among `keys`, of the articles `article` matches: one grouped statement. */
async function countMentions(ctx: Context, typeName: ActorType, keys: (string | number)[], article: Prisma.ArticleWhereInput): Promise<CountRow<string | number>[]> {
  if (typeName === 'Country') {
    const rows = await ctx.prisma.articleCountry.groupBy({ by: ['countryCode'], where: { countryCode: { in: keys as string[] }, article }, _count: { _all: true } });
    return rows.map((r) => ({ key: r.countryCode, count: r._count._all }));
  }
  if (typeName === 'Official') {
    const rows = await ctx.prisma.articleOfficial.groupBy({ by: ['officialId'], where: { officialId: { in: keys as number[] }, article }, _count: { _all: true } });
    return rows.map((r) => ({ key: r.officialId, count: r._count._all }));
  }
  const rows = await ctx.prisma.articleOrganization.groupBy({ by: ['organizationId'], where: { organizationId: { in: keys as number[] }, article }, _count: { _all: true } });
  return rows.map((r) => ({ key: r.organizationId, count: r._count._all }));
}

/** Events per actor among `keys` that `event` matches: one grouped statement. */
async function countParticipations(ctx: Context, typeName: ActorType, keys: (string | number)[], event: Prisma.DiplomaticEventWhereInput): Promise<CountRow<string | number>[]> {
  if (typeName === 'Country') {
    const rows = await ctx.prisma.eventParticipant.groupBy({ by: ['countryCode'], where: { countryCode: { in: keys as string[] }, event }, _count: { _all: true } });
    return rows.map((r) => ({ key: r.countryCode ?? '', count: r._count._all }));
  }
  if (typeName === 'Official') {
    const rows = await ctx.prisma.eventParticipant.groupBy({ by: ['officialId'], where: { officialId: { in: keys as number[] }, event }, _count: { _all: true } });
    return rows.map((r) => ({ key: r.officialId ?? 0, count: r._count._all }));
  }
  const rows = await ctx.prisma.eventParticipant.groupBy({ by: ['organizationId'], where: { organizationId: { in: keys as number[] }, event }, _count: { _all: true } });
  return rows.map((r) => ({ key: r.organizationId ?? 0, count: r._count._all }));
}

// --- articles mentioning an actor ------------------------------------------------------

const MENTION_HELPERS = { Country: countryArticles, Official: officialArticles, Organization: organizationArticles } as const;

for (const typeName of ['Country', 'Official', 'Organization'] as const) {
  // The three join tables differ in their actor column only; their rows page the same way.
  const helper = MENTION_HELPERS[typeName] as typeof countryArticles;
  builder.prismaObjectField(typeName, 'articles', (t) =>
    t.connection(
      {
        type: Article,
        description: `Articles that mention this ${typeName.toLowerCase()}, newest first.`,
        args: {
          from: t.arg({ type: 'Date', required: false, description: 'Published on or after this date.' }),
          to: t.arg({ type: 'Date', required: false, description: 'Published on or before this date.' }),
        },
        select: (args, ctx, nestedSelection) => ({
          mentions: { ...helper.getQuery(args, ctx, nestedSelection), where: { article: publishedWhere(args.from, args.to) }, orderBy: [...MENTION_ORDER] },
        }),
        resolve: (parent, args, ctx) => {
          const article = publishedWhere(args.from, args.to);
          return {
            ...helper.resolve(parent.mentions, args, ctx),
            totalCount: () =>
              groupedCount(ctx, `${typeName}.articles:${JSON.stringify(article)}`, actorKey(typeName, parent), (keys) =>
                countMentions(ctx, typeName, keys, article),
              ),
          };
        },
      },
      {
        name: `${typeName}ArticlesConnection`,
        description: `A page of the articles that mention a ${typeName.toLowerCase()}.`,
        fields: (c) => ({ totalCount: c.int({ description: 'How many articles match in all.', resolve: (x) => x.totalCount() }) }),
      },
    ),
  );
}

// --- events an actor takes part in ------------------------------------------------------

for (const typeName of ['Country', 'Official', 'Organization'] as const) {
  builder.prismaObjectField(typeName, 'diplomaticEvents', (t) =>
    t.connection(
      {
        type: DiplomaticEvent,
        description: `Diplomatic events this ${typeName.toLowerCase()} takes part in, newest first (undated last).`,
        args: {
          filter: t.arg({ type: DiplomaticEventFilter, required: false, description: 'Narrows the events.' }),
        },
        select: (args, ctx, nestedSelection) => ({
          participants: {
            ...participantEvents.getQuery(args, ctx, nestedSelection),
            where: { event: eventWhere(args.filter) },
            orderBy: PARTICIPANT_EVENT_ORDER,
          },
        }),
        resolve: (parent, args, ctx) => {
          const event = eventWhere(args.filter);
          return {
            ...participantEvents.resolve(parent.participants, args, ctx),
            totalCount: () =>
              groupedCount(ctx, `${typeName}.diplomaticEvents:${JSON.stringify(event)}`, actorKey(typeName, parent), (keys) =>
                countParticipations(ctx, typeName, keys, event),
              ),
          };
        },
      },
      {
        name: `${typeName}DiplomaticEventsConnection`,
        description: `A page of the diplomatic events a ${typeName.toLowerCase()} takes part in.`,
        fields: (c) => ({ totalCount: c.int({ description: 'How many events match in all.', resolve: (x) => x.totalCount() }) }),
      },
    ),
  );
}
