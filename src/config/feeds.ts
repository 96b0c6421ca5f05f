// Settings of followed feeds (README, "Following feeds"), read from the environment once.
import { z } from 'zod';
import { bool, int, parseEnv } from './values.ts';

export interface FeedConfig {
  /** FEED_WORKERS: jobs this process runs at once; 0: it only schedules (npm run worker does the work). */
  workers: number;
  /** FEED_MIN_INTERVAL_S: the shortest interval a feed may be polled at. */
  minIntervalSeconds: number;
  /** FEED_DEFAULT_INTERVAL_S: the interval when followFeed names none. */
  defaultIntervalSeconds: number;
  /** FEED_ALLOW_PRIVATE_NETWORKS: fetch from loopback, private and link-local addresses (tests, intranets). */
  allowPrivateNetworks: boolean;
  /** FEED_FETCH_TIMEOUT_MS: the longest one request (feed or page) may take, body included. */
  fetchTimeoutMs: number;
  /** FEED_MAX_BYTES: the largest feed document read; pages are capped at the ingest limit. */
  maxFeedBytes: number;
  /** FEED_MAX_REDIRECTS: redirects followed per request. */
  maxRedirects: number;
  /** FEED_PER_HOST_CONCURRENCY: requests in flight to one host from this process. */
  perHostConcurrency: number;
  /** FEED_PAGE_ATTEMPTS: tries of a failing page (5xx, timeout) before it is given up. */
  pageAttempts: number;
}

const schema = z.object({
  FEED_WORKERS: int('FEED_WORKERS', 0, 64, 4),
  FEED_MIN_INTERVAL_S: int('FEED_MIN_INTERVAL_S', 1, 86_400, 60),
  FEED_DEFAULT_INTERVAL_S: int('FEED_DEFAULT_INTERVAL_S', 1, 604_800, 900),
  FEED_ALLOW_PRIVATE_NETWORKS: bool('FEED_ALLOW_PRIVATE_NETWORKS', false),
  FEED_FETCH_TIMEOUT_MS: int('FEED_FETCH_TIMEOUT_MS', 100, 600_000, 15_000),
  FEED_MAX_BYTES: int('FEED_MAX_BYTES', 1_000, 100_000_000, 10_000_000),
  FEED_MAX_REDIRECTS: int('FEED_MAX_REDIRECTS', 0, 20, 5),
  FEED_PER_HOST_CONCURRENCY: int('FEED_PER_HOST_CONCURRENCY', 1, 100, 2),
  FEED_PAGE_ATTEMPTS: int('FEED_PAGE_ATTEMPTS', 1, 25, 4),
});

/** Reads the feed settings; throws naming the bad variable. */
export function loadFeedConfig(env: NodeJS.ProcessEnv = process.env): FeedConfig {
  const e = parseEnv(schema, env);
  return {
    workers: e.FEED_WORKERS,
    minIntervalSeconds: e.FEED_MIN_INTERVAL_S,
    defaultIntervalSeconds: Math.max(e.FEED_DEFAULT_INTERVAL_S, e.FEED_MIN_INTERVAL_S),
    allowPrivateNetworks: e.FEED_ALLOW_PRIVATE_NETWORKS,
    fetchTimeoutMs: e.FEED_FETCH_TIMEOUT_MS,
    maxFeedBytes: e.FEED_MAX_BYTES,
    maxRedirects: e.FEED_MAX_REDIRECTS,
    perHostConcurrency: e.FEED_PER_HOST_CONCURRENCY,
    pageAttempts: e.FEED_PAGE_ATTEMPTS,
  };
}
