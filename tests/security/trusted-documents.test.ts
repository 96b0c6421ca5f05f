// TRUSTED_DOCUMENTS: only the listed operations run; anything else is refused before execution.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';

const DOC = '{ country(code: "FR") { name } }';
const HASH = createHash('sha256').update(DOC).digest('hex');
let dir: string;
let t: TestApp;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-trusted-'));
  const file = path.join(dir, 'trusted.json');
  await writeFile(file, JSON.stringify({ [HASH]: DOC }));
  t = await startTestApp({ seedSample: true, security: { trustedDocumentsFile: file } });
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const send = (body: unknown) =>
  t.app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });

it('runs a trusted document by its hash', async () => {
  const res = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ data: { country: { name: 'France' } } });
});

it('refuses arbitrary documents and unknown hashes without running SQL', async () => {
  const { result, sql } = await t.statements(async () => {
    const arbitrary = await send({ query: DOC });
    const unknown = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    return [
      { status: arbitrary.status, body: (await arbitrary.json()) as { errors: { extensions: { code: string } }[] } },
      { status: unknown.status, body: (await unknown.json()) as { errors: { extensions: { code: string } }[] } },
    ];
  });
  expect(result[0]!.status).toBe(400);
  expect(result[0]!.body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_ONLY');
  expect(result[1]!.status).toBe(404);
  expect(result[1]!.body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect(sql).toEqual([]);
});
