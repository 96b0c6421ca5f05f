// Small builders for the analyst tests: articles with a chosen text, and events between
// chosen actors on chosen dates, stored through the real graph writer.
import type { PrismaClient } from '../../src/db/index.ts';
import type { ActorRef, DatePrecision, DiplomaticEventType, ExtractedGraph, ExtractedOfficial } from '../../src/ingest/types.ts';
import { storeArticleGraph } from '../../src/services/graph-writer.ts';
import { uid } from '../helpers/factory.ts';

export async function storeText(
  prisma: PrismaClient,
  o: { title: string; body: string; countries?: string[]; publishedAt?: Date },
) {
  const graph: ExtractedGraph = {
    countries: (o.countries ?? []).map((code) => ({ code, mentions: 1 })),
    organizations: [],
    officials: [],
    events: [],
  };
  return storeArticleGraph(
    prisma,
    {
      url: `https://example.test/text-${uid()}`,
      title: o.title,
      body: o.body,
      language: 'en',
      publishedAt: o.publishedAt ?? new Date('2024-05-01T10:00:00Z'),
      sourceName: 'Test Wire',
    },
    graph,
  );
}

export interface EventSpec {
  type: DiplomaticEventType;
  date: string | null;
  precision?: DatePrecision;
  initiator: ActorRef[];
  recipient: ActorRef[];
}

/** One article reporting the given events (one sentence each) among the given officials. */
export async function storeEvents(
  prisma: PrismaClient,
  events: EventSpec[],
  extra: { officials?: ExtractedOfficial[]; organizations?: ExtractedGraph['organizations'] } = {},
) {
  const tag = uid();
  const sentences = events.map((e, i) => `Report ${tag} number ${i} says a ${e.type.toLowerCase().replace(/_/g, ' ')} took place.`);
  let offset = 0;
  const evidence = sentences.map((sentence) => {
    const start = offset;
    offset += sentence.length + 1;
    return { sentence, start, end: start + sentence.length };
  });
  const codes = new Set<string>();
  for (const e of events) for (const a of [...e.initiator, ...e.recipient]) if (a.kind === 'country') codes.add(a.code);
  return storeArticleGraph(
    prisma,
    {
      url: `https://example.test/events-${tag}`,
      title: `Events ${tag}`,
      body: sentences.join(' '),
      language: 'en',
      publishedAt: new Date('2024-06-01T00:00:00Z'),
      sourceName: 'Test Wire',
    },
    {
      countries: [...codes].map((code) => ({ code, mentions: 1 })),
      organizations: extra.organizations ?? [],
      officials: extra.officials ?? [],
      events: events.map((e, i) => ({
        type: e.type,
        date: e.date ? { date: e.date, precision: e.precision ?? 'DAY' } : null,
        summary: `${e.type} ${tag} ${i}`,
        factuality: 'ASSERTED',
        confidence: 1,
        participants: [
          ...e.initiator.map((actor) => ({ role: 'INITIATOR' as const, actor })),
          ...e.recipient.map((actor) => ({ role: 'RECIPIENT' as const, actor })),
        ],
        evidence: [evidence[i]!],
      })),
    },
  );
}

export const country = (code: string): ActorRef => ({ kind: 'country', code });
export const official = (slug: string): ActorRef => ({ kind: 'official', slug });
export const organization = (slug: string): ActorRef => ({ kind: 'organization', slug });
