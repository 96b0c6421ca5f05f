// Builds the application: database (migrated, seeded), schema and the Yoga HTTP handler.
// src/index.ts only listens.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { pino, type Logger } from 'pino';
import { loadPerformanceConfig, type Config } from './config.ts';
import { loadFeedConfig } from './config/feeds.ts';
import { createContext, type Context } from './context.ts';
import { openDatabase, type Database } from './db/index.ts';
import { Startup } from './db/startup.ts';
import { maskError } from './errors.ts';
import { createFeedService, type FeedService } from './feeds/service.ts';
import { loadOfflineGraphiQL } from './graphiql.ts';
import { useFederatedTrace, wantsTrace } from './observability/federated-trace.ts';
import { mergeServerHooks } from './observability/merged-hooks.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { requestIdOf, useRequestId } from './observability/request-id.ts';
import { logFailure, logIfUnlogged, useFailureLog } from './observability/failure-log.ts';
import { createTracing, type Tracing } from './observability/tracing.ts';
import { servedSchema } from './schema/index.ts';
import { createAuthenticate } from './security/authenticate.ts';
import { createParseCache, type ParseCache } from './security/parse-cache.ts';
import { useBodyLimit } from './security/plugins/body-limit.ts';
import { useCostLimit } from './security/plugins/cost-limit.ts';
import { useCsrfPrevention } from './security/plugins/csrf.ts';
import { useQueryDeadline } from './security/plugins/deadline.ts';
import { useDocumentSizeLimit } from './security/plugins/document-size.ts';
import { useSecurityHeaders } from './security/plugins/headers.ts';
import { useIntrospectionSwitch } from './security/plugins/introspection.ts';
import { useRateLimit } from './security/plugins/rate-limit.ts';
import { useReadiness } from './security/plugins/readiness.ts';
import { useShapeLimits } from './security/plugins/shape-limits.ts';
import { useSubscriptionSlots } from './security/plugins/subscription-slots.ts';
import { useTrustedDocuments } from './security/plugins/trusted-documents.ts';
import { createRateLimiter, type RateLimiter } from './security/rate-limit.ts';
import { SubscriptionSlots } from './security/subscriptions.ts';
import { KeyResolver } from './services/auth.ts';
import { createAppPubSub, type AppPubSub } from './services/pubsub.ts';
import { createResponseCache, type ResponseCache } from './services/response-cache.ts';
import { seedCountries, seedSampleIfEmpty } from './services/seed.ts';

export const DEFAULT_QUERY = `# Newsgraph: news turned into a graph of countries, officials, organizations
# and diplomatic events, each event backed by the sentence it came from.
# Press the run button (or Ctrl-Enter). Open the docs (top left) for every field.

query RecentEvents {
  diplomaticEvents(first: 5) {
    totalCount
    edges {
      node {
        type
        date
        datePrecision
        summary
        participants {
          role
          actor {
            __typename
            ... on Country { code name }
            ... on Official { name positions { title } }
            ... on Organization { name kind }
          }
        }
        evidence { sentence article { title source } }
      }
    }
  }
}
`;

export interface App {
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  db: Database;
  log: Logger;
  /** False once shutdown began: readiness fails so load balancers stop sending traffic. */
  accepting: { value: boolean };
  /** Subscription events; with REDIS_URL, shared with every instance. */
  pubsub: AppPubSub;
  /** Followed feeds and their job queue (src/feeds). */
  feeds: FeedService;
  /** Yoga's parse cache; null when GRAPHQL_PARSE_CACHE=false. */
  parseCache: ParseCache | null;
  close(): Promise<void>;
}

export interface AppOptions {
  /** An already open database (tests share one per file); opened from the config otherwise. */
  db?: Database;
  logger?: Logger;
}

/** What the request path is built from (createApp makes them). */
interface RequestPathParts {
  config: Config;
  log: Logger;
  db: Database;
  tracing: Tracing | null;
  metrics: Metrics;
  keys: KeyResolver;
  limiter: RateLimiter | null;
  slots: SubscriptionSlots;
  responseCache: ResponseCache | null;
  ready: () => boolean;
}

/**
 * The plugins, in the order a request meets them. Rejections up to the rate limit happen
 * before execution, so a refused operation runs no SQL. Authentication (and the readiness
 * gate) run as the context is built, after validation and before the cost limit
 * (src/security/authenticate.ts).
 */
function requestPath(parts: RequestPathParts): Plugin[] {
  const { config, log, db, metrics } = parts;
  const security = config.security;
  const onRateLimited = () => metrics.rateLimited.inc();
  return mergeServerHooks([
    useRequestId(log),
    // Failures logged with their request's ID and caller, before Yoga masks them.
    useFailureLog(log),
    // OpenTelemetry, when configured: the request span encloses everything after it.
    ...(parts.tracing?.plugins ?? []),
    ...metrics.plugins,
    useSecurityHeaders(),
    useBodyLimit(security.maxBodyBytes),
    useDocumentSizeLimit(security.maxDocumentBytes),
    ...(security.csrfPrevention ? [useCsrfPrevention()] : []),
    ...(security.trustedDocumentsFile ? [useTrustedDocuments(security.trustedDocumentsFile)] : []),
    useShapeLimits(security),
    useIntrospectionSwitch(security.introspection),
    // Subscriptions: the client's slot first, so a client at its cap is not charged.
    useSubscriptionSlots({ slots: parts.slots, onRateLimited }),
    useCostLimit(security),
    useRateLimit({
      limiter: parts.limiter,
      windowMs: security.rateLimitWindowMs,
      maxCost: security.maxCost,
      keys: parts.keys,
      requireReadKey: security.requireReadKey,
      onRateLimited,
    }),
    useQueryDeadline(security.requestTimeoutMs),
    // After the limits (CSRF, trusted documents, cost); a hit skips validation and execution.
    ...(parts.responseCache?.plugins ?? []),
    // Federated tracing: an ftv1 trace when a gateway asks for one; no cost otherwise.
    useFederatedTrace(),
    // @defer and @stream: slow parts of a query (timelines, search) arrive after the rest.
    deferStream(),
    useReadiness(async () => {
      if (!parts.ready()) return false;
      try {
        await db.ping(Math.min(config.dbConnectTimeoutMs, 2_000));
        return true;
      } catch {
        return false;
      }
    }),
  ]);
}

/**
 * The request's logger, made on first use: most requests log nothing, and pino's child()
 * serialises its bindings when it is made.
 */
function lazyChild(log: Logger, bindings: { requestId: string; caller: string }): Logger {
  let child: Logger | undefined;
  return new Proxy({} as Logger, {
    get(_target, prop) {
      child ??= log.child(bindings);
      return Reflect.get(child, prop, child) as unknown;
    },
    set(_target, prop, value) {
      child ??= log.child(bindings);
      return Reflect.set(child, prop, value, child);
    },
    has(_target, prop) {
      child ??= log.child(bindings);
      return Reflect.has(child, prop);
    },
  });
}

/** @defer and @stream. Its validation hook is given an empty rule list to filter: it filters
 * a copy it then drops (the rules validated with are the ones it adds), so the filter over
 * every specified rule on every request did nothing. */
function deferStream(): Plugin {
  const plugin = useDeferStream() as Plugin;
  const onValidate = plugin.onValidate;
  if (!onValidate) return plugin;
  return {
    ...plugin,
    onValidate(payload) {
      return onValidate({ ...payload, params: { ...payload.params, rules: [] } });
    },
  };
}

/** Yoga's settings that depend on the configuration alone: CORS, batching, error masking, logs, GraphiQL. */
async function yogaSettings(config: Config, log: Logger, parseCache: ParseCache | null) {
  return {
    parserAndValidationCache: parseCache ?? false,
    // The subgraph schema (the public API plus `_service` and `_entities` for gateways) with
    // @defer and @stream: what schema.graphql holds.
    schema: servedSchema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Browsers: the origins CORS_ORIGINS allows. Keys are bearer tokens, never cookies, so no
    // credentialed requests; the headers clients need are exposed; preflights cached 10 min.
    cors: config.security.corsOrigins
      ? {
          origin: config.security.corsOrigins,
          credentials: false,
          methods: ['GET', 'POST'],
          exposedHeaders: ['x-request-id', 'retry-after', 'etag'],
          maxAge: 600,
        }
      : false,
    healthCheckEndpoint: '/health',
    // The body limit is ours (MAX_BODY_BYTES, src/security/plugins/body-limit.ts: a declared
    // length refused before reading, a chunked body cut off on the socket). Yoga's own would
    // pipe every request body through a stream transform and a new Request to count it again.
    maxRequestBodySize: false as const,
    batching: config.security.maxBatch > 1 ? { limit: config.security.maxBatch } : false,
    maskedErrors: {
      maskError: (error: unknown) => {
        // The client sees a code; the details are logged, with the request's ID, from the
        // results before masking (src/observability/failure-log.ts); here only what no result carried.
        logIfUnlogged(log, error);
        return maskError(error);
      },
    },
    graphiql: { title: 'Newsgraph', defaultQuery: DEFAULT_QUERY },
    // Served inline when available, so GraphiQL works offline (see src/graphiql.ts).
    renderGraphiQL: await loadOfflineGraphiQL(),
    logging: {
      debug: (...args: unknown[]) => log.debug(args.map(String).join(' ')),
      info: (...args: unknown[]) => log.info(args.map(String).join(' ')),
      warn: (...args: unknown[]) => log.warn(args.map(String).join(' ')),
      error: (...args: unknown[]) => log.error(args.map(String).join(' ')),
    },
  };
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.logger ?? pino({ level: config.logLevel });
  const db = options.db ?? (await openDatabase(config));
  // Built below, once pubsub and metrics exist; start-up completing later (database down at first) resumes it.
  const late: { feeds?: FeedService } = {};
  // Migrations and seeding; with the database down, retried in the background (src/db/startup.ts).
  const startup = new Startup(async () => {
    const applied = await db.migrate();
    if (applied.length) log.info({ migrations: applied }, 'applied migrations');
    const added = await seedCountries(db.prisma);
    if (added) log.info({ countries: added }, 'loaded ISO 3166-1 countries');
    if (config.seedSample) {
      const sample = await seedSampleIfEmpty(db.prisma);
      if (sample) log.info({ articleId: sample.articleId, events: sample.eventsCreated }, 'loaded the sample article');
    }
    await late.feeds?.resume();
  }, log);
  await startup.start();
  const security = config.security;
  const slots = new SubscriptionSlots(security.maxSubscriptions);
  const metrics = createMetrics({
    enabled: security.metrics,
    token: security.metricsToken,
    pool: () => db.poolStats?.() ?? null,
    ready: () => startup.ready,
    subscriptions: () => slots.size,
  });
  // OpenTelemetry, only when configured (OTEL_*): nothing is loaded otherwise.
  const tracing = config.tracing ? await createTracing(config.tracing, { db, log, requestId: requestIdOf }) : null;
  const keys = new KeyResolver(() => db.prisma, security.adminToken);
  const limiter = createRateLimiter(
    { points: security.rateLimitPoints, windowMs: security.rateLimitWindowMs, redisUrl: config.redis?.url, prefix: config.redis?.channelPrefix },
    log,
  );
  const authenticate = createAuthenticate({ security, keys, ready: () => startup.ready, onRateLimited: () => metrics.rateLimited.inc() });

  const accepting = { value: true };
  const pubsub = createAppPubSub({ redisUrl: config.redis?.url, channelPrefix: config.redis?.channelPrefix, log });
  const feeds = (late.feeds = createFeedService({
    db,
    databaseUrl: config.database.kind === 'postgres' ? config.database.url : null,
    config: config.feeds ?? loadFeedConfig(),
    log,
    pubsub,
    registry: metrics.registry,
  }));
  if (startup.ready) await feeds.resume();
  // Performance switch (docs/benchmarks.md); a configuration built in code falls back to the environment.
  const perf = loadPerformanceConfig();
  const responseCache = (config.responseCache ?? perf.responseCache)
    ? await createResponseCache({
        db,
        log,
        ttlMs: perf.responseCacheTtlMs,
        maxEntries: perf.responseCacheMax,
        requireReadKey: security.requireReadKey,
        redis: config.redis,
        bypass: wantsTrace,
      })
    : null;
  // Bounded by estimated bytes as well as entries (src/security/parse-cache.ts).
  const parseCache = (config.graphqlParseCache ?? perf.graphqlParseCache) ? createParseCache(security.parseCacheBytes) : null;
  const yoga = createYoga<Record<string, unknown>, Context>({
    ...(await yogaSettings(config, log, parseCache)),
    context: async ({ request, req }: { request: Request; req?: IncomingMessage }) => {
      const requestId = requestIdOf(request) ?? randomUUID();
      // Readiness, then the bearer token -> scopes; fails with SERVICE_UNAVAILABLE, UNAUTHENTICATED or RATE_LIMITED.
      const auth = await authenticate(request, req).catch((error: unknown) => {
        logFailure(log, error, { requestId });
        throw error;
      });
      return createContext(db, lazyChild(log, { requestId, caller: auth.name }), requestId, auth, pubsub, feeds);
    },
    plugins: requestPath({
      config,
      log,
      db,
      tracing,
      metrics,
      keys,
      limiter,
      slots,
      responseCache,
      ready: () => accepting.value && startup.ready,
    }),
  });

  return {
    yoga,
    db,
    log,
    accepting,
    pubsub,
    feeds,
    parseCache,
    async close() {
      accepting.value = false;
      startup.stop();
      await feeds.close();
      await limiter?.close();
      await responseCache?.close();
      await pubsub.close();
      await db.close();
      // Last, so the spans of the final requests are sent.
      await tracing?.shutdown();
    },
  };
}

/** The node:http handler `listen` serves (and the benchmark's server). */
export function requestListener(app: App): (req: IncomingMessage, res: ServerResponse) => void {
  // Yoga answers its own errors; the returned promise carries nothing to wait for.
  return (req, res) => void app.yoga(req, res);
}

/** Listens on the configured host and port; resolves once the socket is bound. */
export function listen(app: App, host: string, port: number): Promise<Server> {
  const server = createServer(requestListener(app));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
