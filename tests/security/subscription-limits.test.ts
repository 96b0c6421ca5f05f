// Subscriptions go through the same cost and rate-limit accounting as queries: charged their
// cost when they start, refused with 429 RATE_LIMITED over budget and 400 QUERY_TOO_COMPLEX
// over MAX_COST, before any event stream opens; then charged again for each event they
// deliver. A client holds at most MAX_SUBSCRIPTIONS open at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishIngested } from '../../src/services/pubsub.ts';
import { LONG_WINDOW_MS, startHttp, startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';
import { storeFake } from '../helpers/factory.ts';
import { subscribeSse, untilReceived, type Subscription } from '../analyst/sse.ts';

// cost = 1 (diplomaticEventAdded) + [participants: 1 + 10 (plain list) x (actor: 1)] = 12
const EVENTS = 'subscription { diplomaticEventAdded { id participants { role actor { __typename } } } }';
const EVENTS_COST = 12;
// cost = 1 (country)
const FRANCE = '{ country(code: "FR") { name } }';

type Ext = { rateLimit?: { limit: number; remaining: number }; cost?: { requested: number } };
interface Answer {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: { errors?: { message: string; extensions?: { code?: string } }[]; extensions?: Ext; data?: unknown };
}

/** Starts a subscription over SSE and reads its whole answer: for refusals, which end at once. */
async function refusedSubscription(t: TestApp, query: string): Promise<Answer> {
  const res = await t.app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type');
  // SSE carries the result in a `data:` line; other answers are plain JSON.
  const data = contentType?.includes('text/event-stream')
    ? text
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trim())
        .find(Boolean)
    : text;
  return { status: res.status, contentType, retryAfter: res.headers.get('retry-after'), body: JSON.parse(data ?? '{}') as Answer['body'] };
}

const open = (t: TestApp, query: string, headers: Record<string, string> = {}) =>
  subscribeSse<{ diplomaticEventAdded: { id: string } }>(
    (u, i) => Promise.resolve(t.app.yoga.fetch(u, { ...i, headers: { ...(i.headers as Record<string, string>), ...headers } })),
    'http://localhost/graphql',
    query,
  );

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

const remaining = async (t: TestApp) => {
  const r = await t.gql(FRANCE, undefined, { authorization: '' });
  expect(r.status).toBe(200);
  return (r.extensions as Ext).rateLimit!.remaining;
};

describe('rate limits', () => {
  let t: TestApp;
  const subs: Subscription<unknown>[] = [];
  beforeAll(async () => {
    // Repeated reads are the point here: no response cache, every request runs.
    t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN, responseCache: false, security: { rateLimitPoints: 30, rateLimitWindowMs: LONG_WINDOW_MS } });
  });
  afterAll(async () => {
    subs.forEach((s) => s.close());
    await t?.close();
  });

  it('charges a subscription its cost when it starts, and refuses it over budget with 429 RATE_LIMITED', async () => {
    expect(await remaining(t)).toBe(29);
    subs.push(await open(t, EVENTS));
    expect(await remaining(t)).toBe(29 - EVENTS_COST - 1); // 16
    subs.push(await open(t, EVENTS));
    expect(await remaining(t)).toBe(16 - EVENTS_COST - 1); // 3

    const refused = await refusedSubscription(t, EVENTS);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.body.extensions?.rateLimit).toMatchObject({ limit: 30, remaining: 3 });
    expect(refused.body.extensions?.cost?.requested).toBe(EVENTS_COST);
    expect(refused.body.data).toBeUndefined();
    // The refusal charged nothing: what is left still pays for a query.
    expect(await remaining(t)).toBe(2);
  });

  it('charges each event too: once the budget is spent, the stream sends RATE_LIMITED and ends', async () => {
    // 2 points are left; an event of this selection costs 12.
    const stored = await storeFake(t.app.db.prisma, { countries: ['PL', 'LT'], eventType: 'VISIT' });
    const events = await t.app.db.prisma.evidence.findMany({ where: { articleId: stored.articleId }, select: { eventId: true } });
    const eventIds = [...new Set(events.map((e) => e.eventId))];
    for (const sub of subs.splice(0, 2) as Subscription<{ diplomaticEventAdded: { id: string } }>[]) {
      const last = await untilReceived(sub, () => publishIngested(t.app.pubsub, { articleId: stored.articleId, eventIds }));
      expect(last.data ?? null).toBeNull();
      expect(last.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(last.errors?.[0]?.message).toMatch(/Rate limit exceeded/);
      expect((last.extensions as Ext).rateLimit).toMatchObject({ limit: 30, remaining: 2 });
      await expect(sub.next()).rejects.toThrow(/ended/);
    }
    // The refused events charged nothing.
    expect(await remaining(t)).toBe(1);
  });

  it('does not limit the bootstrap admin token', async () => {
    const admin = await open(t, EVENTS, { authorization: `Bearer ${TEST_ADMIN_TOKEN}` });
    subs.push(admin);
    const again = await open(t, EVENTS, { authorization: `Bearer ${TEST_ADMIN_TOKEN}` });
    subs.push(again);
    // The anonymous budget is untouched by them.
    expect(await remaining(t)).toBe(0);
  });
});

describe('cost limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ responseCache: false, security: { maxCost: 11, rateLimitPoints: 100, rateLimitWindowMs: LONG_WINDOW_MS } });
  });
  afterAll(() => t?.close());

  it('refuses a subscription over MAX_COST with 400 QUERY_TOO_COMPLEX, charging nothing', async () => {
    const refused = await refusedSubscription(t, EVENTS);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.body.errors?.[0]?.message).toMatch(/cost 12 exceeds the maximum of 11/);
    expect(await remaining(t)).toBe(99);
    // A cheaper subscription is accepted, and charged: 1 + (participants: 1 + 10 x 0) = 2.
    const sub = await open(t, 'subscription { diplomaticEventAdded { id participants { role } } }');
    try {
      expect(await remaining(t)).toBe(99 - 2 - 1);
    } finally {
      sub.close();
    }
  });
});

describe('events are charged', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ responseCache: false, security: { rateLimitPoints: 1_000, rateLimitWindowMs: LONG_WINDOW_MS } });
  });
  afterAll(() => t?.close());

  it('charges each delivered event the cost of the subscription', async () => {
    const stored = await storeFake(t.app.db.prisma, { countries: ['EE', 'LV'], events: 3, eventType: 'VISIT' });
    const rows = await t.app.db.prisma.evidence.findMany({ where: { articleId: stored.articleId }, select: { eventId: true } });
    const [warmUp, marker, counted] = [...new Set(rows.map((e) => e.eventId))];
    const publish = (eventId: number) => t.app.pubsub.publish('diplomaticEventAdded', { eventId, articleId: stored.articleId });
    const sub = await open(t, EVENTS);
    try {
      // Live once it is read; then the marker, after every event published before it.
      await untilReceived(sub, () => publish(warmUp!));
      publish(marker!);
      while ((await sub.next()).data?.diplomaticEventAdded.id !== globalId('DiplomaticEvent', marker!));
      const before = await remaining(t);
      publish(counted!);
      const got = await sub.next();
      expect(got.data?.diplomaticEventAdded.id).toBe(globalId('DiplomaticEvent', counted!));
      expect(await remaining(t)).toBe(before - EVENTS_COST - 1);
    } finally {
      sub.close();
    }
  });
});

describe('open subscriptions per client', () => {
  let t: TestApp;
  let http: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    // TRUST_PROXY: X-Forwarded-For tells the clients apart.
    t = await startTestApp({ responseCache: false, security: { maxSubscriptions: 2, trustProxy: true, rateLimitPoints: 1_000, rateLimitWindowMs: LONG_WINDOW_MS } });
    // A real server: a client that goes away closes its connection.
    http = await startHttp(t);
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
  });

  /** Opens the subscription over HTTP, as the given client. */
  const openAs = (ip: string) =>
    subscribeSse((u, i) => fetch(u, { ...i, headers: { ...(i.headers as Record<string, string>), ...from(ip) } }), `${http.base}/graphql`, EVENTS);

  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const openGauge = async () => {
    const text = await (await t.app.yoga.fetch('http://localhost/metrics')).text();
    return Number(/^newsgraph_subscriptions_open (\d+)$/m.exec(text)?.[1]);
  };

  it('refuses a client over MAX_SUBSCRIPTIONS with 429 RATE_LIMITED, uncharged, and frees a slot when one closes', async () => {
    const first = await openAs('203.0.113.7');
    const second = await openAs('203.0.113.7');
    const other = await openAs('198.51.100.2');
    try {
      expect(await openGauge()).toBe(3);
      const before = (await t.gql(FRANCE, undefined, from('203.0.113.7'))).extensions as Ext;

      const refused = await t.app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...from('203.0.113.7') },
        body: JSON.stringify({ query: EVENTS }),
      });
      expect(refused.status).toBe(429);
      const body = await refused.text();
      expect(body).toContain('RATE_LIMITED');
      expect(body).toMatch(/Too many open subscriptions: at most 2 per client/);
      const after = (await t.gql(FRANCE, undefined, from('203.0.113.7'))).extensions as Ext;
      expect(after.rateLimit!.remaining).toBe(before.rateLimit!.remaining - 1); // only the query

      // The client disconnects: its slot is free again, without waiting for an event.
      first.close();
      await expect.poll(openGauge, { timeout: 30_000 }).toBe(2);
      const third = await openAs('203.0.113.7');
      third.close();
    } finally {
      second.close();
      other.close();
    }
    await expect.poll(openGauge, { timeout: 30_000 }).toBe(0);
  });

  it('gives the slot back when the stream is never sent: a 406 for the Accept header, a batch answered as JSON', async () => {
    const ask = (body: unknown, accept: string) =>
      fetch(`${http.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, ...from('192.0.2.44') },
        body: JSON.stringify(body),
      });
    for (let i = 0; i < 3; i += 1) {
      const plain = await ask({ query: EVENTS }, 'application/graphql-response+json');
      expect(plain.status).toBe(406);
      await plain.text();
      const batch = await ask([{ query: EVENTS }, { query: EVENTS }], 'application/json');
      await batch.text();
    }
    await expect.poll(openGauge, { timeout: 30_000 }).toBe(0);
    // The client can still open as many as the cap allows.
    const a = await openAs('192.0.2.44');
    const b = await openAs('192.0.2.44');
    a.close();
    b.close();
    await expect.poll(openGauge, { timeout: 30_000 }).toBe(0);
  });
});

describe('a key revoked while its subscription is open', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN, responseCache: false });
  });
  afterAll(() => t?.close());

  it('ends the subscription at its next event with UNAUTHENTICATED', async () => {
    const created = await t.gql<{ createApiKey: { token: string; apiKey: { id: string } } }>(
      'mutation { createApiKey(input: {name: "subscriber", scopes: [READ]}) { token apiKey { id } } }',
    );
    const { token, apiKey } = created.data!.createApiKey;
    const sub = await open(t, EVENTS, { authorization: `Bearer ${token}` });
    try {
      const stored = await storeFake(t.app.db.prisma, { countries: ['HU', 'AT'], eventType: 'VISIT' });
      const rows = await t.app.db.prisma.evidence.findMany({ where: { articleId: stored.articleId }, select: { eventId: true } });
      const publish = () => publishIngested(t.app.pubsub, { articleId: stored.articleId, eventIds: [...new Set(rows.map((r) => r.eventId))] });
      const live = await untilReceived(sub, publish);
      expect(live.errors).toBeUndefined();

      const revoked = await t.gql('mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id });
      expect(revoked.errors).toBeUndefined();
      publish();
      // Events published before the revocation may still be in flight; then the refusal.
      let last = await sub.next();
      while (!last.errors) last = await sub.next();
      expect(last.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      await expect(sub.next()).rejects.toThrow(/ended/);
    } finally {
      sub.close();
    }
  });
});
