// Cost-based rate limiting: each key (or, without one, each client IP) has a budget of cost
// points per fixed window. Shared through Redis when REDIS_URL is set, so every instance
// behind a load balancer draws from the same budget; in-memory otherwise. If Redis fails,
// the limiter falls back to this process's memory instead of failing requests.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

export interface RateLimiter {
  consume(identity: string, cost: number): Promise<RateDecision>;
  close(): Promise<void>;
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(
    private readonly points: number,
    private readonly windowMs: number,
    private readonly maxIdentities = 100_000,
  ) {}

  consume(identity: string, cost: number): Promise<RateDecision> {
    const now = Date.now();
    const start = now - (now % this.windowMs);
    let w = this.windows.get(identity);
    if (!w || w.start !== start) {
      if (this.windows.size >= this.maxIdentities) {
        for (const [k, v] of this.windows) if (v.start !== start) this.windows.delete(k);
        if (this.windows.size >= this.maxIdentities) this.windows.clear();
      }
      w = { start, used: 0 };
      this.windows.set(identity, w);
    }
    const allowed = w.used + cost <= this.points;
    if (allowed) w.used += cost;
    return Promise.resolve({ allowed, limit: this.points, remaining: Math.max(0, this.points - w.used), resetMs: start + this.windowMs - now });
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
  private readonly redis: Redis;
  private readonly fallback: MemoryRateLimiter;
  private warned = 0;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly points: number,
    private readonly windowMs: number,
    private readonly log: Logger,
  ) {
    this.redis = new Redis(url, {
      lazyConnect: false,
      // Commands wait for the first connection; once it is lost, consume() skips Redis.
      enableOfflineQueue: true,
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 5_000),
    });
    // Connection errors are reported by the failing commands; never crash the process.
    this.redis.on('error', () => undefined);
    this.fallback = new MemoryRateLimiter(points, windowMs);
  }

  async consume(identity: string, cost: number): Promise<RateDecision> {
    const now = Date.now();
    const window = Math.floor(now / this.windowMs);
    const key = `${this.prefix}ratelimit:${window}:${identity}`;
    if (['reconnecting', 'close', 'end'].includes(this.redis.status)) return this.fallback.consume(identity, cost);
    try {
      const [ok, used, ttl] = (await this.redis.eval(CONSUME, 1, key, cost, this.points, this.windowMs)) as [number, number, number];
      return { allowed: ok === 1, limit: this.points, remaining: Math.max(0, this.points - used), resetMs: ttl > 0 ? ttl : this.windowMs - (now % this.windowMs) };
    } catch (err) {
      if (Date.now() - this.warned > 30_000) {
        this.warned = Date.now();
        this.log.warn({ err }, 'rate limiter: Redis unavailable, limiting per instance meanwhile');
      }
      return this.fallback.consume(identity, cost);
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
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
