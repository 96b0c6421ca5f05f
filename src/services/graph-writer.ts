// Stores an article and the graph extracted from it, in one transaction: either all of it
// lands or none of it. Storing the same article again updates it and re-derives its links,
// never duplicating entities, events or evidence.
import { createHash } from 'node:crypto';
import { EVENT_TYPES } from '../domain/event-types.ts';
import type { PrismaClient } from '../db/index.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { ActorRef, ArticleRecord, ExtractedEvent, ExtractedGraph, PartialDate } from '../ingest/types.ts';

type Tx = Prisma.TransactionClient;

export interface StoreResult {
  articleId: number;
  created: boolean;
  entitiesCreated: number;
  eventsCreated: number;
  eventsLinked: number;
  /** The events the article reports, created or merged. */
  eventIds: number[];
}

export class GraphIntegrityError extends Error {
  override name = 'GraphIntegrityError';
}

export const contentHash = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex');

const toDate = (d: PartialDate | null) => (d ? new Date(`${d.date}T00:00:00.000Z`) : null);

const actorKey = (a: ActorRef) => (a.kind === 'country' ? `country:${a.code}` : `${a.kind}:${a.slug}`);

/** The natural key that makes reports of one event from several articles one event. */
export function eventKey(e: ExtractedEvent): string {
  const side = (role: string) =>
    e.participants
      .filter((p) => p.role === role)
      .map((p) => actorKey(p.actor))
      .sort()
      .join('+');
  // Year granularity: two reports of one event rarely agree on more, and recurring events
  // (visits, sanctions rounds) in different years stay apart.
  const when = e.date ? e.date.date.slice(0, 4) : 'undated';
  return [e.type, side('INITIATOR'), side('RECIPIENT'), when, e.factuality].join('|');
}

/** Merges entries an extractor listed twice (same code or slug). */
export function mergeDuplicates(graph: ExtractedGraph): ExtractedGraph {
  const countries = new Map<string, { code: string; mentions: number }>();
  for (const c of graph.countries) {
    const prev = countries.get(c.code);
    countries.set(c.code, { code: c.code, mentions: (prev?.mentions ?? 0) + c.mentions });
  }
  const bySlug = <T extends { slug: string; aliases: string[]; mentions: number }>(items: T[], merge: (a: T, b: T) => T) => {
    const map = new Map<string, T>();
    for (const item of items) {
      const prev = map.get(item.slug);
      map.set(item.slug, prev ? merge(prev, item) : item);
    }
    return [...map.values()];
  };
  return {
    countries: [...countries.values()],
    organizations: bySlug(graph.organizations, (a, b) => ({ ...a, aliases: union(a.aliases, b.aliases), mentions: a.mentions + b.mentions })),
    officials: bySlug(graph.officials, (a, b) => ({
      ...a,
      aliases: union(a.aliases, b.aliases),
      mentions: a.mentions + b.mentions,
      positions: [...a.positions, ...b.positions],
    })),
    events: graph.events,
  };
}

/** Checks the graph refers only to what it declares and that evidence matches the body. */
export function validateGraph(body: string, graph: ExtractedGraph): void {
  const orgs = new Set(graph.organizations.map((o) => o.slug));
  const people = new Set(graph.officials.map((o) => o.slug));
  for (const e of graph.events) {
    for (const p of e.participants) {
      if (p.actor.kind === 'organization' && !orgs.has(p.actor.slug)) {
        throw new GraphIntegrityError(`event ${e.type} refers to undeclared organization ${p.actor.slug}`);
      }
      if (p.actor.kind === 'official' && !people.has(p.actor.slug)) {
        throw new GraphIntegrityError(`event ${e.type} refers to undeclared official ${p.actor.slug}`);
      }
    }
    for (const ev of e.evidence) {
      if (body.slice(ev.start, ev.end) !== ev.sentence) {
        throw new GraphIntegrityError(`evidence for ${e.type} does not match the body at ${ev.start}-${ev.end}`);
      }
    }
  }
  for (const o of graph.officials) {
    for (const pos of o.positions) {
      if (pos.organizationSlug && !orgs.has(pos.organizationSlug)) {
        throw new GraphIntegrityError(`position of ${o.slug} refers to undeclared organization ${pos.organizationSlug}`);
      }
    }
  }
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

async function writeGraph(tx: Tx, article: ArticleRecord, graph: ExtractedGraph): Promise<StoreResult> {
  const hash = contentHash(article.body);
  // The same URL, or the same text under another URL (syndicated copies), is one article.
  const existing =
    (await tx.article.findUnique({ where: { url: article.url }, select: { id: true } })) ??
    (await tx.article.findUnique({ where: { contentHash: hash }, select: { id: true } }));
  const data = {
    title: article.title,
    body: article.body,
    language: article.language,
    publishedAt: article.publishedAt,
    sourceName: article.sourceName,
    contentHash: hash,
  };
  const stored = existing
    ? await tx.article.update({ where: { id: existing.id }, data, select: { id: true } })
    : await tx.article.create({ data: { url: article.url, ...data }, select: { id: true } });
  const articleId = stored.id;
  if (existing) {
    // Links are derived from the text: drop the old ones and write them again.
    await tx.articleCountry.deleteMany({ where: { articleId } });
    await tx.articleOfficial.deleteMany({ where: { articleId } });
    await tx.articleOrganization.deleteMany({ where: { articleId } });
    await tx.evidence.deleteMany({ where: { articleId } });
  }

  let entitiesCreated = 0;
  const countryCodes = new Set(
    (await tx.country.findMany({ where: { code: { in: graph.countries.map((c) => c.code) } }, select: { code: true } })).map(
      (c) => c.code,
    ),
  );
  const knownCountry = (code: string | null) => (code && countryCodes.has(code) ? code : null);
  for (const c of graph.countries) {
    if (!countryCodes.has(c.code)) throw new GraphIntegrityError(`unknown country code ${c.code}`);
  }

  const orgIds = new Map<string, number>();
  for (const o of graph.organizations) {
    const found = await tx.organization.findUnique({ where: { slug: o.slug }, select: { id: true, aliases: true } });
    if (found) {
      await tx.organization.update({ where: { id: found.id }, data: { aliases: union(found.aliases, o.aliases) } });
      orgIds.set(o.slug, found.id);
    } else {
      const created = await tx.organization.create({
        data: { slug: o.slug, name: o.name, aliases: o.aliases, kind: o.kind, countryCode: knownCountry(o.countryCode) },
        select: { id: true },
      });
      orgIds.set(o.slug, created.id);
      entitiesCreated += 1;
    }
  }

  const officialIds = new Map<string, number>();
  for (const o of graph.officials) {
    const found = await tx.official.findUnique({ where: { slug: o.slug }, select: { id: true, aliases: true, countryCode: true } });
    let id: number;
    if (found) {
      await tx.official.update({
        where: { id: found.id },
        data: { aliases: union(found.aliases, o.aliases), countryCode: found.countryCode ?? knownCountry(o.countryCode) },
      });
      id = found.id;
    } else {
      id = (
        await tx.official.create({
          data: { slug: o.slug, name: o.name, aliases: o.aliases, countryCode: knownCountry(o.countryCode) },
          select: { id: true },
        })
      ).id;
      entitiesCreated += 1;
    }
    officialIds.set(o.slug, id);
    for (const p of o.positions) {
      const countryCode = knownCountry(p.countryCode);
      const organizationId = p.organizationSlug ? (orgIds.get(p.organizationSlug) ?? null) : null;
      const current = await tx.position.findFirst({ where: { officialId: id, title: p.title, countryCode } });
      const dates = {
        ...(p.start ? { startDate: toDate(p.start), startPrecision: p.start.precision } : {}),
        ...(p.end ? { endDate: toDate(p.end), endPrecision: p.end.precision } : {}),
      };
      if (!current) {
        await tx.position.create({ data: { officialId: id, title: p.title, countryCode, organizationId, ...dates } });
      } else if (Object.keys(dates).length > 0 || (organizationId && !current.organizationId)) {
        // Keep the earliest known start and the latest known end.
        await tx.position.update({
          where: { id: current.id },
          data: {
            organizationId: current.organizationId ?? organizationId,
            ...(p.start && (!current.startDate || toDate(p.start)! < current.startDate)
              ? { startDate: toDate(p.start), startPrecision: p.start.precision }
              : {}),
            ...(p.end && (!current.endDate || toDate(p.end)! > current.endDate)
              ? { endDate: toDate(p.end), endPrecision: p.end.precision }
              : {}),
          },
        });
      }
    }
  }

  await tx.articleCountry.createMany({ data: graph.countries.map((c) => ({ articleId, countryCode: c.code, mentions: c.mentions })) });
  await tx.articleOrganization.createMany({
    data: graph.organizations.map((o) => ({ articleId, organizationId: orgIds.get(o.slug)!, mentions: o.mentions })),
  });
  await tx.articleOfficial.createMany({
    data: graph.officials.map((o) => ({ articleId, officialId: officialIds.get(o.slug)!, mentions: o.mentions })),
  });

  let eventsCreated = 0;
  const eventIds: number[] = [];
  for (const e of graph.events) {
    const info = EVENT_TYPES[e.type];
    const key = eventKey(e);
    const found = await tx.diplomaticEvent.findUnique({ where: { key }, select: { id: true, date: true, datePrecision: true } });
    let eventId: number;
    if (found) {
      eventId = found.id;
      // A more precise date from a later report refines the event.
      const rank = { YEAR: 0, MONTH: 1, DAY: 2 } as const;
      if (e.date && (!found.datePrecision || rank[e.date.precision] > rank[found.datePrecision])) {
        await tx.diplomaticEvent.update({ where: { id: eventId }, data: { date: toDate(e.date), datePrecision: e.date.precision } });
      }
    } else {
      eventId = (
        await tx.diplomaticEvent.create({
          data: {
            key,
            type: e.type,
            date: toDate(e.date),
            datePrecision: e.date?.precision ?? null,
            summary: e.summary,
            cameoCode: info.cameo,
            ploverType: info.plover,
            ploverMode: info.ploverMode,
            factuality: e.factuality,
            confidence: e.confidence,
          },
          select: { id: true },
        })
      ).id;
      eventsCreated += 1;
    }
    eventIds.push(eventId);
    await tx.eventParticipant.createMany({
      skipDuplicates: true,
      data: e.participants.map((p) => ({
        eventId,
        role: p.role,
        countryCode: p.actor.kind === 'country' ? p.actor.code : null,
        officialId: p.actor.kind === 'official' ? officialIds.get(p.actor.slug)! : null,
        organizationId: p.actor.kind === 'organization' ? orgIds.get(p.actor.slug)! : null,
      })),
    });
    await tx.evidence.createMany({
      skipDuplicates: true,
      data: e.evidence.map((ev) => ({ eventId, articleId, sentence: ev.sentence, start: ev.start, end: ev.end })),
    });
  }
  if (existing) {
    // Events that only this article reported and that it no longer reports.
    await tx.diplomaticEvent.deleteMany({ where: { evidence: { none: {} } } });
  }
  return { articleId, created: !existing, entitiesCreated, eventsCreated, eventsLinked: graph.events.length, eventIds: [...new Set(eventIds)] };
}

const isUniqueViolation = (err: unknown) =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';

/**
 * Stores the article and its graph atomically. Concurrent stores of the same article race
 * on unique keys; the loser retries and finds the winner's rows.
 */
export async function storeArticleGraph(prisma: PrismaClient, article: ArticleRecord, graph: ExtractedGraph): Promise<StoreResult> {
  graph = mergeDuplicates(graph);
  validateGraph(article.body, graph);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await prisma.$transaction((tx) => writeGraph(tx, article, graph), { timeout: 30_000, maxWait: 30_000 });
    } catch (err) {
      if (attempt >= 5 || !isUniqueViolation(err)) throw err;
    }
  }
}
