// Error log lines name the request (its x-request-id) and the caller, so an operator can find
// what a client reports: served over a real HTTP server, with the database gone.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, listen, type App } from '../../src/server.ts';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openTestDatabase, type TestDatabase } from '../helpers/db.ts';

const lines: Record<string, unknown>[] = [];
let test: TestDatabase;
let app: App;
let server: Server;

beforeAll(async () => {
  test = await openTestDatabase();
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  app = await createApp({ ...test.config, seedSample: false, redis: null, tracing: null, responseCache: false }, { db: test.db, logger: pino({ level: 'error' }, sink) });
  server = await listen(app, '127.0.0.1', 0);
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await app?.close().catch(() => undefined);
  await test?.drop().catch(() => undefined);
});

it('carries the request ID and the caller', async () => {
  await test.db.close(); // every query now fails: SERVICE_UNAVAILABLE, logged with its details
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'req-h14-check' },
    body: JSON.stringify({ query: '{ country(code: "FR") { name } }' }),
  });
  const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
  expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
  const logged = lines.filter((l) => l.msg === 'request failed');
  expect(logged.length).toBeGreaterThan(0);
  expect(logged[0]).toMatchObject({ requestId: 'req-h14-check', caller: 'anonymous', code: 'SERVICE_UNAVAILABLE' });
});
