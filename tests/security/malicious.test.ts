// A corpus of hostile requests, sent over real HTTP: each gets its expected status and
// stable error code, leaks no internals, and (when refused before execution) runs no SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let http: Awaited<ReturnType<typeof startHttp>>;
let base: string;

const MAX_BODY = 100_000;

beforeAll(async () => {
  t = await startTestApp({
    seedSample: true,
    security: { adminToken: TEST_ADMIN_TOKEN, maxBodyBytes: MAX_BODY, maxBatch: 10, introspection: false, rateLimitPoints: 0 },
  });
  http = await startHttp(t);
  base = http.base;
});
afterAll(async () => {
  await http?.close();
  await t?.close();
});

const GQL = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

interface Case {
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  /** Expected extensions.code of the first error; null when the body is not GraphQL JSON. */
  code: string | null;
  /** Runs no SQL (refused before execution). Default true. */
  noSql?: boolean;
}

const post = (payload: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { ...GQL, ...headers }, body: JSON.stringify(payload) });

const nest = (depth: number) => {
  let q = 'code';
  for (let i = 0; i < depth; i++) q = `country { officials { edges { node { ${q} } } } }`;
  return `{ country(code: "FR") { officials { edges { node { ${q} } } } } }`;
};

const corpus: Case[] = [
  // Shape limits (GraphQL Armor)
  { name: 'deep nesting', ...post({ query: nest(6) }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: 'deep nesting through fragments',
    ...post({
      query: `{ country(code: "FR") { ...A } }
        fragment A on Country { officials { edges { node { country { ...B } } } } }
        fragment B on Country { officials { edges { node { country { ...C } } } } }
        fragment C on Country { officials { edges { node { country { officials { edges { node { name } } } } } } } }`,
    }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  { name: 'alias bomb (40 aliases)', ...post({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: country(code: "FR") { name }`).join(' ')} }` }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'alias bomb (5000 aliases, token limit)', ...post({ query: `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'directive flood', ...post({ query: `{ __typename ${'@include(if: true) '.repeat(40)} }` }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'token flood', ...post({ query: `{ ${'__typename '.repeat(3000)} }` }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  // Fragments
  { name: 'cyclic fragments', ...post({ query: '{ country(code: "FR") { ...A } } fragment A on Country { name ...B } fragment B on Country { code ...A }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'self-spreading fragment', ...post({ query: '{ country(code: "FR") { ...A } } fragment A on Country { ...A }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'unknown fragment', ...post({ query: '{ country(code: "FR") { ...Nope } }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  // Cost
  { name: 'huge first', ...post({ query: '{ countries(first: 1000000) { edges { node { code } } } }' }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'huge first in a variable', ...post({ query: 'query ($n: Int) { countries(first: $n) { edges { node { code name } } } }', variables: { n: 999999 } }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: 'nested connections multiply',
    ...post({ query: '{ countries(first: 100) { edges { node { officials(first: 100) { edges { node { name positions { title } } } } } } } }' }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  { name: 'first above the page cap', ...post({ query: '{ countries(first: 101) { edges { node { code } } } }' }), status: 200, code: 'BAD_USER_INPUT', noSql: false },
  { name: 'negative first', ...post({ query: '{ countries(first: -5) { edges { node { code } } } }' }), status: 200, code: 'BAD_USER_INPUT', noSql: false },
  // Size
  { name: 'oversized document', ...post({ query: `{ __typename } # ${'x'.repeat(MAX_BODY)}` }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'oversized variables', ...post({ query: 'query ($c: String!) { country(code: $c) { name } }', variables: { c: 'x'.repeat(MAX_BODY) } }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  // Types and shapes
  { name: 'wrong variable type', ...post({ query: 'query ($c: String!) { country(code: $c) { name } }', variables: { c: 123 } }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'missing required variable', ...post({ query: 'query ($c: String!) { country(code: $c) { name } }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'wrong literal argument type', ...post({ query: '{ country(code: 123) { name } }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'deeply nested object in a variable',
    ...post({ query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }', variables: { input: { url: JSON.parse('{"a":'.repeat(2000) + '1' + '}'.repeat(2000)) } } }, { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'unknown field (no suggestions)', ...post({ query: '{ countrie(code: "FR") { name } }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'introspection when disabled', ...post({ query: '{ __schema { types { name } } }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'syntax error', ...post({ query: '{ country(code: "FR" { name }' }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'NUL bytes in the document', ...post({ query: '{ country\u0000(code: "FR") { name } }' }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'no query', ...post({}), status: 400, code: null },
  { name: 'query is not a string', ...post({ query: 42 }), status: 400, code: null },
  { name: 'variables not an object', ...post({ query: '{ __typename }', variables: 'x' }), status: 400, code: null },
  { name: 'unknown operation name', ...post({ query: 'query A { __typename }', operationName: 'B' }), status: 400, code: null },
  // Transport
  { name: 'malformed JSON', method: 'POST', headers: GQL, body: '{"query": ', status: 400, code: null },
  { name: 'JSON that is not an object', method: 'POST', headers: GQL, body: '"{ __typename }"', status: 400, code: null },
  { name: 'batch flood (50 operations)', method: 'POST', headers: GQL, body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ __typename }' }))), status: 413, code: null },
  { name: 'text/plain (CSRF)', method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }), status: 403, code: null },
  {
    name: 'form-encoded mutation (CSRF)',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `query=${encodeURIComponent('mutation { ingestArticle(input: {url: "https://x.example/a", text: "Hello"}) { created } }')}`,
    status: 403,
    code: null,
  },
  { name: 'multipart (CSRF)', method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--', status: 403, code: null },
  { name: 'unsupported content type', method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query/>', status: 415, code: null },
  { name: 'mutation over GET', method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { revokeApiKey(id: "1") { id } }')}`, headers: { accept: 'application/graphql-response+json' }, status: 405, code: null },
  // Authentication
  { name: 'mutation without a key', ...post({ query: 'mutation { createApiKey(input: {name: "x", scopes: [ADMIN]}) { token } }' }), status: 200, code: 'UNAUTHENTICATED' },
  { name: 'made-up bearer token', ...post({ query: '{ __typename }' }, { authorization: 'Bearer ngk_thisIsNotARealTokenAtAll0000' }), status: 401, code: 'UNAUTHENTICATED' },
  // Shaped like a real token: one indexed look-up (then cached), no more.
  { name: 'unknown well-formed token', ...post({ query: '{ __typename }' }, { authorization: `Bearer ngk_${'A'.repeat(43)}` }), status: 401, code: 'UNAUTHENTICATED', noSql: false },
  { name: 'malformed Authorization header', ...post({ query: '{ __typename }' }, { authorization: 'Basic dXNlcjpwYXNz' }), status: 401, code: 'UNAUTHENTICATED' },
];

describe('malicious request corpus', () => {
  it('has at least 30 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus)('$name → $status $code', async (c) => {
    const { result: res, sql } = await t.statements(async () => {
      const r = await fetch(`${base}${c.path ?? '/graphql'}`, { method: c.method ?? 'GET', headers: c.headers, body: c.body });
      return { status: r.status, text: await r.text() };
    });
    expect(res.status, res.text.slice(0, 300)).toBe(c.status);
    expect(res.text).not.toMatch(/at .*\.(ts|js):\d+|prisma|PGlite|node_modules|Did you mean/i);
    if (c.code !== null) {
      const body = JSON.parse(res.text) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe(c.code);
    }
    if (c.noSql !== false) expect(sql).toEqual([]);
  });

  it('cuts off a chunked body that grows past the limit', async () => {
    const chunk = new TextEncoder().encode(`{"query":"{ __typename }","x":"${'y'.repeat(20_000)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY * 3) {
          controller.close();
          return;
        }
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const outcome = await fetch(`${base}/graphql`, { method: 'POST', headers: GQL, body, duplex: 'half' } as RequestInit).then(
      (r) => r.status,
      () => 'connection closed',
    );
    expect(outcome === 'connection closed' || (typeof outcome === 'number' && outcome >= 400)).toBe(true);
    // The server is still fine.
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('still answers well-formed requests, batched ones included', async () => {
    const one = await fetch(`${base}/graphql`, { method: 'POST', headers: GQL, body: JSON.stringify({ query: '{ country(code: "FR") { name } }' }) });
    expect(one.status).toBe(200);
    const batch = await fetch(`${base}/graphql`, { method: 'POST', headers: GQL, body: JSON.stringify([{ query: '{ country(code: "FR") { name } }' }, { query: '{ country(code: "DE") { name } }' }]) });
    expect(batch.status).toBe(200);
    expect(await batch.json()).toMatchObject([{ data: { country: { name: 'France' } } }, { data: { country: { name: 'Germany' } } }]);
  });
});
