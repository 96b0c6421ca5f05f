// Redis only shares state between instances (rate-limit budgets, cached answers, subscription
// events), so it must never hold a request up: commands time out, and after a failure Redis
// is skipped for a while (a circuit breaker) so that a blackholed server (accepting, never
// answering) costs one timeout every few seconds, not one per request. Each caller falls
// back to its own memory meanwhile. ioredis reconnects by itself.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface RedisClientOptions {
  /** What this connection is for, in log lines. */
  purpose: string;
  log?: Logger;
  /** How long one command may take before it counts as a failure (default 500 ms). */
  commandTimeoutMs?: number;
  /** How long Redis is skipped after a failure (default 5 s). */
  coolOffMs?: number;
}

/** A Redis connection that fails fast, with a breaker in front of it. */
export class GuardedRedis {
  readonly redis: Redis;
  private openUntil = 0;
  /** Failed since it last answered: the next command is a probe. */
  private tripped = false;
  private probing = false;
  private warnedAt = 0;
  private readonly coolOffMs: number;

  constructor(
    url: string,
    private readonly options: RedisClientOptions,
  ) {
    this.coolOffMs = options.coolOffMs ?? 5_000;
    this.redis = new Redis(url, {
      lazyConnect: false,
      // Commands wait for the first connection; while it is lost they fail at once.
      enableOfflineQueue: true,
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 500,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 5_000),
    });
    // Without a listener an unreachable Redis would crash the process; failures are
    // reported by the commands that meet them.
    this.redis.on('error', () => undefined);
  }

  /** False while the breaker is open, while one request probes Redis, or while reconnecting. */
  get usable(): boolean {
    return Date.now() >= this.openUntil && !this.probing && !['reconnecting', 'close', 'end'].includes(this.redis.status);
  }

  /**
   * Runs the command, or the fallback when Redis is not usable or the command fails. After a
   * pause, one request probes Redis and the others take the fallback until it has answered.
   */
  async run<T>(command: (redis: Redis) => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    if (!this.usable) return fallback();
    const probe = this.tripped;
    if (probe) this.probing = true;
    try {
      const result = await command(this.redis);
      this.tripped = false;
      return result;
    } catch (err) {
      this.trip(err);
      return fallback();
    } finally {
      if (probe) this.probing = false;
    }
  }

  /** Opens the breaker after a failure; logs at most every 30 s. */
  trip(err: unknown): void {
    this.tripped = true;
    this.openUntil = Date.now() + this.coolOffMs;
    if (Date.now() - this.warnedAt > 30_000) {
      this.warnedAt = Date.now();
      this.options.log?.warn({ err }, `${this.options.purpose}: Redis unavailable, using this instance's memory meanwhile`);
    }
  }

  close(): void {
    this.redis.disconnect();
  }
}
