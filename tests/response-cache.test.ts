// The response cache (src/services/response-cache.ts): anonymous reads are answered from the
// cache until the data changes, whoever changes it; answers never leak between callers with
// keys; ETags revalidate; with Redis, instances share entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/index.ts';
import { createApp, type App } from '../src/server.ts';
import { startHttp, startTestApp, TEST_ADMIN_TOKEN, type TestApp } from './helpers/app.ts';
import { usingPostgres } from './helpers/db.ts';
import { storeFake, uid } from './helpers/factory.ts';
import { dropKeys, redisAvailable } from './helpers/redis.ts';

const ANON = { authorization: '' };
const ARTICLES = '{ articles(first: 50) { totalCount edges { node { title } } } }';

interface Articles {
  articles: { totalCount: number; edges: { node: { title: string } }[] };
}
type Meta = { responseCache?: { hit?: boolean; didCache?: boolean }; rateLimit?: unknown };

const meta = (r: { extensions?: unknown }) => (r.extensions ?? {}) as Meta;

/** Polls until `check` passes (the NOTIFY of a commit arrives asynchronously). */
async function eventually<T>(fn: () => Promise<T>, check: (v: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (check(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('response cache (one instance)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN, responseCache: true, security: { rateLimitPoints: 100_000, rateLimitWindowMs: 60_000 } });
    await storeFake(t.test.db.prisma, { tag: `first-${uid()}` });
  });
  afterAll(() => t?.close());

  it('answers a repeated anonymous read from the cache, with no SQL and the same data', async () => {
    const q = `{ articles(first: 7) { totalCount edges { node { title } } } }`;
    const miss = await eventually(() => t.gql<Articles>(q, {}, ANON), (r) => meta(r).responseCache?.didCache === true);
    expect(meta(miss).responseCache).toMatchObject({ hit: false, didCache: true });
    // On PostgreSQL the NOTIFY of the set-up's write can land while that first read runs:
    // its answer is then stored under the version before, and the next read misses once.
    const { result: hit, sql } = await eventually(
      () => t.statements(() => t.gql<Articles>(q, {}, ANON)),
      (r) => meta(r.result).responseCache?.hit === true,
    );
    expect(meta(hit).responseCache).toMatchObject({ hit: true });
    expect(sql).toEqual([]);
    expect(hit.data).toEqual(miss.data);
    // The first caller's rate-limit budget is not replayed to the next one.
    expect(meta(miss).rateLimit).toBeDefined();
    expect(meta(hit).rateLimit).toBeUndefined();
  });

  it('never caches for a caller with a key, nor an answer with errors', async () => {
    for (let i = 0; i < 2; i += 1) {
      const withKey = await t.gql(ARTICLES);
      expect(meta(withKey).responseCache?.hit).not.toBe(true);
      const failing = await t.gql('{ articles(first: 500) { totalCount } }', {}, ANON);
      expect(failing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(meta(failing).responseCache?.hit).not.toBe(true);
    }
  });

  it('a mutation invalidates at once: its caller reads its own write', async () => {
    const before = await eventually(() => t.gql<Articles>(ARTICLES, {}, ANON), (r) => meta(r).responseCache?.didCache === true);
    await t.gql<Articles>(ARTICLES, {}, ANON); // now cached
    const title = `Ingested ${uid()}`;
    const ingested = await t.gql(
      'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
      { input: { url: `https://cache.example/${uid()}`, title, text: 'Russia recognized the Taliban government on Thursday, officials said.' } },
    );
    expect(ingested.errors).toBeUndefined();
    const after = await t.gql<Articles>(ARTICLES, {}, ANON);
    expect(meta(after).responseCache?.hit).toBe(false);
    expect(after.data!.articles.totalCount).toBe(before.data!.articles.totalCount + 1);
    expect(after.data!.articles.edges.map((e) => e.node.title)).toContain(title);
  });

  it('a write that bypasses GraphQL (the ingestion CLI, another instance) invalidates too', async () => {
    await eventually(() => t.gql<Articles>(ARTICLES, {}, ANON), (r) => meta(r).responseCache?.hit === true);
    const tag = `direct-${uid()}`;
    await storeFake(t.test.db.prisma, { tag });
    const fresh = await eventually(
      () => t.gql<Articles>(ARTICLES, {}, ANON),
      (r) => r.data!.articles.edges.some((e) => e.node.title === `Article ${tag}`),
    );
    expect(fresh.data!.articles.edges.map((e) => e.node.title)).toContain(`Article ${tag}`);
  });

  it('answers GET with an ETag, 304 for If-None-Match while the data is unchanged, 200 after a write', async () => {
    const http = await startHttp(t);
    try {
      const url = `${http.base}/graphql?query=${encodeURIComponent('{ countries(first: 3) { edges { node { code } } } }')}`;
      const get = (etag?: string) => fetch(url, { headers: { accept: 'application/json', ...(etag ? { 'if-none-match': etag } : {}) } });
      const first = await eventually(() => get(), (r) => r.headers.get('etag') !== null);
      const etag = first.headers.get('etag')!;
      expect(etag).toBeTruthy();
      const again = await get(etag);
      expect(again.status).toBe(304);
      await storeFake(t.test.db.prisma, { tag: `etag-${uid()}` });
      const changed = await eventually(() => get(etag), (r) => r.status === 200);
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    } finally {
      await http.close();
    }
  });
});

// Two instances need one database they can both reach: the PostgreSQL server (CI runs this
// suite against it); an embedded database belongs to one process.
describe.skipIf(!usingPostgres)('response cache shared through Redis (two instances)', () => {
  const redis = { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', channelPrefix: `newsgraph-test-${uid()}:` };
  let a: TestApp;
  let b: App | null = null;
  let reachable = true;
  beforeAll(async () => {
    reachable = await redisAvailable(redis.url);
    if (!reachable) {
      console.warn(`Redis at ${redis.url} unreachable: skipping the shared response-cache test`);
      return;
    }
    a = await startTestApp({ redis, responseCache: true });
    // The second instance: its own connections to the same database, as behind a load balancer.
    b = await createApp({ ...a.test.config, seedSample: false, redis, responseCache: true }, { db: await openDatabase(a.test.config) });
  });
  afterAll(async () => {
    await b?.close();
    if (reachable) await dropKeys(redis.channelPrefix, redis.url);
    await a?.close();
  });

  it('an answer cached by one instance is a hit on the other; a write on either invalidates both', async () => {
    if (!reachable) return;
    const q = '{ articles(first: 4) { totalCount edges { node { title } } } }';
    const ask = async (app: App) => {
      const res = await app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: q }),
      });
      return (await res.json()) as { data: Articles; extensions?: Meta };
    };
    const first = await eventually(() => ask(a.app), (r) => r.extensions?.responseCache?.didCache === true);
    const fromB = await eventually(() => ask(b!), (r) => r.extensions?.responseCache?.hit === true);
    expect(fromB.extensions?.responseCache?.hit).toBe(true);
    expect(fromB.data).toEqual(first.data);
    // A write through instance B's database connections: A learns it from the NOTIFY.
    const tag = `shared-${uid()}`;
    await storeFake(b!.db.prisma, { tag });
    const freshA = await eventually(() => ask(a.app), (r) => r.data.articles.totalCount === first.data.articles.totalCount + 1);
    expect(freshA.data.articles.edges.map((e) => e.node.title)).toContain(`Article ${tag}`);
  });
});
