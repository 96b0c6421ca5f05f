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

const RANK = { YEAR: 1, MONTH: 2, DAY: 3 } as const;

/** The first and last day of the period a partial date stands for, as ISO dates. */
export function datePeriod(d: PartialDate): { first: string; last: string } {
  const [y, m] = d.date.split('-') as [string, string];
  if (d.precision === 'DAY') return { first: d.date, last: d.date };
  if (d.precision === 'MONTH') {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).toISOString().slice(0, 10);
    return { first: `${y}-${m}-01`, last };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** True when one date lies inside the other's period: a day inside its month, a month inside its year. */
export function datesCompatible(a: PartialDate, b: PartialDate): boolean {
  const [coarse, fine] = RANK[a.precision] <= RANK[b.precision] ? [a, b] : [b, a];
  const p = datePeriod(coarse);
  return fine.date >= p.first && fine.date <= p.last;
}

const actorKey = (a: ActorRef) => (a.kind === 'country' ? `country:${a.code}` : `${a.kind}:${a.slug}`);

/** What every report of one event shares: type, initiators, recipients, factuality. */
export function eventSidesKey(e: ExtractedEvent): string {
  const side = (role: string) =>
    e.participants
      .filter((p) => p.role === role)
      .map((p) => actorKey(p.actor))
      .sort()
      .join('+');
  return [e.type, side('INITIATOR'), side('RECIPIENT'), e.factuality].join('|');
}

/** The natural key of an event: its sides and its date at its precision. */
export function eventKey(sidesKey: string, date: PartialDate | null): string {
  return `${sidesKey}|${date ? `${date.date}/${date.precision}` : 'undated'}`;
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

type Cell = string | number | Date | null;

/**
 * A multi-row INSERT as one raw statement, in chunks of 1,000 rows. Prisma 7 caches query
 * plans by shape but never for createMany, whose plan it compiles in WebAssembly on every
 * call (about 1 ms of CPU each, three or more per article); raw SQL is not compiled. Columns
 * are `name` or `[name, cast]` (enums and dates need the cast). Returns the rows inserted.
 */
async function insertRows(tx: Tx, table: string, columns: readonly (string | readonly [string, string])[], rows: Cell[][], onConflict: 'error' | 'ignore' = 'error'): Promise<number> {
  const names = Prisma.raw(columns.map((c) => `"${typeof c === 'string' ? c : c[0]}"`).join(', '));
  const casts = columns.map((c) => (typeof c === 'string' ? null : Prisma.raw(`::${c[1]}`)));
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1_000) {
    const values = rows.slice(i, i + 1_000).map((r) => Prisma.sql`(${Prisma.join(r.map((v, j) => (casts[j] ? Prisma.sql`${v}${casts[j]}` : Prisma.sql`${v}`)))})`);
    inserted += await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) VALUES ${Prisma.join(values)} ${Prisma.raw(onConflict === 'ignore' ? 'ON CONFLICT DO NOTHING' : '')}`;
  }
  return inserted;
}

// Concurrent writers serialize on what they share, with transaction-scoped advisory locks:
// first the article (its URL and content hash), then the officials whose positions change,
// then the events (by sides key), each class in one sorted statement. Every writer takes the
// classes in this order, so the locks cannot deadlock; they are released at commit.
async function lock(tx: Tx, keys: Iterable<string>): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return;
  await tx.$queryRaw`SELECT count(*)::int AS n FROM (
    SELECT pg_advisory_xact_lock(7411, hashtext(k)) FROM unnest(ARRAY[${Prisma.join(sorted)}]::text[]) AS k ORDER BY hashtext(k), k) s`;
}

interface ArticleRow {
  id: number;
  url: string;
  contentHash: string;
  alternateUrls: { url: string }[];
}

/**
 * Finds or makes the article row, resolving URL and content clashes explicitly:
 * - the text is already stored: that article; a new URL for it becomes one of its alternate
 *   URLs (a syndicated copy). If the URL was another article's canonical URL, that article
 *   was edited into this text: it is replaced (its next alternate URL, if any, takes its place);
 * - the URL is stored with other text: the same page, edited: the article is updated (an
 *   alternate URL whose page now shows other text leaves its old article for a new one);
 * - neither: a new article.
 * Returns the article's id, whether it is new, and the ids of the events it reported before.
 */
async function resolveArticle(tx: Tx, article: ArticleRecord, hash: string) {
  await lock(tx, [`url:${article.url}`, `hash:${hash}`]);
  // Each condition on its own index: written as one OR (Prisma's findMany) PostgreSQL cannot
  // combine an EXISTS on ArticleUrl with the two index conditions and scans every article
  // (20 ms per ingestion at 20,000 articles, growing with the table). The hash is compared as
  // char(64), the column's type: as text the unique index would not serve.
  const found = await tx.$queryRaw<{ id: number; url: string; contentHash: string; alternateUrls: string[] }[]>`
    SELECT a."id", a."url", a."contentHash",
      ARRAY(SELECT u."url" FROM "ArticleUrl" u WHERE u."articleId" = a."id" ORDER BY u."createdAt", u."url") AS "alternateUrls"
    FROM "Article" a
    WHERE a."id" IN (
      SELECT "id" FROM "Article" WHERE "url" = ${article.url}
      UNION ALL SELECT "id" FROM "Article" WHERE "contentHash" = ${hash}::char(64)
      UNION ALL SELECT "articleId" FROM "ArticleUrl" WHERE "url" = ${article.url})
    ORDER BY a."id"`;
  const rows: ArticleRow[] = found.map((r) => ({ ...r, alternateUrls: r.alternateUrls.map((url) => ({ url })) }));
  const byHash = rows.find((r) => r.contentHash === hash);
  const byUrl = rows.find((r) => r.url === article.url || r.alternateUrls.some((a) => a.url === article.url));
  const data = {
    title: article.title,
    body: article.body,
    language: article.language,
    publishedAt: article.publishedAt,
    sourceName: article.sourceName,
    contentHash: hash,
  };
  const formerEvents: number[] = [];
  const reported = async (id: number) =>
    (await tx.evidence.findMany({ where: { articleId: id }, select: { eventId: true }, distinct: ['eventId'] })).map((e) => e.eventId);

  if (byHash) {
    if (byUrl && byUrl.id !== byHash.id) {
      if (byUrl.url === article.url) {
        // byUrl's page now shows byHash's text: byUrl is superseded.
        const next = byUrl.alternateUrls[0];
        if (next) {
          await tx.articleUrl.delete({ where: { url: next.url } });
          await tx.article.update({ where: { id: byUrl.id }, data: { url: next.url } });
        } else {
          formerEvents.push(...(await reported(byUrl.id)));
          await tx.article.delete({ where: { id: byUrl.id } });
        }
      } else {
        await tx.articleUrl.delete({ where: { url: article.url } });
      }
    }
    formerEvents.push(...(await reported(byHash.id)));
    if (byHash.url === article.url) {
      await tx.article.update({ where: { id: byHash.id }, data });
    } else {
      // A copy under another URL: the stored article keeps its own title, date and source.
      if (!byHash.alternateUrls.some((a) => a.url === article.url)) {
        await tx.articleUrl.create({ data: { url: article.url, articleId: byHash.id } });
      }
    }
    return { articleId: byHash.id, created: false, formerEvents };
  }
  if (byUrl && byUrl.url === article.url) {
    formerEvents.push(...(await reported(byUrl.id)));
    await tx.article.update({ where: { id: byUrl.id }, data });
    return { articleId: byUrl.id, created: false, formerEvents };
  }
  if (byUrl) {
    // An alternate URL that now serves other text is no longer a copy of its article.
    await tx.articleUrl.delete({ where: { url: article.url } });
  }
  const stored = await tx.article.create({ data: { url: article.url, ...data }, select: { id: true } });
  return { articleId: stored.id, created: true, formerEvents };
}

type PositionRow = {
  id: number | null;
  officialId: number;
  title: string;
  countryCode: string | null;
  organizationId: number | null;
  start: PartialDate | null;
  end: PartialDate | null;
};

const partial = (date: Date | null, precision: PartialDate['precision'] | null): PartialDate | null =>
  date && precision ? { date: date.toISOString().slice(0, 10), precision } : null;

/** The more precise of two compatible dates; of two that disagree, `pick`'s choice. */
function refine(a: PartialDate | null, b: PartialDate | null, pick: (x: PartialDate, y: PartialDate) => PartialDate): PartialDate | null {
  if (!a || !b) return a ?? b;
  if (datesCompatible(a, b)) return RANK[b.precision] > RANK[a.precision] ? b : a;
  return pick(a, b);
}

/** Whether a term [start, end] (open where unknown) overlaps another. */
function termsOverlap(a: PositionRow, b: { start: PartialDate | null; end: PartialDate | null }): boolean {
  const aFirst = a.start ? datePeriod(a.start).first : '0000';
  const aLast = a.end ? datePeriod(a.end).last : '9999';
  const bFirst = b.start ? datePeriod(b.start).first : '0000';
  const bLast = b.end ? datePeriod(b.end).last : '9999';
  return aFirst <= bLast && bFirst <= aLast;
}

/**
 * Positions, one row per term. A reported position merges into a stored term of the same
 * official, title and country whose period overlaps it (an undated mention overlaps the
 * latest term); otherwise it is a new term. Merged dates keep the most precise value.
 */
async function writePositions(tx: Tx, graph: ExtractedGraph, officialIds: Map<string, number>, orgIds: Map<string, number>, knownCountry: (c: string | null) => string | null) {
  const ids = [...new Set(graph.officials.filter((o) => o.positions.length > 0).map((o) => officialIds.get(o.slug)!))];
  if (ids.length === 0) return;
  await lock(tx, ids.map((id) => `positions:${id}`));
  const stored = await tx.position.findMany({ where: { officialId: { in: ids } }, orderBy: { id: 'asc' } });
  const rows: PositionRow[] = stored.map((p) => ({
    id: p.id,
    officialId: p.officialId,
    title: p.title,
    countryCode: p.countryCode,
    organizationId: p.organizationId,
    start: partial(p.startDate, p.startPrecision),
    end: partial(p.endDate, p.endPrecision),
  }));
  const changed = new Set<PositionRow>();
  for (const o of [...graph.officials].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const officialId = officialIds.get(o.slug)!;
    for (const p of o.positions) {
      const countryCode = knownCountry(p.countryCode);
      const organizationId = p.organizationSlug ? (orgIds.get(p.organizationSlug) ?? null) : null;
      const same = rows.filter((r) => r.officialId === officialId && r.title === p.title && r.countryCode === countryCode);
      const undated = !p.start && !p.end;
      const latest = (xs: PositionRow[]) => xs.reduce<PositionRow | undefined>((best, r) => (!best || (r.start?.date ?? '') > (best.start?.date ?? '') ? r : best), undefined);
      const row = undated ? latest(same) : same.find((r) => termsOverlap(r, p));
      if (!row) {
        const created: PositionRow = { id: null, officialId, title: p.title, countryCode, organizationId, start: p.start, end: p.end };
        rows.push(created);
        changed.add(created);
        continue;
      }
      const start = refine(row.start, p.start, (x, y) => (x.date <= y.date ? x : y));
      const end = refine(row.end, p.end, (x, y) => (x.date >= y.date ? x : y));
      const org = row.organizationId ?? organizationId;
      if (start !== row.start || end !== row.end || org !== row.organizationId) {
        Object.assign(row, { start, end, organizationId: org });
        changed.add(row);
      }
    }
  }
  const columns = (r: PositionRow) => ({
    organizationId: r.organizationId,
    startDate: toDate(r.start),
    startPrecision: r.start?.precision ?? null,
    endDate: toDate(r.end),
    endPrecision: r.end?.precision ?? null,
  });
  const creates = [...changed].filter((r) => r.id === null);
  for (const r of changed) if (r.id !== null) await tx.position.update({ where: { id: r.id }, data: columns(r) });
  if (creates.length > 0) {
    const now = new Date();
    await insertRows(
      tx,
      'Position',
      ['officialId', 'title', 'countryCode', 'organizationId', ['startDate', 'date'], ['startPrecision', '"DatePrecision"'], ['endDate', 'date'], ['endPrecision', '"DatePrecision"'], ['updatedAt', 'timestamp(3)']],
      creates.map((r) => {
        const c = columns(r);
        return [r.officialId, r.title, r.countryCode, c.organizationId, c.startDate, c.startPrecision, c.endDate, c.endPrecision, now];
      }),
    );
  }
}

interface EventRow {
  id: number;
  key: string;
  sidesKey: string;
  date: PartialDate | null;
}

/**
 * Picks the stored event a report belongs to: the one with the same key, or else the only
 * one with the same sides whose date is compatible (an undated report or event is
 * compatible with any date). Two or more compatible candidates: the report is not attached
 * to a guess and stays an event of its own.
 */
function matchEvent(candidates: EventRow[], sidesKey: string, date: PartialDate | null): EventRow | undefined {
  const key = eventKey(sidesKey, date);
  const exact = candidates.find((c) => c.key === key);
  if (exact) return exact;
  const compatible = candidates.filter((c) => c.sidesKey === sidesKey && (!c.date || !date || datesCompatible(c.date, date)));
  return compatible.length === 1 ? compatible[0] : undefined;
}

/**
 * Writes the article's events. An official or organization of a country that takes part
 * brings its country in too (as PARTICIPANT, unless the report gives the country a role),
 * so "a country takes part" can mean one thing everywhere: the country is a participant.
 */
async function writeEvents(
  tx: Tx,
  articleId: number,
  graph: ExtractedGraph,
  formerEvents: number[],
  actors: { officialIds: Map<string, number>; orgIds: Map<string, number>; countryOf: Map<string, string | null> },
) {
  const { officialIds, orgIds, countryOf } = actors;
  const former = formerEvents.length
    ? await tx.diplomaticEvent.findMany({ where: { id: { in: formerEvents } }, select: { sidesKey: true } })
    : [];
  const reports = graph.events.map((e) => ({ e, sidesKey: eventSidesKey(e) }));
  await lock(tx, [...reports.map((r) => `event:${r.sidesKey}`), ...former.map((f) => `event:${f.sidesKey}`)]);

  let eventsCreated = 0;
  const eventIds: number[] = [];
  if (reports.length > 0) {
    const stored = await tx.diplomaticEvent.findMany({
      where: { sidesKey: { in: [...new Set(reports.map((r) => r.sidesKey))] } },
      select: { id: true, key: true, sidesKey: true, date: true, datePrecision: true },
      orderBy: { id: 'asc' },
    });
    const candidates: EventRow[] = stored.map((r) => ({ id: r.id, key: r.key, sidesKey: r.sidesKey, date: partial(r.date, r.datePrecision) }));
    const participants: Prisma.EventParticipantCreateManyInput[] = [];
    const evidence: Prisma.EvidenceCreateManyInput[] = [];
    for (const { e, sidesKey } of reports) {
      let row = matchEvent(candidates, sidesKey, e.date);
      if (!row) {
        const info = EVENT_TYPES[e.type];
        const key = eventKey(sidesKey, e.date);
        const created = await tx.diplomaticEvent.create({
          data: {
            key,
            sidesKey,
            type: e.type,
            date: toDate(e.date),
            datePrecision: e.date?.precision ?? null,
            dateEnd: e.date ? toDate({ date: datePeriod(e.date).last, precision: 'DAY' }) : null,
            summary: e.summary,
            cameoCode: info.cameo,
            ploverType: info.plover,
            ploverMode: info.ploverMode,
            factuality: e.factuality,
            confidence: e.confidence,
          },
          select: { id: true },
        });
        eventsCreated += 1;
        row = { id: created.id, key, sidesKey, date: e.date };
        candidates.push(row);
      } else if (e.date && (!row.date || RANK[e.date.precision] > RANK[row.date.precision])) {
        // A more precise date, compatible with the stored one, refines the event.
        row.date = e.date;
        row.key = eventKey(sidesKey, e.date);
        await tx.diplomaticEvent.update({
          where: { id: row.id },
          data: { key: row.key, date: toDate(e.date), datePrecision: e.date.precision, dateEnd: toDate({ date: datePeriod(e.date).last, precision: 'DAY' }) },
        });
      }
      eventIds.push(row.id);
      const countries = new Set(e.participants.flatMap((p) => (p.actor.kind === 'country' ? [p.actor.code] : [])));
      for (const p of e.participants) {
        participants.push({
          eventId: row.id,
          role: p.role,
          countryCode: p.actor.kind === 'country' ? p.actor.code : null,
          officialId: p.actor.kind === 'official' ? officialIds.get(p.actor.slug)! : null,
          organizationId: p.actor.kind === 'organization' ? orgIds.get(p.actor.slug)! : null,
        });
        const country = p.actor.kind === 'country' ? null : countryOf.get(actorKey(p.actor));
        if (country && !countries.has(country)) {
          countries.add(country);
          participants.push({ eventId: row.id, role: 'PARTICIPANT', countryCode: country, officialId: null, organizationId: null });
        }
      }
      for (const ev of e.evidence) evidence.push({ eventId: row.id, articleId, sentence: ev.sentence, start: ev.start, end: ev.end });
    }
    // One row per actor and event (unique indexes); a stable order keeps concurrent inserts
    // from locking index entries in opposite orders.
    const actor = (p: Prisma.EventParticipantCreateManyInput) => `${p.countryCode ?? ''}|${p.officialId ?? ''}|${p.organizationId ?? ''}`;
    participants.sort((a, b) => a.eventId - b.eventId || actor(a).localeCompare(actor(b)));
    evidence.sort((a, b) => a.eventId - b.eventId || a.start - b.start);
    await insertRows(
      tx,
      'EventParticipant',
      ['eventId', ['role', '"ParticipantRole"'], 'countryCode', 'officialId', 'organizationId'],
      participants.map((p) => [p.eventId, p.role, p.countryCode ?? null, p.officialId ?? null, p.organizationId ?? null]),
      'ignore',
    );
    await insertRows(tx, 'Evidence', ['eventId', 'articleId', 'sentence', 'start', 'end'], evidence.map((e) => [e.eventId, e.articleId, e.sentence, e.start, e.end]), 'ignore');
  }
  // Events that only this article reported, and that it reports no more.
  const gone = formerEvents.filter((id) => !eventIds.includes(id));
  if (gone.length > 0) await tx.diplomaticEvent.deleteMany({ where: { id: { in: gone }, evidence: { none: {} } } });
  return { eventsCreated, eventIds: [...new Set(eventIds)] };
}

async function writeGraph(tx: Tx, article: ArticleRecord, graph: ExtractedGraph): Promise<StoreResult> {
  const hash = contentHash(article.body);
  const { articleId, created, formerEvents } = await resolveArticle(tx, article, hash);
  if (!created) {
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
  for (const e of graph.events) for (const p of e.participants) if (p.actor.kind === 'country') referenced.add(p.actor.code);
  const unknown = [...referenced].filter((c) => !countryCodes.has(c));
  if (unknown.length > 0) {
    for (const c of await tx.country.findMany({ where: { code: { in: unknown } }, select: { code: true } })) countryCodes.add(c.code);
  }
  for (const e of graph.events) {
    for (const p of e.participants) {
      if (p.actor.kind === 'country' && !countryCodes.has(p.actor.code)) throw new GraphIntegrityError(`unknown country code ${p.actor.code}`);
    }
  }
  const knownCountry = (code: string | null) => (code && countryCodes.has(code) ? code : null);

  let entitiesCreated = 0;
  /** The stored country of each official and organization (`official:slug`, `organization:slug`). */
  const countryOf = new Map<string, string | null>();
  const bySlug = <T extends { slug: string }>(xs: T[]) => [...xs].sort((a, b) => a.slug.localeCompare(b.slug));

  // Organizations
  const orgIds = new Map<string, number>();
  if (graph.organizations.length > 0) {
    const slugs = graph.organizations.map((o) => o.slug);
    const select = { id: true, slug: true, aliases: true, countryCode: true } as const;
    const found = await tx.organization.findMany({ where: { slug: { in: slugs } }, select });
    const rows = new Map(found.map((o) => [o.slug, o]));
    const missing = bySlug(graph.organizations.filter((o) => !rows.has(o.slug)));
    if (missing.length > 0) {
      const { count } = await tx.organization.createMany({
        skipDuplicates: true,
        data: missing.map((o) => ({ slug: o.slug, name: o.name, aliases: o.aliases, kind: o.kind, countryCode: knownCountry(o.countryCode) })),
      });
      entitiesCreated += count;
      for (const o of await tx.organization.findMany({ where: { slug: { in: missing.map((m) => m.slug) } }, select })) rows.set(o.slug, o);
    }
    for (const o of bySlug(graph.organizations)) {
      const row = rows.get(o.slug)!;
      orgIds.set(o.slug, row.id);
      countryOf.set(`organization:${o.slug}`, row.countryCode);
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
    const rows = new Map(found.map((o) => [o.slug, o]));
    const missing = bySlug(graph.officials.filter((o) => !rows.has(o.slug)));
    if (missing.length > 0) {
      const { count } = await tx.official.createMany({
        skipDuplicates: true,
        data: missing.map((o) => ({ slug: o.slug, name: o.name, aliases: o.aliases, countryCode: knownCountry(o.countryCode) })),
      });
      entitiesCreated += count;
      for (const o of await tx.official.findMany({ where: { slug: { in: missing.map((m) => m.slug) } }, select })) rows.set(o.slug, o);
    }
    for (const o of bySlug(graph.officials)) {
      const row = rows.get(o.slug)!;
      officialIds.set(o.slug, row.id);
      const aliases = union(row.aliases, o.aliases);
      const countryCode = row.countryCode ?? knownCountry(o.countryCode);
      countryOf.set(`official:${o.slug}`, countryCode);
      if (aliases.length > row.aliases.length || countryCode !== row.countryCode) {
        await tx.official.update({ where: { id: row.id }, data: { aliases, countryCode } });
      }
    }
    await writePositions(tx, graph, officialIds, orgIds, knownCountry);
  }

  await insertRows(tx, 'ArticleCountry', ['articleId', 'countryCode', 'mentions'], graph.countries.map((c) => [articleId, c.code, c.mentions]));
  await insertRows(tx, 'ArticleOrganization', ['articleId', 'organizationId', 'mentions'], graph.organizations.map((o) => [articleId, orgIds.get(o.slug)!, o.mentions]));
  await insertRows(tx, 'ArticleOfficial', ['articleId', 'officialId', 'mentions'], graph.officials.map((o) => [articleId, officialIds.get(o.slug)!, o.mentions]));

  const { eventsCreated, eventIds } = await writeEvents(tx, articleId, graph, formerEvents, { officialIds, orgIds, countryOf });
  return { articleId, created, entitiesCreated, eventsCreated, eventsLinked: graph.events.length, eventIds };
}

/** PostgreSQL SQLSTATEs worth a retry: unique violation, serialization failure, deadlock. */
const RETRYABLE_SQLSTATE = /\b(23505|40001|40P01)\b/;

/** A unique violation (a concurrent writer won a race), a serialization failure or a deadlock. */
export function isRetryable(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError && (err.code === 'P2002' || err.code === 'P2034')) return true;
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const x = e as { code?: unknown; originalCode?: unknown; meta?: unknown; message?: unknown };
    const codes = [x.code, x.originalCode, JSON.stringify(x.meta ?? null)].map(String).join(' ');
    if (RETRYABLE_SQLSTATE.test(codes)) return true;
  }
  return false;
}

/**
 * Stores the article and its graph atomically. Concurrent stores serialize on advisory
 * locks; a transaction that still loses a race (unique violation, deadlock, serialization
 * failure) is retried whole, after a short random pause.
 */
export async function storeArticleGraph(prisma: PrismaClient, article: ArticleRecord, graph: ExtractedGraph): Promise<StoreResult> {
  graph = mergeDuplicates(graph);
  validateGraph(article.body, graph);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await prisma.$transaction((tx) => writeGraph(tx, article, graph), { timeout: 30_000, maxWait: 30_000 });
    } catch (err) {
      if (attempt >= 5 || !isRetryable(err)) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
