// Newsgraph as an Apollo Federation v2 subgraph: its SDL, batched entity resolution,
// composition with a second subgraph, and a real gateway routing queries across both.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPerformanceConfig } from '../src/config.ts';
import { subgraphSchema } from '../src/schema/index.ts';
import { listen } from '../src/server.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';

// A second team's subgraph: economics data keyed by ISO code, and a reference to our officials.
const ECONOMICS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
  type Country @key(fields: "code") {
    code: String!
    gdp: Gdp
  }
  type Gdp {
    usd: Float!
    year: Int!
  }
  type Official @key(fields: "id", resolvable: false) {
    id: ID!
  }
  type Query {
    largestEconomies: [Country!]!
    finance: FinanceBriefing!
  }
  type FinanceBriefing {
    title: String!
    spokesperson: Official!
  }
`;
const GDP: Record<string, { usd: number; year: number }> = {
  US: { usd: 27.7e12, year: 2023 },
  CN: { usd: 17.8e12, year: 2023 },
  RU: { usd: 2.0e12, year: 2023 },
};

let t: TestApp;
let newsgraph: Server;
let economics: Server;
let gateway: Server;
let gatewayUrl: string;
let lavrovId: string;

/** Sends `_entities` straight to Newsgraph, as a gateway does. */
async function entities<T>(selection: string, representations: unknown[]): Promise<{ data: { _entities: (T | null)[] } }> {
  const res = await t.app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, variables: { r: representations } }),
  });
  return (await res.json()) as { data: { _entities: (T | null)[] } };
}

const urlOf = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`;

async function post<T>(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: T; errors?: { message: string }[]; extensions?: Record<string, unknown> };
}

function economicsSubgraph() {
  const schema = buildSubgraphSchema({
    typeDefs: parse(ECONOMICS_SDL),
    resolvers: {
      Country: {
        __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
        gdp: (c: { code: string }) => GDP[c.code] ?? null,
      },
      Query: {
        largestEconomies: () => Object.keys(GDP).map((code) => ({ code })),
        finance: () => ({ title: 'Sanctions and the rouble', spokesperson: { id: lavrovId } }),
      },
    },
  });
  return createYoga({ schema, logging: false });
}

function compose() {
  return composeServices([
    { name: 'newsgraph', typeDefs: parse(printSubgraphSchema(subgraphSchema)), url: urlOf(newsgraph) },
    { name: 'economics', typeDefs: parse(ECONOMICS_SDL), url: urlOf(economics) },
  ]);
}

beforeAll(async () => {
  t = await startTestApp({ seedSample: true });
  newsgraph = await listen(t.app, '127.0.0.1', 0);
  const lavrov = await t.gql<{ officials: { edges: { node: { id: string } }[] } }>('{ officials(name: "Lavrov") { edges { node { id } } } }');
  lavrovId = lavrov.data!.officials.edges[0]!.node.id;
  const economicsYoga = economicsSubgraph();
  economics = createServer((req, res) => void economicsYoga(req, res));
  await new Promise<void>((resolve) => economics.listen(0, '127.0.0.1', resolve));
  const composed = compose();
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const runtime = createGatewayRuntime({ supergraph: composed.supergraphSdl, logging: false, maskedErrors: false });
  gateway = createServer((req, res) => void runtime(req, res));
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = urlOf(gateway);
});

afterAll(async () => {
  for (const s of [gateway, economics, newsgraph]) {
    s?.closeAllConnections();
    await new Promise((resolve) => (s ? s.close(resolve) : resolve(undefined)));
  }
  await t?.close();
});

describe('subgraph SDL', () => {
  it('is Federation v2 with the documented keys, and subgraph.graphql is current', async () => {
    const r = await t.gql<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const sdl = r.data!._service.sdl;
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
    for (const [type, keys] of [['Country', ['code', 'alpha3']], ['Official', ['id']], ['Organization', ['id']], ['Article', ['id', 'url']], ['DiplomaticEvent', ['id']]] as const) {
      const block = new RegExp(`type ${type} implements Node([^{]*)\\{`).exec(sdl)?.[1] ?? '';
      expect(block.match(/@key\(fields: "(\w+)"\)/g)?.map((k) => k.slice(14, -2))).toEqual(keys);
    }
    expect(readFileSync(new URL('../subgraph.graphql', import.meta.url), 'utf8')).toBe(`${printSubgraphSchema(subgraphSchema)}\n`);
  });
});

describe('entity resolution', () => {
  it('loads 100 references of one type with one SQL statement, unknown keys as null', async () => {
    const officials = await t.test.db.prisma.official.findMany({ select: { id: true, name: true }, orderBy: { id: 'asc' } });
    const reps = Array.from({ length: 100 }, (_, i) => {
      const o = officials[i % officials.length]!;
      const id = i % 10 === 9 ? 'T2ZmaWNpYWw6OTk5OTk5' /* Official:999999 */ : Buffer.from(`Official:${o.id}`).toString('base64');
      return { __typename: 'Official', id };
    });
    const { result, sql } = await t.statements(() => entities<{ name: string }>('... on Official { name }', reps));
    const found = result.data._entities;
    expect(found).toHaveLength(100);
    found.forEach((e, i) => {
      if (i % 10 === 9) expect(e).toBeNull();
      else expect(e?.name).toBe(officials[i % officials.length]!.name);
    });
    expect(sql).toHaveLength(1);
  });

  it('costs one statement per type for a mixed batch, by every key', async () => {
    const article = await t.test.db.prisma.article.findFirstOrThrow();
    const reps = [
      ...['RU', 'af', 'US'].map((code) => ({ __typename: 'Country', code })),
      ...['CHN', 'are'].map((alpha3) => ({ __typename: 'Country', alpha3 })),
      { __typename: 'Article', url: article.url },
      { __typename: 'Article', url: 'https://nowhere.test/x' },
      { __typename: 'Organization', id: Buffer.from('Organization:1').toString('base64') },
      { __typename: 'Organization', id: 'garbage' },
    ];
    const { result, sql } = await t.statements(() =>
      entities<Record<string, string>>('... on Country { code } ... on Article { title } ... on Organization { name }', reps),
    );
    const e = result.data._entities;
    expect(e.slice(0, 5).map((c) => c?.code)).toEqual(['RU', 'AF', 'US', 'CN', 'AE']);
    expect(e[5]?.title).toBe(article.title);
    expect(e[6]).toBeNull();
    expect(e[7]?.name).toBeTruthy();
    expect(e[8]).toBeNull();
    // country by code, country by alpha-3, article by url, organization by id
    expect(sql.length).toBeLessThanOrEqual(4);
  });

  it('loads the fields a gateway asks beyond the keys with the references, not by a reload', async () => {
    const officials = await t.test.db.prisma.official.findMany({ include: { positions: true }, orderBy: { id: 'asc' }, take: 5 });
    const article = await t.test.db.prisma.article.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const reps = [
      ...officials.map((o) => ({ __typename: 'Official', id: Buffer.from(`Official:${o.id}`).toString('base64') })),
      ...['RUS', 'usa'].map((alpha3) => ({ __typename: 'Country', alpha3 })),
      { __typename: 'Article', url: article.url },
    ];
    const { result, sql } = await t.statements(() =>
      entities<Record<string, unknown>>(
        '... on Official { name aliases positions { title endDate } } ... on Country { officialName capital } ... on Article { language body }',
        reps,
      ),
    );
    const e = result.data._entities;
    officials.forEach((o, i) => {
      expect(e[i]).toMatchObject({ name: o.name, aliases: o.aliases });
      expect((e[i]?.positions as unknown[]).length).toBe(o.positions.length);
    });
    expect(e.slice(5, 7).map((c) => c?.officialName)).toEqual(['Russian Federation', 'United States of America']);
    expect(e[7]).toEqual({ language: article.language, body: article.body });
    // officials (with positions: one statement with relation joins, two without), countries by
    // alpha-3, article by url
    expect(sql.length).toBeLessThanOrEqual(loadPerformanceConfig().relationJoins ? 3 : 4);
  });

  it('returns a federated trace when a gateway asks for one', async () => {
    const traced = await post<unknown>(urlOf(newsgraph), '{ country(code: "RU") { name } }', { 'apollo-federation-include-trace': 'ftv1' });
    expect(typeof traced.extensions?.ftv1).toBe('string');
    const plain = await post<unknown>(urlOf(newsgraph), '{ country(code: "RU") { name } }');
    expect(plain.extensions?.ftv1).toBeUndefined();
  });
});

describe('composition and a real gateway', () => {
  it('composes with another subgraph without errors', () => {
    const composed = compose();
    expect(composed.errors).toBeUndefined();
    expect(composed.publicSdl).toMatch(/gdp: Gdp/);
    expect(composed.publicSdl).toMatch(/largestEconomies/);
  });

  it('extends our Country with their field (Newsgraph -> economics)', async () => {
    const r = await post<{ country: { name: string; gdp: { usd: number; year: number } } }>(
      gatewayUrl,
      '{ country(code: "RU") { name officialName gdp { usd year } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ country: { name: 'Russia', officialName: 'Russian Federation', gdp: { usd: 2.0e12, year: 2023 } } });
  });

  it('resolves their country and official references through Newsgraph (economics -> Newsgraph)', async () => {
    const r = await post<{ largestEconomies: { code: string; name: string; capital: string }[]; finance: { title: string; spokesperson: { name: string; positions: { title: string }[] } } }>(
      gatewayUrl,
      '{ largestEconomies { code name capital } finance { title spokesperson { name positions { title } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.largestEconomies).toEqual([
      { code: 'US', name: 'United States', capital: 'Washington D.C.' },
      { code: 'CN', name: 'China', capital: 'Beijing' },
      { code: 'RU', name: 'Russia', capital: 'Moscow' },
    ]);
    expect(r.data!.finance.spokesperson).toEqual({ name: 'Sergey Lavrov', positions: [{ title: 'Foreign Minister' }] });
  });

  it('follows an event participant into the other subgraph', async () => {
    const r = await post<{ diplomaticEvents: { edges: { node: { participants: { role: string; actor: { code?: string; gdp?: { usd: number } | null } }[] } }[] } }>(
      gatewayUrl,
      '{ diplomaticEvents(filter: { types: [MILITARY_WITHDRAWAL] }) { edges { node { participants { role actor { ... on Country { code gdp { usd } } } } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const countries = r.data!.diplomaticEvents.edges[0]!.node.participants.filter((p) => p.actor.code);
    expect(countries).toEqual([
      { role: 'INITIATOR', actor: { code: 'US', gdp: { usd: 27.7e12 } } },
      { role: 'RECIPIENT', actor: { code: 'AF', gdp: null } },
    ]);
  });
});
