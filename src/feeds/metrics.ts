// Prometheus metrics of followed feeds, on the app's registry (or a worker's own).
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { QueueDepth } from './queue.ts';

export interface FeedMetrics {
  /** result: changed | not_modified | failed */
  checks: Counter<'result'>;
  /** result: ingested | updated | known | retried | failed */
  items: Counter<'result'>;
  /** kind: why a check or an item failed (MALFORMED_FEED, HTTP_STATUS, TIMEOUT, PRIVATE_ADDRESS, an ingest reason...) */
  failures: Counter<'kind'>;
  /** Seconds a job waited past its due time before a worker took it. */
  jobLatency: Histogram<'task'>;
  jobDuration: Histogram<'task'>;
}

export function createFeedMetrics(registry: Registry, depth: () => Promise<QueueDepth | null>): FeedMetrics {
  const registers = [registry];
  new Gauge({
    name: 'newsgraph_feed_queue_jobs',
    help: 'Feed jobs waiting: ready (due) or scheduled (later).',
    labelNames: ['state'],
    registers,
    async collect() {
      const d = await depth().catch(() => null);
      if (!d) return;
      this.set({ state: 'ready' }, d.ready);
      this.set({ state: 'scheduled' }, d.scheduled);
    },
  });
  const buckets = [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 300];
  return {
    checks: new Counter({ name: 'newsgraph_feed_checks_total', help: 'Feed checks by result.', labelNames: ['result'], registers }),
    items: new Counter({ name: 'newsgraph_feed_items_total', help: 'Feed items by outcome.', labelNames: ['result'], registers }),
    failures: new Counter({ name: 'newsgraph_feed_failures_total', help: 'Failed feed checks and item fetches, by kind.', labelNames: ['kind'], registers }),
    jobLatency: new Histogram({ name: 'newsgraph_feed_job_latency_seconds', help: 'Time a feed job waited past its due time.', labelNames: ['task'], buckets, registers }),
    jobDuration: new Histogram({ name: 'newsgraph_feed_job_duration_seconds', help: 'Time a feed job ran.', labelNames: ['task'], buckets, registers }),
  };
}
