// Diplomatic events, in steps a reader can follow:
//   1. triggers.ts  find trigger words of each type (patterns in catalog.ts);
//   2. roles.ts     read initiators and recipients from a parse of the sentence (parse.ts,
//                   structure.ts), then here (assignRoles): mediators, and the actors the
//                   sentence leaves to its context (anaphora.ts, counterpart.ts);
//   3. modality.ts  decide whether the event happened (ASSERTED) or is negated, hypothetical, future;
//   4. when.ts      date it (dateOfHit);
//   5. merge.ts     merge repeated mentions of one event and summarise it.
// extractEvents walks the sentences; eventsOfHit runs steps 2 to 4 for one trigger and emit
// turns the reading into raw events, one per act ("each", "respectively", later stops of a
// tour: units.ts); indirectSides reads a trigger again for sides given indirectly ("each other's",
// "the two leaders", "X met Y and signed"); acts told as new ones ("again", "a second")
// are marked so that merge keeps them apart.
import type { DiplomaticEventType, ExtractedEvent, ExtractedParticipant, Factuality, ParticipantRole, PartialDate } from '../../types.ts';
import { findDates } from '../dates.ts';
import type { Mention } from '../entities.ts';
import type { Sentence } from '../sentences.ts';
import { lastAtOrBefore } from '../text.ts';
import { appositions, countryOfActor, expand, groupsIn, key, parentheticals, prepBefore, recipientsOf, refToMention, type EventCtx, type Group, type RawEvent } from './context.ts';
import { elidedBody, elidedCounterpart, ellipsisEvents, juntaRulers, pronounEnvoy, purposeOfOwnAct, reactionToOwnAct, rulersNamedBefore, sharedTarget, switchedRecognition } from './counterpart.ts';
import { contextPlace, COUNTRY_ANAPHOR_TYPES, countedGroup, countryAnaphor, PLACE_RECIPIENT, REACTIONS, resolveAnaphoricObject, symmetricMode } from './anaphora.ts';
import { mergeEvents, summarise } from './merge.ts';
import { againLater, asDid, eachActing, laterStops, respectively } from './units.ts';
import { factualityOf } from './modality.ts';
import { parseSentences } from './parse.ts';
import { afterFirstComma, applyTypeRules, readRoles, type Roles, type SentenceView } from './roles.ts';
import { findTriggers, type Hit } from './triggers.ts';
import { eventDate } from './when.ts';

export type { EventCtx } from './context.ts';

/**
 * Where the reading of a trigger ended. Only the evaluation listens (`npm run eval --
 * --stages`), to count at which step missed events were lost; extraction ignores it.
 */
export type Outcome = 'no-actor-in-sentence' | 'type-rule' | 'no-initiator' | 'no-recipient' | 'not-asserted' | 'emitted';
let tracer: ((type: DiplomaticEventType, outcome: Outcome) => void) | null = null;
/** Sets the listener of trigger outcomes (null: none); returns the previous one. */
export function traceTriggers(fn: typeof tracer): typeof tracer {
  const prev = tracer;
  tracer = fn;
  return prev;
}

/** A sentence whose subject is a pronoun for an earlier one ("He announced a $500 million package"). */
const LEAD_PRONOUN = /^(?:\S+\s+){0,2}?(He|She|It|They)\s/;

const SHARED_APPOSITION = /,\s+(?:each|both|all)\s+(?:of\s+them\s+)?(?:an?|the)?\s*[\p{Ll}-]+\s[^,;]{0,60}?,/gu;

/** A fronted subordinate clause up to its comma: "When Beijing's pressure grew,". */
const SUBORDINATE_LEAD = /^(?:when|after|as|while|because|since|although|though|if|once|before|until|whereas)\s[^,;"]{3,120},/i;

/** Subject of the sentence and mediators named anywhere in it. */
function readSentence(ctx: EventCtx, s: Sentence, lastSubject: Mention[]): Omit<SentenceView, 'parse'> {
  // ... and a description shared by the subjects: ", each a permanent member of the Security Council,".
  const shared = [...s.text.matchAll(SHARED_APPOSITION)].map((m): [number, number] => [s.start + m.index, s.start + m.index + m[0].length]);
  const paren = [...parentheticals(ctx.text, s), ...appositions(ctx, s), ...shared];
  // A dateline ("PITUFFIK, Greenland — ", "KYIV (Wire) — ") names where, not who.
  const dl = /^[\p{Lu}][\p{Lu}\s.,'/-]{2,}(?:,\s*[^—\n]{0,40}?)?(?:\s*\([^)]*\))?\s+[—-]\s+/u.exec(s.text);
  const sentGroups = groupsIn(ctx, s.start + (dl ? dl[0].length : 0), s.end, []);
  let firstSubject = sentGroups.find((g) => !prepBefore(ctx, g, s.start) && !paren.some(([a, b]) => g.start >= a && g.end <= b));
  // "When Beijing's pressure grew, Lithuania held firm": a fronted subordinate clause's actor is
  // not the sentence's subject; the one right after its comma is.
  const body = s.start + (dl ? dl[0].length : 0);
  const sub = firstSubject && SUBORDINATE_LEAD.exec(ctx.text.slice(body, s.end));
  if (sub && firstSubject!.end <= body + sub[0].length) {
    const comma = body + sub[0].length;
    const main = sentGroups.find((g) => g.start >= comma && /^\s*(?:the\s+)?$/i.test(ctx.text.slice(comma, g.start)));
    const straddling = sentGroups.find((g) => g.start < comma && g.end > comma);
    const tail = straddling ? afterFirstComma(ctx, straddling, body) : [];
    if (main) firstSubject = main;
    else if (tail.length) firstSubject = { start: tail[0]!.start, end: straddling!.end, items: tail };
  }
  // "He earlier held talks ... and then met X": the pronoun, not X, is the subject.
  const lead = LEAD_PRONOUN.exec(s.text);
  if (lead) {
    const pm = /^(?:he|she)$/i.test(lead[1]!) ? ctx.mentions.filter((m) => m.kind === 'official' && m.end <= s.start).at(-1) : undefined;
    const items = pm ? [pm] : lastSubject;
    if (items.length) firstSubject = { start: s.start, end: s.start + lead[0].length - 1, items };
  }
  const mediators: Mention[] = [];
  for (const m of s.text.matchAll(/\b(?:mediated|brokered|facilitated)\s+by\s+|\bmediation\s+(?:of|by)\s+/gi)) {
    const at = s.start + m.index + m[0].length;
    const g = groupsIn(ctx, at, s.end, paren).find((x) => x.start <= at + 6);
    if (g) mediators.push(...g.items);
  }
  for (const m of s.text.matchAll(/-(?:brokered|mediated)\b|\s(?:brokered|mediated)\s/gi)) {
    const at = s.start + m.index;
    const g = groupsIn(ctx, s.start, at, paren).at(-1);
    if (g && g.end >= at - 1) mediators.push(...g.items);
  }
  return { s, paren, firstSubject, lastSubject, mediators, bodyStart: s.start + (dl ? dl[0].length : 0) };
}

/**
 * "The army seized power", "officers who overthrew President Bazoum": a seizure of power by
 * unnamed soldiers has no initiator; it happens in the country named in its clause, else the
 * one named nearest before it in its sentence (not its subject), else the country of the
 * seizure told before, else the article's most mentioned country so far.
 */
function unnamedPutschists(ctx: EventCtx, v: SentenceView, h: Hit, r: Roles, raws: RawEvent[]): void {
  if (r.recipients.length) return;
  const pre = ctx.text.slice(Math.max(r.left, h.start - 60), h.start);
  // ... or the coup itself, heading a relative clause ("the coup that overthrew the government").
  if (!/\b(?:army|military|officers|soldiers|junta|generals?|colonels?|troops|putschists|mutineers|guard|forces|coup)\b/i.test(pre) && !/\b(?:coup|putsch|takeover)\s*,?\s+(?:that|which)\s+$/i.test(ctx.text.slice(Math.max(0, h.start - 30), h.start))) return;
  // "Gabonese officers", "Myanmar's army": the country right before the soldiers.
  const named = r.leftGroups.at(-1)?.items.find((m) => m.kind === 'country' && h.start - m.end < 30);
  // "the army's removal of President Mohamed Morsi": the deposed leader's country.
  const deposed = r.rightGroups[0]?.items.find((m) => m.kind === 'official' && m.start - h.end < 12);
  let cc = (deposed && countryOfActor(ctx, deposed)) ?? named?.id ?? null;
  // "The United States imposed sanctions on Myanmar's generals connected to the coup that overthrew ...": the
  // state named nearest before it in its sentence, not the sentence's subject (who reacts to it).
  if (!cc) {
    const subject = new Set(v.firstSubject?.items.map((m) => countryOfActor(ctx, m) ?? m.id) ?? []);
    const states = ctx.mentions.filter((m) => m.start >= v.s.start && m.end <= h.start).map((m) => countryOfActor(ctx, m));
    cc = states.filter((c): c is string => !!c && !subject.has(c)).at(-1) ?? null;
  }
  // "The army seized power hours before parliament sat": the seizure told before (the article's coup), not
  // the state the article names most (often the one reacting to it).
  if (!cc) {
    const told = [...raws].reverse().find((e) => e.type === 'SEIZURE_OF_POWER' && e.factuality === 'ASSERTED')?.participants.find((p) => p.role === 'RECIPIENT' && p.actor.kind === 'country')?.actor;
    cc = told?.kind === 'country' ? told.code : null;
  }
  if (!cc) {
    const counts = new Map<string, number>();
    for (const m of ctx.mentions) if (m.kind === 'country' && m.start < h.start) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    cc = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
  if (cc) r.recipients = [{ start: 0, end: 0, kind: 'country', id: cc, text: cc }];
}

/**
 * "froze Afghan assets after the takeover", "designated the takeover a coup": a definite
 * nominal seizure of power is the one told before (its roles are copied, so the mentions
 * merge); with none told before, it names no event of its own.
 */
function coupAnaphor(ctx: EventCtx, h: Hit, r: Roles, raws: RawEvent[]): RawEvent | boolean {
  if (!h.t.noun || !/\b(?:the|this|that)\s+$/i.test(ctx.text.slice(Math.max(0, h.start - 8), h.start))) return true;
  const prev = [...raws].reverse().find((e) => e.type === 'SEIZURE_OF_POWER');
  if (!prev) return false;
  r.initiators = prev.participants.filter((p) => p.role === 'INITIATOR').map((p) => refToMention(p.actor));
  r.recipients = recipientsOf(ctx, prev);
  return prev;
}

/** Participants of the event, without duplicates and without an initiator receiving its own act. */
function participantsOf(ctx: EventCtx, r: Roles, meds: Mention[]): ExtractedParticipant[] {
  const participants = [...expand(ctx, r.initiators, 'INITIATOR', r.type), ...expand(ctx, r.recipients, 'RECIPIENT', r.type), ...expand(ctx, meds, 'MEDIATOR', r.type)];
  const initKeys = new Set(participants.filter((p) => p.role === 'INITIATOR').map((p) => key(p.actor)));
  const seen = new Set<string>();
  return participants.filter((p) => {
    if (p.role === 'RECIPIENT' && initKeys.has(key(p.actor)) && r.type !== 'SEIZURE_OF_POWER') return false;
    const k = `${p.role}|${key(p.actor)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Step 2 for one trigger: its roles after the type rules, anaphors and mediators; the step that ended it when the reading makes no event. */
function assignRoles(ctx: EventCtx, v: SentenceView, h: Hit, raws: RawEvent[]): { r: Roles; meds: Mention[]; sameAs?: RawEvent | undefined } | Outcome {
  const { t } = h;
  const r = readRoles(ctx, v, h);
  elidedBody(ctx, v.s, h, r, raws);
  if (!applyTypeRules(ctx, h, r)) return 'type-rule';
  juntaRulers(ctx, r, h.start, raws);
  pronounEnvoy(ctx, v.s, h, r);
  // A reaction is to another side: "condemned the trip as a violation of the one-China principle" is not China's on China.
  // (Condemnations only: the curated sample graph holds no support statement, see samples/README.md.)
  if (r.type === 'CONDEMNATION' && r.recipients.length) {
    const own = new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
    r.recipients = r.recipients.filter((m) => !own.has(countryOfActor(ctx, m) ?? m.id));
  }
  // "the two neighbours" read as the last two states named, one of them the initiators' own: the last pair named without it.
  const pair = r.recipients.find((m) => m.via === 'anaphor' && /^the\s+two\b/i.test(m.text));
  if (pair && !symmetricMode(t) && r.recipients.some((m) => r.initiators.some((x) => (countryOfActor(ctx, x) ?? x.id) === (countryOfActor(ctx, m) ?? m.id)))) {
    const own = new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
    r.recipients = countedGroup(ctx, pair.start, 2, own, pair.kind === 'country');
  }
  if (REACTIONS.has(r.type) && !r.recipients.length) r.recipients = reactionToOwnAct(ctx, v.s, h, r, raws, v.parse);
  if ((t.anaphoric || REACTIONS.has(r.type)) && !r.recipients.length) resolveAnaphoricObject(ctx, h, r, raws, v);
  if (!r.recipients.length && r.type !== 'SEIZURE_OF_POWER') r.recipients = rulersNamedBefore(ctx, h, r, raws);
  const isMediator = (m: Mention) => v.mediators.some((x) => x.id === m.id && x.kind === m.kind);
  const meds = v.mediators.filter((m) => !r.initiators.includes(m));
  r.initiators = r.initiators.filter((m) => !isMediator(m));
  r.recipients = r.recipients.filter((m) => !isMediator(m));
  const symmetric = t.mode === 'symmetric';
  // "a meeting between Biden and Xi", "a handshake between Erdoğan and el-Sisi": the parties follow the noun.
  if (symmetric && !r.initiators.length && r.recipients.length > 1 && /\bbetween\s*$/i.test(ctx.text.slice(h.start, r.recipients[0]!.start))) r.initiators = r.recipients.splice(0, 1);
  const told = r.type === 'SEIZURE_OF_POWER' ? coupAnaphor(ctx, h, r, raws) : true;
  if (!told) return 'type-rule';
  if (!r.initiators.length && r.type === 'SEIZURE_OF_POWER') unnamedPutschists(ctx, v, h, r, raws);
  if (!r.initiators.length && !(r.type === 'SEIZURE_OF_POWER' && r.recipients.length)) return 'no-initiator';
  // The host country receives the credentials of the sending country's envoy.
  if (t.mode === 'accredit' && !r.recipients.length) return 'no-recipient';
  // A recipient of the initiators' own side only ("withdrawing its contingent from ..., the Kremlin confirmed") is none: the context may name one.
  if (r.recipients.length && !symmetric && r.type !== 'SEIZURE_OF_POWER') {
    const own = new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
    if (r.recipients.every((m) => own.has(countryOfActor(ctx, m) ?? m.id))) r.recipients = [];
  }
  if (!r.recipients.length && COUNTRY_ANAPHOR_TYPES.has(r.type)) r.recipients = countryAnaphor(ctx, h, r);
  if (!r.recipients.length) r.recipients = elidedCounterpart(ctx, v.s, r, raws, h.start);
  if (!r.recipients.length) r.recipients = sharedTarget(ctx, v.s, r, raws, h.start);
  if (!r.recipients.length && PLACE_RECIPIENT.has(r.type)) r.recipients = contextPlace(ctx, r, raws);
  if (!r.recipients.length && !symmetric && r.type !== 'SEIZURE_OF_POWER' && (t.needRecipient || r.type === 'DIPLOMATIC_RELATIONS_SEVERED')) return 'no-recipient';
  if (symmetric && !r.recipients.length && new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id)).size < 2) return 'no-recipient';
  // An anaphor of an event told before keeps its date ("designated the takeover a coup in
  // October": the coup was in July), so the two mentions merge.
  return { r, meds, sameAs: told === true ? undefined : told };
}

/** Step 4 for one trigger: the nearest date in its reach (between its neighbouring triggers). */
function dateOfHit(ctx: EventCtx, v: SentenceView, hits: Hit[], hi: number, r: Roles, factuality: Factuality, getDates: () => ReturnType<typeof findDates>): PartialDate | null {
  const h = hits[hi]!;
  return eventDate(getDates(), ctx.text, {
    sStart: v.s.start,
    hStart: h.start,
    hEnd: h.end,
    nextStart: hits[hi + 1]?.start ?? v.s.end,
    prevEnd: hi > 0 ? hits[hi - 1]!.end : v.s.start,
    left: r.left,
    right: r.right,
    factuality,
    publishedAt: ctx.publishedAt,
  });
}

function confidenceOf(h: Hit, r: Roles): number {
  let confidence = 0.75;
  if (r.pronoun) confidence -= 0.15;
  if (h.t.noun) confidence -= 0.1;
  if (h.t.anaphoric && !r.rightGroups.length) confidence -= 0.1;
  return Math.max(0.1, Math.min(1, confidence));
}

/** "the ambassador in Berlin", "officials in Kyiv": a place one serves or lives in, not one visited. */
const RESIDENT_IN = /\b(?:ambassadors?|envoys?|embass(?:y|ies)|diplomats?|charg[ée]s? d'affaires|officials|residents?|based|stationed|living|born)\s+in\s+$/i;

/** A host's own place after its guests: "welcomed Zelensky to Downing Street", "hosted Putin at his dacha". */
const HOST_PLACE = /^\s*(?:(?:on|last|this)\s+\S+\s+)?(?:to|at)\s+(?:the\s+|his\s+|her\s+)?[A-Z\p{Ll}]/u;

/** Guests welcomed or hosted at the host's own place (no country named) visit the host's country. */
function hostedGuests(ctx: EventCtx, s: Sentence, h: Hit, r: Roles, factuality: Factuality, date: PartialDate | null, conf: number): RawEvent[] {
  if (r.voice !== 'active' || !/^(?:welcom|host|receiv)/i.test(ctx.text.slice(h.start, h.end))) return [];
  const last = r.recipients.at(-1);
  const home = [...new Set(r.initiators.map((m) => countryOfActor(ctx, m)).filter((c): c is string => !!c))];
  if (!last || home.length !== 1 || !HOST_PLACE.test(ctx.text.slice(last.end, last.end + 30))) return [];
  const guests = r.recipients.filter((m) => countryOfActor(ctx, m) && countryOfActor(ctx, m) !== home[0]);
  if (!guests.length) return [];
  const place = refToMention({ kind: 'country', code: home[0]! });
  return [{ type: 'VISIT', factuality, participants: [...expand(ctx, guests, 'INITIATOR', 'VISIT'), ...expand(ctx, [place], 'RECIPIENT', 'VISIT')], sentence: s, triggerStart: h.start, date, confidence: conf - 0.15 }];
}

/** A gathering's venue: "at the World Cup opening in Doha", "at the GCC headquarters in Riyadh". */
const VENUE_BEFORE = /\b(?:summit|headquarters|conference|opening|gathering|sidelines|margins|forum|assembly|games|olympics|cup|ceremony|funeral|inauguration|coronation|session|meeting of|talks of)\b[^.;]*$/i;

/**
 * Presence at a gathering is no visit to its host country, nor a meeting of outsiders in
 * Brussels (the seat of the EU and NATO) a visit to Belgium.
 */
function atVenue(ctx: EventCtx, h: Hit, loc: Group): boolean {
  if (loc.start >= h.end && VENUE_BEFORE.test(ctx.text.slice(h.end, loc.start))) return true;
  return loc.items.every((m) => /^Brussels$/i.test(ctx.text.slice(m.start, m.end)));
}

/** The raw events of one reading: split by sanctioning authority or aid recipient; a meeting abroad is also a visit. */
function emit(ctx: EventCtx, s: Sentence, h: Hit, r: Roles, clean: ExtractedParticipant[], factuality: Factuality, date: PartialDate | null, conf: number): RawEvent[] {
  const out: RawEvent[] = [];
  const type = r.type;
  // Each sanctioning authority acts on its own, each aid recipient is a separate transfer,
  // and power seized in several countries was seized in several coups: one event per
  // initiator (sanctions) or per recipient (aid, seizures of power).
  const splitRole: ParticipantRole | null = type === 'SANCTIONS_IMPOSED' || type === 'SANCTIONS_LIFTED' ? 'INITIATOR' : type === 'AID_PROVIDED' || type === 'SEIZURE_OF_POWER' ? 'RECIPIENT' : null;
  // "Britain, France and Germany each summoned the Iranian ambassador": one act per state.
  const each = splitRole === 'INITIATOR' ? [] : eachActing(ctx, h, r);
  const units: ExtractedParticipant[][] = [clean];
  if (each.length > 1) {
    const ownOf = each.map((ms) => new Set(expand(ctx, ms, 'INITIATOR', type).map((p) => `${p.role}|${key(p.actor)}`)));
    const pk = (p: ExtractedParticipant) => `${p.role}|${key(p.actor)}`;
    const rest = clean.filter((p) => !ownOf.some((own) => own.has(pk(p))));
    units.splice(0, 1, ...ownOf.map((own) => [...clean.filter((p) => own.has(pk(p))), ...rest]));
  }
  // "Britain and France recalled their ambassadors from Mali and Niger respectively": the n-th subject acts on the n-th object.
  const pairs = units.length === 1 ? respectively(ctx, h, r) : [];
  if (pairs.length) {
    const pk = (p: ExtractedParticipant) => `${p.role}|${key(p.actor)}`;
    const mine = pairs.map(([a, b]) => new Set([...expand(ctx, a, 'INITIATOR', type), ...expand(ctx, b, 'RECIPIENT', type)].map(pk)));
    const rest = clean.filter((p) => !mine.some((m) => m.has(pk(p))) && p.role !== 'INITIATOR' && p.role !== 'RECIPIENT');
    units.splice(0, 1, ...mine.map((m) => [...clean.filter((p) => m.has(pk(p))), ...rest]));
  }
  for (const unit of units) {
    const splitOn = splitRole ? unit.filter((p) => p.role === splitRole && p.actor.kind !== 'official') : [];
    if (splitRole && splitOn.length > 1) {
      for (const one of splitOn) out.push({ type, factuality, participants: unit.filter((p) => p.role !== splitRole || p === one), sentence: s, triggerStart: h.start, date, confidence: conf });
    } else out.push({ type, factuality, participants: unit, sentence: s, triggerStart: h.start, date, confidence: conf });
  }
  // "..., as did France and Germany": the act again by the subjects after "as"; "... and again in May 2021": at a later date.
  if (out[0]) out.push(...asDid(ctx, s, h, r, out[0]), ...againLater(ctx, s, h, out[0]));
  if (r.alsoMeeting) out.push({ type: 'MEETING', factuality, participants: clean, sentence: s, triggerStart: h.start, date, confidence: conf - 0.1 });
  // Visiting a leader is meeting them.
  if (type === 'VISIT' && r.met?.length) {
    out.push({ type: 'MEETING', factuality, participants: [...expand(ctx, r.initiators, 'INITIATOR', 'MEETING'), ...expand(ctx, r.met, 'RECIPIENT', 'MEETING')], sentence: s, triggerStart: h.start, date, confidence: conf - 0.1 });
  }
  // ... and a tour's later stops, or the later counterparts of a meeting told by gapping.
  if (type === 'VISIT' || type === 'MEETING') out.push(...laterStops(ctx, s, h, r, out[0]!, conf));
  // Meeting someone in a foreign capital is also a visit there.
  if (type === 'MEETING' && factuality === 'ASSERTED') {
    const inPlace = (g: Group) => /\bin\s+$/i.test(ctx.text.slice(Math.max(r.left, g.start - 4), g.start)) && g.items.every((m) => m.kind === 'country');
    // ... or before it in its clause ("In Tehran, Zarif held talks with Lavrov", "announced the decision in Minsk after a meeting with"), not an envoy's post.
    const loc = r.rightGroups.find(inPlace) ?? r.leftGroups.find((g) => inPlace(g) && !RESIDENT_IN.test(ctx.text.slice(Math.max(r.left, g.start - 40), g.start)));
    const home = new Set(r.initiators.map((m) => countryOfActor(ctx, m)));
    // The host meets its guest at home ("Kim hosted Putin in Pyongyang", "Sánchez was received by the king in Rabat"): the guest visits.
    const guestHome = new Set(r.recipients.map((m) => countryOfActor(ctx, m)));
    const visitors = loc && !loc.items.some((m) => home.has(m.id)) ? r.initiators : loc && r.recipients.length && loc.items.every((m) => home.has(m.id)) && !loc.items.some((m) => guestHome.has(m.id)) ? r.recipients : [];
    if (loc && visitors.length && !atVenue(ctx, h, loc)) {
      out.push({ type: 'VISIT', factuality, participants: [...expand(ctx, visitors, 'INITIATOR', 'VISIT'), ...expand(ctx, loc.items, 'RECIPIENT', 'VISIT')], sentence: s, triggerStart: h.start, date, confidence: conf - 0.1 });
    } else if (!loc) out.push(...hostedGuests(ctx, s, h, r, factuality, date, conf));
  }
  return out;
}

/** Steps 2 to 4 for one trigger: roles, modality, date; the raw events it yields (none when roles are missing). */
function eventsOfHit(ctx: EventCtx, v: SentenceView, hits: Hit[], hi: number, raws: RawEvent[], getDates: () => ReturnType<typeof findDates>): RawEvent[] {
  const h = hits[hi]!;
  const roles = assignRoles(ctx, v, h, raws);
  if (typeof roles === 'string') {
    tracer?.(h.t.type, roles);
    return [];
  }
  const { r, meds, sameAs } = roles;
  // A parenthetical between the subject and the trigger (", which had threatened to ...,")
  // has a modality of its own: the trigger's is read after it.
  const modLeft = v.paren.reduce((at, [a, b]) => (a >= r.left && b <= h.start ? Math.max(at, b) : at), r.left);
  // A quotation heading its sentence was said: its own modals ("Russia must pay") hedge its content, not the saying.
  // "summoned Japan's ambassador to protest against ...": a reaction in the purpose clause of a done act of its initiators is done.
  const purpose = REACTIONS.has(r.type) && purposeOfOwnAct(ctx, v.s, h, r, raws, v.parse);
  const factuality = h.t.quoteLead ? 'ASSERTED' : factualityOf(v.parse, r.type, r.ti, ctx.text, modLeft, h.start, h.end, r.right, purpose);
  const date = sameAs ? sameAs.date : dateOfHit(ctx, v, hits, hi, r, factuality, getDates);
  const clean = participantsOf(ctx, r, meds);
  if (!clean.some((p) => p.role === 'RECIPIENT') && h.t.mode !== 'symmetric' && h.t.needRecipient) {
    tracer?.(h.t.type, 'no-recipient');
    return [];
  }
  tracer?.(r.type, factuality === 'ASSERTED' ? 'emitted' : 'not-asserted');
  return emit(ctx, v.s, h, r, clean, factuality, date, confidenceOf(h, r));
}

/** Acts between two states that may be told as done to each other ("expelled each other's diplomats"). */
const RECIPROCAL_TYPES = new Set<DiplomaticEventType>(['DIPLOMAT_EXPELLED', 'AMBASSADOR_RECALLED', 'AMBASSADOR_SUMMONED', 'SANCTIONS_IMPOSED', 'CONDEMNATION', 'DIPLOMATIC_RELATIONS_SEVERED']);
const RECIPROCAL = /\b(?:each\s+other|one\s+another)(?:['’]s?)?(?=[\s,.;]|$)/i;
const DENIED_BEFORE = /\b(?:den(?:y|ied|ies|ying)|rejected\s+(?:reports|claims|suggestions)|dismissed\s+(?:reports|claims)|refused|not|never|no)\b/i;
/** A noun phrase naming the parties of an act told before: "the two leaders", "both sides", "the three military-led governments". */
const COLLECTIVE_NP = String.raw`(?:both|the\s+(two|three|four|five|six))\s+(?:[\w-]+\s+){0,2}?(?:sides|parties|leaders|countries|nations|states|governments|juntas|delegations|ministers|presidents|men|neighbou?rs|allies|capitals)\b`;
/** ... heading the sentence or clause. */
const COLLECTIVE = new RegExp(String.raw`^\s*(?:${COLLECTIVE_NP}|the\s+pair\b)`, 'i');
/** ... as the antecedent of a relative clause: "by the three military-led governments, which left". */
const COLLECTIVE_RELATIVE = new RegExp(String.raw`${COLLECTIVE_NP}\s*,?\s*(?:which|who|that)\s*$`, 'i');
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The parties of a raw event, initiators first (officials and bodies as named). */
const partiesOf = (e: RawEvent) => e.participants.filter((p) => p.role === 'INITIATOR' || p.role === 'RECIPIENT' || (p.role === 'PARTICIPANT' && p.actor.kind === 'official'));

/**
 * A reading that made no event, read again for sides the sentence gives indirectly:
 * - "the three military-led governments, which left ECOWAS": the initiators of the last act
 *   told with that many states;
 * - "Russia and Estonia expelled each other's ambassadors": one act by each on the other;
 * - "Kishida met Yoon in Seoul and signed a defence pact": a symmetric act coordinated with
 *   the act before it in the sentence shares that act's other party;
 * - "The two leaders signed four agreements", "Both sides agreed": the parties of the last
 *   act of two or more parties, told in this sentence or the two before.
 */
function indirectSides(ctx: EventCtx, v: SentenceView, hits: Hit[], hi: number, raws: RawEvent[], getDates: () => ReturnType<typeof findDates>, collectiveLead = false): RawEvent[] {
  const h = hits[hi]!;
  const symmetric = h.t.mode === 'symmetric';
  const reciprocal = RECIPROCAL_TYPES.has(h.t.type) && RECIPROCAL.test(ctx.text.slice(h.start, Math.min(v.s.end, h.end + 60)));
  const near = ctx.text.slice(Math.max(v.s.start, h.start - 120), h.start);
  const collectiveNear = /\b(?:both|two|three|four|five|six)\s/i.test(near);
  // "received the two ministers": a collective object.
  const objectNp = COLLECTIVE.exec(ctx.text.slice(h.end, Math.min(v.s.end, h.end + 60)));
  if (!symmetric && !reciprocal && !collectiveNear && !objectNp) return [];
  const r = readRoles(ctx, v, h);
  const pre = ctx.text.slice(r.left, h.start);
  const modLeft = v.paren.reduce((at, [a, b]) => (a >= r.left && b <= h.start ? Math.max(at, b) : at), r.left);
  const read = () => {
    // A denial or negation before the clause ("denied that they had expelled"): not asserted.
    const denied = DENIED_BEFORE.test(ctx.text.slice(v.bodyStart, r.left));
    const factuality = denied ? 'NEGATED' : factualityOf(v.parse, r.type, r.ti, ctx.text, modLeft, h.start, h.end, r.right);
    return { factuality, date: dateOfHit(ctx, v, hits, hi, r, factuality, getDates) };
  };
  const stateOf = (m: Mention) => countryOfActor(ctx, m) ?? `${m.kind}:${m.id}`;
  if (reciprocal) {
    const byState = new Map<string, Mention[]>();
    for (const m of r.initiators) byState.set(stateOf(m), [...(byState.get(stateOf(m)) ?? []), m]);
    if (byState.size < 2 || [...byState.keys()].some((k) => k.includes(':'))) return [];
    const { factuality, date } = read();
    return [...byState].map(([cc, ms]) => ({
      type: r.type,
      factuality,
      participants: [...expand(ctx, ms, 'INITIATOR', r.type), ...[...byState.keys()].filter((k) => k !== cc).map((code) => ({ role: 'RECIPIENT' as const, actor: { kind: 'country' as const, code } }))],
      sentence: v.s,
      triggerStart: h.start,
      date,
      confidence: 0.6,
    }));
  }
  let parties: ExtractedParticipant[] = [];
  const prev = raws.at(-1);
  // ... the parties of the last main reading with that many states, told in this sentence or the two before.
  const states = (ps: ExtractedParticipant[]) => new Set(ps.filter((p) => p.actor.kind === 'country').map((p) => key(p.actor))).size;
  const main = (e: RawEvent) => raws.find((x) => x.triggerStart === e.triggerStart) === e;
  const si = ctx.sentences.indexOf(v.s);
  const from = ctx.sentences[Math.max(0, si - 2)]!.start;
  const lastWith = (n: number, side: (e: RawEvent) => ExtractedParticipant[]) => raws.findLast((e) => e.sentence.start >= from && e.triggerStart < h.start && main(e) && (n ? states(side(e)) === n : states(side(e)) >= 2));
  if (objectNp && r.initiators.length && (!r.recipients.length || collectiveLead) && !reciprocal) {
    const n = objectNp[1] ? COUNT[objectNp[1].toLowerCase()]! : 2;
    const last = lastWith(n, partiesOf);
    if (!last) return [];
    const own = new Set(r.initiators.map(stateOf));
    r.recipients = partiesOf(last).filter((p) => p.role !== 'PARTICIPANT' && !(p.actor.kind === 'country' && own.has(p.actor.code))).map((p) => refToMention(p.actor));
    if (!applyTypeRules(ctx, h, r) || !r.initiators.length || !r.recipients.length) return [];
    const { factuality, date } = read();
    const participants = participantsOf(ctx, r, []);
    if (states(participants) < 2) return [];
    return [{ type: r.type, factuality, participants, sentence: v.s, triggerStart: h.start, date, confidence: 0.55 }];
  }
  if (r.initiators.length && prev && prev.sentence === v.s && prev.triggerStart < h.start && /\band\s+(?:(?:then|later|also|jointly)\s+)?$/i.test(ctx.text.slice(Math.max(v.s.start, h.start - 30), h.start))) {
    // "X met Y ... and signed": the subject is one of the earlier act's parties.
    const own = new Set(r.initiators.map(stateOf));
    const before = partiesOf(prev);
    if (!before.some((p) => p.actor.kind === 'country' && own.has(p.actor.code))) return [];
    parties = [...expand(ctx, r.initiators, 'INITIATOR', r.type), ...before.filter((p) => p.role !== 'PARTICIPANT' && !(p.actor.kind === 'country' && own.has(p.actor.code))).map((p) => ({ ...p, role: 'RECIPIENT' as const }))];
  } else if (((!r.initiators.length || collectiveLead) && collectiveNear) || (symmetric && /^\s*they\b/i.test(pre) && new Set(r.initiators.map(stateOf)).size < 2)) {
    // "since they met in Prague": "they" of a symmetric act are the parties of an act before.
    const np = COLLECTIVE.exec(pre) ?? (pre.trim() ? /^\s*they\b/i.exec(pre) : COLLECTIVE_RELATIVE.exec(ctx.text.slice(Math.max(v.s.start, r.left - 90), r.left)));
    if (!np) return [];
    const n = np[1] ? COUNT[np[1].toLowerCase()]! : /^\s*they\b/i.test(np[0]) ? 0 : 2;
    // The act before whose parties (symmetric) or initiators (one side acting) are that many:
    // its main reading, not one derived from it (the visit a meeting abroad also is).
    const sideOf = (e: RawEvent) => (symmetric ? partiesOf(e) : e.participants.filter((p) => p.role === 'INITIATOR'));
    const last = lastWith(n, sideOf);
    if (!last) return [];
    if (symmetric) parties = partiesOf(last).map((p) => (p.role === 'RECIPIENT' ? { ...p, role: 'INITIATOR' as const } : p));
    else {
      // One side acting ("the three countries announced their withdrawal from ECOWAS"): the
      // earlier act's initiators, and the recipients this clause names.
      r.initiators = sideOf(last).filter((p) => p.actor.kind !== 'official').map((p) => refToMention(p.actor));
      if (!applyTypeRules(ctx, h, r) || !r.initiators.length || (!r.recipients.length && h.t.needRecipient)) return [];
      const { factuality, date } = read();
      const participants = participantsOf(ctx, r, []);
      if (!participants.some((p) => p.role === 'RECIPIENT') && h.t.needRecipient) return [];
      return [{ type: r.type, factuality, participants, sentence: v.s, triggerStart: h.start, date, confidence: 0.55 }];
    }
  }
  if (new Set(parties.filter((p) => p.actor.kind === 'country').map((p) => key(p.actor))).size < 2) return [];
  const { factuality, date } = read();
  const seen = new Set<string>();
  const participants = parties.filter((p) => !seen.has(`${p.role}|${key(p.actor)}`) && !!seen.add(`${p.role}|${key(p.actor)}`));
  return [{ type: r.type, factuality, participants, sentence: v.s, triggerStart: h.start, date, confidence: 0.55 }];
}

/** Words telling an act as another of its kind: "met again", "a second meeting", "had previously expelled". */
const ANEW_AFTER = /^\S*(?:\s+\S+){0,4}?\s+(?:again|once\s+more|anew)\b/i;
const ANEW_BEFORE = /\b(?:a\s+(?:second|third|fourth|fifth|new|fresh|further|follow-up|separate)|another|previously|again|also|separately)\s+(?:[\w-]+\s+){0,2}$/i;

/** An act that opened the period of another: "their first encounter since they met in Bali". */
const ANEW_SINCE = /\b(?:first|last|only)\b[^.;]{0,60}\bsince\s+(?:[\w'’-]+\s+){1,4}$/i;

/** The act of trigger `h` is told as a new one of its kind, not a mention of one told before. */
function isAnew(ctx: EventCtx, s: Sentence, h: Hit, next: number): boolean {
  return ANEW_BEFORE.test(ctx.text.slice(Math.max(s.start, h.start - 40), h.start)) || ANEW_AFTER.test(ctx.text.slice(h.start, Math.min(next, s.end, h.end + 40))) || ANEW_SINCE.test(ctx.text.slice(Math.max(s.start, h.start - 110), h.start));
}

/** A short clause opened by "since" up to a date: "since taking office in", "since Russia invaded in". */
const SINCE_CLAUSE = /\bsince\s+(?:[\p{L}'’-]+\s+){1,4}(?:(?:in|on)\s+)?(?:(?:early|late|mid-?)\s*)?$/iu;

export function extractEvents(ctx: EventCtx): ExtractedEvent[] {
  const raws: RawEvent[] = [];
  const anew = new Set<RawEvent>();
  let lastSubject: Mention[] = [];
  const bySentence = findTriggers(ctx.text, ctx.sentences);
  // Headings carry no events of their own; the body repeats them.
  const body = ctx.sentences.filter((s) => /[.!?"”]$/.test(s.text));
  const locals = body.map((s) => ctx.mentions.slice(lastAtOrBefore(ctx.mentions, s.start - 1, (m) => m.start) + 1, lastAtOrBefore(ctx.mentions, s.end, (m) => m.start) + 1));
  // The sentences with a trigger and an actor (named, or a pronoun for an earlier subject) are
  // parsed, all in one tagger pass.
  // ... or a collective subject for the parties of an act before ("The two sides signed ...").
  const parsed = body.filter((s, i) => bySentence.has(s) && (locals[i]!.length || LEAD_PRONOUN.test(s.text) || COLLECTIVE.test(s.text)));
  const parses = new Map(parseSentences(parsed).map((p, i) => [parsed[i]!, p]));
  for (let si = 0; si < body.length; si++) {
    const s = body[si]!;
    const hits = bySentence.get(s) ?? [];
    ctx.local = locals[si]!;
    const base = readSentence(ctx, s, lastSubject);
    const parse = parses.get(s);
    if (!parse && tracer) for (const h of hits) tracer(h.t.type, 'no-actor-in-sentence');
    if (parse) {
      const v: SentenceView = { ...base, parse };
      let datesCache: ReturnType<typeof findDates> | null = null;
      const allDates = () => (datesCache ??= findDates(s.text, s.start, ctx.publishedAt).filter((d) => !d.since));
      // "his second since taking office in 2017": a date ending a "since" clause dates what
      // opened the period, not an act told outside that clause.
      let sinceCache: (number | null)[] | null = null;
      const sinceAt = () => (sinceCache ??= allDates().map((d) => {
        const pre = ctx.text.slice(Math.max(s.start, d.start - 45), d.start);
        const m = SINCE_CLAUSE.exec(pre);
        return m ? d.start - pre.length + m.index : null;
      }));
      for (let hi = 0; hi < hits.length; hi++) {
        const h = hits[hi]!;
        const getDates = () =>
          allDates().filter((d, i) => {
            const at = sinceAt()[i] ?? null;
            return at === null || (h.start > at && h.start < d.start);
          });
        // "The two sides signed four agreements": the collective subject names the parties of the act before, whatever else the clause names.
        // ... and so does a collective object right after the trigger ("met the two leaders").
        const lead = h.t.mode === 'symmetric' ? COLLECTIVE.exec(ctx.text.slice(base.bodyStart, s.end)) : null;
        const collective = (lead && h.start - base.bodyStart - lead[0].length < 30) || (h.t.mode === 'symmetric' && COLLECTIVE.test(ctx.text.slice(h.end, Math.min(s.end, h.end + 40))));
        let evs = collective ? indirectSides(ctx, v, hits, hi, raws, getDates, true) : [];
        if (!evs.length) evs = eventsOfHit(ctx, v, hits, hi, raws, getDates);
        if (!evs.length) evs = indirectSides(ctx, v, hits, hi, raws, getDates);
        if (evs.length && isAnew(ctx, s, h, hits[hi + 1]?.start ?? s.end)) for (const e of evs) anew.add(e);
        raws.push(...evs, ...switchedRecognition(ctx, hits[hi]!, evs));
      }
    }
    raws.push(...ellipsisEvents(ctx, s, raws));
    if (base.firstSubject) lastSubject = base.firstSubject.items;
  }
  ctx.local = undefined;
  return mergeEvents(raws, anew).map((e) => ({ ...e, summary: summarise(e) }));
}
