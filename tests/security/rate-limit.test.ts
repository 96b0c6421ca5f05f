// Cost-based rate limiting per key and per IP, reported in extensions; shared through Redis.
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRateLimiter, RedisRateLimiter } from '../../src/security/rate-limit.ts';
import { dropKeys, redisAvailable, TEST_REDIS_URL } from '../helpers/redis.ts';
import { LONG_WINDOW_MS, startHttp, startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';

const REDIS_URL = TEST_REDIS_URL;
const silent = pino({ level: 'silent' });

const haveRedis = await redisAvailable();
if (!haveRedis) console.warn(`rate-limit tests through Redis skipped: no Redis answers PING at ${REDIS_URL} (set TEST_REDIS_URL)`);

type Ext = { rateLimit?: { limit: number; remaining: number; resetMs: number }; cost?: { requested: number; maximum: number } };

describe('rate limiting over HTTP', () => {
  let t: TestApp;
  let http: Awaited<ReturnType<typeof startHttp>>;
  let base: string;
  beforeAll(async () => {
    // Repeated reads are the point here: no response cache, every request runs.
    t = await startTestApp({ seedSample: true, adminToken: TEST_ADMIN_TOKEN, responseCache: false, security: { rateLimitPoints: 100, rateLimitWindowMs: LONG_WINDOW_MS } });
    http = await startHttp(t);
    base = http.base;
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
  });

  const query = (q: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: q }) });

  it('charges each operation its cost, reports the budget, then answers 429 RATE_LIMITED without running SQL', async () => {
    // cost = 1 (countries) + 10 (first) x (1 edges + 1 node) = 21
    const q = '{ countries(first: 10) { edges { node { code } } } }';
    const first = await query(q);
    const body = (await first.json()) as { extensions: Ext };
    expect(body.extensions.cost).toEqual({ requested: 21, maximum: 20_000 });
    expect(body.extensions.rateLimit).toMatchObject({ limit: 100, remaining: 79 });
    const seen: number[] = [79];
    for (let i = 0; i < 3; i++) seen.push(((await (await query(q)).json()) as { extensions: Ext }).extensions.rateLimit!.remaining);
    expect(seen).toEqual([79, 58, 37, 16]);

    const { result: limited, sql } = await t.statements(async () => {
      const r = await query(q);
      return { status: r.status, retry: r.headers.get('retry-after'), body: (await r.json()) as { errors: { extensions: { code: string } }[]; extensions: Ext } };
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.retry)).toBeGreaterThan(0);
    expect(limited.body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
    expect(limited.body.extensions.rateLimit!.remaining).toBe(16);
    expect(sql).toEqual([]);
    // A cheaper operation still fits the rest of the budget.
    expect((await query('{ country(code: "FR") { name } }')).status).toBe(200);
  });

  it('keeps separate budgets per key; the bootstrap admin token is not limited', async () => {
    const created = await t.gql<{ createApiKey: { token: string } }>('mutation { createApiKey(input: {name: "limited", scopes: [READ]}) { token } }');
    const token = created.data!.createApiKey.token;
    const r = await query('{ country(code: "FR") { name } }', { authorization: `Bearer ${token}` });
    expect(((await r.json()) as { extensions: Ext }).extensions.rateLimit).toMatchObject({ limit: 100, remaining: 99 });
    const admin = await query('{ country(code: "FR") { name } }', { authorization: `Bearer ${TEST_ADMIN_TOKEN}` });
    expect(admin.status).toBe(200);
    expect(((await admin.json()) as { extensions: Ext }).extensions.rateLimit).toBeUndefined();
  });

  it('gives a key created with rateLimitPoints that budget instead of the default', async () => {
    const create = (rateLimitPoints: number) =>
      t.gql<{ createApiKey: { token: string; apiKey: { rateLimitPoints: number | null } } }>(
        'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { rateLimitPoints } } }',
        { input: { name: `budget-${rateLimitPoints}`, scopes: ['READ'], rateLimitPoints } },
      );
    const big = await create(1_000);
    expect(big.data!.createApiKey.apiKey.rateLimitPoints).toBe(1_000);
    const auth = { authorization: `Bearer ${big.data!.createApiKey.token}` };
    // cost 21 each: five of them fit 1000 points but not the default 100.
    const q = '{ countries(first: 10) { edges { node { code } } } }';
    const statuses: number[] = [];
    let last: Ext | undefined;
    for (let i = 0; i < 5; i += 1) {
      const r = await query(q, auth);
      statuses.push(r.status);
      last = ((await r.json()) as { extensions: Ext }).extensions;
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(last!.rateLimit).toMatchObject({ limit: 1_000, remaining: 1_000 - 5 * 21 });

    const small = await create(30);
    const tight = { authorization: `Bearer ${small.data!.createApiKey.token}` };
    expect((await query(q, tight)).status).toBe(200);
    const refused = await query(q, tight);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { extensions: Ext }).extensions.rateLimit).toMatchObject({ limit: 30, remaining: 9 });

    const bad = await t.gql('mutation { createApiKey(input: {name: "zero", scopes: [READ], rateLimitPoints: 0}) { token } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.test.db.prisma.apiKey.count({ where: { name: 'zero' } })).toBe(0);
  });
});

describe('limiters', () => {
  it('in memory: a fixed window of points', async () => {
    const l = new MemoryRateLimiter(10, LONG_WINDOW_MS);
    expect((await l.consume('a', 4)).remaining).toBe(6);
    expect((await l.consume('a', 6)).allowed).toBe(true);
    const over = await l.consume('a', 1);
    expect(over).toMatchObject({ allowed: false, remaining: 0 });
    expect((await l.consume('b', 1)).remaining).toBe(9);
    expect(await l.consume('c', 40, 50)).toMatchObject({ allowed: true, limit: 50, remaining: 10 });
  });

  it.skipIf(!haveRedis)('through Redis: two instances share one budget', async () => {
    const prefix = `newsgraph-test-${randomBytes(4).toString('hex')}:`;
    const a = new RedisRateLimiter(REDIS_URL, prefix, 10, LONG_WINDOW_MS, silent);
    const b = new RedisRateLimiter(REDIS_URL, prefix, 10, LONG_WINDOW_MS, silent);
    try {
      expect(await a.consume('ip:1', 4)).toMatchObject({ allowed: true, remaining: 6 });
      expect(await b.consume('ip:1', 4)).toMatchObject({ allowed: true, remaining: 2 });
      expect(await a.consume('ip:1', 3)).toMatchObject({ allowed: false, remaining: 2 });
      expect(await b.consume('ip:1', 2)).toMatchObject({ allowed: true, remaining: 0 });
      expect(await b.consume('ip:2', 1)).toMatchObject({ allowed: true, remaining: 9 });
      // A key's own budget.
      expect(await a.consume('key:7', 4, 5)).toMatchObject({ allowed: true, limit: 5, remaining: 1 });
      expect(await b.consume('key:7', 2, 5)).toMatchObject({ allowed: false, limit: 5, remaining: 1 });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('falls back to memory when Redis is unreachable', async () => {
    // Port 1 on loopback: nothing listens there.
    const l = new RedisRateLimiter('redis://127.0.0.1:1', 'x:', 5, LONG_WINDOW_MS, silent);
    try {
      expect(await l.consume('k', 3)).toMatchObject({ allowed: true, remaining: 2 });
      expect(await l.consume('k', 3)).toMatchObject({ allowed: false });
    } finally {
      await l.close();
    }
  });
});

describe.skipIf(!haveRedis)('two instances sharing one budget through Redis, over HTTP', () => {
  // Two applications, each with its own database and HTTP port, as behind a load balancer;
  // a fresh key prefix keeps this run apart from anything else on the Redis server.
  const redis = { url: REDIS_URL, channelPrefix: `newsgraph-test-${randomBytes(6).toString('hex')}:` };
  const budget = { rateLimitPoints: 50, rateLimitWindowMs: LONG_WINDOW_MS };
  let a: TestApp;
  let b: TestApp;
  let httpA: Awaited<ReturnType<typeof startHttp>>;
  let httpB: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    // Repeated reads are the point here: no response cache, every request runs.
    a = await startTestApp({ redis, security: budget, responseCache: false });
    b = await startTestApp({ redis, security: budget, responseCache: false });
    httpA = await startHttp(a);
    httpB = await startHttp(b);
  });
  afterAll(async () => {
    await httpA?.close();
    await httpB?.close();
    await a?.close();
    await b?.close();
    await dropKeys(redis.channelPrefix);
  });

  const post = async (base: string, q: string) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
    const body = (await res.json()) as { errors?: { extensions: { code: string } }[]; extensions: Ext };
    return { status: res.status, retry: res.headers.get('retry-after'), code: body.errors?.[0]?.extensions.code, remaining: body.extensions.rateLimit?.remaining };
  };

  it('draws every request from the same budget, whichever instance serves it, and refuses on both once spent', async () => {
    // cost = 1 (countries) + 5 (first) x (1 edges + 1 node) = 11
    const q = '{ countries(first: 5) { edges { node { code } } } }';
    const served: { via: string; status: number; remaining: number | undefined }[] = [];
    for (const [via, base] of [['A', httpA.base], ['B', httpB.base], ['A', httpA.base], ['B', httpB.base]] as const) {
      const r = await post(base, q);
      served.push({ via, status: r.status, remaining: r.remaining });
    }
    expect(served).toEqual([
      { via: 'A', status: 200, remaining: 39 },
      { via: 'B', status: 200, remaining: 28 },
      { via: 'A', status: 200, remaining: 17 },
      { via: 'B', status: 200, remaining: 6 },
    ]);
    // 6 points left in the shared window: 11 more is refused by either instance.
    for (const base of [httpA.base, httpB.base]) {
      const refused = await post(base, q);
      expect(refused).toMatchObject({ status: 429, code: 'RATE_LIMITED', remaining: 6 });
      expect(Number(refused.retry)).toBeGreaterThan(0);
    }
    // What is left is shared too: 1 point on B, then 5 points worth on A.
    expect(await post(httpB.base, '{ country(code: "FR") { name } }')).toMatchObject({ status: 200, remaining: 5 });
    expect(await post(httpA.base, '{ countries(first: 2) { edges { node { code } } } }')).toMatchObject({ status: 200, remaining: 0 });
    expect(await post(httpB.base, '{ country(code: "FR") { name } }')).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });
});
