// OpenTelemetry tracing, end to end: the app sends OTLP/HTTP JSON to a small collector
// started here, and the spans it received are checked. Off by default: then nothing is sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { loadTracingConfig } from '../../src/config/tracing.ts';
import { publishIngested } from '../../src/services/pubsub.ts';
import { subscribeSse, untilReceived } from '../analyst/sse.ts';
import { startHttp, startTestApp } from '../helpers/app.ts';
import { storeFake } from '../helpers/factory.ts';

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  status?: { code?: number };
  attributes?: { key: string; value: OtlpValue }[];
}
interface ReceivedSpan extends OtlpSpan {
  service: string | undefined;
  attr: Record<string, string | number | boolean | undefined>;
}

const SPAN_KIND = { INTERNAL: 1, SERVER: 2, CLIENT: 3 };
const STATUS_ERROR = 2;

/** An OTLP/HTTP collector that keeps what it is sent to /v1/traces. */
class Collector {
  readonly requests: { path: string; contentType: string | undefined }[] = [];
  readonly spans: ReceivedSpan[] = [];
  private server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      this.requests.push({ path: req.url ?? '', contentType: req.headers['content-type'] });
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      const payload = JSON.parse(body.toString('utf8')) as {
        resourceSpans?: { resource?: { attributes?: { key: string; value: OtlpValue }[] }; scopeSpans?: { spans?: OtlpSpan[] }[] }[];
      };
      for (const rs of payload.resourceSpans ?? []) {
        const service = rs.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue;
        for (const ss of rs.scopeSpans ?? []) {
          for (const span of ss.spans ?? []) {
            const attr = Object.fromEntries(
              (span.attributes ?? []).map((a) => [a.key, a.value.stringValue ?? (a.value.intValue !== undefined ? Number(a.value.intValue) : a.value.boolValue)]),
            );
            this.spans.push({ ...span, service, attr });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const COUNTRIES = 'query CountryNames { countries(first: 3) { edges { node { code name } } } }';
const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const CALLER_SPAN = 'b7ad6b7169203331';

async function post(base: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

let collector: Collector;
let endpoint: string;
beforeAll(async () => {
  collector = new Collector();
  endpoint = await collector.start();
});
afterAll(() => collector?.close());

describe('tracing on (OTEL_EXPORTER_OTLP_ENDPOINT set)', () => {
  let spans: ReceivedSpan[];
  beforeAll(async () => {
    const tracing = loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'newsgraph-test' });
    expect(tracing).toEqual({ url: `${endpoint}/v1/traces`, serviceName: 'newsgraph-test', sql: true });
    const t = await startTestApp({ tracing });
    const http = await startHttp(t);
    try {
      const ok = await post(http.base, COUNTRIES, { 'x-request-id': 'trace-req-1', traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` });
      expect(ok.status).toBe(200);
      const failed = await post(http.base, 'query TooLong { countries(first: 101) { edges { node { code } } } }', { 'x-request-id': 'trace-req-2' });
      expect(failed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await http.close();
      // Closing the app flushes the batched spans to the collector.
      await t.close();
    }
    spans = [...collector.spans];
  });

  const requestSpan = (id: string) => spans.find((s) => s.kind === SPAN_KIND.SERVER && s.attr['newsgraph.request_id'] === id);

  it('sends OTLP/HTTP JSON to /v1/traces, with the service name', () => {
    expect(collector.requests.length).toBeGreaterThan(0);
    expect(collector.requests.every((r) => r.path === '/v1/traces' && r.contentType?.startsWith('application/json'))).toBe(true);
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(['newsgraph-test']));
  });

  it('makes a SERVER span per request with the request ID, continuing the caller trace', () => {
    const root = requestSpan('trace-req-1');
    expect(root).toBeDefined();
    expect(root!.name).toBe('POST /graphql');
    expect(root!.traceId).toBe(TRACE_ID);
    expect(root!.parentSpanId).toBe(CALLER_SPAN);
    expect(root!.attr['http.response.status_code']).toBe(200);
    expect(root!.attr['http.request.method']).toBe('POST');
  });

  it('has parse, validate and operation spans under the request span', () => {
    const root = requestSpan('trace-req-1')!;
    const children = spans.filter((s) => s.parentSpanId === root.spanId);
    expect(children.map((s) => s.name).sort()).toEqual(['graphql.parse', 'graphql.validate', 'query.CountryNames']);
    const op = children.find((s) => s.name === 'query.CountryNames')!;
    expect(op.traceId).toBe(TRACE_ID);
    expect(op.attr['graphql.execute.operationName']).toBe('CountryNames');
    expect(op.attr['graphql.execute.operationType']).toBe('query');
    expect(op.attr['newsgraph.request_id']).toBe('trace-req-1');
    expect(op.status?.code ?? 0).not.toBe(STATUS_ERROR);
  });

  it('has one CLIENT span per SQL statement under the operation span', () => {
    const root = requestSpan('trace-req-1')!;
    const op = spans.find((s) => s.parentSpanId === root.spanId && s.name === 'query.CountryNames')!;
    const sql = spans.filter((s) => s.parentSpanId === op.spanId);
    expect(sql.length).toBeGreaterThan(0);
    for (const s of sql) {
      expect(s.kind).toBe(SPAN_KIND.CLIENT);
      expect(s.attr['db.system.name']).toBe('postgresql');
      expect(s.name).toBe(s.attr['db.operation.name']);
    }
    expect(sql.some((s) => s.name === 'SELECT' && String(s.attr['db.query.text']).includes('"Country"'))).toBe(true);
  });

  it('marks the operation span of a failed operation as an error, in a trace of its own', () => {
    const root = requestSpan('trace-req-2')!;
    expect(root).toBeDefined();
    expect(root.traceId).not.toBe(TRACE_ID);
    expect(root.parentSpanId ?? '').toBe('');
    const op = spans.find((s) => s.parentSpanId === root.spanId && s.name === 'query.TooLong')!;
    expect(op.status?.code).toBe(STATUS_ERROR);
    expect(op.attr['newsgraph.request_id']).toBe('trace-req-2');
  });
});

describe('tracing a subscription', () => {
  it('has a span from its start to the end of its stream, with the request ID', async () => {
    // Spans are sent every 50 ms here (the default is 5 s, and on close), so the end of the
    // stream can be seen while the app runs.
    const saved = process.env.OTEL_BSP_SCHEDULE_DELAY;
    process.env.OTEL_BSP_SCHEDULE_DELAY = '50';
    const t = await startTestApp({ tracing: loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint }) }).finally(() => {
      if (saved === undefined) delete process.env.OTEL_BSP_SCHEDULE_DELAY;
      else process.env.OTEL_BSP_SCHEDULE_DELAY = saved;
    });
    const http = await startHttp(t);
    try {
      const sub = await subscribeSse<{ articleIngested: { title: string } }>(
        (u, i) => fetch(u, { ...i, headers: { ...(i.headers as Record<string, string>), 'x-request-id': 'trace-sub' } }),
        `${http.base}/graphql`,
        'subscription Articles { articleIngested { title } }',
      );
      try {
        const stored = await storeFake(t.app.db.prisma, { countries: ['CZ', 'SK'] });
        const first = await untilReceived(sub, () => publishIngested(t.app.pubsub, { articleId: stored.articleId, eventIds: [] }));
        expect(first.data!.articleIngested.title).toMatch(/^Article /);
        expect(collector.spans.some((s) => s.name === 'subscription.Articles')).toBe(false);
      } finally {
        sub.close();
      }
      let op: ReceivedSpan | undefined;
      for (let i = 0; i < 100 && !op; i++) {
        await new Promise((r) => setTimeout(r, 100));
        op = collector.spans.find((s) => s.name === 'subscription.Articles');
      }
      expect(op, 'the subscription span within 10 s of the client leaving').toBeDefined();
      expect(op!.attr['graphql.execute.operationType']).toBe('subscription');
      expect(op!.attr['newsgraph.request_id']).toBe('trace-sub');
      const root = collector.spans.find((s) => s.spanId === op!.parentSpanId)!;
      expect(root).toMatchObject({ name: 'POST /graphql', kind: SPAN_KIND.SERVER });
      expect(root.attr['newsgraph.request_id']).toBe('trace-sub');
    } finally {
      await http.close();
      await t.close();
    }
  });
});

describe('tracing without SQL spans (TRACING_SQL=false)', () => {
  it('still traces operations, but no statements', async () => {
    const before = collector.spans.length;
    const tracing = loadTracingConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${endpoint}/v1/traces`, TRACING_SQL: 'false' });
    expect(tracing).toMatchObject({ url: `${endpoint}/v1/traces`, sql: false, serviceName: 'newsgraph' });
    const t = await startTestApp({ tracing });
    try {
      expect((await t.gql(COUNTRIES, undefined, { 'x-request-id': 'trace-nosql' })).errors).toBeUndefined();
    } finally {
      await t.close();
    }
    const spans = collector.spans.slice(before);
    const root = spans.find((s) => s.attr['newsgraph.request_id'] === 'trace-nosql' && s.kind === SPAN_KIND.SERVER)!;
    expect(root).toBeDefined();
    expect(spans.filter((s) => s.traceId === root.traceId).map((s) => s.name).sort()).toEqual([
      'POST /graphql',
      'graphql.parse',
      'graphql.validate',
      'query.CountryNames',
    ]);
    expect(spans.some((s) => s.kind === SPAN_KIND.CLIENT)).toBe(false);
  });
});

describe('tracing off', () => {
  it('sends nothing when OTEL_TRACES_EXPORTER=none, even with an endpoint', async () => {
    const before = collector.requests.length;
    const config = loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_TRACES_EXPORTER: 'none' });
    expect(config.tracing).toBeNull();
    const t = await startTestApp({ tracing: config.tracing });
    try {
      expect((await t.gql(COUNTRIES)).errors).toBeUndefined();
    } finally {
      await t.app.close();
      await t.close();
    }
    // The batch processor would have sent within its 5 s delay, and on close at the latest.
    await new Promise((r) => setTimeout(r, 500));
    expect(collector.requests.length).toBe(before);
  });
});

describe('tracing configuration', () => {
  it('is off unless an OTLP endpoint or OTEL_TRACES_EXPORTER=otlp is given', () => {
    expect(loadTracingConfig({})).toBeNull();
    expect(loadConfig({}).tracing).toBeNull();
    expect(loadTracingConfig({ OTEL_TRACES_EXPORTER: 'otlp' })).toEqual({ url: 'http://localhost:4318/v1/traces', serviceName: 'newsgraph', sql: true });
    expect(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example:4318/' })?.url).toBe('https://otel.example:4318/v1/traces');
    expect(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/custom' })?.url).toBe('http://b:4318/custom');
    expect(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_TRACES_EXPORTER: 'none' })).toBeNull();
    expect(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_SDK_DISABLED: 'true' })).toBeNull();
    expect(loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })?.url).toBe('http://a:4318/v1/traces');
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', TRACING_SQL: 'off' }).tracing).toMatchObject({ sql: false });
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(ConfigError);
    expect(() => loadTracingConfig({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/OTEL_TRACES_EXPORTER: expected otlp or none/);
    expect(() => loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => loadTracingConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector:4317' })).toThrow(/OTEL_EXPORTER_OTLP_TRACES_ENDPOINT/);
    expect(() => loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL: only http\/json/);
    expect(() => loadTracingConfig({ TRACING_SQL: 'perhaps' })).toThrow(/TRACING_SQL/);
  });
});
