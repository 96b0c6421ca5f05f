// Subscriptions go through the same cost and rate-limit accounting as queries: charged their
// cost when they start, refused with 429 RATE_LIMITED over budget and 400 QUERY_TOO_COMPLEX
// over MAX_COST, before any event stream opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishIngested } from '../../src/services/pubsub.ts';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';
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
    t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN, responseCache: false, security: { rateLimitPoints: 30, rateLimitWindowMs: 3_600_000 } });
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

  it('keeps delivering events to the subscriptions it accepted', async () => {
    const stored = await storeFake(t.app.db.prisma, { countries: ['PL', 'LT'], eventType: 'VISIT' });
    const events = await t.app.db.prisma.evidence.findMany({ where: { articleId: stored.articleId }, select: { eventId: true } });
    const eventIds = [...new Set(events.map((e) => e.eventId))];
    const first = await untilReceived(subs[0] as Subscription<{ diplomaticEventAdded: { id: string } }>, () =>
      publishIngested(t.app.pubsub, { articleId: stored.articleId, eventIds }),
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.diplomaticEventAdded.id).toBeTruthy();
  });

  it('does not limit the bootstrap admin token', async () => {
    const admin = await open(t, EVENTS, { authorization: `Bearer ${TEST_ADMIN_TOKEN}` });
    subs.push(admin);
    const again = await open(t, EVENTS, { authorization: `Bearer ${TEST_ADMIN_TOKEN}` });
    subs.push(again);
    // The anonymous budget is untouched by them.
    expect(await remaining(t)).toBe(1);
  });
});

describe('cost limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ responseCache: false, security: { maxCost: 11, rateLimitPoints: 100, rateLimitWindowMs: 3_600_000 } });
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
