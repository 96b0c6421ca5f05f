import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { countryByCode } from '../domain/countries.ts';
import { badInput } from '../errors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Factuality } from '../generated/prisma/enums.ts';
import { DEFAULT_FACTUALITY } from '../services/timeline.ts';
import { builder } from './builder.ts';
import { keyset } from './keyset.ts';
import {
  DatePrecisionEnum,
  DiplomaticEventTypeEnum,
  FactualityEnum,
  ParticipantRoleEnum,
} from './enums.ts';

export const DiplomaticEventFilter = builder.inputType('DiplomaticEventFilter', {
  description: 'Narrows a list of diplomatic events. Conditions combine with AND; values in one list with OR.',
  fields: (t) => ({
    types: t.field({ type: [DiplomaticEventTypeEnum], required: false, description: 'Only events of these types.' }),
    countryCodes: t.stringList({
      required: false,
      description:
        'Only events in which one of these countries (ISO alpha-2 or alpha-3 codes) takes part: the country is itself a participant. (An official or ministry acting for its country is recorded with the country as a participant too.)',
    }),
    officialIds: t.globalIDList({ required: false, description: 'Only events in which one of these officials takes part.' }),
    organizationIds: t.globalIDList({
      required: false,
      description: 'Only events in which one of these organizations takes part.',
    }),
    roles: t.field({
      type: [ParticipantRoleEnum],
      required: false,
      description:
        'Only participation in these roles: with countryCodes/officialIds/organizationIds, the named actors must take part in one of them; without, the event must have a participant in one of them.',
    }),
    from: t.field({
      type: 'Date',
      required: false,
      description: 'Only events whose period ends on or after this date (an event known as "2021" matches from 2021-06-01). Undated events never match.',
    }),
    to: t.field({
      type: 'Date',
      required: false,
      description: 'Only events whose period starts on or before this date. Undated events never match.',
    }),
    factuality: t.field({
      type: [FactualityEnum],
      required: false,
      description: 'Only events reported this way. Default: ASSERTED (events reported as having happened).',
    }),
  }),
});

type FilterShape = typeof DiplomaticEventFilter.$inferInput;

/** Resolves ISO alpha-2 or alpha-3 codes to alpha-2; an unknown code is a client error. */
export function toAlpha2(codes: readonly string[], argument = 'countryCodes'): string[] {
  return codes.map((code) => {
    const c = countryByCode(code);
    if (!c) throw badInput(`Unknown country code "${code}"`, { argument });
    return c.code;
  });
}

export function toAlpha2One(code: string, argument: string): string {
  return toAlpha2([code], argument)[0] as string;
}

export function localIds(ids: readonly { typename: string; id: string }[], typename: string, argument: string): number[] {
  return ids.map(({ typename: t, id }) => {
    const n = Number(id);
    if (t !== typename || !Number.isSafeInteger(n)) throw badInput(`${argument} must hold ${typename} IDs`, { argument });
    return n;
  });
}

export function localId(id: { typename: string; id: string }, typename: string, argument: string): number {
  return localIds([id], typename, argument)[0] as number;
}

export const factualityOrDefault = (f: readonly Factuality[] | null | undefined): Factuality[] => (f?.length ? [...f] : [...DEFAULT_FACTUALITY]);

/** The Prisma condition for a DiplomaticEventFilter. */
export function eventWhere(filter: FilterShape | null | undefined): Prisma.DiplomaticEventWhereInput {
  const f = filter ?? {};
  const and: Prisma.DiplomaticEventWhereInput[] = [];
  const role = f.roles?.length ? { role: { in: f.roles } } : {};
  const byActor = Boolean(f.countryCodes?.length || f.officialIds?.length || f.organizationIds?.length);
  if (f.types?.length) and.push({ type: { in: f.types } });
  if (f.roles?.length && !byActor) and.push({ participants: { some: role } });
  if (f.countryCodes?.length) {
    and.push({ participants: { some: { ...role, countryCode: { in: toAlpha2(f.countryCodes, 'filter.countryCodes') } } } });
  }
  if (f.officialIds?.length) {
    and.push({ participants: { some: { ...role, officialId: { in: localIds(f.officialIds, 'Official', 'filter.officialIds') } } } });
  }
  if (f.organizationIds?.length) {
    and.push({
      participants: { some: { ...role, organizationId: { in: localIds(f.organizationIds, 'Organization', 'filter.organizationIds') } } },
    });
  }
  if (f.from && f.to && f.from > f.to) throw badInput('filter.from must not be after filter.to', { argument: 'filter' });
  // An event's period is [date, dateEnd]: a whole month or year for a less precise date.
  if (f.from) and.push({ dateEnd: { gte: f.from } });
  if (f.to) and.push({ date: { lte: f.to } });
  and.push({ factuality: { in: factualityOrDefault(f.factuality) } });
  return { AND: and };
}

/** Newest first, undated events last; pages seek on (date, id). */
export const EVENT_KEYSET = keyset<Prisma.DiplomaticEventWhereInput, Prisma.DiplomaticEventOrderByWithRelationInput>([
  { field: 'date', dir: 'desc', nulls: 'last' },
  { field: 'id', dir: 'desc' },
]);

export const DiplomaticEvent = builder.prismaNode('DiplomaticEvent', {
  description:
    'A typed diplomatic event (a recognition, an expulsion, sanctions, a visit...) with its participants and the article sentences it rests on.',
  id: { field: 'id' },
  // A stale ID (the event was merged or removed by a later ingest) resolves to null.
  nullable: true,
  select: { id: true, type: true, date: true, summary: true },
  fields: (t) => ({
    type: t.field({ type: DiplomaticEventTypeEnum, description: 'What kind of event this is.', resolve: (e) => e.type }),
    date: t.field({ type: 'Date', nullable: true, description: 'When it happened, to `datePrecision`; null if unknown.', resolve: (e) => e.date }),
    datePrecision: t.expose('datePrecision', {
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How exactly `date` is known.',
    }),
    summary: t.string({ description: 'One sentence saying what happened.', resolve: (e) => e.summary }),
    cameoCode: t.exposeString('cameoCode', { nullable: true, description: 'The CAMEO event code (as used by GDELT).' }),
    ploverType: t.exposeString('ploverType', { nullable: true, description: 'The PLOVER event type, such as SUPPORT or SANCTION.' }),
    ploverMode: t.exposeString('ploverMode', { nullable: true, description: 'The PLOVER mode narrowing the type, where one applies.' }),
    factuality: t.expose('factuality', { type: FactualityEnum, description: 'Whether the sources report it as having happened.' }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the extraction is, from 0 to 1.' }),
    participants: t.relation('participants', {
      description: 'The actors involved, each in its role.',
      query: { orderBy: [{ role: 'asc' }, { id: 'asc' }] },
    }),
    evidence: t.relation('evidence', {
      description: 'The article sentences this event was read from.',
      query: { orderBy: [{ articleId: 'asc' }, { start: 'asc' }] },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When Newsgraph first recorded the event.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When Newsgraph last changed the event.' }),
  }),
});

builder.prismaObject('EventParticipant', {
  name: 'Participant',
  description: 'An actor in a diplomatic event, with its role.',
  // Select mode: a participant's row carries its role and what the query asks for (the actor's
  // own columns), not its foreign keys; `role` reads the base select with no per-row plan lookup.
  select: { role: true },
  fields: (t) => ({
    role: t.field({ type: ParticipantRoleEnum, description: 'The part the actor plays.', resolve: (p) => p.role }),
    event: t.relation('event', { description: 'The event taken part in.' }),
  }),
});

builder.prismaObject('Evidence', {
  description: 'A sentence of an article that reports an event, with its position in the article body.',
  // Select mode, as Participant: the sentence and what the query asks for.
  select: { sentence: true },
  fields: (t) => ({
    sentence: t.string({ description: 'The sentence, exactly as in the article body.', resolve: (e) => e.sentence }),
    start: t.exposeInt('start', { description: 'Offset of its first character in `Article.body` (UTF-16 code units).' }),
    end: t.exposeInt('end', { description: 'Offset just past its last character: `body.slice(start, end) == sentence`.' }),
    article: t.relation('article', { description: 'The article the sentence is from.' }),
    event: t.relation('event', { description: 'The event the sentence reports.' }),
  }),
});

/** Events an actor takes part in, paged through its participant rows, one row per event. */
export const participantEvents = prismaConnectionHelpers(builder, 'EventParticipant', {
  cursor: 'id',
  // At least the id: with only totalCount asked for, an empty select is a Prisma error.
  // (Typed as `true`: the node is the whole row, as the plugin reads it.)
  select: (nodeSelection) => ({ event: nodeSelection({ select: { id: true } }) as unknown as true }),
  resolveNode: (p) => p.event,
});

export const PARTICIPANT_EVENT_ORDER: Prisma.EventParticipantOrderByWithRelationInput[] = [
  { event: { date: { sort: 'desc', nulls: 'last' } } },
  { eventId: 'desc' },
  { id: 'asc' },
];
