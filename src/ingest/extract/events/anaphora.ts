// Step 2, from the article: the actors a sentence leaves to its context. The object of a
// reaction told by an anaphor ("condemned the move", "the two governments", "the junta"), the
// author of an act told before, the place a force or an envoy leaves, "the country" named
// before. index.ts calls these when the sentence's own reading (roles.ts) found no recipient.
import type { ExtractedParticipant } from '../../types.ts';
import type { Mention } from '../entities.ts';
import type { Sentence } from '../sentences.ts';
import { lastAtOrBefore } from '../text.ts';
import { countryOfActor, groupsIn, JOIN, PREP_BEFORE, recipientsOf, refToMention, type EventCtx, type RawEvent } from './context.ts';
import type { Roles, SentenceView } from './roles.ts';
import type { Hit } from './triggers.ts';

const ANAPHOR_OBJ = /^\s*(?:(?:against|at|over|about|to|with|on)\s+)?(?:(?:the|that|this|these|those|its|their)\s+(?:\S+\s+)?(?:decisions?|moves?|shift|reversal|u-turn|measures?|restrictions|resolutions?|deals?|accords?|expansion|steps?|expulsions?|recognitions?|agreements?|plans?|designations?|listings?|announcements?|actions?|campaigns?|accusations?|allegations?|aid|killings?|raids?|sanctions|vote|ruling|verdict|law|legislation|drills|exercises|sale|deployment|remarks|comments|statements?|treaty|pact|policy|proposal|withdrawal|pullout|ban|suspension|closure)\b|(?:the|those|these|both)\s+(?:\S+\s+){0,2}?(?:governments|countries|states|nations|leaders|allies|partners|capitals)\b|(?:it|them|what)\b(?!\s+(?:was|is|had|has|would|will)\b))/i;
/** "condemned the coup", "the unconstitutional change of government": the country it happened in. */
const COUP_OBJ = /^\s*(?:the|this|that|its|their)\s+(?:\S+\s+){0,2}?(?:coup|takeover|putsch|mutiny|change of government|seizure of power|power grab)\b/i;
/** Reactions answer an act named before them even when their pattern is not marked anaphoric. */
export const REACTIONS = new Set(['CONDEMNATION', 'STATEMENT_OF_SUPPORT']);
/** "a coordinated step that Israel denounced": the object is the relative clause's head. */
const RELATIVE_OBJ = /\b(step|move|decision|recognition|announcement|deal|agreement|measures?|remarks?|comments?|statements?)\s+(?:that|which)\s*$/i;


/** "called the visit a provocation", "the trip was condemned by": the visitor. */
const VISIT_OBJ = /^\s*(?:the|that|this|his|her|its|their)\s+(?:\S+\s+){0,2}?(?:visit|trip|tour|stopover|journey)\b/i;
/** "condemned the invasion": an act of force, told earlier as "Russia's invasion" or "the invasion by Russia". */
const ACT_NOUN = String.raw`(?:invasion|war|attacks?|assault|offensive|(?:air)?strikes?|bombing|shelling|incursions?|raids?|annexation|occupation|aggression|hacking|cyberattacks?|crackdown|(?:military\s+)?(?:drills|exercises|manoeuvres|maneuvers)|launch(?:es)?|downing|destruction|(?:missile\s+|nuclear\s+)?tests?|detentions?|arrests?|seizure|executions?)`;
const ACT_OBJ = new RegExp(String.raw`^\s*(?:(?:against|at|over|about|to|on)\s+)?(?:the|that|this|its|their|an?)\s+(?:[\w-]+\s+){0,2}?${ACT_NOUN}\b`, 'i');
const ACT_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:(?:full-scale|unprovoked|military|latest|deadly|brutal)\s+){0,2}${ACT_NOUN}\b|^(?:['’]s)?\s+(?:(?:troops|forces|security forces|military|army|soldiers|police|agents|jets|warplanes|drones|missiles|hackers|navy|coast guard)\s+(?:(?:ships|vessels|boats|units|aircraft)\s+)?)?(?:invaded|attacked|struck|bombed|shelled|raided|stormed|annexed|occupied|hacked|forced\s+(?:their|its)\s+way|(?:launched|fired|tested)\s+(?:\S+\s+){0,3}?(?:missiles?|rockets?|drones?|weapons?|bombs?|satellites?|shells|water\s+cannon)|(?:launched|carried\s+out|conducted|mounted|staged|began|unleashed)\s+(?:\S+\s+){0,3}?${ACT_NOUN}|fired\s+(?:on|at|upon)|opened\s+fire|(?:held|staged|conducted|began|started|launched|announced)\s+(?:\S+\s+){0,3}?(?:drills|exercises|manoeuvres|maneuvers)|detained|arrested|seized|executed|shot\s+down|downed|destroyed)\b`, 'i');
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

/** Quoted words before an object's noun: 'the "dangerous and irresponsible" actions'. */
const QUOTED_MODIFIER = /^(\s*(?:(?:against|at|over|about|to|on)\s+)?(?:the|that|this|these|those|its|their)\s+)["“][^"”]{1,60}["”]\s+(?=\p{Ll})/u;

/** Reactions ("rejected the decision", "a step that Israel denounced") answer the article's main action. */
export function resolveAnaphoricObject(ctx: EventCtx, h: Hit, r: Roles, raws: RawEvent[], v?: SentenceView): void {
  const firstWord = /^\S+/.exec(ctx.text.slice(h.start, h.end))?.[0] ?? '';
  // A passive reaction's object is its subject: "The shift was welcomed by the United States".
  // ... past the closing mark of a quoted verb: 'Tokyo "strongly condemns" the assault'.
  let after = (r.voice === 'passive' || h.t.agentAfter ? ctx.text.slice(r.left, h.start) : ctx.text.slice(h.start + firstWord.length, Math.max(r.right, h.end))).replace(/^\s*["”]/, '').replace(QUOTED_MODIFIER, '$1');
  // "criticised that embrace": a demonstrative read as a clause's "that" ends the clause before its noun.
  if (!after.trim() && /^\s+(?:that|this)\s+\p{Ll}+(?:\s*[,.;]|\s+(?:on|in|at|as|and|last)\b)/u.test(ctx.text.slice(h.end, h.end + 40))) after = ctx.text.slice(h.end, h.end + 40);
  objectOfContext(ctx, h, r, raws, after, v);
  if (!r.recipients.length) r.recipients = echoedTarget(ctx, h, r, raws, after);
}

/** A definite object or "it": "the incident", "those actions" (not "them": "accused them of" names people). */
const DEFINITE_OBJ = /^\s*(?:(?:against|at|over|about|to|on)\s+)?(?:(?:the|that|this|these|those)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{4,}\b(?!\s+(?:of|by|from|in|on|against|to|with)\b)|it\b(?!\s+(?:was|is|had|has|would|will)\b))/u;
/** How many sentences back a condemnation may be echoed. */
const ECHO_REACH = 8;

/**
 * "The Philippines accused China of ramming a boat. Australia condemned the actions": a
 * condemnation of a definite act whose author no other reading found echoes the target of the
 * condemnation told last before (in the few sentences before), unless it answers that one
 * (its initiators are that target) or the target is its own side.
 */
function echoedTarget(ctx: EventCtx, h: Hit, r: Roles, raws: RawEvent[], after: string): Mention[] {
  // (An act of force has an author of its own: "condemning the attack" echoes no condemnation.)
  if (r.type !== 'CONDEMNATION' || !r.initiators.length || !DEFINITE_OBJ.test(after) || ACT_OBJ.test(after)) return [];
  const si = lastAtOrBefore(ctx.sentences, h.start, (x) => x.start);
  const from = ctx.sentences[Math.max(0, si - ECHO_REACH)]?.start ?? 0;
  const prev = raws.findLast((e) => e.type === 'CONDEMNATION' && e.factuality === 'ASSERTED' && e.triggerStart < h.start);
  if (!prev || prev.sentence.start < from) return [];
  const own = new Set(r.initiators.flatMap((m) => [countryOfActor(ctx, m) ?? m.id, m.id]));
  const targets = prev.participants.filter((p) => p.role === 'RECIPIENT' && p.actor.kind !== 'official');
  const id = (p: ExtractedParticipant) => (p.actor.kind === 'country' ? p.actor.code : p.actor.slug);
  if (!targets.length || targets.some((p) => own.has(id(p)))) return [];
  return targets.map((p) => refToMention(p.actor));
}

/** The reading of a reaction's anaphoric object `after` from the acts and actors told before. */
function objectOfContext(ctx: EventCtx, h: Hit, r: Roles, raws: RawEvent[], after: string, v?: SentenceView): void {
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
    // ... or a noun that is its verb's own stem: "called that embrace" (Modi and Putin embraced).
    const head = !r.recipients.length && HEAD_NOUN.exec(after);
    if (head) r.recipients = authorOfNoun(ctx, head[1]!.toLowerCase(), h.start, own);
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
    // ... not one that condemned another's act ("The Philippines accused China of ramming. Australia condemned the actions"): that act is echoed.
    const condemned = raws.some((e) => e.type === 'CONDEMNATION' && e.sentence.start >= from && e.triggerStart < h.start && e.participants.some((p) => p.role === 'INITIATOR' && subj.some((m) => m.id === (p.actor.kind === 'country' ? p.actor.code : p.actor.slug))));
    if (subj.length && subj.length === v.lastSubject.length && !said && heads && !condemned) r.recipients = subj;
  }
}

const SAID_AFTER = /^(?:['’]s?\s+(?:[\w-]+\s+){0,3}?)?(?:\s*,[^,]{0,80},)?\s+(?:\w+ly\s+)?(?:said|says|told|added|noted|stated|insisted|argued|claimed|warned)\b/i;

const ENLARGEMENT = /^\s*(?:(?:against|at|over|about|to|on)\s+)?(?:the|this|that|its)\s+(?:[\p{Ll}-]+\s+)?(?:enlargement|expansion|accession|admission)\b(?!\s+of\b)/u;
/** A definite noun of an act: "the ratification", "that nomination", "the deployment". */
const DEVERBAL_OBJ = /^\s*(?:(?:against|at|over|about|to|on)\s+)?(?:the|that|this|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,}(?:tion|sion|ment|al|ure)s?)\b(?!\s+(?:of|by|from|to|on|against)\b)/u;

/** The head of a short definite object before its clause goes on: "that embrace", "the tests", "the drills". */
const HEAD_NOUN = /^\s*(?:(?:against|at|over|about|to|on)\s+)?(?:the|that|this|these|those)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{4,})(?=\s*(?:[,.;:"“]|$|\s(?:as|and|was|were|is|are|a|an|in|on|at)\b))/u;

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

export const symmetricMode = (t: Hit['t']) => t.mode === 'symmetric';

/** "the two governments", "both countries", "the three leaders". */
const COUNTED_SIDES = /^\s*(?:[^\s;,.]+\s+){0,3}?(?:the\s+(two|three|four)|both)\s+(?:[\p{L}-]+\s+)?(?:governments|countries|states|nations|leaders|sides|neighbou?rs|capitals|allies|rivals)\b/iu;
const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4 };

/** The last group of exactly `n` sides (distinct countries; states only for "governments", "countries") named in this sentence or the three before, none of them the initiators'. */
export function countedGroup(ctx: EventCtx, before: number, n: number, own: Set<string>, states: boolean): Mention[] {
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
  if (!re) AUTHOR_RE.set(noun, (re = new RegExp(String.raw`^(?:['’]s?\s+(?:[\w-]+\s+){0,3}?${n}s?\b|(?:['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?\s+(?:(?:\w+ly|has|have|had|also|then|finally|later)\s+){0,2}${verb}\b|\s+(?:(?:\w+ly|has|have|had|also|then)\s+){0,2}${MAKE_VERB}\s+(?:(?:an?|the|its|their|a\s+new)\s+)?(?:[\w-]+\s+){0,3}?${n}s?\b)`, 'iu')));
  for (let i = lastAtOrBefore(ctx.mentions, before - 1, (m) => m.start); i >= 0 && ctx.mentions[i]!.start > before - AUTHOR_REACH; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > before || m.kind === 'official' || own.has(countryOfActor(ctx, m) ?? m.id)) continue;
    if (re.test(ctx.text.slice(m.end, m.end + 80))) return [...coordinatedBefore(ctx, i), m].filter((x) => !own.has(countryOfActor(ctx, x) ?? x.id));
  }
  return [];
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
export const PLACE_RECIPIENT = new Set(['MILITARY_WITHDRAWAL', 'AID_PROVIDED', 'AMBASSADOR_RECALLED']);
/** "French soldiers stationed in Chad left": the force's own descriptor names where it is. */
const STATIONED_IN = /\b(?:stationed|based|deployed|posted|garrisoned|serving)\s+in\s+(?:the\s+)?$/i;

/**
 * A withdrawal, recall or aid whose clause names no recipient: "The last French soldiers
 * stationed in Chad left the country", "NIAMEY, Niger — The last American soldiers left a drone
 * base in Agadez", "NIAMEY — ... France withdrew its ambassador", "KYIV — ... He announced a
 * $500 million package": the country the force is stationed in, else the dateline's country,
 * never the initiator's own.
 */
export function contextPlace(ctx: EventCtx, r: Roles, raws: RawEvent[]): Mention[] {
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
export const COUNTRY_ANAPHOR_TYPES = new Set(['SANCTIONS_IMPOSED', 'SANCTIONS_LIFTED', 'AID_PROVIDED', 'MILITARY_WITHDRAWAL', 'AMBASSADOR_RECALLED', 'DIPLOMAT_EXPELLED', 'AMBASSADOR_SUMMONED', 'DIPLOMATIC_RELATIONS_SEVERED', 'AGREEMENT_SIGNED', 'VISIT']);
/** "to the country", "for the war-torn country", "the North African kingdom's envoy". */
const THE_COUNTRY = /^\s*(?:[^\s;]+\s+){0,10}?(?:(?:to|for|from|with|on|against|of|out of|leave|left|leaving)\s+)?the\s+(?:(?:[\p{Ll}]+-[\p{Ll}]+|impoverished|embattled|landlocked|besieged|isolated|neighbouring|neighboring|[\p{Lu}][\p{Ll}]+)\s+){0,2}(?:country|island nation|island|kingdom|republic|nation|emirate)\b(?!\s+(?:of|where|that|which)\b)/u;

/**
 * "Israel halted security exports to the country", "a €7.4 billion package ... for the
 * country": the state named last before the trigger, not the initiators' own; none when that
 * state was named with another ("Kenya and Somalia ... the country" is either).
 */
export function countryAnaphor(ctx: EventCtx, h: Hit, r: Roles): Mention[] {
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

