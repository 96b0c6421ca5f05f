// The printed schema is a committed artifact: it must be what the server serves, and
// document itself.
import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedSchema, schema } from '../src/schema/index.ts';
import { missingDescriptions } from './helpers/descriptions.ts';
import { startHttp, startTestApp, type TestApp } from './helpers/app.ts';

const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

describe('schema.graphql', () => {
  let t: TestApp;
  let http: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    t = await startTestApp();
    http = await startHttp(t);
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
  });

  it('is current (run `npm run schema:print` after changing the schema)', () => {
    expect(committed).toBe(`${printSchema(printedSchema)}\n`);
  });

  it('is exactly the schema the running server serves, every directive included', async () => {
    // The standard introspection query, over HTTP, as GraphiQL and code generators send it.
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const res = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: IntrospectionQuery; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(body.data!)))}\n`;
    expect(served).toBe(committed);
    // What a client's code generator needs to accept the operations the server runs.
    expect(committed).toContain('directive @defer(');
    expect(committed).toContain('directive @stream(');
  });

  it('describes every type, field, argument and enum value', () => {
    expect(missingDescriptions(schema)).toEqual([]);
  });

  it('keeps the contract names other teams code against', () => {
    const sdl = printSchema(schema);
    for (const name of [
      'interface Node', 'union Actor = Country | Official | Organization', 'enum DiplomaticEventType', 'enum ParticipantRole',
      'scalar Date', 'scalar DateTime', 'input DiplomaticEventFilter', 'type PageInfo',
    ]) {
      expect(sdl).toContain(name);
    }
    const query = schema.getQueryType()!.getFields();
    expect(query.country?.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['code: String!']);
    for (const field of ['node', 'nodes', 'countries', 'officials', 'organizations', 'articles', 'diplomaticEvents']) {
      expect(query[field], field).toBeDefined();
    }
    for (const connection of ['countries', 'officials', 'organizations', 'articles', 'diplomaticEvents']) {
      expect(query[connection]!.args.map((a) => a.name)).toEqual(expect.arrayContaining(['first', 'after', 'last', 'before']));
    }
    for (const type of ['RECOGNITION', 'DESIGNATION_REMOVED', 'AMBASSADOR_ACCREDITED', 'MILITARY_WITHDRAWAL', 'SEIZURE_OF_POWER', 'OTHER']) {
      expect(sdl).toMatch(new RegExp(`\\b${type}\\b`));
    }
  });
});
