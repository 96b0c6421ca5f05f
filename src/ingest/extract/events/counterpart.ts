// Sides told once for several acts: the other side of a relation act left unsaid after
// another act ("withdrawing its diplomats from Caracas and placing relations on hold"),
// "the junta" as the rulers of the country whose seizure of power was told, and a verb
// phrase left out ("Portugal did the same", "the UAE and Egypt did so in 2021").
import type { Sentence } from '../sentences.ts';
import { lastAtOrBefore } from '../text.ts';
import type { Mention } from '../entities.ts';
import { countryOfActor, expand, groupsIn, key, prepBefore, recipientsOf, refToMention, type EventCtx, type RawEvent } from './context.ts';
import { factualityOf } from './modality.ts';
import type { Parse } from './parse.ts';
import type { Roles } from './roles.ts';
import type { Hit } from './triggers.ts';

/** Acts between two states whose other side a following act may share without naming it. */
const RELATION = new Set(['AMBASSADOR_RECALLED', 'DIPLOMATIC_RELATIONS_SEVERED', 'DIPLOMAT_EXPELLED', 'AMBASSADOR_SUMMONED']);

const sideOf = (e: RawEvent, role: 'INITIATOR' | 'RECIPIENT') => e.participants.filter((p) => p.role === role && p.actor.kind !== 'official');

/** The raw event told last, if it is in sentence `s` or the one right before it. */
function lastNear(ctx: EventCtx, s: Sentence, raws: RawEvent[], before: number): RawEvent | undefined {
  const prev = raws.at(-1);
  if (!prev || prev.triggerStart >= before) return undefined;
  if (prev.sentence === s) return prev;
  const i = ctx.sentences.indexOf(s);
  return i > 0 && ctx.sentences[i - 1] === prev.sentence ? prev : undefined;
}

/**
 * A relation act without a named other side, told right after another (in its sentence or
 * the one before): "Panama was withdrawing its diplomats from Caracas and placing relations
 * on hold", "Bolivia cut ties with Israel, and Belize suspended relations", "The junta
 * ordered the ambassador to leave, and Paris recalled him". The other side is the earlier
 * act's recipient, or its initiator when this act answers it.
 */
export function elidedCounterpart(ctx: EventCtx, s: Sentence, r: Roles, raws: RawEvent[], at: number): Mention[] {
  if (!RELATION.has(r.type) || r.recipients.length || !r.initiators.length) return [];
  const prev = lastNear(ctx, s, raws, at);
  if (!prev || !RELATION.has(prev.type)) return [];
  const own = new Set(r.initiators.map((m) => `country:${countryOfActor(ctx, m) ?? m.id}`).concat(r.initiators.map((m) => `${m.kind === 'org' ? 'organization' : m.kind}:${m.id}`)));
  const rec = sideOf(prev, 'RECIPIENT');
  const answers = rec.some((p) => own.has(key(p.actor)));
  return (answers ? sideOf(prev, 'INITIATOR') : rec).filter((p) => !own.has(key(p.actor))).map((p) => refToMention(p.actor));
}

const JUNTA = /\bthe\s+(?:(?:military|ruling|new)\s+)?junta\b/i;

/**
 * "The junta ordered the French ambassador to leave": when the pronoun reading found no state
 * (a bloc named before, or nothing), the country of the last seizure of power told.
 */
export function juntaRulers(ctx: EventCtx, r: Roles, hStart: number, raws: RawEvent[]): void {
  if (!r.pronoun || !JUNTA.test(ctx.text.slice(r.left, hStart))) return;
  if (r.initiators.some((m) => m.kind === 'country' || (m.kind === 'org' && ctx.orgs.get(m.id)?.kind === 'GOVERNMENT'))) return;
  const coup = [...raws].reverse().find((e) => e.type === 'SEIZURE_OF_POWER');
  const where = coup ? recipientsOf(ctx, coup).filter((m) => m.kind === 'country') : [];
  if (where.length) r.initiators = where;
}

/** "did so", "did the same", "followed suit": the act told just before, by another subject. */
const ELLIPSIS = /\b(?:(?:did|do|does|has done|have done|had done|will do|would do)\s+(?:so|the same|likewise)|followed\s+suit)\b/gi;

/**
 * "Britain, Canada and Australia recognized the State of Palestine, and Portugal did the same
 * hours later": the act told last (in this sentence or the one before) again, with the
 * subject of the elided verb phrase as its initiators and its own modality.
 */
export function ellipsisEvents(ctx: EventCtx, s: Sentence, raws: RawEvent[]): RawEvent[] {
  if (!/\b(?:so|same|likewise|suit)\b/i.test(s.text)) return [];
  const out: RawEvent[] = [];
  for (const m of s.text.matchAll(ELLIPSIS)) {
    const at = s.start + m.index;
    const prev = lastNear(ctx, s, raws, at);
    if (!prev || prev.type === 'CONDEMNATION' || prev.type === 'STATEMENT_OF_SUPPORT') continue;
    // The subject ends right before the verb phrase ("and Portugal did the same").
    const subj = groupsIn(ctx, s.start, at, []).filter((g) => !prepBefore(ctx, g, s.start)).at(-1);
    if (!subj || !/^\s+(?:(?:\w+ly|also|later|then|too)\s+)?$/i.test(ctx.text.slice(subj.end, at))) continue;
    const prevInit = new Set(sideOf(prev, 'INITIATOR').map((p) => key(p.actor)));
    // The same actors doing it again is the same act, not a new one.
    if (expand(ctx, subj.items, 'INITIATOR', prev.type).every((p) => p.role !== 'INITIATOR' || prevInit.has(key(p.actor)))) continue;
    const end = at + m[0].length;
    // Every event the act told before made ("switched recognition" also ends and opens relations).
    for (const e of raws.filter((x) => x.sentence === prev.sentence && x.triggerStart === prev.triggerStart)) {
      const initiators = expand(ctx, subj.items, 'INITIATOR', e.type);
      const own = new Set(initiators.map((p) => key(p.actor)));
      const recipients = expand(ctx, recipientsOf(ctx, e), 'RECIPIENT', e.type).filter((p) => !own.has(key(p.actor)));
      // A condition after it ("did the same if ...") or opening its clause ("only if the United States did the same").
      const cond = /^\s*(?:\S+\s+){0,3}?(?:if|unless)\b/i.test(ctx.text.slice(end, s.end)) || /\b(?:if|unless|whether)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(s.start, subj.start - 20), subj.start));
      const factuality = cond ? 'HYPOTHETICAL' : factualityOf(null, e.type, 0, ctx.text, subj.start, at, end, s.end);
      out.push({ type: e.type, factuality, participants: [...initiators, ...recipients], sentence: s, triggerStart: at, date: null, confidence: 0.55 });
    }
  }
  return out;
}

/** The other of the two Chinese governments: switching recognition to one leaves the other. */
const OTHER_CHINA: Record<string, string> = { CN: 'TW', TW: 'CN' };

/**
 * "Kiribati switched recognition from Taipei to Beijing": the state also ends relations with
 * the government it leaves (named after "from", else the other Chinese government) and
 * establishes them with the one it recognizes.
 */
export function switchedRecognition(ctx: EventCtx, h: Hit, evs: RawEvent[]): RawEvent[] {
  if (h.t.type !== 'RECOGNITION' || !/^switch/i.test(ctx.text.slice(h.start, h.end))) return [];
  const out: RawEvent[] = [];
  const from = /\bfrom\s/i.exec(ctx.text.slice(h.start, h.end));
  const left = from ? groupsIn(ctx, h.start + from.index, h.end, []).flatMap((g) => g.items).filter((m) => m.kind === 'country') : [];
  for (const e of evs) {
    const init = e.participants.filter((p) => p.role === 'INITIATOR');
    const to = e.participants.filter((p) => p.role === 'RECIPIENT' && p.actor.kind === 'country');
    const toCode = to[0]?.actor.kind === 'country' ? to[0].actor.code : undefined;
    const gone = left.length ? left.map((m) => m.id) : toCode && OTHER_CHINA[toCode] ? [OTHER_CHINA[toCode]] : [];
    const base = { factuality: e.factuality, sentence: e.sentence, triggerStart: e.triggerStart, date: e.date, confidence: e.confidence - 0.1 };
    if (gone.length) out.push({ ...base, type: 'DIPLOMATIC_RELATIONS_SEVERED', participants: [...init, ...gone.map((code) => ({ role: 'RECIPIENT' as const, actor: { kind: 'country' as const, code } }))] });
    if (to.length) out.push({ ...base, type: 'DIPLOMATIC_RELATIONS_ESTABLISHED', participants: [...init, ...to] });
  }
  return out;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Nothing joined is named: the verb is followed by a time, the clause's end or "too". */
const NO_OBJECT = new RegExp(String.raw`^\s*(?:(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|later|earlier)|in\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}|${MONTHS})\b|on\s+(?:${WEEKDAYS}|${MONTHS})\b|(?:last|this|that|the same|the following)\s+(?:year|month|week|day)\b|(?:earlier|later|too|as well|since|then)\b|[,.;)]|$)`, 'i');

/** Verbs of joining or leaving (not "was a full member", a standing). */
const JOIN_VERB = /^(?:join|rejoin|c[ao]me|comes|coming|leav|left|quit|exit)/i;
/** A departure announced without its body ("announced its own withdrawal"): what follows is not what it leaves. */
const OWN_EXIT = /^(?:announc|complet|confirm|notif)\w*\s+(?:its|their)\s+(?:own\s+)?(?:formal\s+)?(?:withdrawal|exit|departure)$/i;

/**
 * "Egypt, Ethiopia, Iran and the United Arab Emirates joined a year ago", "since South Africa
 * came on board in 2010": a membership verb without an object joins the body of the
 * membership told just before (in this sentence or the three before it).
 */
export function elidedBody(ctx: EventCtx, s: Sentence, h: Hit, r: Roles, raws: RawEvent[]): void {
  const own = OWN_EXIT.test(ctx.text.slice(h.start, h.end));
  if (h.t.mode !== 'membership' || (r.recipients.length && !own) || r.voice !== 'active' || !(own || JOIN_VERB.test(ctx.text.slice(h.start, h.end)))) return;
  r.recipients = [];
  if (!NO_OBJECT.test(ctx.text.slice(h.end, h.end + 40))) return;
  const si = ctx.sentences.indexOf(s);
  const prev = [...raws].reverse().find((e) => e.type === h.t.type && e.triggerStart < h.start);
  if (!prev || si - ctx.sentences.indexOf(prev.sentence) > 3) return;
  r.recipients = recipientsOf(ctx, prev).filter((m) => m.kind === 'org');
}

const ENVOY_TITLE = /\b(?:ambassador|envoy|high commissioner|charg[ée] d'affaires|consul)\b/i;

/** "the junta had ordered his expulsion": "his" is the envoy named last before, in this sentence or the one before. */
export function pronounEnvoy(ctx: EventCtx, s: Sentence, h: Hit, r: Roles): void {
  if (r.recipients.length || !/\b(?:his|her)\s+expulsion\b/i.test(ctx.text.slice(h.start, h.end))) return;
  const from = ctx.sentences[ctx.sentences.indexOf(s) - 1]?.start ?? s.start;
  const envoy = ctx.mentions.filter((m) => m.kind === 'official' && m.start >= from && m.end <= h.start && ctx.officials.get(m.id)?.positions.some((p) => ENVOY_TITLE.test(p.title))).at(-1);
  if (envoy) r.recipients = [envoy];
}

/** Acts with a target that a reaction in the same clause may answer: "expelled four diplomats, accusing them of spying". */
const TARGETED = new Set([...RELATION, 'SANCTIONS_IMPOSED']);

/** Verbs whose infinitive is no purpose of the act before them: "tried to", "plans to", "was asked to". */
const NOT_PURPOSE = /\b(?:tr(?:y|ies|ied|ying)|attempt\w*|fail\w*|want\w*|plan\w*|hop(?:e|es|ed|ing)|aim\w*|intend\w*|seek\w*|sought|need\w*|ha(?:s|ve|d)|expected|set|due|likely|ready|going|asked|urged|told|called\s+on|refus\w*|declin\w*|threaten\w*|vow\w*|pledg\w*|promis\w*)\s+(?:\w+ly\s+)?to\s+(?:\w+ly\s+)?$/i;

/**
 * "Seoul summoned Tokyo's ambassador to protest against ...", "expelled the envoy in protest
 * at ...": the done act told right before a reaction in a purpose clause that continues it
 * (the reaction is done with it, see factualityOf's `purpose`), if any.
 */
export function purposedAct(ctx: EventCtx, s: Sentence, h: Hit, raws: RawEvent[], p: Parse): RawEvent | undefined {
  const prev = raws.at(-1);
  if (!prev || prev.sentence !== s || prev.triggerStart >= h.start || !TARGETED.has(prev.type) || prev.factuality !== 'ASSERTED') return undefined;
  const firstWord = /^\S+/.exec(ctx.text.slice(h.start, h.end))?.[0] ?? '';
  const between = ctx.text.slice(prev.triggerStart, h.start);
  // Only a purpose clause continuing the act: " to protest", " in protest at". (A participle,
  // ", accusing them of ...", is left to the anaphor step: the dev gold counts such accusations
  // as condemnations in one article of three.) Not the infinitive of another verb or clause
  // between ("tried to protest", "after Tokyo decided to protest", "prompting Pyongyang to"):
  // that verb, not the act, governs it.
  const purpose = /\b(?:to|in order to)\s+(?:\w+ly\s+)?$/i.test(between) || (/^(?:protest|complain|object|condemn|denounce)/i.test(firstWord) && /\bin\s+$/i.test(between));
  if (!purpose || /[;:]|\b(?:while|but|whereas|although|after|before|when|as|because|since|until|once|unless|if)\b/i.test(between) || NOT_PURPOSE.test(between)) return undefined;
  const actEnd = prev.triggerStart + (/^\S+/.exec(between)?.[0].length ?? 0);
  if (p.toks.some((t) => t.start >= actEnd && t.end <= h.start && (t.pos === 'VERB' || t.pos === 'AUX'))) return undefined;
  return prev;
}

const keysOf = (ctx: EventCtx, ms: Mention[]) => new Set(ms.flatMap((m) => [`country:${countryOfActor(ctx, m) ?? m.id}`, `${m.kind === 'org' ? 'organization' : m.kind}:${m.id}`]));

/**
 * The reaction read with initiators `r` is the purpose of a done act of theirs ("summoned
 * Japan's ambassador on Monday to protest"): it is done with it.
 */
export function purposeOfOwnAct(ctx: EventCtx, s: Sentence, h: Hit, r: Roles, raws: RawEvent[], p: Parse): boolean {
  const prev = purposedAct(ctx, s, h, raws, p);
  if (!prev) return false;
  const own = keysOf(ctx, r.initiators);
  return sideOf(prev, 'INITIATOR').some((x) => own.has(key(x.actor)));
}

/** A reaction in a purpose clause that continues an act of the same initiators answers that act's target. */
export function reactionToOwnAct(ctx: EventCtx, s: Sentence, h: Hit, r: Roles, raws: RawEvent[], p: Parse): Mention[] {
  if (!r.initiators.length) return [];
  const prev = purposedAct(ctx, s, h, raws, p);
  if (!prev) return [];
  let own = keysOf(ctx, r.initiators);
  if (!sideOf(prev, 'INITIATOR').some((p) => own.has(key(p.actor)))) {
    // The object before a purpose clause is no subject of it: "summoned Tokyo's ambassador to protest" is Seoul's protest.
    if (!sideOf(prev, 'RECIPIENT').some((p) => own.has(key(p.actor)))) return [];
    r.initiators = sideOf(prev, 'INITIATOR').map((p) => refToMention(p.actor));
    own = keysOf(ctx, r.initiators);
  }
  return sideOf(prev, 'RECIPIENT').filter((p) => !own.has(key(p.actor))).map((p) => refToMention(p.actor));
}

/** Rulers named by their kind: "the junta", "the military regime", "the new authorities". */
const RULERS_OBJ = /^\s*(?:[^\s;,.]+\s+){0,8}?(?:with|on|against|to|for|from|of|at|toward|towards)?\s*the\s+(?:(?:military|ruling|new|interim|transitional|de facto|country's|current)\s+){0,2}(junta|regime|government|authorities|leadership|rulers)\b(?!\s+(?:of|in)\b)/i;
const RULER_NOUN = String.raw`(?:(?:military|ruling|new|interim|transitional|de facto)\s+){0,2}`;

/**
 * "Mali's junta ... Russia signed a defence agreement with the junta", "Soldiers seized power
 * in Niger. ECOWAS imposed sanctions on the junta": the state named before with that noun
 * ("Mali's junta", "the junta in Bamako", "the Malian government"), else for a junta or a
 * regime the country of the last seizure of power told; never the initiators' own.
 */
export function rulersNamedBefore(ctx: EventCtx, h: Hit, r: Roles, raws: RawEvent[]): Mention[] {
  if (!r.initiators.length) return [];
  const m = RULERS_OBJ.exec(ctx.text.slice(h.start, Math.max(r.right, h.end)));
  if (!m || m.index + m[0].length > Math.max(r.right, h.end) - h.start) return [];
  const noun = m[1]!.toLowerCase();
  const nounRe = noun === 'authorities' || noun === 'government' ? '(?:government|authorities)' : noun === 'junta' || noun === 'regime' ? '(?:junta|regime|military government)' : noun;
  const after = new RegExp(String.raw`^(?:['’]s?)?\s+${RULER_NOUN}${nounRe}\b`, 'i');
  const before = new RegExp(String.raw`\b${nounRe}\s+(?:of|in)\s+(?:the\s+)?$`, 'i');
  const own = new Set(r.initiators.map((x) => countryOfActor(ctx, x) ?? x.id));
  for (let i = lastAtOrBefore(ctx.mentions, h.start - 1, (x) => x.start); i >= 0; i--) {
    const x = ctx.mentions[i]!;
    if (x.end > h.start || x.kind === 'official') continue;
    const cc = countryOfActor(ctx, x);
    if (!cc || own.has(cc)) continue;
    if (after.test(ctx.text.slice(x.end, x.end + 40)) || before.test(ctx.text.slice(Math.max(0, x.start - 30), x.start))) return [x.kind === 'country' ? x : { ...x, kind: 'country', id: cc }];
  }
  if (noun !== 'junta' && noun !== 'regime') return [];
  const coup = raws.findLast((e) => e.type === 'SEIZURE_OF_POWER' && e.factuality === 'ASSERTED');
  return coup ? recipientsOf(ctx, coup).filter((x) => x.kind === 'country' && !own.has(x.id)) : [];
}

/** Acts whose target a second actor's act of the same kind may share without naming it. */
const SHARED_TARGET = new Set(['AID_PROVIDED', 'SANCTIONS_IMPOSED', 'SANCTIONS_LIFTED', 'RECOGNITION']);

/**
 * "Germany sent 20 tanks to Ukraine, and Poland delivered another 14", "The EU imposed
 * sanctions on Belarus. Canada imposed sanctions of its own": an act of the same kind by
 * another actor, told right after (in this sentence or the next), without a target of its own,
 * has the same target.
 */
export function sharedTarget(ctx: EventCtx, s: Sentence, r: Roles, raws: RawEvent[], at: number): Mention[] {
  if (!SHARED_TARGET.has(r.type) || r.recipients.length || !r.initiators.length) return [];
  const prev = lastNear(ctx, s, raws, at);
  if (!prev || prev.type !== r.type) return [];
  const own = new Set(r.initiators.flatMap((m) => [`country:${countryOfActor(ctx, m) ?? m.id}`, `${m.kind === 'org' ? 'organization' : m.kind}:${m.id}`]));
  if (sideOf(prev, 'INITIATOR').some((p) => own.has(key(p.actor)))) return [];
  return sideOf(prev, 'RECIPIENT').filter((p) => !own.has(key(p.actor))).map((p) => refToMention(p.actor));
}
