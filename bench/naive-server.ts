// The naive build: the same Prisma client and the same field names as Newsgraph for the
// benchmark's operations, but plain graphql-js resolvers with no batching and no query
// planning: every list field runs one query per parent row (the classic N+1). It shows what
// Newsgraph's Prisma plugin planning and DataLoaders buy. Benchmark only; not a full schema.
//   DATABASE_URL=postgresql://... PORT=... npx tsx bench/naive-server.ts
import { createServer } from 'node:http';
import { decodeBase64, decodeCursorChunk, encodeBase64, encodeCursorChunk } from '@pothos/core';
import { GraphQLScalarType } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { openDatabase } from '../src/db/index.ts';
import type { Prisma } from '../src/generated/prisma/client.ts';
import { DiplomaticEventType } from '../src/generated/prisma/enums.ts';

const url = process.env.DATABASE_URL ?? '';
const port = Number(process.env.PORT ?? 4100);
const db = await openDatabase({
  database: { kind: 'postgres', url },
  dbConnectTimeoutMs: 5_000,
  dbStatementTimeoutMs: 15_000,
  dbPoolMax: Number(process.env.DB_POOL_MAX ?? 10),
});
const prisma = db.prisma;
let statements = 0;
db.onStatement(() => (statements += 1));

const typeDefs = /* GraphQL */ `
  scalar Date
  interface Node { id: ID! }
  union Actor = Country | Official | Organization
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type Country implements Node {
    id: ID! code: String! name: String! region: String
    officials(first: Int, after: String): OfficialConnection!
  }
  type Official implements Node { id: ID! name: String! slug: String! country: Country positions: [Position!]! }
  type Organization implements Node { id: ID! name: String! slug: String! country: Country }
  type Position { title: String! startDate: Date endDate: Date country: Country organization: Organization }
  type Article implements Node { id: ID! title: String! url: String! publishedAt: String source: String }
  type Participant { role: String! actor: Actor! }
  type Evidence { sentence: String! start: Int! end: Int! article: Article! }
  type DiplomaticEvent implements Node {
    id: ID! type: String! date: Date summary: String! participants: [Participant!]! evidence: [Evidence!]!
  }
  type CountryEdge { cursor: String! node: Country! }
  type CountryConnection { edges: [CountryEdge!]! pageInfo: PageInfo! }
  type OfficialEdge { cursor: String! node: Official! }
  type OfficialConnection { edges: [OfficialEdge!]! pageInfo: PageInfo! }
  type ArticleEdge { cursor: String! node: Article! }
  type ArticleConnection { edges: [ArticleEdge!]! pageInfo: PageInfo! }
  type DiplomaticEventEdge { cursor: String! node: DiplomaticEvent! }
  type DiplomaticEventConnection { edges: [DiplomaticEventEdge!]! pageInfo: PageInfo! }
  enum DiplomaticEventType { ${Object.values(DiplomaticEventType).join(' ')} }
  input DiplomaticEventFilter { types: [DiplomaticEventType!] countryCodes: [String!] }
  type Query {
    countries(first: Int, after: String, region: String): CountryConnection!
    articles(first: Int, after: String): ArticleConnection!
    diplomaticEvents(first: Int, after: String, filter: DiplomaticEventFilter): DiplomaticEventConnection!
    node(id: ID!): Node
  }
`;

const cursorOf = (v: unknown) => encodeBase64(`GPC:${encodeCursorChunk(v)}`);
// Newsgraph's keyset cursors carry the sort keys, the id last (src/schema/keyset.ts); the naive build pages by the id.
const cursorValue = (c: string) => {
  const v: unknown = decodeCursorChunk(decodeBase64(c).slice(4));
  return Array.isArray(v) ? v.at(-1) : v;
};
const globalId = (type: string, id: unknown) => encodeBase64(`${type}:${String(id)}`);

/** One page, Relay style: `first` rows after the cursor row, plus one to know whether more follow. */
async function page<T extends Record<string, unknown>>(
  rows: (take: number, cursor: unknown) => Promise<T[]>,
  key: string,
  args: { first?: number | null; after?: string | null },
) {
  const first = Math.min(args.first ?? 20, 100);
  const got = await rows(first + 1, args.after ? cursorValue(args.after) : undefined);
  const nodes = got.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node[key]), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: got.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const withCursor = <K extends string>(field: K, cursor: unknown) =>
  cursor === undefined ? {} : { cursor: { [field]: cursor } as Record<K, never>, skip: 1 };

const typeOf = (o: Record<string, unknown>) => o.__type as string;
const tag = <T extends object>(type: string, o: T | null) => (o ? { ...o, __type: type } : null);

const schema = createSchema({
  typeDefs,
  resolvers: {
    Date: new GraphQLScalarType({ name: 'Date', serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v) }),
    Node: { __resolveType: typeOf },
    Actor: { __resolveType: typeOf },
    Query: {
      countries: (_: unknown, args: { first?: number; after?: string; region?: string }) =>
        page(
          async (take, cursor) =>
            (
              await prisma.country.findMany({
                where: args.region ? { region: { equals: args.region, mode: 'insensitive' } } : {},
                orderBy: [{ name: 'asc' }, { code: 'asc' }],
                take,
                ...withCursor('code', cursor),
              })
            ).map((c) => tag('Country', c)!),
          'code',
          args,
        ),
      articles: (_: unknown, args: { first?: number; after?: string }) =>
        page(
          async (take, cursor) =>
            prisma.article.findMany({
              orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
              take,
              ...withCursor('id', cursor),
            }),
          'id',
          args,
        ),
      diplomaticEvents: (_: unknown, args: { first?: number; after?: string; filter?: { types?: string[]; countryCodes?: string[] } }) => {
        const f = args.filter ?? {};
        const where: Prisma.DiplomaticEventWhereInput = {
          AND: [
            ...(f.types?.length ? [{ type: { in: f.types as never } }] : []),
            ...(f.countryCodes?.length ? [{ participants: { some: { countryCode: { in: f.countryCodes } } } }] : []),
            { factuality: { in: ['ASSERTED'] } },
          ],
        };
        return page(
          async (take, cursor) =>
            prisma.diplomaticEvent.findMany({
              where,
              orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
              take,
              ...withCursor('id', cursor),
            }),
          'id',
          args,
        );
      },
      node: async (_: unknown, args: { id: string }) => {
        const [type, raw] = decodeBase64(args.id).split(':') as [string, string];
        if (type === 'Official') return tag('Official', await prisma.official.findUnique({ where: { id: Number(raw) } }));
        if (type === 'Organization') return tag('Organization', await prisma.organization.findUnique({ where: { id: Number(raw) } }));
        if (type === 'Country') return tag('Country', await prisma.country.findUnique({ where: { code: raw } }));
        if (type === 'Article') return tag('Article', await prisma.article.findUnique({ where: { id: Number(raw) } }));
        if (type === 'DiplomaticEvent') return tag('DiplomaticEvent', await prisma.diplomaticEvent.findUnique({ where: { id: Number(raw) } }));
        return null;
      },
    },
    Country: {
      id: (c: { code: string }) => globalId('Country', c.code),
      officials: (c: { code: string }, args: { first?: number; after?: string }) =>
        page(
          (take, cursor) =>
            prisma.official.findMany({
              where: { countryCode: c.code },
              orderBy: [{ name: 'asc' }, { id: 'asc' }],
              take,
              ...withCursor('id', cursor),
            }),
          'id',
          args,
        ),
    },
    Official: {
      id: (o: { id: number }) => globalId('Official', o.id),
      country: async (o: { countryCode: string | null }) =>
        o.countryCode ? tag('Country', await prisma.country.findUnique({ where: { code: o.countryCode } })) : null,
      positions: (o: { id: number }) =>
        prisma.position.findMany({ where: { officialId: o.id }, orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] }),
    },
    Organization: {
      id: (o: { id: number }) => globalId('Organization', o.id),
      country: async (o: { countryCode: string | null }) =>
        o.countryCode ? tag('Country', await prisma.country.findUnique({ where: { code: o.countryCode } })) : null,
    },
    Position: {
      country: async (p: { countryCode: string | null }) =>
        p.countryCode ? tag('Country', await prisma.country.findUnique({ where: { code: p.countryCode } })) : null,
      organization: async (p: { organizationId: number | null }) =>
        p.organizationId ? tag('Organization', await prisma.organization.findUnique({ where: { id: p.organizationId } })) : null,
    },
    Article: {
      id: (a: { id: number }) => globalId('Article', a.id),
      publishedAt: (a: { publishedAt: Date | null }) => a.publishedAt?.toISOString() ?? null,
      source: (a: { sourceName: string | null }) => a.sourceName,
    },
    DiplomaticEvent: {
      id: (e: { id: number }) => globalId('DiplomaticEvent', e.id),
      participants: (e: { id: number }) =>
        prisma.eventParticipant.findMany({ where: { eventId: e.id }, orderBy: [{ role: 'asc' }, { id: 'asc' }] }),
      evidence: (e: { id: number }) =>
        prisma.evidence.findMany({ where: { eventId: e.id }, orderBy: [{ articleId: 'asc' }, { start: 'asc' }] }),
    },
    Participant: {
      actor: async (p: { countryCode: string | null; officialId: number | null; organizationId: number | null }) => {
        if (p.countryCode) return tag('Country', await prisma.country.findUnique({ where: { code: p.countryCode } }));
        if (p.officialId) return tag('Official', await prisma.official.findUnique({ where: { id: p.officialId } }));
        return tag('Organization', await prisma.organization.findUnique({ where: { id: p.organizationId! } }));
      },
    },
    Evidence: {
      article: (e: { articleId: number }) => prisma.article.findUnique({ where: { id: e.articleId } }),
    },
  },
});

const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false });
const server = createServer((req, res) => {
  if (req.url === '/__bench/statements') {
    res.end(String(statements));
    return;
  }
  void yoga(req, res);
});
server.listen(port, '127.0.0.1', () => console.log(`READY ${port}`));
process.on('SIGTERM', () => {
  server.close();
  void db.close().finally(() => process.exit(0));
});
