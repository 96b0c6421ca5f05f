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
  // One line per failure the client sees, not one more from the masking.
  expect(logged.filter((l) => l.requestId === 'req-h14-check')).toHaveLength(body.errors.length);
});

it('carries them for a failure in a deferred part of the answer, which the client sees masked', async () => {
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'multipart/mixed', 'x-request-id': 'req-deferred' },
    body: JSON.stringify({ query: '{ __typename ... @defer { country(code: "FR") { name } } }' }),
  });
  const text = await res.text();
  expect(text).toContain('"__typename":"Query"');
  // Masked like any other failure: a code and a plain message, not the driver's own words.
  expect(text).toContain('"code":"SERVICE_UNAVAILABLE"');
  expect(text).toContain('The database is unavailable; try again shortly.');
  expect(text).not.toMatch(/PGlite|closed|ECONNREFUSED|pool|prisma/i);
  const logged = lines.filter((l) => l.msg === 'request failed' && l.requestId === 'req-deferred');
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatchObject({ caller: 'anonymous', code: 'SERVICE_UNAVAILABLE', path: ['country'] });
});
