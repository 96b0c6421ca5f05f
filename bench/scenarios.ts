// The benchmark's fixed GraphQL operations, written once per schema. Newsgraph and the naive
// build share the Newsgraph text; PostGraphile's equivalents are written by hand for its
// generated schema (Amber preset) and must return the same amount of data (checked by run.ts).
import { encodeBase64, encodeCursorTuple } from '@pothos/core';
import { createHash } from 'node:crypto';
import type pg from 'pg';

export type System = 'newsgraph' | 'naive' | 'postgraphile';
export interface Body {
  query: string;
  variables?: Record<string, unknown>;
}
export interface Scenario {
  id: string;
  /** Each request must differ (writes): bodies are used once each, in order, across runs. */
  unique?: boolean;
  /** Extra HTTP headers per system (API key for writes). */
  headers?: Partial<Record<'newsgraph' | 'postgraphile', Record<string, string>>>;
  /** Systems that take part (default all three). */
  systems?: System[];
  title: string;
  /** The GraphQL depth of the operation (levels of nested selections that load rows). */
  depth: number;
  bodies: Record<'newsgraph' | 'postgraphile', Body[]>;
  /** The same operation with a smaller page, to check that statements do not grow with page size. */
  small?: Record<'newsgraph' | 'postgraphile', Body>;
}

export const nested = (n: number) => ({
  newsgraph: `{ countries(first: ${n}) { edges { node { code name
    officials(first: ${n}) { edges { node { name slug positions { title startDate } } } } } } } }`,
  postgraphile: `{ allCountries(first: ${n}, orderBy: [NAME_ASC, CODE_ASC]) { edges { node { code name
    officialsByCountryCode(first: ${n}, orderBy: [NAME_ASC, ROW_ID_ASC]) { edges { node { name slug
      positionsByOfficialId(orderBy: [START_DATE_DESC, ROW_ID_ASC]) { nodes { title startDate } } } } } } } } }`,
});

export const events = (n: number) => ({
  newsgraph: `{ diplomaticEvents(first: ${n}, filter: { countryCodes: ["US"], types: [VISIT] }) { edges { node { type date summary
    participants { role actor { __typename ... on Country { code name } ... on Official { name } ... on Organization { name } } }
    evidence { sentence article { title url } } } } } }`,
  // PostGraphile has no filter through a relation without plugins: a SQL function (created by
  // the generator) is its idiomatic equivalent. It orders only by indexed columns by default,
  // so participants come by id (same rows, same sizes).
  postgraphile: `{ benchEventsByCountry(countryCode: "US", eventType: VISIT, first: ${n}) { edges { node { type date summary
    eventParticipantsByEventId(orderBy: [ROW_ID_ASC]) { nodes { role
      countryByCountryCode { code name } officialByOfficialId { name } organizationByOrganizationId { name } } }
    evidencesByEventId(orderBy: [ARTICLE_ID_ASC, START_ASC]) { nodes { sentence articleByArticleId { title url } } } } } } }`,
});

export async function buildScenarios(
  sql: pg.Client,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON and autocannon results
  pgl: (body: Body) => Promise<any>,
  optional: { search: boolean; ingest: boolean; adminToken: string; ingestCount: number },
): Promise<Scenario[]> {
  // 100 officials spread over the table, for node(id:) look-ups.
  const officials = (await sql.query<{ id: number }>('SELECT id FROM "Official" WHERE id % 97 = 1 ORDER BY id LIMIT 100')).rows.map((r) => r.id);
  const pglIds: string[] = [];
  for (const id of officials) pglIds.push((await pgl({ query: `{ officialByRowId(rowId: ${id}) { id } }` })).data.officialByRowId.id);
  // Deep pagination: the page after the article in the middle of the newest-first order.
  const total = Number((await sql.query('SELECT count(*) AS n FROM "Article"')).rows[0].n);
  const middle = Math.floor(total / 2);
  const midRow = (await sql.query<{ id: number; publishedAt: Date | null }>(`SELECT id, "publishedAt" FROM "Article" ORDER BY "publishedAt" DESC NULLS LAST, id DESC OFFSET ${middle} LIMIT 1`)).rows[0]!;
  const mid = midRow.id;
  // The cursor as Newsgraph hands it out (an edge's `cursor`): the row's sort keys, so the
  // page after it is one seek (src/schema/keyset.ts).
  const ngCursor = encodeBase64(`GPC:${encodeCursorTuple([midRow.publishedAt, mid])}`);
  const pglCursor = (await pgl({ query: `{ allArticles(orderBy: [PUBLISHED_AT_DESC, ROW_ID_DESC], first: 1, offset: ${middle}) { edges { cursor node { rowId } } } }` }))
    .data.allArticles.edges[0];
  if (pglCursor.node.rowId !== mid) throw new Error(`PostGraphile and SQL disagree on the middle article: ${pglCursor.node.rowId} vs ${mid}`);

  const extra: Scenario[] = [];
  if (optional.search) {
    extra.push({
      id: 'search',
      title: '6. full-text search (`"sanctions embassy"`, first 20)',
      depth: 2,
      systems: ['newsgraph', 'postgraphile'],
      bodies: {
        newsgraph: [{ query: '{ search(query: "sanctions embassy", first: 20) { edges { node { article { title url } } } } }' }],
        postgraphile: [{ query: '{ benchSearchArticles(q: "sanctions embassy", first: 20) { nodes { title url } } }' }],
      },
    });
  }
  if (optional.ingest) {
    const ids = Array.from({ length: optional.ingestCount }, (_, i) => `${Date.now().toString(36)}-${i}`);
    const text = (id: string) =>
      `Norway formally recognized the new government of Chile on Monday, Foreign Minister Anna Smith said in Oslo (${id}). ` +
      `The decision follows talks between the two countries' delegations. Chile's ambassador presented credentials to Norway.`;
    extra.push({
      id: 'ingest',
      title: '7. ingestion mutation (Newsgraph `ingestArticle` with extraction; PostGraphile `createArticle`, a plain insert)',
      depth: 2,
      unique: true,
      systems: ['newsgraph', 'postgraphile'],
      headers: { newsgraph: { authorization: `Bearer ${optional.adminToken}` } },
      bodies: {
        newsgraph: ids.map((id) => ({
          query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { title url } } }',
          variables: { input: { url: `https://bench-ingest.example/${id}`, title: `Norway recognizes Chile ${id}`, text: text(id), sourceName: 'Bench', publishedAt: '2025-06-02T08:00:00Z' } },
        })),
        // Other URLs and texts than Newsgraph's, both unique (same database).
        postgraphile: ids.map((id) => ({
          query: 'mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { title url } } }',
          variables: {
            input: {
              article: {
                url: `https://bench-ingest.example/pgl/${id}`, title: `Norway recognizes Chile ${id}`, body: text(`pgl-${id}`), sourceName: 'Bench',
                publishedAt: '2025-06-02T08:00:00Z', contentHash: createHash('sha256').update(text(`pgl-${id}`)).digest('hex'), updatedAt: new Date().toISOString(),
              },
            },
          },
        })),
      },
    });
  }
  return [
    {
      id: 'typename',
      title: '1. `{ __typename }`',
      depth: 0,
      bodies: { newsgraph: [{ query: '{ __typename }' }], postgraphile: [{ query: '{ __typename }' }] },
    },
    {
      id: 'nested',
      title: '2. countries → officials → positions (20 × 20)',
      depth: 3,
      bodies: { newsgraph: [{ query: nested(20).newsgraph }], postgraphile: [{ query: nested(20).postgraphile }] },
      small: { newsgraph: { query: nested(3).newsgraph }, postgraphile: { query: nested(3).postgraphile } },
    },
    {
      id: 'events',
      title: '3. events (US, VISIT) → participants → actor → evidence → article',
      depth: 4,
      bodies: { newsgraph: [{ query: events(20).newsgraph }], postgraphile: [{ query: events(20).postgraphile }] },
      small: { newsgraph: { query: events(3).newsgraph }, postgraphile: { query: events(3).postgraphile } },
    },
    {
      id: 'node',
      title: '4. `node(id:)` look-ups (official + country)',
      depth: 2,
      bodies: {
        newsgraph: officials.map((id) => ({
          query: 'query ($id: ID!) { node(id: $id) { id ... on Official { name slug country { code name } } } }',
          variables: { id: encodeBase64(`Official:${id}`) },
        })),
        postgraphile: pglIds.map((id) => ({
          query: 'query ($id: ID!) { node(id: $id) { id ... on Official { name slug countryByCountryCode { code name } } } }',
          variables: { id },
        })),
      },
    },
    {
      id: 'deep-page',
      title: `5. deep cursor page (first: 100 after article #${middle.toLocaleString('en')})`,
      depth: 1,
      bodies: {
        newsgraph: [{
          query: 'query ($after: String!) { articles(first: 100, after: $after) { edges { cursor node { id title publishedAt } } pageInfo { hasNextPage endCursor } } }',
          variables: { after: ngCursor },
        }],
        postgraphile: [{
          query: 'query ($after: Cursor!) { allArticles(first: 100, after: $after, orderBy: [PUBLISHED_AT_DESC, ROW_ID_DESC]) { edges { cursor node { id title publishedAt } } pageInfo { hasNextPage endCursor } } }',
          variables: { after: pglCursor.cursor },
        }],
      },
    },
    ...extra,
  ];
}

/** Non-null scalar values in a response, __typename aside: equal for equal data. */
export function leafCount(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + leafCount(v), 0);
  if (typeof value === 'object') {
    let n = 0;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (k !== '__typename') n += leafCount(v);
    return n;
  }
  return 1;
}
