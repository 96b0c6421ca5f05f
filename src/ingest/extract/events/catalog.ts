// The catalog of diplomatic event types: the extractor's one place for a type. Each entry
// holds its trigger patterns (what words announce it, and how its roles are read), the verb
// its summaries use, and examples that tests/ingest/event-types.test.ts runs through the
// whole extractor. Adding a type: the DiplomaticEventType enum (prisma/schema.prisma with a
// migration) and its codes (src/domain/event-types.ts), then one entry here with patterns
// and at least one example.
import type { DiplomaticEventType, Factuality } from '../../types.ts';

/** How the roles around a trigger are read (see roles.ts). */
export type Mode = 'default' | 'accredit' | 'withdraw' | 'membership' | 'admit' | 'symmetric';

export interface TriggerSpec {
  re: RegExp;
  mode?: Mode;
  /** Recipient must be named inside the matched span ("summoned Japan's ambassador"). */
  objectInside?: boolean;
  /** Nominal trigger: the initiator may be its premodifier ("the U.S. and NATO withdrawal"). */
  noun?: boolean;
  /** Needs a named recipient (or an anaphor it can resolve). */
  needRecipient?: boolean;
  anaphoric?: boolean;
  /** Every actor group after the trigger is a recipient ("aid to Ukraine, Israel and Taiwan"). */
  allRecipients?: boolean;
  /** The matched text must also match this (a money amount must speak of aid). */
  guard?: RegExp;
  /** May overlap a trigger of another type ("withdrew its ambassador and its forces"). */
  overlaps?: boolean;
}

export interface Example {
  text: string;
  /** Country codes or organization slugs, sorted; [] = none. */
  initiators: string[];
  recipients: string[];
  factuality?: Factuality;
}

export interface EventTypeSpec {
  /** Summary verb: [past, base] ("recognized", "recognize"). */
  verb: [string, string];
  triggers: TriggerSpec[];
  examples: Example[];
}

export const EVENT_TYPES: Record<Exclude<DiplomaticEventType, 'OTHER'>, EventTypeSpec> = {
  RECOGNITION: {
    verb: ['recognized', 'recognize'],
    triggers: [
      { re: /\brecogni[sz](?:e|es|ed|ing)\b(?!\s+(?:that|the need|the importance|the right|the role))/gi, needRecipient: true },
      { re: /\brecognition\s+of\b/gi, noun: true, needRecipient: true },
    ],
    examples: [
      { text: 'Spain, Ireland and Norway formally recognized a Palestinian state on Tuesday.', initiators: ['ES', 'IE', 'NO'], recipients: ['PS'] },
      { text: 'Kosovo was recognised by Ghana in 2012.', initiators: ['GH'], recipients: ['XK'] },
      { text: 'France and Germany have not recognized a Palestinian state.', initiators: ['DE', 'FR'], recipients: ['PS'], factuality: 'NEGATED' },
    ],
  },
  DIPLOMATIC_RELATIONS_ESTABLISHED: {
    verb: ['established diplomatic relations with', 'establish diplomatic relations with'],
    triggers: [
      { re: /\b(?:re-?establish(?:ed|es|ing)?|establish(?:ed|es|ing)?|restor(?:e|ed|es|ing)|normali[sz](?:e|ed|es|ing)|resum(?:e|ed|es|ing)|forg(?:e|ed|es|ing))\s+(?:(?:full|formal|official|diplomatic|bilateral|normal)\s+)*(?:relations|ties)\b/gi, mode: 'symmetric' },
      { re: /\b(?:establishment|restoration|normali[sz]ation|resumption)\s+of\s+(?:(?:full|formal|diplomatic)\s+)*(?:relations|ties)\b/gi, mode: 'symmetric', noun: true },
    ],
    examples: [
      { text: 'China and Nauru formally resumed diplomatic relations on Wednesday.', initiators: ['CN', 'NR'], recipients: [] },
    ],
  },
  DIPLOMATIC_RELATIONS_SEVERED: {
    verb: ['severed diplomatic relations with', 'sever diplomatic relations with'],
    triggers: [
      { re: /\b(?:sever(?:ed|s|ing)?|cut(?:s|ting)?|br(?:eak|oke|eaks|eaking)\s+off|br(?:oke|eak|eaks)|end(?:ed|s)?|suspend(?:ed|s|ing)?|freez(?:e|es|ing)|froze)\s+(?:off\s+)?(?:(?:its|their|all|the|decades-old|long-standing|full|formal|official|diplomatic)\s+)*(?:relations|ties)\b/gi, needRecipient: false },
    ],
    examples: [
      { text: 'Mexico suspended diplomatic relations with Ecuador on Friday night.', initiators: ['MX'], recipients: ['EC'] },
    ],
  },
  AMBASSADOR_ACCREDITED: {
    verb: ['accepted the credentials of the ambassador of', 'accept the credentials of the ambassador of'],
    triggers: [
      { re: /\b(?:receiv(?:e|ed|es|ing)|accept(?:ed|s|ing)?|present(?:ed|s|ing)?)\s+(?:(?:his|her|the|their|its)\s+)?(?:letters\s+of\s+)?credentials\b/gi, mode: 'accredit', needRecipient: true },
    ],
    examples: [
      { text: 'President Xi Jinping accepted the credentials of the ambassador of Afghanistan on Tuesday.', initiators: ['CN'], recipients: ['AF'] },
    ],
  },
  AMBASSADOR_RECALLED: {
    verb: ['recalled its ambassador from', 'recall its ambassador from'],
    triggers: [
      { re: /\brecall(?:ed|s|ing)?\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:own\s+)?(?:\S+\s+)?(?:ambassadors?|envoys?|diplomats|top diplomat|high commissioners?|charg[ée]s? d'affaires)\b/gi, needRecipient: true },
      // "withdrew its ambassador and its forces from Niger": troops and envoy in one clause.
      { re: /\b(?:withdr(?:aw|ew|awn|awing|aws)|pull(?:ed|s|ing)?\s+out)\s+(?:(?:its|their|all|the|own)\s+){0,2}(?:\S+\s+){0,5}?(?:ambassadors?|envoys?|diplomats|high commissioners?|defen[cs]e advisers)\b/gi, needRecipient: true, overlaps: true },
    ],
    examples: [
      { text: 'Germany has recalled its ambassador to Russia for consultations.', initiators: ['DE'], recipients: ['RU'] },
      { text: 'Paris withdrew its ambassador and its forces from Niger in September.', initiators: ['FR'], recipients: ['NE'] },
    ],
  },
  AMBASSADOR_SUMMONED: {
    verb: ['summoned the ambassador of', 'summon the ambassador of'],
    triggers: [
      { re: /\bsummon(?:ed|s|ing)?\s+(?:(?:the|a|an|its|their)\s+)?(?:\S+\s+){0,5}?(?:ambassadors?|envoys?|charg[ée]s? d'affaires|diplomats?|high commissioners?|deputy head of mission|heads? of mission)\b/gi, objectInside: true, needRecipient: true },
    ],
    examples: [
      { text: 'Israel summoned the Spanish, Irish and Norwegian envoys on Wednesday.', initiators: ['IL'], recipients: ['ES', 'IE', 'NO'] },
    ],
  },
  DIPLOMAT_EXPELLED: {
    verb: ['expelled diplomats of', 'expel diplomats of'],
    triggers: [
      { re: /\bexpel(?:s|led|ling)?\s+(?:\S+\s+){0,6}?(?:diplomats?|ambassadors?|envoys?|intelligence officers|(?:embassy|diplomatic|consular) (?:staff|employees|personnel)|attach[ée]s?|consuls?|high commissioners?|charg[ée]s? d'affaires|advisers)\b/gi, objectInside: true, needRecipient: true },
      { re: /\bexpulsions?\s+of\s+(?:\S+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?)\b/gi, objectInside: true, noun: true, needRecipient: true },
      { re: /\bdeclar(?:ed|es|ing)\s+(?:\S+\s+){1,10}?persona non grata\b/gi, objectInside: true, needRecipient: true },
      { re: /\b(?:gave|giving|ordered|ordering|told|telling|asked)\s+(?:\S+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?|charg[ée]s? d'affaires|(?:diplomatic|embassy|consular) (?:staff|personnel)|high commissioners?|staff)\s+(?:\S+\s+){0,12}?to leave\b/gi, objectInside: true, needRecipient: true },
    ],
    examples: [
      { text: 'Poland expelled three Belarusian diplomats on Tuesday.', initiators: ['PL'], recipients: ['BY'] },
      { text: 'India declared the defence, naval and air advisers of Pakistan persona non grata on Wednesday.', initiators: ['IN'], recipients: ['PK'] },
    ],
  },
  VISIT: {
    verb: ['visited', 'visit'],
    triggers: [
      { re: /\bvisit(?:ed|s|ing)?\b(?!\s+(?:that|which))/gi, needRecipient: true },
      { re: /\barriv(?:ed|es|ing)\s+in\b/gi, needRecipient: true },
      { re: /\b(?:trip|travell?ed|traveled|fl(?:ew|ies|own)(?:\s+on)?|headed|went(?:\s+on)?|came|returned)\s+to\b/gi, needRecipient: true },
      { re: /\b(?:state|official|working|surprise|unannounced)\s+visit\b/gi, noun: true, needRecipient: true },
    ],
    examples: [
      { text: 'Chinese Foreign Minister Wang Yi visited Kenya on Monday.', initiators: ['CN'], recipients: ['KE'] },
    ],
  },
  MEETING: {
    verb: ['met', 'meet'],
    triggers: [
      { re: /\b(?:met|meets?|meeting)\s+(?:with\s+)?(?=\S)/gi, mode: 'symmetric' },
    ],
    examples: [
      { text: 'Hungarian Prime Minister Viktor Orban met French President Emmanuel Macron in Brussels on Thursday.', initiators: ['HU'], recipients: ['FR'] },
    ],
  },
  NEGOTIATION: {
    verb: ['held talks with', 'hold talks with'],
    triggers: [
      { re: /\b(?:held|hold|holds|holding|during|after|of)\s+(?:\S+\s+){0,4}?talks\b/gi, mode: 'symmetric' },
      { re: /\bnegotiat(?:e|ed|es|ing|ions)\s+(?:with|between)\b/gi, mode: 'symmetric' },
    ],
    examples: [
      { text: 'Russia and Ukraine held direct talks in Istanbul on Friday.', initiators: ['RU', 'UA'], recipients: [] },
    ],
  },
  AGREEMENT_SIGNED: {
    verb: ['signed an agreement with', 'sign an agreement with'],
    triggers: [
      { re: /\b(?:sign(?:ed|s|ing)?|initial(?:l?ed|s|l?ing))\s+(?:\S+\s+){0,5}?(?:agreements?|accords?|deals?|treaty|pact|memorand(?:um|a)|communiqu[ée]|declaration|documents)\b/gi, mode: 'symmetric' },
      { re: /\b(?:was|were)\s+signed\s+by\b/gi, mode: 'symmetric' },
      { re: /\bagreed\s+(?:\S+\s+){0,3}?(?:to\s+)?(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:deal|truce|ceasefire|agreement|accord|pact)\b/gi, mode: 'symmetric' },
    ],
    examples: [
      { text: 'Armenia and Azerbaijan signed a peace agreement brokered by the United States.', initiators: ['AM', 'AZ'], recipients: [] },
    ],
  },
  SANCTIONS_LIFTED: {
    verb: ['lifted sanctions on', 'lift sanctions on'],
    triggers: [
      { re: /\b(?:lift(?:ed|s|ing)?|eas(?:e|ed|es|ing)|remov(?:e|ed|es|ing)|scrap(?:ped|s)?|rescind(?:ed|s)?)\s+(?:\S+\s+){0,4}?sanctions\b/gi, needRecipient: true },
    ],
    examples: [
      { text: 'The United States lifted sanctions on Syria on Monday.', initiators: ['US'], recipients: ['SY'] },
    ],
  },
  SANCTIONS_IMPOSED: {
    verb: ['imposed sanctions on', 'impose sanctions on'],
    triggers: [
      { re: /\b(?:impos(?:e|ed|es|ing)|slap(?:ped|s)?|introduc(?:e|ed|es|ing)|adopt(?:ed|s)?|extend(?:ed|s)?)\s+(?:\S+\s+){0,4}?sanctions\b/gi, needRecipient: true },
      { re: /\bsanction(?:ed|s|ing)\s+(?=(?:\S+\s+){0,3}?(?:[A-Z]|banks|officials|companies|individuals|entities))/g, needRecipient: true },
      { re: /\bsanctions\s+(?:on|against)\b/gi, noun: true, needRecipient: true },
      { re: /\b(?:ban(?:ned|s)?|embargo)\s+(?:\S+\s+){0,4}?(?:imports|exports)\s+(?:from|to|of)\b/gi, needRecipient: true },
    ],
    examples: [
      { text: 'The United States imposed sanctions on Myanmar on Thursday.', initiators: ['US'], recipients: ['MM'] },
      { text: 'New sanctions on Russia would be announced later in the week, the United States said.', initiators: ['US'], recipients: ['RU'], factuality: 'FUTURE' },
    ],
  },
  DESIGNATION_ADDED: {
    verb: ['designated', 'designate'],
    triggers: [
      { re: /\bproscri(?:be|bed|bes|bing)\b/gi, needRecipient: true },
      { re: /\b(?:designat(?:e|ed|es|ing)|list(?:ed|s|ing)?)\s+(?:\S+\s+){0,6}?as\s+(?:an?\s+)?(?:\S+\s+){0,4}?(?:terrorists?|terror)\b/gi, objectInside: true, needRecipient: true },
      { re: /\b(?:add(?:ed|s|ing)?|put|plac(?:e|ed|es|ing))\s+(?:\S+\s+){1,5}?(?:to|on)\s+(?:its|their|the|a)\s+(?:\S+\s+){0,5}?(?:list|blacklist)\b/gi, objectInside: true, needRecipient: true },
      { re: /\bblacklist(?:ed|s|ing)\b/gi, needRecipient: true },
    ],
    examples: [
      { text: 'Britain proscribed the Wagner Group on Friday.', initiators: ['GB'], recipients: ['wagner-group'] },
    ],
  },
  DESIGNATION_REMOVED: {
    verb: ['removed the designation of', 'remove the designation of'],
    triggers: [
      { re: /\bremov(?:e|ed|es|ing)\s+(?:\S+\s+){1,6}?from\s+(?:its|their|the|a)\s+(?:\S+\s+){0,5}?(?:list|blacklist)\b/gi, objectInside: true, needRecipient: true },
      { re: /\b(?:revok(?:e|ed|es|ing)|rescind(?:ed|s|ing)?|lift(?:ed|s|ing)?|revers(?:e|ed|es|ing)|cancel(?:l?ed|s)?)\s+(?:(?:that|the|its|this|a)\s+)?(?:\S+\s+){0,3}?(?:designation|listing)\b/gi, needRecipient: true, anaphoric: true },
      { re: /\bdelist(?:ed|s|ing)?\b/gi, needRecipient: true },
    ],
    examples: [
      { text: 'The United States removed Cuba from its list of state sponsors of terrorism.', initiators: ['US'], recipients: ['CU'] },
    ],
  },
  MILITARY_WITHDRAWAL: {
    verb: ['withdrew forces from', 'withdraw forces from'],
    triggers: [
      { re: /\bwithdr(?:aw|ew|awn|awing|aws)\s+(?:(?:its|their|all|the|remaining|last)\s+)*(?:\S+\s+){0,2}?(?:troops|forces|soldiers|military|contingent)\b/gi, mode: 'withdraw', needRecipient: true },
      { re: /\b(?:military\s+)?withdrawal\s+(?:of\s+(?:\S+\s+){0,3}?(?:troops|forces)\s+)?from\b/gi, mode: 'withdraw', noun: true, needRecipient: true },
      { re: /\b(?:troops|forces|soldiers)\s+(?:\S+\s+){0,2}?(?:left|leave|leaving|pulled out of|withdrew from)\b/gi, mode: 'withdraw', needRecipient: true },
    ],
    examples: [
      { text: 'After the French and British withdrawal from Mali, the junta hardened its stance.', initiators: ['FR', 'GB'], recipients: ['ML'] },
    ],
  },
  MEMBERSHIP_JOINED: {
    verb: ['joined', 'join'],
    triggers: [
      { re: /\bjoin(?:ed|s|ing)?\b/gi, mode: 'membership', needRecipient: true },
      { re: /\bbec(?:ame|ome|omes|oming)\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?members?\s+of\b/gi, mode: 'membership', needRecipient: true },
      // "became the alliance's 32nd member", "is now NATO's newest member".
      { re: /\b(?:bec(?:ame|ome|omes|oming)|(?:is|was)\s+(?:now\s+)?|admitted\s+as)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:\d+(?:st|nd|rd|th)|first|second|third|newest|latest|youngest|full)\s+(?:full\s+)?member\b(?:\s+of\s+(?:the\s+)?\S+(?:\s+\S+){0,3})?/gi, mode: 'membership', needRecipient: true, objectInside: true },
      // "the Arab League readmitted Syria": the organization admits, the state joins.
      { re: /\b(?:re)?admi(?:t|ts|tted|tting)\b(?!\s+(?:that|to|it))/gi, mode: 'admit', needRecipient: true },
      { re: /\b(?:accession|admission|admitted)\s+(?:in)?to\b/gi, mode: 'membership', needRecipient: true },
    ],
    examples: [
      { text: 'Sweden became the alliance\'s 32nd member on Thursday, NATO said.', initiators: ['SE'], recipients: ['nato'] },
      { text: 'The Arab League readmitted Syria on Sunday.', initiators: ['SY'], recipients: ['arab-league'] },
    ],
  },
  MEMBERSHIP_LEFT: {
    verb: ['left', 'leave'],
    triggers: [
      { re: /\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:ed|s|ing)?|withdr(?:aw|ew|awn|awing|aws)\s+from|withdrawal\s+from|departure\s+from|pull(?:ed|s|ing)?\s+out\s+of)\b/gi, mode: 'membership', needRecipient: true },
    ],
    examples: [
      { text: 'Burkina Faso, Mali and Niger left the Economic Community of West African States in January.', initiators: ['BF', 'ML', 'NE'], recipients: ['ecowas'] },
    ],
  },
  SEIZURE_OF_POWER: {
    verb: ['seized power in', 'seize power in'],
    triggers: [
      { re: /\b(?:seiz(?:e|ed|es)|t(?:ook|ake|akes|aken)|grab(?:bed|s)?|c(?:ame|ome|omes))\s+(?:to\s+)?power\b/gi },
      { re: /\b(?:seizure\s+of\s+power|takeover)\b/gi, noun: true },
      { re: /\b(?:overthr(?:ew|own|ow)|ousted|toppled)\b/gi },
    ],
    examples: [
      { text: 'The Taliban seized power in Afghanistan in August 2021.', initiators: ['taliban'], recipients: ['AF'] },
    ],
  },
  STATEMENT_OF_SUPPORT: {
    verb: ['expressed support for', 'express support for'],
    triggers: [
      { re: /\b(?:back(?:ed|s|ing)|support(?:ed|s|ing)|endors(?:e|ed|es|ing)|prais(?:e|ed|es|ing)|(?:express|voic|offer|pledg|reaffirm|reiterat)(?:ed|es|ing|e|s)?\s+(?:\S+\s+){0,2}?support\s+(?:for|to)|st(?:and|ands|ood)\s+with)\b/gi, needRecipient: true },
      // Welcoming a decision answers the act it names; thanking names whom it supports.
      { re: /\b(?:welcom(?:e|ed|es|ing)|hail(?:ed|s|ing)?|applaud(?:ed|s|ing)?|thank(?:ed|s|ing)?|congratulat(?:e|ed|es|ing))\b/gi, needRecipient: true, anaphoric: true },
      { re: /\b(?:express(?:ed|es|ing)?|declar(?:ed|es|ing)|voic(?:ed|es|ing)|offer(?:ed|s|ing)?|in)\s+(?:\S+\s+){0,2}?solidarity\s+with\b/gi, needRecipient: true },
    ],
    examples: [
      { text: 'President Volodymyr Zelensky thanked the European Union for its decision.', initiators: ['UA'], recipients: ['european-union'] },
    ],
  },
  CONDEMNATION: {
    verb: ['condemned', 'condemn'],
    triggers: [
      { re: /\b(?:condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing)|criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|accus(?:e|ed|es|ing)|rebuk(?:e|ed|es)|slam(?:med|s)?|reject(?:ed|s|ing)?)\b/gi, needRecipient: true, anaphoric: true },
      { re: /\bcalled\s+(?:the|its|their|this)\s+(?:\S+\s+){0,3}?(?:a\s+)?(?:provocation|provocative|illegal|unacceptable|disproportionate|politici[sz]ed|betrayal|hostile|unjustified|violation)\b/gi, needRecipient: true, anaphoric: true },
      { re: /\b(?:blam(?:e|ed|es|ing)|deplor(?:e|ed|es|ing)|lambast(?:ed|s|ing)?|censur(?:e|ed|es|ing)|decr(?:y|ied|ies)|protest(?:ed|s|ing)?\s+(?:to|against)|lodg(?:e|ed|es|ing)\s+(?:a\s+)?(?:formal\s+|strong\s+)?protest\s+with)\b/gi, needRecipient: true, anaphoric: true },
      { re: /\b(?:express(?:ed|es|ing)?|voic(?:ed|es|ing))\s+(?:\S+\s+){0,2}?(?:concern|outrage|indignation|disappointment|dismay)\s+(?:over|at|about|with)\b/gi, needRecipient: true, anaphoric: true },
      { re: /\b(?:deeply\s+|very\s+)?disappointed\s+(?:by|with|in|at)\b/gi, needRecipient: true, anaphoric: true },
    ],
    examples: [
      { text: 'Israel condemned Spain on Tuesday.', initiators: ['IL'], recipients: ['ES'] },
      { text: 'Hungary refused to condemn Russia.', initiators: ['HU'], recipients: ['RU'], factuality: 'NEGATED' },
    ],
  },
  AID_PROVIDED: {
    verb: ['provided aid to', 'provide aid to'],
    triggers: [
      { re: /\b(?:provid(?:e|ed|es|ing)|sen(?:d|t|ds|ding)|deliver(?:ed|s|ing)?|pledg(?:e|ed|es|ing)|hand(?:ed|s)?\s+over|giv(?:e|es|en|ing)|gave)\s+(?:\S+\s+){0,8}?(?:aid|assistance|relief|weapons|ammunition)\b/gi, needRecipient: true, allRecipients: true },
      { re: /\b(?:aid|assistance)\s+(?:package\s+)?(?:to|for)\b/gi, noun: true, needRecipient: true, allRecipients: true },
      // Aid told by its amount: "a €50 billion package of grants and loans for Ukraine".
      { re: /(?:US)?[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|trillion|m)?\s+(?:(?!for\b|to\b)\S+\s+){0,8}?(?:for|to)\s+(?=\S)/gi, guard: /\b(?:aid|assistance|package|grants?|loans?|funding|financing|support|ammunition|weapons|arms|relief|humanitarian|reconstruction|budget)\b/i, noun: true, needRecipient: true, allRecipients: true },
    ],
    examples: [
      { text: 'The European Union agreed on Thursday to a €50 billion package of grants and loans for Ukraine.', initiators: ['european-union'], recipients: ['UA'] },
    ],
  },
};

export const OTHER_VERB: [string, string] = ['acted towards', 'act towards'];

export interface Trigger extends TriggerSpec {
  type: DiplomaticEventType;
}

/** All trigger patterns, in catalog order (an earlier pattern wins an overlap). */
export const TRIGGERS: Trigger[] = Object.entries(EVENT_TYPES).flatMap(([type, spec]) => spec.triggers.map((t) => ({ ...t, type: type as DiplomaticEventType })));

export function verbOf(type: DiplomaticEventType): [string, string] {
  return type === 'OTHER' ? OTHER_VERB : EVENT_TYPES[type].verb;
}
