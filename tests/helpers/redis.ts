// The Redis server the tests use (TEST_REDIS_URL, else the one these machines run).
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** True when a Redis server answers PING at the URL within a second. */
export async function redisAvailable(url = TEST_REDIS_URL): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1_000, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

/** The keys under the prefix (a test run's own). */
export async function keysUnder(prefix: string, url = TEST_REDIS_URL): Promise<string[]> {
  const r = new Redis(url);
  try {
    return await r.keys(`${prefix}*`);
  } finally {
    r.disconnect();
  }
}

/** Deletes every key under the prefix. */
export async function dropKeys(prefix: string, url = TEST_REDIS_URL): Promise<void> {
  const keys = await keysUnder(prefix, url);
  if (!keys.length) return;
  const r = new Redis(url);
  try {
    await r.del(keys);
  } finally {
    r.disconnect();
  }
}
