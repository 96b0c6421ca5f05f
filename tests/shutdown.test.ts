// A deploy loses no request: the real process, busy with heavy queries, gets SIGTERM while
// twenty are in flight; it reports not ready at once, keeps answering during the drain,
// answers all twenty, closes idle keep-alive connections and exits 0 within
// SHUTDOWN_TIMEOUT_MS. On PGlite (a data folder) or PostgreSQL (a scratch database).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/index.ts';
import { createScratchDatabase, type ScratchDatabase } from '../src/db/scratch.ts';
import { seedCountries } from '../src/services/seed.ts';
import { testConfig, usingPostgres } from './helpers/db.ts';

let databaseUrl = '';
let scratch: ScratchDatabase | undefined;
let dataDir: string | undefined;
let child: ChildProcessWithoutNullStreams | undefined;

beforeAll(async () => {
  let config;
  if (usingPostgres) {
    scratch = await createScratchDatabase(process.env.DATABASE_URL as string, 'newsgraph_test');
    databaseUrl = scratch.url;
    config = testConfig({ kind: 'postgres', url: databaseUrl });
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-shutdown-'));
    databaseUrl = `file:${dataDir}`;
    config = testConfig({ kind: 'pglite', dataDir });
  }
  // 100 countries with 20 officials each: each query below reads 2,000 officials.
  const db = await openDatabase(config);
  await db.migrate();
  await seedCountries(db.prisma);
  const codes = (await db.prisma.country.findMany({ select: { code: true }, orderBy: [{ name: 'asc' }, { code: 'asc' }], take: 100 })).map((c) => c.code);
  await db.prisma.official.createMany({
    data: codes.flatMap((code) => Array.from({ length: 20 }, (_, i) => ({ slug: `official-${code}-${i}`, name: `Official ${code} ${i}`, countryCode: code }))),
  });
  await db.close();
}, 120_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  await scratch?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function start(env: Record<string, string>): Promise<{ port: number; exited: Promise<number | null>; output: () => string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_SAMPLE: 'false', RESPONSE_CACHE: 'false', RATE_LIMIT_POINTS: '0', DATABASE_URL: databaseUrl, ...env },
  });
  child = proc;
  let output = '';
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /"url":"http:\/\/[^:]+:(\d+)\/graphql"/.exec(output);
      if (m) resolve({ port: Number(m[1]), exited, output: () => output });
    });
    proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
  });
}

const HEAVY = JSON.stringify({
  query: '{ countries(first: 100) { edges { node { code officials(first: 20) { totalCount edges { node { name positions { title } } } } } } } }',
});

interface Answer {
  status: number;
  body: string;
  connection: string | undefined;
}

function request(port: number, method: 'GET' | 'POST', pathname: string, body: string | null, agent: http.Agent | false = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: pathname, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, connection: res.headers.connection }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

describe('SIGTERM under load', () => {
  it('answers all 20 requests in flight, fails readiness at once, drains, closes idle keep-alive connections and exits 0', async () => {
    const timeoutMs = 30_000;
    const drainMs = 3_000;
    const { port, exited, output } = await start({ SHUTDOWN_DRAIN_MS: String(drainMs), SHUTDOWN_TIMEOUT_MS: String(timeoutMs) });
    expect((await request(port, 'GET', '/ready', null)).status).toBe(200);

    // A keep-alive connection that served one request, then sits idle.
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const idleSocketClosed = new Promise<void>((resolve) => {
      keepAlive.on('free', (socket: import('node:net').Socket) => socket.once('close', () => resolve()));
    });
    expect((await request(port, 'POST', '/graphql', JSON.stringify({ query: '{ country(code: "FR") { name } }' }), keepAlive)).status).toBe(200);

    const inFlight = Array.from({ length: 20 }, () => request(port, 'POST', '/graphql', HEAVY).then((a) => a, (err: Error) => err));
    await new Promise((r) => setTimeout(r, 200));
    const signalled = Date.now();
    child!.kill('SIGTERM');

    // Not ready at once, but still answering during the drain, each answer closing its connection.
    await new Promise((r) => setTimeout(r, 100));
    const failed = (what: string) => (err: Error) => {
      throw new Error(`${what} during the drain, ${Date.now() - signalled} ms after SIGTERM: ${err.message}\n${output()}`);
    };
    const [ready, during] = await Promise.all([
      request(port, 'GET', '/ready', null).catch(failed('/ready')),
      request(port, 'POST', '/graphql', JSON.stringify({ query: '{ country(code: "DE") { name } }' })).catch(failed('a query')),
    ]);
    expect(ready.status).toBe(503);
    expect(during.status).toBe(200);
    expect(during.body).toContain('Germany');
    expect(during.connection).toBe('close');

    const answers = await Promise.all(inFlight);
    const failures = answers.filter((a) => a instanceof Error).map((e) => (e).message);
    expect(failures).toEqual([]);
    for (const a of answers as Answer[]) {
      expect(a.status).toBe(200);
      const body = JSON.parse(a.body) as { errors?: unknown; data: { countries: { edges: { node: { officials: { totalCount: number; edges: unknown[] } } }[] } } };
      expect(body.errors).toBeUndefined();
      expect(body.data.countries.edges).toHaveLength(100);
      expect(body.data.countries.edges.every((e) => e.node.officials.edges.length === 20)).toBe(true);
    }

    await idleSocketClosed;
    expect(await exited).toBe(0);
    const took = Date.now() - signalled;
    expect(took).toBeGreaterThanOrEqual(drainMs);
    expect(took).toBeLessThan(timeoutMs);
    expect(output()).not.toContain('shutdown timeout');
    // After the drain the listener is closed: nobody is listening on the port any more.
    await expect(request(port, 'GET', '/health', null)).rejects.toThrow(/ECONNREFUSED/);
    keepAlive.destroy();
  }, 240_000);
});
