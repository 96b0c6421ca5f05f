// A query stops when its client goes away, and after REQUEST_TIMEOUT_MS: the executor
// resolves no further fields, so it issues no more SQL. Mutations are never cut short.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';
import { storeFake } from '../helpers/factory.ts';

// More than one statement whatever the switches: the countries (with JOINED_PAGES, their first
// pages of officials and positions in the same statement; without, one statement per level),
// then the officials' totals, counted once the countries are known.
const NESTED = `{ countries(first: 20, region: "Oceania") { edges { node { code
  officials(first: 10) { totalCount edges { node { name positions { title } } } } } } } }`;

let t: TestApp;
/** An app for the describe block, with this REQUEST_TIMEOUT_MS (0: none). */
function appWithTimeout(requestTimeoutMs: number) {
  beforeAll(async () => {
    t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN, security: { requestTimeoutMs } });
    for (const code of ['AU', 'NZ', 'FJ']) await storeFake(t.test.db.prisma, { countries: [code, 'GB'], officials: 2 });
  });
  afterAll(() => t?.close());
}

const post = async (query: string, init: RequestInit = {}): Promise<Response> =>
  await t.app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
    ...init,
  });

/** Holds an exclusive lock on a table until `release` is called: queries reading it wait. */
async function lockTable(table: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const done = t.test.db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
      locked();
      await held;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  await isLocked;
  return async () => {
    release();
    await done;
  };
}

// Without a deadline only the client's leaving can stop the query; with one, the two signals
// are joined (the Node adapter's request signal is not a native AbortSignal: Node 24's
// AbortSignal.any refused it and every query failed).
describe.each([
  ['without a deadline', 0],
  ['with a deadline', 60_000],
])('a client that goes away, %s', (_name, requestTimeoutMs) => {
  appWithTimeout(requestTimeoutMs);

  it('issues no more SQL once the client has gone (over HTTP: it closes the connection)', async () => {
    // In full, the query takes several statements.
    const full: string[] = [];
    const stopFull = t.test.db.onStatement((s) => full.push(s));
    const res = await post(NESTED);
    stopFull();
    expect(res.status).toBe(200);
    expect(full.length).toBeGreaterThanOrEqual(2);

    // The query waits at its first statement on a locked table; meanwhile the client leaves.
    const http = await startHttp(t);
    const unlock = await lockTable('Country');
    const reads: string[] = [];
    const stop = t.test.db.onStatement((s) => {
      if (/^\s*SELECT/i.test(s)) reads.push(s);
    });
    try {
      const client = new AbortController();
      try {
        const pending = fetch(`${http.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: NESTED }),
          signal: client.signal,
        })
          .then((r) => r.text())
          .catch(() => undefined);
        await expect.poll(() => reads.length, { timeout: 30_000 }).toBe(1);
        client.abort();
        await pending;
        // The server notices the closed connection.
        await new Promise((r) => setTimeout(r, 1_000));
      } finally {
        await unlock();
      }
      // Room for the next levels to start, were the query still running.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(reads).toHaveLength(1);
    } finally {
      stop();
      await http.close();
    }
  });

});

describe('REQUEST_TIMEOUT_MS', () => {
  appWithTimeout(400);

  it('answers 503 REQUEST_TIMEOUT after REQUEST_TIMEOUT_MS, while the database is still busy', async () => {
    const unlock = await lockTable('Country');
    let res: Response;
    try {
      // Only comes back while the lock is held if the deadline stopped the query.
      res = await post('{ countries(first: 5) { edges { node { code } } } }');
    } finally {
      await unlock();
    }
    expect(res.status).toBe(503);
    const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
    expect(body.errors?.[0]?.message).toMatch(/longer than 400 ms/);
    expect(JSON.stringify(body)).not.toMatch(/abort|at .*:\d+/i);
  });

  it('lets a mutation finish however long it takes', async () => {
    const unlock = await lockTable('Country');
    const url = `https://cancel.example/${Date.now()}`;
    const mutation = t.gql<{ ingestArticle: { created: boolean } }>(
      'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
      { input: { url, title: 'Talks', text: 'France and Germany held talks in Berlin on Monday, officials said.' } },
    );
    // Well past the deadline, then the database is free again.
    await new Promise((r) => setTimeout(r, 1_000));
    await unlock();
    const r = await mutation;
    expect(r.errors).toBeUndefined();
    expect(r.data?.ingestArticle.created).toBe(true);
    expect(await t.test.db.prisma.article.count({ where: { url } })).toBe(1);
  });
});
