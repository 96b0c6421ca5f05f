// The side doors and free rides of issue 14, over a real HTTP server: the federation fields
// obey the read scope and the introspection switch; list arguments are capped and counted by
// their length; failed authentications are limited per client (IPv6 by /64) before any
// look-up; key and budget caches are bounded LRUs that never forget everyone at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressBucket, KeyResolver, keyCacheSizes } from '../../src/services/auth.ts';
import { createApiKey } from '../../src/services/api-keys.ts';
import { MemoryRateLimiter } from '../../src/security/rate-limit.ts';
import { startHttp, startTestApp, type TestApp } from '../helpers/app.ts';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: { code: string } }[];
  extensions?: { cost?: { requested: number } };
}

async function post(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Body };
}

const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { name officials { totalCount } } } }';
const fakeToken = (i: number) => `ngk_${String(i).padStart(43, 'A')}`;

describe('federation fields with REQUIRE_READ_KEY and INTROSPECTION=false', () => {
  let t: TestApp;
  let http: Awaited<ReturnType<typeof startHttp>>;
  let readKey: string;
  beforeAll(async () => {
    t = await startTestApp({ seedSample: true, security: { requireReadKey: true, introspection: false, rateLimitPoints: 0 } });
    http = await startHttp(t);
    readKey = (await createApiKey(t.test.db.prisma, { name: 'gateway', scopes: ['READ'] })).token;
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
  });

  it('refuses an anonymous `_entities` and answers a gateway holding a read key', async () => {
    const { result: anonymous, sql } = await t.statements(() => post(http.base, ENTITIES, { r: [{ __typename: 'Country', code: 'RU' }] }));
    expect(anonymous.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data ?? null).toBeNull();
    expect(JSON.stringify(anonymous.body)).not.toContain('Russia');
    expect(sql).toEqual([]);
    const gateway = await post(http.base, ENTITIES, { r: [{ __typename: 'Country', code: 'RU' }] }, { authorization: `Bearer ${readKey}` });
    expect(gateway.body.errors).toBeUndefined();
    expect(gateway.body.data).toEqual({ _entities: [{ name: 'Russia', officials: { totalCount: expect.any(Number) } }] });
  });

  it('refuses `_service { sdl }` with introspection off, with or without a key', async () => {
    for (const headers of [{}, { authorization: `Bearer ${readKey}` }] as Record<string, string>[]) {
      const r = await post(http.base, '{ _service { sdl } }', {}, headers);
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(r.body)).not.toContain('type Country');
    }
  });
});

describe('`_service` with introspection on but reads private', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ security: { requireReadKey: true, introspection: true, rateLimitPoints: 0 } });
  });
  afterAll(() => t?.close());

  it('needs the read scope', async () => {
    const anonymous = await t.gql<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous)).not.toContain('type Country');
    const key = (await createApiKey(t.test.db.prisma, { name: 'composer', scopes: ['READ'] })).token;
    const keyed = await t.gql<{ _service: { sdl: string } }>('{ _service { sdl } }', {}, { authorization: `Bearer ${key}` });
    expect(keyed.data?._service.sdl).toContain('type Country');
  });
});

describe('list arguments', () => {
  let t: TestApp;
  let http: Awaited<ReturnType<typeof startHttp>>;
  let officialIds: string[];
  beforeAll(async () => {
    t = await startTestApp({ seedSample: true, security: { maxListItems: 500, rateLimitPoints: 0 } });
    http = await startHttp(t);
    const r = await t.gql<{ officials: { edges: { node: { id: string } }[] } }>('{ officials(first: 1) { edges { node { id } } } }');
    officialIds = r.data!.officials.edges.map((e) => e.node.id);
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
  });

  const NODES = 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Official { name positions { title organization { name } } } } }';
  const ids = (n: number) => Array.from({ length: n }, (_, i) => officialIds[i % officialIds.length]!);

  it('counts nodes(ids:) by its length: twice the IDs, twice the cost', async () => {
    const ten = await post(http.base, NODES, { ids: ids(10) });
    const hundred = await post(http.base, NODES, { ids: ids(100) });
    expect(ten.body.errors).toBeUndefined();
    expect(hundred.body.errors).toBeUndefined();
    // 1 (nodes) + n (the IDs) + n x (1 positions + 10 x 1 organization)
    expect(ten.body.extensions?.cost?.requested).toBe(1 + 10 + 10 * 11);
    expect(hundred.body.extensions?.cost?.requested).toBe(1 + 100 + 100 * 11);
  });

  it('refuses a list over MAX_LIST_ITEMS in nodes(ids:), _entities and a filter, before running any SQL', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [NODES, { ids: ids(3_000) }],
      [ENTITIES, { r: Array.from({ length: 501 }, () => ({ __typename: 'Country', code: 'RU' })) }],
      ['query ($o: [ID!]) { search(query: "Taliban", filter: { officialIds: $o }) { totalCount } }', { o: ids(501) }],
    ];
    for (const [query, variables] of cases) {
      const { result, sql } = await t.statements(() => post(http.base, query, variables));
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(result.body.errors?.[0]?.message).toMatch(/at most 500/);
      expect(sql).toEqual([]);
    }
  });

  it('counts _entities by its representations, and ID lists in filters by their length', async () => {
    const reps = (n: number) => ({ r: Array.from({ length: n }, () => ({ __typename: 'Country', code: 'RU' })) });
    const one = await post(http.base, ENTITIES, reps(1));
    const fifty = await post(http.base, ENTITIES, reps(50));
    expect(one.body.errors, JSON.stringify(one.body)).toBeUndefined();
    // 1 + n + n x (what each entity selects)
    expect(fifty.body.extensions!.cost!.requested - 51).toBe(50 * (one.body.extensions!.cost!.requested - 2));
    const SEARCH = 'query ($o: [ID!]) { search(query: "Taliban", filter: { officialIds: $o }) { totalCount } }';
    const small = await post(http.base, SEARCH, { o: ids(1) });
    const large = await post(http.base, SEARCH, { o: ids(400) });
    expect(large.body.extensions!.cost!.requested - small.body.extensions!.cost!.requested).toBe(399);
  });
});

describe('failed authentications', () => {
  let t: TestApp;
  let http: Awaited<ReturnType<typeof startHttp>>;
  let validKey: string;
  beforeAll(async () => {
    t = await startTestApp({ security: { authFailureLimit: 5, authFailureWindowMs: 600_000, trustProxy: true, rateLimitPoints: 0 } });
    http = await startHttp(t);
    validKey = (await createApiKey(t.test.db.prisma, { name: 'good', scopes: ['READ'] })).token;
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
  });

  const Q = '{ country(code: "FR") { name } }';
  const from = (ip: string, token: string) => ({ 'x-forwarded-for': ip, authorization: `Bearer ${token}` });

  it('are limited per client before any database look-up; others and cached valid keys pass', async () => {
    // The valid key, used once from the address that will fail: now cached.
    expect((await post(http.base, Q, {}, from('203.0.113.7', validKey))).body.data).toEqual({ country: { name: 'France' } });
    for (let i = 0; i < 5; i++) {
      const r = await post(http.base, Q, {}, from('203.0.113.7', fakeToken(i)));
      expect(r.status).toBe(401);
    }
    const { result: blocked, sql } = await t.statements(() => post(http.base, Q, {}, from('203.0.113.7', fakeToken(99))));
    expect(blocked.status).toBe(429);
    expect(blocked.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(sql).toEqual([]);
    // Malformed headers count and are refused too.
    expect((await post(http.base, Q, {}, { 'x-forwarded-for': '203.0.113.7', authorization: 'Basic abc' })).status).toBe(429);
    // Another client still gets its 401; the cached valid key still works from the blocked address.
    expect((await post(http.base, Q, {}, from('198.51.100.1', fakeToken(1)))).status).toBe(401);
    expect((await post(http.base, Q, {}, from('203.0.113.7', validKey))).body.data).toEqual({ country: { name: 'France' } });
    // Without a token the blocked client still reads anonymously.
    expect((await post(http.base, Q, {}, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
  });

  it('bucket IPv6 clients by their /64', async () => {
    for (let i = 0; i < 5; i++) expect((await post(http.base, Q, {}, from(`2001:db8:1:2::${i + 1}`, fakeToken(i)))).status).toBe(401);
    expect((await post(http.base, Q, {}, from('2001:db8:1:2:ffff:ffff:ffff:9', fakeToken(7)))).status).toBe(429);
    expect((await post(http.base, Q, {}, from('2001:db8:1:3::1', fakeToken(7)))).status).toBe(401);
  });
});

describe('address buckets', () => {
  it('keep IPv4 addresses and reduce IPv6 to the /64, however written', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:0DB8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressBucket('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
    expect(addressBucket('local')).toBe('local');
  });
});

describe('bounded caches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('keep a valid key cached through 10,100 made-up tokens', async () => {
    const resolver = new KeyResolver(() => t.test.db.prisma, null, 600_000);
    const { token } = await createApiKey(t.test.db.prisma, { name: 'busy', scopes: ['READ'] });
    await resolver.resolve(token, false, '127.0.0.1');
    for (let chunk = 0; chunk < 101; chunk++) {
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => resolver.resolve(fakeToken(1_000 + chunk * 100 + i), false, '127.0.0.1').catch(() => null)),
      );
    }
    expect(keyCacheSizes().unknown).toBeLessThanOrEqual(10_000);
    const { result, sql } = await t.statements(() => resolver.resolve(token, false, '127.0.0.1'));
    expect(result.name).toBe('busy');
    expect(sql).toEqual([]);
  }, 120_000);

  it('forget the least recently used budgets past the cap, never everyone at once', async () => {
    const limiter = new MemoryRateLimiter(10, 2 ** 40, 1_000);
    expect((await limiter.consume('busy', 10)).allowed).toBe(true);
    for (let i = 0; i < 5_000; i++) {
      await limiter.consume(`other-${i}`, 1);
      // The busy client keeps coming back, and stays refused: its spent budget is remembered.
      if (i % 200 === 0) expect((await limiter.consume('busy', 1)).allowed).toBe(false);
    }
    expect(limiter.size).toBe(1_000);
    expect((await limiter.consume('busy', 1)).allowed).toBe(false);
  });
});
