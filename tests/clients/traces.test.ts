// Federated traces (ftv1) for gateways: a request asking for one always gets its own, never
// a cached answer without it; requests that do not ask pay nothing for tracing (the served
// schema's resolvers are not wrapped; scripts/bench-trace.ts measures the CPU).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedSchema } from '../../src/schema/index.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { storeFake } from '../helpers/factory.ts';

const ANON = { authorization: '' };
const TRACE = { ...ANON, 'apollo-federation-include-trace': 'ftv1' };
const QUERY = '{ country(code: "FJ") { name officials(first: 5) { totalCount edges { node { name } } } } }';
type Meta = { ftv1?: string; responseCache?: { hit?: boolean; didCache?: boolean } };
const meta = (r: { extensions?: unknown }) => (r.extensions ?? {}) as Meta;

// Taken before any app is built: the inline-trace plugin used to wrap these in place.
const bareResolvers = new Map(Object.entries(servedSchema.getQueryType()!.getFields()).map(([name, f]) => [name, f.resolve]));

/** Polls until `check` passes (the data version's NOTIFY arrives asynchronously). */
async function eventually<T>(fn: () => Promise<T>, check: (v: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (check(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('federated traces (ftv1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ responseCache: true, security: { rateLimitPoints: 0 } });
    await storeFake(t.test.db.prisma, { countries: ['FJ'], officials: 2 });
  });
  afterAll(() => t?.close());

  it('gives every traced request its own trace, even for a query the cache holds', async () => {
    // The cache answers the plain query...
    const plain = await eventually(() => t.gql(QUERY, {}, ANON), (r) => meta(r).responseCache?.hit === true);
    expect(meta(plain).responseCache?.hit).toBe(true);
    expect(meta(plain).ftv1).toBeUndefined();
    // ...but a gateway asking for a trace gets a fresh one each time, with the same data.
    const traces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const traced = await t.gql(QUERY, {}, TRACE);
      expect(traced.errors).toBeUndefined();
      expect(traced.data).toEqual(plain.data);
      expect(meta(traced).responseCache?.hit).not.toBe(true);
      const ftv1 = meta(traced).ftv1;
      expect(typeof ftv1).toBe('string');
      // The trace times the nested fields (their response names are in the protobuf).
      const decoded = Buffer.from(ftv1!, 'base64').toString('latin1');
      for (const field of ['country', 'officials', 'totalCount', 'name']) expect(decoded).toContain(field);
      traces.add(ftv1!);
    }
    expect(traces.size).toBe(3);
    // A traced answer is never stored for plain requests either.
    const after = await t.gql(QUERY, {}, ANON);
    expect(meta(after).ftv1).toBeUndefined();
    expect(after.data).toEqual(plain.data);
  });

  it('leaves the served resolvers bare: requests without the header run no tracing code', async () => {
    const fields = servedSchema.getQueryType()!.getFields();
    for (const [name, resolve] of bareResolvers) expect(fields[name]!.resolve, name).toBe(resolve);
    const untraced = await t.gql('{ country(code: "FJ") { name } }');
    expect(meta(untraced).ftv1).toBeUndefined();
  });
});
