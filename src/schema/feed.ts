// Followed feeds (src/feeds): follow, unfollow, list. Write or admin scope throughout.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { AppError, ErrorCode } from '../errors.ts';
import { FeedInputError } from '../feeds/service.ts';
import type { Context } from '../context.ts';
import { builder } from './builder.ts';
import { localId } from './event.ts';

export const Feed = builder.prismaNode('Feed', {
  description: 'An RSS or Atom feed the service follows by itself: checked at its interval, its new items ingested like ingestArticle (write scope).',
  id: { field: 'id' },
  nullable: true,
  authScopes: { write: true },
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The feed URL (canonical form).' }),
    title: t.exposeString('title', { nullable: true, description: "The feed's own title; null until first read." }),
    intervalSeconds: t.exposeInt('intervalSeconds', { description: 'Seconds between two checks.' }),
    lastCheckedAt: t.expose('lastCheckedAt', { type: 'DateTime', nullable: true, description: 'When the feed was last checked; null before the first check.' }),
    lastStatus: t.exposeInt('lastStatus', { nullable: true, description: 'HTTP status of the last check (304: unchanged); null when no answer came.' }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why the last check failed (such as MALFORMED_FEED, TIMEOUT, PRIVATE_ADDRESS, HTTP_STATUS); null when it succeeded. Failing feeds are checked less often.',
    }),
    articlesIngested: t.exposeInt('articlesIngested', { description: 'Articles added to the graph from this feed.' }),
    nextCheckAt: t.expose('nextCheckAt', { type: 'DateTime', description: 'When the next check is due.' }),
  }),
});

function feedService(ctx: Context) {
  if (!ctx.feeds) throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Feeds are not available on this server.');
  return ctx.feeds;
}

const FollowFeedInput = builder.inputType('FollowFeedInput', {
  description: 'A feed to follow.',
  fields: (t) => ({
    url: t.string({ description: 'The http(s) URL of an RSS 2.0 or Atom feed. Following a followed feed again returns it (with the new interval, if given).' }),
    intervalSeconds: t.int({ required: false, description: 'Seconds between checks: at least FEED_MIN_INTERVAL_S (60 by default); by default FEED_DEFAULT_INTERVAL_S (900).' }),
  }),
});

const UnfollowFeedInput = builder.inputType('UnfollowFeedInput', {
  description: 'A feed to stop following.',
  fields: (t) => ({ id: t.globalID({ description: 'The feed (`Feed.id`).' }) }),
});

const UnfollowFeedPayload = builder.objectRef<{ id: string }>('UnfollowFeedPayload').implement({
  description: 'The feed no longer followed. Articles already ingested from it stay.',
  fields: (t) => ({ id: t.exposeID('id', { description: 'The global ID of the feed that was removed.' }) }),
});

builder.queryField('feeds', (t) =>
  t.prismaConnection(
    {
      type: 'Feed',
      description: 'Followed feeds, oldest first (write scope).',
      cursor: 'id',
      authScopes: { write: true },
      resolve: (query, _root, _args, ctx) => ctx.prisma.feed.findMany({ ...query, orderBy: { id: 'asc' } }),
      totalCount: (_parent, _args, ctx) => ctx.prisma.feed.count(),
    },
    { name: 'FeedConnection', description: 'A page of followed feeds.' },
  ),
);

builder.mutationField('followFeed', (t) =>
  t.prismaField({
    type: Feed,
    nullable: false,
    description:
      'Follows an RSS or Atom feed (write scope): it is checked now and then every intervalSeconds, and its new items are ingested. Errors: BAD_USER_INPUT with extensions.reason INVALID_URL or INVALID_INTERVAL; nothing is stored then.',
    authScopes: { write: true },
    args: { input: t.arg({ type: FollowFeedInput, description: 'The feed.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      try {
        const feed = await feedService(ctx).follow(input.url, input.intervalSeconds);
        ctx.log.info({ feedId: feed.id, url: feed.url, by: ctx.auth.name }, 'feed followed');
        return ctx.prisma.feed.findUniqueOrThrow({ ...query, where: { id: feed.id } });
      } catch (err) {
        if (err instanceof FeedInputError) throw new AppError(ErrorCode.BAD_USER_INPUT, err.message, { reason: err.reason });
        throw err;
      }
    },
  }),
);

builder.mutationField('unfollowFeed', (t) =>
  t.field({
    type: UnfollowFeedPayload,
    description: 'Stops following a feed (write scope). NOT_FOUND when no such feed is followed.',
    authScopes: { write: true },
    args: { input: t.arg({ type: UnfollowFeedInput, description: 'The feed.' }) },
    resolve: async (_root, { input }, ctx) => {
      const id = localId(input.id, 'Feed', 'id');
      if (!(await feedService(ctx).unfollow(id))) throw new AppError(ErrorCode.NOT_FOUND, 'No such feed is followed.');
      ctx.log.info({ feedId: id, by: ctx.auth.name }, 'feed unfollowed');
      return { id: encodeGlobalID('Feed', id) };
    },
  }),
);
