// The GraphQL phase histograms and the HTTP duration, with the metric names, help texts,
// labels and buckets of @graphql-yoga/plugin-prometheus (as configured here before: no
// operation name, URL or path label), observed from a few hooks of our own: one record per
// request (its start and operation type), label sets bound once per operation type, no
// label objects filtered and rebuilt for every phase. The context phase is timed for real
// (from the start of context building to its end; the plugin observed 0 there), and times
// come from performance.now() rather than Date.now() (sub-millisecond resolution).
//
//   graphql_envelop_phase_{parse,validate,context,execute,subscribe}  {operationType}
//   graphql_yoga_http_duration                  {method, statusCode, operationType}
//   graphql_envelop_schema_change               (no labels)
//
// The operation type is that of the operation the request runs (by operationName, else the
// only one); "unknown" for the HTTP duration when there is none. A request whose document did
// not parse is timed in the parse histogram only (as before), and gets no HTTP duration.
import { Kind, type DocumentNode, type GraphQLSchema, type OperationTypeNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Histogram, type Registry } from 'prom-client';

/** The path of an absolute URL string, without parsing it into a URL object. */
export function pathnameOf(url: string): string {
  const scheme = url.indexOf('://');
  const start = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
  if (start < 0) return '/';
  let end = url.length;
  const q = url.indexOf('?', start);
  if (q >= 0) end = q;
  const h = url.indexOf('#', start);
  if (h >= 0 && h < end) end = h;
  return url.slice(start, end);
}

/** The type of the operation a request selects (by name, else the first), cached per document. */
const operationTypes = new WeakMap<DocumentNode, Map<string, OperationTypeNode | undefined>>();
function operationTypeOf(document: DocumentNode, operationName: string | null | undefined): OperationTypeNode | undefined {
  let byName = operationTypes.get(document);
  if (!byName) operationTypes.set(document, (byName = new Map<string, OperationTypeNode | undefined>()));
  const key = operationName ?? '';
  if (byName.has(key)) return byName.get(key);
  let type: OperationTypeNode | undefined;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName ? d.name?.value === operationName : true) {
      type = d.operation;
      break;
    }
  }
  byName.set(key, type);
  return type;
}

/** A histogram with one label set bound per operation type (prom-client validates labels once then). */
function byOperationType(histogram: Histogram<'operationType'>) {
  const bound = new Map<string, { observe(value: number): void }>();
  return (operationType: string | undefined, seconds: number) => {
    const key = operationType ?? 'undefined';
    let child = bound.get(key);
    if (!child) bound.set(key, (child = histogram.labels({ operationType: key })));
    child.observe(seconds);
  };
}

interface RequestRecord {
  /** performance.now() when the request arrived. */
  start: number;
  /** Set once its document parsed. */
  operationType?: string;
}

/** Hooks of other metrics, run from this plugin's own (one hook per phase for all of them). */
export type CounterHooks = Required<Pick<Plugin, 'onResultProcess' | 'onResponse'>>;

export function usePhaseMetrics(registry: Registry, endpoint = '/metrics', counters?: CounterHooks): Plugin {
  const http = new Histogram({
    name: 'graphql_yoga_http_duration',
    help: 'Time spent on HTTP connection',
    labelNames: ['method', 'statusCode', 'operationType'],
    registers: [registry],
  });
  const phase = (name: string, help: string) =>
    byOperationType(new Histogram({ name: `graphql_envelop_phase_${name}`, help, labelNames: ['operationType'], registers: [registry] }));
  const parsed = phase('parse', 'Time spent on running GraphQL "parse" function');
  const validated = phase('validate', 'Time spent on running GraphQL "validate" function');
  const contextBuilt = phase('context', 'Time spent on building the GraphQL context');
  const executed = phase('execute', 'Time spent on running the GraphQL "execute" function');
  const subscribed = phase('subscribe', 'Time spent on running the GraphQL "subscribe" function');
  const schemaChanges = new Counter({ name: 'graphql_envelop_schema_change', help: 'Counts the amount of schema changes', registers: [registry] });
  const countedSchemas = new WeakSet<GraphQLSchema>();

  /** Per request: its start, then its operation type. */
  const records = new WeakMap<Request, RequestRecord>();
  /** Per GraphQL context: the operation type its document selected (batched operations each have one). */
  const types = new WeakMap<object, string>();
  const seconds = (since: number) => (performance.now() - since) / 1000;

  return {
    onSchemaChange({ schema }) {
      const served = schema as GraphQLSchema;
      if (countedSchemas.has(served)) return;
      countedSchemas.add(served);
      schemaChanges.inc();
    },
    onRequest({ request, endResponse, fetchAPI }) {
      if (pathnameOf(request.url) === endpoint) {
        return registry.metrics().then((text) => endResponse(new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } })));
      }
      records.set(request, { start: performance.now() });
      return undefined;
    },
    onParse({ context }) {
      const start = performance.now();
      return ({ result }) => {
        const ok = result !== null && !(result instanceof Error);
        const type = ok ? operationTypeOf(result as DocumentNode, (context as { params?: { operationName?: string } }).params?.operationName ?? null) : undefined;
        parsed(type, seconds(start));
        if (!ok) return;
        types.set(context, type ?? 'undefined');
        const request = (context as { request?: Request }).request;
        const record = request && records.get(request);
        if (record) record.operationType = type ?? 'unknown';
      };
    },
    onValidate({ context }) {
      const type = types.get(context);
      if (type === undefined) return undefined;
      const start = performance.now();
      return () => validated(type, seconds(start));
    },
    onContextBuilding({ context }) {
      const type = types.get(context);
      if (type === undefined) return undefined;
      const start = performance.now();
      return () => contextBuilt(type, seconds(start));
    },
    onExecute({ args }) {
      const type = types.get(args.contextValue);
      if (type === undefined) return undefined;
      const start = performance.now();
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in (result as object)) return { onEnd: () => executed(type, seconds(start)) };
          executed(type, seconds(start));
          return undefined;
        },
      };
    },
    onSubscribe({ args }) {
      const type = types.get(args.contextValue);
      if (type === undefined) return undefined;
      const start = performance.now();
      return {
        onSubscribeResult({ result }) {
          if (Symbol.asyncIterator in (result as object)) return { onEnd: () => subscribed(type, seconds(start)) };
          subscribed(type, seconds(start));
          return undefined;
        },
      };
    },
    ...(counters ? { onResultProcess: counters.onResultProcess } : {}),
    onResponse(payload) {
      void counters?.onResponse(payload);
      const { request, response } = payload;
      const record = records.get(request);
      if (!record?.operationType) return;
      http.observe({ method: request.method, statusCode: response.status, operationType: record.operationType }, seconds(record.start));
    },
  };
}
