// Environment, read and validated in one place. A bad value stops the start with a
// message that names the variable.
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { loadFeedConfig, type FeedConfig } from './config/feeds.ts';
import { loadSecurityConfig, type SecurityConfig } from './config/security.ts';
import { loadTracingConfig, type TracingConfig } from './config/tracing.ts';
import { bool, int, parseEnv } from './config/values.ts';

export { ConfigError };

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string | null }
  | { kind: 'postgres'; url: string };

export interface Config {
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  database: DatabaseConfig;
  /** How long to wait for a database connection before failing a request. */
  dbConnectTimeoutMs: number;
  /** How long one SQL statement may run before it is cancelled. */
  dbStatementTimeoutMs: number;
  dbPoolMax: number;
  /** Load the curated sample article and its graph into an empty database. */
  seedSample: boolean;
  /** SHUTDOWN_TIMEOUT_MS: on SIGTERM, the longest until the process exits, drain included. */
  shutdownTimeoutMs: number;
  /** SHUTDOWN_DRAIN_MS: on SIGTERM, how long the listener stays open (not ready) before it closes. */
  shutdownDrainMs: number;
  /** WEB_CONCURRENCY: server processes on the shared port (node:cluster, src/cluster.ts); unset or 1: this process only. */
  webConcurrency?: number;
  /** GRAPHQL_PARSE_CACHE: Yoga's parse and validation cache (default true). Unset: read from the environment. */
  graphqlParseCache?: boolean;
  /** RESPONSE_CACHE: the response cache for anonymous reads (default true). Unset: read from the environment. */
  responseCache?: boolean;
  /** Redis that carries subscription events between instances; in-process only when absent. */
  redis?: { url: string; channelPrefix: string } | null;
  /** Keys, abuse limits, rate limits and metrics (src/config/security.ts). */
  security: SecurityConfig;
  /** OpenTelemetry tracing (src/config/tracing.ts); off when absent or null. */
  tracing?: TracingConfig | null;
  /** Followed feeds (src/config/feeds.ts). Unset: read from the environment. */
  feeds?: FeedConfig;
}

const DEFAULT_DATA_DIR = 'data/pglite';

/** Interprets DATABASE_URL: unset, `file:<dir>`, `memory:`, or a postgres(ql):// URL. */
export function parseDatabaseUrl(value: string | undefined, cwd = process.cwd()): DatabaseConfig {
  const raw = value?.trim();
  if (!raw) return { kind: 'pglite', dataDir: path.resolve(cwd, DEFAULT_DATA_DIR) };
  if (raw === 'memory:' || raw === 'memory://') return { kind: 'pglite', dataDir: null };
  if (raw.startsWith('file:')) {
    const dir = raw.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (!dir) throw new ConfigError('DATABASE_URL: file: needs a folder, for example file:./data/pglite');
    return { kind: 'pglite', dataDir: path.resolve(cwd, dir) };
  }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try {
      new URL(raw);
    } catch {
      throw new ConfigError('DATABASE_URL: not a valid postgres:// URL');
    }
    return { kind: 'postgres', url: raw };
  }
  throw new ConfigError(
    'DATABASE_URL: expected file:<dir>, memory:, or a postgres:// / postgresql:// URL',
  );
}

const envSchema = z.object({
  HOST: z.string().optional().transform((v) => v?.trim() || 'localhost'),
  PORT: int('PORT', 0, 65535, 4000),
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const level = (v?.trim() || 'info').toLowerCase();
      const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
      const found = levels.find((l) => l === level);
      if (!found) {
        ctx.addIssue({ code: 'custom', message: `LOG_LEVEL: expected one of ${levels.join(', ')}, got "${v}"` });
        return z.NEVER;
      }
      return found;
    }),
  DB_CONNECT_TIMEOUT_MS: int('DB_CONNECT_TIMEOUT_MS', 100, 600_000, 5_000),
  DB_STATEMENT_TIMEOUT_MS: int('DB_STATEMENT_TIMEOUT_MS', 100, 3_600_000, 15_000),
  DB_POOL_MAX: int('DB_POOL_MAX', 1, 500, 10),
  SEED_SAMPLE: bool('SEED_SAMPLE', true),
  SHUTDOWN_TIMEOUT_MS: int('SHUTDOWN_TIMEOUT_MS', 0, 600_000, 15_000),
  SHUTDOWN_DRAIN_MS: int('SHUTDOWN_DRAIN_MS', 0, 600_000, 5_000),
  WEB_CONCURRENCY: int('WEB_CONCURRENCY', 1, 64, 1),
  GRAPHQL_PARSE_CACHE: bool('GRAPHQL_PARSE_CACHE', true),
  REDIS_URL: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const raw = v?.trim();
      if (!raw) return null;
      let ok = false;
      try {
        ok = /^rediss?:$/.test(new URL(raw).protocol);
      } catch {
        ok = false;
      }
      if (!ok) {
        ctx.addIssue({ code: 'custom', message: 'REDIS_URL: expected a redis:// or rediss:// URL' });
        return z.NEVER;
      }
      return raw;
    }),
  REDIS_CHANNEL_PREFIX: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const prefix = v?.trim() || 'newsgraph:';
      if (!/^[\w.:-]{1,100}$/.test(prefix)) {
        ctx.addIssue({ code: 'custom', message: `REDIS_CHANNEL_PREFIX: expected up to 100 letters, digits, _ . : -, got "${v}"` });
        return z.NEVER;
      }
      return prefix;
    }),
});

/** Reads the configuration from an environment; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const e = parseEnv(envSchema, env);
  if (e.SHUTDOWN_DRAIN_MS >= e.SHUTDOWN_TIMEOUT_MS && e.SHUTDOWN_TIMEOUT_MS > 0) {
    throw new ConfigError(`SHUTDOWN_DRAIN_MS (${e.SHUTDOWN_DRAIN_MS}) must be less than SHUTDOWN_TIMEOUT_MS (${e.SHUTDOWN_TIMEOUT_MS}), which includes the drain`);
  }
  loadPerformanceConfig(env); // validates the remaining performance switches
  const database = parseDatabaseUrl(env.DATABASE_URL, cwd);
  if (e.WEB_CONCURRENCY > 1 && database.kind === 'pglite') {
    throw new ConfigError(`WEB_CONCURRENCY=${e.WEB_CONCURRENCY} needs PostgreSQL (DATABASE_URL=postgres://...): the embedded database belongs to one process; unset WEB_CONCURRENCY or set it to 1`);
  }
  return {
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    database,
    dbConnectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    dbPoolMax: e.DB_POOL_MAX,
    seedSample: e.SEED_SAMPLE,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    // With no time at all, no drain either.
    shutdownDrainMs: e.SHUTDOWN_TIMEOUT_MS === 0 ? 0 : e.SHUTDOWN_DRAIN_MS,
    webConcurrency: e.WEB_CONCURRENCY,
    graphqlParseCache: e.GRAPHQL_PARSE_CACHE,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, channelPrefix: e.REDIS_CHANNEL_PREFIX } : null,
    security: loadSecurityConfig(env),
    tracing: loadTracingConfig(env),
    feeds: loadFeedConfig(env),
  };
}

/** Performance switches (docs/benchmarks.md). Each exists for the ablation; the defaults are the fast path. */
export interface PerformanceConfig {
  /** GRAPHQL_PARSE_CACHE: Yoga's parse and validation cache. */
  graphqlParseCache: boolean;
  /** KEYSET_PAGINATION: root connections seek on their sort keys after a cursor (src/schema/keyset.ts) instead of Prisma's cursor. */
  keysetPagination: boolean;
  /** PER_PARENT_PAGES: a nested first page (a country's officials) is one LIMITed statement per list, not every child row trimmed in memory (src/schema/country-members.ts). */
  perParentPages: boolean;
  /** RELATION_JOINS: Prisma loads included relations with JOINs/LATERAL subqueries in the same statement (relationLoadStrategy 'join', src/db/index.ts) instead of one statement per relation. */
  relationJoins: boolean;
  /** JSON_ROWS: with relation joins, Prisma's joined rows are built as json instead of jsonb (src/db/json-rows.ts): less PostgreSQL CPU, same results. */
  jsonRows: boolean;
  /** PREPARED_STATEMENTS: on PostgreSQL, Prisma's statements are named prepared statements, parsed once per connection (src/db/prepared.ts). */
  preparedStatements: boolean;
  /** RESPONSE_CACHE: answers to anonymous reads are cached until the data changes (src/services/response-cache.ts). */
  responseCache: boolean;
  /** RESPONSE_CACHE_TTL_MS: the longest an answer is kept. */
  responseCacheTtlMs: number;
  /** RESPONSE_CACHE_MAX: answers kept in memory (without Redis). */
  responseCacheMax: number;
}

const perfSchema = z.object({
  GRAPHQL_PARSE_CACHE: bool('GRAPHQL_PARSE_CACHE', true),
  KEYSET_PAGINATION: bool('KEYSET_PAGINATION', true),
  PER_PARENT_PAGES: bool('PER_PARENT_PAGES', true),
  RELATION_JOINS: bool('RELATION_JOINS', true),
  JSON_ROWS: bool('JSON_ROWS', true),
  PREPARED_STATEMENTS: bool('PREPARED_STATEMENTS', true),
  RESPONSE_CACHE: bool('RESPONSE_CACHE', true),
  RESPONSE_CACHE_TTL_MS: int('RESPONSE_CACHE_TTL_MS', 100, 86_400_000, 60_000),
  RESPONSE_CACHE_MAX: int('RESPONSE_CACHE_MAX', 1, 1_000_000, 1_000),
});

/** The performance switches alone, from the environment: for configurations built in code (tests) and the schema. */
export function loadPerformanceConfig(env: NodeJS.ProcessEnv = process.env): PerformanceConfig {
  const e = parseEnv(perfSchema, env);
  return {
    graphqlParseCache: e.GRAPHQL_PARSE_CACHE,
    keysetPagination: e.KEYSET_PAGINATION,
    perParentPages: e.PER_PARENT_PAGES,
    relationJoins: e.RELATION_JOINS,
    jsonRows: e.JSON_ROWS,
    preparedStatements: e.PREPARED_STATEMENTS,
    responseCache: e.RESPONSE_CACHE,
    responseCacheTtlMs: e.RESPONSE_CACHE_TTL_MS,
    responseCacheMax: e.RESPONSE_CACHE_MAX,
  };
}
