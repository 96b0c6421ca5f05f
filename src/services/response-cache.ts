// Response cache for public reads (@graphql-yoga/plugin-response-cache), invalidated by the
// data version.
//
// Every cache key starts with the data version: a counter that database triggers move on
// at the commit of any change to the graph (migration 20261127050000_data_version), whoever
// wrote it: a mutation, the ingestion CLI, another instance. The trigger NOTIFYs the new
// version at commit and every server LISTENs, so no request pays a query for it. A request
// takes the version before it runs, and a version is only known once its data is committed,
// so an answer is never older than the version it is stored under; once a write's NOTIFY
// has arrived (milliseconds after its commit) every earlier entry is unreachable and ages
// out (TTL, LRU). While the listening connection is down nothing is cached. A mutation
// re-reads the version when it is done, so its caller reads its own write at once.
// Entity-based invalidation is not used: a new article changes lists that hold none of the
// mutation's entities.
//
// Only anonymous requests are cached (no Authorization header, reads public): answers never
// depend on who asks. Requests asking for a federated trace (ftv1) are never cached. A hit is answered before validation and execution, so it costs no SQL
// and is not charged to the rate limit; `extensions.responseCache`
// says whether an answer came from the cache. Answers carry an ETag (the cache key); a GET
// with If-None-Match gets 304 while the data version is unchanged.
//
// Shared through Redis when REDIS_URL is set: entries are plain keys with a TTL (the
// Redis store of @envelop/response-cache-redis keeps per-type sets that never expire, which
// this scheme has no use for).
import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { Kind, OperationTypeNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from '../db/index.ts';
import { GuardedRedis } from '../db/redis.ts';

export interface ResponseCacheOptions {
  db: Database;
  log: Logger;
  /** How long an entry lives, in milliseconds. */
  ttlMs: number;
  /** Entries kept in memory (LRU) without Redis. */
  maxEntries: number;
  /** Reads need an API key: nothing is cached then. */
  requireReadKey: boolean;
  redis?: { url: string; channelPrefix: string } | null;
  /** Requests answered fresh and never stored (a gateway asking for a federated trace). */
  bypass?: (request: Request) => boolean;
}

export interface ResponseCache {
  plugins: Plugin[];
  close(): Promise<void>;
}

/** The channel the data-version trigger notifies (migration 20261127050000_data_version). */
export const DATA_VERSION_CHANNEL = 'newsgraph_data_version';

/** The key of a request the cache is off for: no version, so never looked up or stored. */
const UNCACHED = 'uncached';

type Entry = NonNullable<Awaited<ReturnType<Cache['get']>>>;

/** Entries in Redis: one key per answer, with the TTL; invalidation is by version, so none here. */
function redisStore(url: string, prefix: string, log: Logger): { cache: Cache; close(): Promise<void> } {
  // Redis failing or slow: a miss (the answer is computed), and the entry is not stored.
  const client = new GuardedRedis(url, { purpose: 'response cache', log });
  const k = (key: string) => `${prefix}response:${key}`;
  return {
    cache: {
      get: (key) =>
        client.run(
          async (redis) => {
            const raw = await redis.get(k(key));
            return raw ? (JSON.parse(raw) as Entry) : undefined;
          },
          () => undefined,
        ),
      set: (key, result, _entities, ttl) =>
        client.run(
          async (redis) => {
            const json = JSON.stringify(result);
            if (Number.isFinite(ttl)) await redis.set(k(key), json, 'PX', Math.max(1, Math.round(ttl)));
            else await redis.set(k(key), json);
          },
          () => undefined,
        ),
      invalidate() {},
    },
    close: () => Promise.resolve(client.close()),
  };
}

export async function createResponseCache(options: ResponseCacheOptions): Promise<ResponseCache> {
  const { db, log } = options;
  // The data version, pushed by the database (NOTIFY at each commit that changes the graph).
  // null while unknown or while the listening connection is down: nothing is cached then.
  let latest: bigint | null = null;
  let listening = false;
  let closed = false;
  const raise = (v: bigint) => {
    if (latest === null || v > latest) latest = v;
  };
  async function readVersion() {
    const rows = await db.sql<{ value: string | number | bigint }>('SELECT "value" FROM "DataVersion" WHERE "id" = 1');
    raise(BigInt(rows[0]?.value ?? 0));
  }
  const stopListening = await db.listen(DATA_VERSION_CHANNEL, {
    message: (payload) => {
      try {
        raise(BigInt(payload));
      } catch {
        // not a version: ignore
      }
    },
    state: (up) => {
      listening = up;
      if (!up) {
        latest = null;
        return;
      }
      // (Re)connected: notifications may have been missed; read the version once.
      void refresh();
    },
  });
  /** Reads the version, retrying while it cannot (database not migrated yet, or down). */
  async function refresh(): Promise<void> {
    while (listening && !closed) {
      try {
        await readVersion();
        return;
      } catch (err) {
        log.warn({ err }, 'response cache: cannot read the data version; not caching until it can');
        await new Promise((resolve) => setTimeout(resolve, 2_000).unref());
      }
    }
  }
  const versionOf = (key: string) => {
    const i = key.indexOf(':');
    try {
      return i > 0 ? BigInt(key.slice(0, i)) : null;
    } catch {
      return null;
    }
  };

  const store = options.redis ? redisStore(options.redis.url, options.redis.channelPrefix, log) : null;
  const inner: Cache = store?.cache ?? createInMemoryCache({ max: options.maxEntries });
  const cache: Cache = {
    get(key) {
      // An entry of another version is stale (also when a client revalidates an old ETag).
      if (latest === null || versionOf(key) !== latest) return undefined;
      return inner.get(key);
    },
    set(key, result, entities, ttl) {
      // A request the cache was off for when it arrived (its key is UNCACHED) stores nothing.
      if (versionOf(key) === null) return undefined;
      // The rate-limit budget is the caller's own: never replayed to another caller.
      const { rateLimit: _rateLimit, ...extensions } = (result.extensions ?? {}) as Record<string, unknown>;
      return inner.set(key, { ...result, extensions }, entities, ttl);
    },
    invalidate(entities) {
      return inner.invalidate(entities);
    },
  };

  // A gateway asking for a trace (ftv1) gets a fresh execution with its trace: never a
  // cached answer without one (or with another request's), and its answer is not stored.
  const enabled = (request: Request) =>
    listening && latest !== null && !options.requireReadKey && !request.headers.has('authorization') && !options.bypass?.(request);

  /** Read-your-writes: after a mutation, learn the new version now rather than at the NOTIFY. */
  const useVersionAfterMutation: Plugin = {
    onExecute({ args }) {
      const definitions = (args.document as DocumentNode).definitions;
      const op = definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (op?.operation !== OperationTypeNode.MUTATION) return;
      return {
        onExecuteDone: () =>
          readVersion().catch((err: unknown) => log.warn({ err }, 'response cache: cannot read the data version')),
      };
    },
  };

  return {
    plugins: [
      useVersionAfterMutation,
      useResponseCache({
        session: () => null,
        enabled,
        ttl: options.ttlMs,
        invalidateViaMutation: false,
        includeExtensionMetadata: true,
        cache,
        // The plugin asks every request for its key, also those it will neither look up nor
        // store (authorised, tracing, cache down): they get UNCACHED and skip the hash. The
        // hash is Node's synchronous SHA-256 (the plugin's own goes through WebCrypto's
        // promise); the same hex digest, so instances of either kind share Redis entries.
        buildResponseCacheKey: ({ documentString, variableValues, operationName, request }) => {
          if (!enabled(request)) return UNCACHED;
          const hash = createHash('sha256')
            .update([documentString, operationName ?? '', JSON.stringify(variableValues ?? {})].join('|'), 'utf8')
            .digest('hex');
          return `${latest ?? 'none'}:${hash}`;
        },
      }),
    ],
    close: async () => {
      closed = true;
      await stopListening();
      await store?.close();
    },
  };
}
