// Full-text search over articles and name search over entities, in SQL: one statement per
// page, whatever the filters. Matching, ranking and highlighting happen in PostgreSQL.
import type { PrismaClient } from '../db/index.ts';
import { Prisma } from '../generated/prisma/client.ts';

export interface ArticleSearchFilter {
  countryCodes?: string[];
  officialIds?: number[];
  organizationIds?: number[];
  eventTypes?: string[];
  from?: Date | null;
  to?: Date | null;
}

export interface ArticleHit {
  id: number;
  rank: number;
  snippet: string;
  title: string;
}

export const MARK_START = '<mark>';
export const MARK_END = '</mark>';

// Highlights are safe HTML. The text is HTML-escaped in SQL before ts_headline sees it, so
// its parser finds no tag to drop (it drops what looks like one, and leaves what does not,
// such as `<img src=x onerror=alert(1)>`, verbatim), and the matches are marked with two
// private-use characters, removed from the text first, so the article itself can never
// produce or fake a mark. safeHighlight then turns only those marks into <mark> tags.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
// The whole title; with MaxFragments the fragment algorithm would cut it despite HighlightAll.
const TITLE_OPTIONS = `StartSel=${OPEN}, StopSel=${CLOSE}, HighlightAll=true`;

/** The column's text without our marks, HTML-escaped (& first). */
const escapedForHeadline = (column: Prisma.Sql) => Prisma.sql`replace(replace(replace(replace(replace(translate(${column}, ${`${OPEN}${CLOSE}`}, ''),
  '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')`;

/** ts_headline's output over escaped text: its marks as <mark> tags, and (defensively) no other angle bracket. */
export function safeHighlight(marked: string): string {
  return marked
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replaceAll(OPEN, MARK_START)
    .replaceAll(CLOSE, MARK_END);
}

const list = <T>(values: readonly T[]) => Prisma.join(values.map((v) => Prisma.sql`${v}`));

function articleConditions(f: ArticleSearchFilter): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (f.countryCodes?.length) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleCountry" m WHERE m."articleId" = a.id AND m."countryCode" IN (${list(f.countryCodes)}))`);
  }
  if (f.officialIds?.length) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleOfficial" m WHERE m."articleId" = a.id AND m."officialId" IN (${list(f.officialIds)}))`);
  }
  if (f.organizationIds?.length) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleOrganization" m WHERE m."articleId" = a.id AND m."organizationId" IN (${list(f.organizationIds)}))`);
  }
  if (f.eventTypes?.length) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Evidence" ev JOIN "DiplomaticEvent" e ON e.id = ev."eventId"
      WHERE ev."articleId" = a.id AND e."type"::text IN (${list(f.eventTypes)}))`);
  }
  if (f.from) and.push(Prisma.sql`a."publishedAt" >= ${f.from}`);
  // `to` is a calendar date: the whole day counts.
  if (f.to) and.push(Prisma.sql`a."publishedAt" < ${new Date(f.to.getTime() + 86_400_000)}`);
  return and;
}

/**
 * What a search computes besides the page's ids and ranks; each is left out (empty, 0) when
 * not asked for. The body's headline is about a third of the statement's PostgreSQL CPU for
 * a page of 20 (ts_headline parses each body), the total a window over every match.
 */
export interface ArticleSearchWants {
  snippet: boolean;
  title: boolean;
  total: boolean;
}
const EVERYTHING: ArticleSearchWants = { snippet: true, title: true, total: true };

/**
 * One page of articles matching a web-search style query ("quoted phrases", OR, -word),
 * best first, with the total; headlines are computed for the page's rows only.
 */
export async function searchArticles(
  prisma: PrismaClient,
  query: string,
  filter: ArticleSearchFilter,
  offset: number,
  limit: number,
  wants: ArticleSearchWants = EVERYTHING,
): Promise<{ hits: ArticleHit[]; total: number }> {
  const where = Prisma.join([Prisma.sql`a."searchVector" @@ q.q`, ...articleConditions(filter)], ' AND ');
  const total = wants.total ? Prisma.sql`count(*) OVER ()` : Prisma.sql`0`;
  const snippet = wants.snippet ? Prisma.sql`ts_headline('english', ${escapedForHeadline(Prisma.sql`a.body`)}, q.q, ${HEADLINE_OPTIONS})` : Prisma.sql`''`;
  const title = wants.title ? Prisma.sql`ts_headline('english', ${escapedForHeadline(Prisma.sql`a.title`)}, q.q, ${TITLE_OPTIONS})` : Prisma.sql`''`;
  const rows = await prisma.$queryRaw<(ArticleHit & { total: number })[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS q),
    page AS (
      SELECT a.id, ts_rank_cd(a."searchVector", q.q, 32) AS rank, a."publishedAt", ${total} AS total
      FROM "Article" a, q
      WHERE ${where}
      ORDER BY rank DESC, a."publishedAt" DESC NULLS LAST, a.id DESC
      OFFSET ${offset} LIMIT ${limit}
    )
    SELECT p.id, p.rank::float8 AS rank, p.total::int AS total, ${snippet} AS snippet, ${title} AS title
    FROM page p JOIN "Article" a ON a.id = p.id, q
    ORDER BY p.rank DESC, p."publishedAt" DESC NULLS LAST, p.id DESC`;
  if (rows.length || offset === 0 || !wants.total) {
    return { hits: rows.map((r) => ({ ...r, snippet: safeHighlight(r.snippet), title: safeHighlight(r.title) })), total: rows[0]?.total ?? 0 };
  }
  // Past the end the window has no row to report the total on.
  const [count] = await prisma.$queryRaw<{ total: number }[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS q)
    SELECT count(*)::int AS total FROM "Article" a, q WHERE ${where}`;
  return { hits: [], total: count?.total ?? 0 };
}

export type EntityKind = 'COUNTRY' | 'OFFICIAL' | 'ORGANIZATION';

export interface EntityHit {
  kind: EntityKind;
  key: string;
  score: number;
}

/**
 * Countries, officials and organizations whose name or an alias has a word starting with
 * the query (accents, case and punctuation ignored), or is close to it (typos, by
 * trigram similarity). Country codes match exactly. Best first: whole-word, then prefix,
 * then similar.
 */
export async function searchEntities(
  prisma: PrismaClient,
  text: string,
  kinds: readonly EntityKind[],
  countryCode: string | null,
  limit: number,
): Promise<EntityHit[]> {
  const parts: Prisma.Sql[] = [];
  const score = (names: Prisma.Sql) => Prisma.sql`
    (CASE WHEN ${names} LIKE '%' || q.f || '%' THEN 2 WHEN ${names} LIKE '%' || rtrim(q.f) || '%' THEN 1 ELSE 0 END
      + word_similarity(btrim(q.f), ${names}))`;
  const matches = (names: Prisma.Sql) => Prisma.sql`(${names} LIKE '%' || rtrim(q.f) || '%' OR btrim(q.f) <% ${names})`;
  if (kinds.includes('COUNTRY')) {
    const names = Prisma.sql`newsgraph_fold_names(ARRAY[c."name", c."officialName"] || c."aliases")`;
    const code = text.trim().toUpperCase();
    parts.push(Prisma.sql`
      SELECT 'COUNTRY' AS kind, c.code::text AS key, c.name AS name,
        CASE WHEN c.code = ${code} OR c.alpha3 = ${code} THEN 3 ELSE ${score(names)} END AS score
      FROM "Country" c, q
      WHERE (c.code = ${code} OR c.alpha3 = ${code} OR ${matches(names)})
        ${countryCode ? Prisma.sql`AND c.code = ${countryCode}` : Prisma.empty}`);
  }
  if (kinds.includes('OFFICIAL')) {
    const names = Prisma.sql`o."searchName"`;
    parts.push(Prisma.sql`
      SELECT 'OFFICIAL' AS kind, o.id::text AS key, o.name AS name, ${score(names)} AS score
      FROM "Official" o, q
      WHERE ${matches(names)} ${countryCode ? Prisma.sql`AND o."countryCode" = ${countryCode}` : Prisma.empty}`);
  }
  if (kinds.includes('ORGANIZATION')) {
    const names = Prisma.sql`g."searchName"`;
    parts.push(Prisma.sql`
      SELECT 'ORGANIZATION' AS kind, g.id::text AS key, g.name AS name, ${score(names)} AS score
      FROM "Organization" g, q
      WHERE ${matches(names)} ${countryCode ? Prisma.sql`AND g."countryCode" = ${countryCode}` : Prisma.empty}`);
  }
  if (!parts.length) return [];
  return prisma.$queryRaw<EntityHit[]>`
    WITH q AS (SELECT newsgraph_fold(${text}) AS f)
    SELECT kind, key, score::float8 AS score FROM (${Prisma.join(parts, ' UNION ALL ')}) hits
    ORDER BY score DESC, name, key
    LIMIT ${limit}`;
}
