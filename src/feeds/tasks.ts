// What the feed jobs do. The same functions run on graphile-worker (PostgreSQL) and on the
// in-process queue (PGlite).
//   feeds_check: one conditional GET of a feed; new items become feeds_item jobs; the feed
//     is checked again at its interval, or later after failures (backoff).
//   feeds_item: the item's page fetched and ingested like ingestArticle (or the feed's own
//     full text); a 5xx or timeout is thrown so the queue retries it with backoff.
//   feeds_sweep: queues a check for feeds overdue without one (a job lost or failed for good).
import type { Logger } from 'pino';
import type { PrismaClient } from '../db/index.ts';
import { FeedError, parseFeed } from '../ingest/formats/feed.ts';
import { canonicalUrl, ingestArticle, IngestError, INGEST_LIMITS, type IngestInput } from '../services/ingest.ts';
import { publishIngested, type AppPubSub } from '../services/pubsub.ts';
import type { FeedConfig } from '../config/feeds.ts';
import { FetchError, type SafeFetcher } from './fetch.ts';
import type { FeedMetrics } from './metrics.ts';
import type { FeedQueue, JobInfo, Task, TaskName } from './queue.ts';

export interface TaskDeps {
  prisma: PrismaClient;
  queue: () => FeedQueue;
  fetcher: SafeFetcher;
  config: FeedConfig;
  metrics: FeedMetrics;
  pubsub: AppPubSub | null;
  log: Logger;
}

export interface CheckPayload {
  feedId: number;
  /** Ignore the stored validators: fetch the whole feed (the first check after an in-process restart). */
  full?: boolean;
}

export interface ItemPayload {
  feedId: number;
  url: string;
  title: string | null;
  publishedAt: string | null;
  sourceName: string | null;
  /** The feed's own full text of the article, when it carries one: no page is fetched then. */
  html?: string;
  text?: string;
}

/** The longest a failing feed waits between checks. */
const MAX_BACKOFF_S = 24 * 3600;

export const checkJobKey = (feedId: number) => `feeds:check:${feedId}`;
const itemJobKey = (url: string) => `feeds:item:${url}`;

/** Seconds to the next check: the interval, doubled per failure in a row (capped). */
export function nextDelaySeconds(intervalSeconds: number, failures: number): number {
  if (failures === 0) return intervalSeconds;
  return Math.max(intervalSeconds, Math.min(intervalSeconds * 2 ** Math.min(failures, 16), MAX_BACKOFF_S));
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

function describe(err: unknown): { kind: string; message: string; status: number | null } {
  if (err instanceof FetchError) return { kind: err.kind, message: err.message, status: err.status };
  if (err instanceof FeedError) return { kind: 'MALFORMED_FEED', message: err.message, status: 200 };
  if (err instanceof IngestError) return { kind: err.reason, message: err.message, status: null };
  return { kind: 'INTERNAL', message: 'internal error (see the server log)', status: null };
}

export async function checkFeed(deps: TaskDeps, payload: CheckPayload): Promise<void> {
  const { prisma, config, metrics, log } = deps;
  const feed = await prisma.feed.findUnique({ where: { id: payload.feedId } });
  if (!feed) return; // unfollowed meanwhile
  const now = new Date();
  let update: Parameters<PrismaClient['feed']['update']>[0]['data'];
  try {
    const res = await deps.fetcher.fetch(feed.url, {
      allowPrivateNetworks: config.allowPrivateNetworks,
      timeoutMs: config.fetchTimeoutMs,
      maxBytes: config.maxFeedBytes,
      maxRedirects: config.maxRedirects,
      etag: payload.full ? null : feed.etag,
      lastModified: payload.full ? null : feed.lastModified,
      accept: FEED_ACCEPT,
    });
    if (res.notModified) {
      metrics.checks.inc({ result: 'not_modified' });
      update = { lastStatus: 304, lastError: null, consecutiveFailures: 0, etag: res.etag ?? feed.etag, lastModified: res.lastModified ?? feed.lastModified };
    } else {
      const parsed = parseFeed(res.body);
      const queued = await queueNewItems(deps, feed.id, parsed);
      metrics.checks.inc({ result: 'changed' });
      log.debug({ feedId: feed.id, items: parsed.items.length, queued }, 'feed checked');
      update = {
        title: parsed.title?.slice(0, INGEST_LIMITS.maxTitleChars) ?? feed.title,
        lastStatus: res.status,
        lastError: null,
        consecutiveFailures: 0,
        etag: res.etag,
        lastModified: res.lastModified,
      };
    }
  } catch (err) {
    const d = describe(err);
    if (d.kind === 'INTERNAL') log.error({ err, feedId: feed.id }, 'feed check failed');
    else log.info({ feedId: feed.id, kind: d.kind, error: d.message }, 'feed check failed');
    metrics.checks.inc({ result: 'failed' });
    metrics.failures.inc({ kind: d.kind });
    update = { lastStatus: d.status, lastError: `${d.kind}: ${d.message}`.slice(0, 1_000), consecutiveFailures: feed.consecutiveFailures + 1 };
  }
  const failures = update.consecutiveFailures as number;
  const nextCheckAt = new Date(now.getTime() + nextDelaySeconds(feed.intervalSeconds, failures) * 1_000);
  const { count } = await prisma.feed.updateMany({ where: { id: feed.id }, data: { ...update, lastCheckedAt: now, nextCheckAt } });
  if (count === 1) await deps.queue().add('feeds_check', { feedId: feed.id } satisfies CheckPayload, { runAt: nextCheckAt, jobKey: checkJobKey(feed.id), jobKeyMode: 'replace' });
}

/** Queues the items whose URL is not stored yet; returns how many. */
async function queueNewItems(deps: TaskDeps, feedId: number, feed: ReturnType<typeof parseFeed>): Promise<number> {
  const items = new Map<string, (typeof feed.items)[number]>();
  for (const item of feed.items) {
    try {
      const url = canonicalUrl(item.url);
      if (!items.has(url)) items.set(url, item);
    } catch {
      deps.metrics.failures.inc({ kind: 'INVALID_URL' });
    }
  }
  if (items.size === 0) return 0;
  const known = await deps.prisma.article.findMany({ where: { url: { in: [...items.keys()] } }, select: { url: true } });
  for (const { url } of known) items.delete(url);
  deps.metrics.items.inc({ result: 'known' }, known.length);
  for (const [url, item] of items) {
    const payload: ItemPayload = {
      feedId,
      url,
      title: item.title,
      publishedAt: item.publishedAt?.toISOString() ?? null,
      sourceName: feed.title,
      ...(item.fullText && item.content ? (item.contentIsHtml ? { html: item.content } : { text: item.content }) : {}),
    };
    await deps.queue().add('feeds_item', payload, { jobKey: itemJobKey(url), jobKeyMode: 'preserve_run_at', maxAttempts: deps.config.pageAttempts });
  }
  return items.size;
}

export async function ingestItem(deps: TaskDeps, payload: ItemPayload, job: JobInfo): Promise<void> {
  const { metrics, log, config } = deps;
  const base = { url: payload.url, title: payload.title, publishedAt: payload.publishedAt ? new Date(payload.publishedAt) : null, sourceName: payload.sourceName };
  let input: IngestInput;
  if (payload.html != null || payload.text != null) {
    input = { ...base, ...(payload.html != null ? { html: payload.html } : { text: payload.text }) };
  } else {
    try {
      const page = await deps.fetcher.fetch(payload.url, {
        allowPrivateNetworks: config.allowPrivateNetworks,
        timeoutMs: config.fetchTimeoutMs,
        maxBytes: INGEST_LIMITS.maxInputBytes,
        maxRedirects: config.maxRedirects,
        accept: PAGE_ACCEPT,
      });
      input = { ...base, html: page.body };
    } catch (err) {
      const d = describe(err);
      metrics.failures.inc({ kind: d.kind });
      if (err instanceof FetchError && err.retryable && job.attempts < job.maxAttempts) {
        metrics.items.inc({ result: 'retried' });
        throw err; // the queue tries again later, with backoff
      }
      metrics.items.inc({ result: 'failed' });
      log.info({ feedId: payload.feedId, url: payload.url, kind: d.kind, attempts: job.attempts }, 'feed item given up');
      return;
    }
  }
  try {
    const outcome = await ingestArticle(deps.prisma, input);
    if (deps.pubsub) publishIngested(deps.pubsub, outcome);
    if (outcome.created) await deps.prisma.feed.updateMany({ where: { id: payload.feedId }, data: { articlesIngested: { increment: 1 } } });
    metrics.items.inc({ result: outcome.created ? 'ingested' : 'updated' });
  } catch (err) {
    if (!(err instanceof IngestError)) throw err; // the database failed: worth a retry
    metrics.failures.inc({ kind: err.reason });
    metrics.items.inc({ result: 'failed' });
    log.info({ feedId: payload.feedId, url: payload.url, reason: err.reason }, 'feed item not ingested');
  }
}

/** Queues a check for each feed overdue by more than two minutes (its job was lost). */
export async function sweepFeeds(deps: TaskDeps): Promise<void> {
  const overdue = await deps.prisma.feed.findMany({ where: { nextCheckAt: { lt: new Date(Date.now() - 120_000) } }, select: { id: true }, take: 1_000 });
  for (const { id } of overdue) {
    await deps.queue().add('feeds_check', { feedId: id } satisfies CheckPayload, { jobKey: checkJobKey(id), jobKeyMode: 'preserve_run_at' });
  }
}

/** The task table, each timed for the metrics. */
export function createTasks(deps: TaskDeps): Record<TaskName, Task> {
  const timed =
    (name: TaskName, fn: (payload: never, job: JobInfo) => Promise<void>): Task =>
    async (payload, job) => {
      deps.metrics.jobLatency.observe({ task: name }, Math.max(0, Date.now() - job.runAt.getTime()) / 1_000);
      const end = deps.metrics.jobDuration.startTimer({ task: name });
      try {
        await fn(payload as never, job);
      } finally {
        end();
      }
    };
  return {
    feeds_check: timed('feeds_check', (p: CheckPayload) => checkFeed(deps, p)),
    feeds_item: timed('feeds_item', (p: ItemPayload, job) => ingestItem(deps, p, job)),
    feeds_sweep: timed('feeds_sweep', () => sweepFeeds(deps)),
  };
}
