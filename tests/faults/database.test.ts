// Database faults against the real PostgreSQL, through a TCP proxy the test controls:
// down at start, down mid-request, blackholed, restarted. Requests fail fast with
// SERVICE_UNAVAILABLE, /ready says so, nothing half-written, and the service recovers by
// itself. PostgreSQL only (DATABASE_URL=postgres://...): the embedded PGlite runs
// in-process, with no connection to cut, so these tests are skipped there.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server.ts';
import { createServerDatabase, testConfig, usingPostgres } from '../helpers/db.ts';
import { TEST_ADMIN_TOKEN } from '../helpers/app.ts';
import { TcpProxy } from '../helpers/tcp-proxy.ts';
import { uid } from '../helpers/factory.ts';

describe.skipIf(!usingPostgres)('database faults (PostgreSQL only; skipped on PGlite)', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof createServerDatabase>>;
  let proxy: TcpProxy;
  let app: App | undefined;

  beforeAll(async () => {
    server = await createServerDatabase();
    const real = new URL(server.url);
    proxy = await TcpProxy.start({ host: real.hostname, port: Number(real.port || 5432) });
  });
  afterEach(async () => {
    proxy.setMode('forward');
    await app?.close().catch(() => undefined);
    app = undefined;
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.drop();
  });

  async function start(responseCache = false): Promise<App> {
    const url = new URL(server.url);
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    const base = testConfig({ kind: 'postgres', url: url.toString() });
    app = await createApp({
      ...base,
      dbConnectTimeoutMs: 1_000,
      dbStatementTimeoutMs: 1_500,
      dbPoolMax: 3,
      security: { ...base.security, adminToken: TEST_ADMIN_TOKEN, rateLimitPoints: 0 },
      // Every request must reach the database here, unless a test is about cached answers.
      responseCache,
    });
    return app;
  }

  const ready = async (a: App) => (await a.yoga.fetch('http://localhost/ready')).status;
  async function gql(a: App, query: string, variables?: unknown, token?: string) {
    const res = await a.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: res.status, ...body, code: body.errors?.[0]?.extensions?.code };
  }
  const FRANCE = '{ country(code: "FR") { name } }';

  /** Polls until the service answers again; bounded. */
  async function recovered(a: App): Promise<void> {
    for (let i = 0; i < 60; i++) {
      if ((await ready(a)) === 200) {
        const r = await gql(a, FRANCE);
        if (r.data?.country) return;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('the service did not recover within 30 s');
  }

  function expectUnavailable(r: { code?: string; errors?: { message: string }[] }) {
    expect(r.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(r.errors)).not.toMatch(/ECONN|pool|timeout exceeded|at .*:\d+/i);
  }

  it('with the response cache: cached answers survive a blackholed database, the rest fail cleanly, nothing crashes', async () => {
    const a = await start(true);
    const meta = (r: unknown) => (r as { extensions?: { responseCache?: { hit?: boolean } } }).extensions?.responseCache;
    // Cached once the cache has learned the data version (it LISTENs for it).
    for (let i = 0; i < 600 && meta(await gql(a, FRANCE))?.hit !== true; i++) await new Promise((r) => setTimeout(r, 50));
    proxy.setMode('blackhole');
    const cached = await gql(a, FRANCE);
    expect(cached.data).toEqual({ country: { name: 'France' } });
    expect(meta(cached)?.hit).toBe(true);
    expectUnavailable(await gql(a, '{ country(code: "IT") { name } }'));
    proxy.setMode('refuse'); // resets every connection, the listening one included
    expectUnavailable(await gql(a, '{ country(code: "ES") { name } }'));
    proxy.setMode('forward');
    await recovered(a);
    expect((await gql(a, '{ country(code: "ES") { name } }')).data).toEqual({ country: { name: 'Spain' } });
  });

  it('starts with the database down, serves SERVICE_UNAVAILABLE, then finishes starting by itself', async () => {
    proxy.setMode('refuse');
    const a = await start(); // does not throw
    expect(await ready(a)).toBe(503);
    const r = await gql(a, FRANCE);
    expect(r.status).toBe(503);
    expectUnavailable(r);
    expect((await a.yoga.fetch('http://localhost/health')).status).toBe(200);
    proxy.setMode('forward');
    await recovered(a);
    expect((await gql(a, FRANCE)).data).toEqual({ country: { name: 'France' } });
  });

  it('fails an in-flight request cleanly when the database goes away mid-request, and recovers', async () => {
    const a = await start();
    expect((await gql(a, FRANCE)).data).toEqual({ country: { name: 'France' } });
    proxy.setMode('blackhole');
    const inflight = gql(a, '{ countries(first: 50) { totalCount edges { node { code name } } } }');
    await new Promise((r) => setTimeout(r, 200));
    proxy.setMode('refuse'); // connections reset under the request
    expectUnavailable(await inflight);
    expect(await ready(a)).toBe(503);
    expectUnavailable(await gql(a, FRANCE));
    proxy.setMode('forward');
    await recovered(a);
  });

  it('fails fast when the database is blackholed (accepts, never answers), and recovers', async () => {
    const a = await start();
    expect((await gql(a, FRANCE)).data).toEqual({ country: { name: 'France' } });
    proxy.setMode('blackhole');
    expectUnavailable(await gql(a, '{ country(code: "DE") { name officials { totalCount } } }'));
    expect(await ready(a)).toBe(503);
    proxy.setMode('forward');
    await recovered(a);
  });

  it('rides through a database restart: every error is SERVICE_UNAVAILABLE, then all succeed', async () => {
    const a = await start();
    const warm = await Promise.all(Array.from({ length: 3 }, () => gql(a, FRANCE)));
    expect(warm.every((r) => r.data?.country)).toBe(true);
    proxy.resetAll(); // the server closed every connection
    const after: string[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await gql(a, FRANCE);
      after.push(r.data?.country ? 'ok' : String(r.code));
      if (r.data?.country && after.slice(-3).every((x) => x === 'ok')) break;
    }
    expect(after.filter((x) => x !== 'ok').every((x) => x === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(after.slice(-3)).toEqual(['ok', 'ok', 'ok']);
  });

  it('writes nothing when the database fails during an ingest; the retry stores it once', async () => {
    const a = await start();
    const url = `https://faults.example/${uid()}`;
    const input = { url, text: `Talks ${uid()}\n\nFrance and Germany held talks in Berlin on Monday, officials said.` };
    const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { url } } }';
    proxy.setMode('blackhole');
    expectUnavailable(await gql(a, INGEST, { input }, TEST_ADMIN_TOKEN));
    proxy.setMode('forward');
    await recovered(a);
    expect(await a.db.prisma.article.count({ where: { url } })).toBe(0);
    const ok = await gql(a, INGEST, { input }, TEST_ADMIN_TOKEN);
    expect(ok.errors).toBeUndefined();
    expect(await a.db.prisma.article.count({ where: { url } })).toBe(1);
  });
});
