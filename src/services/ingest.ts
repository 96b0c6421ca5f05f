// The ingestion pipeline: raw article (text or HTML) -> validated, cleaned body ->
// extracted graph -> one transaction. Bad input is refused before anything is written.
import type { PrismaClient } from '../db/index.ts';
import { cleanBody, splitHeadline } from '../ingest/clean.ts';
import { detectLanguage, extractGraph } from '../ingest/extract/index.ts';
import { extractHtml } from '../ingest/formats/html.ts';
import type { ArticleRecord, ExtractedGraph } from '../ingest/types.ts';
import { htmlDepth, MAX_HTML_DEPTH } from '../ingest/formats/html-depth.ts';
import { runOffThread } from './extraction-pool.ts';
import { storeArticleGraph, type StoreResult } from './graph-writer.ts';

/** Documented limits (README, "Ingestion"). */
export const INGEST_LIMITS = {
  /** Raw `text` or `html` as sent, in UTF-8 bytes. */
  maxInputBytes: 2_000_000,
  /** The cleaned article body, in characters. */
  maxBodyChars: 200_000,
  maxTitleChars: 1_000,
  maxUrlChars: 2_048,
} as const;

/** Languages the extractors handle; others are stored but not extracted. */
export const EXTRACTED_LANGUAGES = new Set(['en']);

export type IngestErrorReason =
  | 'INVALID_URL'
  | 'NO_CONTENT'
  | 'BOTH_TEXT_AND_HTML'
  | 'EMPTY_TEXT'
  | 'TOO_LARGE'
  | 'BINARY_CONTENT'
  | 'INVALID_ENCODING'
  | 'MALFORMED_FEED'
  | 'TOO_DEEPLY_NESTED';

export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly reason: IngestErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export interface IngestInput {
  url: string;
  title?: string | null;
  text?: string | null;
  html?: string | null;
  publishedAt?: Date | null;
  sourceName?: string | null;
  /** Language to assume instead of detecting it. */
  language?: string | null;
  /** Accept `file:` URLs (the CLI, for local files without a URL of their own). */
  allowFileUrl?: boolean;
}

export interface IngestOutcome extends StoreResult {
  extracted: boolean;
  language: string;
  eventIds: number[];
}

const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/** The canonical form of an article URL: http(s), lower-case host, no fragment or tracking parameters. */
export function canonicalUrl(raw: string, allowFile = false): string {
  const value = raw.trim();
  if (!value || value.length > INGEST_LIMITS.maxUrlChars) throw new IngestError('INVALID_URL', 'url must be an http(s) URL of at most 2048 characters');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new IngestError('INVALID_URL', `url is not a valid URL: ${JSON.stringify(value.slice(0, 100))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && !(allowFile && url.protocol === 'file:')) {
    throw new IngestError('INVALID_URL', 'url must use http or https');
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  return url.toString();
}

/**
 * The form an article is looked up by (`article(url:)`, the federation key `Article.url`):
 * an http(s) or file URL in its canonical form, as ingestion stores it; anything else (a
 * URN, a malformed value) as given, trimmed, which then simply matches nothing or itself.
 */
export function lookupUrl(raw: string): string {
  try {
    return canonicalUrl(raw, true);
  } catch {
    return raw.trim();
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses text that is not text: NUL bytes, many control characters, broken Unicode. */
export function checkText(value: string, field: string): void {
  if (Buffer.byteLength(value, 'utf8') > INGEST_LIMITS.maxInputBytes) {
    throw new IngestError('TOO_LARGE', `${field} is larger than ${INGEST_LIMITS.maxInputBytes} bytes`);
  }
  // eslint-disable-next-line no-control-regex
  const controls = value.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (value.includes('\u0000') || controls > Math.max(2, value.length / 1000)) {
    throw new IngestError('BINARY_CONTENT', `${field} looks like binary data, not text`);
  }
  const replacements = value.match(/\uFFFD/g)?.length ?? 0;
  if (LONE_SURROGATE.test(value) || replacements > Math.max(2, value.length / 1000)) {
    throw new IngestError('INVALID_ENCODING', `${field} is not valid UTF-8 text`);
  }
}

/** Validates and normalises the input into the article to store; throws IngestError. */
export function prepareArticle(input: IngestInput): ArticleRecord {
  const url = canonicalUrl(input.url, input.allowFileUrl);
  const hasText = input.text != null;
  const hasHtml = input.html != null;
  if (hasText && hasHtml) throw new IngestError('BOTH_TEXT_AND_HTML', 'give either text or html, not both');
  if (!hasText && !hasHtml) throw new IngestError('NO_CONTENT', 'give the article as text or as html');
  const raw = (input.text ?? input.html) as string;
  checkText(raw, hasText ? 'text' : 'html');
  if (input.title) checkText(input.title, 'title');

  let title = input.title?.trim() || null;
  let body: string;
  let publishedAt = input.publishedAt ?? null;
  let sourceName = input.sourceName?.trim() || null;
  if (hasHtml) {
    if (htmlDepth(raw, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
      throw new IngestError('TOO_DEEPLY_NESTED', `html nests elements more than ${MAX_HTML_DEPTH} deep`);
    }
    const page = extractHtml(raw);
    title ??= page.title;
    body = cleanBody(page.text);
    publishedAt ??= page.publishedAt;
    sourceName ??= page.siteName;
  } else if (title) {
    body = cleanBody(raw);
  } else {
    const split = splitHeadline(raw);
    title = split.title;
    body = cleanBody(split.body);
  }
  if (!body) throw new IngestError('EMPTY_TEXT', 'the article has no text');
  if (body.length > INGEST_LIMITS.maxBodyChars) {
    throw new IngestError('TOO_LARGE', `the article body is longer than ${INGEST_LIMITS.maxBodyChars} characters`);
  }
  title = (title ?? body.slice(0, 120)).replace(/\s+/g, ' ').trim().slice(0, INGEST_LIMITS.maxTitleChars);
  const language = input.language?.trim().toLowerCase() || detectLanguage(`${title}\n${body}`);
  return { url, title, body, language, publishedAt, sourceName };
}

/**
 * Officials named by surname alone ("Putin") in one article are the full-named officials
 * already in the graph from earlier ones: map them to the stored slug.
 */
async function resolveKnownOfficials(prisma: PrismaClient, graph: ExtractedGraph): Promise<ExtractedGraph> {
  const lone = graph.officials.filter((o) => !o.name.includes(' '));
  if (lone.length === 0) return graph;
  const known = await prisma.official.findMany({
    where: { OR: lone.map((o) => ({ OR: [{ aliases: { has: o.name } }, { name: { endsWith: ` ${o.name}` } }] })) },
    select: { slug: true, name: true, aliases: true, countryCode: true },
  });
  const rename = new Map<string, string>();
  for (const o of lone) {
    const matches = known.filter(
      (k) => (k.aliases.includes(o.name) || k.name.endsWith(` ${o.name}`)) && (!o.countryCode || !k.countryCode || k.countryCode === o.countryCode),
    );
    if (matches.length === 1) rename.set(o.slug, matches[0]!.slug);
  }
  if (rename.size === 0) return graph;
  const slug = (s: string) => rename.get(s) ?? s;
  return {
    ...graph,
    officials: graph.officials.map((o) => {
      const target = known.find((k) => k.slug === rename.get(o.slug));
      return target ? { ...o, slug: target.slug, name: target.name, aliases: [...new Set([...o.aliases, o.name])] } : o;
    }),
    events: graph.events.map((e) => ({
      ...e,
      participants: e.participants.map((p) => (p.actor.kind === 'official' ? { ...p, actor: { kind: 'official', slug: slug(p.actor.slug) } } : p)),
    })),
  };
}

/** What the synchronous part of ingestion hands back: the article and its graph (null: a language not extracted), or the refusal. */
export type Prepared =
  | { ok: true; article: ArticleRecord; graph: ExtractedGraph | null }
  | { ok: false; reason: IngestErrorReason; message: string };

const EMPTY_GRAPH: ExtractedGraph = { countries: [], organizations: [], officials: [], events: [] };

/**
 * The synchronous part of ingestion, pure CPU work: validation, cleaning and (when the language
 * is handled) extraction; a refusal as data. Runs on a worker thread (src/services/extraction-pool.ts).
 */
export function prepareAndExtract(input: IngestInput): Prepared {
  try {
    const article = prepareArticle(input);
    const graph = EXTRACTED_LANGUAGES.has(article.language) ? extractGraph({ title: article.title, body: article.body, publishedAt: article.publishedAt }) : null;
    return { ok: true, article, graph };
  } catch (err) {
    if (err instanceof IngestError) return { ok: false, reason: err.reason, message: err.message };
    throw err;
  }
}

/** Ingests one article: validates, extracts (when the language is handled) and stores it. */
export async function ingestArticle(prisma: PrismaClient, input: IngestInput): Promise<IngestOutcome> {
  const prepared = await runOffThread(input, prepareAndExtract);
  if (!prepared.ok) throw new IngestError(prepared.reason, prepared.message);
  const { article } = prepared;
  const graph = prepared.graph ? await resolveKnownOfficials(prisma, prepared.graph) : EMPTY_GRAPH;
  const stored = await storeArticleGraph(prisma, article, graph);
  return { ...stored, extracted: prepared.graph !== null, language: article.language };
}
