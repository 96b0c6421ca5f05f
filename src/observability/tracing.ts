// OpenTelemetry tracing, off unless configured with the standard OTEL_* variables. When on,
// each GraphQL HTTP request is a SERVER span (with the request ID, and continuing the
// caller's W3C `traceparent`), with child spans for parsing, validation, the operation
// (@envelop/opentelemetry: `query.Name`, `mutation.Name`, `subscription.Name`) and, under
// the operation, one CLIENT span per SQL statement. Spans are batched and sent as OTLP/HTTP
// JSON. When off, none of this is loaded and no plugin is added.
import type { Span, Tracer } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { TracingConfig } from '../config/tracing.ts';
import type { Context } from '../context.ts';
import type { Database } from '../db/index.ts';

export interface Tracing {
  plugins: Plugin[];
  /** Sends the spans still buffered and stops (bounded to a few seconds). */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  db: Database;
  log: Logger;
  /** The request ID given to a request (x-request-id), once known. */
  requestId: (request: Request) => string | undefined;
}

/** The span attribute that carries the request ID (the `x-request-id` response header). */
export const REQUEST_ID_ATTRIBUTE = 'newsgraph.request_id';
const MAX_SQL_LENGTH = 4_096;
const SHUTDOWN_TIMEOUT_MS = 5_000;

// Process-wide OpenTelemetry state, set once: the context manager that carries the active
// span across awaits, and the diagnostic logger (export failures) of the latest app.
let contextManagerSet = false;
let diagLog: Logger | null = null;
let diagWarned = 0;

/** The OpenTelemetry packages, loaded only when tracing is on. */
async function loadOpenTelemetry() {
  const [api, hooks, core, resources, sdk, exporter, envelop] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@envelop/opentelemetry'),
  ]);
  return { api, hooks, core, resources, sdk, exporter, envelop };
}
type OpenTelemetry = Awaited<ReturnType<typeof loadOpenTelemetry>>;

function installGlobals(otel: OpenTelemetry, log: Logger): void {
  const { api } = otel;
  if (!contextManagerSet) {
    // Keeps a context manager already registered (an SDK preloaded with --import, say).
    api.context.setGlobalContextManager(new otel.hooks.AsyncLocalStorageContextManager().enable());
    api.diag.setLogger(
      {
        error: (message, ...args) => warnDiag(message, args),
        warn: (message, ...args) => warnDiag(message, args),
        info: () => undefined,
        debug: () => undefined,
        verbose: () => undefined,
      },
      api.DiagLogLevel.WARN,
    );
    contextManagerSet = true;
  }
  diagLog = log;
}

/** Marks the span failed with the error; returns the error, for the caller to rethrow. */
function failed(otel: OpenTelemetry, span: Span, error: unknown): unknown {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: otel.api.SpanStatusCode.ERROR });
  return error;
}

/** The SERVER span of each /graphql request, with child spans for parsing and validation. */
function useRequestSpans(otel: OpenTelemetry, tracer: Tracer, requestId: TracingOptions['requestId']): Plugin {
  const { context, trace, SpanKind, SpanStatusCode, ROOT_CONTEXT } = otel.api;
  const propagator = new otel.core.W3CTraceContextPropagator();
  const headerGetter = {
    keys: (h: Headers) => [...h.keys()],
    get: (h: Headers, key: string) => h.get(key) ?? undefined,
  };
  const requestSpans = new WeakMap<Request, Span>();

  /** A child span of the active one around a synchronous phase (parse, validate). */
  const phase = (name: string, wrapped: () => void) => {
    const parent = context.active();
    if (!trace.getSpan(parent)) return wrapped();
    const span = tracer.startSpan(name, { kind: SpanKind.INTERNAL }, parent);
    try {
      context.with(trace.setSpan(parent, span), wrapped);
    } catch (error) {
      throw failed(otel, span, error);
    } finally {
      span.end();
    }
  };

  return {
    instrumentation: {
      request({ request }, wrapped) {
        const path = new URL(request.url).pathname;
        if (path !== '/graphql') return wrapped();
        const parent = propagator.extract(ROOT_CONTEXT, request.headers, headerGetter);
        const span = tracer.startSpan(
          `${request.method} /graphql`,
          { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'url.path': path, 'http.route': '/graphql' } },
          parent,
        );
        requestSpans.set(request, span);
        return context.with(trace.setSpan(parent, span), async () => {
          try {
            await wrapped();
          } catch (error) {
            throw failed(otel, span, error);
          } finally {
            span.end();
          }
        });
      },
      parse: (_payload, wrapped) => phase('graphql.parse', wrapped),
      validate: (_payload, wrapped) => phase('graphql.validate', wrapped),
    },
    onRequest({ request }) {
      const id = requestId(request);
      if (id) requestSpans.get(request)?.setAttribute(REQUEST_ID_ATTRIBUTE, id);
    },
    onResponse({ request, response }) {
      const span = requestSpans.get(request);
      if (!span) return;
      span.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    },
  };
}

/**
 * The operation span of @envelop/opentelemetry gets the request ID too; a subscription
 * refused before it starts (no event stream) ends its span here, which that plugin does not.
 */
function useOperationLabels(otel: OpenTelemetry): Plugin {
  const { trace, SpanStatusCode } = otel.api;
  const operationSpan = (ctx: unknown) => trace.getSpan(otel.envelop.getCurrentOtelContext(ctx));
  return {
    onExecute({ args }) {
      operationSpan(args.contextValue)?.setAttribute(REQUEST_ID_ATTRIBUTE, (args.contextValue as unknown as Context).requestId);
    },
    onSubscribe({ args }) {
      const span = operationSpan(args.contextValue);
      span?.setAttribute(REQUEST_ID_ATTRIBUTE, (args.contextValue as unknown as Context).requestId);
      return {
        onSubscribeResult({ result }) {
          if (!span || Symbol.asyncIterator in (result as object)) return;
          if ((result as { errors?: unknown[] }).errors?.length) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        },
      };
    },
  };
}

/**
 * One span per SQL statement, under the span active when Prisma sent it; statements sent
 * outside any traced request (start-up, background work) are not traced. Returns the stop.
 */
function traceStatements(otel: OpenTelemetry, tracer: Tracer, db: Database): () => void {
  const { context, trace, SpanKind } = otel.api;
  return db.observeStatements((sql) => {
    const parent = context.active();
    if (!trace.getSpan(parent)?.isRecording()) return;
    const operation = /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
    const span = tracer.startSpan(
      operation,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system.name': 'postgresql',
          'db.operation.name': operation,
          'db.query.text': sql.length > MAX_SQL_LENGTH ? `${sql.slice(0, MAX_SQL_LENGTH)}…` : sql,
        },
      },
      parent,
    );
    return (error) => {
      if (error) failed(otel, span, error);
      span.end();
    };
  });
}

export async function createTracing(config: TracingConfig, options: TracingOptions): Promise<Tracing> {
  const otel = await loadOpenTelemetry();
  installGlobals(otel, options.log);
  const provider = new otel.sdk.BasicTracerProvider({
    resource: otel.resources.resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [new otel.sdk.BatchSpanProcessor(new otel.exporter.OTLPTraceExporter({ url: config.url }))],
  });
  const tracer: Tracer = provider.getTracer('newsgraph');
  const stopSql = config.sql ? traceStatements(otel, tracer, options.db) : () => undefined;

  return {
    plugins: [
      useRequestSpans(otel, tracer, options.requestId),
      otel.envelop.useOpenTelemetry({ resolvers: false, variables: false, result: false }, provider, otel.api.SpanKind.INTERNAL, {}, 'newsgraph') as Plugin,
      useOperationLabels(otel),
    ],
    async shutdown() {
      stopSql();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          options.log.warn({ url: config.url }, `tracing: spans not sent within ${SHUTDOWN_TIMEOUT_MS} ms of shutdown; dropped`);
          resolve();
        }, SHUTDOWN_TIMEOUT_MS);
      });
      try {
        await Promise.race([provider.shutdown(), timeout]);
      } catch (err) {
        options.log.warn({ err }, 'tracing: shutdown failed');
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** OpenTelemetry's own warnings (a collector that does not answer...), at most one per 30 s. */
function warnDiag(message: string, args: unknown[]): void {
  if (!diagLog || Date.now() - diagWarned < 30_000) return;
  diagWarned = Date.now();
  diagLog.warn({ details: args.map((a) => (a instanceof Error ? a.message : a)) }, `opentelemetry: ${message}`);
}
