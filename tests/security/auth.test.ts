// API keys and scopes: who may read, write and manage keys; tokens shown once, stored hashed.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/index.ts';
import { forgetCachedKeys, hashToken } from '../../src/services/auth.ts';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';
import { createServerDatabase, testConfig, usingPostgres } from '../helpers/db.ts';
import { uid } from '../helpers/factory.ts';

const run = promisify(execFile);
const NO_AUTH = { authorization: '' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const CREATE = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id name prefix scopes revokedAt } } }`;
const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { url } } }`;
type Created = { createApiKey: { token: string; apiKey: { id: string; name: string; prefix: string; scopes: string[]; revokedAt: string | null } } };

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN, seedSample: true });
});
afterAll(() => t?.close());

async function createKey(scopes: string[], name = `key-${uid()}`) {
  const r = await t.gql<Created>(CREATE, { input: { name, scopes } });
  expect(r.errors).toBeUndefined();
  return r.data!.createApiKey;
}

const article = () => ({ url: `https://auth.example/${uid()}`, text: `Headline ${uid()}\n\nFrance and Germany held talks in Berlin on Monday.` });

describe('API keys', () => {
  it('refuses mutations without a key and stores nothing', async () => {
    const before = await t.test.db.prisma.article.count();
    const r = await t.gql(INGEST, { input: article() }, NO_AUTH);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
    const k = await t.gql(CREATE, { input: { name: 'x', scopes: ['ADMIN'] } }, NO_AUTH);
    expect(k.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.test.db.prisma.article.count()).toBe(before);
    expect(await t.test.db.prisma.apiKey.count({ where: { name: 'x' } })).toBe(0);
  });

  it('creates a key whose token is shown once and stored only as a hash', async () => {
    const created = await createKey(['WRITE'], 'ingest-bot');
    expect(created.token).toMatch(/^ngk_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({ name: 'ingest-bot', scopes: ['WRITE'], revokedAt: null });
    expect(created.token.startsWith(created.apiKey.prefix)).toBe(true);
    const row = await t.test.db.prisma.apiKey.findUniqueOrThrow({ where: { id: Number(created.apiKey.id) } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    // Listing shows the key, never a token.
    const list = await t.gql<{ apiKeys: { id: string; name: string }[] }>('{ apiKeys { id name prefix scopes } }');
    expect(list.data!.apiKeys.map((k) => k.id)).toContain(created.apiKey.id);
    expect(JSON.stringify(list)).not.toContain(created.token);
  });

  it('enforces scopes: write ingests, read reads, only admin manages keys', async () => {
    const writer = await createKey(['WRITE']);
    const reader = await createKey(['READ']);
    const ok = await t.gql<{ ingestArticle: { created: boolean } }>(INGEST, { input: article() }, bearer(writer.token));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.ingestArticle.created).toBe(true);

    const before = await t.test.db.prisma.article.count();
    const denied = await t.gql(INGEST, { input: article() }, bearer(reader.token));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.test.db.prisma.article.count()).toBe(before);

    for (const token of [writer.token, reader.token]) {
      const r = await t.gql(CREATE, { input: { name: 'escalate', scopes: ['ADMIN'] } }, bearer(token));
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const list = await t.gql('{ apiKeys { id } }', {}, bearer(token));
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await t.test.db.prisma.apiKey.count({ where: { name: 'escalate' } })).toBe(0);
    // Reading stays public by default, with or without a key.
    for (const headers of [NO_AUTH, bearer(reader.token), bearer(writer.token)]) {
      const r = await t.gql<{ country: { name: string } }>('{ country(code: "FR") { name } }', {}, headers);
      expect(r.data?.country.name).toBe('France');
    }
  });

  it('revokes a key at once; revoking twice is harmless; unknown ids are NOT_FOUND', async () => {
    const key = await createKey(['WRITE']);
    expect((await t.gql(INGEST, { input: article() }, bearer(key.token))).errors).toBeUndefined();
    const REVOKE = 'mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
    const revoked = await t.gql<{ revokeApiKey: { revokedAt: string | null } }>(REVOKE, { id: key.apiKey.id });
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    const again = await t.gql<{ revokeApiKey: { revokedAt: string | null } }>(REVOKE, { id: key.apiKey.id });
    expect(again.data!.revokeApiKey.revokedAt).toBe(revoked.data!.revokeApiKey.revokedAt);
    const after = await t.gql(INGEST, { input: article() }, bearer(key.token));
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await t.gql(REVOKE, { id: '999999' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a key after its expiresAt with 401, lists it as EXPIRED; an expiry in the past is BAD_USER_INPUT', async () => {
    const CREATE_EXPIRING = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id expiresAt state } } }`;
    type Expiring = { createApiKey: { token: string; apiKey: { id: string; expiresAt: string | null; state: string } } };
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const created = await t.gql<Expiring>(CREATE_EXPIRING, { input: { name: `expiring-${uid()}`, scopes: ['WRITE'], expiresAt: at } });
    expect(created.errors).toBeUndefined();
    const { token, apiKey } = created.data!.createApiKey;
    expect(apiKey).toMatchObject({ expiresAt: at, state: 'ACTIVE' });
    expect((await t.gql(INGEST, { input: article() }, bearer(token))).errors).toBeUndefined();

    // Its instant comes: the row's expiry is moved into the past, and the look-up cache
    // dropped as a new process would start without it.
    await t.test.db.prisma.apiKey.update({ where: { id: Number(apiKey.id) }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    forgetCachedKeys();
    const before = await t.test.db.prisma.article.count();
    const refused = await t.gql(INGEST, { input: article() }, bearer(token));
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toMatch(/expired/);
    expect(await t.test.db.prisma.article.count()).toBe(before);
    const list = await t.gql<{ apiKeys: { id: string; state: string }[] }>('{ apiKeys { id state } }');
    expect(list.data!.apiKeys.find((k) => k.id === apiKey.id)?.state).toBe('EXPIRED');

    const name = `past-${uid()}`;
    const past = await t.gql(CREATE_EXPIRING, { input: { name, scopes: ['READ'], expiresAt: new Date(Date.now() - 60_000).toISOString() } });
    expect(past.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0]?.message).toMatch(/expiresAt: expected an instant in the future/);
    const garbled = await t.gql(CREATE_EXPIRING, { input: { name, scopes: ['READ'], expiresAt: 'next week' } });
    expect(garbled.status).toBe(400);
    expect(await t.test.db.prisma.apiKey.count({ where: { name } })).toBe(0);
  });

  it('stops accepting a key at its instant, even while its look-up is cached', async () => {
    const CREATE_EXPIRING = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }`;
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    const created = await t.gql<{ createApiKey: { token: string } }>(CREATE_EXPIRING, { input: { name: `short-${uid()}`, scopes: ['READ'], expiresAt } });
    const read = () => t.gql('{ country(code: "FR") { name } }', {}, bearer(created.data!.createApiKey.token));
    expect((await read()).status).toBe(200); // cached from here on
    await expect.poll(async () => (await read()).status, { timeout: 30_000, interval: 250 }).toBe(401);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(expiresAt));
  });

  it('rejects bad key input', async () => {
    const empty = await t.gql(CREATE, { input: { name: 'none', scopes: [] } });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unnamed = await t.gql(CREATE, { input: { name: '   ', scopes: ['READ'] } });
    expect(unnamed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const scope = await t.gql(CREATE, { input: { name: 'x', scopes: ['ROOT'] } });
    expect(scope.status).toBe(400);
  });
});

describe('REQUIRE_READ_KEY', () => {
  let locked: TestApp;
  let readToken: string;
  let ids: string[];
  beforeAll(async () => {
    locked = await startTestApp({ seedSample: true, adminToken: TEST_ADMIN_TOKEN, security: { requireReadKey: true } });
    const r = await locked.gql<Created>(CREATE, { input: { name: 'reader', scopes: ['READ'] } });
    readToken = r.data!.createApiKey.token;
    const list = await locked.gql<{ officials: { edges: { node: { id: string } }[] } }>('{ officials(first: 2) { edges { node { id } } } }');
    ids = list.data!.officials.edges.map((e) => e.node.id);
    expect(ids.length).toBeGreaterThan(0);
  });
  afterAll(() => locked?.close());

  it('refuses anonymous queries, node and nodes included', async () => {
    for (const [query, variables] of [
      ['{ country(code: "FR") { name } }', {}],
      ['query ($id: ID!) { node(id: $id) { id } }', { id: ids[0] }],
      ['query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }],
      ['{ diplomaticEvents(first: 1) { totalCount } }', {}],
    ] as const) {
      const r = await locked.gql(query, variables, NO_AUTH);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(r.data ?? null)).not.toMatch(/"id":"/);
    }
  });

  it('answers with a read key', async () => {
    const r = await locked.gql<{ node: { id: string } | null; nodes: ({ id: string } | null)[] }>(
      'query ($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }',
      { id: ids[0], ids },
      bearer(readToken),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.node!.id).toBe(ids[0]);
    expect(r.data!.nodes.map((n) => n?.id)).toEqual(ids);
  });
});

describe('npm run keys', { timeout: 240_000 }, () => {
  it('creates, lists and revokes keys in the configured database', async () => {
    let url: string;
    let cleanup: () => Promise<void>;
    if (usingPostgres) {
      const server = await createServerDatabase();
      url = server.url;
      cleanup = server.drop;
    } else {
      const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-keys-'));
      url = `file:${dir}`;
      cleanup = () => rm(dir, { recursive: true, force: true });
    }
    const keys = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'scripts/keys.ts', ...args], { env: { ...process.env, DATABASE_URL: url }, timeout: 60_000 });
    try {
      const created = JSON.parse((await keys('create', '--name', 'cli bot', '--scopes', 'write,read', '--json')).stdout) as { id: number; token: string; scopes: string[] };
      expect(created.scopes).toEqual(['READ', 'WRITE']);
      const listed = (await keys('list')).stdout;
      expect(listed).toContain('cli bot');
      expect(listed).toContain('active');
      expect(listed).not.toContain(created.token);
      expect((await keys('revoke', String(created.id))).stdout).toMatch(/revoked key/);
      expect((await keys('list')).stdout).toMatch(/revoked \d{4}-/);
      await expect(keys('revoke', '424242')).rejects.toMatchObject({ code: 1 });
      await expect(keys('create', '--name', 'x')).rejects.toMatchObject({ code: 2 });
      await expect(keys('create', '--name', 'x', '--scopes', 'root')).rejects.toMatchObject({ code: 2 });
      // Expiring keys: a duration from now or a date; a bad value is a usage error.
      const expiring = JSON.parse((await keys('create', '--name', 'ci job', '--scopes', 'read', '--expires', '30d', '--rate-limit', '5000', '--json')).stdout) as {
        expiresAt: string;
        rateLimitPoints: number;
      };
      expect(expiring.rateLimitPoints).toBe(5000);
      const days = (Date.parse(expiring.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29.9);
      expect(days).toBeLessThanOrEqual(30);
      expect((await keys('list')).stdout).toMatch(/ci job\t.*\tactive until \d{4}-.*\tbudget 5000/);
      await expect(keys('create', '--name', 'x', '--scopes', 'read', '--expires', 'soon')).rejects.toMatchObject({ code: 2 });

      const config = testConfig(usingPostgres ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: url.slice('file:'.length) });
      const db = await openDatabase(config);
      try {
        const row = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } });
        expect(row.tokenHash).toBe(hashToken(created.token));
        expect(row.revokedAt).not.toBeNull();
      } finally {
        await db.close();
      }
    } finally {
      await cleanup();
    }
  });
});
