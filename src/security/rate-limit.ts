// Cost-based rate limiting: each key (or, without one, each client IP) has a budget of cost
// points per fixed window. Shared through Redis when REDIS_URL is set, so every instance
// behind a load balancer draws from the same budget; in-memory otherwise. If Redis fails or
// does not answer within 500 ms, the limiter falls back to this process's memory instead of
// failing requests (src/db/redis.ts).
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { GuardedRedis } from '../db/redis.ts';
import { addressBucket, type RequestAuth } from '../services/auth.ts';

/** Whom a request is charged to: its key, or its client's address; null for the bootstrap token (never limited). */
export const identityOf = (auth: RequestAuth): string | null =>
  auth.kind === 'bootstrap' ? null : auth.keyId !== null ? `key:${auth.keyId}` : `ip:${addressBucket(auth.clientIp)}`;

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

export interface RateLimiter {
  /** Charges `cost` to the identity's budget of `points` (default: the limiter's own) per window. */
  consume(identity: string, cost: number, points?: number): Promise<RateDecision>;
  close(): Promise<void>;
}

export class MemoryRateLimiter implements RateLimiter {
  /**
   * Budgets of the identities seen lately, least recently used first out: past
   * `maxIdentities`, the one idle longest is forgotten, never everyone at once.
   */
  private readonly windows: LRUCache<string, { start: number; used: number }>;

  constructor(
    private readonly points: number,
    private readonly windowMs: number,
    readonly maxIdentities = 100_000,
  ) {
    this.windows = new LRUCache({ max: maxIdentities });
  }

  /** Identities currently tracked. */
  get size(): number {
    return this.windows.size;
  }

  consume(identity: string, cost: number, points = this.points): Promise<RateDecision> {
    const now = Date.now();
    const start = now - (now % this.windowMs);
    let w = this.windows.get(identity);
    if (!w || w.start !== start) {
      w = { start, used: 0 };
      this.windows.set(identity, w);
    }
    const allowed = w.used + cost <= points;
    if (allowed) w.used += cost;
    return Promise.resolve({ allowed, limit: points, remaining: Math.max(0, points - w.used), resetMs: start + this.windowMs - now });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

// Adds the cost unless it would exceed the budget; returns [allowed, used, ttl ms].
const CONSUME = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local cost = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
if used + cost > limit then
  return {0, used, redis.call('PTTL', KEYS[1])}
end
used = redis.call('INCRBY', KEYS[1], cost)
if used == cost then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return {1, used, redis.call('PTTL', KEYS[1])}
`;

export class RedisRateLimiter implements RateLimiter {
  private readonly client: GuardedRedis;
  private readonly fallback: MemoryRateLimiter;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly points: number,
    private readonly windowMs: number,
    log: Logger,
  ) {
    this.client = new GuardedRedis(url, { purpose: 'rate limiter', log });
    this.fallback = new MemoryRateLimiter(points, windowMs);
  }

  consume(identity: string, cost: number, points = this.points): Promise<RateDecision> {
    const now = Date.now();
    const window = Math.floor(now / this.windowMs);
    const key = `${this.prefix}ratelimit:${window}:${identity}`;
    return this.client.run(
      async (redis) => {
        const [ok, used, ttl] = (await redis.eval(CONSUME, 1, key, cost, points, this.windowMs)) as [number, number, number];
        return { allowed: ok === 1, limit: points, remaining: Math.max(0, points - used), resetMs: ttl > 0 ? ttl : this.windowMs - (now % this.windowMs) };
      },
      () => this.fallback.consume(identity, cost, points),
    );
  }

  close(): Promise<void> {
    this.client.close();
    return Promise.resolve();
  }
}

export function createRateLimiter(
  options: { points: number; windowMs: number; redisUrl?: string | null; prefix?: string },
  log: Logger,
): RateLimiter | null {
  if (options.points <= 0) return null;
  if (options.redisUrl) return new RedisRateLimiter(options.redisUrl, options.prefix ?? 'newsgraph:', options.points, options.windowMs, log);
  return new MemoryRateLimiter(options.points, options.windowMs);
}

/**
 * Failed authentications per client (address bucket), counted in memory on each instance:
 * past `limit` failures in a window, requests carrying a token are refused before any
 * database look-up until the window ends. Bounded: the least recently failing clients are
 * forgotten first.
 */
export class AuthFailureLimiter {
  private readonly failures: LRUCache<string, { start: number; count: number }>;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    maxClients = 100_000,
  ) {
    this.failures = new LRUCache({ max: maxClients, ttl: windowMs });
  }

  /** Milliseconds until the client may try again; 0 when it may now. */
  blockedFor(client: string, now = Date.now()): number {
    const f = this.failures.get(client);
    if (!f || f.count < this.limit) return 0;
    return Math.max(0, f.start + this.windowMs - now);
  }

  record(client: string, now = Date.now()): void {
    const f = this.failures.get(client, { updateAgeOnGet: false });
    if (!f || f.start + this.windowMs <= now) this.failures.set(client, { start: now, count: 1 });
    else f.count += 1;
  }
}
