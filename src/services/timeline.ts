// Events between actors, in SQL. A country takes part in an event when it is itself a
// participant, as in every other event query (the writer records the country of an official
// or ministry acting for it). Every function here is one statement, however many keys it is
// asked about.
import type { PrismaClient } from '../db/index.ts';
import { Prisma } from '../generated/prisma/client.ts';

/** The factuality every event list and subscription uses when none is asked for. */
export const DEFAULT_FACTUALITY = ['ASSERTED'] as const;

export interface EventConditions {
  types?: readonly string[] | null;
  from?: Date | null;
  to?: Date | null;
  factuality?: readonly string[] | null;
}

/** What a timeline is about: events with country a, with both a and b, or with one official. */
export interface TimelineKey {
  a?: string | null;
  b?: string | null;
  officialId?: number | null;
}

const list = <T>(values: readonly T[]) => Prisma.join(values.map((v) => Prisma.sql`${v}`));

/** True when the country `code` takes part in event `e` (in `role`, if given). */
export function involves(code: Prisma.Sql | string, role?: string): Prisma.Sql {
  const c = typeof code === 'string' ? Prisma.sql`${code}` : code;
  return Prisma.sql`EXISTS (SELECT 1 FROM "EventParticipant" p
      WHERE p."eventId" = e.id AND p."countryCode" = ${c} ${role ? Prisma.sql`AND p."role"::text = ${role}` : Prisma.empty})`;
}

export function eventConditions(f: EventConditions): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (f.types?.length) and.push(Prisma.sql`e."type"::text IN (${list(f.types)})`);
  // Periods, as in eventWhere: an event dated "2021" is in a range from 2021-06-01.
  if (f.from) and.push(Prisma.sql`e."dateEnd" >= ${f.from}::date`);
  if (f.to) and.push(Prisma.sql`e."date" <= ${f.to}::date`);
  and.push(Prisma.sql`e."factuality"::text IN (${list(f.factuality?.length ? f.factuality : DEFAULT_FACTUALITY)})`);
  return and;
}

function keyConditions(k: TimelineKey): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (k.a) and.push(involves(k.a));
  if (k.b) and.push(involves(k.b));
  if (k.officialId != null) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = e.id AND p."officialId" = ${k.officialId})`);
  }
  return and;
}

export interface TimelinePage {
  ids: number[];
  total: number;
}

/**
 * One page (oldest first, undated last) of each key's timeline, with each key's total:
 * one statement for all keys, so a list of countries with their timelines costs no more
 * than one country.
 */
export async function timelinePages(
  prisma: PrismaClient,
  keys: readonly TimelineKey[],
  filter: EventConditions,
  offset: number,
  limit: number,
): Promise<TimelinePage[]> {
  const common = eventConditions(filter);
  const parts = keys.map(
    (k, i) => Prisma.sql`(SELECT ${i}::int AS k, e.id, e."date", count(*) OVER () AS total
      FROM "DiplomaticEvent" e
      WHERE ${Prisma.join([...keyConditions(k), ...common], ' AND ')}
      ORDER BY e."date" ASC NULLS LAST, e.id ASC
      OFFSET ${offset} LIMIT ${limit})`,
  );
  const rows = await prisma.$queryRaw<{ k: number; id: number; total: number }[]>`
    SELECT k, id, total::int AS total FROM (${Prisma.join(parts, ' UNION ALL ')}) t
    ORDER BY k, "date" ASC NULLS LAST, id ASC`;
  const pages = keys.map((): TimelinePage => ({ ids: [], total: 0 }));
  for (const r of rows) {
    const page = pages[r.k]!;
    page.ids.push(r.id);
    page.total = r.total;
  }
  // A page past the end has no row to carry its total: count those keys, in one statement.
  const past = offset > 0 ? keys.flatMap((k, i) => (pages[i]!.ids.length ? [] : [i])) : [];
  if (past.length) {
    const counts = past.map(
      (i) => Prisma.sql`(SELECT ${i}::int AS k, count(*)::int AS total FROM "DiplomaticEvent" e
        WHERE ${Prisma.join([...keyConditions(keys[i]!), ...common], ' AND ')})`,
    );
    for (const r of await prisma.$queryRaw<{ k: number; total: number }[]>`${Prisma.join(counts, ' UNION ALL ')}`) pages[r.k]!.total = r.total;
  }
  return pages;
}

/** Counts for a key's events: in all, by type, by month and by year, from one GROUP BY. */
export async function eventCounts(prisma: PrismaClient, key: TimelineKey, filter: EventConditions) {
  const rows = await prisma.$queryRaw<{ type: string | null; month: string | null; year: number | null; grouping: number; count: number }[]>`
    SELECT e."type"::text AS type,
      CASE WHEN e."datePrecision" IN ('DAY', 'MONTH') THEN to_char(e."date", 'YYYY-MM') END AS month,
      extract(year FROM e."date")::int AS year,
      GROUPING(e."type", CASE WHEN e."datePrecision" IN ('DAY', 'MONTH') THEN to_char(e."date", 'YYYY-MM') END, extract(year FROM e."date"))::int AS grouping,
      count(*)::int AS count
    FROM "DiplomaticEvent" e
    WHERE ${Prisma.join([...keyConditions(key), ...eventConditions(filter)], ' AND ')}
    GROUP BY GROUPING SETS (
      (e."type"),
      (CASE WHEN e."datePrecision" IN ('DAY', 'MONTH') THEN to_char(e."date", 'YYYY-MM') END),
      (extract(year FROM e."date")),
      ()
    )`;
  // GROUPING() sets a bit for each column left out of a row's grouping set: 3 = by type, 5 = by month, 6 = by year.
  const byType = rows.filter((r) => r.grouping === 3).map((r) => ({ type: r.type!, count: r.count }));
  const byMonth = rows.filter((r) => r.grouping === 5);
  const byYear = rows.filter((r) => r.grouping === 6);
  return {
    total: rows.find((r) => r.grouping === 7)?.count ?? 0,
    byType: byType.sort((x, y) => y.count - x.count || x.type.localeCompare(y.type)),
    byMonth: byMonth.filter((r) => r.month).map((r) => ({ month: r.month!, count: r.count })).sort((x, y) => x.month.localeCompare(y.month)),
    byYear: byYear.filter((r) => r.year != null).map((r) => ({ year: r.year!, count: r.count })).sort((x, y) => x.year - y.year),
    withoutMonth: byMonth.find((r) => r.month === null)?.count ?? 0,
    undated: byYear.find((r) => r.year === null)?.count ?? 0,
  };
}

export const RECOGNITION_TYPES = ['RECOGNITION', 'DIPLOMATIC_RELATIONS_ESTABLISHED', 'DIPLOMATIC_RELATIONS_SEVERED'] as const;

/**
 * The dated, asserted events that decide whether `by` recognizes `of` on `asOf`, oldest
 * first: recognitions by `by` (initiator) of `of` (recipient), and relations established
 * or severed between them in either direction.
 */
export async function recognitionEvents(prisma: PrismaClient, of: string, by: string, asOf: Date) {
  return prisma.$queryRaw<{ id: number; type: string; date: Date }[]>`
    SELECT e.id, e."type"::text AS type, e."date"
    FROM "DiplomaticEvent" e
    WHERE e."type"::text IN (${list(RECOGNITION_TYPES)}) AND e."factuality" = 'ASSERTED'
      AND e."date" IS NOT NULL AND e."date" <= ${asOf}::date
      AND ((e."type" = 'RECOGNITION' AND ${involves(by, 'INITIATOR')} AND ${involves(of, 'RECIPIENT')})
        OR (e."type" <> 'RECOGNITION' AND ${involves(by)} AND ${involves(of)}))
    ORDER BY e."date" ASC, e.id ASC`;
}
