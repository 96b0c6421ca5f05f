// The request guard: body size, CSRF, trusted documents, GraphQL Armor limits, list-aware
// cost, introspection switch, readiness gate, authentication and cost-based rate limiting.
// Every rejection here happens before execution, so a rejected operation runs no SQL.
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { abortSignalAny } from '@graphql-hive/signal';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type ASTVisitor,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { AppError, ErrorCode } from '../errors.ts';
import type { Context } from '../context.ts';
import type { PrismaClient } from '../db/index.ts';
import { addressBucket, anonymous, bearerToken, clientIp, KeyResolver, type RequestAuth } from '../services/auth.ts';
import type { SecurityConfig } from '../config/security.ts';
import { ListTooLongError, queryCost } from './cost.ts';
import { AuthFailureLimiter, createRateLimiter, type RateDecision } from './rate-limit.ts';
import { meterStream, SubscriptionSlots, type MeteredStream } from './subscriptions.ts';

export interface GuardOptions {
  security: SecurityConfig;
  prisma: () => PrismaClient;
  log: Logger;
  /** False until migrations ran: requests then fail fast with SERVICE_UNAVAILABLE. */
  ready: () => boolean;
  redis?: { url: string; channelPrefix: string } | null;
  /** Called for each rate-limit rejection (metrics). */
  onRateLimited?: () => void;
}

export interface Guard {
  plugins: Plugin[];
  /** Subscriptions open on this instance (metrics). */
  openSubscriptions(): number;
  /** Builds the request's principal; throws UNAUTHENTICATED or SERVICE_UNAVAILABLE. */
  authenticate(request: Request, req: IncomingMessage | undefined): Promise<RequestAuth>;
  close(): Promise<void>;
}

const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });

function jsonError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** Armor rejections carry our stable code. */
function tagArmor(_ctx: unknown, error: GraphQLError): void {
  Object.assign(error.extensions as Record<string, unknown>, { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } });
}

/** With introspection off, `_service { sdl }` (the schema, for gateways composing at run time) is refused too. */
const NoServiceSdlRule = (context: ValidationContext): ASTVisitor => ({
  Field(node) {
    if (node.name.value === '_service' && context.getParentType() === context.getSchema().getQueryType()) {
      context.reportError(
        new GraphQLError('`_service` is disabled with introspection (INTROSPECTION=false); compose the supergraph from subgraph.graphql.', { nodes: [node] }),
      );
    }
  },
});

function loadTrustedDocuments(file: string): Map<string, string> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`TRUSTED_DOCUMENTS: ${file} must hold a JSON object { "<sha256>": "<document>" }`);
  return new Map(Object.entries(raw as Record<string, string>).filter(([, v]) => typeof v === 'string'));
}

export function createGuard(options: GuardOptions): Guard {
  const { security, log } = options;
  const keys = new KeyResolver(options.prisma, security.adminToken);
  const limiter = createRateLimiter(
    { points: security.rateLimitPoints, windowMs: security.rateLimitWindowMs, redisUrl: options.redis?.url, prefix: options.redis?.channelPrefix },
    log,
  );

  const authFailures = security.authFailureLimit > 0 ? new AuthFailureLimiter(security.authFailureLimit, security.authFailureWindowMs) : null;

  const knownValid = (header: string): boolean => {
    try {
      const token = bearerToken(header);
      return token !== null && keys.knownValid(token);
    } catch {
      return false;
    }
  };

  const plugins: Plugin[] = [];

  // 0. Response headers for an API exposed to browsers: no MIME sniffing, no framing (the
  // GraphiQL page included), no referrer leaking query strings to other sites.
  plugins.push({
    onResponse({ response }) {
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('x-frame-options', 'DENY');
      response.headers.set('referrer-policy', 'no-referrer');
    },
  });

  // 1. Body size: a declared length over the cap is refused before reading; a chunked body
  // is cut off once it passes the cap.
  plugins.push({
    onRequest({ request, serverContext, endResponse }) {
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > security.maxBodyBytes) {
        endResponse(jsonError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${security.maxBodyBytes} bytes.`, { connection: 'close' }));
        return;
      }
      const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      if (req && !Number.isFinite(declared) && request.method !== 'GET' && request.method !== 'HEAD') {
        let seen = 0;
        req.on('data', (chunk: Buffer) => {
          seen += chunk.length;
          if (seen > security.maxBodyBytes) req.destroy(new Error('request body too large'));
        });
      }
    },
  });

  // 1b. Document size, before parsing and apart from the body limit (which stays large for
  // ingest variables): a long document costs parse time and parse-cache memory whatever it asks.
  plugins.push({
    onParams({ params, setResult }) {
      const query = params.query;
      if (typeof query !== 'string' || query.length * 3 <= security.maxDocumentBytes) return;
      const bytes = Buffer.byteLength(query, 'utf8');
      if (bytes <= security.maxDocumentBytes) return;
      setResult({
        errors: [
          new AppError(ErrorCode.DOCUMENT_TOO_LARGE, `The query document is ${bytes} bytes; at most ${security.maxDocumentBytes} are accepted. Send large values as variables.`, {
            http: { status: 413 },
          }),
        ],
      });
    },
  });

  // 2. CSRF: browsers may POST forms and plain text cross-site without a preflight; such
  // requests must carry a custom header. GET never changes data (Yoga refuses mutations
  // over GET), so plain links keep working.
  if (security.csrfPrevention) {
    const csrf = useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'graphql-client-name', 'apollo-require-preflight'] });
    plugins.push({
      onRequestParse(payload) {
        if (payload.request.method === 'GET') return;
        return csrf.onRequestParse?.(payload);
      },
    });
  }

  // 3. Trusted documents: only the listed operations run.
  if (security.trustedDocumentsFile) {
    const store = loadTrustedDocuments(security.trustedDocumentsFile);
    plugins.push(
      usePersistedOperations({
        getPersistedOperation: (hash) => store.get(hash) ?? null,
        allowArbitraryOperations: false,
        skipDocumentValidation: false,
        customErrors: {
          notFound: { message: 'Unknown trusted document.', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } } },
          persistedQueryOnly: { message: 'Only trusted documents are accepted here.', extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } } },
          keyNotFound: { message: 'Missing the trusted document hash.', extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
        },
      }),
    );
  }

  // 4. Shape limits (GraphQL Armor) and hidden field suggestions. The depth limit leaves
  // `__schema` out: the standard introspection query (GraphiQL's docs, code generators) is 15
  // deep, and graphql-js' own MaxIntrospectionDepthRule (a specified rule) refuses recursive
  // introspection. INTROSPECTION=false still refuses it altogether (step 5).
  const reject = { onReject: [tagArmor], propagateOnRejection: true, exposeLimits: true };
  plugins.push(
    EnvelopArmorPlugin({
      maxDepth: { n: security.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reject },
      maxAliases: { n: security.maxAliases, allowList: [], ...reject },
      maxDirectives: { n: security.maxDirectives, ...reject },
      maxTokens: { n: security.maxTokens, ...reject },
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
  );

  // 5. Introspection switch, the federation `_service { sdl }` included (it is the whole
  // schema), at validation. The cost and list caps depend on the variables, so they are
  // checked before execution (6), not here: a validation result is cached per document.
  plugins.push({
    onValidate({ addValidationRule }) {
      if (!security.introspection) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
        addValidationRule(NoServiceSdlRule);
      }
    },
  });

  // 6. Rate limit by cost, and report the budget in `extensions`. Queries and mutations are
  // charged before they execute. A subscription is charged when it starts (before its event
  // stream opens) and refused the same way; then each event it delivers is charged again,
  // and it holds one of its client's MAX_SUBSCRIPTIONS slots until it ends.
  const identityOf = (ctx: Context): string | null =>
    ctx.auth.kind === 'bootstrap' ? null : ctx.auth.keyId !== null ? `key:${ctx.auth.keyId}` : `ip:${addressBucket(ctx.auth.clientIp)}`;
  const budget = (rate: RateDecision) => ({ limit: rate.limit, remaining: rate.remaining, resetMs: rate.resetMs });
  const refusal = (cost: number, rate: RateDecision): ExecutionResult => {
    options.onRateLimited?.();
    const retry = Math.max(1, Math.ceil(rate.resetMs / 1000));
    return {
      errors: [
        new AppError(ErrorCode.RATE_LIMITED, `Rate limit exceeded: ${rate.limit} cost points per ${security.rateLimitWindowMs / 1000} s; retry in ${retry} s.`, {
          http: { status: 429, headers: { 'retry-after': String(retry) } },
        }),
      ],
      extensions: { cost: { requested: cost, maximum: security.maxCost }, rateLimit: budget(rate) },
    };
  };
  /**
   * Charges the identity, from its key's own budget if it has one; every operation costs at
   * least 1, so floods of trivial requests are limited too.
   */
  const consume = async (identity: string | null, cost: number, auth: RequestAuth) =>
    limiter && identity !== null ? limiter.consume(identity, Math.max(1, cost), auth.rateLimitPoints ?? undefined) : null;
  const charge = async (
    args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: unknown; operationName?: string | null; contextValue: unknown },
  ): Promise<{ cost: number; identity: string | null; rate: RateDecision | null; refused: ExecutionResult | null }> => {
    const { auth } = args.contextValue as Context;
    const identity = identityOf(args.contextValue as Context);
    let cost: number;
    try {
      cost = queryCost(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName, security.maxListItems);
    } catch (err) {
      if (!(err instanceof ListTooLongError)) throw err;
      return { cost: 0, identity, rate: null, refused: { errors: [tooComplex(err.message)] } };
    }
    if (cost > security.maxCost) {
      const refused = { errors: [tooComplex(`Query cost ${cost} exceeds the maximum of ${security.maxCost}; ask for smaller pages or fewer nested lists.`)] };
      return { cost, identity, rate: null, refused };
    }
    const rate = await consume(identity, cost, auth);
    return { cost, identity, rate, refused: rate && !rate.allowed ? refusal(cost, rate) : null };
  };
  const slots = new SubscriptionSlots(security.maxSubscriptions);
  /** The subscription streams each request opened, until its response is on its way. */
  const openStreams = new WeakMap<Request, Set<MeteredStream>>();

  plugins.push({
    async onExecute({ args, setResultAndStopExecution }) {
      const { cost, rate, refused } = await charge(args);
      if (refused) {
        setResultAndStopExecution(refused);
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in (result as object)) return;
          const r = result as ExecutionResult;
          setResult({
            ...r,
            extensions: {
              ...r.extensions,
              cost: { requested: cost, maximum: security.maxCost },
              ...(rate ? { rateLimit: budget(rate) } : {}),
            },
          });
        },
      };
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      // The slot first: a client at its cap is refused without being charged.
      const identity = identityOf(args.contextValue as unknown as Context);
      const release = identity === null ? () => undefined : slots.take(identity);
      if (!release) {
        options.onRateLimited?.();
        setResultAndStopExecution({
          errors: [
            new AppError(ErrorCode.RATE_LIMITED, `Too many open subscriptions: at most ${security.maxSubscriptions} per client; close one first.`, {
              http: { status: 429 },
            }),
          ],
        });
        return;
      }
      const { cost, refused } = await charge(args);
      if (refused) {
        release();
        setResultAndStopExecution(refused);
        return;
      }
      const ctx = args.contextValue as unknown as Context;
      const request = (args.contextValue as { request?: Request }).request;
      // A key is checked again at each event: revoked or expired, the stream ends.
      const token = ctx.auth.kind === 'key' && request ? bearerToken(request.headers.get('authorization')) : null;
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in (result as object))) {
            release(); // it failed before streaming
            return;
          }
          const stream = meterStream(result as AsyncIterable<ExecutionResult>, {
            release,
            async charge() {
              if (token) {
                try {
                  await keys.resolve(token, security.requireReadKey, ctx.auth.clientIp);
                } catch (err) {
                  if (err instanceof AppError && err.extensions.code === ErrorCode.UNAUTHENTICATED) return { errors: [err] };
                }
              }
              const rate = await consume(identity, cost, ctx.auth);
              return rate && !rate.allowed ? refusal(cost, rate) : null;
            },
          });
          if (request) {
            // Ended when the client leaves, even before the stream is read.
            request.signal?.addEventListener('abort', () => void stream.return(), { once: true });
            const streams = openStreams.get(request) ?? new Set();
            streams.add(stream);
            openStreams.set(request, streams);
          }
          setResult(stream);
        },
      };
    },
    // A stream nobody will read (a 406 for the Accept header, a batch answered as JSON) ends
    // here, and so gives its slot back.
    onResponse({ request, response }) {
      const streams = openStreams.get(request);
      if (!streams) return;
      openStreams.delete(request);
      const type = response.headers.get('content-type') ?? '';
      const streaming = response.status === 200 && response.body !== null && /text\/event-stream|multipart\/mixed/.test(type);
      if (!streaming) for (const stream of streams) void stream.return();
    },
  });

  // 7. Queries stop when their client goes away, and after REQUEST_TIMEOUT_MS: the executor
  // resolves no further fields, so an abandoned or runaway query stops issuing SQL.
  // Mutations always run to completion (a half-applied write must not be reported as an
  // error), and subscriptions end with their stream.
  plugins.push({
    onExecute({ args }) {
      const op = getOperationAST(args.document, args.operationName);
      if (op?.operation !== 'query') return;
      const signals: AbortSignal[] = [];
      // The Node adapter's request signal is not a native AbortSignal, which Node 24's
      // AbortSignal.any refuses; the ponyfill listens to each signal and forwards instead.
      const requestSignal = (args.contextValue as { request?: Request }).request?.signal;
      if (requestSignal) signals.push(requestSignal);
      let timer: NodeJS.Timeout | undefined;
      if (security.requestTimeoutMs > 0) {
        const deadline = new AbortController();
        timer = setTimeout(() => {
          deadline.abort(
            new AppError(ErrorCode.REQUEST_TIMEOUT, `The query ran longer than ${security.requestTimeoutMs} ms and was stopped; ask for less, or smaller pages.`, {
              http: { status: 503 },
            }),
          );
        }, security.requestTimeoutMs);
        timer.unref();
        signals.push(deadline.signal);
      }
      if (!signals.length) return;
      const signal = abortSignalAny(signals)!;
      (args as { signal?: AbortSignal }).signal = signal;
      if (!timer) return;
      const stop = () => clearTimeout(timer);
      // Also when the executor gives up because the client left.
      signal.addEventListener('abort', stop, { once: true });
      return {
        onExecuteDone({ result }) {
          // @defer/@stream: the deadline covers the parts that follow, to the last.
          if (Symbol.asyncIterator in (result as object)) return { onEnd: stop };
          stop();
        },
      };
    },
  });

  return {
    plugins,
    openSubscriptions: () => slots.size,
    async authenticate(request, req) {
      if (!options.ready()) {
        throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The service is starting: the database is not ready yet; try again shortly.', {
          http: { status: 503, headers: { 'retry-after': '2' } },
        });
      }
      const ip = clientIp(request, req, security.trustProxy);
      const header = request.headers.get('authorization');
      if (header === null || header.trim() === '') return anonymous(security.requireReadKey, ip);
      // A client that keeps failing is refused before any look-up (a valid key already
      // cached still passes: it costs nothing, and its holder may share the address).
      const client = addressBucket(ip);
      const wait = authFailures?.blockedFor(client) ?? 0;
      if (wait > 0 && !knownValid(header)) {
        options.onRateLimited?.();
        const retry = Math.max(1, Math.ceil(wait / 1000));
        throw new AppError(ErrorCode.RATE_LIMITED, `Too many failed authentications from this address; retry in ${retry} s.`, {
          http: { status: 429, headers: { 'retry-after': String(retry) } },
        });
      }
      try {
        const token = bearerToken(header);
        if (token === null) return anonymous(security.requireReadKey, ip);
        return await keys.resolve(token, security.requireReadKey, ip);
      } catch (err) {
        if (err instanceof AppError && err.extensions.code === ErrorCode.UNAUTHENTICATED) authFailures?.record(client);
        throw err;
      }
    },
    async close() {
      await limiter?.close();
    },
  };
}
