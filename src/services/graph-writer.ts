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

// Entities and events are written in batches: one look-up, one insert of what is missing,
// one re-read for ids. A concurrent writer's rows are skipped on insert (ON CONFLICT DO
// NOTHING waits for its commit) and found by the re-read.
async function writeGraph(tx: Tx, article: ArticleRecord, graph: ExtractedGraph): Promise<StoreResult> {
  const hash = contentHash(article.body);
  // The same URL, or the same text under another URL (syndicated copies), is one article.
  const existing = await tx.article.findFirst({
    where: { OR: [{ url: article.url }, { contentHash: hash }] },
    orderBy: { id: 'asc' },
    select: { id: true, url: true },
  });
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

  const countryCodes = new Set(
    graph.countries.length === 0
      ? []
      : (await tx.country.findMany({ where: { code: { in: graph.countries.map((c) => c.code) } }, select: { code: true } })).map((c) => c.code),
  );
  for (const c of graph.countries) {
    if (!countryCodes.has(c.code)) throw new GraphIntegrityError(`unknown country code ${c.code}`);
  }
  // Actors may name countries the article does not list among its mentions.
  const referenced = new Set<string>();
  for (const o of [...graph.organizations, ...graph.officials]) if (o.countryCode) referenced.add(o.countryCode);
  for (const o of graph.officials) for (const p of o.positions) if (p.countryCode) referenced.add(p.countryCode);
  const unknown = [...referenced].filter((c) => !countryCodes.has(c));
  if (unknown.length > 0) {
    for (const c of await tx.country.findMany({ where: { code: { in: unknown } }, select: { code: true } })) countryCodes.add(c.code);
  }
  const knownCountry = (code: string | null) => (code && countryCodes.has(code) ? code : null);

  let entitiesCreated = 0;

  // Organizations
  const orgIds = new Map<string, number>();
  if (graph.organizations.length > 0) {
    const slugs = graph.organizations.map((o) => o.slug);
    const found = await tx.organization.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, aliases: true } });
    const bySlug = new Map(found.map((o) => [o.slug, o]));
    const missing = graph.organizations.filter((o) => !bySlug.has(o.slug));
    if (missing.length > 0) {
      const { count } = await tx.organization.createMany({
        skipDuplicates: true,
        data: missing.map((o) => ({ slug: o.slug, name: o.name, aliases: o.aliases, kind: o.kind, countryCode: knownCountry(o.countryCode) })),
      });
      entitiesCreated += count;
      for (const o of await tx.organization.findMany({ where: { slug: { in: missing.map((m) => m.slug) } }, select: { id: true, slug: true, aliases: true } })) {
        bySlug.set(o.slug, o);
      }
    }
    for (const o of graph.organizations) {
      const row = bySlug.get(o.slug)!;
      orgIds.set(o.slug, row.id);
      const aliases = union(row.aliases, o.aliases);
      if (aliases.length > row.aliases.length) await tx.organization.update({ where: { id: row.id }, data: { aliases } });
    }
  }

  // Officials
  const officialIds = new Map<string, number>();
  if (graph.officials.length > 0) {
    const slugs = graph.officials.map((o) => o.slug);
    const select = { id: true, slug: true, aliases: true, countryCode: true } as const;
    const found = await tx.official.findMany({ where: { slug: { in: slugs } }, select });
    const bySlug = new Map(found.map((o) => [o.slug, o]));
    const missing = graph.officials.filter((o) => !bySlug.has(o.slug));
    if (missing.length > 0) {
      const { count } = await tx.official.createMany({
        skipDuplicates: true,
        data: missing.map((o) => ({ slug: o.slug, name: o.name, aliases: o.aliases, countryCode: knownCountry(o.countryCode) })),
      });
      entitiesCreated += count;
      for (const o of await tx.official.findMany({ where: { slug: { in: missing.map((m) => m.slug) } }, select })) bySlug.set(o.slug, o);
    }
    for (const o of graph.officials) {
      const row = bySlug.get(o.slug)!;
      officialIds.set(o.slug, row.id);
      const aliases = union(row.aliases, o.aliases);
      const countryCode = row.countryCode ?? knownCountry(o.countryCode);
      if (aliases.length > row.aliases.length || countryCode !== row.countryCode) {
        await tx.official.update({ where: { id: row.id }, data: { aliases, countryCode } });
      }
    }

    // Positions: one read for all of them; create what is new, widen the dates of the rest.
    const current = await tx.position.findMany({ where: { officialId: { in: [...officialIds.values()] } } });
    const keyOf = (officialId: number, title: string, countryCode: string | null) => `${officialId}|${title}|${countryCode ?? ''}`;
    const byKey = new Map(current.map((p) => [keyOf(p.officialId, p.title, p.countryCode), p]));
    const creates: Prisma.PositionCreateManyInput[] = [];
    for (const o of graph.officials) {
      const officialId = officialIds.get(o.slug)!;
      for (const p of o.positions) {
        const countryCode = knownCountry(p.countryCode);
        const organizationId = p.organizationSlug ? (orgIds.get(p.organizationSlug) ?? null) : null;
        const key = keyOf(officialId, p.title, countryCode);
        const row = byKey.get(key);
        if (!row) {
          if (creates.some((c) => keyOf(c.officialId, c.title, c.countryCode ?? null) === key)) continue;
          creates.push({
            officialId,
            title: p.title,
            countryCode,
            organizationId,
            ...(p.start ? { startDate: toDate(p.start), startPrecision: p.start.precision } : {}),
            ...(p.end ? { endDate: toDate(p.end), endPrecision: p.end.precision } : {}),
          });
          continue;
        }
        // Keep the earliest known start and the latest known end.
        const change = {
          ...(organizationId && !row.organizationId ? { organizationId } : {}),
          ...(p.start && (!row.startDate || toDate(p.start)! < row.startDate) ? { startDate: toDate(p.start), startPrecision: p.start.precision } : {}),
          ...(p.end && (!row.endDate || toDate(p.end)! > row.endDate) ? { endDate: toDate(p.end), endPrecision: p.end.precision } : {}),
        };
        if (Object.keys(change).length > 0) await tx.position.update({ where: { id: row.id }, data: change });
      }
    }
    if (creates.length > 0) await tx.position.createMany({ data: creates });
  }

  if (graph.countries.length > 0) {
    await tx.articleCountry.createMany({ data: graph.countries.map((c) => ({ articleId, countryCode: c.code, mentions: c.mentions })) });
  }
  if (graph.organizations.length > 0) {
    await tx.articleOrganization.createMany({
      data: graph.organizations.map((o) => ({ articleId, organizationId: orgIds.get(o.slug)!, mentions: o.mentions })),
    });
  }
  if (graph.officials.length > 0) {
    await tx.articleOfficial.createMany({
      data: graph.officials.map((o) => ({ articleId, officialId: officialIds.get(o.slug)!, mentions: o.mentions })),
    });
  }

  // Events
  let eventsCreated = 0;
  const eventIds: number[] = [];
  if (graph.events.length > 0) {
    const keyed = graph.events.map((e) => ({ e, key: eventKey(e) }));
    const select = { id: true, key: true, datePrecision: true } as const;
    const byKey = new Map((await tx.diplomaticEvent.findMany({ where: { key: { in: keyed.map((k) => k.key) } }, select })).map((r) => [r.key, r]));
    const missing = keyed.filter((k, i) => !byKey.has(k.key) && keyed.findIndex((x) => x.key === k.key) === i);
    if (missing.length > 0) {
      const { count } = await tx.diplomaticEvent.createMany({
        skipDuplicates: true,
        data: missing.map(({ e, key }) => {
          const info = EVENT_TYPES[e.type];
          return {
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
          };
        }),
      });
      eventsCreated += count;
      for (const r of await tx.diplomaticEvent.findMany({ where: { key: { in: missing.map((m) => m.key) } }, select })) byKey.set(r.key, r);
    }
    const rank = { YEAR: 0, MONTH: 1, DAY: 2 } as const;
    const participants: Prisma.EventParticipantCreateManyInput[] = [];
    const evidence: Prisma.EvidenceCreateManyInput[] = [];
    for (const { e, key } of keyed) {
      const row = byKey.get(key)!;
      eventIds.push(row.id);
      // A more precise date from a later report refines the event.
      if (e.date && row.datePrecision && rank[e.date.precision] > rank[row.datePrecision]) {
        await tx.diplomaticEvent.update({ where: { id: row.id }, data: { date: toDate(e.date), datePrecision: e.date.precision } });
        row.datePrecision = e.date.precision;
      }
      for (const p of e.participants) {
        participants.push({
          eventId: row.id,
          role: p.role,
          countryCode: p.actor.kind === 'country' ? p.actor.code : null,
          officialId: p.actor.kind === 'official' ? officialIds.get(p.actor.slug)! : null,
          organizationId: p.actor.kind === 'organization' ? orgIds.get(p.actor.slug)! : null,
        });
      }
      for (const ev of e.evidence) evidence.push({ eventId: row.id, articleId, sentence: ev.sentence, start: ev.start, end: ev.end });
    }
    await tx.eventParticipant.createMany({ skipDuplicates: true, data: participants });
    if (evidence.length > 0) await tx.evidence.createMany({ skipDuplicates: true, data: evidence });
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
