// Live updates over Server-Sent Events (Yoga's default transport for subscriptions).
import { queryFromInfo } from '@pothos/plugin-prisma';
import { filter, pipe } from 'graphql-yoga';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ArticleIngested, DiplomaticEventAdded } from '../services/pubsub.ts';
import { Article } from './article.ts';
import { builder } from './builder.ts';
import { DiplomaticEventTypeEnum, FactualityEnum } from './enums.ts';
import { DiplomaticEvent, eventWhere, toAlpha2 } from './event.ts';

const EventSubscriptionFilter = builder.inputType('DiplomaticEventSubscriptionFilter', {
  description: 'Which new events to receive. Conditions combine with AND; values in one list with OR.',
  fields: (t) => ({
    countryCodes: t.stringList({
      required: false,
      description: 'Only events in which one of these countries (alpha-2 or alpha-3) takes part, as in `DiplomaticEventFilter.countryCodes`.',
    }),
    types: t.field({ type: [DiplomaticEventTypeEnum], required: false, description: 'Only events of these types.' }),
    factuality: t.field({
      type: [FactualityEnum],
      required: false,
      description: 'Only events reported this way. Default: ASSERTED, as in every event query.',
    }),
  }),
});

/** Reads the subscribed selection fresh for each event: nested fields cost no extra queries. */
const selection = (ctx: Context, info: GraphQLResolveInfo, typeName: string) =>
  queryFromInfo({ context: ctx, info, typeName }) as { select?: object; include?: object };

// Same rule as Query: public unless REQUIRE_READ_KEY, then a key with the read scope.
builder.subscriptionType({ description: 'Live updates, sent as Server-Sent Events.', authScopes: { read: true } });

builder.subscriptionFields((t) => ({
  diplomaticEventAdded: t.field({
    type: DiplomaticEvent,
    description: 'Each diplomatic event an ingested article reports (new or already known), as it is stored, narrowed by `filter`.',
    args: { filter: t.arg({ type: EventSubscriptionFilter, required: false, description: 'Which events to receive (default: all).' }) },
    subscribe: (_root, args, ctx) => {
      // Validated once, at subscription time: a bad code fails the subscription, not each event.
      // The same condition as the event queries' filter (takes part, factuality default).
      const condition = eventWhere({ countryCodes: args.filter?.countryCodes, types: args.filter?.types, factuality: args.filter?.factuality });
      const where = (id: number): Prisma.DiplomaticEventWhereInput => ({ AND: [{ id }, condition] });
      return pipe(
        ctx.pubsub.subscribe('diplomaticEventAdded'),
        filter(async (p: DiplomaticEventAdded) => (await ctx.prisma.diplomaticEvent.count({ where: where(p.eventId) })) > 0),
      );
    },
    resolve: async (payload, _args, ctx, info) =>
      (await ctx.prisma.diplomaticEvent.findUnique({ ...selection(ctx, info, 'DiplomaticEvent'), where: { id: payload.eventId } }))!,
  }),
  articleIngested: t.field({
    type: Article,
    description: 'Each article as it is stored (or updated) with its graph.',
    args: {
      countryCodes: t.arg.stringList({ required: false, description: 'Only articles mentioning one of these countries (alpha-2 or alpha-3).' }),
    },
    subscribe: (_root, args, ctx) => {
      const codes = args.countryCodes?.length ? toAlpha2(args.countryCodes, 'countryCodes') : null;
      return pipe(
        ctx.pubsub.subscribe('articleIngested'),
        filter(async (p: ArticleIngested) =>
          !codes || (await ctx.prisma.article.count({ where: { id: p.articleId, countries: { some: { countryCode: { in: codes } } } } })) > 0,
        ),
      );
    },
    resolve: async (payload, _args, ctx, info) =>
      (await ctx.prisma.article.findUnique({ ...selection(ctx, info, 'Article'), where: { id: payload.articleId } }))!,
  }),
}));
