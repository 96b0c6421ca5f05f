// Builds articles with graphs of a chosen size, unique to the calling test.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../src/db/index.ts';
import type { ArticleRecord, DiplomaticEventType, ExtractedGraph } from '../../src/ingest/types.ts';
import { storeArticleGraph } from '../../src/services/graph-writer.ts';

export const uid = () => randomBytes(4).toString('hex');

export interface FakeArticleOptions {
  countries?: string[];
  officials?: number;
  events?: number;
  eventType?: DiplomaticEventType;
  date?: string;
  publishedAt?: Date;
  tag?: string;
}

/** An article whose body has one sentence per event, and a graph that refers to it. */
export function fakeArticle(o: FakeArticleOptions = {}): { article: ArticleRecord; graph: ExtractedGraph } {
  const tag = o.tag ?? uid();
  const countries = o.countries ?? ['FR', 'DE'];
  const [a, b] = [countries[0] ?? 'FR', countries[1] ?? countries[0] ?? 'DE'];
  const officials = Array.from({ length: o.officials ?? 1 }, (_, i) => ({
    slug: `official-${tag}-${i}`,
    name: `Official ${tag} ${i}`,
    aliases: [`O${tag}${i}`],
    countryCode: a,
    mentions: 1,
    positions: [
      { title: 'Foreign Minister', countryCode: a, organizationSlug: `ministry-${tag}`, start: { date: '2020-01-01', precision: 'YEAR' as const }, end: null },
      { title: `Envoy ${i}`, countryCode: b, organizationSlug: null, start: null, end: null },
    ],
  }));
  const sentences = Array.from({ length: o.events ?? 1 }, (_, i) => `Event ${i} of ${tag} happened between ${a} and ${b}.`);
  const body = sentences.join(' ');
  let offset = 0;
  const evidence = sentences.map((s) => {
    const start = offset;
    offset += s.length + 1;
    return { sentence: s, start, end: start + s.length };
  });
  return {
    article: {
      url: `https://example.test/${tag}`,
      title: `Article ${tag}`,
      body,
      language: 'en',
      publishedAt: o.publishedAt ?? new Date('2024-05-01T10:00:00Z'),
      sourceName: 'Test Wire',
    },
    graph: {
      countries: countries.map((code) => ({ code, mentions: 1 })),
      organizations: [{ slug: `ministry-${tag}`, name: `Ministry ${tag}`, aliases: [], kind: 'MINISTRY', countryCode: a, mentions: 1 }],
      officials,
      events: evidence.map((ev, i) => ({
        type: o.eventType ?? 'MEETING',
        date: { date: o.date ?? `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, precision: 'DAY' as const },
        summary: `Event ${i} of ${tag}.`,
        factuality: 'ASSERTED' as const,
        confidence: 0.9,
        participants: [
          { role: 'INITIATOR' as const, actor: { kind: 'country' as const, code: a } },
          { role: 'RECIPIENT' as const, actor: { kind: 'country' as const, code: b === a ? 'GB' : b } },
          ...officials.map((p) => ({ role: 'PARTICIPANT' as const, actor: { kind: 'official' as const, slug: p.slug } })),
          { role: 'MEDIATOR' as const, actor: { kind: 'organization' as const, slug: `ministry-${tag}` } },
        ],
        evidence: [ev],
      })),
    },
  };
}

export async function storeFake(prisma: PrismaClient, o: FakeArticleOptions = {}) {
  const { article, graph } = fakeArticle(o);
  const result = await storeArticleGraph(prisma, article, graph);
  return { ...result, article, graph };
}
