import { EVENT_TYPES } from '../domain/event-types.ts';
import {
  DatePrecision,
  DiplomaticEventType,
  Factuality,
  OrganizationKind,
  ParticipantRole,
} from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';

const withDescriptions = <T extends string>(values: Record<string, T>, describe: (v: T) => string) =>
  Object.fromEntries(Object.values(values).map((v) => [v, { value: v, description: describe(v) }])) as Record<
    T,
    { value: T; description: string }
  >;

export const DiplomaticEventTypeEnum = builder.enumType('DiplomaticEventType', {
  description: 'The kind of a diplomatic event; each maps to a CAMEO code and a PLOVER event type.',
  values: withDescriptions(DiplomaticEventType, (v) => {
    const t = EVENT_TYPES[v];
    const codes = [t.cameo && `CAMEO ${t.cameo}`, t.plover && `PLOVER ${t.plover}`].filter(Boolean).join(', ');
    return codes ? `${t.description} (${codes})` : t.description;
  }),
});

const ROLE_DESCRIPTIONS: Record<ParticipantRole, string> = {
  INITIATOR: 'The actor that carries out the event (who recognizes, expels, visits, sanctions).',
  RECIPIENT: 'The actor the event is done to or aimed at (who is recognized, expelled, visited).',
  MEDIATOR: 'A third party that brokers or facilitates the event.',
  PARTICIPANT: 'Another actor involved, such as an official who approved or announced it.',
};
export const ParticipantRoleEnum = builder.enumType('ParticipantRole', {
  description: 'The part an actor plays in a diplomatic event.',
  values: withDescriptions(ParticipantRole, (v) => ROLE_DESCRIPTIONS[v]),
});

const PRECISION_DESCRIPTIONS: Record<DatePrecision, string> = {
  DAY: 'The exact day is known.',
  MONTH: 'Only the month is known; the date is the first of that month.',
  YEAR: 'Only the year is known; the date is 1 January of that year.',
};
export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How exactly a date is known.',
  values: withDescriptions(DatePrecision, (v) => PRECISION_DESCRIPTIONS[v]),
});

const KIND_DESCRIPTIONS: Record<OrganizationKind, string> = {
  GOVERNMENT: 'A national government or de facto ruling authority.',
  MINISTRY: 'A ministry or department of a government.',
  INTERNATIONAL_ORGANIZATION: 'An intergovernmental organization such as the UN or one of its agencies.',
  ALLIANCE: 'A military or political alliance such as NATO.',
  ARMED_GROUP: 'An armed or militant group.',
  POLITICAL_PARTY: 'A political party.',
  MEDIA: 'A news organization or publisher.',
  OTHER: 'Any other organization.',
};
export const OrganizationKindEnum = builder.enumType('OrganizationKind', {
  description: 'What kind of body an organization is.',
  values: withDescriptions(OrganizationKind, (v) => KIND_DESCRIPTIONS[v]),
});

const FACTUALITY_DESCRIPTIONS: Record<Factuality, string> = {
  ASSERTED: 'The source reports that the event happened.',
  NEGATED: 'The source reports that the event did not happen ("has not recognized").',
  HYPOTHETICAL: 'The source reports the event as possible ("may recognize").',
  FUTURE: 'The source reports the event as planned or expected ("plans to recognize").',
};
export const FactualityEnum = builder.enumType('Factuality', {
  description: 'Whether the source reports an event as having happened.',
  values: withDescriptions(Factuality, (v) => FACTUALITY_DESCRIPTIONS[v]),
});
