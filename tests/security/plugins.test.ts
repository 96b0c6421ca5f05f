// Each request-path plugin alone, on a Yoga server with a small schema served over real HTTP:
// what it refuses, what it lets through, and what the client sees. (The whole path, with the
// Newsgraph schema and database, is covered by the other files here.)
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthenticate } from '../../src/security/authenticate.ts';
import { useBodyLimit } from '../../src/security/plugins/body-limit.ts';
import { useCostLimit } from '../../src/security/plugins/cost-limit.ts';
import { useCsrfPrevention } from '../../src/security/plugins/csrf.ts';
import { Deadlines, QuerySignal, useQueryDeadline } from '../../src/security/plugins/deadline.ts';
import { useDocumentSizeLimit } from '../../src/security/plugins/document-size.ts';
import { useSecurityHeaders } from '../../src/security/plugins/headers.ts';
import { useIntrospectionSwitch } from '../../src/security/plugins/introspection.ts';
import { useRateLimit } from '../../src/security/plugins/rate-limit.ts';
import { useShapeLimits } from '../../src/security/plugins/shape-limits.ts';
import { useTrustedDocuments } from '../../src/security/plugins/trusted-documents.ts';
import { MemoryRateLimiter } from '../../src/security/rate-limit.ts';
import { anonymous, KeyResolver } from '../../src/services/auth.ts';

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Item {
      name: String!
      children: [Item!]!
    }
    type Query {
      hello: String!
      items(first: Int): [Item!]!
      slow: Item!
    }
  `,
  resolvers: {
    Query: {
      hello: () => 'world',
      items: (_: unknown, args: { first?: number }) => Array.from({ length: Math.min(args.first ?? 3, 3) }, (_v, i) => ({ name: `item ${i}` })),
      slow: async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { name: 'late' };
      },
    },
    Item: {
      children: (item: { name: string }) => {
        resolved.push(item.name);
        return [];
      },
    },
  },
});
/** Item names whose `children` ran: shows whether execution went on. */
const resolved: string[] = [];

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  resolved.length = 0;
});

/** A Yoga server with only these plugins, listening on a free port; its /graphql URL. */
async function serve(plugins: Plugin[], context?: () => object): Promise<string> {
  const yoga = createYoga({ schema, plugins, logging: false, graphiql: false, ...(context ? { context } : {}) });
  const server = createServer((req, res) => void yoga(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> } };
}
const codes = (r: Awaited<ReturnType<typeof post>>) => r.body.errors?.map((e) => e.extensions?.code) ?? [];

describe('useSecurityHeaders', () => {
  it('sets nosniff, no framing and no referrer on answers and errors', async () => {
    const url = await serve([useSecurityHeaders()]);
    for (const r of [await post(url, { query: '{ hello }' }), await post(url, { query: '{ nope }' })]) {
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('useBodyLimit', () => {
  it('refuses a declared length over the cap with 413, and cuts a chunked body off', async () => {
    const url = await serve([useBodyLimit(200)]);
    expect((await post(url, { query: '{ hello }' })).body.data).toEqual({ hello: 'world' });
    const big = await post(url, { query: '{ hello }', variables: { pad: 'x'.repeat(300) } });
    expect(big.status).toBe(413);
    expect(codes(big)).toEqual(['PAYLOAD_TOO_LARGE']);

    // No content-length: the connection is dropped once 200 bytes went by.
    const outcome = await new Promise<string>((resolve) => {
      const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(`answered ${res.statusCode}`));
      });
      req.on('error', () => resolve('cut off'));
      req.write(`{"query":"{ hello }","variables":{"pad":"${'x'.repeat(300)}`);
      setTimeout(() => req.end('"}}'), 100);
    });
    expect(outcome).toBe('cut off');
  });
});

describe('useDocumentSizeLimit', () => {
  it('refuses a long document before parsing, with 413 DOCUMENT_TOO_LARGE; large variables pass', async () => {
    const url = await serve([useDocumentSizeLimit(100)]);
    const long = await post(url, { query: `{ hello ${' '.repeat(200)}}` });
    expect(long.status).toBe(413);
    expect(codes(long)).toEqual(['DOCUMENT_TOO_LARGE']);
    const small = await post(url, { query: '{ hello }', variables: { pad: 'x'.repeat(500) } });
    expect(small.body.data).toEqual({ hello: 'world' });
  });
});

describe('useCsrfPrevention', () => {
  it('refuses a form-like POST without a custom header, lets GET and JSON-with-header through', async () => {
    const url = await serve([useCsrfPrevention()]);
    const form = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B%20hello%20%7D' });
    expect(form.status).toBe(403);
    const json = await post(url, { query: '{ hello }' }, { 'x-graphql-yoga-csrf': '1' });
    expect(json.body.data).toEqual({ hello: 'world' });
    const get = await fetch(`${url}?query=${encodeURIComponent('{ hello }')}`, { headers: { accept: 'application/json' } });
    expect(await get.json()).toEqual({ data: { hello: 'world' } });
  });
});

describe('useTrustedDocuments', () => {
  it('runs a listed document by its hash and refuses others', async () => {
    const doc = '{ hello }';
    const hash = createHash('sha256').update(doc).digest('hex');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'h17-trusted-')), 'documents.json');
    writeFileSync(file, JSON.stringify({ [hash]: doc }));
    const url = await serve([useTrustedDocuments(file)]);
    const known = await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(known.body.data).toEqual({ hello: 'world' });
    const unknown = await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(codes(await post(url, { query: doc }))).toEqual(['PERSISTED_QUERY_ONLY']);
  });
});

describe('useShapeLimits', () => {
  it('refuses a document deeper than MAX_DEPTH with QUERY_TOO_COMPLEX, and runs nothing', async () => {
    const url = await serve([useShapeLimits({ maxDepth: 2, maxAliases: 5, maxDirectives: 5, maxTokens: 500 })]);
    expect((await post(url, { query: '{ items { name } }' })).body.data?.items).toHaveLength(3);
    const deep = await post(url, { query: '{ items { children { children { name } } } }' });
    expect(codes(deep)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(resolved).toEqual([]);
  });
});

describe('useIntrospectionSwitch', () => {
  it('answers __schema when allowed and refuses it when not', async () => {
    const on = await serve([useIntrospectionSwitch(true)]);
    expect((await post(on, { query: '{ __schema { queryType { name } } }' })).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const off = await serve([useIntrospectionSwitch(false)]);
    const refused = await post(off, { query: '{ __schema { queryType { name } } }' });
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await post(off, { query: '{ hello }' })).body.data).toEqual({ hello: 'world' });
  });
});

describe('useCostLimit', () => {
  it('reports the cost, and refuses an operation over MAX_COST before it runs', async () => {
    const url = await serve([useCostLimit({ maxCost: 50, maxListItems: 10 })]);
    const cheap = await post(url, { query: '{ items(first: 2) { name } }' });
    expect(cheap.body.data?.items).toHaveLength(2);
    expect(cheap.body.extensions?.cost).toMatchObject({ maximum: 50 });
    expect((cheap.body.extensions?.cost as { requested: unknown }).requested).toBeGreaterThan(0);
    const dear = await post(url, { query: '{ items { children { children { name } } } }' });
    expect(codes(dear)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(dear.body.errors?.[0]?.message).toMatch(/exceeds the maximum of 50/);
    expect(resolved).toEqual([]);
  });

  it('follows the variables for one parsed document: its cost is kept per page size, never reused for another', async () => {
    const url = await serve([useCostLimit({ maxCost: 50, maxListItems: 10 })]);
    const query = 'query ($n: Int) { items(first: $n) { children { name } } }';
    const cost = async (n: number) => {
      const res = await post(url, { query, variables: { n } });
      return res.body.errors ? codes(res) : (res.body.extensions?.cost as { requested: number }).requested;
    };
    // 1 for items, then n x (1 for each item's children, 10 x 0 below them)
    expect(await cost(2)).toBe(3);
    expect(await cost(4)).toBe(5);
    expect(await cost(2)).toBe(3);
    expect(await cost(60)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(await cost(4)).toBe(5);
    expect(await cost(0)).toBe(1);
  });
});

describe('useRateLimit', () => {
  it('charges each operation to its client and answers 429 with retry-after once the budget is spent', async () => {
    const limiter = new MemoryRateLimiter(2, 2 ** 40);
    const keys = new KeyResolver(() => {
      throw new Error('no key look-up for anonymous callers');
    }, null);
    const url = await serve(
      [useCostLimit({ maxCost: 100, maxListItems: 10 }), useRateLimit({ limiter, windowMs: 60_000, maxCost: 100, keys, requireReadKey: false })],
      () => ({ auth: anonymous(false, '192.0.2.7') }),
    );
    const first = await post(url, { query: '{ items(first: 2) { name } }' }); // costs 1
    expect(first.body.extensions?.cost).toEqual({ requested: 1, maximum: 100 });
    expect(first.body.extensions?.rateLimit).toMatchObject({ limit: 2, remaining: 1 });
    expect((await post(url, { query: '{ hello }' })).body.extensions?.rateLimit).toMatchObject({ remaining: 0 });
    const second = await post(url, { query: '{ items(first: 2) { name } }' });
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(codes(second)).toEqual(['RATE_LIMITED']);
    expect(second.body.data).toBeUndefined();
  });
});

describe('useQueryDeadline', () => {
  it('stops a query past REQUEST_TIMEOUT_MS: no field resolves after it', async () => {
    const url = await serve([useQueryDeadline(50)]);
    const r = await post(url, { query: '{ slow { name children { name } } }' });
    expect(codes(r)).toContain('REQUEST_TIMEOUT');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(resolved).toEqual([]);
    const quick = await post(url, { query: '{ hello }' });
    expect(quick.body.data).toEqual({ hello: 'world' });
  });

  it('stops each of several overlapping queries at its own deadline (one timer), and none that finished', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const deadlines = new Deadlines(100, () => new Error('late'));
      const first = new QuerySignal();
      deadlines.add(first);
      vi.advanceTimersByTime(50);
      const second = new QuerySignal();
      const heard: unknown[] = [];
      second.addEventListener('abort', () => heard.push(second.reason));
      deadlines.add(second);
      const finished = new QuerySignal();
      deadlines.add(finished)(); // done in time: no longer watched
      vi.advanceTimersByTime(51);
      expect([first.aborted, second.aborted, finished.aborted]).toEqual([true, false, false]);
      expect(() => first.throwIfAborted()).toThrow('late');
      vi.advanceTimersByTime(50);
      expect([second.aborted, finished.aborted]).toEqual([true, false]);
      expect(heard).toHaveLength(1);
      second.abort(new Error('again')); // a signal aborts once
      expect(heard).toHaveLength(1);
      expect((second.reason as Error).message).toBe('late');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createAuthenticate', () => {
  const keys = new KeyResolver(() => {
    throw new Error('no key look-up expected');
  }, null);
  const security = { requireReadKey: false, trustProxy: false, authFailureLimit: 0, authFailureWindowMs: 60_000 };

  it('fails with SERVICE_UNAVAILABLE (503, retry-after) until start-up is done', async () => {
    const authenticate = createAuthenticate({ security, keys, ready: () => false });
    await expect(authenticate(new Request('http://localhost/graphql'), undefined)).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '2' } } },
    });
  });

  it('makes a caller without a token anonymous, with the read scope while reads are public', async () => {
    const authenticate = createAuthenticate({ security, keys, ready: () => true });
    const auth = await authenticate(new Request('http://localhost/graphql'), undefined);
    expect(auth).toMatchObject({ kind: 'anonymous', keyId: null });
    expect([...auth.scopes]).toEqual(['READ']);
    const closed = createAuthenticate({ security: { ...security, requireReadKey: true }, keys, ready: () => true });
    expect([...(await closed(new Request('http://localhost/graphql'), undefined)).scopes]).toEqual([]);
  });
});
