// Followed feeds for one process: follow/unfollow (used by the GraphQL API) and the queue the
// tasks run on, graphile-worker on PostgreSQL, the in-process queue on PGlite. The queue starts
// on first need (a feed is followed, or feeds exist at start-up), so a deployment without feeds
// costs nothing.
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import type { Database } from '../db/index.ts';
import type { Feed } from '../generated/prisma/client.ts';
import { canonicalUrl } from '../services/ingest.ts';
import type { AppPubSub } from '../services/pubsub.ts';
import type { FeedConfig } from '../config/feeds.ts';
import { SafeFetcher } from './fetch.ts';
import { GraphileQueue } from './graphile-queue.ts';
import { createFeedMetrics, type FeedMetrics } from './metrics.ts';
import { LocalQueue, type FeedQueue } from './queue.ts';
import { checkJobKey, createTasks, type CheckPayload, type TaskDeps } from './tasks.ts';

export class FeedInputError extends Error {
  override name = 'FeedInputError';
  constructor(
    readonly reason: 'INVALID_URL' | 'INVALID_INTERVAL',
    message: string,
  ) {
    super(message);
  }
}

export interface FeedServiceOptions {
  db: Database;
  /** The PostgreSQL URL (graphile-worker opens its own pool); null on PGlite. */
  databaseUrl: string | null;
  config: FeedConfig;
  log: Logger;
  /** Where feed-ingested articles are announced (subscriptions). */
  pubsub: AppPubSub | null;
  /** The metrics registry to add the feed metrics to. */
  registry?: Registry;
}

export interface FeedService {
  readonly config: FeedConfig;
  readonly metrics: FeedMetrics;
  /** Follows a feed (again: updates its interval); its first check is due now. */
  follow(url: string, intervalSeconds?: number | null): Promise<Feed>;
  /** Stops following; false when no such feed. */
  unfollow(id: number): Promise<boolean>;
  /** At start-up: starts the queue if feeds are followed. */
  resume(): Promise<void>;
  /** The queue, started if need be. */
  queue(): Promise<FeedQueue>;
  close(): Promise<void>;
}

export function createFeedService(options: FeedServiceOptions): FeedService {
  const { db, config, log } = options;
  const fetcher = new SafeFetcher(config.perHostConcurrency, config.allowPrivateNetworks);
  let current: FeedQueue | null = null;
  let opening: Promise<FeedQueue> | null = null;
  let closed = false;
  let closing: Promise<void> | null = null;
  const metrics = createFeedMetrics(options.registry ?? new Registry(), async () => (current ? current.depth() : null));
  const deps: TaskDeps = {
    prisma: db.prisma,
    queue: () => {
      if (!current) throw new Error('feed queue not started');
      return current;
    },
    fetcher,
    config,
    metrics,
    pubsub: options.pubsub,
    log: log.child({ component: 'feeds' }),
  };
  const tasks = createTasks(deps);

  const open = async (): Promise<FeedQueue> => {
    if (options.databaseUrl) return GraphileQueue.open({ connectionString: options.databaseUrl, tasks, concurrency: config.workers, log: deps.log });
    const local = new LocalQueue(tasks, Math.max(config.workers, 1), deps.log);
    // Not durable: the schedule is the feed table. The first check fetches the whole feed, so
    // items whose page fetch was pending when the process stopped are found again.
    // FEED_WORKERS=0 means nothing here: no other process can run this database's jobs.
    const feeds = await db.prisma.feed.findMany({ select: { id: true, nextCheckAt: true } });
    for (const f of feeds) await local.add('feeds_check', { feedId: f.id, full: true } satisfies CheckPayload, { runAt: f.nextCheckAt, jobKey: checkJobKey(f.id) });
    return local;
  };
  const queue = (): Promise<FeedQueue> => {
    if (closed) return Promise.reject(new Error('feeds: closed'));
    if (current) return Promise.resolve(current);
    opening ??= open().then(
      (q) => {
        current = q;
        log.info({ queue: q.kind, workers: config.workers }, 'feed queue started');
        return q;
      },
      (err: unknown) => {
        opening = null;
        throw err;
      },
    );
    return opening;
  };

  return {
    config,
    metrics,
    async follow(rawUrl, intervalSeconds) {
      let url: string;
      try {
        url = canonicalUrl(rawUrl);
      } catch (err) {
        throw new FeedInputError('INVALID_URL', (err as Error).message);
      }
      const interval = intervalSeconds ?? config.defaultIntervalSeconds;
      if (!Number.isInteger(interval) || interval < config.minIntervalSeconds || interval > 7 * 86_400) {
        throw new FeedInputError('INVALID_INTERVAL', `intervalSeconds must be from ${config.minIntervalSeconds} (FEED_MIN_INTERVAL_S) to ${7 * 86_400}`);
      }
      const q = await queue();
      const now = new Date();
      const feed = await db.prisma.feed.upsert({
        where: { url },
        create: { url, intervalSeconds: interval, nextCheckAt: now },
        update: intervalSeconds == null ? {} : { intervalSeconds: interval },
      });
      // Following again does not postpone a check already due sooner.
      await q.add('feeds_check', { feedId: feed.id } satisfies CheckPayload, {
        runAt: feed.nextCheckAt < now ? feed.nextCheckAt : now,
        jobKey: checkJobKey(feed.id),
        jobKeyMode: 'preserve_run_at',
      });
      return feed;
    },
    async unfollow(id) {
      const { count } = await db.prisma.feed.deleteMany({ where: { id } });
      if (count === 0) return false;
      // A check already running finds the feed gone and stops; queued items are still ingested.
      if (current) await current.remove(checkJobKey(id));
      return true;
    },
    async resume() {
      // Feeds must never keep the API from starting: a failure is logged, and the next follow tries again.
      try {
        if ((config.workers > 0 || !options.databaseUrl) && (await db.prisma.feed.count()) > 0) await queue();
      } catch (err) {
        log.error({ err }, 'feed queue did not start');
      }
    },
    queue,
    close() {
      closed = true;
      closing ??= (async () => {
        const q = current ?? (await opening?.catch(() => null)) ?? null;
        await q?.stop();
        fetcher.close();
      })();
      return closing;
    },
  };
}
