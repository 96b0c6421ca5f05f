// The application over a test database, queried in-process through yoga.fetch.
import type { ExecutionResult } from 'graphql';
import { createApp, type App } from '../../src/server.ts';
import { openTestDatabase, type TestDatabase } from './db.ts';

export interface TestApp {
  app: App;
  test: TestDatabase;
  /** Runs a GraphQL operation; returns the parsed response body and HTTP status. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<ExecutionResult<T> & { status: number }>;
  /** Runs fn and returns the SQL statements the Prisma client sent meanwhile. */
  statements<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }>;
  close(): Promise<void>;
}

export async function startTestApp(options: { seedSample?: boolean } = {}): Promise<TestApp> {
  const test = await openTestDatabase();
  const app = await createApp({ ...test.config, seedSample: options.seedSample ?? false }, { db: test.db });
  return {
    app,
    test,
    async gql(query, variables) {
      const res = await app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
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
    close: () => test.drop(),
  };
}
