// Followed feeds end to end: a real HTTP server on loopback serves feeds and pages; the app
// polls them on its queue (graphile-worker on PostgreSQL, the in-process queue on PGlite) and
// the results are read through the GraphQL API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server.ts';
import { loadFeedConfig, type FeedConfig } from '../../src/config/feeds.ts';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';
import { usingPostgres } from '../helpers/db.ts';
import { subscribeSse, untilReceived } from '../analyst/sse.ts';
import { page, rss, startFeedServer, type FeedServer } from './server.ts';

const feedConfig = (overrides: Partial<FeedConfig> = {}): FeedConfig => ({
  ...loadFeedConfig({}),
  allowPrivateNetworks: true,
  minIntervalSeconds: 1,
  workers: 3,
  pageAttempts: 3,
  fetchTimeoutMs: 5_000,
  ...overrides,
});

const FEED_FIELDS = 'id url title intervalSeconds lastCheckedAt lastStatus lastError articlesIngested nextCheckAt';
interface FeedView {
  id: string;
  url: string;
  title: string | null;
  intervalSeconds: number;
  lastCheckedAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  articlesIngested: number;
  nextCheckAt: string;
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let server: FeedServer;
let t: TestApp;

async function follow(url: string, intervalSeconds = 3600, app: TestApp = t): Promise<FeedView> {
  const r = await app.gql<{ followFeed: FeedView }>(`mutation($url: String!, $i: Int) { followFeed(input: { url: $url, intervalSeconds: $i }) { ${FEED_FIELDS} } }`, {
    url,
    i: intervalSeconds,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.followFeed;
}

async function feedByUrl(url: string, app: TestApp = t): Promise<FeedView | undefined> {
  const r = await app.gql<{ feeds: { edges: { node: FeedView }[] } }>(`{ feeds(first: 100) { totalCount edges { node { ${FEED_FIELDS} } } } }`);
  expect(r.errors).toBeUndefined();
  return r.data!.feeds.edges.map((e) => e.node).find((f) => f.url === url);
}

async function articleTitles(app: TestApp = t): Promise<string[]> {
  const r = await app.gql<{ articles: { totalCount: number; edges: { node: { title: string; url: string } }[] } }>('{ articles(first: 100) { totalCount edges { node { title url } } } }');
  expect(r.errors).toBeUndefined();
  return r.data!.articles.edges.map((e) => e.node.title).sort();
}

beforeAll(async () => {
  server = await startFeedServer();
  t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN, feeds: feedConfig() });
});

afterAll(async () => {
  await t?.close();
  await server?.close();
});

describe('following feeds', () => {
  it('follows a feed with one mutation: its items are fetched, ingested and listed; an unchanged feed then costs a 304', async () => {
    const b = server.base;
    server.routes.set('/world/a1', { body: page('France and Germany sign an energy pact', 'France and Germany signed an energy agreement in Paris on Monday.') });
    server.routes.set('/world/a2', { body: page('Japan hosts Korean envoy', 'Japan hosted a South Korean envoy in Tokyo on Tuesday.') });
    server.routes.set('/world.xml', {
      contentType: 'application/rss+xml',
      etag: '"v1"',
      body: rss('World desk', [
        { link: `${b}/world/a1?utm_source=rss`, title: 'France and Germany sign an energy pact' },
        { link: `${b}/world/a2`, title: 'Japan hosts Korean envoy' },
      ]),
    });
    const followed = await follow(`${b}/world.xml`, 1);
    expect(followed.id).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(Buffer.from(followed.id, 'base64').toString()).toMatch(/^Feed:\d+$/);
    expect(followed).toMatchObject({ url: `${b}/world.xml`, intervalSeconds: 1, lastCheckedAt: null, articlesIngested: 0 });
    expect((await t.app.feeds.queue()).kind).toBe(usingPostgres ? 'graphile-worker' : 'in-process');

    const done = await until('two articles from the feed', async () => {
      const f = await feedByUrl(`${b}/world.xml`);
      return f && f.articlesIngested === 2 ? f : null;
    });
    expect(done).toMatchObject({ title: 'World desk', lastError: null });
    expect(await articleTitles()).toEqual(expect.arrayContaining(['France and Germany sign an energy pact', 'Japan hosts Korean envoy']));
    // The page was fetched as a polite client does it.
    const pageRequest = server.requests.find((r) => r.path.startsWith('/world/a1'))!;
    expect(pageRequest.headers['user-agent']).toMatch(/Newsgraph/);

    // Checked again after its interval: with the ETag, answered 304, and nothing else fetched.
    const unchanged = await until('a 304 check', async () => {
      const f = await feedByUrl(`${b}/world.xml`);
      return f && f.lastStatus === 304 ? f : null;
    });
    expect(unchanged.lastError).toBeNull();
    const conditional = server.requests.filter((r) => r.path === '/world.xml' && r.status === 304);
    expect(conditional[0]!.headers['if-none-match']).toBe('"v1"');
    expect(server.hits('/world/a1?utm_source=rss') + server.hits('/world/a1')).toBe(1);
    expect(server.hits('/world/a2')).toBe(1);

    // A new item: only it is fetched; the known ones are not fetched again.
    server.routes.set('/world/a3', { body: page('Brazil and Argentina meet', 'Brazil and Argentina held talks in Brasilia on Wednesday.') });
    server.routes.set('/world.xml', {
      contentType: 'application/rss+xml',
      etag: '"v2"',
      body: rss('World desk', [
        { link: `${b}/world/a3`, title: 'Brazil and Argentina meet' },
        { link: `${b}/world/a1`, title: 'France and Germany sign an energy pact' },
        { link: `${b}/world/a2`, title: 'Japan hosts Korean envoy' },
      ]),
    });
    await until('the third article', async () => (await feedByUrl(`${b}/world.xml`))?.articlesIngested === 3);
    expect(server.hits('/world/a3')).toBe(1);
    expect(server.hits('/world/a2')).toBe(1);

    // Metrics tell what happened.
    const metrics = await (await t.app.yoga.fetch('http://localhost/metrics')).text();
    expect(metrics).toMatch(/newsgraph_feed_checks_total\{result="not_modified"\} [1-9]/);
    expect(metrics).toMatch(/newsgraph_feed_items_total\{result="ingested"\} [3-9]/);
    expect(metrics).toMatch(/newsgraph_feed_queue_jobs\{state="scheduled"\}/);
    expect(metrics).toMatch(/newsgraph_feed_job_latency_seconds_count\{task="feeds_item"\}/);

    // Unfollowed: gone from the list, its articles stay; a second unfollow is NOT_FOUND.
    const before = (await t.gql<{ feeds: { totalCount: number } }>('{ feeds(first: 5) { totalCount } }')).data!.feeds.totalCount;
    const un = await t.gql<{ unfollowFeed: { id: string } }>('mutation($id: ID!) { unfollowFeed(input: { id: $id }) { id } }', { id: followed.id });
    expect(un.errors).toBeUndefined();
    expect(un.data!.unfollowFeed.id).toBe(followed.id);
    expect((await t.gql<{ feeds: { totalCount: number } }>('{ feeds(first: 5) { totalCount } }')).data!.feeds.totalCount).toBe(before - 1);
    expect(await feedByUrl(`${b}/world.xml`)).toBeUndefined();
    const again = await t.gql('mutation($id: ID!) { unfollowFeed(input: { id: $id }) { id } }', { id: followed.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const checks = server.hits('/world.xml');
    await new Promise((r) => setTimeout(r, 2_500));
    expect(server.hits('/world.xml')).toBe(checks);
    expect(await articleTitles()).toContain('Brazil and Argentina meet');
  });

  it('a malformed feed records lastError and backs off, and does not stop a good feed', async () => {
    const b = server.base;
    server.routes.set('/broken.xml', { contentType: 'application/rss+xml', body: '<rss><channel><title>Broken</title><item><title>x</item></channel>' });
    server.routes.set('/good/g1', { body: page('Canada and Mexico sign a trade deal', 'Canada and Mexico signed a trade deal in Ottawa on Friday.') });
    server.routes.set('/good.xml', { contentType: 'application/rss+xml', body: rss('Good desk', [{ link: `${b}/good/g1`, title: 'Canada and Mexico sign a trade deal' }]) });
    await follow(`${b}/broken.xml`, 10);
    await follow(`${b}/good.xml`, 3600);
    const broken = await until('the broken feed checked', async () => {
      const f = await feedByUrl(`${b}/broken.xml`);
      return f?.lastCheckedAt ? f : null;
    });
    expect(broken.lastError).toMatch(/^MALFORMED_FEED: /);
    expect(broken.lastError).not.toMatch(/at .*\.ts|stack/i);
    // Backed off: twice the interval after one failure.
    expect(new Date(broken.nextCheckAt).getTime() - new Date(broken.lastCheckedAt!).getTime()).toBe(20_000);
    await until('the good feed ingested', async () => (await feedByUrl(`${b}/good.xml`))?.articlesIngested === 1);
    expect((await feedByUrl(`${b}/good.xml`))!.lastError).toBeNull();
  });

  it('a page that fails once is retried with backoff and ingested', async () => {
    const b = server.base;
    server.routes.set('/flaky/f1', { failFirst: 1, body: page('India and Nepal open a border post', 'India and Nepal opened a border post on Thursday.') });
    server.routes.set('/gone/x', { status: 404, body: 'not here' });
    server.routes.set('/flaky.xml', {
      contentType: 'application/rss+xml',
      body: rss('Flaky desk', [
        { link: `${b}/flaky/f1`, title: 'India and Nepal open a border post' },
        { link: `${b}/gone/x`, title: 'Missing page' },
      ]),
    });
    await follow(`${b}/flaky.xml`);
    const feed = await until('the flaky page ingested', async () => {
      const f = await feedByUrl(`${b}/flaky.xml`);
      return f?.articlesIngested === 1 ? f : null;
    });
    expect(feed.lastError).toBeNull();
    expect(server.requests.filter((r) => r.path === '/flaky/f1').map((r) => r.status)).toEqual([503, 200]);
    // A 404 is not worth retrying: asked once, given up.
    expect(server.hits('/gone/x')).toBe(1);
    expect(await articleTitles()).not.toContain('Missing page');
  });

  it('uses the full text a feed carries (Atom content, content:encoded) without fetching the page', async () => {
    const b = server.base;
    const body = page('Egypt and Sudan discuss the Nile', 'Egypt and Sudan discussed water sharing in Cairo on Sunday.');
    server.routes.set('/full.xml', { contentType: 'application/rss+xml', body: rss('Full desk', [{ link: `${b}/full/n1`, title: 'Egypt and Sudan discuss the Nile', contentEncoded: body }]) });
    await follow(`${b}/full.xml`);
    await until('the full-text item ingested', async () => (await feedByUrl(`${b}/full.xml`))?.articlesIngested === 1);
    expect(server.hits('/full/n1')).toBe(0);
    const r = await t.gql<{ article: { title: string; body: string } | null }>('query($u: String!) { article(url: $u) { title body } }', { u: `${b}/full/n1` });
    expect(r.data!.article!.body).toMatch(/water sharing in Cairo/);
  });

  it('subscriptions fire for feed-ingested articles', async () => {
    const b = server.base;
    const sub = await subscribeSse<{ articleIngested: { title: string } }>(
      (u, i) => Promise.resolve(t.app.yoga.fetch(u, i)),
      'http://localhost/graphql',
      'subscription { articleIngested { title } }',
    );
    try {
      // Live once a warm-up article arrives; then the feed's.
      const warm = `Warm-up ${Date.now()}`;
      await untilReceived(sub, async () => {
        await t.gql('mutation($t: String!) { ingestArticle(input: { url: "https://example.org/warm", title: $t, text: "Ministers met in Rome on Monday to discuss trade." }) { created } }', { t: warm });
      });
      server.routes.set('/sub/s1', { body: page('Kenya and Ethiopia sign a road pact', 'Kenya and Ethiopia signed a road agreement in Nairobi.') });
      server.routes.set('/sub.xml', { contentType: 'application/rss+xml', body: rss('Sub desk', [{ link: `${b}/sub/s1`, title: 'Kenya and Ethiopia sign a road pact' }]) });
      await follow(`${b}/sub.xml`);
      let r = await sub.next();
      while (r.data!.articleIngested.title === warm) r = await sub.next();
      expect(r.data!.articleIngested.title).toBe('Kenya and Ethiopia sign a road pact');
    } finally {
      sub.close();
    }
  });

  it('keeps following after a restart', async () => {
    const b = server.base;
    server.routes.set('/restart/r1', { body: page('Chile and Peru settle a dispute', 'Chile and Peru settled a fishing dispute in Lima.') });
    server.routes.set('/restart.xml', { contentType: 'application/rss+xml', etag: '"r1"', body: rss('Restart desk', [{ link: `${b}/restart/r1`, title: 'Chile and Peru settle a dispute' }]) });
    await follow(`${b}/restart.xml`, 2);
    await until('the first item', async () => (await feedByUrl(`${b}/restart.xml`))?.articlesIngested === 1);
    // The feed queue stops (as the process would); a new app on the same database takes over.
    await t.app.feeds.close();
    const second = await createApp({ ...t.test.config, security: { ...t.test.config.security, adminToken: TEST_ADMIN_TOKEN }, responseCache: false, feeds: feedConfig() }, { db: t.test.db });
    try {
      server.routes.set('/restart/r2', { body: page('Chile and Peru sign a fishing accord', 'Chile and Peru signed a fishing accord in Santiago.') });
      server.routes.set('/restart.xml', {
        contentType: 'application/rss+xml',
        etag: '"r2"',
        body: rss('Restart desk', [
          { link: `${b}/restart/r2`, title: 'Chile and Peru sign a fishing accord' },
          { link: `${b}/restart/r1`, title: 'Chile and Peru settle a dispute' },
        ]),
      });
      await until('the item published after the restart', async () => {
        const f = (await second.db.prisma.feed.findUnique({ where: { url: `${b}/restart.xml` } }))!;
        return f.articlesIngested === 2;
      });
      expect(server.hits('/restart/r1')).toBe(1);
    } finally {
      await second.feeds.close();
    }
  });
});

describe('feed settings', () => {
  it('stop the start with a ConfigError naming the variable', async () => {
    const { ConfigError } = await import('../../src/config.ts');
    expect(() => loadFeedConfig({ FEED_WORKERS: 'many' })).toThrow(ConfigError);
    expect(() => loadFeedConfig({ FEED_MIN_INTERVAL_S: '0' })).toThrow(/FEED_MIN_INTERVAL_S/);
    expect(() => loadFeedConfig({ FEED_ALLOW_PRIVATE_NETWORKS: 'maybe' })).toThrow(/FEED_ALLOW_PRIVATE_NETWORKS/);
    expect(loadFeedConfig({ FEED_MIN_INTERVAL_S: '120', FEED_DEFAULT_INTERVAL_S: '30' }).defaultIntervalSeconds).toBe(120);
  });
});

describe('followFeed input and access', () => {
  it('refuses bad URLs and intervals with typed errors and stores nothing', async () => {
    const before = (await t.app.db.prisma.feed.count());
    const bad = await t.gql('mutation { followFeed(input: { url: "ftp://example.org/feed.xml" }) { id } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_URL' });
    const short = await t.gql('mutation { followFeed(input: { url: "https://example.org/feed.xml", intervalSeconds: 0 }) { id } }');
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INTERVAL' });
    expect(short.errors?.[0]?.message).toMatch(/FEED_MIN_INTERVAL_S/);
    expect(await t.app.db.prisma.feed.count()).toBe(before);
  });

  it('needs the write scope, to follow and to list', async () => {
    const anon = await t.gql('mutation { followFeed(input: { url: "https://example.org/anon.xml" }) { id } }', {}, { authorization: '' });
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(anon.errors?.[0]?.extensions?.code);
    const list = await t.gql('{ feeds(first: 5) { totalCount } }', {}, { authorization: '' });
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(list.errors?.[0]?.extensions?.code);
    expect(await t.app.db.prisma.feed.count({ where: { url: 'https://example.org/anon.xml' } })).toBe(0);
  });
});

describe('private networks', () => {
  it('refuses loopback feeds unless FEED_ALLOW_PRIVATE_NETWORKS', async () => {
    const strict = await startTestApp({ adminToken: TEST_ADMIN_TOKEN, feeds: feedConfig({ allowPrivateNetworks: false }) });
    try {
      server.routes.set('/private.xml', { contentType: 'application/rss+xml', body: rss('Private', []) });
      const hits = server.hits('/private.xml');
      await follow(`${server.base}/private.xml`, 3600, strict);
      const f = await until('the refused check', async () => {
        const v = await feedByUrl(`${server.base}/private.xml`, strict);
        return v?.lastCheckedAt ? v : null;
      });
      expect(f.lastError).toMatch(/^PRIVATE_ADDRESS: /);
      expect(f.lastStatus).toBeNull();
      expect(server.hits('/private.xml')).toBe(hits);
    } finally {
      await strict.close();
    }
  });

  it('enforces the scheme, the size limit and the deadline', async () => {
    const { SafeFetcher, FetchError } = await import('../../src/feeds/fetch.ts');
    const fetcher = new SafeFetcher(2, true);
    const opts = { allowPrivateNetworks: true, timeoutMs: 500, maxBytes: 1_000, maxRedirects: 3 };
    const kind = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof FetchError ? e.kind : String(e)));
    try {
      server.routes.set('/big', { body: 'x'.repeat(5_000) });
      server.routes.set('/slow', { delayMs: 3_000, body: 'late' });
      server.routes.set('/to-file', { location: 'file:///etc/passwd', body: '' });
      expect(await kind(fetcher.fetch('file:///etc/passwd', opts))).toBe('INVALID_URL');
      expect(await kind(fetcher.fetch(`${server.base}/to-file`, opts))).toBe('INVALID_URL');
      expect(await kind(fetcher.fetch(`${server.base}/big`, opts))).toBe('TOO_LARGE');
      const start = Date.now();
      expect(await kind(fetcher.fetch(`${server.base}/slow`, opts))).toBe('TIMEOUT');
      expect(Date.now() - start).toBeLessThan(2_500);
    } finally {
      fetcher.close();
    }
  });

  it('checks every redirect: an allowed first host cannot redirect to a refused address', async () => {
    // 127.0.0.1 stands in for a public host (allowed by address); 127.0.0.2 is refused.
    const { SafeFetcher, FetchError } = await import('../../src/feeds/fetch.ts');
    const port = new URL(server.base).port;
    server.routes.set('/hop', { location: `http://127.0.0.2:${port}/private.xml`, body: '' });
    const fetcher = new SafeFetcher(2, false, ['127.0.0.1']);
    try {
      const ok = await fetcher.fetch(`${server.base}/private.xml`, { allowPrivateNetworks: false, timeoutMs: 2_000, maxBytes: 1_000_000, maxRedirects: 3 });
      expect(ok.status).toBe(200);
      const err = await fetcher.fetch(`${server.base}/hop`, { allowPrivateNetworks: false, timeoutMs: 2_000, maxBytes: 1_000_000, maxRedirects: 3 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FetchError);
      expect((err as InstanceType<typeof FetchError>).kind).toBe('PRIVATE_ADDRESS');
      expect(server.hits('/hop')).toBe(1);
    } finally {
      fetcher.close();
    }
    // And with private networks allowed, the redirect limit holds.
    server.routes.set('/loop', { location: '/loop', body: '' });
    const open = new SafeFetcher(2, true);
    try {
      const err = await open.fetch(`${server.base}/loop`, { allowPrivateNetworks: true, timeoutMs: 2_000, maxBytes: 1_000, maxRedirects: 3 }).catch((e: unknown) => e);
      expect((err as InstanceType<typeof FetchError>).kind).toBe('TOO_MANY_REDIRECTS');
      expect(server.hits('/loop')).toBe(4);
    } finally {
      open.close();
    }
  });
});

describe.skipIf(!usingPostgres)('npm run worker', () => {
  it('a separate worker process runs the jobs of a server that only schedules', async () => {
    const { spawn } = await import('node:child_process');
    const api = await startTestApp({ adminToken: TEST_ADMIN_TOKEN, feeds: feedConfig({ workers: 0 }) });
    const b = server.base;
    server.routes.set('/worker/w1', { body: page('Ghana and Togo open a bridge', 'Ghana and Togo opened a bridge on the border on Saturday.') });
    server.routes.set('/worker.xml', { contentType: 'application/rss+xml', body: rss('Worker desk', [{ link: `${b}/worker/w1`, title: 'Ghana and Togo open a bridge' }]) });
    const url = (api.test.config.database as { url: string }).url;
    const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
      env: { ...process.env, DATABASE_URL: url, FEED_WORKERS: '2', FEED_ALLOW_PRIVATE_NETWORKS: 'true', LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    try {
      await follow(`${b}/worker.xml`, 3600, api);
      // Nothing in the API process runs jobs: the article can only come from the worker.
      await until('the worker ingested the item', async () => (await feedByUrl(`${b}/worker.xml`, api))?.articlesIngested === 1, 60_000);
      expect(await articleTitles(api)).toContain('Ghana and Togo open a bridge');
    } finally {
      await new Promise((resolve) => {
        worker.once('exit', resolve);
        worker.kill('SIGTERM');
      });
      await api.close();
    }
  });
});
