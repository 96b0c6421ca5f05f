// Step 3: modality. Did the event happen? Read from the trigger's own clause and the verbs
// governing it in the parse: negation ("did not recognise", "refused to condemn", "no
// country has recognised"), hypothesis ("may", "proposed", "the question of recognising",
// "if"), future ("will", "due to", "later in the week", "is expected to"). Only ASSERTED
// events count as facts. Hedges are scoped to the trigger's own clause: a fronted phrase before
// its subject ("Despite warnings that it could ...,"), a comma aside (", which will host ...,")
// and other clauses keep their modals to themselves, while the clause's opener ("if",
// "whether", "denied that") and a fronted condition or inverted negation govern it.
// Annotation conventions count some announced acts as done (expulsions with a deadline,
// withdrawals from an organization, aid pledged).
import type { DiplomaticEventType, Factuality } from '../../types.ts';
import { governors, type Parse, type Tok } from './parse.ts';

const NEG = /\b(?:not|n't|never|no longer|declined to|refused to|refuses to|refuse to|refusing to|failed to|fail to|unable to|at no (?:point|time|stage)|in no way|by no means|under no circumstances|nobody|no one|nowhere|rather than|instead of|far from|neither|nor|stopped short of|denied|denies|rul(?:ed|es|ing) out|yet to|has yet|have yet|no plans? to|no intention of)\b|\bno\s+(?:nation|country|state|government|one|other|major|western|european|african|arab)\b/i;
const HYPO = /\b(?:may|might|could|should|must|consider(?:ing|s|ed)?|if|unless|whether|possibl[ey]|likely|ready to|urg(?:e|ed|es|ing)|call(?:ed|s)? (?:on|for)|push(?:ed|es|ing)?(?!\s+(?:through|ahead with)\b)|(?<!\b(?:the|a|joint|news)\s)press(?:ed|es|ing)?(?!\s+(?:conference|release|briefing|secretary|agency|office|service|statement|freedom|room|corps)\b)|ask(?:ed|s)?|threaten(?:ed|s|ing)?\s+to|hopes?\s+(?:of|for|that)|propos(?:ed|es|al|ing)|suggest(?:ed|s|ion)|offer(?:ed|s)? to|question of|condition(?:s|ed|al)? (?:on|for)|would be (?:an? )?|demand(?:ed|s|ing)? (?:that|a|an|the|[A-Z][\w.-]*['’]s)|seek(?:s|ing)?|sought|mooted|floated|idea of|possibility of|prospect of|willing to|prepared to|open to|no date (?:\S+\s+){0,3}?(?:set|fixed|agreed|announced) for)\b/i;
const FUT = /\b(?:will|would|shall|'ll|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|(?:is|are|was|were)\s+set\s+to|expected\s+to|aims?\s+to|hopes?\s+to|wants?\s+to|pledged\s+to|vowed\s+to|promised\s+to|prepar(?:ing|es)(?:\s+(?:to|for))?|prepared\s+(?:to|for)|invitation\s+to|(?:is|are|was|were)\s+to|going\s+to|due\s+to|(?:is|are|was|were)\s+due|scheduled|in the coming|next\s+(?:week|month|year)(?!['’]s)|later\s+(?:this|in the|next)\s+(?:week|month|year)|tomorrow(?!['’]s)|upcoming|forthcoming|planned|to be (?:held|signed|announced)|poised to|on track to|in preparation for)\b/i;
/** An announcement of aid: "said it would", "pledged to", "announced it will", "agreed to deposit". */
const ANNOUNCED_AID = /\b(?:(?:said|announced|confirmed|declared)\s+(?:on\s+\S+\s+)?(?:that\s+)?(?:it|they|\S+)\s+(?:would|will)|(?:pledged|promised|committed|vowed|agreed)\s+to)\s+(?:(?:also|now|soon|further)\s+)?$/i;
/** A pledge or a statement of support to come: "pledged to", "vowed to continue to", "said it would". */
const PLEDGED_SUPPORT = /\b(?:(?:pledged|vowed|promised|committed\s+(?:itself|themselves)?)\s+to|(?:said|told\s+\S+(?:\s+\S+){0,3}?|announced|declared|insisted)\s+(?:that\s+)?(?:it|they|he|she|\S+)\s+(?:would|will)(?:\s+continue\s+to)?)\s+(?:(?:also|always|fully|firmly|strongly)\s+)?$/i;
/** The rest of a quotation, then its speaker: '... as it takes," Scholz said'. */
const QUOTE_SAID = /^[^"”.]*[.,!]?["”],?\s+(?:[^\s.]+\s+){0,8}?(?:said|says|told|added|declared|insisted|wrote)\b/i;
/** Types whose announced decision is the act: an expulsion (its deadline runs later). */
const ANNOUNCED_ACT = new Set<DiplomaticEventType>(['DIPLOMAT_EXPELLED']);
/** A departure announced: "said on Monday they would", "announced that it will". */
const ANNOUNCED_LEAVE = /\b(?:said|announced|declared|confirmed|decided)\s+(?:on\s+\S+\s+)?(?:that\s+)?(?:it|they|\S+)\s+(?:will|would)\s+(?:(?:also|now|formally|officially|immediately)\s+)?$/i;
/** A planned act told as done by its light verb: "made a long-planned visit", "held the scheduled talks". */
const DONE_PLANNED = /(\b(?:made|paid|held|began|started|concluded|completed|wrapped up|ended|hosted|attended|conducted|undertook|opened)\s+(?:(?:a|an|the|his|her|its|their|this|that)\s+)?(?:\S+\s+)?)(?:long-|much-|previously\s+|already\s+)?(?:planned|scheduled|expected|awaited|anticipated)\b/i;
/** A negation that asserts: "did not hesitate to", "never waited long to", "not the first time (that)", "not the only country to". */
const LITOTES = /\b(?:not|n't|never)\s+(?:(?:even|once)\s+)?(?:hesitat\w*|wait\w*(?:\s+long)?|shy\w* away from)\s+(?:to|in|before)\s+(?:\S+\s+)?$|\bnot\s+(?:the|a|for the)\s+(?:first|only|last)\b|\bnot\s+(?:long\s+(?:ago|after|before)|least|surprisingly|unexpectedly|coincidentally)\b/i;
/** A trigger noun told done by its own participle: "the sanctions imposed on Russia in 2022 ...", "the agreement signed in May ...". */
const DONE_PARTICIPLE = /^\s*(?:\S+\s+){0,3}?(?:imposed|signed|agreed|announced|held|reached|concluded|made|paid|struck|sealed|adopted|established|restored|granted)\b/i;
/** The predicate of a nominal trigger tells it done: "... took place in Tokyo", "... went ahead". */
const DONE_AFTER = /^[^.;]{0,160}?\b(?:took place|(?:was|were) held|went ahead|ended|began|concluded|opened|wrapped up|produced|yielded|resulted)\b/i;
/** A premodifier of a planned act right before its noun: "the regularly scheduled", "the long-awaited". */
const PLANNED_BEFORE = /\b(?:regularly\s+|long-|much-|previously\s+|already\s+)?(?:planned|scheduled|expected|awaited|anticipated|upcoming)\s+(?=(?:\S+\s+)?$)/i;
/**
 * A to-infinitive after a verb of compulsion, haste or ability tells the act done: "was forced
 * to recall", "rushed to condemn", "has been quick to", "had no choice but to". A modal before
 * it ("may be forced to") is read by the general checks after.
 */
const COMPELLED_TO = /\b(?:(?:was|were|been|felt|feel|feels)\s+(?:\w+ly\s+)?(?:forced|compelled|obliged|obligated|able|quick|swift|fast|first|among the first)|rush(?:ed|es)|hasten(?:ed|s)|hurr(?:ied|ies)|rac(?:ed|es)|moved\s+(?:quickly|swiftly|fast)|(?:no|little)\s+(?:choice|option|alternative)\s+but)\s+to\s*$/i;
/** A superlative subject of an infinitive tells what was done: "the most senior official to visit", "the highest-ranking leader ever to visit". */
const SUPERLATIVE_TO = /\bthe\s+(?:(?:most|least)\s+[\w-]+|highest[\w-]*|(?!(?:interest|request|protest|contest|suggest|harvest|digest|conquest|invest|arrest|manifest|forest|priest|honest|modest|earnest|guest|quest|chest|west|rest|test)\b)\w{2,}est(?:-[\w-]+)?)\s+(?:\S+\s+){0,5}to\s*$/i;
/**
 * A nominal act in apposition after a comma, its determiner and a few modifiers: ", the first
 * visit", ", his second trip", ", the first such deal". Not a time or place told by an
 * apposition (", the day before the summit", ", a week ahead of the planned talks").
 */
const APPOSED_NOMINAL = /,\s*(?:the|a|an|his|her|its|their)\s+(?:(?!(?:day|days|week|weeks|month|months|year|years|eve|morning|evening|night|time|hours?|before|after|ahead|since|during|following|amid|planned|scheduled|expected|upcoming|proposed|possible|potential|hoped-for|of|for|to|in|at|on|with|by|from)\b)[\w-]+\s+){0,3}$/i;
/** Measures a body's agreement decides (the legal act follows): sanctions and listings. */
const DECIDED_MEASURE = new Set<DiplomaticEventType>(['SANCTIONS_IMPOSED', 'SANCTIONS_LIFTED', 'DESIGNATION_ADDED', 'DESIGNATION_REMOVED']);
/**
 * "would" of a narrative told in the past: "would later expel", "would go on to recognise",
 * "would eventually sign", or heading a sentence opened by a later time ("Months later, Canada
 * would expel ..."). Not a report ("said it would later expel"), nor a modal or a condition
 * in the clause.
 */
const WOULD_LATER = /\bwould\s+(?:(?:later|eventually|subsequently|afterwards|soon\s+after|then\s+go\s+on\s+to|go\s+on\s+to|later\s+go\s+on\s+to)\s+)(?:also\s+)?$/i;
const LATER_LEAD = /(?:^|[.!?]["”]?\s+)(?:(?:(?:a|an|one|two|three|four|five|six|several|some|many|\d+)\s+)?(?:days?|weeks?|months?|years?|decades?)\s+later|shortly\s+(?:afterwards?|after(?:\s+that)?)|soon\s+after(?:wards)?|later\s+that\s+(?:day|week|month|year))\s*,\s*[^,;.!?]{1,80}?\bwould\s+(?:\w+ly\s+)?$/i;
const REPORTED = /\b(?:said|says|say|announced|told|stated|warned|expected|hoped|hopes|promised|pledged|vowed|insisted|predicted|believed|believes|thought|claimed|threatened|if|unless|whether)\b/i;
function narrativeWould(before: string, pre: string, post: string): boolean {
  if (!/\bwould\s+(?:\S+\s+){0,4}$/i.test(pre) || /\b(?:if|unless)\b/i.test(post)) return false;
  const later = WOULD_LATER.exec(pre);
  if (later) return !REPORTED.test(pre.slice(0, later.index));
  const lead = LATER_LEAD.exec(before);
  return !!lead && !REPORTED.test(lead[0]);
}
/** The first 12 characters of a trigger, its last word whole or left out (the first word always kept). */
function headOf(trigger: string): string {
  if (trigger.length <= 12 || /\s/.test(trigger[12]!)) return trigger.slice(0, 12);
  const cut = trigger.slice(0, 12);
  return /\s/.test(cut) ? cut.replace(/\s+\S*$/, '') : cut;
}
/** "the fourth Arab state this year to agree to normalise": the ordinal tells the agreement done. */
const ORDINAL_TO_AGREE = /\bthe\s+(?:first|last|only|latest|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:\S+\s+){0,9}?to\s+agree\s+to\s*$/i;
/** Meetings and talks, which a trip made for them tells as held. */
const CONTACT = new Set<DiplomaticEventType>(['MEETING', 'NEGOTIATION']);
/** A past trip and its purpose: "flew to Tehran on Monday to", "travelled to Riyadh to". */
const TRIP_TO = /\b(?:flew|travell?ed|went|came|arrived|returned|journeyed)\b[^,;]{0,80}?\bto\s+$/i;
/** The announcement after the act: "..., the foreign ministry announced", "..., Blinken said". */
const SAID_AFTER = /^[^.;]{0,150}?,\s*(?:[^\s,.;]+\s+){0,6}?(?:announced|said|declared|confirmed)\b/i;
/** ... also told to an audience: "..., Prime Minister Theresa May told parliament". */
const SAID_OR_TOLD_AFTER = /^[^.;]{0,150}?,\s*(?:[^\s,.;]+\s+){0,6}?(?:announced|said|declared|confirmed|told)\b/i;
/** The deadline of an announced expulsion: "giving them until Friday to leave", "within 72 hours", "by August 15". */
const DEADLINE = /^[^.;]{0,160}?(?:\b(?:within|by|until|before)\s+(?:the end of\s+)?(?:\d+|a|one|two|three|five|seven|ten|the)?\s*(?:hours?|days?|weeks?|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:hours|days|a week|a month)\s+to\s+leave\b)/i;
/** Hedges that keep a future statement ASSERTED: the act itself was done now. */
const DONE_NOW = /\bwith immediate effect\b|\beffective immediately\b/i;
/** "May" capitalised inside a clause is a month or a name ("in May", "May 5", "Theresa May"), not the modal. */
const MONTH_MAY = /\bMay\b(?=\s*(?:\d|Day\b))|(?<=\S\s+)May\b/g;
/** What follows the trigger in its clause and still belongs to its modality. */
const AFTER_FUT = /^[^,;]{0,60}?\b(?:later\s+(?:this|in the|next)\s+(?:week|month|year)|next\s+(?:week|month|year)|tomorrow|in the coming (?:days|weeks|months))\b/i;

const NOMINAL_HEAD = /^(?:meeting|summit|talks|visit|trip|negotiations)\b/i;
/** The predicate of a nominal event calls it off: "..., will not take place", "was cancelled". */
const CALLED_OFF_AFTER = /^[^.;]{0,120}?\b(?:(?:will|would|did|does|do|could)\s+not|won't|didn't|never)\s+(?:now\s+)?(?:take place|happen|go ahead|be held|materiali[sz]e)\b|^(?:[^.;,]|\b[A-Z]\.){0,120}?\b(?:is|are|was|were)\s+(?:not|no longer)\s+(?:on the (?:agenda|table|cards)|planned|scheduled)\b|^[^.;,]{0,120}?\b(?:was|were|has been|had been|have been)\s+(?:cancell?ed|called off|postponed|scrapped|shelved)\b/i;

/**
 * Asides closed by a comma before the trigger: ", which had threatened to ...,", ", who ...,",
 * ", long considered a possible mediator,", ", not for the first time,": spans [start, end)
 * inside [from, to). A condition or a coordination between commas (", if needed,", ", and
 * ...,") is no aside.
 */
function insertsIn(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /,\s*(?:(?:which|who|whose|whom|where)\b[^,;]*|(?!(?:if|unless|and|or|but|even|provided|should|that|whether)\b)[^,;"“”]{1,120}?),/gi;
  for (const m of text.slice(from, to).matchAll(re)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

function stripInserts(text: string, from: number, to: number, inserts: [number, number][]): string {
  let out = '';
  let at = from;
  for (const [a, b] of inserts) {
    out += text.slice(at, a);
    at = b;
  }
  return out + text.slice(at, to);
}

/** A to-infinitive names an act not yet done: hypothetical after wishes, else future. */
function FUT_OR_HYPO(pre: string): Factuality {
  return /\b(?:want(?:s|ed)?|hop(?:e|es|ed|ing)|seek(?:s|ing)?|sought|offer(?:s|ed)?|propos(?:e|es|ed)|ask(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)? on|would like|ready|willing|threaten(?:s|ed)?)\b/i.test(pre) ? 'HYPOTHETICAL' : 'FUTURE';
}

/** A condition told by inversion heading its sentence: "Had Britain expelled ...", "Were Japan to ...". */
const INVERTED_IF = /(?:^|[.!?;]["”]?\s+)(?:Had|Were)\s+(?!(?:not|never|been|it|there|they|we|you)\b)(?:the\s+)?\p{Lu}[^,;.!?]{0,140}$/u;
/** A text stopped before it took effect, the trigger a participle after it: "vetoed a resolution imposing", "blocked a draft statement condemning". */
const STOPPED_CARRIER = /\b(?:veto(?:ed|es|ing)?|block(?:ed|s|ing)?|reject(?:ed|s|ing)?|torpedo(?:ed|es|ing)?|scuttl(?:ed|es|ing)|sank|defeated|voted\s+(?:down|against)|withdr(?:ew|awn)|shelved|killed)\s+(?:(?:a|an|the|its|their|this|that|\S+['’]s)\s+)?(?:[\w-]+\s+){0,3}?(?:resolutions?|drafts?|bills?|proposals?|motions?|texts?|statements?|declarations?|packages?|plans?|measures?|laws?|legislation|amendments?)\s+(?:(?:that|which)\s+(?:would\s+(?:have\s+)?)?)?$/i;

/** The subordinator opening the trigger's clause puts it in doubt: "if Japan imposed", "asked whether Poland had expelled". */
const OPENER_HYPO = /\b(?:if|unless|whether)\s*$/i;
/** A condition heading its sentence or clause: "If the reports are true, ...", "..., but if talks fail, ...". */
const HEADING_IF = /(?:^|[.!?;:,—"“]|\b(?:and|but|that|then))\s*(?:even\s+)?(?:if|unless)\s*$/i;
/** A complement clause whose governing verb denies it: "denied that it had expelled", "rejected claims that", "denied on Friday that", "dismissed as false reports that". */
const DENIED_THAT = /\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing))\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+|\w+ly\s+)?(?:as\s+(?:\S+\s+){0,2}?)?(?:(?:the|any|all|these|those|such)\s+)?(?:(?:\S+\s+)?(?:claims?|reports?|allegations?|suggestions?|accusations?|rumou?rs?|speculation)\s+)?that\s*$|\b(?:not true|untrue|false)\s+that\s*$/i;
/** A complement clause only wished, proposed or rumoured: "proposed that the EU impose", "amid speculation that". */
const WISHED_THAT = /\b(?:propos(?:ed|es|e|ing)|suggest(?:ed|s|ing)?|urg(?:ed|es|e|ing)|demand(?:ed|s|ing)?|recommend(?:ed|s|ing)?|request(?:ed|s|ing)?|hop(?:e|es|ed|ing)|wish(?:es|ed)?|want(?:s|ed)?|rumou?rs?|speculation|no evidence|unlikely|(?<!\bno\s)doubt(?:s|ed|ful)?)\s+that\s*$/i;
/** A verbless fronted phrase that is a condition, a doubt or a time to come: "If necessary,", "Next week,". */
const FRONT_KEEP = /\b(?:if|unless|whether|in theory|in principle|possibly|perhaps|probably|maybe|hypothetically|next\s+(?:week|month|year)(?!['’]s)|later\s+(?:this|in the|next)|tomorrow(?!['’]s)|in the coming|from next|as (?:early|soon) as|in (?:the )?future)\b/i;
/** Words opening a fronted phrase whatever their tag (a capital often makes one PROPN: "Due to the crisis,"). */
const FRONTED_WORD = /^(?:not|no|never|without|despite|unable|having|due|owing|amid|amidst|following|after|before|under|in|at|on|during|with|for|as|by|since|unlike|like|speaking|asked|citing|facing|seeking|hoping|still|yet|meanwhile|separately|earlier|later|also|however|already|once|again|even|unusually|notably|ahead|prior|shortly|just|minutes|hours|days|weeks|months|years)$/;
/** An auxiliary before the subject, after at most one aside: the fronted phrase was a negation or a condition ("Never, in its history, has Poland ..."). */
const INVERTED = /^\s*(?:[^,]{1,60},\s*)?(?:has|have|had|did|does|do|will|would|is|was|were|are|could|can|should|shall)\s+(?!been\b|be\b|not\b)\S/i;
/** Tags of a word that can open a subject after a fronted phrase ("..., Lithuania expelled", "..., the ministry said"). */
const SUBJECT_START = new Set(['PROPN', 'NOUN', 'DET', 'PRON', 'NUM', 'ADJ']);
/** Tags of a word that opens a fronted phrase rather than a subject ("Despite warnings that ...,", "Not for the first time,"). */
const FRONTED_START = new Set(['ADP', 'SCONJ', 'ADV', 'PART', 'VERB', 'AUX', 'ADJ']);

/** A clause opened inside a fronted phrase: "Despite warnings that ...", "In a statement that ...", "While ...". */
const SUBORDINATED = /\b(?:that|which|who|whom|whether|if|unless|while|although|though|whereas|after|before|since|because|as|when|once|until)\s*$/i;
const RELATIVE_WORD = /^(?:which|who|whom|whose|where|that|when)$/;

/**
 * Where the trigger's own clause starts once a fronted phrase before its subject is set aside:
 * "Despite warnings that it could face retaliation, Lithuania expelled ...", "Not for the first
 * time, China condemned ...", "While further rounds may follow, Armenia and Azerbaijan signed
 * ...". Hedges in such a phrase belong to its own verbs. The phrase ends at a comma before a
 * word that can open the subject; it either starts with a word that cannot (a preposition, an
 * adverb, a participle, "not") or is a clause of its own opened by a subordinator or a
 * relative ("that it could face retaliation,"). A verbless phrase that is itself a condition or
 * a time to come ("If necessary,", "Next week,") is kept, and so is a phrase starting with the
 * subject ("Poland could, in theory, expel") or with an auxiliary ("Will Poland, as expected, ...").
 */
function afterFronted(p: Parse, text: string, left: number, hStart: number, opener: string): number {
  const { toks } = p;
  const first = p.at(left);
  const t0 = toks[first];
  if (!t0 || t0.start >= hStart) return left;
  const fronted = (FRONTED_START.has(t0.pos) || FRONTED_WORD.test(t0.lower)) && !/^(?:if|unless|should|were|had|will|would|could|can|did|does|do|is|are|was|has|have|may|might|must|shall)$/.test(t0.lower);
  const subordinated = SUBORDINATED.test(opener);
  if (!fronted && !subordinated) return left;
  let verb = false;
  for (let k = first; k < toks.length && toks[k]!.end <= hStart; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (t.text !== ',') continue;
    const next = toks[k + 1];
    if (!next || next.start >= hStart || !SUBJECT_START.has(next.pos) || RELATIVE_WORD.test(next.lower)) continue;
    // "Not once, officials said, has Poland expelled ...": a fronted negation inverts its clause and governs it.
    if (INVERTED.test(text.slice(t.end, hStart))) return left;
    if (verb) return t.end;
    if (!fronted) continue;
    const seg = joined(toks, first, k);
    return FRONT_KEEP.test(seg) ? left : t.end;
  }
  return left;
}

/**
 * A relative clause without its pronoun after an apposed noun: "..., a decision Biden welcomed
 * as historic", "..., a move the EU condemned". The verb's clause starts at its subject (a
 * proper name), not with the clause the noun phrase is apposed to ("will open its airspace").
 */
function contactRelativeLeft(p: Parse, ti: number, left: number): number {
  const { toks } = p;
  if (toks[ti]?.pos !== 'VERB') return left;
  let j = ti - 1;
  while (j >= 0 && toks[j]!.pos === 'ADV') j--;
  const subjEnd = j;
  while (j >= 0 && toks[j]!.pos === 'PROPN') j--;
  if (j === subjEnd) return left;
  if (toks[j]?.lower === 'the') j--;
  const subjStart = j + 1;
  if (toks[j]?.pos !== 'NOUN') return left;
  let d = j - 1;
  while (d >= 0 && d > j - 4 && (toks[d]!.pos === 'ADJ' || toks[d]!.pos === 'NOUN')) d--;
  if (!/^(?:a|an|the|this|that)$/.test(toks[d]?.lower ?? '') || toks[d - 1]?.text !== ',' || toks[subjStart]!.start < left) return left;
  return toks[subjStart]!.start;
}

const joined = (toks: Tok[], from: number, to: number) => toks.slice(from, to).map((x) => x.text).join(' ');

/**
 * An act named as a purpose or a plan: "clearing the way for a visit", "agreed to meet"; null
 * when the to-infinitive tells an act done ("agreed to restore relations", "the first to
 * visit", "voted to readmit", "flew to Tehran to meet").
 */
function plannedAct(p: Parse, type: DiplomaticEventType, ti: number, pre: string, purpose: boolean, litotes: boolean): Factuality | null {
  const prev = p.toks[ti - 1];
  const prev2 = p.toks[ti - 2];
  if (!purpose && prev?.lower === 'to' && p.toks[ti]?.pos === 'VERB' && !/^(?:managed|went|moved|proceeded|chose|opted|decided|voted|began|started|continued|used|came|had|has|have|appeared|seemed|decision|move|step|vote|order)$/.test(prev2?.lower ?? '') && !/^(?:on)$/.test(prev2?.lower ?? '') && !COMPELLED_TO.test(pre)) {
    // "agreed to restore relations" is itself the agreement that establishes them.
    const agreedDeal = (type === 'DIPLOMATIC_RELATIONS_ESTABLISHED' || type === 'AGREEMENT_SIGNED') && (/\bagreed\s+(?:\S+\s+){0,3}$/i.test(pre) || (ORDINAL_TO_AGREE.test(pre) && !HYPO.test(pre) && !FUT.test(pre)));
    // "EU ministers agreed on Monday to lift sanctions on Syria": a body's decision on a measure is the measure.
    const agreedMeasure = DECIDED_MEASURE.has(type) && /\b(?:agreed|approved\s+(?:a\s+)?(?:plans?|proposals?))\s+(?:(?!to\b)[^\s,;]+\s+){0,4}to\s+$/i.test(pre) && !HYPO.test(pre) && !FUT.test(pre);
    // "became the first head of state to visit Moscow" tells what was done.
    // So do "the 146th country to recognise", "one of more than 140 countries to recognise", "among the countries to".
    const ordinal = /\bthe\s+(?:first|last|only|latest|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:\S+\s+){0,6}to\s*$/i.test(pre) || (SUPERLATIVE_TO.test(pre) && !HYPO.test(pre) && !FUT.test(pre)) || (/\b(?:one of|among)\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:countries|nations|states|governments|members|leaders)\s+to\s*$/i.test(pre) && !HYPO.test(pre) && !FUT.test(pre));
    // "voted unanimously on Sunday in Cairo to readmit Syria": a past vote or decision to do
    // something is the act, however many adverbials stand between it and its "to".
    const doneAct = litotes || /\b(?:managed|went on|voted|decided|moved|proceeded)\s+(?:(?!to\b)[^\s,;]+\s+){0,8}to\s+$/i.test(pre) || /\b(?:was|were)\s+(?:(?:also|not)\s+)?(?:quick|swift|fast|quickest|first|the first|among the first)\s+to\s+$/i.test(pre);
    // "flew to Tehran on Monday to meet Pezeshkian": a trip made to meet or to talk is the meeting.
    const trip = CONTACT.has(type) && TRIP_TO.exec(pre);
    const tripDone = !!trip && !HYPO.test(trip[0]) && !FUT.test(trip[0]) && !/\b(?:\w+ing|hop\w*|want\w*|seek\w*|sought|tr(?:y|ied)|attempt\w*|bid|aim\w*|in (?:a|an) (?:bid|effort|attempt))\b/i.test(trip[0].slice(4));
    // "pledged to provide $4.5 billion", "agreed to deposit $5 billion": aid pledged is given (convention, below).
    const pledgedAid = type === 'AID_PROVIDED' && ANNOUNCED_AID.test(pre) && !HYPO.test(pre.replace(ANNOUNCED_AID, ''));
    if (!agreedDeal && !agreedMeasure && !ordinal && !doneAct && !tripDone && !pledgedAid) return FUT_OR_HYPO(pre);
  }
  if (p.toks[ti]?.pos === 'NOUN' && /\b(?:way|path|door|ground|hopes?|plans?|preparations?|call|calls|push|bid|proposal)\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:\S+\s+)?$/i.test(pre)) return 'FUTURE';
  return null;
}

/**
 * Factuality of the trigger at token index `ti` (characters [hStart, hEnd)) in a clause
 * starting at `left`. `pre` is the text of the clause before the trigger. `purpose`: the
 * trigger is the infinitive of purpose of a done act ("summoned Japan's ambassador to protest
 * against ..."), done with it: its "to" tells no act to come.
 */
export function factualityOf(p: Parse | null, type: DiplomaticEventType, ti: number, text: string, left: number, hStart: number, hEnd: number, right: number, purpose = false): Factuality {
  // A relative clause or apposition between subject and predicate has its own modality:
  // "The EU, which had threatened to review ..., welcomed the deal".
  // "Colombia will break off relations, Petro told a rally, calling the war 'genocidal'": a
  // participle after the speaker's past verb takes that verb's tense, not the reported one's.
  const said = /^\w+ing\b/.test(text.slice(hStart, hEnd)) && /,\s*$/.test(text.slice(left, hStart)) ? /^[^]*\b(?:said|told|wrote|added|declared|announced|stated)\b/.exec(text.slice(left, hStart)) : null;
  if (said) {
    // "Mali and Niger said they would withdraw ..., calling the court ...": the saying happened.
    const speaker = text.slice(left, left + said[0].length).slice(-45).replace(MONTH_MAY, 'Maymonth');
    if (!NEG.test(speaker) && !HYPO.test(speaker) && !FUT.test(speaker)) return 'ASSERTED';
    left += said[0].length;
  }
  // A nominal act in apposition to the clause before it is that clause's act: "is due to meet
  // Trump on Monday, the first visit by ...", "met Putin in Moscow, his first visit to Russia".
  if (p && (p.toks[ti]?.pos === 'NOUN' || p.toks[ti]?.pos === 'PROPN')) {
    const m = APPOSED_NOMINAL.exec(text.slice(Math.max(left, hStart - 70), hStart));
    if (m) {
      const comma = hStart - m[0].length;
      let vi = -1;
      for (let k = p.at(left); k < p.toks.length && p.toks[k]!.end <= comma; k++) if (p.toks[k]!.pos === 'VERB') vi = k;
      if (vi >= 0) return factualityOf(p, type, vi, text, left, p.toks[vi]!.start, p.toks[vi]!.end, comma, purpose);
    }
  }
  // The clause's opener governs it: "if Japan imposed sanctions", "denied that it had expelled".
  // When a comma closes that clause before the trigger's subject ("Asked whether ..., Tusk said
  // Poland had expelled"), only a condition heading the sentence governs the main clause ("If
  // the reports are true, Russia has expelled").
  const opener = text.slice(Math.max(0, left - 80), left);
  const qLeft = left;
  if (p) left = afterFronted(p, text, left, hStart, opener);
  if (p) left = contactRelativeLeft(p, ti, left);
  // "Had Britain expelled them sooner, ...", "Were Japan to expel ...": a condition told by inversion.
  if (INVERTED_IF.test(text.slice(Math.max(0, qLeft - 40), hStart)) && /^[^.;]*?,[^.;]*?\b(?:would|might|could)\b/i.test(text.slice(hEnd, hEnd + 250))) return 'HYPOTHETICAL';
  // "vetoed a resolution imposing sanctions on Mali", "blocked a statement condemning": the text that would have told the act was stopped.
  if (/^\w+ing\b/i.test(text.slice(hStart, hEnd)) && STOPPED_CARRIER.test(text.slice(Math.max(0, hStart - 120), hStart))) return 'NEGATED';
  // "Barring a last-minute hitch, A and B sign ...": a fronted condition.
  if (/^\s*(?:barring|assuming|provided that|providing that|in the event (?:of|that)|in case of)\b[^;]*,/i.test(text.slice(qLeft, hStart))) return 'HYPOTHETICAL';
  const inOpened = left === qLeft;
  if (inOpened ? OPENER_HYPO.test(opener) : HEADING_IF.test(opener)) return 'HYPOTHETICAL';
  if ((inOpened && DENIED_THAT.test(opener)) || /\b(?:not|never)\s+(?:once|until|since|before)\s*$/i.test(opener)) return 'NEGATED';
  if (inOpened && WISHED_THAT.test(opener)) return 'HYPOTHETICAL';
  const from = Math.max(left, hStart - 160);
  const inserts = insertsIn(text, from, hStart);
  // The month is no modal: "told a May Day rally", "on May 5", "in May".
  // "made a long-planned visit", "held a scheduled meeting": what was planned has now been done.
  // "The planned meeting ... went ahead", "the regularly scheduled talks ... took place": so too when the predicate tells it done.
  const nominal = !!p && (p.toks[ti]?.pos === 'NOUN' || p.toks[ti]?.pos === 'PROPN');
  const doneAfter = nominal && DONE_AFTER.exec(text.slice(hEnd, hEnd + 200));
  const nominalDone = !!doneAfter && !/\b(?:will|would|could|may|might|not|never|shall|due|(?:is|are|was|were) to)\b/i.test(doneAfter[0]);
  let pre = stripInserts(text, from, hStart, inserts).slice(-70).replace(MONTH_MAY, 'Maymonth').replace(DONE_PLANNED, '$1');
  if (nominalDone) pre = pre.replace(PLANNED_BEFORE, '');
  // The report around a complement clause: "announced on Monday that it would provide ...".
  const reported = /\bthat\s*$/i.test(opener) ? `${opener.slice(-60)}${pre}` : pre;
  // "no longer recognises" is itself the act that ends relations, not a negation of it.
  // (The trigger's first 12 characters, without a word cut short: "signed a nor" of "signed a normalisation agreement" would read as "nor".)
  const head = type === 'DIPLOMATIC_RELATIONS_SEVERED' && /^no longer\b/i.test(text.slice(hStart, hEnd)) ? '' : headOf(text.slice(hStart, hEnd));
  const modal = `${pre} ${head}`;
  // "Canada without hesitation condemned", "without warning": a manner, not a negation, unless
  // the act itself is what is done without ("without recognising", "without any sanctions").
  const without = /\bwithout\s+(?:(?:any|a|an|the|first|formally|officially|even|new|further|fresh|direct|its|their)\s+){0,2}$/i.test(pre);
  const post = text.slice(hEnd, Math.max(hEnd, right));
  // "declined to ...", "refused ..." as the trigger's own head; a rejection is itself a condemnation.
  if (/^(?:declined|refused)/i.test(head) || (type !== 'CONDEMNATION' && /^rejected/i.test(head))) return 'NEGATED';
  // A nominal trigger heading its clause takes the modality of the predicate after it:
  // "new sanctions on Russia would be announced later in the week".
  // "A meeting between A and B, which had been expected this week, will not take place".
  if (NOMINAL_HEAD.test(head) && CALLED_OFF_AFTER.test(stripInserts(text, hEnd, Math.max(hEnd, Math.min(text.length, hEnd + 240)), insertsIn(text, hEnd, Math.min(text.length, hEnd + 240))))) return 'NEGATED';
  if (p && (p.toks[ti]?.pos === 'NOUN' || p.toks[ti]?.pos === 'PROPN')) {
    // "a new round of talks was possible": a nominal event only held possible.
    if (/^[^,;.]{0,80}?\b(?:is|was|are|were|remains?|remained|seems?|seemed)\s+(?:still\s+)?(?:possible|likely|unlikely|conceivable|doubtful|uncertain)\b/i.test(post)) return 'HYPOTHETICAL';
    // "The sanctions imposed on Russia in 2022 will not be lifted": the modal is about what is done to the act after it.
    const pred = DONE_PARTICIPLE.test(post) ? null : /^[^,;]*?\b(not|never|will|would|shall|could|may|might|(?:is|are|was|were) (?:to|due|set to|expected to)|due to)\b[^,;]*?\b(?:be|been)\b/i.exec(post);
    if (pred) {
      const w = pred[1]!.toLowerCase();
      if (w === 'not' || w === 'never') return 'NEGATED';
      if (/^(?:could|may|might)$/.test(w)) return 'HYPOTHETICAL';
      return 'FUTURE';
    }
  }
  // An act called off or put off did not happen: "postponed a visit to Saudi Arabia".
  if (/\b(?:postponed|put off|called off|cancell?ed|scrapped|shelved|abandoned)\s+(?:(?:a|an|the|his|her|its|their|planned|scheduled|expected|long-awaited)\s+){0,3}(?:\S+\s+)?$/i.test(pre)) return 'NEGATED';
  // "refused direct negotiations with", "ruled out any meeting with": the act is turned down.
  if (/\b(?:refused|rejected|ruled out|turned down)\s+(?:(?:any|all|a|an|the|direct|indirect|further|new|fresh)\s+){0,3}$/i.test(pre)) return 'NEGATED';
  // "ahead of a visit", "before the signing": what the clause waits for is still to come.
  if (/\b(?:ahead of|in the run-up to|on the eve of)\s+(?:(?:a|an|the|his|her|its|their|planned|next|upcoming|expected)\s+){0,3}(?:\S+\s+)?$/i.test(pre)) return 'FUTURE';
  // "met no Greenlandic or Danish officials": a negated object.
  if (/^\s*(?:with\s+)?(?:no|none of)\b/i.test(post)) return 'NEGATED';
  // The verbs governing the trigger in the parse: "refused to", "did not", "would".
  const gov = p ? governors(p, ti, left).filter((t) => !inserts.some(([a, b]) => t.start >= a && t.end <= b)).map((t) => t.lower) : [];
  // "not only recognised ... but also": the negation adds, it does not deny.
  const notOnly = /\bnot only\b/i.test(modal);
  // "did not hesitate to condemn", "is not the only country to expel": a negation that asserts.
  const lit = LITOTES.exec(pre);
  const litotes = !!lit && !NEG.test(pre.slice(lit.index + lit[0].length));
  if (!litotes && ((gov.includes('not') && !notOnly) || gov.includes("n't") || gov.includes('never') || without || NEG.test(notOnly ? modal.replace(/\bnot only\b/gi, '') : modal))) return 'NEGATED';
  // A stance that goes on is held now: "We will continue to stand with Ukraine", "continues to back".
  if ((type === 'STATEMENT_OF_SUPPORT' || type === 'CONDEMNATION') && /\bcontinu(?:e|es|ed|ing)\s+to\s+(?:\w+ly\s+)?$/i.test(pre) && !HYPO.test(pre)) return 'ASSERTED';
  // Support pledged is support given: "pledged to stand with Ukraine", "said it would back Somalia's bid".
  if (type === 'STATEMENT_OF_SUPPORT' && PLEDGED_SUPPORT.test(reported) && !HYPO.test(reported.replace(PLEDGED_SUPPORT, ''))) return 'ASSERTED';
  // ... also in the speaker's own words: '"Germany will support Ukraine for as long as it takes," Scholz said'.
  if (type === 'STATEMENT_OF_SUPPORT' && /["“][^"”]*\b(?:will|'ll|shall)\s+(?:(?:always|continue\s+to|\w+ly)\s+)?$/i.test(text.slice(Math.max(0, hStart - 150), hStart)) && !HYPO.test(pre) && !NEG.test(pre) && QUOTE_SAID.test(text.slice(hEnd, hEnd + 300))) return 'ASSERTED';
  // An act named as a purpose or a plan: "clearing the way for a visit", "agreed to meet".
  const planned = p ? plannedAct(p, type, ti, pre, purpose, litotes) : null;
  if (planned) return planned;
  // "Moldova is leaving the CIS": leaving an organization takes effect after notice, so its
  // present progressive announces a departure still to come (unless "with immediate effect").
  if (type === 'MEMBERSHIP_LEFT' && /^leaving\b/i.test(head) && /\b(?:is|are|'s|'re)\s+(?:(?:now|also|formally|officially|effectively)\s+)?$/i.test(pre) && !DONE_NOW.test(text.slice(hStart, Math.max(right, hEnd + 60)))) return 'FUTURE';
  // Aid announced is aid given (the pledge is the act): "Denmark said it would donate its
  // howitzers to Kyiv", "Japan pledged to provide $4.5 billion".
  if (type === 'AID_PROVIDED' && ANNOUNCED_AID.test(reported) && !HYPO.test(reported.replace(ANNOUNCED_AID, ''))) return 'ASSERTED';
  // ... or announced after it: "The United States will provide $2 billion to Ukraine, Blinken announced".
  if (type === 'AID_PROVIDED' && /\b(?:will|would)\s+(?:(?:also|now|soon)\s+)?$/i.test(pre) && !HYPO.test(modal) && SAID_AFTER.test(text.slice(hEnd, hEnd + 200)) && !/^[^.;]{0,150}?\b(?:if|unless)\b/i.test(text.slice(hEnd, hEnd + 150))) return 'ASSERTED';
  // An announced expulsion is the decision itself (its deadline runs later): "Britain will
  // expel 23 Russian diplomats, May told parliament", "... who must leave by Friday" (told
  // without its announcement or a deadline, "Poland will declare the consul persona non grata"
  // is still to come).
  if (ANNOUNCED_ACT.has(type) && /\bwill\s+(?:(?:also|now|formally|immediately)\s+)?$/i.test(pre) && !HYPO.test(modal) && (SAID_OR_TOLD_AFTER.test(text.slice(hEnd, hEnd + 200)) || DEADLINE.test(text.slice(hEnd, hEnd + 200))) && !/^[^.;]{0,150}?\b(?:if|unless)\b/i.test(text.slice(hEnd, hEnd + 150))) return 'ASSERTED';
  // ... also reported, with its deadline: "Poland said on Monday it would expel 20 Russian diplomats,
  // giving them until Friday to leave" (without one, "said they would also expel" is still to come).
  if (ANNOUNCED_ACT.has(type) && ANNOUNCED_LEAVE.test(reported) && DEADLINE.test(text.slice(hEnd, hEnd + 200)) && !HYPO.test(modal) && !/^[^.;]{0,150}?\b(?:if|unless)\b/i.test(text.slice(hEnd, hEnd + 150))) return 'ASSERTED';
  // An announced withdrawal from an organization is the act (its notice period runs later):
  // "Argentina will withdraw from the WHO, the spokesman announced", "said they would quit".
  if (type === 'MEMBERSHIP_LEFT' && /\b(?:will|would)\s+(?:(?:also|now|formally|officially|immediately)\s+)?$/i.test(pre) && !HYPO.test(modal) && (ANNOUNCED_LEAVE.test(pre) || SAID_AFTER.test(text.slice(hEnd, hEnd + 200))) && !/^[^.;]{0,150}?\b(?:if|unless)\b/i.test(text.slice(hEnd, hEnd + 150))) return 'ASSERTED';
  // A question asks whether it happened: "Will Brazil condemn Russia?", "Did Turkey recognise ...?".
  if (/^\s*(?:Will|Would|Did|Does|Do|Could|Can|Should|Has|Have|Is|Are)\b/.test(text.slice(Math.max(0, qLeft - 1), hStart)) && /^[^.!?"”]*\?/.test(text.slice(hEnd, hEnd + 200))) return 'HYPOTHETICAL';
  if (HYPO.test(modal)) return 'HYPOTHETICAL';
  if (gov.some((g) => /^(?:may|might|could|should)$/.test(g))) return 'HYPOTHETICAL';
  // A gerund after "of/on/about" names an act, not an act done ("the question of recognising").
  if (p && /ing$/.test(p.toks[ti]?.lower ?? '') && /^(?:of|on|about|towards|toward|against|for)$/.test(p.toks[ti - 1]?.lower ?? '')) return 'HYPOTHETICAL';
  // A narrative's future in the past is told as done: "Israel would later expel ...", "Months later, Canada would expel ...".
  if (narrativeWould(text.slice(Math.max(0, qLeft - 200), hStart), text.slice(Math.max(0, qLeft - 80), hStart), text.slice(hEnd, Math.max(hEnd, right)))) return 'ASSERTED';
  if ((FUT.test(modal) || AFTER_FUT.test(post) || gov.some((g) => /^(?:will|would|shall|'ll)$/.test(g))) && !DONE_NOW.test(text.slice(hStart, Math.max(right, hEnd + 60)))) return 'FUTURE';
  return 'ASSERTED';
}
