// Multi-process mode, with the real process: WEB_CONCURRENCY=2 on PostgreSQL starts two
// workers on one port, both answer requests, and SIGTERM to the primary drains both (every
// request in flight answered) and exits 0. On the embedded database it refuses to start.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../src/config.ts';
import { openDatabase } from '../src/db/index.ts';
import { createScratchDatabase, type ScratchDatabase } from '../src/db/scratch.ts';
import { seedCountries } from '../src/services/seed.ts';
import { testConfig, usingPostgres } from './helpers/db.ts';

let child: ChildProcessWithoutNullStreams | undefined;
let scratch: ScratchDatabase | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  await scratch?.drop();
});

function start(env: Record<string, string>, workers: number) {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_SAMPLE: 'false', RESPONSE_CACHE: 'false', RATE_LIMIT_POINTS: '0', ...env },
  });
  child = proc;
  let output = '';
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const listening = new Promise<{ port: number; pids: Set<number> }>((resolve, reject) => {
    const pids = new Set<number>();
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const m of output.matchAll(/"pid":(\d+)[^\n]*"url":"http:\/\/[^:]+:(\d+)\/graphql"/g)) {
        pids.add(Number(m[1]));
        if (pids.size >= workers) resolve({ port: Number(m[2]), pids });
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited ${code} before ${workers} workers listened:\n${output}`)));
  });
  return { listening, exited, output: () => output };
}

interface Answer {
  status: number;
  body: string;
  worker: string | undefined;
}

function request(port: number, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/graphql', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, worker: res.headers['x-newsgraph-worker'] as string | undefined }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('WEB_CONCURRENCY on the embedded database', () => {
  it('refuses to start, naming the variable, and starts nothing', async () => {
    expect(() => loadConfig({ WEB_CONCURRENCY: '2', DATABASE_URL: 'memory:' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEB_CONCURRENCY: '2', DATABASE_URL: 'memory:' })).toThrow(/WEB_CONCURRENCY=2 needs PostgreSQL/);
    expect(() => loadConfig({ WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
    expect(loadConfig({ WEB_CONCURRENCY: '1', DATABASE_URL: 'memory:' }).webConcurrency).toBe(1);
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cluster-'));
    try {
      const { listening, exited, output } = start({ WEB_CONCURRENCY: '2', DATABASE_URL: `file:${dir}` }, 2);
      await expect(listening).rejects.toThrow(/exited 2/);
      expect(await exited).toBe(2);
      expect(output()).toContain('WEB_CONCURRENCY=2 needs PostgreSQL');
      expect(output()).not.toContain('listening');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.skipIf(!usingPostgres)('WEB_CONCURRENCY=2 on PostgreSQL', () => {
  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.DATABASE_URL as string, 'newsgraph_test');
    // 60 countries with 20 officials each: each heavy query below reads 1,200 officials.
    const db = await openDatabase(testConfig({ kind: 'postgres', url: scratch.url }));
    await db.migrate();
    await seedCountries(db.prisma);
    const codes = (await db.prisma.country.findMany({ select: { code: true }, orderBy: [{ name: 'asc' }, { code: 'asc' }], take: 60 })).map((c) => c.code);
    await db.prisma.official.createMany({
      data: codes.flatMap((code) => Array.from({ length: 20 }, (_, i) => ({ slug: `official-${code}-${i}`, name: `Official ${code} ${i}`, countryCode: code }))),
    });
    await db.close();
  }, 120_000);

  it('answers from both workers, and on SIGTERM answers every request in flight and exits 0', async () => {
    const { listening, exited, output } = start({ WEB_CONCURRENCY: '2', DATABASE_URL: scratch!.url, SHUTDOWN_DRAIN_MS: '1000', SHUTDOWN_TIMEOUT_MS: '30000' }, 2);
    const { port, pids } = await listening;
    expect(pids.size).toBe(2);
    expect(pids.has(child!.pid!)).toBe(false); // the primary serves nothing itself

    const small = JSON.stringify({ query: '{ country(code: "FR") { name } }' });
    const answers = await Promise.all(Array.from({ length: 12 }, () => request(port, small)));
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect((JSON.parse(a.body) as { data: unknown }).data).toEqual({ country: { name: 'France' } });
    }
    expect(new Set(answers.map((a) => a.worker))).toEqual(new Set(['1', '2']));

    const heavy = JSON.stringify({ query: '{ countries(first: 60) { edges { node { code officials(first: 20) { totalCount edges { node { name } } } } } } }' });
    const inFlight = Array.from({ length: 20 }, () => request(port, heavy).then((a) => a, (err: Error) => err));
    await new Promise((r) => setTimeout(r, 200));
    child!.kill('SIGTERM');
    const done = await Promise.all(inFlight);
    expect(done.filter((a) => a instanceof Error).map((e) => e.message)).toEqual([]);
    for (const a of done as Answer[]) {
      expect(a.status).toBe(200);
      const body = JSON.parse(a.body) as { errors?: unknown; data: { countries: { edges: { node: { officials: { totalCount: number; edges: unknown[] } } }[] } } };
      expect(body.errors).toBeUndefined();
      expect(body.data.countries.edges).toHaveLength(60);
      expect(body.data.countries.edges.every((e) => e.node.officials.totalCount === 20 && e.node.officials.edges.length === 20)).toBe(true);
    }
    expect(new Set((done as Answer[]).map((a) => a.worker))).toEqual(new Set(['1', '2']));
    expect(await exited).toBe(0);
    expect(output()).toContain('all workers stopped');
    expect(output()).not.toContain('did not stop in time');
    await expect(request(port, small)).rejects.toThrow(/ECONNREFUSED/);
  }, 240_000);
});
