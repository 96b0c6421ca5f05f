// Live updates. One PubSub per process; with Redis, events published by any instance reach
// the subscribers of every instance (Redis carries them even to local subscribers, so the
// two setups behave alike). Payloads are ids: each subscriber reads current data itself.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface DiplomaticEventAdded {
  eventId: number;
  articleId: number;
}

export interface ArticleIngested {
  articleId: number;
  eventIds: number[];
}

interface Topics {
  diplomaticEventAdded: DiplomaticEventAdded;
  articleIngested: ArticleIngested;
}

export interface AppPubSub {
  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void;
  subscribe<K extends keyof Topics>(topic: K): AsyncIterable<Topics[K]>;
  /** Disconnects from Redis, if used. */
  close(): Promise<void>;
}

export interface PubSubOptions {
  /** redis:// URL; in-process only when absent. */
  redisUrl?: string | null;
  /** Prepended to every channel name, so several deployments (or test runs) can share one Redis. */
  channelPrefix?: string;
  log?: Logger;
}

export function createAppPubSub(options: PubSubOptions = {}): AppPubSub {
  const prefix = options.channelPrefix ?? 'newsgraph:';
  const clients: Redis[] = [];
  let inner: PubSub<Record<string, [unknown]>>;
  if (options.redisUrl) {
    // A client in subscriber mode can do nothing else, hence two connections.
    const connect = () => {
      const client = new Redis(options.redisUrl as string, { maxRetriesPerRequest: 3, commandTimeout: 5_000 });
      // Without a listener an unreachable Redis would crash the process; ioredis reconnects.
      client.on('error', (err: Error) => options.log?.warn({ err: err.message }, 'redis connection error'));
      clients.push(client);
      return client;
    };
    inner = createPubSub({ eventTarget: createRedisEventTarget(failSafe(connect(), connect(), options.log)) });
  } else {
    inner = createPubSub();
  }
  return {
    publish: (topic, payload) => inner.publish(`${prefix}${topic}`, payload),
    subscribe: (topic) => inner.subscribe(`${prefix}${topic}`) as AsyncIterable<Topics[typeof topic]>,
    async close() {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}

/**
 * The two clients as the Redis event target uses them, made safe for Redis outages.
 * - The event target fires PUBLISH and SUBSCRIBE without handling their failure; a rejected
 *   command would be an unhandled rejection, which ends a Node process. Failures are logged
 *   instead: an event published while Redis is away is lost (every subscriber, local ones
 *   included, receives through Redis).
 * - A SUBSCRIBE that failed is not re-sent by ioredis when the connection comes back, so
 *   every channel with listeners is subscribed again on each reconnection.
 */
function failSafe(publishClient: Redis, subscribeClient: Redis, log?: Logger): { publishClient: Redis; subscribeClient: Redis } {
  const channels = new Set<string>();
  const report = (what: string) => (err: unknown) => log?.warn({ err: err instanceof Error ? err.message : String(err) }, `redis ${what} failed`);
  // On every (re)connection, the first included: Redis may have been down at start-up.
  // SUBSCRIBE to a channel already subscribed is harmless.
  subscribeClient.on('ready', () => {
    if (channels.size) subscribeClient.subscribe(...channels).catch(report('re-subscribe'));
  });
  const publisher = { publish: (channel: string, message: string) => publishClient.publish(channel, message).catch(report('publish')) };
  const subscriber = {
    on: (event: string, listener: Parameters<Redis['on']>[1]) => subscribeClient.on(event, listener),
    subscribe: (channel: string) => {
      channels.add(channel);
      return subscribeClient.subscribe(channel).catch(report('subscribe'));
    },
    unsubscribe: (channel: string) => {
      channels.delete(channel);
      return subscribeClient.unsubscribe(channel).catch(report('unsubscribe'));
    },
  };
  // Only these methods are used by @graphql-yoga/redis-event-target.
  return { publishClient: publisher as unknown as Redis, subscribeClient: subscriber as unknown as Redis };
}

/** Announces a stored article and its events to `articleIngested` and `diplomaticEventAdded` subscribers. */
export function publishIngested(pubsub: AppPubSub, { articleId, eventIds }: ArticleIngested): void {
  pubsub.publish('articleIngested', { articleId, eventIds });
  for (const eventId of eventIds) pubsub.publish('diplomaticEventAdded', { eventId, articleId });
}
