// Client tools read the schema with graphql-js' standard introspection query (GraphiQL's
// docs and completion, GraphQL Code Generator, Rover, Postman, Insomnia): it is 15 deep, so
// the depth limit leaves `__schema` out, while recursive introspection stays refused by
// graphql-js' MaxIntrospectionDepthRule and ordinary operations keep every limit.
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, startTestApp, type TestApp } from '../helpers/app.ts';

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

const STANDARD = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });

/** `__schema { types { fields { type { fields { type { ... } } } } } }`, n levels of fields. */
function bomb(n: number): string {
  let inner = 'name';
  for (let i = 0; i < n; i++) inner = `fields { type { ${inner} } }`;
  return `{ __schema { types { ${inner} } } }`;
}

function apps(introspection: boolean) {
  const state = {} as { t: TestApp; http: Awaited<ReturnType<typeof startHttp>>; post(query: string): Promise<{ status: number; body: Body }> };
  beforeAll(async () => {
    state.t = await startTestApp({ seedSample: true, security: { introspection, maxDepth: 12 } });
    state.http = await startHttp(state.t);
  });
  afterAll(async () => {
    await state.http?.close();
    await state.t?.close();
  });
  state.post = async (query: string) => {
    const res = await fetch(`${state.http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: (await res.json()) as Body };
  };
  return state;
}

describe('introspection on (the default outside production)', () => {
  const s = apps(true);

  it('answers the standard introspection query (15 deep) with the schema and its descriptions', async () => {
    const { status, body } = await s.post(STANDARD);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const schema = (body.data as unknown as IntrospectionQuery).__schema;
    const event = schema.types.find((type) => type.name === 'DiplomaticEvent');
    expect(event?.description).toBeTruthy();
    expect(event && 'fields' in event ? event.fields.find((f) => f.name === 'summary')?.description : null).toBeTruthy();
    expect(schema.directives.map((d) => d.name)).toEqual(expect.arrayContaining(['defer', 'stream']));
  });

  it('refuses a recursive introspection bomb, and runs none of it', async () => {
    const { status, body } = await s.post(bomb(6));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/Maximum introspection depth exceeded/);
    // The same shape through fragments and __type.
    const viaType = await s.post(`{ __type(name: "Country") { ...F } }
      fragment F on __Type { fields { type { fields { type { fields { type { name } } } } } } }`);
    expect(viaType.status).toBe(400);
    expect(viaType.body.errors?.[0]?.message).toMatch(/Maximum introspection depth exceeded/);
  });

  it('keeps the depth limit for ordinary operations, also beside __schema', async () => {
    let deep = 'code';
    for (let i = 0; i < 3; i++) deep = `country { officials { edges { node { ${deep} } } } }`;
    const query = `{ country(code: "FR") { officials { edges { node { ${deep} } } } } }`;
    for (const q of [query, query.replace(/^\{/, '{ __schema { queryType { name } } ')]) {
      const { status, body } = await s.post(q);
      expect(status).toBe(400);
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/depth limit of 12 exceeded/), extensions: { code: 'QUERY_TOO_COMPLEX' } });
    }
  });

  it('answers ordinary queries over HTTP while the request deadline is on (Node 24: non-native request signals)', async () => {
    const { status, body } = await s.post('{ country(code: "AF") { name } }');
    expect(body).toMatchObject({ data: { country: { name: 'Afghanistan' } } });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });
});

describe('introspection off (INTROSPECTION=false)', () => {
  const s = apps(false);

  it('refuses the standard introspection query', async () => {
    const { status, body } = await s.post(STANDARD);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toContain('DiplomaticEvent');
  });
});
