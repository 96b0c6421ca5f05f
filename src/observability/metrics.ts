// Prometheus metrics on /metrics: Yoga/Envelop phase timings (@graphql-yoga/plugin-prometheus),
// HTTP requests by status, GraphQL errors by code, rate-limit rejections, the database pool
// and process metrics. One registry per app, so several apps in one process do not collide.
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';

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

export function createMetrics(options: { enabled: boolean; pool: () => PoolStats | null; ready: () => boolean }): Metrics {
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
    name: 'newsgraph_ready',
    help: '1 when start-up work (migrations) is done and the database answered.',
    registers: [registry],
    collect() {
      this.set(options.ready() ? 1 : 0);
    },
  });

  const countErrors = (result: ExecutionResult) => {
    for (const e of result.errors ?? []) errors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
  };

  const plugins: Plugin[] = [
    {
      onResultProcess({ result }) {
        if (Array.isArray(result)) result.forEach((r) => countErrors(r as ExecutionResult));
        else if (result && typeof result === 'object' && !(Symbol.asyncIterator in result)) countErrors(result as ExecutionResult);
      },
      onResponse({ request, response }) {
        requests.inc({ method: request.method, status: String(response.status) });
      },
    },
  ];
  if (options.enabled) {
    plugins.push(
      usePrometheus({
        endpoint: '/metrics',
        registry,
        metrics: {
          graphql_envelop_request_duration: true,
          graphql_envelop_phase_parse: true,
          graphql_envelop_phase_validate: true,
          graphql_envelop_phase_context: true,
          graphql_envelop_phase_execute: true,
          graphql_envelop_error_result: true,
          graphql_yoga_http_duration: true,
        },
      }),
    );
  }
  return { registry, plugins, rateLimited };
}
