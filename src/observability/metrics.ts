// Prometheus metrics on /metrics: the GraphQL phase timings (parse, validate, context,
// execute, subscribe) and the HTTP duration under the names and labels of
// @graphql-yoga/plugin-prometheus (./phase-metrics.ts observes them with cheaper hooks), HTTP
// requests by status, GraphQL errors by code, rate-limit rejections, open subscriptions, the
// database pool and process metrics. One registry per app, so several apps in one process do
// not collide.
// With a token (METRICS_TOKEN), /metrics answers only `Authorization: Bearer <token>`.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { pathnameOf, usePhaseMetrics, type CounterHooks } from './phase-metrics.ts';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Metrics {
  registry: Registry;
  plugins: Plugin[];
  rateLimited: Counter;
}

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Refuses /metrics with 401 unless the request carries the bearer token (compared in constant time). */
function requireToken(token: string): Plugin {
  const expected = sha256(token);
  return {
    onRequest({ request, endResponse }) {
      if (pathnameOf(request.url) !== '/metrics') return;
      const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
      if (given !== undefined && timingSafeEqual(sha256(given), expected)) return;
      endResponse(
        new Response(JSON.stringify({ errors: [{ message: '/metrics needs Authorization: Bearer <METRICS_TOKEN>.', extensions: { code: 'UNAUTHENTICATED' } }] }), {
          status: 401,
          headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
        }),
      );
    },
  };
}

export function createMetrics(options: {
  enabled: boolean;
  /** When set, /metrics needs `Authorization: Bearer <token>`. */
  token?: string | null;
  pool: () => PoolStats | null;
  ready: () => boolean;
  /** Subscriptions open on this instance. */
  subscriptions?: () => number;
}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsgraph_' });

  const requests = new Counter({
    name: 'newsgraph_http_requests_total',
    help: 'HTTP requests by method and status.',
    labelNames: ['method', 'status'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'newsgraph_graphql_errors_total',
    help: 'GraphQL errors returned to clients, by stable error code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const rateLimited = new Counter({ name: 'newsgraph_rate_limited_total', help: 'Operations refused by the rate limiter.', registers: [registry] });
  new Gauge({
    name: 'newsgraph_db_pool_connections',
    help: 'PostgreSQL pool connections by state (total, idle, waiting clients); absent on the embedded database.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const s = options.pool();
      if (!s) return;
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });
  new Gauge({
    name: 'newsgraph_subscriptions_open',
    help: 'Subscriptions (event streams) open on this instance.',
    registers: [registry],
    collect() {
      this.set(options.subscriptions?.() ?? 0);
    },
  });
  new Gauge({
    name: 'newsgraph_ready',
    help: '1 when start-up work (migrations) is done and the database answered.',
    registers: [registry],
    collect() {
      this.set(options.ready() ? 1 : 0);
    },
  });

  const countErrors = (result: ExecutionResult) => {
    for (const e of result.errors ?? []) errors.inc({ code: String((e.extensions?.code as string | undefined) ?? 'UNKNOWN') });
  };

  const counters = {
    onResultProcess({ result }) {
      if (Array.isArray(result)) result.forEach((r) => countErrors(r as ExecutionResult));
      else if (result && typeof result === 'object' && !(Symbol.asyncIterator in result)) countErrors(result as ExecutionResult);
    },
    onResponse({ request, response }) {
      requests.inc({ method: request.method, status: String(response.status) });
    },
  } satisfies CounterHooks;
  // The counters ride on the phase plugin's hooks when it runs: one hook per phase, not two.
  const plugins: Plugin[] = [];
  if (options.enabled) {
    if (options.token) plugins.push(requireToken(options.token));
    // No label a client chooses (operation names, URLs, error paths): each new value would
    // make new series. Operation type, status and method are bounded.
    plugins.push(usePhaseMetrics(registry, '/metrics', counters));
  } else plugins.push(counters);
  return { registry, plugins, rateLimited };
}
