// Live updates over SSE: filtered event and article streams, in-process and, through a real
// Redis, from one application instance to another.
import { randomBytes } from 'node:crypto';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createApp, type App } from '../../src/server.ts';
import { createAppPubSub, publishIngested } from '../../src/services/pubsub.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { storeFake } from '../helpers/factory.ts';
import { subscribeSse, untilReceived } from './sse.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const EVENTS = `subscription ($filter: DiplomaticEventSubscriptionFilter) {
  diplomaticEventAdded(filter: $filter) { id type participants { role actor { __typename ... on Country { code } } } evidence { article { title } } } }`;
type EventResult = { diplomaticEventAdded: { id: string; type: string; participants: { actor: { code?: string } }[] } };

/** Stores a fake article and announces it, as the ingest mutation does. */
async function ingest(app: App, o: Parameters<typeof storeFake>[1]) {
  const stored = await storeFake(app.db.prisma, o);
  const events = await app.db.prisma.evidence.findMany({ where: { articleId: stored.articleId }, select: { eventId: true } });
  const eventIds = [...new Set(events.map((e) => e.eventId))];
  publishIngested(app.pubsub, { articleId: stored.articleId, eventIds });
  return { articleId: stored.articleId, eventIds };
}

describe('subscriptions (in-process pubsub)', () => {
  it('diplomaticEventAdded delivers only the events matching the filter, with nested fields', async () => {
    const sub = await subscribeSse<EventResult>((u, i) => Promise.resolve(t.app.yoga.fetch(u, i)), 'http://localhost/graphql', EVENTS, {
      filter: { countryCodes: ['SWE'], types: ['VISIT'] },
    });
    try {
      const warm = await ingest(t.app, { countries: ['SE', 'FI'], eventType: 'VISIT' });
      const first = await untilReceived(sub, () => publishIngested(t.app.pubsub, { articleId: warm.articleId, eventIds: warm.eventIds }));
      expect(first.errors).toBeUndefined();
      expect(first.data!.diplomaticEventAdded.type).toBe('VISIT');
      expect(first.data!.diplomaticEventAdded.participants.map((p) => p.actor.code)).toContain('SE');

      await ingest(t.app, { countries: ['SE', 'FI'], eventType: 'MEETING' }); // wrong type
      await ingest(t.app, { countries: ['DK', 'FI'], eventType: 'VISIT' }); // wrong country
      const last = await ingest(t.app, { countries: ['NO', 'SE'], eventType: 'VISIT' }); // Sweden as recipient
      const seen = new Set<string>();
      for (;;) {
        const r = await sub.next();
        seen.add(r.data!.diplomaticEventAdded.id);
        if (Number(decodeGlobalID(r.data!.diplomaticEventAdded.id).id) === last.eventIds[0]) break;
      }
      // The warm-up event (possibly repeated), then the last one: nothing that did not match.
      expect(seen.size).toBe(2);
    } finally {
      sub.close();
    }
  });

  it('articleIngested delivers stored articles, narrowed by country', async () => {
    const sub = await subscribeSse<{ articleIngested: { title: string; countries: { code: string }[] } }>(
      (u, i) => Promise.resolve(t.app.yoga.fetch(u, i)),
      'http://localhost/graphql',
      'subscription { articleIngested(countryCodes: ["PT"]) { title countries { code } } }',
    );
    try {
      const a = await ingest(t.app, { countries: ['PT', 'ES'], tag: `pt${randomBytes(3).toString('hex')}` });
      const first = await untilReceived(sub, () => publishIngested(t.app.pubsub, a));
      expect(first.data!.articleIngested.countries.map((c) => c.code).sort()).toEqual(['ES', 'PT']);
      await ingest(t.app, { countries: ['GR', 'CY'] });
      const tag = `pt${randomBytes(3).toString('hex')}`;
      await ingest(t.app, { countries: ['BR', 'PT'], tag });
      let r = await sub.next();
      while (r.data!.articleIngested.title !== `Article ${tag}`) {
        expect(r.data!.articleIngested.countries.map((c) => c.code)).toContain('PT');
        r = await sub.next();
      }
    } finally {
      sub.close();
    }
  });

  it('refuses a subscription with an unknown country code', async () => {
    const res = await t.app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: EVENTS, variables: { filter: { countryCodes: ['XX'] } } }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('subscriptions across instances through Redis', () => {
  it('an event published by one instance reaches a subscriber of another', async () => {
    // Two applications on the same database, each with its own Redis connections; a fresh
    // channel prefix keeps this run apart from anything else on the Redis server.
    const redis = { url: REDIS_URL, channelPrefix: `newsgraph-test-${randomBytes(6).toString('hex')}:` };
    const publisher = await createApp({ ...t.test.config, redis, responseCache: false }, { db: t.test.db });
    const subscriber = await createApp({ ...t.test.config, redis, responseCache: false }, { db: t.test.db });
    const stranger = createAppPubSub({ redisUrl: REDIS_URL, channelPrefix: `newsgraph-test-${randomBytes(6).toString('hex')}:` });
    try {
      const sub = await subscribeSse<EventResult>((u, i) => Promise.resolve(subscriber.yoga.fetch(u, i)), 'http://localhost/graphql', EVENTS, {
        filter: { countryCodes: ['IE'] },
      });
      try {
        const stored = await ingest(publisher, { countries: ['IE', 'GB'], eventType: 'AGREEMENT_SIGNED' });
        const first = await untilReceived(sub, () => publishIngested(publisher.pubsub, stored));
        expect(first.data!.diplomaticEventAdded.type).toBe('AGREEMENT_SIGNED');
        // Another prefix is another deployment: its events never arrive here.
        const other = await storeFake(t.test.db.prisma, { countries: ['IE', 'FR'], eventType: 'VISIT' });
        const otherIds = (await t.test.db.prisma.evidence.findMany({ where: { articleId: other.articleId } })).map((e) => e.eventId);
        publishIngested(stranger, { articleId: other.articleId, eventIds: otherIds });
        const last = await ingest(publisher, { countries: ['IE', 'IS'], eventType: 'MEETING' });
        let r = await sub.next();
        while (r.data!.diplomaticEventAdded.type !== 'MEETING') {
          expect(r.data!.diplomaticEventAdded.type).toBe('AGREEMENT_SIGNED');
          r = await sub.next();
        }
        expect(last.eventIds.length).toBe(1);
      } finally {
        sub.close();
      }
    } finally {
      await stranger.close();
      await publisher.pubsub.close();
      await subscriber.pubsub.close();
    }
  });
});

describe('REDIS_URL and REDIS_CHANNEL_PREFIX', () => {
  it('are optional, validated, and name themselves when wrong', () => {
    expect(loadConfig({}).redis).toBeNull();
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379/2' }).redis).toEqual({ url: 'redis://cache:6379/2', channelPrefix: 'newsgraph:' });
    expect(loadConfig({ REDIS_URL: 'rediss://cache', REDIS_CHANNEL_PREFIX: 'staging:' }).redis?.channelPrefix).toBe('staging:');
    expect(() => loadConfig({ REDIS_URL: 'http://cache' })).toThrow(ConfigError);
    expect(() => loadConfig({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'redis://cache', REDIS_CHANNEL_PREFIX: 'has space' })).toThrow(/REDIS_CHANNEL_PREFIX/);
  });
});
