// When the database goes away, readiness fails and requests get a clean, typed error.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedSample: true });
});
afterAll(() => t?.close().catch(() => undefined));

it('reports SERVICE_UNAVAILABLE and fails readiness once the database is gone', async () => {
  expect((await t.app.yoga.fetch('http://localhost/ready')).status).toBe(200);
  await t.test.db.close();
  expect((await t.app.yoga.fetch('http://localhost/ready')).status).toBe(503);
  const r = await t.gql('{ country(code: "RU") { name } }');
  expect(r.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(JSON.stringify(r.errors)).not.toMatch(/pool|PGlite|ECONN|at .*:\d+/i);
  expect((await t.app.yoga.fetch('http://localhost/health')).status).toBe(200);
});
