// Step 2: roles. From the parse of the trigger's sentence: its clause (left and right edges),
// its voice (active: the subject initiates and the object receives; passive: the subject
// receives and the "by" agent initiates; nominal: a premodifier or possessive initiates,
// "of"/"from"/"on" objects receive), coordination (a group "A, B and C" acts together; a
// verb after "and" shares the clause's subject) and appositions (", the ambassador of X,"
// is skipped as a parenthetical). Then the rules of particular types (membership needs an
// organization, a seizure of power happens in the actor's country, ...).
import type { DiplomaticEventType } from '../../types.ts';
import type { Mention } from '../entities.ts';
import type { Sentence } from '../sentences.ts';
import { countryOfActor, groupsIn, prepBefore, pronounOfficial, type EventCtx, type Group } from './context.ts';
import { clauseOf, voiceOf, type Parse, type Voice } from './parse.ts';
import { lastAtOrBefore } from '../text.ts';
import { ownClauseRight, pastShortQuote } from './structure.ts';
import type { Hit } from './triggers.ts';

/** What the sentence-level reading gives every trigger of the sentence. */
export interface SentenceView {
  s: Sentence;
  parse: Parse;
  paren: [number, number][];
  firstSubject: Group | undefined;
  lastSubject: Mention[];
  mediators: Mention[];
  /** Where the sentence proper starts, after a dateline. */
  bodyStart: number;
}

export interface Roles {
  type: DiplomaticEventType;
  initiators: Mention[];
  recipients: Mention[];
  /** Initiator resolved from a pronoun. */
  pronoun: boolean;
  left: number;
  right: number;
  /** Token index of the trigger's first word. */
  ti: number;
  voice: Voice;
  /** The trigger's predicate follows "and": it shares the subject of the first predicate. */
  coordinated: boolean;
  rightGroups: Group[];
  leftGroups: Group[];
  /** Officials a visit is paid to ("the first head of state to visit Vladimir Putin"): the visitor meets them. */
  met?: Mention[];
  /** Talks held by leaders: a meeting as well as a negotiation. */
  alsoMeeting?: boolean;
}

/** A document right after its author, before a relative: "a General Assembly resolution that". */
const DOCUMENT_OF = /^(?:['’]s?)?\s+(?:resolution|statement|declaration|communiqu[ée]|report|ruling|decree|motion)\s+(?:that|which)\s*$/i;
/** The author of an act: "a ruling by Russia's Supreme Court". */
const ACT_BY = /\b(?:ruling|decision|order|resolution|vote|statement|decree|law|move)\s+(?:by|of)\s+(?:the\s+)?$/i;
/** A place one goes to: "flew to the American base". */
const PLACE_BEFORE = /\b(?:to|in|at|into|towards?)\s+(?:the\s+|an?\s+)?(?:\S+\s+){0,3}$/i;
const PRONOUN_SUBJECT = /\b(?:it|they|he|she|its|their)\b|\bthe\s+(?:group|movement|bloc|alliance|court|kingdom|government|junta|juntas|country|capital|island|archipelago|emirate|republic)\b/i;

/** "the foreign ministers of", "leaders from": the people a body or state acts through. */
const PEOPLE_OF = /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:ministers?|leaders|heads|governments|officials|members|representatives|delegations?)\s+(?:of|from)\s+(?:the\s+)?$/u;

/** Agents of a passive or nominal trigger: "recognised by Ghana", "advised by X and approved by Y". */
function byAgent(ctx: EventCtx, v: SentenceView, hEnd: number, right: number): Mention[] {
  const m = /^\s*(?:\S+\s+){0,6}?by\s+/.exec(ctx.text.slice(hEnd, right));
  if (!m) return [];
  const at = hEnd + m[0].length;
  const out: Mention[] = [];
  for (const g of groupsIn(ctx, at, right, v.paren)) {
    const gap = ctx.text.slice(at, g.start);
    // ... also the people of a body or state: "by the foreign ministers of the Group of Seven".
    if (g.start === at || /(?:\bby|and)\s+(?:the\s+)?$/.test(gap) || /^(?:\S+\s+){0,3}$/.test(gap) || /\b(?:including|such as|led by)\s+(?:the\s+)?$/.test(gap) || PEOPLE_OF.test(gap)) out.push(...g.items);
  }
  return out;
}

/** Between a relative pronoun and its verb: adverbs, auxiliaries, times ("which also expelled", "who had days earlier accused"). */
const REL_PRE = /^\s*(?:(?:\w+ly|also|then|later|again|already|once|first|just|long|had|has|have|was|were|is|are|would|will|days|weeks|months|years|earlier|before|ago|two|three|several)\s+)*$/i;

/**
 * The antecedent of a non-restrictive "who"/"which" at `at`: the actor group right before its
 * comma; for a second relative joined by "and" ("who took office ... and who met"), the first one's.
 */
function commaAntecedent(ctx: EventCtx, v: SentenceView, at: number): Mention[] {
  const { text } = ctx;
  if (!/^(?:who|which)\b/i.test(text.slice(at, at + 6))) return [];
  let rel = at;
  if (/\band\s+$/i.test(text.slice(Math.max(v.s.start, at - 6), at))) {
    const before = text.slice(v.s.start, at - 4);
    const first = Math.max(before.lastIndexOf(', who '), before.lastIndexOf(', which '));
    if (first < 0) return [];
    rel = v.s.start + first + 2;
  }
  const g = groupsIn(ctx, Math.max(v.s.start, rel - 120), rel, []).at(-1);
  return g && /^\s*,\s*$/.test(text.slice(g.end, rel)) ? g.items : [];
}

/** The text before a participle of the clause: ", adding", ", announcing levies ... and adding". */
const PARTICIPLE_AFTER_COMMA = /,\s*(?:\w+ing\s[^;]*\band\s+)?$/;

function initiatorsOf(ctx: EventCtx, v: SentenceView, h: Hit, r: Roles): Mention[] {
  const { text } = ctx;
  const { t } = h;
  const clausePre = text.slice(r.left, h.start);
  const firstWord = /^\S+/.exec(text.slice(h.start, h.end))?.[0] ?? '';
  // Premodifier of a nominal trigger: "the U.S. and NATO withdrawal", "Russia's recognition".
  if (t.noun || r.voice === 'nominal') {
    // "following a meeting of their delegations": the possessive names the sentence's subject.
    if (/^\s*(?:of|between|by)\s+(?:their|its)\b/i.test(text.slice(h.end - 1, r.right)) && v.firstSubject && v.firstSubject.end <= h.start) {
      r.pronoun = true;
      return v.firstSubject.items;
    }
    const g = r.leftGroups.at(-1);
    if (g && /^(?:\s*['’]s)?\s*(?:(?:\S+\s+){0,2})?$/.test(text.slice(g.end, h.start)) && !prepBefore(ctx, g, r.left) && h.start - g.end < 25) return g.items;
  }
  const coordinated = r.coordinated || /(?:,\s*|\s)and\s+(?:(?:\w+ly|then|also|later|subsequently)\s+)?$/.test(clausePre) || (/,\s*$/.test(clausePre) && /ing$/i.test(firstWord)) || gerundAdjunct(text, v, h, r, firstWord);
  // "China retaliated after new American tariffs took effect, announcing levies ... and adding
  // two firms to its list": a participle after a subordinate clause takes the main subject.
  const fs0 = v.firstSubject;
  if (fs0 && fs0.end <= r.left && r.left > v.bodyStart && /ing$/i.test(firstWord) && PARTICIPLE_AFTER_COMMA.test(text.slice(Math.max(fs0.end, h.start - 200), h.start))) return fs0.items;
  // A fronted participle or phrase takes the subject after its comma: "Arriving in Kyiv,
  // Scholz pledged", "On a visit to Seoul, Kishida said".
  const fronted = r.left === v.bodyStart && ((/ing$/i.test(firstWord) && !clausePre.trim()) || /^\s*(?:on|during|after|upon)\s+(?:an?|the|his|her|their)\s+(?:\S+\s+){0,3}$/i.test(clausePre) || /^\s*(?:(?:in|at)\s+(?:an?|the|his|her|their)\s+(?:\S+\s+){0,2}|(?:after|before|while|since)\s+)$/i.test(clausePre));
  const comma = fronted ? text.indexOf(',', h.end) : -1;
  if (comma > 0 && comma < v.s.end) {
    const subj = groupsIn(ctx, comma, Math.min(v.s.end, comma + 60), v.paren).find((x) => x.start - comma < 40);
    if (subj) return subj.items;
  }
  // The subject before an aside in dashes or brackets: "Poland - which has long warned about
  // Russian spies - expelled", "Hungary (a close partner of Moscow) vetoed".
  const fsA = v.firstSubject;
  if (fsA && fsA.end <= h.start && v.paren.some(([a, b]) => a >= fsA.end && a - fsA.end <= 1 && /^[\s,]*(?:\w+ly\s+)?$/.test(text.slice(b, h.start)) && /^\s*[-(]/.test(text.slice(a, a + 3)))) return fsA.items;
  // "On Tuesday, citing Spain's new position, it recalled": a state in a fronted participle is
  // its object; the pronoun is the subject told before.
  if (v.lastSubject.length && PRONOUN_AFTER_ADJUNCT.test(clausePre)) {
    const before = r.leftGroups.filter((x) => !prepBefore(ctx, x, r.left));
    if (before.length && before.every((x) => participleObject(ctx, v, x, h.start))) {
      r.pronoun = true;
      return v.lastSubject;
    }
  }
  // A fronted adjunct ending with an actor, then the subject after its comma: "Instead of
  // waiting for the EU, Poland expelled", "Unable to win a vote at the United Nations,
  // Lithuania imposed".
  const afterAdjunct = frontedAdjunctSubject(ctx, v, r, h.start);
  if (afterAdjunct.length) return afterAdjunct;
  // "Latvia became the latest NATO member to expel": the body only qualifies the subject's noun.
  const candidates = r.leftGroups.filter((x) => !prepBefore(ctx, x, r.left) && !memberOfBody(ctx, x, h.start));
  const g = coordinated ? candidates[0] : candidates.at(-1);
  if (g) return g.items;
  if (!clausePre.trim() || /^\s*(?:\w+ly\s*)?$/.test(clausePre)) {
    const speaker = speakerOf(ctx, v, h.start);
    if (speaker.length) return speaker;
    // A quoted predicate: 'that Tokyo "strongly condemns" the assault'.
    const q = groupsIn(ctx, Math.max(v.bodyStart, r.left - 60), r.left, v.paren).at(-1);
    if (q && /^(?:\s+(?:is|was|were|are|has|had|have))?\s*["“]$/.test(text.slice(q.end, r.left))) return q.items;
  }
  // "Biden, speaking from the White House after a call with G7 leaders, condemned": an aside
  // between the subject and its verb.
  const fs = v.firstSubject;
  if (fs && fs.end <= r.left && ASIDE.test(text.slice(fs.end, h.start))) return fs.items;
  if (PRONOUN_SUBJECT.test(clausePre) && !/^(?:its|their)\b/i.test(text.slice(h.start, h.end))) {
    r.pronoun = true;
    // "China's foreign ministry said in a statement that it condemned": the speaker.
    const speaker = speakerOf(ctx, v, h.start);
    if (speaker.length) return speaker;
    const pm = /\b(he|she)\b/i.test(clausePre) ? (describedOfficial(ctx, v.s.start, h.start) ?? pronounOfficial(ctx, h.start)) : undefined;
    if (pm) return [pm];
    if (v.firstSubject && v.firstSubject.end <= h.start) return v.firstSubject.items;
    const near = groupsIn(ctx, v.s.start, h.start, v.paren).at(-1);
    return near ? near.items : v.lastSubject;
  }
  // A predicate coordinated with an earlier one shares its subject: without a comma, that of
  // the nearest conjunct ("..., a few days after Kristersson travelled to Budapest and
  // signed ..."); after ", and" the sentence's first subject ("X arrived in Kyiv on the first
  // visit since Russia's invasion began, and signed ...").
  if (r.coordinated && !/,\s*\S+\s*$/.test(text.slice(Math.max(v.s.start, r.left - 8), r.left))) {
    const shared = conjunctSubject(ctx, v, r.left);
    if (shared.length) return shared;
  }
  if (coordinated && v.firstSubject && v.firstSubject.end <= h.start) return v.firstSubject.items;
  const agents = byAgent(ctx, v, h.end, r.right);
  if (agents.length) return agents;
  // A relative clause without a subject of its own: its antecedent acts ("a General Assembly
  // resolution that condemned ...", "the three governments, which left ...").
  const rel = /\b(?:that|which|who)\s*$/i.exec(text.slice(Math.max(v.s.start, r.left - 12), r.left));
  // ("Belize, which has recognised Taiwan since 1989": a standing state told in a relative clause is no act.)
  const standing = /\b(?:has|have|had)\b/i.test(clausePre) && /^[^,;]*\bsince\b/i.test(text.slice(h.end, Math.min(v.s.end, h.end + 80)));
  if (rel && REL_PRE.test(clausePre) && !standing) {
    // "Britain, France and Germany, which accused Tehran", "Conille, who took office ... and who
    // met": the actor set off by the comma before "who"/"which" is its antecedent, after a preposition too.
    const head = commaAntecedent(ctx, v, Math.max(v.s.start, r.left - 12) + rel.index);
    if (head.length) return head;
    // "a ruling by Russia's Supreme Court in April that lifted ...": the act's author acts.
    // ... or the body a document is of: "voted against a General Assembly resolution that condemned".
    const ante = groupsIn(ctx, Math.max(v.s.start, r.left - 60), r.left, [])
      .filter((x) => !prepBefore(ctx, x, v.s.start) || ACT_BY.test(text.slice(Math.max(v.s.start, x.start - 30), x.start)) || DOCUMENT_OF.test(text.slice(x.end, r.left)))
      .at(-1);
    if (ante) return ante.items;
  }
  if (v.firstSubject && v.firstSubject.end <= h.start && t.allRecipients) return v.firstSubject.items;
  // Reported speech with the speaker last: "..., the United States said."; "We stand with
  // Ukraine," Starmer told reporters.
  const tail = /[,"”]\s+(?:\S+\s+){0,6}?(?:said|says|announced|confirmed|added|told|wrote|declared)\b(?:\s+\S+){0,3}[.!"”]*$/.exec(v.s.text);
  if (tail && (t.noun || r.voice === 'nominal' || /\bwe\b/i.test(clausePre))) {
    const g = groupsIn(ctx, v.s.start + tail.index, v.s.end, []).at(0);
    if (g) return g.items;
  }
  return [];
}

/** "the latest NATO member to", "the first EU country to": a body naming the class of the subject. */
const MEMBER_TO = /^\s+(?:member|state|country|nation|ally|government|capital)s?(?:\s+(?:state|country|nation)s?)?\s+to\s+$/i;
const MEMBER_DET = /\b(?:the|a|an|another)\s+(?:(?:latest|first|last|newest|only|next|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+)?$/i;

function memberOfBody(ctx: EventCtx, g: Group, hStart: number): boolean {
  return g.items.every((m) => m.kind === 'org') && MEMBER_TO.test(ctx.text.slice(g.end, hStart)) && MEMBER_DET.test(ctx.text.slice(Math.max(0, g.start - 30), g.start));
}

/** A pronoun subject right after a fronted adjunct's comma ("..., it recalled"). */
const PRONOUN_AFTER_ADJUNCT = /,\s*(?:it|they)\s+(?:(?:\w+ly|also|then|later|again|too)\s+)?$/i;

function participleObject(ctx: EventCtx, v: SentenceView, g: Group, hStart: number): boolean {
  if (g.end > hStart || !PRONOUN_AFTER_ADJUNCT.test(ctx.text.slice(g.end, hStart))) return false;
  if (/[;.]/.test(ctx.text.slice(g.end, hStart))) return false;
  return /\b\p{L}+ing\s+(?:the\s+)?$/u.test(ctx.text.slice(Math.max(v.bodyStart, g.start - 20), g.start)) && !/\b(?:it|they)\b/i.test(ctx.text.slice(v.bodyStart, g.start));
}

const FRONTED_LEAD = /^\s*(?:instead\s+of|rather\s+than|unable|unwilling|frustrated|angered|alarmed|despite|following|after|before|while|having|unlike|like|amid|ahead\s+of|in\s+(?:response|reply|retaliation)\s+to|as\s+part\s+of|without|since|when|once|although|though|because)\b/i;

/** The subject after a fronted adjunct whose last actor the comma joined to it ("for the EU, Poland"). */
function frontedAdjunctSubject(ctx: EventCtx, v: SentenceView, r: Roles, hStart: number): Mention[] {
  const g = r.leftGroups.at(-1);
  if (!g || g.items.length < 2 || !FRONTED_LEAD.test(ctx.text.slice(v.bodyStart, g.start))) return [];
  if (!/^\s*(?:\w+ly\s+|on\s+\p{Lu}\p{Ll}+\s+)?$/u.test(ctx.text.slice(g.end, hStart))) return [];
  return afterFirstComma(ctx, g, v.bodyStart);
}

/** The items of a group after the sentence's first comma, when the group straddles it ("... Ukraine, Finland"). */
export function afterFirstComma(ctx: EventCtx, g: Group, bodyStart: number): Mention[] {
  for (let i = 1; i < g.items.length; i++) {
    const prev = g.items[i - 1]!;
    if (!/^\s*,\s*$/.test(ctx.text.slice(prev.end, g.items[i]!.start))) continue;
    return ctx.text.slice(bodyStart, prev.end).includes(',') ? [] : g.items.slice(i);
  }
  return [];
}

/**
 * A gerund adjunct without a subject of its own shares the clause's subject: "Blinken met
 * Hipkins in Wellington before flying on to Brisbane", "after meeting Xi, Biden said".
 */
function gerundAdjunct(text: string, v: SentenceView, h: Hit, r: Roles, firstWord: string): boolean {
  const lead = /^\s*(\S+)/.exec(text.slice(r.left, h.start))?.[1] ?? firstWord;
  return /^[a-z]+ing$/.test(lead) && /\b(?:after|before|while|when|since|on|upon)\s*$/i.test(text.slice(Math.max(v.s.start, r.left - 8), r.left));
}

/** A leader named by the state's adjective: "the Indian leader", "the French president". */
const DESCRIPTOR_AFTER = /^\s+(?:leader|president|prime minister|premier|chancellor|head of (?:state|government)|foreign minister|top diplomat|king|queen|emir|crown prince)\b/i;

/**
 * "The visit of the Indian leader came six weeks after he travelled to Moscow": "he" is the
 * official of the state the descriptor just before it names (Modi), not the last name read.
 */
function describedOfficial(ctx: EventCtx, from: number, before: number): Mention | undefined {
  const pool = ctx.local ?? ctx.mentions;
  const desc = pool.filter((m) => m.kind === 'country' && m.start >= from && m.end <= before && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 4), m.start)) && DESCRIPTOR_AFTER.test(ctx.text.slice(m.end, m.end + 30))).at(-1);
  if (!desc) return undefined;
  for (let i = lastAtOrBefore(ctx.mentions, desc.start, (m) => m.start); i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.kind === 'official' && m.end <= desc.start && countryOfActor(ctx, m) === desc.id) return m;
  }
  return undefined;
}

/** Reported speech with a pronoun for the reported subject, up to the trigger: "said in a statement that it (strongly)". */
const SAY_PRONOUN = /\b(?:said|says|stated|announced|declared|added|insisted|warned|wrote|told\s+(?:\S+\s+){1,3}?)(?:\s+(?:in|on|at|during|after|late|earlier|later)\b(?:\s+(?!that\b)[^\s,;"“]+){1,4})?(?:\s*,?\s+that)?\s+(?:it|they|he|she)(?:\s+(?!that\b)[^\s,;]+){0,2}\s*["“]?$/i;
/** An aside between a passive subject and its verb: ", on his first visit to North Korea, was ". */
const PASSIVE_ASIDE = /^\s*,\s*(?:\w+ing|in|at|on|after|before|during|from|for|with)\b[^,;]{0,100},\s*(?:\S+\s+){0,3}$/i;
/** A participial or prepositional aside between subject and verb, set off by commas. */
const ASIDE = /^\s*,\s*(?:\w+ing|in|at|on|after|before|during|from|speaking|writing)\b[^,;]{0,120},\s*(?:\w+ly\s+)?$/i;

/**
 * The speaker of reported speech whose own clause has only a pronoun for subject: "China's
 * foreign ministry said in a statement on Monday that it strongly condemned ..." (China).
 */
function speakerOf(ctx: EventCtx, v: SentenceView, hStart: number): Mention[] {
  const pre = ctx.text.slice(v.bodyStart, hStart);
  const say = SAY_PRONOUN.exec(pre);
  if (!say) return [];
  const at = v.bodyStart + say.index;
  const g = groupsIn(ctx, Math.max(v.bodyStart, at - 160), at, v.paren).filter((x) => !prepBefore(ctx, x, v.bodyStart)).at(-1);
  // The speaker's noun phrase ends right before the verb ("China's foreign ministry said").
  return g && /^(?:\s*['’]s)?(?:\s+[\p{Ll}-]+){0,3}\s*(?:,[^,]*,\s*)?$/u.test(ctx.text.slice(g.end, at)) ? g.items : [];
}

/** Subject of the conjunct before the "and" ending at `andEnd` (three conjuncts back at most). */
function conjunctSubject(ctx: EventCtx, v: SentenceView, andEnd: number): Mention[] {
  let end = andEnd;
  for (let hop = 0; hop < 3; hop++) {
    const ai = v.parse.at(end) - 1;
    const andTok = v.parse.toks[ai];
    if (!andTok || ai < 1) return [];
    const prev = clauseOf(v.parse, ai - 1, v.s.start, v.s.end);
    const g = groupsIn(ctx, Math.max(prev.left, v.bodyStart), andTok.start, v.paren).find((x) => !prepBefore(ctx, x, prev.left));
    if (g) return g.items;
    if (!prev.coordinated) return [];
    end = prev.left;
  }
  return [];
}

/** A reaction caused by someone: "disappointed by", "an unprovoked attack by Russian forces". */
const CAUSE_BY = /(?:\b(?:disappointed|angered|outraged|dismayed|alarmed|appalled|shocked|troubled|concerned)["”]?\s+by|\b(?:attacks?|aggression|invasion|assault|strikes?|raids?|offensive|actions?|moves?|decision|provocations?|violations?|incursions?|comments?|remarks?|statements?|posts?|steps?|measures?|acts?|proposals?|plans?|polic(?:y|ies)|laws?|rulings?|bans?|sanctions|tariffs|restrictions|deployments?|threats?|claims?|accusations?|demands?|announcements?|initiatives?|interference|rhetoric|conduct|allegations?|executions?|killings?|arrests?|detentions?|crackdown|abuses|bombings?|shelling|airstrikes?|seizures?|tests?|launch(?:es)?|annexation|occupation|releases?|pardons?)["”]?(?:\s+(?:made|issued|announced|imposed|taken|levell?ed|adopted|carried\s+out|conducted|staged|launched|ordered|granted))?\s+by)\s+(?:the\s+)?$/i;
const REACTION = new Set<DiplomaticEventType>(['CONDEMNATION', 'STATEMENT_OF_SUPPORT']);
/** "blamed the attacks on militias backed by Tehran": the state behind a proxy answers for it. */
const PROXY_BY = /\b(?:militias?|militants|groups?|proxies|fighters|rebels|hackers|gangs|forces|paramilitaries)\s+(?:(?:\w+ly\s+)?(?:backed|supported|armed|funded|financed|sponsored|directed|trained)\s+by)\s+(?:the\s+)?$/i;
/** "the detention of Australian writer Yang Hengjun by China": the author of the act. */
const VICTIM_BY = /\b(?:killings?|assassinations?|murders?|arrests?|detentions?|abductions?|kidnappings?|executions?|jailing|imprisonment|sentencing|poisoning|persecution|expulsions?|seizure|releases?|freeing|pardons?|return)\s+of\s+[^,;.]{0,60}?\bby\s+(?:the\s+)?$/i;
const STAND_BY = /\bst(?:and|ands|ood|anding)\s+(?:(?:firmly|squarely|fully|resolutely|strongly)\s+)?by\s+(?:the\s+)?$/i;
/** A possessive subject up to its passive verb: "'s decision to suspend the grain deal was ". */
const POSSESSED_SUBJECT = /^['’]s?\s+(?:[^\s,;.]+\s+){1,9}?(?:was|were|has been|have been|had been|is|are|is being|was being)\s+(?:\w+ly\s+)?$/i;

function recipientOk(ctx: EventCtx, type: DiplomaticEventType, g: Group, left: number): boolean {
  const pre = ctx.text.slice(Math.max(left, g.start - 25), g.start);
  if (/\bby\s+(?:the\s+)?$/i.test(pre) && !(REACTION.has(type) && (PROXY_BY.test(pre) && type === 'CONDEMNATION' || CAUSE_BY.test(ctx.text.slice(Math.max(left, g.start - 40), g.start)) || VICTIM_BY.test(ctx.text.slice(Math.max(left, g.start - 90), g.start)) || STAND_BY.test(pre)))) return false;
  // "the junta in Niamey", "the government in Kabul": the state ruled from there.
  if (/\b(?:junta|government|authorities|regime|leadership|rulers)\s+in\s+$/i.test(pre)) return true;
  // A force's presence or base "in Niger" is where it withdraws from.
  if (type === 'MILITARY_WITHDRAWAL' && /\b(?:presence|mission|deployment|base|bases|camp|garrison)\s+in\s+(?:the\s+)?$/i.test(pre)) return true;
  // "a violation of Iraq's sovereignty": the state wronged, not the one condemned.
  if (type === 'CONDEMNATION' && /^['’]s?\s+(?:(?:national|territorial)\s+)?(?:sovereignty|territorial integrity|territory|airspace|waters)\b/i.test(ctx.text.slice(g.end, g.end + 30))) return false;
  // "hit out at Washington", "took aim at Beijing": the target of a reaction, not a place.
  if (REACTION.has(type) && /\b(?:out|aim)\s+at\s+(?:the\s+)?$/i.test(pre)) return true;
  // "recalled its ambassador in Paris": the host the envoy leaves, not a place.
  if (type === 'AMBASSADOR_RECALLED' && /\b(?:ambassadors?|envoys?|high commissioners?|diplomats|charg[ée]s? d'affaires)\s+in\s+$/i.test(pre)) return true;
  // "called in the Philippine ambassador": summoned, not a place.
  if (type === 'AMBASSADOR_SUMMONED' && /\bcall(?:ed|s|ing)?\s+in\s+(?:the\s+)?$/i.test(pre)) return true;
  if (/\b(?:in|at|inside|near|through|across|via)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central)\s+)?$/i.test(pre)) return type === 'RECOGNITION' || type === 'VISIT' || type === 'SEIZURE_OF_POWER' || type === 'AMBASSADOR_ACCREDITED';
  // A place named through its institution: "at the headquarters of the Gulf Cooperation Council".
  if (/\b(?:in|at|on)\s+(?:the\s+)?(?:headquarters|offices?|seat|sidelines|margins)\s+of\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(left, g.start - 40), g.start))) return false;
  if (/\bcounter\s+$/i.test(pre)) return false;
  if (type === 'STATEMENT_OF_SUPPORT' && /\b(?:on|against)\s+(?:the\s+)?$/i.test(pre)) return false;
  return true;
}

/**
 * A trigger quoted inside its clause ('said it was "deeply disappointed" by the decision'):
 * the clause goes on past the closing mark.
 */
function pastQuotedTrigger(ctx: EventCtx, v: SentenceView, h: Hit, right: number): number {
  if (!/["“](?:[^\s"”]+\s+){0,5}$/.test(ctx.text.slice(Math.max(v.s.start, h.start - 50), h.start)) || right - h.end > 40) return right;
  const q = v.parse.at(right);
  const tok = v.parse.toks[q];
  if (!tok || tok.start !== right || !/^["”]$/.test(tok.text) || !v.parse.toks[q + 1]) return right;
  return clauseOf(v.parse, q + 1, v.s.start, v.s.end).right;
}

/**
 * "troops ... have since been pulled out of Chad", "Kosovo has since been recognised": after
 * an auxiliary, "since" is an adverb, not a conjunction opening a clause; the clause goes on
 * to the left of it.
 */
function sinceAsAdverb(v: SentenceView, clause: ReturnType<typeof clauseOf>): ReturnType<typeof clauseOf> {
  const { toks } = v.parse;
  const adverb = (k: number) => toks[k]?.lower === 'since' && AUX_PERFECT.test(toks[k - 1]?.lower ?? '');
  let { left, right, coordinated } = clause;
  const { skipped } = clause;
  const l = v.parse.at(left) - 1;
  if (toks[l]?.end === left && adverb(l)) ({ left, coordinated } = clauseOf(v.parse, l, v.s.start, v.s.end));
  const r = v.parse.at(right);
  if (toks[r]?.start === right && adverb(r)) right = clauseOf(v.parse, r, v.s.start, v.s.end).right;
  return { left, right, coordinated, skipped };
}
const AUX_PERFECT = /^(?:has|have|had|having|'ve|’ve)$/;

/** Initiators and recipients of one trigger, before the rules of particular types. */
export function readRoles(ctx: EventCtx, view: SentenceView, h: Hit): Roles {
  const { t } = h;
  // A parenthetical holding the trigger is the trigger's own clause, not an aside to skip.
  const v = view.paren.some(([a, b]) => h.start >= a && h.start < b) ? { ...view, paren: view.paren.filter(([a, b]) => !(h.start >= a && h.start < b)) } : view;
  const ti = v.parse.at(h.start);
  const clause = sinceAsAdverb(v, clauseOf(v.parse, ti, v.s.start, v.s.end));
  const left = Math.max(clause.left, Math.min(v.bodyStart, h.start));
  let right = ownClauseRight(v.parse, ti, pastQuotedTrigger(ctx, v, h, pastShortQuote(v.parse, clause.right, v.s.start, v.s.end)));
  // A trigger running past a closing quotation mark ('expressed "strong dissatisfaction and
  // firm opposition" to'): its object is in the clause after the match.
  if (REACTION.has(t.type) && right < h.end && /["”]/.test(ctx.text.slice(right, h.end))) {
    const k = v.parse.at(h.end);
    if (v.parse.toks[k]) right = Math.max(right, clauseOf(v.parse, k, v.s.start, v.s.end).right);
  }
  const coordinated = clause.coordinated;
  const voice = t.noun ? 'nominal' : voiceOf(v.parse, ti);
  // A relative clause between the subject and the verb ("X, who met Y, hours earlier, called") is skipped.
  const leftGroups = groupsIn(ctx, left, h.start, clause.skipped ? [...v.paren, clause.skipped] : v.paren).filter((g) => g.end <= h.start);
  const insideGroups = t.objectInside ? groupsIn(ctx, h.start, h.end, []) : [];
  // A mention may start inside the trigger and run past it ("recalled its ambassador to
  // Russia, Alexander Graf Lambsdorff": the envoy's descriptor holds the trigger's noun).
  const rightGroups = groupsIn(ctx, h.start, Math.max(right, h.end), v.paren).filter((g) => g.start >= h.end || (g.end > h.end + 3 && g.items.every((m) => m.kind === 'official')));
  // "its ambassador to Russia, Alexander Graf Lambsdorff": the country named in an envoy's
  // descriptor is a party of its own (the envoy may be of the initiator's country).
  for (const g of rightGroups) {
    for (const m of [...g.items]) {
      if (m.kind !== 'official' || m.start >= h.end) continue;
      for (const c of ctx.countryMentions ?? []) if (c.start >= m.start && c.start >= h.end && c.end <= m.end && !g.items.includes(c)) g.items.unshift(c);
    }
  }
  const r: Roles = { type: t.type, initiators: [], recipients: [], pronoun: false, left, right: Math.max(right, h.end), ti, voice, coordinated, leftGroups, rightGroups };
  if (voice === 'passive' && t.type !== 'MILITARY_WITHDRAWAL') {
    const g = leftGroups.filter((x) => !prepBefore(ctx, x, left)).at(-1);
    // Only the subject of the passive verb ("Kosovo ... has since been recognised").
    // ... also across an aside in commas ("Putin, on his first visit to Pyongyang, was greeted by").
    if (g && (/^(?:[\s,]*(?:\S+\s+){0,4})$/.test(ctx.text.slice(g.end, h.start)) || PASSIVE_ASIDE.test(ctx.text.slice(g.end, h.start)))) r.recipients = g.items;
    // A reaction to an act whose author is its possessor: "Russia's decision to suspend the
    // grain deal was condemned by Turkey".
    else if (g && REACTION.has(t.type) && POSSESSED_SUBJECT.test(ctx.text.slice(g.end, h.start))) r.recipients = g.items;
    // ... or its "by" agent: "The move by Tehran was criticised by".
    if (!r.recipients.length && REACTION.has(t.type)) {
      const by = leftGroups.find((x) => ACT_BY.test(ctx.text.slice(Math.max(left, x.start - 30), x.start)) && POSSESSED_SUBJECT.test(`'s ${ctx.text.slice(x.end, h.start)}`));
      if (by) r.recipients = by.items;
    }
    r.initiators = byAgent(ctx, v, h.end, r.right);
    // "was placed on Washington's list": the list's keeper.
    if (t.ownerInside && !r.initiators.length) r.initiators = insideGroups.flatMap((g) => g.items).filter((m) => !r.recipients.includes(m));
    if (t.ownerInside && !r.initiators.length) r.initiators = listKeeper(ctx, h.start);
  } else if (t.ownerInside) ownerRoles(ctx, h, r, insideGroups);
  else if (t.quoteLead) r.initiators = groupsIn(ctx, h.end, v.s.end, v.paren).find((g) => !prepBefore(ctx, g, h.end))?.items ?? [];
  else r.initiators = initiatorsOf(ctx, v, h, r);
  // "Britain joined the United States in condemning Russia": both condemn.
  const joined = REACTION.has(t.type) ? leftGroups.at(-1) : undefined;
  if (joined && /^\s+in\s+$/.test(ctx.text.slice(joined.end, h.start)) && /\bjoin(?:ed|s|ing)?\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(left, joined.start - 12), joined.start))) {
    const subj = leftGroups.filter((x) => x !== joined && !prepBefore(ctx, x, left)).at(-1);
    if (subj) r.initiators = [...subj.items, ...joined.items];
  }
  if (!r.recipients.length && !t.ownerInside) {
    // A state does not go to itself: a place naming only the initiators' own side ("flew
    // to the American base in Greenland") is not the recipient.
    const own = t.type === 'SEIZURE_OF_POWER' ? null : new Set(r.initiators.flatMap((m) => [m.id, countryOfActor(ctx, m) ?? m.id]));
    const pool = [...insideGroups, ...rightGroups].filter((g) => recipientOk(ctx, t.type, g, left) && !(own && ownPlace(ctx, g, left, own)) && !(t.quoteLead && g.items.every((m) => r.initiators.includes(m) || own?.has(m.id))));
    if (t.allRecipients) r.recipients = recipientList(ctx, h.end, pool);
    // "condemned the detention of an Australian writer by China": the author named by "by", not the victim.
    else if (t.type === 'CONDEMNATION' && pool.some((g) => VICTIM_BY.test(ctx.text.slice(Math.max(left, g.start - 90), g.start)))) r.recipients = pool.find((g) => VICTIM_BY.test(ctx.text.slice(Math.max(left, g.start - 90), g.start)))!.items;
    else if (pool[0]) r.recipients = pool[0].items;
  }
  if (t.agentAfter) agentAfterRoles(ctx, h, r);
  if (t.passiveEnvoy) passiveEnvoyRoles(ctx, v, h, r);
  if (!r.recipients.length && voice === 'active' && r.initiators.length && leftGroups.length) r.recipients = objectRelativeHead(ctx, v, left);
  // A possessor inside the trigger's object: "lifted the Taliban's designation".
  if (!r.recipients.length) r.recipients = groupsIn(ctx, h.start + 1, h.end, []).filter((g) => /^['’]s?\s/.test(ctx.text.slice(g.end, g.end + 3))).flatMap((g) => g.items);
  return r;
}

/**
 * "Al-Sharaa had been under a U.N. travel ban", "Syria remains on Washington's list": the
 * subject is sanctioned or listed; the keeper named inside the trigger acts.
 */
function ownerRoles(ctx: EventCtx, h: Hit, r: Roles, inside: Group[]): void {
  const subj = r.leftGroups.filter((g) => !prepBefore(ctx, g, r.left)).at(-1);
  // The subject or its possessor: "Sudan's economy had been under American sanctions".
  if (!subj || !/^(?:['’]s?)?(?:\s*,[^,;]*,)?(?:\s+(?!and\b|or\b)[\w'’-]+){0,4}\s*$/.test(ctx.text.slice(subj.end, h.start))) return;
  r.recipients = subj.items;
  r.initiators = inside.flatMap((g) => g.items).filter((m) => !subj.items.includes(m));
  // "had been on the list since 1993": the list named before with its keeper.
  if (!r.initiators.length && /\blist$/i.test(ctx.text.slice(h.start, h.end))) r.initiators = listKeeper(ctx, h.start).filter((m) => !subj.items.includes(m));
}

/** A list named by its keeper: "the U.S. list of", "Washington's list". */
const KEEPS_LIST = /^(?:['’]s)?\s+(?:(?!(?:from|on|onto|to|off|of|in|the|an?|its|their|and|or|was|were|is|are|be|been)\b)[\w-]+\s+){0,2}?(?:list|blacklist)\b/i;

/**
 * "Cuba was no longer on the U.S. list of state sponsors of terrorism. ... Cuba was first
 * placed on the list in 1982": "the list" is the one named before with its keeper.
 */
function listKeeper(ctx: EventCtx, before: number): Mention[] {
  for (let i = lastAtOrBefore(ctx.mentions, before - 1, (m) => m.start); i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end <= before && m.kind !== 'official' && KEEPS_LIST.test(ctx.text.slice(m.end, m.end + 40))) return [m];
  }
  return [];
}

/**
 * "The invasion drew condemnation from Japan", "China's move drew criticism from Manila": the
 * source named after the noun initiates; the subject (or its possessor) receives, else the act
 * its noun names (read like a passive subject by the anaphor step).
 */
function agentAfterRoles(ctx: EventCtx, h: Hit, r: Roles): void {
  const src = r.rightGroups[0];
  r.initiators = src && src.start - h.end < 12 ? src.items : [];
  const subj = r.leftGroups.filter((g) => !prepBefore(ctx, g, r.left)).at(-1);
  r.recipients = subj && /^(?:\s*['’]s?)?\s*(?:[\p{L}-]+\s+){0,3}(?:also\s+)?$/u.test(ctx.text.slice(subj.end, h.start)) ? subj.items : [];
  r.voice = 'passive';
}

const ENVOY = /\b(?:ambassadors?|envoys?|charg[ée]s? d'affaires|diplomats?|high commissioners?|heads? of mission|attach[ée]s?|consuls?|(?:embassy|diplomatic|consular) (?:staff|employees|personnel))\b/gi;

/**
 * "The Canadian chargé d'affaires in New Delhi was summoned to the Ministry of External
 * Affairs", "Two Russian diplomats were expelled from Poland": the envoy's side (the
 * premodifier or possessor of the envoy noun, an envoy named in apposition) receives. The
 * host acts: the "by" agent, else the body or state the envoy was summoned to or expelled
 * from, else the place the envoy serves in ("in Berlin", "ambassador to Moldova"), else the
 * state acting in the sentence before.
 */
function passiveEnvoyRoles(ctx: EventCtx, v: SentenceView, h: Hit, r: Roles): void {
  const { text } = ctx;
  const noun = [...text.slice(r.left, h.start).matchAll(ENVOY)].at(-1);
  r.recipients = [];
  if (!noun) return;
  const ns = r.left + noun.index;
  const ne = ns + noun[0].length;
  const own = r.leftGroups.filter((g) => g.end <= ns && !prepBefore(ctx, g, r.left)).at(-1);
  if (own && /^(?:\s*['’]s?)?\s*(?:\S+\s+){0,3}$/.test(text.slice(own.end, ns))) r.recipients.push(...own.items);
  // An official whose descriptor holds the noun: "Russia's ambassador, Oleg Vasnetsov,".
  for (const g of r.leftGroups) if (g.start < ne && g.end > ns) r.recipients.push(...g.items.filter((m) => m.kind === 'official'));
  const host: Mention[] = [];
  for (const g of r.leftGroups.filter((x) => x.start >= ne)) {
    if (/\b(?:in|to|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(ne, g.start - 8), g.start))) host.push(...g.items);
    else if (!prepBefore(ctx, g, ne) && g.items.every((m) => m.kind === 'official')) r.recipients.push(...g.items);
  }
  if (!r.recipients.length) return;
  const theirs = new Set(r.recipients.map((m) => countryOfActor(ctx, m) ?? m.id));
  const notTheirs = (ms: Mention[]) => ms.filter((m) => !theirs.has(countryOfActor(ctx, m) ?? m.id));
  const to = r.rightGroups.find((g) => /\b(?:to|from|leave)\s+(?:the\s+)?$/i.test(text.slice(Math.max(h.start, g.start - 8), g.start)) && text.slice(h.end, g.start).length < 40);
  const candidates = [r.initiators, to ? to.items : [], host, v.lastSubject];
  r.initiators = candidates.map(notTheirs).find((ms) => ms.length) ?? [];
}

/** What may stand between the trigger and its first recipient: "to", "for the people of", "to help". */
const TO_FIRST = /^[\s,]*(?:(?:\S+\s+){0,6}?(?:to|for|into)\s+)?(?:(?:help|support|assist|rebuild|defend|shore\s+up)\s+)?(?:the\s+)?(?:people\s+of\s+)?$/i;
/** Between two recipients of one list: "aid to Ukraine, Israel and Taiwan", ", $26 billion for Israel and $8 billion for". */
const TO_NEXT = /^[\s,;]*(?:and\s+|as\s+well\s+as\s+)?(?:(?:about|some|nearly|another|a\s+further|more\s+than)\s+)?(?:(?:US|C|A)?[$€£]\s?[\d.,]+\s*(?:million|billion|bn|m)?\s+(?:\S+\s+){0,5}?)?(?:(?:to|for)\s+)?(?:the\s+)?$/i;

/**
 * The recipients of a list trigger ("aid to Ukraine, Israel and Taiwan"): the first group
 * close after the trigger and the groups listed with it (or after "including"), not a state
 * named later in the clause ("a loan to Ukraine to be repaid from frozen Russian assets").
 */
function recipientList(ctx: EventCtx, hEnd: number, pool: Group[]): Mention[] {
  const out: Mention[] = [];
  let at = hEnd;
  for (const g of pool) {
    if (g.start < hEnd) {
      out.push(...g.items);
      continue;
    }
    // "..., and $8 billion to counter China in the Indo-Pacific, including support for Taiwan".
    const including = out.length > 0 && /\bincluding\s+(?:(?:support|aid|assistance|funding|money|weapons)\s+(?:for|to)\s+)?(?:the\s+)?$/i.test(ctx.text.slice(Math.max(at, g.start - 40), g.start));
    if (!including && !(out.length ? TO_NEXT : TO_FIRST).test(ctx.text.slice(at, g.start))) continue;
    out.push(...g.items);
    at = g.end;
  }
  return out;
}

/** A place naming only the initiators' own side. */
function ownPlace(ctx: EventCtx, g: Group, left: number, own: Set<string>): boolean {
  return PLACE_BEFORE.test(ctx.text.slice(Math.max(left, g.start - 40), g.start)) && g.items.every((m) => own.has(m.id) || own.has(countryOfActor(ctx, m) ?? m.id));
}

/**
 * A relative clause with a subject of its own acts on its antecedent: "The Commonwealth,
 * which Gabon joined last year," (Gabon joins the Commonwealth).
 */
function objectRelativeHead(ctx: EventCtx, v: SentenceView, left: number): Mention[] {
  const rel = /(?:^|[\s,])(?:which|whom|that)\s*$/i.exec(ctx.text.slice(Math.max(v.s.start, left - 14), left));
  if (!rel) return [];
  const at = left - rel[0].length;
  const g = groupsIn(ctx, v.s.start, at + 1, []).at(-1);
  return g && /^\s*,?\s*$/.test(ctx.text.slice(g.end, at + 1)) ? g.items : [];
}

const isBody = (ctx: EventCtx, m: Mention | undefined) => {
  const od = m && m.kind === 'org' ? ctx.orgs.get(m.id) : undefined;
  return !!od && (od.kind === 'INTERNATIONAL_ORGANIZATION' || od.kind === 'ALLIANCE');
};

/** The countries of a list after "in", up to its "and" ("in Mali, Burkina Faso and Niger, France ..." stops at Niger). */
function listAfterIn(ctx: EventCtx, items: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of items) {
    if (m.kind === 'country') out.push(m);
    if (out.length > 1 && /\b(?:and|or)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 8), m.start))) break;
  }
  return out;
}

/** Rules of particular types; false when the reading makes no event of this trigger. */
const RELATIVE_COUP = /\b(?:coups?|putsch|takeover|mutiny|offensive|uprising|rebellion|revolt|insurrection|assault)\s+(?:that|which)\s+(?:(?:eventually|finally|later|swiftly|briefly)\s+)?$/i;
const SANCTION_REASON = /\b(?:over|for|because|in response to|in retaliation for|after|accused of|as punishment)\b/i;

const INTRANSITIVE_AFTER = /^\s*(?:in|at|on|for|to|behind|privately|again|twice|briefly|late|early|last|this|during|after|before|ahead|over|until)\b/i;

export function applyTypeRules(ctx: EventCtx, h: Hit, r: Roles): boolean {
  const { t } = h;
  // "Indonesia has been admitted as a full member of BRICS": the passive subject joins the
  // body named after the verb.
  const bodiesAfter = t.mode === 'membership' && r.voice === 'passive' && r.recipients.length ? groupsIn(ctx, h.start, r.right, []).flatMap((g) => g.items).filter((m) => isBody(ctx, m) && !r.recipients.some((x) => x.id === m.id)) : [];
  if (bodiesAfter.length) {
    r.initiators = r.recipients;
    r.recipients = bodiesAfter;
  }
  if (t.mode === 'membership' || (t.mode === 'withdraw' && r.recipients[0]?.kind === 'org')) {
    const first = r.recipients[0];
    if (!isBody(ctx, first)) return false;
    // Only the organisation itself, not countries listed after it.
    r.recipients = r.recipients.filter((m) => m.kind === 'org');
    if (t.mode === 'withdraw') r.type = 'MEMBERSHIP_LEFT';
    if (t.type === 'MEMBERSHIP_JOINED' && first && !t.objectInside && ctx.text.slice(h.end, first.start).length > 40) return false;
    // An organization does not join or leave itself; a member state does.
    r.initiators = r.initiators.filter((m) => !isBody(ctx, m) || m.id !== first?.id);
  }
  // "Xi accepted the credentials of Bilal Karimi": the envoy (and the state sending him)
  // presents them; the host who accepts or receives them is the recipient.
  if (t.mode === 'accredit' && r.voice === 'active' && /^(?:receiv|accept)/i.test(ctx.text.slice(h.start, h.end))) [r.initiators, r.recipients] = [r.recipients, r.initiators];
  // "Britain's new ambassador was accredited to Syria": the envoy's side presents, the host named after receives.
  if (t.mode === 'accredit' && r.voice === 'passive') {
    r.initiators = r.recipients.length ? r.recipients : (r.leftGroups[0]?.items ?? []);
    r.recipients = r.rightGroups.find((g) => g.start >= h.end && /\b(?:to|in)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, g.start - 8), g.start)))?.items.filter((m) => m.kind === 'country') ?? [];
  }
  // "Saudi Arabia's ambassador to Iran presented his credentials": the post names the host.
  if (t.mode === 'accredit' && !r.recipients.length) {
    const posted = (ctx.countryMentions ?? ctx.mentions).find((m) => m.kind === 'country' && m.start >= r.left && m.end <= h.start && /\b(?:ambassadors?|envoys?|high commissioners?)(?:[- ]designate)?\s+to\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 40), m.start)));
    if (posted) {
      r.recipients = [posted];
      r.initiators = r.initiators.filter((m) => m.id !== posted.id && countryOfActor(ctx, m) !== posted.id);
    }
  }
  if (t.mode === 'admit') {
    // The organization is the subject; the admitted states are the members joining.
    // ... or the body admitted to: "ministers voted to readmit Syria to the Arab League".
    const named = [...r.recipients, ...r.rightGroups.flatMap((g) => g.items)];
    const org = r.initiators.find((m) => isBody(ctx, m)) ?? named.find((m) => isBody(ctx, m) && /\b(?:in)?to\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 10), m.start)));
    const states = r.recipients.filter((m) => m.kind === 'country');
    if (!org || !states.length) return false;
    r.initiators = states;
    r.recipients = [org];
  }
  // "the agreement between Saudi Arabia and Iran", "a summit between X and Y": the parties
  // named after "between" are the actors.
  if (t.mode === 'symmetric' && !r.initiators.length && /\bbetween\s*$/i.test(ctx.text.slice(h.start, h.end))) {
    r.initiators = r.recipients;
    r.recipients = [];
  }
  if (t.mode === 'withdraw') r.recipients = r.recipients.filter((m) => m.kind !== 'official');
  // "sanctions on generals connected to the coup that overthrew the government": the coup, not
  // the main clause's subject, overthrew it (its authors are unnamed here).
  if (r.type === 'SEIZURE_OF_POWER' && RELATIVE_COUP.test(ctx.text.slice(Math.max(0, h.start - 40), h.start))) r.initiators = [];
  // "sanctions on Lockheed Martin over arms sales to Taiwan", "on a shipping firm for carrying
  // Iranian oil": a state named in the reason is not the target.
  if (r.type === 'SANCTIONS_IMPOSED' && r.voice === 'active') r.recipients = r.recipients.filter((m) => m.start < h.end || !SANCTION_REASON.test(ctx.text.slice(h.end, m.start)));
  // "NATO ministers met in Brussels to discuss aid to Ukraine", "the Council met at the request
  // of France": "met" with no object names no other party after it; one side alone is no meeting.
  if (r.type === 'MEETING' && /^(?:met|meets?)\s*$/i.test(ctx.text.slice(h.start, h.end)) && INTRANSITIVE_AFTER.test(ctx.text.slice(h.end, h.end + 12)) && !/^[^.;]{0,60}?\bwith\b/.test(ctx.text.slice(h.end, r.right))) {
    r.recipients = r.recipients.filter((m) => m.start < h.start);
    if (new Set([...r.initiators, ...r.recipients].map((m) => countryOfActor(ctx, m) ?? m.id)).size < 2) return false;
  }
  // Delegations or negotiators meeting are negotiating.
  if (r.type === 'MEETING' && /\b(?:delegations?|negotiators?|negotiating teams?)\s+(?:\S+\s+){0,2}$/i.test(ctx.text.slice(Math.max(r.left, h.start - 40), h.start))) r.type = 'NEGOTIATION';
  // Leaders holding talks of no named kind are also meeting ("Modi and Zelensky embraced before holding talks").
  if (r.type === 'NEGOTIATION' && /^\S+\s+(?:\S+\s+){0,4}?talks$/i.test(ctx.text.slice(h.start, h.end)) && !/\b(?:peace|nuclear|trade|ceasefire|truce|indirect|direct|proximity|technical|rounds?)\b/i.test(ctx.text.slice(h.start, h.end)) && r.initiators.length > 1 && r.initiators.every((m) => m.kind === 'official') && !/^\s*(?:(?:\S+\s+){0,3}?(?:facilitated|mediated|brokered)\b)/i.test(ctx.text.slice(h.end, h.end + 40))) r.alsoMeeting = true;
  // A mention read as the initiator is not also a recipient (a subject after a fronted phrase).
  const asInitiator = new Set(r.initiators.map((m) => m.start));
  r.recipients = r.recipients.filter((m) => !asInitiator.has(m.start));
  if (r.type === 'VISIT') {
    // One visits a country; visiting its leader is visiting it, and meeting them.
    r.met = r.recipients.filter((m) => m.kind === 'official' && m.start >= h.end && countryOfActor(ctx, m));
    r.recipients = r.recipients.flatMap((m): Mention[] => {
      if (m.kind === 'country') return [m];
      const cc = m.kind === 'official' ? countryOfActor(ctx, m) : null;
      return cc ? [{ ...m, kind: 'country', id: cc }] : [];
    });
  }
  if (r.type === 'SEIZURE_OF_POWER') {
    const armed = r.leftGroups.flatMap((g) => g.items).filter((m) => m.kind === 'org' && ['ARMED_GROUP', 'GOVERNMENT'].includes(ctx.orgs.get(m.id)?.kind ?? ''));
    if (armed.length && !r.initiators.some((m) => armed.includes(m))) r.initiators = [armed.at(-1)!];
    // "Washington called the coup in Niger ...": a coup named as a noun is not the subject's.
    if (/^[Cc]oups?$/.test(ctx.text.slice(h.start, h.end))) r.initiators = r.initiators.filter((m) => armed.includes(m));
    // Power is seized in a country ("seized power in Niger"), not from a foreign state or an
    // organization named later in the clause.
    const deposed = r.rightGroups[0]?.items.find((m) => m.kind === 'official' && m.start - h.end < 12);
    // ... in every country so named: "Soldiers took power in Mali in 2020 and in Burkina Faso in 2022".
    const inCountry = (m: Mention) => m.kind === 'country' && /\bin\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 8), m.start));
    // ... and every country listed after one "in": "coups in Mali, Burkina Faso and Niger".
    r.recipients = r.recipients.some(inCountry) ? r.rightGroups.flatMap((g) => (inCountry(g.items[0]!) ? listAfterIn(ctx, g.items) : g.items.filter(inCountry))) : [];
    // "the army's removal of President Mohamed Morsi": soldiers unnamed, whoever was nearer in the clause.
    if (h.t.noun && /\b(?:army|military|junta|soldiers|officers|generals|putschists)['’]s?\s+$/i.test(ctx.text.slice(Math.max(0, h.start - 20), h.start))) r.initiators = [];
    // "toppled President Bashar al-Assad": power is seized in the deposed leader's country.
    const deposedCc = deposed ? countryOfActor(ctx, deposed) : null;
    if (!r.recipients.length && deposedCc) r.recipients = [{ start: 0, end: 0, kind: 'country', id: deposedCc, text: deposedCc }];
    if (!r.recipients.length) {
      const cc = r.initiators.map((m) => countryOfActor(ctx, m)).find(Boolean);
      if (cc) r.recipients = [{ start: 0, end: 0, kind: 'country', id: cc, text: cc }];
    }
  }
  return true;
}
