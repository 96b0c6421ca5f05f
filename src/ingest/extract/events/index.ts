// Diplomatic events, in steps a reader can follow:
//   1. triggers.ts  find trigger words of each type (patterns in catalog.ts);
//   2. roles.ts     read initiators and recipients from a parse of the sentence (parse.ts,
//                   structure.ts), then here: anaphoric objects, mediators (assignRoles);
//   3. modality.ts  decide whether the event happened (ASSERTED) or is negated, hypothetical, future;
//   4. when.ts      date it (dateOfHit);
//   5. merge.ts     merge repeated mentions of one event and summarise it.
// extractEvents walks the sentences; eventsOfHit runs steps 2 to 4 for one trigger and emit
// turns the reading into raw events, one per act ("each", "respectively", later stops of a
// tour); indirectSides reads a trigger again for sides given indirectly ("each other's",
// "the two leaders", "X met Y and signed"); acts told as new ones ("again", "a second")
// are marked so that merge keeps them apart.
import type { DiplomaticEventType, ExtractedEvent, ExtractedParticipant, Factuality, ParticipantRole, PartialDate } from '../../types.ts';
import { findDates } from '../dates.ts';
import type { Mention } from '../entities.ts';
import type { Sentence } from '../sentences.ts';
import { lastAtOrBefore } from '../text.ts';
import { appositions, countryOfActor, expand, groupsIn, JOIN, key, PREP_BEFORE, parentheticals, prepBefore, recipientsOf, refToMention, type EventCtx, type Group, type RawEvent } from './context.ts';
import { elidedBody, elidedCounterpart, ellipsisEvents, juntaRulers, pronounEnvoy, purposeOfOwnAct, reactionToOwnAct, rulersNamedBefore, sharedTarget, switchedRecognition } from './counterpart.ts';
import { mergeEvents, summarise } from './merge.ts';
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

const ANAPHOR_OBJ = /^\s*(?:(?:against|at|over|about|to|with|on)\s+)?(?:(?:the|that|this|these|those|its|their)\s+(?:\S+\s+)?(?:decisions?|moves?|shift|reversal|u-turn|measures?|restrictions|resolutions?|deals?|accords?|expansion|steps?|expulsions?|recognitions?|agreements?|plans?|designations?|listings?|announcements?|actions?|campaigns?|accusations?|allegations?|aid|killings?|raids?|sanctions|vote|ruling|verdict|law|legislation|drills|exercises|sale|deployment|remarks|comments|statements?|treaty|pact|policy|proposal|withdrawal|pullout|ban|suspension|closure)\b|(?:the|those|these|both)\s+(?:\S+\s+){0,2}?(?:governments|countries|states|nations|leaders|allies|partners|capitals)\b|(?:it|them|what)\b(?!\s+(?:was|is|had|has|would|will)\b))/i;
/** "condemned the coup", "the unconstitutional change of government": the country it happened in. */
const COUP_OBJ = /^\s*(?:the|this|that|its|their)\s+(?:\S+\s+){0,2}?(?:coup|takeover|putsch|mutiny|change of government|seizure of power|power grab)\b/i;
/** Reactions answer an act named before them even when their pattern is not marked anaphoric. */
const REACTIONS = new Set(['CONDEMNATION', 'STATEMENT_OF_SUPPORT']);
/** "a coordinated step that Israel denounced": the object is the relative clause's head. */
const RELATIVE_OBJ = /\b(step|move|decision|recognition|announcement|deal|agreement|measures?|remarks?|comments?|statements?)\s+(?:that|which)\s*$/i;

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

/** "called the visit a provocation", "the trip was condemned by": the visitor. */
const VISIT_OBJ = /^\s*(?:the|that|this|his|her|its|their)\s+(?:\S+\s+){0,2}?(?:visit|trip|tour|stopover|journey)\b/i;
/** "condemned the invasion": an act of force, told earlier as "Russia's invasion" or "the invasion by Russia". */
const ACT_NOUN = String.raw`(?:invasion|war|attacks?|assault|offensive|(?:air)?strikes?|bombing|shelling|incursions?|raids?|annexation|occupation|aggression|hacking|cyberattacks?|crackdown|(?:military\s+)?(?:drills|exercises|manoeuvres|maneuvers)|launch(?:es)?|downing|destruction|(?:missile\s+|nuclear\s+)?tests?|detentions?|arrests?|seizure|executions?)`;
const ACT_OBJ = new RegExp(String.raw`^\s*(?:(?:against|at|over|about|to|on)\s+)?(?:the|that|this|its|their|an?)\s+(?:[\w-]+\s+){0,2}?${ACT_NOUN}\b`, 'i');
const ACT_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:(?:full-scale|unprovoked|military|latest|deadly|brutal)\s+){0,2}${ACT_NOUN}\b|^(?:['’]s)?\s+(?:(?:troops|forces|security forces|military|army|soldiers|police|agents|jets|warplanes|drones|missiles|hackers|navy|coast guard)\s+(?:(?:ships|vessels|boats|units|aircraft)\s+)?)?(?:invaded|attacked|struck|bombed|shelled|raided|stormed|annexed|occupied|hacked|forced\s+(?:their|its)\s+way|(?:launched|fired|tested)\s+(?:\S+\s+){0,3}?(?:missiles?|rockets?|drones?|weapons?|bombs?|satellites?|shells|water\s+cannon)|(?:launched|carried\s+out|conducted|mounted|staged|began|unleashed)\s+(?:\S+\s+){0,3}?${ACT_NOUN}|fired\s+(?:on|at|upon)|opened\s+fire|(?:held|staged|conducted|began|started|launched)\s+(?:\S+\s+){0,3}?(?:drills|exercises|manoeuvres|maneuvers)|detained|arrested|seized|executed|shot\s+down|downed|destroyed)\b`, 'i');
/** "The launch, which Israel condemned": an act of force heading a relative clause. */
const ACT_RELATIVE = new RegExp(String.raw`\b${ACT_NOUN}\s*,?\s+(?:that|which)\s*$`, 'i');
const ACT_BEFORE = new RegExp(String.raw`\b${ACT_NOUN}\s+(?:\S+\s+){0,2}?by\s+(?:the\s+)?$`, 'i');

/** The mentions coordinated before the one at `i` ("The United States and Britain struck"): co-authors. */
function coordinatedBefore(ctx: EventCtx, i: number): Mention[] {
  const out: Mention[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const a = ctx.mentions[k]!;
    const b = ctx.mentions[k + 1]!;
    if (a.kind === 'official' || a.end > b.start || !JOIN.test(ctx.text.slice(a.end, b.start)) || /^\s*['’]s/.test(ctx.text.slice(a.end, b.start))) break;
    out.unshift(a);
  }
  return out;
}

/** The author of the act of force an anaphor names: the latest mention told as its author, in this sentence or before. */
function authorOfAct(ctx: EventCtx, before: number): Mention[] {
  for (let i = lastAtOrBefore(ctx.mentions, before - 1, (m) => m.start); i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > before || m.kind === 'official') continue;
    if (ACT_AFTER.test(ctx.text.slice(m.end, m.end + 70))) return [...coordinatedBefore(ctx, i), m];
    if (ACT_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) return [m];
  }
  return [];
}

/** A body or state named again by its kind: "the Hague-based tribunal", "the bloc", "the kingdom". */
const KIND_ANAPHOR = /^\s*(?:the|that)\s+(?:[\w-]+\s+){0,2}?(tribunal|court|bloc|alliance|organi[sz]ation|agency|league|country|kingdom|island|republic|nation|emirate)\b(?!\s+of\b)/i;

/** Nouns of an anaphoric object that name the type of the act they answer. */
const NOUN_TYPE: [RegExp, string][] = [
  [/^\s*\S+\s+(?:\S+\s+)?sanctions\b/i, 'SANCTIONS_IMPOSED'],
  [/^\s*\S+\s+(?:\S+\s+)?(?:withdrawal|pullout)\b/i, 'MILITARY_WITHDRAWAL'],
  [/^\s*\S+\s+(?:\S+\s+)?(?:treaty|pact|deal|accord|agreement)\b/i, 'AGREEMENT_SIGNED'],
  [/^\s*\S+\s+(?:\S+\s+)?expulsions?\b/i, 'DIPLOMAT_EXPELLED'],
  [/^\s*\S+\s+(?:\S+\s+)?recognitions?\b/i, 'RECOGNITION'],
  [/^\s*\S+\s+(?:\S+\s+)?(?:designations?|listings?)\b/i, 'DESIGNATION_ADDED'],
  [/^\s*\S+\s+(?:\S+\s+)?aid\b/i, 'AID_PROVIDED'],
];

/** Reactions ("rejected the decision", "a step that Israel denounced") answer the article's main action. */
function resolveAnaphoricObject(ctx: EventCtx, h: Hit, r: Roles, raws: RawEvent[], v?: SentenceView): void {
  const firstWord = /^\S+/.exec(ctx.text.slice(h.start, h.end))?.[0] ?? '';
  // A passive reaction's object is its subject: "The shift was welcomed by the United States".
  // ... past the closing mark of a quoted verb: 'Tokyo "strongly condemns" the assault'.
  const after = (r.voice === 'passive' || h.t.agentAfter ? ctx.text.slice(r.left, h.start) : ctx.text.slice(h.start + firstWord.length, Math.max(r.right, h.end))).replace(/^\s*["”]/, '');
  // "Tsai thanked her for ...", "criticised him": the official named last before, on another
  // side, in this sentence or the one before.
  if (/^\s*(?:him|her)\b/i.test(after)) {
    const own = new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
    const si = lastAtOrBefore(ctx.sentences, h.start, (x) => x.start);
    const from = ctx.sentences[Math.max(0, si - 1)]?.start ?? 0;
    for (let i = lastAtOrBefore(ctx.mentions, h.start - 1, (m) => m.start); i >= 0 && ctx.mentions[i]!.start >= from; i--) {
      const m = ctx.mentions[i]!;
      if (m.kind !== 'official' || m.end > h.start || own.has(countryOfActor(ctx, m) ?? m.id)) continue;
      r.recipients = [m];
      return;
    }
    return;
  }
  if (VISIT_OBJ.test(after)) {
    const visit = [...raws].reverse().find((e) => e.type === 'VISIT');
    if (visit) r.recipients = visit.participants.filter((p) => p.role === 'INITIATOR').map((p) => refToMention(p.actor));
    return;
  }
  if (ACT_OBJ.test(after)) {
    r.recipients = authorOfAct(ctx, h.start).filter((m) => !r.initiators.some((x) => x.id === m.id));
    if (r.recipients.length) return;
  }
  if (COUP_OBJ.test(after)) {
    const coup = [...raws].reverse().find((e) => e.type === 'SEIZURE_OF_POWER');
    if (coup) r.recipients = recipientsOf(ctx, coup);
    // "condemned the coup in Myanmar" with no seizure told before: the country it happened in.
    else r.recipients = r.rightGroups.filter((g) => /\bin\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, g.start - 8), g.start)) && g.start - h.end < 60).slice(0, 1).flatMap((g) => g.items.filter((m) => m.kind === 'country'));
    return;
  }
  // "calling the Hague-based tribunal ...", "accused the kingdom of ...": a body or state named before by its kind.
  const kindNoun = KIND_ANAPHOR.exec(after);
  if (kindNoun) {
    const org = !/^(?:country|kingdom|island|republic|nation|emirate)$/i.test(kindNoun[1]!);
    const own = new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
    // A state is named again as the subject it was ("Nauru switched recognition to China. ... the island"), a body as whatever it was.
    for (const subjectsOnly of org ? [false] : [true, false]) {
      for (let i = lastAtOrBefore(ctx.mentions, h.start - 1, (m) => m.start); i >= 0; i--) {
        const m = ctx.mentions[i]!;
        if (m.end > h.start || (org ? m.kind !== 'org' : m.kind !== 'country') || own.has(countryOfActor(ctx, m) ?? m.id)) continue;
        if (subjectsOnly && PREP_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 25), m.start))) continue;
        r.recipients = [m];
        return;
      }
    }
  }
  // "Norway expelled three diplomats, a move that Israel condemned", ", a step condemned by",
  // ", drawing criticism from": a comment on the clause before answers that clause's actor.
  const clauseAuthor = clauseApposition(ctx, h, r, raws, v);
  if (clauseAuthor.length) {
    r.recipients = clauseAuthor;
    return;
  }
  // "The launch, which Israel condemned as a provocation,": an act of force heading the relative clause.
  const relAct = ACT_RELATIVE.exec(ctx.text.slice(Math.max(0, r.left - 80), r.left));
  if (relAct) {
    r.recipients = authorOfAct(ctx, r.left - relAct[0].length).filter((m) => !r.initiators.some((x) => x.id === m.id));
    if (r.recipients.length) return;
  }
  const before = ctx.text.slice(Math.max(r.left - 40, 0), h.start).replace(/\s*\S+\s+$/, ' ');
  const relHead = RELATIVE_OBJ.exec(ctx.text.slice(Math.max(0, h.start - 80), r.left)) ?? RELATIVE_OBJ.exec(before);
  const anaphor = ANAPHOR_OBJ.exec(after) ?? ENLARGEMENT.exec(after);
  if (!anaphor && !relHead) {
    // Any noun of an act whose verb was told before: "welcomed the ratification" (Turkey's parliament ratified ...).
    const dv = DEVERBAL_OBJ.exec(after);
    const own = new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
    if (dv) r.recipients = authorOfNoun(ctx, dv[1]!.toLowerCase(), h.start, own);
    return;
  }
  const initKeys = new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
  if (r.type === 'DESIGNATION_REMOVED') {
    const src = [...raws].reverse().find((e) => e.type === 'DESIGNATION_ADDED');
    if (src) r.recipients = recipientsOf(ctx, src);
    return;
  }
  // "condemned the enlargement": the body that grew by the last membership told.
  // ... else the alliance or body named last before.
  if (ENLARGEMENT.test(after)) {
    const joined = raws.findLast((e) => e.type === 'MEMBERSHIP_JOINED' && e.factuality === 'ASSERTED');
    r.recipients = joined ? recipientsOf(ctx, joined).filter((m) => !initKeys.has(m.id)) : [];
    if (!r.recipients.length) {
      const body = ctx.mentions.findLast((m) => m.end <= h.start && m.kind === 'org' && ['ALLIANCE', 'INTERNATIONAL_ORGANIZATION'].includes(ctx.orgs.get(m.id)?.kind ?? '') && !initKeys.has(m.id));
      if (body) r.recipients = [body];
    }
    if (r.recipients.length) return;
  }
  // "praised the two governments", "commended both countries": the pair (or trio) named before.
  const counted = COUNTED_SIDES.exec(after);
  if (counted) {
    r.recipients = countedGroup(ctx, h.start, counted[1] ? (NUMBER[counted[1].toLowerCase()] ?? 0) : 2, initKeys, !/(?:leaders|sides|allies|rivals)$/i.test(counted[0]));
    return;
  }
  // The noun may name the kind of act: "condemned the sanctions" answers the sanctions told before.
  const kind = NOUN_TYPE.find(([re]) => re.test(after))?.[1];
  const foreignInit = (e: RawEvent) => e.participants.some((p) => p.role === 'INITIATOR' && p.actor.kind !== 'official' && !initKeys.has(p.actor.kind === 'country' ? p.actor.code : p.actor.slug));
  // "Indonesia has been admitted to BRICS ... Sugiono welcomed the decision": the body that admitted the reacting state.
  const lastAct = raws.findLast((e) => e.type !== 'CONDEMNATION' && e.type !== 'STATEMENT_OF_SUPPORT');
  const actKey = (p: ExtractedParticipant) => (p.actor.kind === 'country' ? p.actor.code : p.actor.slug);
  if (!kind && lastAct?.type === 'MEMBERSHIP_JOINED' && lastAct.participants.some((p) => p.role === 'INITIATOR' && initKeys.has(actKey(p)))) {
    r.recipients = recipientsOf(ctx, lastAct).filter((m) => m.kind === 'org');
    if (r.recipients.length) return;
  }
  // ... and only those: "criticised the sanctions" answers no withdrawal told before.
  const prev = kind ? raws.find((e) => e.type === kind && foreignInit(e)) : raws.find(
    (e) => e.type !== 'CONDEMNATION' && e.type !== 'STATEMENT_OF_SUPPORT' && e.participants.some((p) => p.role === 'INITIATOR' && p.actor.kind !== 'official' && !initKeys.has(p.actor.kind === 'country' ? p.actor.code : p.actor.slug)),
  );
  if (prev) {
    r.recipients = prev.participants.filter((p) => p.role === 'INITIATOR' && p.actor.kind !== 'official').map((p) => refToMention(p.actor));
    return;
  }
  // No event of that kind was read: the author of the act the noun names, told before as a
  // verb or with its noun ("Brazil recognised ...; the recognition", "adopted a resolution").
  const noun = (relHead ? relHead[1] : /([\p{L}-]+)\s*$/u.exec(anaphor![0])?.[1])?.toLowerCase();
  const auth = noun ? authorOfNoun(ctx, noun, relHead ? h.start - 80 : h.start, initKeys) : [];
  if (auth.length) {
    r.recipients = auth;
    return;
  }
  // "Turkey condemned the move": a generic act answers the subject of the sentence before.
  if (noun && GENERIC_ACT.test(noun) && v) {
    const si = lastAtOrBefore(ctx.sentences, h.start, (x) => x.start);
    const from = ctx.sentences[si - 1]?.start ?? Infinity;
    const subj = v.lastSubject.filter((m) => m.start >= from && m.kind !== 'official' && !initKeys.has(countryOfActor(ctx, m) ?? m.id));
    // ... one that acted, not one that told of another's act ("Brazil said the accession had been approved").
    const said = subj.length && SAID_AFTER.test(ctx.text.slice(subj.at(-1)!.end, subj.at(-1)!.end + 120));
    // ... and the subject heading its sentence (after a fronted phrase at most), not an object ("Heavy rain hit Pakistan").
    const heads = subj.length && /^(?:[^,]{0,60},\s*)?(?:the\s+)?$/i.test(ctx.text.slice(from, subj[0]!.start).replace(/^[\p{Lu}][\p{Lu}\s.,'’/-]{2,}(?:,\s*[^—\n]{0,40}?)?(?:\s*\([^)]*\))?\s+[—-]\s+/u, ''));
    if (subj.length && subj.length === v.lastSubject.length && !said && heads) r.recipients = subj;
  }
}

const SAID_AFTER = /^(?:['’]s?\s+(?:[\w-]+\s+){0,3}?)?(?:\s*,[^,]{0,80},)?\s+(?:\w+ly\s+)?(?:said|says|told|added|noted|stated|insisted|argued|claimed|warned)\b/i;

const ENLARGEMENT = /^\s*(?:(?:against|at|over|about|to|on)\s+)?(?:the|this|that|its)\s+(?:[\p{Ll}-]+\s+)?(?:enlargement|expansion|accession|admission)\b(?!\s+of\b)/u;
/** A definite noun of an act: "the ratification", "that nomination", "the deployment". */
const DEVERBAL_OBJ = /^\s*(?:(?:against|at|over|about|to|on)\s+)?(?:the|that|this|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,}(?:tion|sion|ment|al|ure)s?)\b(?!\s+(?:of|by|from|to|on|against)\b)/u;

/** A noun summing up the clause before, set off by a comma: ", a move that", ", in a step", ", drawing". */
const APPOSED_ACT = /,\s+(?:in\s+)?(?:an?|what\s+\S+\s+called\s+an?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:moves?|steps?|decisions?|actions?|measures?|development|gesture|act)\s+(?:(?:that|which)\s+)?(?:\S+\s+){0,6}?$|,\s+(?:\w+ly\s+)?$/u;

/**
 * The actor of the clause a comment follows: "Norway expelled three diplomats, a move that
 * Israel condemned" (Norway), "Russia annexed Crimea, a step condemned by", "The United States
 * vetoed the resolution, drawing criticism from Algeria": the act told in this sentence before
 * the comma (its initiators), else the sentence's subject; never the reaction's own side.
 */
function clauseApposition(ctx: EventCtx, h: Hit, r: Roles, raws: RawEvent[], v?: SentenceView): Mention[] {
  if (!v) return [];
  const pre = ctx.text.slice(Math.max(v.bodyStart, h.start - 90), h.start);
  const m = APPOSED_ACT.exec(pre);
  if (!m) return [];
  // A bare comma only before a participle of reaction ("..., drawing criticism from").
  if (!/[\p{L}]/u.test(m[0].slice(1)) && !(h.t.agentAfter && /^\w+ing\b/.test(ctx.text.slice(h.start, h.end)))) return [];
  const comma = h.start - pre.length + m.index;
  const own = new Set(r.initiators.map((x) => countryOfActor(ctx, x) ?? x.id));
  const act = raws.findLast((e) => e.sentence === v.s && e.triggerStart < comma && e.type !== 'CONDEMNATION' && e.type !== 'STATEMENT_OF_SUPPORT');
  const mine = (ms: Mention[]) => ms.filter((x) => x.kind !== 'official' || countryOfActor(ctx, x)).filter((x) => !own.has(countryOfActor(ctx, x) ?? x.id));
  if (act) {
    const init = mine(act.participants.filter((p) => p.role === 'INITIATOR' && p.actor.kind !== 'official').map((p) => refToMention(p.actor)));
    if (init.length) return init;
  }
  const subj = v.firstSubject;
  return subj && subj.end <= comma ? mine(subj.items.filter((x) => x.kind !== 'official')) : [];
}

const symmetricMode = (t: Hit['t']) => t.mode === 'symmetric';

/** "the two governments", "both countries", "the three leaders". */
const COUNTED_SIDES = /^\s*(?:[^\s;,.]+\s+){0,3}?(?:the\s+(two|three|four)|both)\s+(?:[\p{L}-]+\s+)?(?:governments|countries|states|nations|leaders|sides|neighbou?rs|capitals|allies|rivals)\b/iu;
const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4 };

/** The last group of exactly `n` sides (distinct countries; states only for "governments", "countries") named in this sentence or the three before, none of them the initiators'. */
function countedGroup(ctx: EventCtx, before: number, n: number, own: Set<string>, states: boolean): Mention[] {
  const si = lastAtOrBefore(ctx.sentences, before, (x) => x.start);
  const from = ctx.sentences[Math.max(0, si - 3)]?.start ?? 0;
  const local = ctx.local;
  ctx.local = undefined;
  const groups = groupsIn(ctx, from, before, []);
  ctx.local = local;
  for (const g of groups.reverse()) {
    const sides = new Set(g.items.map((m) => countryOfActor(ctx, m) ?? m.id));
    if (sides.size === n && ![...sides].some((x) => own.has(x)) && (!states || g.items.every((m) => m.kind === 'country'))) return g.items;
  }
  return [];
}

/** Act nouns too generic to name a verb of their own: they answer the act told just before. */
const GENERIC_ACT = /^(?:moves?|decisions?|steps?|actions?|measures?|announcements?|shift|reversal|u-turn)$/;
/** Verb stems of nouns that do not begin with them. */
const IRREGULAR_STEM: Record<string, string> = { decision: 'decid', expulsion: 'expel', expulsions: 'expel', detention: 'detain', suspension: 'suspend', invasion: 'invad', withdrawal: '(?:withdr|pulled\\s+out)', pullout: 'pulled\\s+out', seizure: 'seiz', strike: '(?:struck|strik)', strikes: '(?:struck|strik)', sale: 'sol[de]', ban: 'bann', closure: 'clos' };
/** Verbs that make a document or a decision: "adopted a resolution", "announced the plan". */
const MAKE_VERB = String.raw`(?:adopted|passed|approved|issued|made|took|announced|unveiled|proposed|put\s+forward|signed|reached|struck|published|released|introduced|enacted|imposed)`;

const AUTHOR_RE = new Map<string, RegExp>();
/** How far back (in characters) the author of an act is looked for. */
const AUTHOR_REACH = 3000;

/** The verb stem a noun names ("recognition" recognis-, "annexation" annex-), of four letters at least. */
function stemOf(noun: string): string | null {
  const irr = IRREGULAR_STEM[noun];
  if (irr) return irr;
  const st = noun.replace(/(?:ications?|ations?|itions?|ments?|als?|ions?|ures?|ings?|es|e|s)$/, '');
  return st.length >= 4 && /^[a-z-]+$/.test(st) ? st : null;
}

/**
 * The author of the act `noun` names, told before `before`: a state or body followed by the
 * noun's verb ("Brazil formally recognised"), by a verb making the noun ("the General Assembly
 * adopted a resolution"), or owning the noun ("Hungary's withdrawal"); not the initiators' own.
 */
function authorOfNoun(ctx: EventCtx, noun: string, before: number, own: Set<string>): Mention[] {
  const stem = stemOf(noun);
  if (!stem || GENERIC_ACT.test(noun) && !IRREGULAR_STEM[noun]) return [];
  const n = noun.replace(/s$/, '');
  // A past verb of the stem ("recognised", "annexed"); an irregular stem names its own forms ("struck", "withdrew").
  const verb = IRREGULAR_STEM[noun] ? String.raw`${stem}\w*` : String.raw`${stem}\w*(?:ed|d)`;
  let re = AUTHOR_RE.get(noun);
  if (!re) AUTHOR_RE.set(noun, (re = new RegExp(String.raw`^(?:['’]s?\s+(?:[\w-]+\s+){0,3}?${n}s?\b|(?:['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?\s+(?:(?:\w+ly|has|have|had|also|then|finally|later)\s+){0,2}${verb}\b|\s+(?:(?:\w+ly|has|have|had|also|then)\s+){0,2}${MAKE_VERB}\s+(?:an?|the|its|their|a\s+new)\s+(?:[\w-]+\s+){0,3}?${n}s?\b)`, 'iu')));
  for (let i = lastAtOrBefore(ctx.mentions, before - 1, (m) => m.start); i >= 0 && ctx.mentions[i]!.start > before - AUTHOR_REACH; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > before || m.kind === 'official' || own.has(countryOfActor(ctx, m) ?? m.id)) continue;
    if (re.test(ctx.text.slice(m.end, m.end + 80))) return [...coordinatedBefore(ctx, i), m].filter((x) => !own.has(countryOfActor(ctx, x) ?? x.id));
  }
  return [];
}

/**
 * "The army seized power", "officers who overthrew President Bazoum": a seizure of power by
 * unnamed soldiers has no initiator; it happens in the country named in its clause, else in
 * the article's most mentioned country so far.
 */
function unnamedPutschists(ctx: EventCtx, h: Hit, r: Roles): void {
  if (r.recipients.length) return;
  const pre = ctx.text.slice(Math.max(r.left, h.start - 60), h.start);
  if (!/\b(?:army|military|officers|soldiers|junta|generals?|colonels?|troops|putschists|mutineers|guard|forces|coup)\b/i.test(pre)) return;
  // "Gabonese officers", "Myanmar's army": the country right before the soldiers.
  const named = r.leftGroups.at(-1)?.items.find((m) => m.kind === 'country' && h.start - m.end < 30);
  // "the army's removal of President Mohamed Morsi": the deposed leader's country.
  const deposed = r.rightGroups[0]?.items.find((m) => m.kind === 'official' && m.start - h.end < 12);
  let cc = (deposed && countryOfActor(ctx, deposed)) ?? named?.id ?? null;
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

/** A dateline ("PITUFFIK, Greenland — ", "KYIV (Wire) — ") names where, not who. */
const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'’/-]{2,}(?:,\s*[^—\n]{0,40}?)?(?:\s*\([^)]*\))?\s+[—-]\s+/u;
const datelines = new WeakMap<Sentence[], string[]>();

/** The countries of the article's dateline (its first three sentences), read once per article. */
function datelineCountries(ctx: EventCtx): string[] {
  let out = datelines.get(ctx.sentences);
  if (out) return out;
  out = [];
  for (const s of ctx.sentences.slice(0, 3)) {
    const dl = DATELINE.exec(s.text);
    if (!dl) continue;
    const end = s.start + dl[0].length;
    for (const m of ctx.countryMentions ?? ctx.mentions) if (m.kind === 'country' && m.start >= s.start && m.end <= end && !out.includes(m.id)) out.push(m.id);
    break;
  }
  datelines.set(ctx.sentences, out);
  return out;
}

/** Types whose recipient the context may give: the place a force or an envoy leaves, the state aid goes to. */
const PLACE_RECIPIENT = new Set(['MILITARY_WITHDRAWAL', 'AID_PROVIDED', 'AMBASSADOR_RECALLED']);
/** "French soldiers stationed in Chad left": the force's own descriptor names where it is. */
const STATIONED_IN = /\b(?:stationed|based|deployed|posted|garrisoned|serving)\s+in\s+(?:the\s+)?$/i;

/**
 * A withdrawal, recall or aid whose clause names no recipient: "The last French soldiers
 * stationed in Chad left the country", "NIAMEY, Niger — The last American soldiers left a drone
 * base in Agadez", "NIAMEY — ... France withdrew its ambassador", "KYIV — ... He announced a
 * $500 million package": the country the force is stationed in, else the dateline's country,
 * never the initiator's own.
 */
function contextPlace(ctx: EventCtx, r: Roles, raws: RawEvent[]): Mention[] {
  if (!r.initiators.length) return [];
  const own = new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
  // Aid announced on a visit ("made a trip to Kyiv, where he promised $470 million in new
  // assistance"): the host of the initiator's last visit told before receives.
  if (r.type === 'AID_PROVIDED') {
    const key = (a: ExtractedParticipant['actor']) => (a.kind === 'country' ? a.code : a.slug);
    const visit = raws.findLast((e) => e.type === 'VISIT' && e.factuality === 'ASSERTED' && e.participants.some((p) => p.role === 'INITIATOR' && own.has(key(p.actor))));
    const hosts = visit?.participants.filter((p) => p.role === 'RECIPIENT' && p.actor.kind === 'country' && !own.has(key(p.actor))) ?? [];
    if (hosts.length) return hosts.map((p) => refToMention(p.actor));
  }
  if (r.type === 'MILITARY_WITHDRAWAL') {
    for (const g of r.leftGroups) {
      if (!STATIONED_IN.test(ctx.text.slice(Math.max(r.left, g.start - 30), g.start))) continue;
      const at = g.items.filter((m) => m.kind === 'country' && !own.has(m.id));
      if (at.length) return at;
    }
  }
  const dl = datelineCountries(ctx).filter((c) => !own.has(c));
  return dl.length === 1 ? [refToMention({ kind: 'country', code: dl[0]! })] : [];
}

/** Types whose object may be "the country" named before: sanctions, aid, withdrawals, acts on envoys and ties. */
const COUNTRY_ANAPHOR_TYPES = new Set(['SANCTIONS_IMPOSED', 'SANCTIONS_LIFTED', 'AID_PROVIDED', 'MILITARY_WITHDRAWAL', 'AMBASSADOR_RECALLED', 'DIPLOMAT_EXPELLED', 'AMBASSADOR_SUMMONED', 'DIPLOMATIC_RELATIONS_SEVERED', 'AGREEMENT_SIGNED', 'VISIT']);
/** "to the country", "for the war-torn country", "the North African kingdom's envoy". */
const THE_COUNTRY = /^\s*(?:[^\s;]+\s+){0,10}?(?:(?:to|for|from|with|on|against|of|out of|leave|left|leaving)\s+)?the\s+(?:(?:[\p{Ll}]+-[\p{Ll}]+|impoverished|embattled|landlocked|besieged|isolated|neighbouring|neighboring|[\p{Lu}][\p{Ll}]+)\s+){0,2}(?:country|island nation|island|kingdom|republic|nation|emirate)\b(?!\s+(?:of|where|that|which)\b)/u;

/**
 * "Israel halted security exports to the country", "a €7.4 billion package ... for the
 * country": the state named last before the trigger, not the initiators' own; none when that
 * state was named with another ("Kenya and Somalia ... the country" is either).
 */
function countryAnaphor(ctx: EventCtx, h: Hit, r: Roles): Mention[] {
  if (!r.initiators.length || !THE_COUNTRY.test(ctx.text.slice(h.start, Math.max(r.right, h.end)))) return [];
  const own = new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
  // The subject of this sentence or the one before first ("Belarus hosted Russian weapons. ... the country" is Belarus).
  const si = lastAtOrBefore(ctx.sentences, h.start, (x) => x.start);
  for (const s of [ctx.sentences[si], ctx.sentences[si - 1]]) {
    if (!s) continue;
    const fi = lastAtOrBefore(ctx.mentions, s.start - 1, (m) => m.start) + 1;
    const first = ctx.mentions[fi];
    if (!first || first.start >= h.start || first.end > s.end || first.kind !== 'country' || own.has(first.id)) continue;
    if (PREP_BEFORE.test(ctx.text.slice(Math.max(s.start, first.start - 25), first.start))) continue;
    // A subject of several states ("Kenya and Uganda held talks") leaves "the country" unresolved.
    const next = ctx.mentions[fi + 1];
    if (next && next.kind === 'country' && next.id !== first.id && next.start >= first.end && /^\s*(?:,|and|or|&)\s*(?:the\s+)?$/.test(ctx.text.slice(first.end, next.start))) return [];
    return [first];
  }
  for (let i = lastAtOrBefore(ctx.mentions, h.start - 1, (m) => m.start); i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.kind !== 'country' || m.end > h.start || own.has(m.id)) continue;
    const joined = (a: Mention | undefined, b: Mention | undefined) => !!a && !!b && a.kind === 'country' && b.kind === 'country' && a.id !== b.id && a.end <= b.start && /^\s*(?:,|and|or|&)\s*(?:the\s+)?$/.test(ctx.text.slice(a.end, b.start));
    if (joined(ctx.mentions[i - 1], m) || (ctx.mentions[i + 1]?.end ?? Infinity) <= h.start && joined(m, ctx.mentions[i + 1])) return [];
    return [m];
  }
  return [];
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
  if (!r.initiators.length && r.type === 'SEIZURE_OF_POWER') unnamedPutschists(ctx, h, r);
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

const WEEKDAY_OR_DATE = String.raw`(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})`;
/** Between one host and the next of a tour, each with its own day: " on Wednesday and ", " on 3 May, then to ". */
const NEXT_STOP = new RegExp(String.raw`^\s+${WEEKDAY_OR_DATE}\s*(?:,\s*(?:(?:and|then)\s+)?|\s+(?:and|then|before)\s+)(?:(?:then|on|flying\s+on|travell?ing\s+on)\s+)?(?:to\s+)?(?:the\s+)?$`);

/**
 * "visited Tonga on Wednesday and New Zealand on Thursday": a host told after another, each
 * with its own day, is a visit of its own (with the initiators of the first).
 */
function laterStops(ctx: EventCtx, s: Sentence, h: Hit, r: Roles, first: RawEvent, conf: number): RawEvent[] {
  const last = r.recipients.filter((m) => m.end > h.end).at(-1);
  if (!last) return [];
  const out: RawEvent[] = [];
  let at = last.end;
  for (const g of r.rightGroups) {
    if (g.start < at) continue;
    if (!NEXT_STOP.test(ctx.text.slice(at, g.start))) break;
    const hosts = g.items.flatMap((m): Mention[] => {
      const cc = countryOfActor(ctx, m);
      return m.kind === 'country' ? [m] : m.kind === 'official' && cc ? [{ ...m, kind: 'country', id: cc }] : [];
    });
    if (!hosts.length) break;
    const date = findDates(ctx.text.slice(g.end, Math.min(s.end, g.end + 30)), g.end, ctx.publishedAt)[0];
    const own = first.participants.filter((p) => p.role !== 'RECIPIENT');
    out.push({ ...first, participants: [...own, ...expand(ctx, hosts, 'RECIPIENT', 'VISIT')], date: date && date.start - g.end < 5 ? { date: date.date, precision: date.precision } : null, confidence: conf - 0.1 });
    at = g.end;
  }
  return out;
}

/** The subjects and the objects of a clause paired in order ("... from Mali and Niger respectively"), when as many of each are told. */
function respectively(ctx: EventCtx, h: Hit, r: Roles): [Mention[], Mention[]][] {
  const last = r.recipients.filter((m) => m.end > h.end).at(-1);
  if (!last || !/^\s*,?\s*respectively\b/i.test(ctx.text.slice(last.end, last.end + 16))) return [];
  const byState = (ms: Mention[]) => {
    const m = new Map<string, Mention[]>();
    for (const x of [...ms].sort((a, b) => a.start - b.start)) {
      const k = countryOfActor(ctx, x) ?? `${x.kind}:${x.id}`;
      m.set(k, [...(m.get(k) ?? []), x]);
    }
    return [...m.values()];
  };
  const subj = byState(r.initiators.filter((m) => m.end > 0 && m.end <= h.start));
  const obj = byState(r.recipients.filter((m) => m.start >= h.end));
  return subj.length > 1 && subj.length === obj.length ? subj.map((a, i): [Mention[], Mention[]] => [a, obj[i]!]) : [];
}

/** "each", "separately", "individually" right before the verb of the subjects: every subject acts on its own ("each a member of ...", an aside, does not). */
const EACH = /^\s*,?\s*(?:(?:have|has|had|will|would|also|then|later|now|all|\w+ly)\s+){0,3}(?:each|separately|individually)\s+(?:(?:have|has|had|also|\w+ly)\s+){0,2}$/i;

/**
 * "Spain, Ireland and Norway each recognised", "Japan and South Korea separately condemned":
 * the initiators told before the trigger as acting each on their own, grouped by state (an
 * official and the state act as one); none when they act together or the type is symmetric.
 */
function eachActing(ctx: EventCtx, h: Hit, r: Roles): Mention[][] {
  // A symmetric act done each with one counterpart ("each signed the pact with the EU"): one per subject.
  if ((h.t.mode === 'symmetric' && !r.recipients.length) || r.initiators.length < 2) return [];
  const before = r.initiators.filter((m) => m.end > 0 && m.end <= h.start);
  const last = Math.max(0, ...before.map((m) => m.end));
  if (!last || h.start - last > 40 || !EACH.test(ctx.text.slice(last, h.start))) return [];
  const byState = new Map<string, Mention[]>();
  for (const m of r.initiators) {
    const k = countryOfActor(ctx, m) ?? `${m.kind}:${m.id}`;
    byState.set(k, [...(byState.get(k) ?? []), m]);
  }
  return byState.size > 1 ? [...byState.values()] : [];
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
  if (r.alsoMeeting) out.push({ type: 'MEETING', factuality, participants: clean, sentence: s, triggerStart: h.start, date, confidence: conf - 0.1 });
  // Visiting a leader is meeting them.
  if (type === 'VISIT' && r.met?.length) {
    out.push({ type: 'MEETING', factuality, participants: [...expand(ctx, r.initiators, 'INITIATOR', 'MEETING'), ...expand(ctx, r.met, 'RECIPIENT', 'MEETING')], sentence: s, triggerStart: h.start, date, confidence: conf - 0.1 });
  }
  if (type === 'VISIT') out.push(...laterStops(ctx, s, h, r, out[0]!, conf));
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
