// The application over a test database, queried in-process through yoga.fetch.
import type { ExecutionResult } from 'graphql';
import type { Config } from '../../src/config.ts';
import type { SecurityConfig } from '../../src/config/security.ts';
import type { AddressInfo } from 'node:net';
import { createApp, listen, type App } from '../../src/server.ts';
import { openTestDatabase, type TestDatabase } from './db.ts';

export interface TestApp {
  app: App;
  test: TestDatabase;
  /** Runs a GraphQL operation; returns the parsed response body and HTTP status. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    /** Extra headers; `authorization: ''` sends none even when the app has an admin token. */
    headers?: Record<string, string>,
  ): Promise<ExecutionResult<T> & { status: number }>;
  /** Runs fn and returns the SQL statements the Prisma client sent meanwhile. */
  statements<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  seedSample?: boolean;
  /** Bootstrap admin token (NEWSGRAPH_ADMIN_TOKEN); `gql` then sends it as `Authorization: Bearer`. */
  adminToken?: string;
  /** Overrides of the security settings (limits, REQUIRE_READ_KEY, rate limits...). */
  security?: Partial<SecurityConfig>;
  /** Redis for rate limits and subscription events (REDIS_URL, REDIS_CHANNEL_PREFIX). */
  redis?: Config['redis'];
  /**
   * The response cache (RESPONSE_CACHE); off unless asked for. Tests write through Prisma
   * directly and read at once: a cached read sees such a write only once its NOTIFY has
   * arrived, a race a test must not depend on. tests/response-cache.test.ts covers the cache.
   */
  responseCache?: boolean;
  /** OpenTelemetry tracing (OTEL_*). */
  tracing?: Config['tracing'];
  /** Followed feeds (FEED_*); from the environment when absent. */
  feeds?: Config['feeds'];
}

/**
 * A rate-limit window for tests that spend a budget over several requests. Windows are
 * aligned to the clock, so an hour-long one can reset between two requests; this one ends
 * in 2039.
 */
export const LONG_WINDOW_MS = 2 ** 40;

/** A valid bootstrap token for tests. */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const test = await openTestDatabase();
  const security = { ...test.config.security, ...options.security, adminToken: options.adminToken ?? options.security?.adminToken ?? null };
  const app = await createApp(
    {
      ...test.config,
      security,
      seedSample: options.seedSample ?? false,
      redis: options.redis ?? null,
      tracing: options.tracing ?? null,
      responseCache: options.responseCache ?? false,
      ...(options.feeds ? { feeds: options.feeds } : {}),
    },
    { db: test.db },
  );
  return {
    app,
    test,
    async gql(query, variables, headers = {}) {
      const auth: Record<string, string> = options.adminToken ? { authorization: `Bearer ${options.adminToken}` } : {};
      const all: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...auth, ...headers };
      if (all.authorization === '') delete all.authorization;
      const res = await app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: all,
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as ExecutionResult<never>), status: res.status };
    },
    async statements(fn) {
      const sql: string[] = [];
      const stop = test.db.onStatement((s) => sql.push(s));
      try {
        return { result: await fn(), sql };
      } finally {
        stop();
      }
    },
    async close() {
      // The app holds connections of its own (the response cache's LISTEN, Redis, tracing):
      // close it first. A test may have closed it already.
      await app.close().catch(() => undefined);
      await test.drop();
    },
  };
}

/** The test app behind a real HTTP server on a free loopback port. */
export async function startHttp(t: TestApp): Promise<{ base: string; close(): Promise<void> }> {
  const server = await listen(t.app, '127.0.0.1', 0);
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
