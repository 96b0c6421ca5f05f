// Timelines (events between countries, of a country, of an official, oldest first), event
// counts for charts, and recognition status on a date.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { badInput } from '../errors.ts';
import {
  eventCounts,
  recognitionEvents,
  timelinePages,
  type EventConditions,
  type TimelineKey,
  type TimelinePage,
} from '../services/timeline.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from './builder.ts';
import { DiplomaticEventTypeEnum, FactualityEnum } from './enums.ts';
import { Country } from './country.ts';
import { DiplomaticEvent, toAlpha2One } from './event.ts';

export const TimelineFilter = builder.inputType('TimelineFilter', {
  description: 'Narrows a timeline or its counts. Conditions combine with AND; values in one list with OR.',
  fields: (t) => ({
    types: t.field({ type: [DiplomaticEventTypeEnum], required: false, description: 'Only events of these types.' }),
    from: t.field({ type: 'Date', required: false, description: 'Only events on or after this date (undated events are then left out).' }),
    to: t.field({ type: 'Date', required: false, description: 'Only events on or before this date (undated events are then left out).' }),
    factuality: t.field({ type: [FactualityEnum], required: false, description: 'Only events reported this way. Default: ASSERTED.' }),
  }),
});

type FilterInput = typeof TimelineFilter.$inferInput | null | undefined;

function conditions(filter: FilterInput): EventConditions {
  const f = filter ?? {};
  if (f.from && f.to && f.from > f.to) throw badInput('filter.from must not be after filter.to', { argument: 'filter' });
  return { types: f.types, from: f.from, to: f.to, factuality: f.factuality };
}

type EventShape = typeof DiplomaticEvent.$inferType;

// Per request and per (filter, page, selection): parents asking the same thing share one batch.
const batches = new WeakMap<Context, Map<string, DataLoader<TimelineKey, { page: TimelinePage; events: EventShape[] }, string>>>();

function timelineLoader(ctx: Context, info: GraphQLResolveInfo, filter: EventConditions, offset: number, limit: number) {
  const selection = queryFromInfo({ context: ctx, info, path: ['edges', 'node'], typeName: 'DiplomaticEvent' }) as object;
  const id = JSON.stringify({ filter, offset, limit, selection });
  let byRequest = batches.get(ctx);
  if (!byRequest) batches.set(ctx, (byRequest = new Map<string, DataLoader<TimelineKey, { page: TimelinePage; events: EventShape[] }, string>>()));
  let loader = byRequest.get(id);
  if (!loader) {
    loader = new DataLoader(
      async (keys) => {
        const pages = await timelinePages(ctx.prisma, keys, filter, offset, limit);
        const ids = [...new Set(pages.flatMap((p) => p.ids))];
        const events = ids.length
          ? ((await ctx.prisma.diplomaticEvent.findMany({ ...selection, where: { id: { in: ids } } })) as EventShape[])
          : [];
        const byId = new Map(events.map((e) => [e.id, e]));
        return pages.map((page) => ({ page, events: page.ids.flatMap((i) => byId.get(i) ?? []) }));
      },
      { cacheKeyFn: (k) => JSON.stringify([k.a ?? null, k.b ?? null, k.officialId ?? null]) },
    );
    byRequest.set(id, loader);
  }
  return loader;
}

async function resolveTimeline(
  key: TimelineKey,
  args: { first?: number | null; last?: number | null; before?: string | null; after?: string | null; filter?: FilterInput },
  ctx: Context,
  info: GraphQLResolveInfo,
) {
  pageSize(args);
  const filter = conditions(args.filter);
  let total = 0;
  const connection = await resolveOffsetConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
    async ({ offset, limit }) => {
      const { page, events } = await timelineLoader(ctx, info, filter, offset, limit).load(key);
      total = page.total;
      return events;
    },
  );
  return { ...connection, totalCount: total };
}

builder.queryFields((t) => ({
  bilateralTimeline: t.connection(
    {
      type: DiplomaticEvent,
      description:
        'The events between two countries, oldest first (undated last): events in which each side takes part (as in `DiplomaticEventFilter.countryCodes`), in any role and either direction.',
      args: {
        a: t.arg.string({ description: 'One country (ISO alpha-2 or alpha-3), such as RU.' }),
        b: t.arg.string({ description: 'The other country, such as AF.' }),
        filter: t.arg({ type: TimelineFilter, required: false, description: 'Narrows the events.' }),
      },
      resolve: (_root, args, ctx, info) => {
        const a = toAlpha2One(args.a, 'a');
        const b = toAlpha2One(args.b, 'b');
        if (a === b) throw badInput('`a` and `b` must be two different countries', { argument: 'b' });
        return resolveTimeline({ a, b }, args, ctx, info);
      },
    },
    {
      name: 'TimelineConnection',
      description: 'A page of a timeline: events oldest first, undated last.',
      fields: (c) => ({ totalCount: c.int({ description: 'How many events match in all.', resolve: (x) => x.totalCount }) }),
    },
  ),
}));

builder.prismaObjectField('Country', 'timeline', (t) =>
  t.connection(
    {
      type: DiplomaticEvent,
      description:
        'Events this country takes part in (as in `DiplomaticEventFilter.countryCodes`), oldest first (undated last). With `with`, only those shared with that other country.',
      args: {
        with: t.arg.string({ required: false, description: 'Only events that this other country (alpha-2 or alpha-3) also takes part in.' }),
        filter: t.arg({ type: TimelineFilter, required: false, description: 'Narrows the events.' }),
      },
      resolve: (country, args, ctx, info) => {
        const b = args.with ? toAlpha2One(args.with, 'with') : null;
        return resolveTimeline({ a: country.code, b: b === country.code ? null : b }, args, ctx, info);
      },
    },
    {
      name: 'CountryTimelineConnection',
      description: "A page of a country's timeline: events oldest first, undated last.",
      fields: (c) => ({ totalCount: c.int({ description: 'How many events match in all.', resolve: (x) => x.totalCount }) }),
    },
  ),
);

builder.prismaObjectField('Official', 'timeline', (t) =>
  t.connection(
    {
      type: DiplomaticEvent,
      description: 'Events this official takes part in, oldest first (undated last).',
      args: {
        with: t.arg.string({ required: false, description: 'Only events that this country (alpha-2 or alpha-3) also takes part in.' }),
        filter: t.arg({ type: TimelineFilter, required: false, description: 'Narrows the events.' }),
      },
      resolve: (official, args, ctx, info) => {
        const b = args.with ? toAlpha2One(args.with, 'with') : null;
        return resolveTimeline({ officialId: official.id, b }, args, ctx, info);
      },
    },
    {
      name: 'OfficialTimelineConnection',
      description: "A page of an official's timeline: events oldest first, undated last.",
      fields: (c) => ({ totalCount: c.int({ description: 'How many events match in all.', resolve: (x) => x.totalCount }) }),
    },
  ),
);

// --- counts for charts -------------------------------------------------------------------

type Counts = Awaited<ReturnType<typeof eventCounts>>;

const TypeCount = builder.objectRef<Counts['byType'][number]>('EventTypeCount').implement({
  description: 'How many events of one type.',
  fields: (t) => ({
    type: t.field({ type: DiplomaticEventTypeEnum, description: 'The event type.', resolve: (c) => c.type as never }),
    count: t.exposeInt('count', { description: 'How many events.' }),
  }),
});

const MonthCount = builder.objectRef<Counts['byMonth'][number]>('EventMonthCount').implement({
  description: 'How many events in one calendar month.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'The month, written YYYY-MM.' }),
    count: t.exposeInt('count', { description: 'How many events.' }),
  }),
});

const YearCount = builder.objectRef<Counts['byYear'][number]>('EventYearCount').implement({
  description: 'How many events in one calendar year.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year.' }),
    count: t.exposeInt('count', { description: 'How many events.' }),
  }),
});

const EventStats = builder.objectRef<Counts>('EventStats').implement({
  description: 'Event counts for charts, computed by the database in one grouped query.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'How many events match in all.' }),
    byType: t.field({ type: [TypeCount], description: 'Counts by event type, largest first; types without events are left out.', resolve: (s) => s.byType }),
    byMonth: t.field({
      type: [MonthCount],
      description: 'Counts by month, oldest first, for events whose month is known (DAY or MONTH precision); months without events are left out.',
      resolve: (s) => s.byMonth,
    }),
    byYear: t.field({ type: [YearCount], description: 'Counts by year, oldest first, for dated events.', resolve: (s) => s.byYear }),
    withoutMonth: t.exposeInt('withoutMonth', { description: 'Events left out of byMonth: undated, or known only to the year.' }),
    undated: t.exposeInt('undated', { description: 'Events with no date at all.' }),
  }),
});

// --- recognition on a date ---------------------------------------------------------------

const RecognitionStateEnum = builder.enumType('RecognitionState', {
  description: 'Where recognition stands between two countries on a date, as the recorded events tell it.',
  values: {
    RECOGNIZED: { value: 'RECOGNIZED', description: 'The latest deciding event is a recognition or the establishment of diplomatic relations.' },
    RELATIONS_SEVERED: { value: 'RELATIONS_SEVERED', description: 'The latest deciding event is the severing of diplomatic relations.' },
    NO_RECORD: { value: 'NO_RECORD', description: 'No deciding event is recorded on or before the date: unknown, not a "no".' },
  } as const,
});

type CountryShape = typeof Country.$inferType;

interface RecognitionShape {
  /** The two countries, loaded with what the operation asks of them (null when not asked for). */
  of: CountryShape | null;
  by: CountryShape | null;
  asOf: Date;
  status: 'RECOGNIZED' | 'RELATIONS_SEVERED' | 'NO_RECORD';
  /** Date of the deciding event (from the deciding events, whatever is asked of them). */
  since: Date | null;
  /** The deciding events, oldest first, loaded with what is asked of them (empty when not asked for). */
  history: EventShape[];
}

/**
 * The Prisma `select` the operation plans for rows of `typeName` under the field `info`
 * resolves, at `paths`; null when nothing is selected there.
 */
function plannedSelect(ctx: Context, info: GraphQLResolveInfo, typeName: 'DiplomaticEvent' | 'Country', paths: string[][]): Record<string, unknown> | null {
  const planned = queryFromInfo({ context: ctx, info, typeName, paths }) as { select?: Record<string, unknown> };
  return planned.select ?? null;
}

const RecognitionStatus = builder.objectRef<RecognitionShape>('RecognitionStatus').implement({
  description:
    'Whether one country recognizes another on a date, derived from RECOGNITION (by -> of) and DIPLOMATIC_RELATIONS_ESTABLISHED / _SEVERED (either direction) events reported as having happened. Undated events are not considered.',
  fields: (t) => ({
    of: t.field({ type: Country, description: 'The country (or government) recognized.', resolve: (s) => s.of! }),
    by: t.field({ type: Country, description: 'The recognizing country.', resolve: (s) => s.by! }),
    asOf: t.field({ type: 'Date', description: 'The date the status holds on.', resolve: (s) => s.asOf }),
    status: t.field({ type: RecognitionStateEnum, description: 'The status on that date.', resolve: (s) => s.status }),
    since: t.field({
      type: 'Date',
      nullable: true,
      description: 'Date of the event that decided the status; null with NO_RECORD.',
      resolve: (s) => s.since,
    }),
    basis: t.field({ type: DiplomaticEvent, nullable: true, description: 'The event that decided the status.', resolve: (s) => s.history.at(-1) ?? null }),
    history: t.field({ type: [DiplomaticEvent], description: 'Every deciding event up to the date, oldest first.', resolve: (s) => s.history }),
  }),
});

const todayUtc = () => new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);

builder.queryFields((t) => ({
  eventStats: t.field({
    type: EventStats,
    description:
      'Counts of the events a country takes part in (as in `DiplomaticEventFilter.countryCodes`), or two countries together, by type, month and year: for charts.',
    args: {
      countryCode: t.arg.string({ description: 'The country (ISO alpha-2 or alpha-3).' }),
      with: t.arg.string({ required: false, description: 'Only events that this other country also takes part in.' }),
      filter: t.arg({ type: TimelineFilter, required: false, description: 'Narrows the events counted.' }),
    },
    resolve: (_root, args, ctx) => {
      const a = toAlpha2One(args.countryCode, 'countryCode');
      const b = args.with ? toAlpha2One(args.with, 'with') : null;
      if (a === b) throw badInput('`with` must be another country', { argument: 'with' });
      return eventCounts(ctx.prisma, { a, b }, conditions(args.filter));
    },
  }),
  recognitionStatus: t.field({
    type: RecognitionStatus,
    description: 'Whether country `by` recognizes country `of` (or its government) on a date, with the events that say so.',
    args: {
      of: t.arg.string({ description: 'The recognized country (alpha-2 or alpha-3), such as AF.' }),
      by: t.arg.string({ description: 'The recognizing country, such as RU.' }),
      asOf: t.arg({ type: 'Date', required: false, description: 'The date (default: today, UTC). An event dated to a month or year counts from its first day.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const of = toAlpha2One(args.of, 'of');
      const by = toAlpha2One(args.by, 'by');
      if (of === by) throw badInput('`of` and `by` must be two different countries', { argument: 'by' });
      const asOf = args.asOf ?? todayUtc();
      // The events and the two countries load with the selection the operation plans beneath
      // `basis`/`history` and `of`/`by` (as a list field's rows do), so no field below reloads
      // its row: one statement each, whatever is asked of them.
      const eventSelect = plannedSelect(ctx, info, 'DiplomaticEvent', [['history'], ['basis']]);
      const countrySelect = plannedSelect(ctx, info, 'Country', [['of'], ['by']]);
      const [rows, countries] = await Promise.all([
        recognitionEvents(ctx.prisma, of, by, asOf),
        countrySelect
          ? (ctx.prisma.country.findMany({ select: { ...countrySelect, code: true }, where: { code: { in: [of, by] } } }) as Promise<CountryShape[]>)
          : [],
      ]);
      const events =
        rows.length && eventSelect
          ? ((await ctx.prisma.diplomaticEvent.findMany({ select: { ...eventSelect, id: true }, where: { id: { in: rows.map((r) => r.id) } } })) as EventShape[])
          : [];
      const byId = new Map(events.map((e) => [e.id, e]));
      const last = rows.at(-1);
      const status: RecognitionShape['status'] = !last ? 'NO_RECORD' : last.type === 'DIPLOMATIC_RELATIONS_SEVERED' ? 'RELATIONS_SEVERED' : 'RECOGNIZED';
      const country = (code: string) => countries.find((c) => c.code === code) ?? null;
      return { of: country(of), by: country(by), asOf, status, since: last?.date ?? null, history: rows.flatMap((r) => byId.get(r.id) ?? []) };
    },
  }),
}));
