// Redis faults, through a TCP proxy the test controls: Redis blackholed (accepts, never
// answers), down, then back. Redis only shares state between instances (rate-limit budgets,
// cached answers, subscription events); without it every request must still be answered,
// promptly, each instance falling back to its own memory, and sharing resumes by itself.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuardedRedis } from '../../src/db/redis.ts';
import { LONG_WINDOW_MS, startTestApp, TEST_ADMIN_TOKEN, type TestApp, type TestAppOptions } from '../helpers/app.ts';
import { dropKeys, keysUnder, redisAvailable, TEST_REDIS_URL } from '../helpers/redis.ts';
import { TcpProxy, type ProxyMode } from '../helpers/tcp-proxy.ts';
import { storeFake, uid } from '../helpers/factory.ts';
import { subscribeSse } from '../analyst/sse.ts';
import { publishIngested } from '../../src/services/pubsub.ts';

const haveRedis = await redisAvailable();
if (!haveRedis) console.warn(`Redis fault tests skipped: no Redis answers PING at ${TEST_REDIS_URL}`);

/** Fails if the promise takes longer than `ms`: "answered promptly", not "eventually". */
async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A TCP proxy in front of the test Redis server. */
const redisProxy = (mode: ProxyMode = 'forward') => {
  const real = new URL(TEST_REDIS_URL);
  return TcpProxy.start({ host: real.hostname, port: Number(real.port || 6379) }, mode);
};

/** For the describe block: an app whose Redis is behind a proxy the test controls, under a fresh key prefix. */
function appBehindProxy(mode: ProxyMode, options: TestAppOptions = {}) {
  const s = { prefix: `newsgraph-test-${randomBytes(6).toString('hex')}:` } as { prefix: string; proxy: TcpProxy; t: TestApp };
  beforeAll(async () => {
    s.proxy = await redisProxy(mode);
    s.t = await startTestApp({ ...options, redis: { url: `redis://127.0.0.1:${s.proxy.port}`, channelPrefix: s.prefix } });
  });
  afterAll(async () => {
    await s.t?.close();
    await s.proxy?.close();
    await dropKeys(s.prefix);
  });
  return s;
}

describe.skipIf(!haveRedis)('Redis faults', { timeout: 120_000 }, () => {
  const s = appBehindProxy('forward', {
    adminToken: TEST_ADMIN_TOKEN,
    responseCache: true,
    security: { rateLimitPoints: 1_000_000, rateLimitWindowMs: LONG_WINDOW_MS },
  });

  const FRANCE = '{ country(code: "FR") { name } }';
  /** No key: limited by IP, and cacheable. */
  const ANON = { authorization: '' };
  const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';
  const keys = () => keysUnder(s.prefix);

  /** An anonymous read (rate-limited by IP, cached), a keyed ingest (published to Redis), each within 10 s. */
  async function everythingAnswers(label: string) {
    const read = await within(10_000, `${label}: anonymous read`, s.t.gql<{ country: { name: string } }>(FRANCE, undefined, ANON));
    expect(read.errors).toBeUndefined();
    expect(read.data?.country.name).toBe('France');
    const again = await within(10_000, `${label}: repeated read`, s.t.gql<{ country: { name: string } }>(FRANCE, undefined, ANON));
    expect(again.data?.country.name).toBe('France');
    const ingested = await within(
      10_000,
      `${label}: ingest`,
      s.t.gql(INGEST, { input: { url: `https://redis-fault.example/${uid()}`, title: 'Trade talks', text: 'Japan and India signed a trade agreement on Monday, officials said.' } }),
    );
    expect(ingested.errors).toBeUndefined();
    expect(ingested.status).toBe(200);
  }

  it('shares state through Redis while it answers', async () => {
    await everythingAnswers('forward');
    // Budgets and cached answers are in Redis.
    await expect.poll(keys, { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringContaining('ratelimit:'), expect.stringContaining('response:')]));
  });

  it('answers every request while Redis is blackholed, then down; shares again once it is back', async () => {
    s.proxy.setMode('blackhole');
    await everythingAnswers('blackholed');
    await everythingAnswers('still blackholed');
    s.proxy.setMode('refuse');
    await everythingAnswers('down');
    // A subscription that starts while Redis is down (its SUBSCRIBE fails)...
    const sub = await subscribeSse<{ articleIngested: { title: string } }>(
      (u, i) => Promise.resolve(s.t.app.yoga.fetch(u, i)),
      'http://localhost/graphql',
      'subscription { articleIngested { title } }',
    );
    const first = sub.next();
    let received = false;
    void first.finally(() => (received = true)).catch(() => undefined);
    // ...and an outage longer than ioredis retries a command for: the ingests' PUBLISH and
    // that SUBSCRIBE are given up, which must not end the process (an unhandled rejection).
    await new Promise((r) => setTimeout(r, 3_000));
    s.proxy.setMode('forward');
    await dropKeys(s.prefix);
    // Back: the instance uses Redis again by itself.
    // A new document each time: a cached answer (a SET queued during the outage may land
    // after dropKeys) is a hit, and hits are not charged, so it would never write a budget.
    let probe = 0;
    await expect
      .poll(
        async () => {
          probe += 1;
          await s.t.gql(`{ probe${probe}: country(code: "FR") { name } }`, undefined, ANON);
          return keys();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toEqual(expect.arrayContaining([expect.stringContaining('ratelimit:')]));
    await everythingAnswers('back');
    // The subscription is subscribed again once Redis is back, and receives events.
    const stored = await storeFake(s.t.app.db.prisma, { countries: ['UY', 'PY'], tag: `redis-${uid()}` });
    try {
      for (let i = 0; i < 300 && !received; i += 1) {
        publishIngested(s.t.app.pubsub, { articleId: stored.articleId, eventIds: [] });
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(received, 'an event within 30 s of Redis coming back').toBe(true);
      const event = await first;
      expect(event.errors).toBeUndefined();
      expect(event.data?.articleIngested.title).toBeTruthy();
    } finally {
      sub.close();
    }
  });
});

describe.skipIf(!haveRedis)('Redis down when the service starts', { timeout: 120_000 }, () => {
  const s = appBehindProxy('refuse');

  it('serves meanwhile, and a subscription opened then receives events once Redis is up', async () => {
    expect((await s.t.gql<{ country: { name: string } }>('{ country(code: "FR") { name } }')).data?.country.name).toBe('France');
    const sub = await subscribeSse<{ articleIngested: { title: string } }>(
      (u, i) => Promise.resolve(s.t.app.yoga.fetch(u, i)),
      'http://localhost/graphql',
      'subscription { articleIngested { title } }',
    );
    try {
      const first = sub.next();
      let received = false;
      void first.finally(() => (received = true)).catch(() => undefined);
      // Longer than ioredis retries the SUBSCRIBE for; then Redis comes up.
      await new Promise((r) => setTimeout(r, 3_000));
      s.proxy.setMode('forward');
      const tag = `late-${uid()}`;
      const stored = await storeFake(s.t.app.db.prisma, { countries: ['BO', 'PE'], tag });
      for (let i = 0; i < 300 && !received; i += 1) {
        publishIngested(s.t.app.pubsub, { articleId: stored.articleId, eventIds: [] });
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(received, 'an event within 30 s of Redis coming up').toBe(true);
      expect((await first).data?.articleIngested.title).toBe(`Article ${tag}`);
    } finally {
      sub.close();
    }
  });
});

describe.skipIf(!haveRedis)('the circuit breaker', { timeout: 120_000 }, () => {
  it('after a failure, skips Redis for its pause, then lets one request probe while the rest fall back', async () => {
    const proxy = await redisProxy();
    const client = new GuardedRedis(`redis://127.0.0.1:${proxy.port}`, { purpose: 'test', coolOffMs: 300 });
    try {
      let calls = 0;
      const ping = (redis: Redis) => {
        calls += 1;
        return redis.ping();
      };
      expect(await client.run(ping, () => 'fallback')).toBe('PONG');
      proxy.setMode('blackhole');
      expect(await client.run(ping, () => 'fallback')).toBe('fallback'); // timed out
      expect(calls).toBe(2);
      expect(await client.run(ping, () => 'fallback')).toBe('fallback'); // paused: not tried
      expect(calls).toBe(2);
      await new Promise((r) => setTimeout(r, 400));
      const answers = await Promise.all(Array.from({ length: 5 }, () => client.run(ping, () => 'fallback')));
      expect(answers).toEqual(Array(5).fill('fallback'));
      expect(calls).toBe(3); // one probe
      proxy.setMode('forward');
      await expect.poll(() => client.run((r) => r.ping(), () => 'fallback'), { timeout: 30_000, interval: 200 }).toBe('PONG');
    } finally {
      client.close();
      await proxy.close();
    }
  });
});
