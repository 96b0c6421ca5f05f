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
  /**
   * A passive verb whose subject is an envoy ("The Russian chargé d'affaires in Berlin was
   * summoned"): the envoy's side receives; the host acts (see passiveEnvoyRoles in roles.ts).
   */
  passiveEnvoy?: boolean;
  /** The actor follows as the source of a noun ("drew condemnation from Japan"): it initiates, the subject receives. */
  agentAfter?: boolean;
  /**
   * The keeper of a list or a sanctions regime is named inside the match and acts: a passive
   * listing without a "by" agent ("was placed on Washington's list"; "the list" named before
   * with its keeper), a state of being listed or sanctioned ("remains on the U.S. list", "has
   * been under American sanctions"), whose subject receives.
   */
  ownerInside?: boolean;
  /** A quotation heading its sentence, its speaker after it ('"... a crime," said Baerbock'): the speaker initiates. */
  quoteLead?: boolean;
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

/** A quotation that condemns ("an act of aggression", "completely fabricated"). */
const HOSTILE_WORDS = String.raw`dictator|tyrant|bull(?:y|ies)|fascists?|appalling|horrific|horrendous|despicable|vile|grotesque|scandalous|inhumane|unjustifi(?:ed|able)|indefensible|shameless|arrogant|hegemon\w*|interventionis\w*|null and void|warmonger\w*|extortion|theft|robbery|war criminal|thugs?|unacceptable|illegal|illegitimate|provocat\w*|aggression|arrogance|genocid\w*|terroris[mt]\w*|violent|destructive|repression|russophobia|slanders?|fabricated|malicious|absurd|hostile|irresponsible|outrageous|shameful|disgrace\w*|betrayal|blackmail|interference|lies|groundless|baseless|unfounded|inappropriate|crim(?:e|es|inal)|barbar\w*|brutal|cowardly|reckless|violations?|unjust\w*|racist|colonial\w*|imperialis\w*|hypocri\w*|insult\w*|piracy|bullying|coercion|mockery|politici[sz]ed|disproportionate|gangster\w*|dangerous|hysteria|lawless\w*|disappointing|(?:a (?:huge |great |deep |big )?)?disappointment|regrettable|deplorable|unfortunate|a (?:grave |serious |big |huge )?mistake|counterproductive|(?:an? )?acts? of war|flagrant|blatant|heinous|atrocit(?:y|ies)|cynical|selfish|sabotage|destabili[sz]\w*|unprovoked|unlawful|escalatory|intimidation|harassment|smear|propaganda|disinformation|nonsense|sham|farce|travesty|abhorrent|egregious|unwarranted|unfriendly|(?:a )?threat to (?:(?:regional|international|world|global|our|its) )?(?:peace|security|stability|sovereignty)|(?:a )?(?:sad|dark|black) day|(?:a )?stab in the back|opportunis[mt]\w*|divisive|biased|one-sided|duplicity|treachery|two-faced`;
const HOSTILE = new RegExp(String.raw`\b(?:${HOSTILE_WORDS})\b`, 'i');
/** "said the United States was putting 'unacceptable pressure' on", "said Washington's tariffs violated". */
const REPORTED_HOSTILE = new RegExp(String.raw`\b(?:said|says|saying|declared|stated|insisted)\s+(?:that\s+)?(?:(?!said\b|and\b)[^\s.;"“]+\s+){1,8}?(?:(?:was|were|is|are|had been|has been|have been)\s+(?!not\b(?!\s+only\b)|never\b|neither\b|no\b)(?:(?!not\b(?!\s+only\b)|never\b)[^\s.;]+\s+){0,3}?["“]?(?:(?!not\b(?!\s+only\b)|never\b)[^\s.;"”]+\s+){0,2}?(?:${HOSTILE_WORDS})\b|violat(?:ed|es|ing)\b|breach(?:ed|es|ing)\b|undermin(?:ed|es|ing)\b|threaten(?:ed|s)\b(?!\s+to\b)|destabili[sz](?:ed|es|ing)\b|endanger(?:ed|s)\b|jeopardi[sz](?:ed|es)\b|(?:was|were|is|are|had been|has been)\s+(?!not\b|never\b)(?:\w+\s+)?(?:responsible|to blame)\s+for\b)`, 'gi');
/** "called the new restrictions illegitimate", "called the move an attempted coup": a hostile name without quotation marks. */
const CALLED_HOSTILE = new RegExp(String.raw`\bcall(?:ed|s|ing)\s+(?:the|its|their|this|these|those|that|it|them)\s+(?:[^\s"“.;,]+\s+){0,4}?(?:(?:an?|the)\s+)?(?:${HOSTILE_WORDS}|(?:attempted\s+)?coup|lie|encroachment)\b|\b(?:describ(?:ed|es|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|term(?:ed|s|ing)|denounc(?:ed|es|ing)|condemn(?:ed|s|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing))\s+(?:the|its|their|this|these|those|that|it|them)\s+(?:[^\s"“.;,]+\s+){0,5}?as\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:${HOSTILE_WORDS})\b`, 'gi');
/**
 * A quotation opening its sentence with a hostile judgement, its speaker told after it:
 * '"Russia's aggression against Ukraine is a crime," said Foreign Minister Annalena Baerbock.'
 * Not when the quotation negates the judgement ("is not illegal").
 */
const QUOTE_LEAD_HOSTILE = new RegExp(String.raw`(?<=^|[.!?]["”]?\s+|\n\s*)["“](?=[^"”]{0,250}?\b(?:${HOSTILE_WORDS})\b)(?![^"”]*\b(?:(?:is|are|was|were|be|been)\s+(?:not|never)|isn't|aren't|wasn't|weren't|no)\s+(?:\S+\s+){0,2}?(?:${HOSTILE_WORDS})\b)[^"”]{1,300}?[,.!?]?["”](?=,?\s+(?:[^\s.!?"“]+\s+){0,8}?(?:said|says|told|added|wrote|declared|stated|insisted)\b)`, 'gi');
/** "called Netanyahu a war criminal": a person or state named by name, then a hostile name (case matters: a name is capitalised). */
const CALLED_NAME_HOSTILE = new RegExp(String.raw`\b[Cc]all(?:ed|s|ing)\s+(?:[A-Z][\w'’.-]*\s+|of\s+(?=[A-Z])){1,7}(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:${HOSTILE_WORDS})\b`, 'g');
/** Words of approval a speaker gives an act. */
const APPROVING_WORDS = String.raw`courageous|brave|historic|landmark|milestone|(?:an?\s+)?(?:important|significant|positive|major|necessary|welcome|good)(?:\s+(?:and|,)\s+\w+)?\s+step|step in the right direction|wise|bold|a model`;
/** "said the recognitions were 'an important and necessary step'", "said the deal was historic". */
const REPORTED_APPROVING = new RegExp(String.raw`\b(?:said|says|declared|stated)\s+(?:that\s+)?(?:(?!said\b|and\b)[^\s.;"“]+\s+){1,8}?(?:was|were|is|are|had been|has been|have been)\s+["“]?(?:(?:a|an|the|truly|very|really)\s+)?["“]?(?:${APPROVING_WORDS})\b`, 'gi');
/** A quotation that approves ("courageous", "a historic step"). */
const APPROVING = /^[^"“]*["“](?:[^"”]{0,40}\b)?(?:courageous|brave|historic|landmark|milestone|important step|positive|welcome|wise|bold|a model|brotherly|correct|right decision|step in the right direction)\b/i;

/**
 * Words before a nominal trigger that tell the act was not done, or not done by the subject,
 * and that modality.ts does not read: threatened, weighed, blocked, delayed, held up, opposed, faced, amid
 * ("threatened penalties on", "blocked a condemnation of", "amid criticism of"; "considering
 * sanctions on" stays a HYPOTHETICAL event), argued over ("ended its deadlock over sanctions on",
 * "blocked the adoption of new sanctions on"). Used in a look-behind that ends at the trigger noun.
 */
const NOT_DONE_BEFORE = String.raw`\b(?:threat\w*|weigh\w*|mull\w*|mooted|block\w*|veto\w*|delay\w*|postpon\w*|shelv\w*|stall\w*|obstruct\w*|(?:held|hold\w*)\s+up|water\w*\s+down|oppos\w*|reject\w*|dismiss\w*|debat\w*|deadlock|impasse|stalemate|wrangl\w*|disput\w*|discuss\w*|disagree\w*|divisions?|warn\w*\s+of|risk\w*|fac(?:e|es|ed|ing)|avoid\w*|escap\w*|amid|despite|without|no|any)\s+(?:(?!and\b|but\b)[^\s.;,]+\s+){0,4}`;

/**
 * Words that cannot stand between a verb of lifting and the measures it lifts: another thing
 * ended, or a relation to the measures ("ended its summit without new sanctions", "lifted its
 * veto on sanctions", "ended its blockade of the sanctions package", "dropped its objections to").
 */
const NOT_MEASURES = String.raw`(?!(?:without|with|no|on|to|against|over|veto\w*|block\w*|objection\w*|opposition|resistance|reservations|summit|talks|meetings?|session|visit|threats?|calls?|push|bid|demands?|plans?|hold|freeze|debate|dispute|row)\b)`;

/**
 * Where a clause starts: a sentence, or a clause reported after "that" or a verb of saying
 * ("argued that sanctions on Russia hurt Europe"). A measure named there is the clause's
 * subject: who took it is not told, and the speaker did not ("The sanctions on Russia have not
 * stopped the war, Hungary said").
 */
const CLAUSE_START = String.raw`(?:^|[.!?]["”]?\s+|\n\s*|\b(?:that|said|says|argued|argues|insisted|insists|believes|warned|warns|added)\s+)`;

/** What aid is made of: money, relief, weapons named by kind ("14 Challenger 2 tanks", "Caesar howitzers"). */
const AID_GOODS = String.raw`aid|assistance|relief|weapons|ammunition|munitions|arms|grants?|loans?|bailouts?|credit\s+lines?|funding|(?:humanitarian|medical|relief)\s+(?:supplies|goods)|budget\s+support|financing|food\s+(?:aid|supplies|parcels|rations)|medicines?|vaccines?|(?:tonnes|tons)\s+of\s+(?:food|wheat|grain|flour|rice|medicines?|medical\s+supplies|aid|relief)`;
/** Weapons named by kind: aid only when handed to a named recipient ("pledged 14 Challenger 2 tanks to Ukraine"). */
const WEAPON_KINDS = String.raw`tanks|howitzers|missiles|interceptors|(?:artillery\s+)?shells|rockets|launchers|drones|(?:fighter\s+)?jets|helicopters|(?:armou?red|fighting|combat)\s+vehicles|(?:air[- ]defen[cs]e|missile|artillery|rocket|[Pp]atriot|NASAMS|HIMARS|IRIS-T|SAMP\/T|[Hh]awk)\s+(?:systems|batteries|launchers)|(?:military|defen[cs]e)\s+equipment`;

/** What a force does when it goes: "left", "were pulled out of", "completed their withdrawal from". */
const FORCES_LEFT = String.raw`left|leave|leaves|leaving|departed|withdrew\s+from|(?:have|had|were|was)\s+(?:since\s+)?(?:been\s+)?(?:(?:pulled|forced|moved)\s+out\s+of|withdrawn\s+from)|(?:pulled|forced|moved)\s+out\s+of|completed\s+(?:their|its)\s+(?:withdrawal|departure|pull-?out)\s+from`;

/** Power taken by force: soldiers or an armed group before the verb, or a coup named after it. */
const BY_FORCE = String.raw`(?:(?<=\b(?:Taliban|junta|juntas|army|military|soldiers|officers|troops|rebels|militants|insurgents|putschists|mutineers|guard|colonel|lieutenant|movement|group|M23|Hamas|Houthis|Hayat Tahrir al-Sham|HTS)\b[^.;]{0,110})|(?=[^.;]{0,50}\b(?:coup|putsch|by force|force of arms|takeover|mutiny|overthr\w+|oust\w+|toppl\w+|revolt|uprising|offensive|rebellion|insurgency)\b))`;

export const EVENT_TYPES: Record<Exclude<DiplomaticEventType, 'OTHER'>, EventTypeSpec> = {
  RECOGNITION: {
    verb: ['recognized', 'recognize'],
    triggers: [
      { re: /\brecogni[sz](?:e|es|ed|ing)\b(?!\s+(?:that|the need|the importance|the right|the role))/gi, needRecipient: true },
      { re: /\brecognition\s+of\b/gi, noun: true, needRecipient: true },
      // "extended recognition to the State of Palestine", "granted formal recognition to".
      { re: /\b(?:extend(?:ed|s|ing)?|grant(?:ed|s|ing)?|accord(?:ed|s|ing)?|g[ai]v(?:e|es|en|ing))\s+(?:(?:its|their|formal|full|official|diplomatic)\s+){0,2}recognition\s+to\b/gi, needRecipient: true },
      // "switched recognition from Taipei to Beijing": the state named after "to" is recognized
      // (and relations end with the one left, see switchedRecognition in counterpart.ts).
      { re: /\bswitch(?:ed|es|ing)?\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:recognition|ties|relations|allegiance)\s+(?:from\s+\S+(?:\s+\S+)?\s+)?to\b/gi, objectInside: false, needRecipient: true },
    ],
    examples: [
      { text: 'Spain, Ireland and Norway formally recognized a Palestinian state on Tuesday.', initiators: ['ES', 'IE', 'NO'], recipients: ['PS'] },
      { text: 'Kosovo was recognised by Ghana in 2012.', initiators: ['GH'], recipients: ['XK'] },
      { text: 'Kiribati switched recognition to Beijing on Friday.', initiators: ['KI'], recipients: ['CN'] },
      { text: 'Russia has no plans to recognise Kosovo.', initiators: ['RU'], recipients: ['XK'], factuality: 'NEGATED' },
      { text: 'France and Germany have not recognized a Palestinian state.', initiators: ['DE', 'FR'], recipients: ['PS'], factuality: 'NEGATED' },
    ],
  },
  DIPLOMATIC_RELATIONS_ESTABLISHED: {
    verb: ['established diplomatic relations with', 'establish diplomatic relations with'],
    triggers: [
      { re: /\b(?:re-?establish(?:ed|es|ing)?|establish(?:ed|es|ing)?|restor(?:e|ed|es|ing)|normali[sz](?:e|ed|es|ing)|resum(?:e|ed|es|ing)|forg(?:e|ed|es|ing))\s+(?:(?:full|formal|official|diplomatic|bilateral|normal)\s+)*(?:relations|ties)\b/gi, mode: 'symmetric' },
      { re: /\b(?:establishment|restoration|normali[sz]ation|resumption)\s+of\s+(?:(?:full|formal|diplomatic)\s+)*(?:relations|ties)\b/gi, mode: 'symmetric', noun: true },
      // Its parties before a passive verb: "Diplomatic relations between Rwanda and Burundi were restored".
      { re: /\b(?:relations|ties)\s+between\b(?=[^.;]{0,80}?\b(?:(?:was|were|has been|have been|had been)\s+(?:formally\s+|fully\s+|finally\s+|officially\s+)?(?:restored|established|re-?established|normali[sz]ed|resumed|upgraded)|(?<!\b(?:not|never)\s+)resumed)\b)/gi, mode: 'symmetric', noun: true },
      { re: /\b(?:rais(?:e|ed|es|ing)|elevat(?:e|ed|es|ing))\s+(?:(?:its|their|the|diplomatic|bilateral)\s+){0,2}(?:relations|ties)\s+to\s+(?:the\s+)?(?:full\s+)?ambassador(?:ial)?[- ]level\b|\bupgrad(?:e|ed|es|ing)\s+(?:(?:its|their|the|diplomatic|bilateral)\s+){0,2}(?:relations|relationship|ties)\b|\bexchang(?:e|ed|es|ing)\s+ambassadors\b/gi, mode: 'symmetric' },
      // Relations opened in other words: "set up diplomatic relations", "opened diplomatic ties"; both embassies
      // reopened (not "mended ties", "revived ties": also said of relations that never broke).
      { re: /\b(?:set(?:s|ting)?\s+up|open(?:ed|s|ing)?|launch(?:ed|es|ing)?|initiat(?:e|ed|es|ing))\s+(?:(?:full|formal|official)\s+)?diplomatic\s+(?:relations|ties)\b|\breopen(?:ed|s|ing)?\s+(?:(?:their|the)\s+)?(?:respective\s+)?embassies\b(?!['’])/gi, mode: 'symmetric' },
      // "signed a normalisation deal" (the agreement is AGREEMENT_SIGNED too).
      { re: /\bnormali[sz]ation\s+(?:deal|agreement|accord|pact|treaty)\b/gi, mode: 'symmetric', noun: true, overlaps: true },
    ],
    examples: [
      { text: 'China and Nauru formally resumed diplomatic relations on Wednesday.', initiators: ['CN', 'NR'], recipients: [] },
      { text: 'Israel and Bahrain exchanged ambassadors on Tuesday.', initiators: ['BH', 'IL'], recipients: [] },
      { text: 'Saudi Arabia and Iraq upgraded diplomatic relations on Monday.', initiators: ['IQ', 'SA'], recipients: [] },
      { text: 'Vietnam and the United States upgraded their relationship to a comprehensive strategic partnership.', initiators: ['US', 'VN'], recipients: [] },
    ],
  },
  DIPLOMATIC_RELATIONS_SEVERED: {
    verb: ['severed diplomatic relations with', 'sever diplomatic relations with'],
    triggers: [
      { re: /\b(?:sever(?:ed|s|ing)?|cut(?:s|ting)?|br(?:eak|oke|oken|eaks|eaking)\s+off|br(?:oke|oken|eak|eaks)|end(?:ed|s|ing)?|suspend(?:ed|s|ing)?|freez(?:e|es|ing)|froze|downgrad(?:e|ed|es|ing))\s+(?:off\s+)?(?:(?:its|their|all|the|decades-old|long-standing|full|formal|official|diplomatic)\s+)*(?:(?!with\b)[\w-]+\s+){0,4}?(?:relations|ties|contacts)\b/gi, needRecipient: false },
      // In a relative clause, its subject the one who cut them: "restore the relations that Riyadh broke off in 2016".
      // The verb first, so the look-behind runs only where it matched.
      { re: /\b(?:broke\s+off|severed|cut|froze|suspended|downgraded)\b(?<=\b(?:relations|ties)\s*,?\s+(?:(?:that|which)\s+)?(?!(?:were|was|is|are|had|have|has|been|being|with)\b)(?:[^\s.;,]+\s+){1,3}?(?:(?:had|has|have)\s+)?(?:(?:first|formally|abruptly|later|then)\s+)?(?:broke\s+off|severed|cut|froze|suspended|downgraded))/gi, needRecipient: false },
      // "announced that it no longer recognised the government in Taipei": recognition withdrawn.
      { re: /\bno longer\s+recogni[sz](?:e|es|ed|ing)\b/gi, needRecipient: true, overlaps: true },
      // "placing relations 'on hold'".
      { re: /\b(?:put(?:s|ting)?|plac(?:e|ed|es|ing))\s+(?:(?:its|their|diplomatic|bilateral)\s+){0,2}(?:relations|ties)\s+(?:with\s+(?:the\s+)?\S+(?:\s+\S+)?\s+)?["“']?on hold\b/gi, objectInside: true, needRecipient: false },
    ],
    examples: [
      { text: 'Mexico suspended diplomatic relations with Ecuador on Friday night.', initiators: ['MX'], recipients: ['EC'] },
      { text: 'Honduras established diplomatic relations with China on Sunday, ending its ties with Taiwan.', initiators: ['HN'], recipients: ['TW'] },
      { text: 'New Zealand suspended high-level political and military contacts with Myanmar on Tuesday.', initiators: ['NZ'], recipients: ['MM'] },
      { text: 'Panama said on Monday it was placing relations with Venezuela "on hold".', initiators: ['PA'], recipients: ['VE'] },
      { text: 'Nauru said on Monday that it no longer recognised the government in Taipei.', initiators: ['NR'], recipients: ['TW'] },
    ],
  },
  AMBASSADOR_ACCREDITED: {
    // The envoy and the sending state initiate; the receiving state (and its head) receives.
    verb: ['presented credentials to', 'present credentials to'],
    triggers: [
      { re: /\b(?:receiv(?:e|ed|es|ing)|accept(?:ed|s|ing)?|present(?:ed|s|ing)?|hand(?:ed|s|ing)?(?:\s+over)?|submit(?:s|ted|ting)?)\s+(?:(?:his|her|the|their|its|a copy of his|a copy of her|(?:a\s+)?cop(?:y|ies)\s+of\s+(?:his|her|their|the))\s+)?(?:letters?\s+of\s+)?(?:credentials|credence|(?<=letters?\s+of\s+)commission)\b/gi, mode: 'accredit', needRecipient: true },
      // "Britain's new ambassador was formally accredited to Syria".
      { re: /\baccredited\b(?<=\b(?:ambassadors?|envoys?|high commissioners?)\b[^.;!?]{0,100}?\s(?:was|were|been|being)\s+(?:(?:formally|officially|also|then)\s+)?accredited)/gi, mode: 'accredit', needRecipient: true },
      // "Iran's new envoy to the kingdom, Alireza Enayati, took up his post in Riyadh".
      { re: /\b(?:t(?:ook|ake|akes|aking|aken)\s+up|assum(?:e|ed|es|ing))\s+(?:his|her|their)\s+(?:new\s+)?(?:posts?|duties)\b(?<=\b(?:ambassadors?|envoys?|high commissioners?)\b[^.!?]{0,120}?(?:t(?:ook|ake|akes|aking|aken)\s+up|assum(?:e|ed|es|ing))\s+(?:his|her|their)\s+(?:new\s+)?(?:posts?|duties))/gi, mode: 'accredit', needRecipient: true },
    ],
    examples: [
      { text: 'President Xi Jinping accepted the credentials of the ambassador of Afghanistan on Tuesday.', initiators: ['AF'], recipients: ['CN'] },
      { text: 'President Ebrahim Raisi received the letter of credence of the Saudi ambassador on Tuesday.', initiators: ['SA'], recipients: ['IR'] },
      { text: 'The new ambassador of Brazil presented his credentials to President Emmanuel Macron on Monday.', initiators: ['BR'], recipients: ['FR'] },
      { text: "Iran's new envoy to Saudi Arabia, Alireza Enayati, took up his post in Riyadh on Tuesday.", initiators: ['IR'], recipients: ['SA'] },
    ],
  },
  AMBASSADOR_RECALLED: {
    verb: ['recalled its ambassador from', 'recall its ambassador from'],
    triggers: [
      { re: /\brecall(?:ed|s|ing)?\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:own\s+)?(?:\S+\s+)?(?:ambassadors?|envoys?|diplomats|top diplomat|high commissioners?|charg[ée]s? d'affaires)\b/gi, needRecipient: true },
      { re: /\b(?:call(?:ed|s|ing)?|br(?:ought|ing|ings|inging))\s+(?:home|back)\s+(?:(?:its|their|the)\s+)?(?:\S+\s+){0,3}?(?:ambassadors?|envoys?|high commissioners?)\b/gi, needRecipient: true },
      // "The junta ordered the French ambassador to leave, and Paris recalled him": an envoy named before.
      { re: /\brecall(?:ed|s|ing)?\s+(?:him|her)\b(?<=\b(?:ambassadors?|envoys?|high commissioners?|charg[ée]s? d'affaires)\b[^.!?]{0,160}?recall(?:ed|s|ing)?\s+(?:him|her))/gi, needRecipient: true },
      // "withdrew its ambassador and its forces from Niger": troops and envoy in one clause.
      { re: /\b(?:withdr(?:aw|ew|awn|awing|aws)|pull(?:ed|s|ing)?(?:\s+out)?)\s+(?:(?:its|their|all|the|own)\s+){0,2}(?:\S+\s+){0,5}?(?:ambassadors?|envoys?|diplomats|high commissioners?|defen[cs]e advisers|(?:diplomatic|embassy)\s+(?:staff|personnel))\b/gi, needRecipient: true, overlaps: true },
    ],
    examples: [
      { text: 'Germany has recalled its ambassador to Russia for consultations.', initiators: ['DE'], recipients: ['RU'] },
      { text: 'Paris withdrew its ambassador and its forces from Niger in September.', initiators: ['FR'], recipients: ['NE'] },
      { text: 'Chile called home its ambassador to Israel on Sunday.', initiators: ['CL'], recipients: ['IL'] },
    ],
  },
  AMBASSADOR_SUMMONED: {
    verb: ['summoned the ambassador of', 'summon the ambassador of'],
    triggers: [
      { re: /\b(?:summoned|called\s+in)\b(?<=\b(?:ambassadors?|envoys?|charg[ée]s? d'affaires|diplomats?|high commissioners?|heads? of mission)\b[^.;!?"”]{0,80}?\s(?:was|were|been|being)\s+(?:(?:also|again|then|later|formally|urgently|promptly)\s+)?(?:summoned|called\s+in))/gi, needRecipient: true, passiveEnvoy: true },
      { re: /\b(?:summon(?:ed|s|ing)?|call(?:ed|s|ing)?\s+in)\s+(?:(?:the|a|an|its|their)\s+)?(?:\S+\s+){0,5}?(?:ambassadors?|envoys?|charg[ée]s? d'affaires|diplomats?|high commissioners?|deputy head of mission|heads? of mission)\b/gi, objectInside: true, needRecipient: true },
    ],
    examples: [
      { text: 'Israel summoned the Spanish, Irish and Norwegian envoys on Wednesday.', initiators: ['IL'], recipients: ['ES', 'IE', 'NO'] },
      { text: "The Canadian chargé d'affaires in New Delhi was summoned on Monday evening.", initiators: ['IN'], recipients: ['CA'] },
      { text: "Russia's ambassador to Moldova was summoned to the foreign ministry in Chisinau.", initiators: ['MD'], recipients: ['RU'] },
    ],
  },
  DIPLOMAT_EXPELLED: {
    verb: ['expelled diplomats of', 'expel diplomats of'],
    triggers: [
      { re: /\bexpelled\b(?<=\b(?:ambassadors?|envoys?|charg[ée]s? d'affaires|diplomats?|high commissioners?|attach[ée]s?|consuls?|(?:embassy|diplomatic|consular) (?:staff|employees|personnel))\b[^.;!?"”]{0,80}?\s(?:was|were|been|being)\s+(?:(?:also|then|later|formally)\s+)?expelled)/gi, needRecipient: true, passiveEnvoy: true },
      { re: /\b(?:declared\s+persona non grata|(?:ordered|told|asked)\s+to\s+leave|given\s+(?:\S+\s+){1,3}?to\s+leave)\b(?<=\b(?:ambassadors?|envoys?|charg[ée]s? d'affaires|diplomats?|high commissioners?|attach[ée]s?|consuls?|(?:embassy|diplomatic|consular) (?:staff|employees?|personnel))\b[^.;!?"”]{0,80}?\s(?:was|were|been|being)\s+(?:(?:also|then|later|formally)\s+)?(?:declared\s+persona non grata|(?:ordered|told|asked)\s+to\s+leave|given\s+(?:\S+\s+){1,3}?to\s+leave))/gi, needRecipient: true, passiveEnvoy: true },
      { re: /\b(?:expel(?:s|led|ling)?|kick(?:s|ed|ing)?\s+out|thr(?:ew|ow|ows|owing)\s+out)\s+(?:\S+\s+){0,6}?(?:diplomats?|ambassadors?|envoys?|intelligence officers|(?:embassy|diplomatic|consular) (?:staff|employees?|personnel|officials?)|(?:UN|U\.N\.|United Nations)\s+(?:officials|staff|envoys?|representatives?)|attach[ée]s?|consuls?|high commissioners?|charg[ée]s? d'affaires|advisers)\b/gi, objectInside: true, needRecipient: true },
      { re: /\bexpulsions?\s+of\s+(?:\S+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?)\b/gi, objectInside: true, noun: true, needRecipient: true },
      // "the junta had ordered his expulsion": the envoy named before (see pronounEnvoy in counterpart.ts).
      { re: /\b(?:order(?:ed|s|ing)?|demand(?:ed|s|ing)?|announc(?:e|ed|es|ing)|decreed)\s+(?:his|her)\s+expulsion\b/gi, needRecipient: true },
      { re: /\bdeclar(?:e|ed|es|ing)\s+(?:\S+\s+){1,10}?persona non grata\b/gi, objectInside: true, needRecipient: true },
      // "asked Canada to withdraw 41 diplomats": the state told to take its envoys home receives.
      { re: /\b(?:ordered|ordering|told|telling|asked|asking|demanded\s+that)\s+(?:\S+\s+){1,3}?to\s+(?:withdraw|recall|pull\s+out|reduce)\s+(?:\S+\s+){0,4}?(?:diplomats|(?:diplomatic|embassy|consular)\s+(?:staff|personnel))\b/gi, objectInside: true, needRecipient: true },
      { re: /\b(?:gave|giving|ordered|ordering|told|telling|asked)\s+(?:\S+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?|charg[ée]s? d'affaires|(?:diplomatic|embassy|consular) (?:staff|personnel)|high commissioners?|staff),?\s+(?:\S+\s+){0,12}?to leave\b/gi, objectInside: true, needRecipient: true },
      // Envoys sent away in other words: "ordered out a Russian diplomat", "sent home the French ambassador",
      // "booted out"; the envoy before "home"/"out": "sent the Russian ambassador home". The envoy is another
      // state's, named by its demonym or state (not "ordered non-essential diplomats out of Kyiv": an evacuation).
      { re: /\b(?:order(?:ed|s|ing)?\s+out|sen(?:d|t|ds|ding)\s+home|boot(?:ed|s|ing)?\s+out|sen(?:d|t|ds|ding)\s+packing)\s+(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens\s+of|all|some|of|top|senior|its|their)\s+)*(?:[A-Z][\w.'’-]*\s+){1,3}(?:diplomats?|ambassadors?|envoys?|(?:embassy|diplomatic|consular) (?:staff|employees?|personnel|officials?)|attach[ée]s?|consuls?|high commissioners?|charg[ée]s? d'affaires)\b/g, objectInside: true, needRecipient: true },
      { re: /\b(?:order(?:ed|s|ing)?|sen(?:d|t|ds|ding)|boot(?:ed|s|ing)?)\s+(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens\s+of|all|some|of|top|senior)\s+)*(?:[A-Z][\w.'’-]*\s+){1,3}(?:diplomats?|ambassadors?|envoys?|attach[ée]s?|consuls?|high commissioners?|charg[ée]s? d'affaires)\s+(?:home|packing|out)\b(?!\s+(?:for\s+consultations|of\s+harm))/g, objectInside: true, needRecipient: true },
      { re: /\b(?:ordered\s+out|sent\s+home|booted\s+out|sent\s+packing)\b(?<=\b(?:ambassadors?|envoys?|charg[ée]s? d'affaires|diplomats?|high commissioners?|attach[ée]s?|consuls?|(?:embassy|diplomatic|consular) (?:staff|employees|personnel))\b[^.;!?"”]{0,80}?\s(?:was|were|been|being)\s+(?:(?:also|then|later|formally)\s+)?(?:ordered\s+out|sent\s+home|booted\s+out|sent\s+packing))(?!\s+for\s+consultations)/gi, needRecipient: true, passiveEnvoy: true },
      // "ordered the departure of the Chinese ambassador", "stripped the Iranian ambassador of his accreditation".
      { re: /\border(?:ed|s|ing)?\s+the\s+(?:immediate\s+)?departure\s+of\s+(?:\S+\s+){0,4}?(?:diplomats?|ambassadors?|envoys?|attach[ée]s?|consuls?|high commissioners?|charg[ée]s? d'affaires)\b|\bstr(?:ipped|ips|ipping)\s+(?:\S+\s+){0,5}?(?:diplomats?|ambassadors?|envoys?|attach[ée]s?|consuls?|high commissioners?|charg[ée]s? d'affaires)\s+of\s+(?:his|her|their|its)\s+(?:accreditation|credentials|diplomatic\s+status)\b/gi, objectInside: true, needRecipient: true },
    ],
    examples: [
      { text: 'Poland expelled three Belarusian diplomats on Tuesday.', initiators: ['PL'], recipients: ['BY'] },
      { text: 'Two Russian diplomats were expelled from Poland on Tuesday.', initiators: ['PL'], recipients: ['RU'] },
      { text: 'Four Russian diplomats were declared persona non grata by Slovakia on Friday.', initiators: ['SK'], recipients: ['RU'] },
      { text: 'The Chinese consul in Vilnius was ordered to leave within a week.', initiators: ['LT'], recipients: ['CN'] },
      { text: 'Two Iranian diplomats were ordered to leave Germany.', initiators: ['DE'], recipients: ['IR'] },
      { text: 'India declared the defence, naval and air advisers of Pakistan persona non grata on Wednesday.', initiators: ['IN'], recipients: ['PK'] },
    ],
  },
  VISIT: {
    verb: ['visited', 'visit'],
    triggers: [
      { re: /\bvisit(?:ed|s|ing)?\b(?!\s+(?:that|which))/gi, needRecipient: true },
      { re: /\barriv(?:ed|es|ing)\s+(?:(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|(?:on\s+)?(?:today|yesterday|late|early|overnight|\w+ly)\s+)?in\b/gi, needRecipient: true },
      // Being there with a purpose: "Modi is in Moscow for a two-day visit", "was in Cairo for talks".
      // As an aside: "Kishida, in Washington for a state visit, addressed Congress".
      { re: /\b(?<=,\s*)in\b(?=\s+(?:the\s+)?[A-Z][^.;,]{0,40}?\s+(?:for|on)\s+(?:an?|the|his|her|their|two|three)?\s*(?:\S+\s+){0,2}?(?:visit|trip|talks|tour)\b)/g, needRecipient: true },
      // "began a five-day European tour in Paris", "a tour of the Gulf".
      { re: /\b(?:tour|trip)\s+(?:of|in)\b(?=\s+(?:the\s+)?[A-Z])/g, noun: true, needRecipient: true },
      // Also on a named day: "Blinken was in Riyadh on Wednesday" (a trip, not where one lives).
      { re: /\b(?:is|was|are|were)\s+in\b(?=\s+(?:the\s+)?[A-Z][^.;,]{0,40}?\s+(?:(?:for|on)\s+(?:an?|the|his|her|their|two|three)?\s*(?:\S+\s+){0,2}?(?:visit|trip|talks|tour)\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))/g, needRecipient: true },
      { re: /\b(?:trip(?:\s+abroad)?|travel(?:s|l?ed|l?ing)|fl(?:ew|ies|own|ying)(?:\s+on)?|head(?:s|ed|ing)|went(?:\s+on)?|came|returned|(?<=\b(?:to|will|would|shall|could|may|might|not|also|then)\s+)(?:travel|fly|head))\s+to\b(?!\s+(?:power|office|the\s+(?:table|negotiating|fold|list))\b)/gi, needRecipient: true },
      { re: /\b(?:state|official|working|surprise|unannounced)\s+visit\b/gi, noun: true, needRecipient: true },
      { re: /\b(?:touch(?:ed|es)\s+down|land(?:ed|s))\s+(?:in|at)\b|\bfl(?:ew|ies|ying)\s+into\b/gi, needRecipient: true },
      // "Pompeo, who had flown in on Friday, met Baradar": the place is the one told (the dateline, the article's host).
      { re: /\bfl(?:ew|own)\s+in\b(?=\s+(?:on|late|early|overnight|from|for|to\s+(?:meet|attend|sign)|\w+day\b|[,.;]))/gi, needRecipient: true },
      // "was welcomed in Beijing", "were received in Riyadh": the guest arrived there.
      { re: /\b(?:was|were)\s+(?:(?:warmly|formally|officially)\s+)?(?:welcomed|received|greeted)\s+(?:with\s+(?:[a-z-]+\s+){1,3}?)?in\b(?=\s+(?:the\s+)?[A-Z])|\b(?:red-carpet|warm|lavish|ceremonial|royal)\s+(?:welcome|reception)\s+in\b/g, needRecipient: true },
      // "Macron was at the White House", "was at the Kremlin on Friday": a seat of government named as a place.
      { re: /\b(?:is|was|are|were)\s+at\s+the\b(?=\s+(?:White House|Kremlin|Elysee|Élysée|Oval Office)\b)|\b(?:is|was|are|were)\s+at\b(?=\s+Downing Street\b)/g, needRecipient: true },
      // A fronted "Speaking in Brussels, Blinken said": the speaker is there.
      // Also as an aside: "Zelensky, speaking in Ankara, said".
      { re: /\b(?<=(?:^|[.!?]\s+|\n)\s*)Speaking\s+(?:(?:on|late|early)\s+\S+\s+)?in\b(?=\s+(?:the\s+)?[A-Z])|\b(?<=,\s*)speaking\s+in\b(?=\s+(?:the\s+)?[A-Z][^,;.]{0,30},)/g, needRecipient: true },
      // "toured Qatar", "stopping in Doha on the way to Tokyo".
      { re: /\b(?:tour(?:ed|s|ing)|stopp(?:ed|ing)\s+(?:over\s+)?in|made\s+(?:an?\s+)?(?:brief\s+|short\s+|surprise\s+|unannounced\s+)?(?:stop(?:over)?|appearance)\s+in)\b(?=\s+(?:the\s+)?[A-Z])/g, needRecipient: true },
      // "attended the ceremony in Bridgetown": being there is a visit.
      { re: /\battend(?:ed|s|ing)\s+(?:\S+\s+){1,5}?in\s+(?=[A-Z])/gi, needRecipient: true },
      // Setting out for a country: "journeyed to", "jetted into", "set off for", "departed for" (not "left for":
      // also said of migrants, players, goods).
      { re: /\b(?:journey(?:ed|s|ing)?|jet(?:ted|ting)|(?:set|sets|setting)\s+off|(?:set|sets|setting)\s+out|depart(?:ed|s|ing)?)\s+(?:for|to|into)\b(?=\s+(?:the\s+)?[A-Z])/g, needRecipient: true },
    ],
    examples: [
      { text: 'Chinese Foreign Minister Wang Yi visited Kenya on Monday.', initiators: ['CN'], recipients: ['KE'] },
      { text: 'Norwegian Foreign Minister Espen Barth Eide attended the signing ceremony in Barbados.', initiators: ['NO'], recipients: ['BB'] },
      { text: 'President Xi Jinping touched down in Moscow on Monday.', initiators: ['CN'], recipients: ['RU'] },
      { text: 'The talks came ahead of a visit by Chinese President Xi Jinping to Russia.', initiators: ['CN'], recipients: ['RU'], factuality: 'FUTURE' },
      { text: 'President Volodymyr Zelensky postponed a visit to Saudi Arabia.', initiators: ['UA'], recipients: ['SA'], factuality: 'NEGATED' },
      { text: 'Prime Minister Narendra Modi will travel to Washington in June.', initiators: ['IN'], recipients: ['US'], factuality: 'FUTURE' },
      { text: 'Indian Prime Minister Narendra Modi is in Moscow for a two-day visit.', initiators: ['IN'], recipients: ['RU'] },
    ],
  },
  MEETING: {
    verb: ['met', 'meet'],
    triggers: [
      // Not a body's own session: "a meeting of its National Security Committee".
      // Nor a demand or target met, nor a plan met with criticism.
      { re: /\b(?<!\b(?:was|were|been|be|being|is|are)\s+)(?:met|meets?|meeting)\s+(?!of\s+(?:its|his|her)\b)(?!with\s+(?:(?:a|an|some|much|little|widespread|strong|fierce|stiff|growing|mixed|cool|frosty|muted|swift)\s+)*(?:resistance|criticism|scepticism|skepticism|opposition|anger|protests?|condemnation|approval|praise|silence|derision|dismay|alarm|concern|outrage|reaction|response|reception|applause|suspicion|hostility|backlash)\b)(?!(?:the|its|their|his|her|all|these|those|a|an)\s+(?:[^\s.;,]+\s+){0,3}?(?:targets?|goals?|demands?|criteria|requirements?|deadlines?|conditions|obligations|expectations|needs|standards?|benchmarks?|thresholds?|quotas?)\b)(?:with\s+)?(?=\S)/gi, mode: 'symmetric' },
      // Talks with someone are also a meeting with them ("Biden said after talks with Zelensky").
      { re: /\b(?:held|hold|holds|holding|after|during|for)\s+(?:\S+\s+){0,4}?talks\s+(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3})?with\b/gi, mode: 'symmetric', overlaps: true },
      // Spoken with on the sidelines of a summit: "Pezeshkian, who had spoken with Macron on the sidelines of the General Assembly".
      { re: /\b(?:spoke|spoken|speaks|speaking|talked|chatted|conferred)\s+(?:(?:briefly|privately|informally)\s+)?with\b(?=[^.;]{0,120}?\bon\s+the\s+sidelines\s+of\b)(?![^.;]{0,120}?\b(?:phone|telephone|video)\b)/gi, mode: 'symmetric' },
      { re: /\b(?:s[ai]t(?:s|ting)?)\s+down\s+with\b|\b(?:huddl(?:ed|es|ing)|confer(?:red|s|ring))\s+with\b/gi, mode: 'symmetric' },
      // "discussed the war with his Ukrainian counterpart": with a named leader, not by phone.
      { re: /\bdiscuss(?:ed|es|ing)?\s+(?:(?!by\b|over\b|via\b|in\s+a\b)[^\s.;,]+\s+){1,6}?with\b(?=\s+(?:(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:President|Prime Minister|Premier|Chancellor|King|Queen|Secretary|Foreign Minister|Defen[cs]e Minister|Minister|Crown Prince|Emir|Sultan|Pope)\b))(?![^.;]{0,120}\b(?:phone|telephone|video)\b)/g, mode: 'symmetric' },
      // "joined Putin for talks", "talks between President A and Prime Minister B": leaders meet.
      { re: /\bjoin(?:ed|s|ing)\b(?=\s+(?:(?:[A-Z]|al-|bin\b)[\w.'’-]*\s+){1,6}for\s+(?:\S+\s+){0,2}?(?:talks|a meeting|dinner|lunch)\b)/g, mode: 'symmetric' },
      { re: /\btalks\s+between\b(?=\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}(?:President|Prime Minister|Premier|Chancellor|King|Queen|Secretary|Foreign Minister|Defen[cs]e Minister|Minister|Crown Prince|Emir|Sultan|Pope|Supreme Leader)\b)/gi, mode: 'symmetric', noun: true },
      { re: /\b(?:shook|shake|shakes|shaking)\s+hands\b|\bhandshake\s+(?:with|between)\b/gi, mode: 'symmetric' },
      // An embrace of a leader: "Modi embraced President Zelensky", "was embraced on arrival by Crown Prince Mohammed"
      // (not "embraced China's plan": a leader or a counterpart is named).
      { re: /\b(?:[Ee]mbrac(?:ed|es|ing)|[Hh]ugg(?:ed|ing))\s+(?=(?:(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b|(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:President|Prime Minister|Premier|Chancellor|King|Queen|Crown Prince|Emir|Sultan|Pope)\b)))|\bembraced\b(?<=\b(?:was|were)\s+(?:(?:warmly|then|later)\s+)?embraced)(?=(?:\s+[^\s.;,]+){0,3}?\s+by\s+(?:the\s+)?[A-Z])/g, mode: 'symmetric' },
      { re: /\bsummit\s+(?:with|between)\b|\b(?:held|hold|holds|holding)\s+(?:a\s+)?(?:\S+\s+){0,2}?summit\b/gi, mode: 'symmetric' },
      // "Sánchez was received by King Mohammed VI", "Xi was greeted by Biden at the door".
      { re: /\b(?:received|greeted|hosted)\b(?<=\b(?:was|were|been|being)\s+(?:(?:warmly|personally|formally|officially|later|then|also)\s+)?(?:received|greeted|hosted))(?=(?:\s+[^\s.;,]+){0,5}?\s+by\s)/gi, mode: 'symmetric', overlaps: true },
      // "was welcomed at State House by Ruto", "was warmly welcomed in Kyiv by Zelensky" (also a visit): a guest named
      // (or "he", "she", "they") welcomed by a named host (not "welcomed by cheering crowds"; not "The approval was
      // welcomed by India", a reaction).
      { re: /\bwelcomed\b(?<=(?:\b[A-Z][\w'’.-]*|\b(?:he|she|they))\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:warmly|personally|formally|officially|later|then|also)\s+)?welcomed)(?=(?:\s+[^\s.;,]+){0,5}?\s+by\s+(?:the\s+)?[A-Z])/g, mode: 'symmetric', overlaps: true },
      // "Starmer welcomed Zelensky to Downing Street", "hosting 18 leaders at Lancaster House".
      { re: /\b(?:[Ww]elcom(?:ed|es|ing)|[Hh]ost(?:ed|s|ing)|[Rr]eceiv(?:ed|es|ing)|[Gg]reet(?:ed|s|ing))\s+(?=(?:(?:his|her|their|the)\s+(?=[A-Z]))?(?:(?:[A-Z\d]|(?:al|el|bin|ibn|de|da|von|van|der|del)\b)[\w.'’-]*\s+){1,6}(?:(?:leaders?|counterparts?|president|prime minister|premier|foreign minister|delegations?|envoys?)\s+)?(?:to|at|in)\s+(?:the\s+)?[A-Z])/g, mode: 'symmetric' },
      // "had talks with", "has a meeting with" (not "had dinner with investors").
      { re: /\bha(?:d|s|ve|ving)\s+(?:(?:a|an|the|his|her|their|two|three|several)\s+)?(?:\S+\s+){0,2}?(?:talks|meetings?|discussions)\s+with\b(?![^.;]{0,60}\b(?:phone|telephone|video)\b)/gi, mode: 'symmetric', overlaps: true },
    ],
    examples: [
      { text: 'Hungarian Prime Minister Viktor Orban met French President Emmanuel Macron in Brussels on Thursday.', initiators: ['HU'], recipients: ['FR'] },
      { text: 'Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan shook hands in the East Room.', initiators: ['AM', 'AZ'], recipients: [] },
      { text: 'Prime Minister Keir Starmer welcomed President Volodymyr Zelensky to Downing Street on Saturday.', initiators: ['GB'], recipients: ['UA'] },
      { text: 'President Donald Trump held a summit with President Vladimir Putin in Alaska on Friday.', initiators: ['US'], recipients: ['RU'] },
      { text: 'Kim Jong Un hosted Vladimir Putin in Pyongyang on Wednesday.', initiators: ['KP'], recipients: ['RU'] },
      { text: 'President Joe Biden held talks with President Volodymyr Zelensky in Kyiv on Monday.', initiators: ['US'], recipients: ['UA'] },
      { text: 'Talks between Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi lasted five hours.', initiators: ['CN', 'US'], recipients: [] },
    ],
  },
  NEGOTIATION: {
    verb: ['held talks with', 'hold talks with'],
    triggers: [
      // Talks with someone are a meeting (MEETING's patterns), unless named as negotiations.
      { re: /\b(?:held|hold|holds|holding|during|after|of)\s+(?:\S+\s+){0,4}?talks\b(?!\s+(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3})?with\b)/gi, mode: 'symmetric' },
      // Named as negotiations: by their subject, their rounds, a mediator, or the negotiators
      // across the table ("talks with the Congolese government"). Talks of a minister with a
      // minister are a meeting (MEETING's "held talks with").
      { re: /\b(?:peace|nuclear|trade|ceasefire|truce|indirect|direct|proximity|technical|negotiating)\s+talks\s+with\b|\brounds?\s+of\s+(?:\S+\s+)?talks\s+with\b|\btalks\s+with\s+(?=(?:the\s+)?(?:\S+\s+){0,2}?(?:negotiators?|delegations?|envoys?|government|rebels|insurgents|militants|opposition)\b|[^.;]{0,80}\b(?:mediated|facilitated|brokered)\s+by\b)/gi, mode: 'symmetric', overlaps: true },
      { re: /\bnegotiat(?:e|ed|es|ing|ions)\s+(?:with|between)\b/gi, mode: 'symmetric' },
      // "Ukraine was in talks with Israel", "are in advanced negotiations with".
      { re: /\b(?:(?:is|are|was|were|been|remain(?:s|ed)?)\s+(?:(?:now|still|also)\s+)?in|engaged\s+in)\s+(?:(?:advanced|direct|indirect|secret|intensive|final|exploratory)\s+)?(?:talks|negotiations)\s+with\b/gi, mode: 'symmetric' },
      // Both sides as the subject: "Armenia and Azerbaijan are negotiating a peace treaty",
      // "the two sides negotiated for two hours" (not a go-between: "Kushner, who negotiated").
      { re: /\b(?<!\b(?:a|an|the|who|which|while\s+(?:it|he|she|they))\s+)negotiat(?:e|ed|es|ing)\b(?!\s+(?:with|between)\b)(?!\s+(?:settlement|solution|end|outcome|peace|deal|agreement|exit)\b)/gi, mode: 'symmetric' },
      // "negotiations on a ceasefire between Israel and Hamas", "talks over a truce between".
      { re: /\b(?:talks|negotiations)\s+(?:on|over|about|for)\s+(?:(?!between\b)[^\s.;]+\s+){1,5}?between\b/gi, mode: 'symmetric', noun: true },
      // "opened talks in Vienna", "began a new round of negotiations".
      { re: /\b(?:open(?:ed|s|ing)?|beg(?:an|in|ins|un|inning)|start(?:ed|s|ing)?|resum(?:e|ed|es|ing)|launch(?:ed|es|ing)?|enter(?:ed|s|ing)?|conclud(?:e|ed|es|ing))\s+(?:\S+\s+){0,4}?(?:talks|negotiations)\b(?!\s+with\b)/gi, mode: 'symmetric' },
      // "talks between Iran and the United States"; talks between leaders are a summit (MEETING).
      { re: /\b(?:talks|negotiations)\s+between\b(?!\s+(?:the\s+)?(?:two|three|both|four)\s+(?:leaders|presidents|prime ministers|heads of (?:state|government)))(?!\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}(?:President|Prime Minister|Premier|Chancellor|King|Queen|Secretary|Foreign Minister|Defen[cs]e Minister|Minister|Crown Prince|Emir|Sultan|Pope|Supreme Leader)\b)/gi, mode: 'symmetric', noun: true },
      // "are in talks on a peace treaty", "haggled over", "sat at the negotiating table", "returned to the negotiating table".
      // The noun first, so the prefilter indexes it (a leading "is" is too short a stem).
      { re: /\b(?:talks|negotiations)\s+(?:on|over|about|for)\b(?<=\b(?:is|are|was|were|been|remain(?:s|ed)?)\s+(?:(?:now|still|also)\s+)?in\s+(?:(?:advanced|direct|indirect|secret|intensive|final|exploratory)\s+)?(?:talks|negotiations)\s+(?:on|over|about|for))/gi, mode: 'symmetric' },
      { re: /\bhaggl(?:e|ed|es|ing)\b|\b(?:s[ai]t(?:s|ting)?|return(?:ed|s|ing)?|g[eo]t(?:s|ting)?|(?:came|come|comes|coming)\s+back|went\s+back|back)\s+(?:down\s+)?(?:at|to|around)\s+the\s+(?:negotiating|bargaining)\s+table\b/gi, mode: 'symmetric' },
      // Told by their length: "ending weeks of tense negotiations", "after months of haggling" (talks: the "of ... talks" above).
      { re: /\b(?:days|weeks|months|years|rounds)\s+of\s+(?:(?!talks\b)[\w-]+\s+)?(?:negotiations|haggling|bargaining)\b/gi, mode: 'symmetric', noun: true },
      // "held indirect negotiations in Oman", "conducted negotiations".
      { re: /\b(?:held|hold|holds|holding|conduct(?:ed|s|ing)?)\s+(?:\S+\s+){0,3}?negotiations\b(?!\s+with\b)/gi, mode: 'symmetric' },
    ],
    examples: [
      { text: 'Russia and Ukraine held direct talks in Istanbul on Friday.', initiators: ['RU', 'UA'], recipients: [] },
      { text: 'Negotiators from Sudan and South Sudan began a new round of talks in Juba on Monday.', initiators: ['SD', 'SS'], recipients: [] },
      { text: 'The M23 rebels are holding talks with the Congolese government in Doha, mediated by Qatar.', initiators: ['m23'], recipients: ['CD'] },
      { text: 'Armenia and Azerbaijan are negotiating a peace treaty.', initiators: ['AM', 'AZ'], recipients: [] },
      { text: 'Negotiations on a ceasefire between Israel and Hamas resumed in Cairo on Sunday.', initiators: ['IL', 'hamas'], recipients: [] },
    ],
  },
  AGREEMENT_SIGNED: {
    verb: ['signed an agreement with', 'sign an agreement with'],
    triggers: [
      { re: /\b(?:sign(?:ed|s|ing)?|initial(?:l?ed|s|l?ing)|ink(?:ed|s|ing)?|penn(?:ed|ing)|finali[sz](?:e|ed|es|ing))\s+(?:\S+\s+){0,5}?(?:agreements?|accords?|deals?|treaty|treaties|pact|memorand(?:um|a)|communiqu[ée]|declarations?|documents|partnership|contracts?|protocol|roadmap|charter|initiative|convention|framework|arrangements?|joint statements?)\b/gi, mode: 'symmetric' },
      { re: /\b(?:reach(?:ed|es|ing)?|str(?:uck|ike|ikes|iking)|conclud(?:e|ed|es|ing)|seal(?:ed|s|ing)?|clinch(?:ed|es)?)\s+(?:\S+\s+){0,4}?(?:agreement|deal|accord|pact|treaty|truce|ceasefire)\b/gi, mode: 'symmetric' },
      // In a relative clause: "The agreement, which Russia and Ukraine signed in Istanbul".
      // The verb first, so the look-behind runs only where it matched (a leading look-behind ran at every position of every text).
      { re: /\b(?:signed|inked|reached|struck|sealed|concluded)\b(?<=\b(?:agreements?|deals?|accords?|pacts?|treaty|treaties|memorand(?:um|a))\s*,?\s+(?:which|that)\s+[^.;,]{2,80}?\b(?:signed|inked|reached|struck|sealed|concluded))/gi, mode: 'symmetric' },
      // Its parties before the verb: "A deal between Kosovo and Serbia was signed on Friday".
      { re: /\b(?:agreements?|deal|accords?|pact|treaty|memorandum(?:\s+of\s+understanding)?)\s+between\b(?=[^.;]{0,80}?\b(?:was|were|has been|have been|had been)\s+(?:formally\s+|finally\s+)?(?:signed|reached|struck|sealed|concluded|inked)\b)/gi, mode: 'symmetric', noun: true },
      // "restored ties under a deal brokered by China": the deal is the subject's.
      { re: /\bunder\s+(?:an?|the)\s+(?:\S+\s+){0,3}?(?:deal|agreement|accord|pact)\s+(?:brokered|mediated|signed|reached|struck)\b/gi, mode: 'symmetric', overlaps: true },
      { re: /\bput\s+(?:(?:their|his|her|its)\s+(?:names|signatures?)\s+to|pen\s+to\s+paper)\b|\bsign(?:ed|s|ing)?\s+off\s+on\b/gi, mode: 'symmetric' },
      // "agreed to exchange 1,000 prisoners each": the agreement is the act.
      // "agreed with India to resume direct flights", "agreed to end hostilities": the
      // agreement is the act ("agreed to restore relations" is the restoration, not a deal).
      { re: /\bagreed\s+(?:with\s+(?:(?!to\b)\S+\s+){1,5}?)?(?:on\s+\S+\s+)?to\s+(?:exchange|swap|free|release|cooperate|form|create|set up|launch|extend|implement|share|resume|reopen|end|halt|stop|pause|deepen|expand|strengthen|demarcate|withdraw|pull back)\b/gi, mode: 'symmetric', overlaps: true },
      // Passive, also as a reduced relative: "The deal, signed in Washington by Bessent and
      // Svyrydenko, ...", "The accord was signed by Armenia and Azerbaijan".
      // Not an order, a law or a bill signed ("An executive order signed by the U.S. president dismantled ...").
      { re: /\b(?:signed|initial(?:l)?ed|inked|sealed|concluded|finali[sz]ed)(?<!\b(?:orders?|decrees?|laws?|bills?|legislation|proclamations?|directives?|letters?|petitions?|budgets?|resolutions?|waivers?|memos?)\s*,?\s+(?:signed|initial(?:l)?ed|inked|sealed|concluded|finali[sz]ed))(?=\s+(?:(?:in|at|on)\s+(?:\S+\s+){1,4}?)?by\b)/gi, mode: 'symmetric' },
      // Made, with its parties: "the agreement reached between Saudi Arabia and Iran", "a deal
      // struck with Egypt", "the signing of a peace declaration between Thailand and Cambodia"
      // (not "its defence agreement with Paris", which names an agreement, not its making).
      { re: /\b(?:(?:agreements?|deal|accords?|pact|treaty)\s+(?:(?:was|were)\s+)?(?:reached|signed|struck|concluded|sealed)|signing\s+of\s+(?:an?|the)\s+(?:\S+\s+){0,3}?(?:agreements?|deal|accords?|pact|treaty|declaration|memorandum)|(?:was|were)\s+(?:signed|reached|concluded|sealed|struck))\s+(?:between|with)\b(?=\s+(?:the\s+)?[A-Z])/g, mode: 'symmetric', noun: true },
      { re: /\bagreed\s+(?:(?!to\b)\S+\s+){0,3}?(?:(?:to|on|upon)\s+)?(?:(?:the\s+)?(?:text|terms|details)\s+of\s+)?(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:deal|truce|ceasefire|agreement|accord|pact|plan|roadmap|framework|treaty|halt|pause|moratorium|swap|exchange)\b/gi, mode: 'symmetric' },
      // A meeting or talks that ended with a deal: "The meeting between Biden and Xi ended with an agreement to".
      // Its parties after "between" (the noun is the trigger, see applyTypeRules); or the subject of the verb:
      // "Biden and Xi ended their talks with an agreement".
      { re: /\b(?:meeting|talks|summit|negotiations|discussions)\s+between\b(?=[^.;]{0,120}?\b(?:ended|concluded|closed|wrapped\s+up)\s+with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|pact|understanding)\b)/gi, mode: 'symmetric', noun: true, overlaps: true },
      { re: /\b(?:end(?:ed|s)|conclud(?:ed|es)|clos(?:ed|es)|wrapp?(?:ed|s)\s+up)\s+(?:(?:their|the|its|his|her)\s+(?:[^\s.;,]+\s+){0,4}?)?with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|pact|understanding)\b/gi, mode: 'symmetric' },
      // A deal announced with its counterpart: "New Delhi announced an understanding with Beijing on patrolling".
      { re: /\bannounc(?:ed|es|ing)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|understanding|accord|pact|truce|ceasefire)\s+with\b/gi, mode: 'symmetric' },
      // "came to an agreement" (VISIT's "came to" matches there too).
      { re: /\b(?:came|come|comes|coming)\s+to\s+(?:an?\s+)?(?:\S+\s+)?(?:agreement|deal|understanding|accord|arrangement)\b/gi, mode: 'symmetric', overlaps: true },
      // Making a deal in other words: "hammered out", "forged", "entered into", "came to", "secured",
      // "nailed down" (not the gerund: "talks aimed at securing a deal"); and what is made: "an understanding",
      // "a bargain", "a letter of intent" (not "forged a partnership": a relationship, not a text).
      { re: /\b(?:hammer(?:ed|s)?\s+out|forg(?:e|ed|es)|enter(?:ed|s)?\s+into|secur(?:e|ed|es)|nail(?:ed|s)?\s+down|reach(?:ed|es)?|str(?:uck|ike|ikes)|conclud(?:e|ed|es)|seal(?:ed|s)?|clinch(?:ed|es)?|sign(?:ed|s)?|ink(?:ed|s)?)\s+(?:(?!with\b|and\b)\S+\s+){0,4}?(?:agreements?|deals?|accords?|pacts?|treaty|treaties|understanding|bargain|memorand(?:um|a)|letters?\s+of\s+intent)\b/gi, mode: 'symmetric' },
    ],
    examples: [
      { text: 'Armenia and Azerbaijan signed a peace agreement brokered by the United States.', initiators: ['AM', 'AZ'], recipients: [] },
      { text: 'Russia and Ukraine agreed on Friday to exchange 1,000 prisoners of war each.', initiators: ['RU', 'UA'], recipients: [] },
      { text: 'Israel and Hamas reached a ceasefire deal on Wednesday.', initiators: ['hamas', 'IL'], recipients: [] },
      { text: 'Congo and Rwanda put their names to the accord on Friday.', initiators: ['CD', 'RW'], recipients: [] },
      { text: 'The pact, signed in Canberra by Australia and Papua New Guinea, commits both to mutual defence.', initiators: ['AU', 'PG'], recipients: [] },
      { text: 'The accord was signed by Armenia and Azerbaijan at the White House.', initiators: ['AM', 'AZ'], recipients: [] },
      { text: 'The agreement reached between Saudi Arabia and Iran was announced in Beijing on Friday.', initiators: ['IR', 'SA'], recipients: [] },
      { text: 'Kyiv and Washington have agreed on the text of a minerals deal.', initiators: ['UA', 'US'], recipients: [] },
      { text: 'Turkey, Russia and Ukraine signed the Black Sea Grain Initiative in Istanbul.', initiators: ['RU', 'TR', 'UA'], recipients: [] },
      { text: 'India and China agreed to resume direct flights after a five-year pause.', initiators: ['CN', 'IN'], recipients: [] },
      { text: 'A memorandum of understanding was signed between Italy and Albania in November.', initiators: ['AL', 'IT'], recipients: [] },
      { text: 'The agreement, which Russia and Ukraine signed in Istanbul, allowed grain exports.', initiators: ['RU', 'UA'], recipients: [] },
      { text: 'Russia and Ukraine agreed on a 30-day halt to strikes on energy facilities.', initiators: ['RU', 'UA'], recipients: [] },
    ],
  },
  SANCTIONS_LIFTED: {
    verb: ['lifted sanctions on', 'lift sanctions on'],
    triggers: [
      // The words between the verb and the measures modify them ("lifted some of the remaining EU sanctions"), not
      // another thing ended ("ended its summit without new sanctions", "lifted its veto on sanctions").
      { re: new RegExp(String.raw`\b(?:lift(?:ed|s|ing)?|eas(?:e|ed|es|ing)|remov(?:e|ed|es|ing)|scrap(?:ped|s)?|rescind(?:ed|s)?|dismantl(?:e|ed|es|ing)|waiv(?:e|ed|es|ing)|relax(?:ed|es|ing)?|roll(?:ed|s|ing)?\s+back|unfr(?:eeze|eezes|oze|eezing)|suspend(?:ed|s|ing)?|end(?:ed|s|ing)?)\s+(?:${NOT_MEASURES}\S+\s+){0,4}?(?:sanctions|(?:an?\s+|the\s+)?(?:arms\s+|oil\s+|trade\s+)?embargo(?:es)?|restrictions|asset freezes?|travel bans?|(?:boycotts?|blockades?)(?!\s+of\s+(?:(?:the|an?|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions|package|measures|proposal|plan|decision|vote|resolution|bill|budget|law|talks|appointment|nomination|deal|agreement|accession|membership|bid)\b))\b`, 'gi'), needRecipient: true },
      // Passive: "The sanctions on Belarus's potash sector were lifted", "Sanctions against Iran were eased".
      { re: /\b(?:sanctions|restrictions|embargo|arms\s+embargo)\s+(?:on|against)\s+(?:\S+\s+){1,6}?(?:was|were|have been|has been|had been|will be)\s+(?:\S+\s+)?(?:lifted|eased|removed|suspended|scrapped|waived|relaxed|rescinded|ended)\b/gi, objectInside: true, needRecipient: true },
      // "granted Venezuela a six-month reprieve from oil sanctions".
      { re: /\bgrant(?:ed|s|ing)?\s+(?:\S+\s+){1,5}?(?:reprieve|relief|exemption|waiver)s?\s+from\s+(?:\S+\s+){0,2}?sanctions\b/gi, objectInside: true, needRecipient: true },
      { re: /\b(?:lifting|removal|easing|end|suspension)\s+of\s+(?:\S+\s+){0,3}?sanctions\b|\bsanctions\s+relief\b/gi, noun: true, needRecipient: true },
      // "exempted by the United States from its sanctions". The sanctions themselves are left to SANCTIONS_IMPOSED
      // ("exempting earthquake relief from its sanctions on Syria": the sanctions are in force too).
      { re: /\bexempt(?:ed|s|ing)?\s+(?:\S+\s+){0,6}?from\s+(?=(?:\S+\s+){0,2}?sanctions\b)/gi, needRecipient: true },
      // Taking someone off a sanctions list lifts sanctions and removes a designation.
      { re: /\bremov(?:e|ed|es|ing)\s+(?:\S+\s+){1,12}?from\s+(?:its|their|the|a)\s+(?:\S+\s+){0,2}?sanctions\s+list\b/gi, objectInside: true, needRecipient: true, overlaps: true },
      // "lifted restrictive measures against Belarus", "eased export controls on".
      { re: new RegExp(String.raw`\b(?:lift(?:ed|s|ing)?|eas(?:e|ed|es|ing)|remov(?:e|ed|es|ing)|scrap(?:ped|s)?|rescind(?:ed|s)?|waiv(?:e|ed|es|ing)|relax(?:ed|es|ing)?|roll(?:ed|s|ing)?\s+back|suspend(?:ed|s|ing)?|end(?:ed|s|ing)?)\s+(?:${NOT_MEASURES}\S+\s+){0,3}?(?:(?:restrictive|punitive|coercive)\s+measures|export\s+controls|penalties)\b`, 'gi'), needRecipient: true },
    ],
    examples: [
      { text: 'The United States lifted sanctions on Syria on Monday.', initiators: ['US'], recipients: ['SY'] },
      { text: 'President Donald Trump signed an executive order that dismantled most U.S. sanctions on Syria.', initiators: ['US'], recipients: ['SY'] },
      { text: 'The Security Council removed Syrian President Ahmed al-Sharaa from its sanctions list on Thursday.', initiators: ['un-security-council'], recipients: ['SY'] },
      { text: 'The European Union suspended sanctions on Syria on Monday.', initiators: ['european-union'], recipients: ['SY'] },
      { text: 'The Security Council voted on Friday to lift the arms embargo on Somalia.', initiators: ['un-security-council'], recipients: ['SO'] },
      { text: 'The sanctions on Belarus were lifted by the United States on Friday.', initiators: ['US'], recipients: ['BY'] },
      { text: 'The United States granted Venezuela a six-month reprieve from oil sanctions.', initiators: ['US'], recipients: ['VE'] },
      { text: 'The European Union approved the lifting of sanctions on Syria.', initiators: ['european-union'], recipients: ['SY'] },
      { text: 'Washington exempted Qatar from its sanctions on Syria.', initiators: ['US'], recipients: ['SY'] },
    ],
  },
  SANCTIONS_IMPOSED: {
    verb: ['imposed sanctions on', 'impose sanctions on'],
    triggers: [
      { re: /\b(?:impos(?:e|ed|es|ing)|slap(?:ped|s)?|introduc(?:e|ed|es|ing)|adopt(?:ed|s)?|extend(?:ed|s)?|announc(?:e|ed|es|ing)|unveil(?:ed|s|ing)?|approv(?:e|ed|es|ing)|expand(?:ed|s|ing)?|tighten(?:ed|s|ing)?|broaden(?:ed|s|ing)?|widen(?:ed|s|ing)?|lev(?:y|ied|ies|ying)|plac(?:e|ed|es|ing))\s+(?:\S+\s+){0,4}?sanctions\b(?!\s+relief)/gi, needRecipient: true },
      // The measures as subject: "New EU sanctions target Russian banks".
      { re: /\bsanctions\s+(?:(?:also|now|will|would)\s+)?target(?:s|ed|ing)?\b/gi, noun: true, needRecipient: true },
      { re: /\b(?:target(?:ed|s|ing)?|hit(?:s|ting)?|punish(?:ed|es|ing)?)\s+(?:\S+\s+){1,6}?with\s+(?:(?:new|fresh|further|sweeping|tough|additional)\s+)*sanctions\b/gi, objectInside: true, needRecipient: true },
      // Not a package blocked or threatened ("blocked the EU's new sanctions package against Russia").
      { re: new RegExp(String.raw`\bsanctions(?<!${NOT_DONE_BEFORE}sanctions)\s+package\s+(?:on|against)\b|\bpackage(?<!${NOT_DONE_BEFORE}package)\s+of\s+sanctions\s+(?:on|against)\b`, 'gi'), objectInside: true, needRecipient: true },
      // The verb, not the noun ("its sanctions regime on Iraq", "new sanctions", "opposed sanctions on", "faces sanctions from").
      // Not the noun after a verb's base form ("to block sanctions on Mali") or before its own noun ("the 18th sanctions package against").
      { re: /\bsanction(?:ed|s|ing)(?<!\b(?:the|its|their|his|her|of|new|fresh|further|economic|financial|western|Western|and|on|with|from|any|all|more|these|those|such|U\.S\.|US|EU|UN|to|block|veto|oppose|impose|lift|ease|end|seek|want|urge|demand|threaten|back|support|announce|adopt|approve|extend|expand|consider|discuss|propose|reject|face|avoid|evade|escape|\d+(?:st|nd|rd|th))\s+sanction(?:ed|s|ing))(?<!\b[a-z]+(?:ed|s|ing)\s+sanctions)(?!\s+(?:package|packages|regime|list|relief|programme|program|policy|on|against|over|for|were|was|are|is|have|had)\b)\s+(?=(?:\S+\s+){0,3}?(?:[A-Z]|banks|officials|companies|individuals|entities))/g, needRecipient: true },
      // Not sanctions blocked, threatened or called for ("Hungary blocked new sanctions on Russia").
      // Nor the measures as the subject of their clause, unless a passive tells who took them ("Sanctions on
      // Russia were tightened by the EU"; not "The sanctions on Russia have not stopped the war, Hungary said").
      { re: new RegExp(String.raw`\bsanctions(?<!${NOT_DONE_BEFORE}sanctions)(?<!\b(?:stall\w*|torpedo\w*)\s+(?:\S+\s+){0,3}sanctions)(?:(?<!${CLAUSE_START}(?:(?:the|these|those|such|current|existing|western|international)\s+)?sanctions)|(?=\s+(?:on|against)\s+[^.;]{1,60}?\b(?:was|were|have\s+been|has\s+been|had\s+been|will\s+be)\s+(?:\w+\s+)?(?:imposed|tightened|extended|expanded|adopted|approved|announced|introduced|renewed|broadened|widened)\b))\s+(?:on|against)\b`, 'gi'), noun: true, needRecipient: true },
      // The measures named, then a relative clause whose subject took them: "the arms embargo it had imposed
      // on the Somali government", "the sanctions that Washington imposed on Russian banks".
      { re: /\b(?:imposed|placed|slapped|levied)\b(?<=\b(?:sanctions|embargo(?:es)?|(?:travel|visa)\s+bans?|asset\s+freezes?|restrictive\s+measures|bans?)\s*,?\s+(?:(?:that|which)\s+)?(?!(?:were|was|is|are|had|have|has|been|being)\b)(?:[^\s.;,]+\s+){1,4}?(?:(?:had|has|have)\s+)?(?:(?:first|originally|later|then|since)\s+)?(?:imposed|placed|slapped|levied))\s+on\b/gi, needRecipient: true },
      { re: /\b(?:ban(?:ned|s|ning)?|embargo)\s+(?:\S+\s+){0,4}?(?:imports|exports)\s+(?:from|to|of)\b/gi, needRecipient: true },
      // "halted security exports to the country", "suspended all trade with India".
      { re: /\b(?:halt(?:ed|s|ing)?|suspend(?:ed|s|ing)?|stopp?(?:ed|s|ing)?|cut(?:s|ting)?\s+off|curb(?:ed|s|ing)?|restrict(?:ed|s|ing)?)\s+(?:(?:all|its|their|the|most)\s+)?(?:\S+\s+){0,2}?(?:exports|imports|trade|arms sales|weapons sales|arms deliveries)\s+(?:to|from|with)\b/gi, needRecipient: true },
      { re: /\bfr(?:oze|eeze|eezes|eezing)\s+(?:\S+\s+){0,4}?assets\b/gi, objectInside: true, needRecipient: true },
      { re: /\b(?:travel ban|asset freeze|arms embargo|visa (?:bans?|restrictions))\s+(?:on|against)\b/gi, noun: true, needRecipient: true },
      // A state of being sanctioned: "had been under a U.N. travel ban and asset freeze since 2013",
      // "has been under American sanctions": the subject is sanctioned, the modifier sanctions.
      { re: /\bunder\s+(?:(?:an?|the)\s+)?(?:(?:new|fresh|further|sweeping|tough|heavy|international|western|Western|economic|financial|targeted)\s+)*(?:[A-Z][\w.'’-]*\s+){1,3}(?:sanctions|travel bans?|asset freezes?|arms embargo|embargo)\b/g, objectInside: true, needRecipient: true, ownerInside: true },
      // "a ban on Russian diamonds", "an embargo on Iranian oil" (not a flight ban: OTHER).
      { re: new RegExp(String.raw`\b(?:ban|embargo|boycott)(?<!\b(?:flight|overflight|airspace|travel|visa)\s+(?:ban|embargo|boycott))(?<!${NOT_DONE_BEFORE}(?:ban|embargo|boycott))\s+on\s+(?:(?:imports|exports|purchases|sales)\s+of\s+)?(?=[A-Z])`, 'g'), noun: true, needRecipient: true },
      { re: /\b(?:target(?:ed|s|ing)?|hit(?:s|ting)?|punish(?:ed|es|ing)?)\s+(?:\S+\s+){1,6}?with\s+(?:(?:new|fresh|further|sweeping|tough|additional|financial|economic|heavy)\s+)*(?:penalties|restrictive\s+measures|export\s+controls|embargoes|an\s+embargo)\b/gi, objectInside: true, needRecipient: true },
      // Sanctions by other names: "restrictive measures against Belarus", "export controls on Russia",
      // "travel bans on"; "hit Iran with fresh penalties".
      { re: new RegExp(String.raw`\b(?:(?:restrictive|punitive|coercive|retaliatory)\s+(?:economic\s+)?measures|export\s+controls|(?:travel|visa)\s+bans|asset\s+freezes|(?:economic|financial)\s+penalties|embargoes|embargo)(?<!\b(?:lift|eas|remov|scrap|end|suspend|waiv|relax|rescind|roll)\w*\s+(?:(?:back|the|its|their|all|some|most|new|fresh|further|EU|U\.S\.|these|those)\s+){0,3}\w+(?:\s+\w+){0,2})(?<!${NOT_DONE_BEFORE}\w+(?:\s+\w+){0,2})\s+(?:on|against)\b(?=\s+(?:the\s+)?[A-Z])(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)`, 'g'), noun: true, needRecipient: true },
      // Names added to a sanctions list: "It adds 194 people and companies to the list of those facing asset freezes
      // and travel bans, among them firms in China" (a sanctions list, not a designation: earlier in the catalog, it wins).
      { re: /\b(?:add(?:ed|s|ing)?|put(?:s|ting)?|plac(?:e|ed|es|ing))\s+(?:\S+\s+){1,14}?(?:to|on)\s+(?:its|their|the|a)\s+(?:(?:[\w.-]+\s+){0,2}?sanctions\s+(?:list|blacklist)|list\s+of\s+(?:those|people|individuals|entities|companies|persons)\s+(?:facing|subject\s+to|under|targeted\s+by)\s+(?:\S+\s+){0,2}?(?:sanctions|asset\s+freezes|travel\s+bans))\b/gi, objectInside: true, needRecipient: true },
      // "imposed countermeasures on American defence firms", "suspended imports of Taiwanese fruit" (not
      // "restricted imports of": a quota or a check, not a ban).
      { re: new RegExp(String.raw`\b(?:countermeasures|counter-sanctions|retaliatory\s+sanctions)(?<!${NOT_DONE_BEFORE}(?:countermeasures|counter-sanctions|retaliatory\s+sanctions))\s+(?:on|against)\b(?=\s+(?:the\s+)?[A-Z])`, 'g'), noun: true, needRecipient: true },
      { re: /\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|block(?:ed|s|ing)?|bar(?:red|s|ring)?|stopp(?:ed|ing))\s+(?:(?:all|its|the|further|most)\s+)?(?:imports|exports|purchases|sales|shipments)\s+of\s+(?:(?=[A-Z])|(?:(?!from\b|to\b)[^\s.;,]+\s+){1,6}?(?:from|to)\s+(?=(?:the\s+)?[A-Z]))/g, needRecipient: true },
    ],
    examples: [
      { text: 'The United States imposed sanctions on Myanmar on Thursday.', initiators: ['US'], recipients: ['MM'] },
      { text: 'Pakistan suspended all trade with India on Thursday.', initiators: ['PK'], recipients: ['IN'] },
      { text: 'Washington froze Afghan central bank assets in August 2021.', initiators: ['US'], recipients: ['AF'] },
      { text: 'The European Union announced new sanctions on Iran on Monday.', initiators: ['european-union'], recipients: ['IR'] },
      { text: 'Washington targeted Russian banks with new sanctions on Friday.', initiators: ['US'], recipients: ['RU'] },
      { text: 'The United States hit Russia with sweeping new sanctions on Thursday.', initiators: ['US'], recipients: ['RU'] },
      { text: 'The Group of Seven agreed on a ban on Russian diamonds.', initiators: ['g7'], recipients: ['RU'] },
      { text: 'The United Nations imposed a travel ban on the Taliban.', initiators: ['united-nations'], recipients: ['taliban'] },
      { text: 'New sanctions on Russia would be announced later in the week, the United States said.', initiators: ['US'], recipients: ['RU'], factuality: 'FUTURE' },
    ],
  },
  DESIGNATION_ADDED: {
    verb: ['designated', 'designate'],
    triggers: [
      // Passive (before the active pattern, which would read its subject as the actor): "Cuba was first placed on the list in 1982", "two firms were added to Washington's entity list".
      { re: /\b(?:added|placed|put|returned|restored|reinstated)\b(?<=\b(?:was|were|be|been|being|is|are)\s+(?:(?:first|also|later|then|again|formally|officially|quietly)\s+)?(?:added|placed|put|returned|restored|reinstated))\s+(?:back\s+)?(?:to|on|onto)\s+(?:(?:the|its|their|a)\s+)?(?:\S+\s+){0,5}?(?:list|blacklist)\b/gi, objectInside: true, needRecipient: true, ownerInside: true },
      { re: /\bproscri(?:be|bed|bes|bing)\b|\boutlaw(?:ed|s|ing)?\s+(?=(?:the\s+)?[A-Z])/g, needRecipient: true },
      { re: /\b(?:designat(?:e|ed|es|ing)|redesignat(?:e|ed|es|ing)|list(?:ed|s|ing)?)\s+(?:\S+\s+){0,6}?as\s+(?:an?\s+)?(?:\S+\s+){0,4}?(?:terrorists?|terrorism|terror)\b/gi, objectInside: true, needRecipient: true },
      // Nominal: "the designation of the Houthis as a terrorist organisation by the United States"
      // (not its revocation: DESIGNATION_REMOVED).
      { re: /\bdesignation(?<!\b(?:revok|rescind|lift|revers|cancel|end|drop|scrap|withdr)\w*\s+(?:(?:the|its|their|that|this|a)\s+)?(?:[\w.'’-]+\s+){0,2}?designation)\s+of\s+(?:the\s+)?(?=[A-Z])(?:\S+\s+){1,6}?as\s+(?:an?\s+)?(?:\S+\s+){0,3}?(?:terrorists?|terrorism|terror|criminal|extremist)\b/g, noun: true, objectInside: true, needRecipient: true },
      // "designated Wagner a transnational criminal organisation".
      { re: /\b(?:designat(?:e|ed|es|ing)|redesignat(?:e|ed|es|ing)|declar(?:e|ed|es|ing)|label(?:l?ed|s|l?ing)?|nam(?:e|ed|es|ing))\s+(?:\S+\s+){1,6}?(?:an?\s+)(?:(?:\S+\s+){0,3}?(?:terrorist|criminal|extremist)\s+(?:organi[sz]ations?|groups?|entit(?:y|ies))|state\s+sponsor\s+of\s+terrorism)\b/gi, objectInside: true, needRecipient: true },
      // Passive: "The Houthis were designated a terrorist organization by the United States".
      { re: /\b(?:designated|redesignated|branded|labell?ed|declared)(?<=\b(?:was|were|is|are|been|being)\s+(?:re-?)?(?:designated|branded|labell?ed|declared))\s+(?:as\s+)?(?:an?\s+)(?:\S+\s+){0,3}?(?:terrorist|criminal|extremist)\s+(?:organi[sz]ations?|groups?|entit(?:y|ies))(?=\s+(?:\S+\s+){0,3}?by\b)/gi, needRecipient: true },
      { re: /\bbann(?:ed|ing)\s+(?:\S+\s+){1,6}?as\s+(?:an?\s+)?(?:\S+\s+){0,3}?(?:terrorist|extremist)\b/gi, objectInside: true, needRecipient: true },
      { re: /\b(?:add(?:ed|s|ing)?|put|plac(?:e|ed|es|ing)|return(?:ed|s|ing)?|reinstat(?:e|ed|es|ing)|restor(?:e|ed|es|ing))\s+(?:\S+\s+){1,14}?(?:to|on)\s+(?:its|their|the|a)\s+(?:\S+\s+){0,5}?(?:list|blacklist)\b/gi, objectInside: true, needRecipient: true },
      { re: /\bblacklist(?:ed|s|ing)\b/gi, needRecipient: true },
      // A listing in force: "Syria remains on Washington's list of state sponsors of terrorism",
      // "had been on the list since 1993".
      { re: /\b(?:remain(?:s|ed|ing)?|(?:has|have|had)\s+been)\s+on\s+(?:\S+\s+){1,3}?(?:list|blacklist)\b/gi, objectInside: true, needRecipient: true, ownerInside: true },
      // "classified the Houthis as a terrorist organization", "branded the group a terrorist entity".
      { re: /\b(?:classif(?:y|ied|ies|ying)|brand(?:ed|s|ing)?|deem(?:ed|s|ing)?|categori[sz](?:e|ed|es|ing))\s+(?:\S+\s+){1,6}?(?:as\s+)?(?:an?\s+)(?:\S+\s+){0,3}?(?:terrorist|terror|extremist)\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|movements?)\b/gi, objectInside: true, needRecipient: true },
    ],
    examples: [
      { text: 'Britain proscribed the Wagner Group on Friday.', initiators: ['GB'], recipients: ['wagner-group'] },
      { text: 'The United States designated the Wagner Group a transnational criminal organisation in January.', initiators: ['US'], recipients: ['wagner-group'] },
      { text: 'Paraguay declared Hamas a terrorist organisation in 2024.', initiators: ['PY'], recipients: ['hamas'] },
      { text: 'Germany banned Hezbollah as a terrorist organisation in 2020.', initiators: ['DE'], recipients: ['hezbollah'] },
      { text: 'Australia listed the Islamic Revolutionary Guard Corps as a state sponsor of terrorism.', initiators: ['AU'], recipients: ['irgc'] },
      { text: 'The Houthis were designated a terrorist organization by the United States in January.', initiators: ['US'], recipients: ['houthis'] },
      { text: 'President Donald Trump returned Cuba to the list of state sponsors of terrorism.', initiators: ['US'], recipients: ['CU'] },
    ],
  },
  DESIGNATION_REMOVED: {
    verb: ['removed the designation of', 'remove the designation of'],
    triggers: [
      { re: /\b(?:remov(?:e|ed|es|ing)|dropp?(?:ed|s|ing)?|str(?:uck|ike|ikes|iking))\s+(?:\S+\s+){1,12}?(?:off|from)\s+(?:its|their|the|a)\s+(?:\S+\s+){0,5}?(?:list|blacklist|register)\b/gi, objectInside: true, needRecipient: true },
      // Nominal: "announced the removal of Sudan from its list of state sponsors of terrorism".
      { re: /\b(?:removal|delisting|de-listing)\s+of\s+(?:\S+\s+){1,6}?from\s+(?:(?:its|their|the|a)\s+)?(?:\S+\s+){0,5}?(?:list|blacklist|register)\b/gi, noun: true, objectInside: true, needRecipient: true },
      { re: /\b(?:revok(?:e|ed|es|ing)|rescind(?:ed|s|ing)?|lift(?:ed|s|ing)?|revers(?:e|ed|es|ing)|cancel(?:l?ed|s)?)\s+(?:(?:that|the|its|this|a)\s+)?(?:\S+\s+){0,3}?(?:designation|listing|proscription)\b/gi, needRecipient: true, anaphoric: true },
      { re: /\bdelist(?:ed|s|ing)?\b/gi, needRecipient: true },
      { re: /\bt(?:ook|ake|akes|aking|aken)\s+(?:\S+\s+){1,8}?off\s+(?:its|their|the|a)\s+(?:\S+\s+){0,5}?(?:list|blacklist)\b/gi, objectInside: true, needRecipient: true },
      // Passive: "Cuba was removed from the list in 2015", "the Houthis were taken off the U.S. terrorism list".
      { re: /\b(?:removed|dropped|taken|deleted)\b(?<=\b(?:was|were|be|been|being|is|are)\s+(?:(?:also|later|then|formally|officially|finally|quietly)\s+)?(?:removed|dropped|taken|deleted))\s+(?:off|from)\s+(?:(?:the|its|their|a)\s+)?(?:\S+\s+){0,5}?(?:list|blacklist)\b/gi, objectInside: true, needRecipient: true, ownerInside: true },
    ],
    examples: [
      { text: 'The United States removed Cuba from its list of state sponsors of terrorism.', initiators: ['US'], recipients: ['CU'] },
      { text: 'The United States took Cuba off its list of state sponsors of terrorism in 2015.', initiators: ['US'], recipients: ['CU'] },
      { text: 'The United States dropped the Taliban from its list of terrorist groups.', initiators: ['US'], recipients: ['taliban'] },
      { text: 'Britain lifted its proscription of Hayat Tahrir al-Sham in October.', initiators: ['GB'], recipients: ['hayat-tahrir-al-sham'] },
    ],
  },
  MILITARY_WITHDRAWAL: {
    verb: ['withdrew forces from', 'withdraw forces from'],
    triggers: [
      { re: /\b(?:withdr(?:aw|ew|awn|awing|aws)|recall(?:ed|s|ing)?|repatriat(?:e|ed|es|ing))\s+(?:(?:its|their|all|the|remaining|last)\s+)*(?:\S+\s+){0,3}?(?:troops|forces|soldiers|military|contingent)\b/gi, mode: 'withdraw', needRecipient: true },
      { re: /\b(?:military\s+(?:withdrawal|pull-?out|drawdown)|withdrawal|pull-?out|pull-?back|drawdown)\s+(?:of\s+(?:\S+\s+){0,3}?(?:troops|forces|soldiers|peacekeepers|contingent|military\s+personnel)\s+)?from\b/gi, mode: 'withdraw', noun: true, needRecipient: true },
      // "The last French soldiers left Niger", "hundreds of American troops are expected to leave
      // bases in Iraq": the trigger is the verb (its modality is read there), its subject the force.
      { re: new RegExp(String.raw`\b(?:${FORCES_LEFT})\b(?<=\b(?:troops|forces|soldiers|peacekeepers|contingent|army|armies),?\s+(?:(?!and\b|or\b)\S+\s+|and\s+(?:its|their)\s+\S+\s+){0,4}?(?:${FORCES_LEFT}))`, 'gi'), mode: 'withdraw', needRecipient: true },
      { re: /\b(?:pull(?:ed|s|ing)?|mov(?:e|ed|es|ing))\s+(?:back\s+|out\s+)?(?:(?:its|their|all|the|remaining|last)\s+)*(?:\S+\s+){0,2}?(?:troops|forces|soldiers|contingent)\s+(?:out\s+of|back\s+from|from)\b/gi, mode: 'withdraw', needRecipient: true },
      // "ended its military presence in Niger", "handed over their last base in Chad".
      { re: /\b(?:end(?:ed|s|ing)?|wound\s+down|wind(?:s|ing)?\s+down)\s+(?:(?:its|their|the)\s+)?(?:own\s+)?(?:\S+\s+){0,2}?(?:military|troop|armed)\s+(?:presence|mission|deployment)(?:\s+in)?\b|\b(?:hand(?:ed|s|ing)?\s+over|vacat(?:e|ed|es|ing)|clos(?:e|ed|es|ing))\s+(?:(?:its|their|the)\s+)?(?:last|final|remaining)\s+(?:\S+\s+){0,2}?(?:base|bases|camp|garrison)\s+in\b/gi, mode: 'withdraw', needRecipient: true },
    ],
    examples: [
      { text: 'After the French and British withdrawal from Mali, the junta hardened its stance.', initiators: ['FR', 'GB'], recipients: ['ML'] },
      { text: 'About 1,000 French troops have been pulled out of Chad in stages.', initiators: ['FR'], recipients: ['TD'] },
      { text: 'The French troops and their aircraft left Chad on Thursday.', initiators: ['FR'], recipients: ['TD'] },
      { text: 'Russia pulled its troops out of Azerbaijan in 2024.', initiators: ['RU'], recipients: ['AZ'] },
      { text: 'France withdrew its ambassador and its troops from Niger within weeks.', initiators: ['FR'], recipients: ['NE'] },
      { text: 'Germany ended its own military presence in Niger at the end of August.', initiators: ['DE'], recipients: ['NE'] },
      { text: 'French troops handed over their last base in Chad on Thursday.', initiators: ['FR'], recipients: ['TD'] },
      { text: 'Washington has ordered the pullout of its troops from Syria.', initiators: ['US'], recipients: ['SY'] },
      { text: 'Russia pulled back its forces from Ukraine.', initiators: ['RU'], recipients: ['UA'] },
      { text: "Saudi Arabia backed a resolution that demanded Russia's withdrawal from Ukraine.", initiators: ['RU'], recipients: ['UA'], factuality: 'HYPOTHETICAL' },
      { text: 'Hundreds of American troops are expected to leave bases in Iraq by September.', initiators: ['US'], recipients: ['IQ'], factuality: 'FUTURE' },
      { text: 'Senegal said all French troops must leave Senegal by the end of the year.', initiators: ['FR'], recipients: ['SN'], factuality: 'HYPOTHETICAL' },
    ],
  },
  MEMBERSHIP_JOINED: {
    verb: ['joined', 'join'],
    triggers: [
      { re: /\b(?:re-?)?join(?:ed|s|ing)?\b/gi, mode: 'membership', needRecipient: true },
      { re: /\bbec(?:ame|ome|omes|oming)\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?members?\s+of\b/gi, mode: 'membership', needRecipient: true },
      // "became the alliance's 32nd member", "is now NATO's newest member".
      { re: /\b(?:bec(?:ame|ome|omes|oming)|(?:is|was)(?:\s+now)?|admitted\s+as)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:\d+(?:st|nd|rd|th)|first|second|third|newest|latest|youngest|full)\s+(?:full\s+)?member\b(?:\s+of\s+(?:the\s+)?\S+(?:\s+\S+){0,3})?/gi, mode: 'membership', needRecipient: true, objectInside: true },
      // "the Arab League readmitted Syria": the organization admits, the state joins.
      { re: /\b(?:re)?admi(?:t|ts|tted|tting)\b(?!\s+(?:that|to|it))/gi, mode: 'admit', needRecipient: true },
      { re: /\b(?:accession|(?:re)?admission|(?:re)?admitted)\s+(?:in)?to\b/gi, mode: 'membership', needRecipient: true },
      // "formally acceded to NATO", "was granted full membership of ASEAN", "entered BRICS as a full member".
      { re: /\bacced(?:e|ed|es|ing)\s+to\b|\b(?:grant(?:ed|s|ing)?|gain(?:ed|s|ing)?|won|win|wins|winning|obtain(?:ed|s|ing)?|given)\s+(?:(?:full|permanent)\s+)?membership\s+(?:of|in)\b/gi, mode: 'membership', needRecipient: true },
      { re: /\bent(?:er|ered|ers|ering)\s+(?:\S+\s+){1,4}?as\s+(?:an?\s+)?(?:(?:full|permanent)\s+)?member\b/gi, mode: 'membership', needRecipient: true, objectInside: true },
      // "since South Africa came on board in 2010" (the body is the one told before, see elidedBody).
      { re: /\b(?:came|come|comes|coming)\s+on\s+board\b/gi, mode: 'membership', needRecipient: true },
    ],
    examples: [
      { text: 'Sweden became the alliance\'s 32nd member on Thursday, NATO said.', initiators: ['SE'], recipients: ['nato'] },
      { text: 'The Arab League readmitted Syria on Sunday.', initiators: ['SY'], recipients: ['arab-league'] },
      { text: 'Indonesia has been admitted as a full member of BRICS, Brazil said.', initiators: ['ID'], recipients: ['brics'] },
      { text: 'Timor-Leste was admitted to ASEAN as its 11th member on Sunday.', initiators: ['TL'], recipients: ['asean'] },
      { text: 'Finland formally acceded to NATO on Tuesday.', initiators: ['FI'], recipients: ['nato'] },
      { text: 'The African Union was granted permanent membership of the G20 on Saturday.', initiators: ['african-union'], recipients: ['g20'] },
      { text: 'Indonesia entered BRICS as a full member on January 6.', initiators: ['ID'], recipients: ['brics'] },
    ],
  },
  MEMBERSHIP_LEFT: {
    verb: ['left', 'leave'],
    triggers: [
      // "signed an order taking the United States out of the WHO", "pulled Argentina out of": the state taken out leaves.
      { re: /\b(?:tak(?:e|es|ing|en)|took|pull(?:ed|s|ing)?)\s+(?:(?!its\b|their\b)\S+\s+){1,4}?out\s+of\b/gi, mode: 'membership', needRecipient: true },
      { re: /\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:ed|s|ing)?|withdr(?:aw|ew|awn|awing|aws)\s+from|withdrawal\s+from|departure\s+from|pull(?:ed|s|ing)?\s+out\s+of)\b/gi, mode: 'membership', needRecipient: true },
      // "decided to end its membership of the council", "renounced its membership in the court".
      { re: /\b(?:end(?:ed|s|ing)?|terminat(?:e|ed|es|ing)|renounc(?:e|ed|es|ing)|relinquish(?:ed|es|ing)?|giv(?:e|es|ing)\s+up|gave\s+up)\s+(?:(?:its|their|his|her)\s+)?(?:[\w-]+\s+)?membership\s+(?:of|in)\b/gi, mode: 'membership', needRecipient: true },
      // "Hungary, which announced its own withdrawal in April": the body told before (see elidedBody).
      { re: /\b(?:announc(?:e|ed|es|ing)|complet(?:e|ed|es|ing)|confirm(?:ed|s|ing)?|notif(?:y|ied|ies|ying))\s+(?:its|their)\s+(?:own\s+)?(?:formal\s+)?(?:withdrawal|exit|departure)\b(?!\s+from\b)/gi, mode: 'membership', needRecipient: true, overlaps: true },
      // "Russia was expelled from the Council of Europe": a state put out of a body leaves it.
      { re: /\b(?:was|were|been|being)\s+(?:formally\s+)?(?:expelled|ousted|thrown\s+out|kicked\s+out)\s+(?:from|of)\b/gi, mode: 'membership', needRecipient: true, overlaps: true },
    ],
    examples: [
      { text: 'Burkina Faso, Mali and Niger left the Economic Community of West African States in January.', initiators: ['BF', 'ML', 'NE'], recipients: ['ecowas'] },
      { text: 'President Donald Trump signed an order taking the United States out of the World Health Organization.', initiators: ['US'], recipients: ['who'] },
      { text: 'Moldova is leaving the Commonwealth of Independent States, its foreign ministry said.', initiators: ['MD'], recipients: ['commonwealth-of-independent-states'], factuality: 'FUTURE' },
    ],
  },
  SEIZURE_OF_POWER: {
    verb: ['seized power in', 'seize power in'],
    triggers: [
      { re: /\b(?:seiz(?:e|ed|es)|grab(?:bed|s)?)\s+power\b/gi },
      // "came to power", "took power", "returned to power" are also said of elected leaders: a
      // seizure only when soldiers or an armed group take it, or a coup is named with it.
      { re: new RegExp(String.raw`\b(?:(?:took|take|takes|taken)\s+power|(?:came|come|comes)\s+to\s+power|return(?:ed|s|ing)?\s+to\s+power)\b${BY_FORCE}`, 'gi') },
      // Not one in general ("condemn any takeover of the government by force").
      { re: /\b(?:seizure\s+of\s+power|takeover)\b(?<!\b(?:any|no|every|future|further|possible|potential|hostile|corporate)\s+(?:(?:military|armed|violent|unconstitutional)\s+)?(?:seizure\s+of\s+power|takeover))/gi, noun: true },
      // The verb, not the adjective ("the ousted government" names a past seizure, not its author).
      { re: /\b(?:overthr(?:ew|own|ow)|ousted|toppled|deposed)\b(?<!\b(?:the|an?|its|their|his|her|recently|newly|once)\s+(?:overthr(?:ew|own|ow)|ousted|toppled|deposed))/gi },
      { re: /\bstag(?:ed|es|ing)\s+(?:a\s+)?(?:military\s+)?coup\b|\bremov(?:ed|ing)\s+(?:\S+\s+){1,5}?from\s+power\b/gi },
      { re: /\b(?:t(?:ook|ake|akes|aken|aking)|seiz(?:e|ed|es|ing))\s+control\s+of\s+(?:the\s+)?(?:country|government|state|capital)\b/gi },
      { re: /\b(?:ouster|overthrow|toppling|removal)\s+of\s+(?:the\s+)?(?:President|Prime Minister|leader|government)\b/g, noun: true },
      // The coup named with its country: "after coups in Mali, Burkina Faso and Niger", "since a
      // coup in Guinea in 2021" (not an attempt, a plot or the fear of one).
      { re: /\b[Cc]oups?\b(?<!\b(?:attempted|failed|foiled|thwarted|abortive|alleged|would-be|botched|aborted|planned|suspected|anti|possible|another)\s+coups?)(?<!\b(?:fears?|threats?|risk|rumou?rs?|spectre|talk|warnings?)\s+of\s+(?:an?\s+)?coups?)(?!\s+(?:attempts?|plots?|bids?|threats?|rumou?rs?|fears?|leaders?|plotters)\b)(?=\s+in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z])/g, noun: true },
    ],
    examples: [
      { text: 'The Taliban seized power in Afghanistan in August 2021.', initiators: ['taliban'], recipients: ['AF'] },
      { text: 'The Taliban returned to power in Afghanistan in 2021.', initiators: ['taliban'], recipients: ['AF'] },
      { text: 'Soldiers staged a coup in Gabon on Wednesday.', initiators: [], recipients: ['GA'] },
      { text: 'In Madagascar, an elite army unit took control of the country on Tuesday.', initiators: [], recipients: ['MG'] },
      { text: 'Paris suspended aid to the Sahel after the army\'s removal of President Mohamed Bazoum.', initiators: [], recipients: ['NE'] },
      { text: 'Rebels led by Hayat Tahrir al-Sham toppled President Bashar al-Assad in December.', initiators: ['hayat-tahrir-al-sham'], recipients: ['SY'] },
      // One seizure per country (tests/ingest/events-action.test.ts reads both): the first is Mali's.
      { text: 'Soldiers took power in Mali in 2020 and in Burkina Faso in 2022.', initiators: [], recipients: ['ML'] },
      { text: 'President Ibrahim Traoré, who came to power in a coup in September 2022, expelled French troops.', initiators: ['BF'], recipients: ['BF'] },
      { text: 'The Taliban government of Afghanistan has ruled since the movement returned to power in Kabul in 2021.', initiators: ['taliban'], recipients: ['AF'] },
      { text: 'The Taliban seized power in Afghanistan in 2021. Washington froze Afghan central bank assets after the takeover.', initiators: ['taliban'], recipients: ['AF'] },
      { text: 'Guinea has been ruled by a junta since a coup in Conakry in September 2021.', initiators: [], recipients: ['GN'] },
    ],
  },
  STATEMENT_OF_SUPPORT: {
    verb: ['expressed support for', 'express support for'],
    triggers: [
      // Support told by a call made for it: "called Prime Minister Modi to offer his support", "phoned Zelensky to express solidarity".
      { re: /\b(?:called|phoned|telephoned|rang)\s+(?!on\b|for\b|off\b)(?:\S+\s+){1,6}?to\s+(?:offer|express|pledge|reaffirm|voice|convey)\s+(?:\S+\s+){0,2}?(?:support|solidarity|backing|condolences)\b/gi, objectInside: true, needRecipient: true },
      { re: /\b(?:(?<![-‐])back(?:ed|s)|(?<!\b(?:the|its|their|his|her|of|and|with|for|full|strong|firm|public|military|political|international|Western|American|Chinese|Russian|European)\s+)backing|(?<![-‐])support(?:ed|s|ing)|(?<=\b(?:to|will|would|did|does|do|also|fully|strongly|firmly|continue to)\s+)(?:back|support)(?!\s+(?:to|from|down|away|off|out|in)\b)|endors(?:e|ed|es|ing)|prais(?:e|ed|es|ing)|(?:gave|giv(?:e|es|en|ing)|lent|lend(?:s|ing)?|signal(?:l?ed|s|l?ing)?|extend(?:ed|s|ing)?|declar(?:ed|es|ing))\s+(?:\S+\s+){0,2}?(?:support|backing)\s+(?:for|to)|(?:express|voic|offer|pledg|reaffirm|reiterat|renew)(?:ed|es|ing|e|s)?\s+(?:\S+\s+){0,2}?(?:support|backing)(?:\s+(?:for|to))?|commend(?:ed|s|ing)?|laud(?:ed|s|ing)?|st(?:and|ands|ood|anding)\s+(?:(?:firmly|squarely|fully|resolutely|strongly|unequivocally|shoulder to shoulder)\s+)?(?:with|behind|by)|(?:came|come|comes|coming)\s+out\s+(?:(?:strongly|firmly|publicly)\s+)?in\s+(?:support|favou?r)\s+of|sid(?:e|ed|es|ing)\s+with|rall(?:ied|y|ies|ying)\s+(?:behind|around)|thr(?:ew|ow|ows|owing)\s+(?:\S+\s+){0,2}?weight\s+behind|(?:reaffirm|reiterat|renew|underscor|underlin)(?:ed|es|ing|e|s)?\s+(?:\S+\s+){0,2}?(?:commitment|backing)\s+to)\b/gi, needRecipient: true, anaphoric: true },
      // (Not a compound adjective: "the Algerian-backed Polisario Front", "Iranian-supported militias" tell whose side, not a statement.)
      // Welcoming a decision answers the act it names; thanking names whom it supports.
      { re: /\b(?:welcom(?:e|ed|es|ing)|hail(?:ed|s|ing)?|applaud(?:ed|s|ing)?|thank(?:ed|s|ing)?|congratulat(?:e|ed|es|ing))\b/gi, needRecipient: true, anaphoric: true },
      { re: /\b(?:express(?:ed|es|ing)?|declar(?:ed|es|ing)|voic(?:ed|es|ing)|offer(?:ed|s|ing)?|reaffirm(?:ed|s|ing)?|reiterat(?:ed|es|ing)|renew(?:ed|s|ing)?|pledg(?:ed|es|ing)|show(?:ed|s|ing)?|in)\s+(?:\S+\s+){0,2}?solidarity\s+with\b/gi, needRecipient: true },
      // Thanks given in other words: "expressed its gratitude to Japan"; support assured: "assured Putin of China's support".
      { re: /\b(?:express(?:ed|es|ing)?|voic(?:ed|es|ing)|conve(?:y|yed|ys|ying))\s+(?:\S+\s+){0,2}?(?:gratitude|appreciation|thanks)\s+(?:to|for)\b/gi, needRecipient: true, anaphoric: true },
      { re: /\bassur(?:ed|es|ing)\s+(?:\S+\s+){1,6}?of\s+(?:\S+\s+){0,3}?(?:support|backing|solidarity)\b/gi, objectInside: true, needRecipient: true },
      // A reported approval: "said the recognitions were 'an important and necessary step'".
      { re: REPORTED_APPROVING, objectInside: true, needRecipient: true, anaphoric: true, overlaps: true },
      // "The plan won backing from Germany and France".
      { re: /\b(?:w(?:on|in|ins|inning)|earn(?:ed|ing)|gain(?:ed|ing)|dr(?:ew|aw|aws|awing))\s+(?:\S+\s+){0,3}?(?:support|backing|praise|endorsements?)\s+(?:from|by|of)\b/gi, needRecipient: true, anaphoric: true, agentAfter: true, overlaps: true },
      // An approving name without quotation marks: "called the vote a recognition of the country's progress",
      // "described the decision as a victory for diplomacy" (the act named answers, see resolveAnaphoricObject).
      { re: /\b(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|term(?:ed|s|ing))\s+(?:the|its|their|this|that|these|it)\s+(?:[^\s"“.;,]+\s+){0,3}?(?:as\s+)?(?:an?\s+|the\s+)?(?:(?:important|major|significant|historic|welcome|positive|big|great|huge|long-awaited|real|clear)\s+)?(?:recognition|victory|milestone|triumph|vindication|step forward|new (?:beginning|chapter|era|page)|fresh start|(?:important|positive|significant|major)\s+step|(?:step|example|model)\s+(?:that|which|for)\s+(?:[^\s.;,]+\s+){0,4}?follow)\b/gi, needRecipient: true, anaphoric: true, overlaps: true },
      // Ties or a commitment reaffirmed: "Tuvalu reaffirmed its ties with Taipei", "reaffirmed its commitment to Ukraine".
      { re: /\breaffirm(?:ed|s|ing)?\s+(?:(?:its|their|his|her|the)\s+)?(?:(?:strong|close|long-standing|unwavering|firm|full|diplomatic|official)\s+){0,2}(?:ties|relations|commitment|friendship|alliance|partnership)\s+(?:with|to)\b/gi, needRecipient: true },
      // An approving quotation: "called the decision 'courageous'".
      { re: /\b(?:call(?:ed|s|ing)?|describ(?:e|ed|es|ing)|hail(?:ed|s|ing)?)(?!\s+(?:for|on|upon|off)\b)\s+(?:(?!said\b|says\b)[^\s"“]+\s+){0,6}?(?:as\s+)?["“][^"”]{1,90}["”]/gi, guard: APPROVING, objectInside: true, needRecipient: true, anaphoric: true, overlaps: true },
      // Support in other words: "championed", "saluted", "lined up behind", "stands firmly behind" (not "is firmly
      // behind the attack": who is behind an act did it; not "paid tribute to": also to engineers, the dead).
      { re: /\b(?:champion(?:ed|s|ing)|salut(?:e|ed|es|ing)|lin(?:ed|es|ing)\s+up\s+behind|(?:stand|stands|standing|stood)\s+(?:firmly|squarely|fully|solidly|resolutely|four-square|united|wholeheartedly)\s+behind)\b/gi, needRecipient: true, anaphoric: true },
    ],
    examples: [
      { text: 'President Volodymyr Zelensky thanked the European Union for its decision.', initiators: ['UA'], recipients: ['european-union'] },
      { text: 'Afghanistan called the Russian decision "courageous" on Thursday.', initiators: ['AF'], recipients: ['RU'] },
      { text: 'Poland sided with Ukraine in the dispute.', initiators: ['PL'], recipients: ['UA'] },
      { text: 'The European Union, which had threatened to review a minerals partnership with Kigali, welcomed the deal between Congo and Rwanda.', initiators: ['european-union'], recipients: ['CD', 'RW'] },
      { text: 'Sweden stood behind Finland in the dispute.', initiators: ['SE'], recipients: ['FI'] },
    ],
  },
  CONDEMNATION: {
    verb: ['condemned', 'condemn'],
    triggers: [
      { re: /\b(?:condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing)|criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|accus(?:e|ed|es|ing)|rebuk(?:e|ed|es)|slam(?:med|s)?|reject(?:ed|s|ing)?)\b/gi, needRecipient: true, anaphoric: true },
      // A name called without quotation marks: "called the new restrictions illegitimate", "called the move an attempted coup".
      { re: CALLED_HOSTILE, needRecipient: true, anaphoric: true, overlaps: true },
      { re: CALLED_NAME_HOSTILE, objectInside: true, needRecipient: true, overlaps: true },
      { re: /\b(?:blam(?:e|ed|es|ing)|deplor(?:e|ed|es|ing)|lambast(?:ed|s|ing)?|censur(?:e|ed|es|ing)|decr(?:y|ied|ies)|castigat(?:e|ed|es|ing)|excoriat(?:e|ed|es|ing)|assail(?:ed|s|ing)?|chastis(?:e|ed|es|ing)|reprimand(?:ed|s|ing)?|blast(?:ed|s|ing)?|(?:firmly|strongly|resolutely)\s+oppos(?:e|ed|es)|object(?:ed|s|ing)?\s+to|protest(?:ed|s|ing)?\s+(?:to|against)|protest(?:ed|s)["”]?\s+(?=(?:the\s+)?[A-Z])|(?:hit(?:s|ting)?|lash(?:ed|es|ing)?)\s+out\s+(?:at|against)|t(?:ook|ake|akes|aking)\s+aim\s+at|(?:react|respond)(?:ed|s|ing)?\s+(?:angrily|furiously|sharply|strongly|with (?:anger|outrage|fury))\s+to|lodg(?:e|ed|es|ing)\s+(?:a\s+)?(?:formal\s+|strong\s+)?protest\s+with)\b/gi, needRecipient: true, anaphoric: true },
      { re: /\b(?:express(?:ed|es|ing)?|voic(?:ed|es|ing))\s+(?:\S+\s+){0,2}?["“]?(?:[^\s"”.;]+\s+){0,5}?(?:concern|outrage|indignation|disappointment|dismay|dissatisfaction|displeasure|opposition|regret|alarm|anger|(?<=\b(?:categorical|firm|total|complete|absolute|strong|strongest|vehement|utter|unequivocal)\s+)(?:rejection|condemnation|denunciation))["”]?\s+(?:over|at|about|with|to|of)\b/gi, needRecipient: true, anaphoric: true },
      { re: /\b(?:deeply\s+|very\s+)?disappointed["”]?\s+(?:by|with|in|at)\b|\b(?:(?:deeply|gravely|seriously|very|extremely)\s+(?:concerned|alarmed|troubled)|outraged|appalled|dismayed|shocked)["”]?\s+(?:by|at|over|about)\b/gi, needRecipient: true, anaphoric: true },
      // A reported judgement: "said the United States was putting 'unacceptable pressure' on",
      // "said Washington's tariffs violated WTO rules".
      { re: REPORTED_HOSTILE, objectInside: true, needRecipient: true, anaphoric: true },
      { re: QUOTE_LEAD_HOSTILE, quoteLead: true, objectInside: true, needRecipient: true, anaphoric: true, overlaps: true },
      // "dismissed the move as 'another piece of Russophobia'".
      { re: /\bdismiss(?:ed|es|ing)?\s+(?:\S+\s+){1,6}?as\b/gi, objectInside: true, needRecipient: true, anaphoric: true },
      // A name called in a hostile quotation: "called the reversal 'an act of arrogance'".
      { re: /\b(?:call(?:ed|s|ing)?|describ(?:e|ed|es|ing)|brand(?:ed|s|ing)?|term(?:ed|s|ing)?|label(?:l?ed|s|l?ing)?|regard(?:ed|s|ing)?)(?!\s+(?:for|on|upon|off)\b)\s+(?:(?!said\b|says\b)[^\s"“]+\s+){0,12}?(?:as\s+)?["“][^"”]{1,90}["”]/gi, guard: HOSTILE, objectInside: true, needRecipient: true, anaphoric: true, overlaps: true },
      // "The invasion drew swift condemnation from Australia, New Zealand and South Korea".
      { re: /\b(?:dr(?:ew|aw|aws|awing|awn)|prompt(?:ed|ing)|trigger(?:ed|ing)|spark(?:ed|ing)|provok(?:ed|ing)|earn(?:ed|ing)|attract(?:ed|ing))\s+(?:\S+\s+){0,3}?(?:condemnation|criticism|rebukes?|censure|protests?)\s+(?:from|by|of)\b/gi, needRecipient: true, anaphoric: true, agentAfter: true, overlaps: true },
      { re: /\b(?:rais(?:e|ed|es|ing)|voic(?:e|ed|es|ing))\s+(?:\S+\s+){0,2}?concerns?\s+(?:with|over|about)\b|\blodg(?:e|ed|es|ing)\s+(?:what\s+(?:\S+\s+){1,4}?(?:called|described as|termed)\s+)?(?:\S+\s+){0,4}?["“]?(?:representations|protests?|complaints?)\b/gi, needRecipient: true, anaphoric: true },
      // Reproach in other words (trigger-coverage.test.ts): "reproached", "chided", "took ... to task",
      // "railed against", "spoke out against"; with the object inside: "called out Russia for", "held ... responsible for".
      { re: /\b(?:reproach(?:ed|es|ing)?|chid(?:e|ed|es|ing)|berat(?:e|ed|es|ing)|derid(?:e|ed|es|ing)|ridicul(?:ed|es|ing)|scold(?:ed|s|ing)?|upbraid(?:ed|s|ing)?|admonish(?:ed|es|ing)?|pillor(?:y|ied|ies|ying)|vilif(?:y|ied|ies|ying)|demoni[sz](?:e|ed|es|ing)|fault(?:ed|ing)|(?:tore|tear|tears|tearing|torn)\s+into|rail(?:ed|s|ing)?\s+against|(?:spoke|spoken|speak|speaks|speaking)\s+out\s+against)\b/gi, needRecipient: true, anaphoric: true },
      { re: /\bcall(?:ed|s|ing)?\s+out\s+(?!to\b|the\s+(?:army|troops|military|guard|police)\b)(?:\S+\s+){1,4}?(?:for|over)\b|\bt(?:ook|ake|akes|aking|aken)\s+(?:(?!to\b)\S+\s+){1,4}?to\s+task\b|\bh(?:eld|old|olds|olding)\s+(?:(?!talks\b|a\b|an\b)\S+\s+){1,4}?(?:fully\s+|directly\s+|solely\s+)?responsible\s+for\b/gi, objectInside: true, needRecipient: true },
      // Censure as a noun, owned or voiced: "Spain's condemnation of Russia", "voiced strong criticism of Israel",
      // "in a sharp rebuke to Venezuela" (not "amid criticism of China": whose is not told).
      { re: new RegExp(String.raw`\b(?:condemnation|denunciation|criticism|censure|rebuke|reproach)(?<=(?:[A-Za-z]['’]s\s+|\b(?:voic\w*|express\w*|issu\w*|level\w*|deliver\w*|renew\w*|repeat\w*|reiterat\w*|stepp?\w*\s+up|in)\s+(?:(?:its|his|her|their|a|an|the)\s+)?)(?:(?:strong|sharp|harsh|fierce|rare|blistering|scathing|stinging|public|open|direct|unusually\s+\w+|swift|firm)\s+){0,2}(?:condemnation|denunciation|criticism|censure|rebuke|reproach))\s+(?:of|to|against)\b(?=\s+(?:the\s+)?[A-Z])`, 'g'), noun: true, needRecipient: true },
      { re: /\b(?:issu(?:e|ed|es|ing)|deliver(?:ed|s|ing)?)\s+(?:an?\s+)?(?:\S+\s+){0,2}?(?:rebuke|reprimand|condemnation|denunciation)\s+(?:of|to)\b/gi, needRecipient: true },
      { re: /\bh(?:it|its|itting)\s+back\s+at\b/gi, needRecipient: true, anaphoric: true },
      // "summoned the Japanese ambassador to protest the remarks": the infinitive with its object (done only as the
      // purpose of a done act, see purposedAct in counterpart.ts; else modality reads it as to come).
      { re: /\bprotest\b(?<=\bto\s+protest)\s+(?=(?:the|its|their|his|her|this|that|these|those|what)\s)/gi, needRecipient: true, anaphoric: true },
      // ... and "recalled its ambassador in protest at / over ..." ("in protest against" is read above).
      { re: /\bprotest\b(?<=\bin\s+protest)\s+(?:at|over)\b/gi, needRecipient: true, anaphoric: true },
      // A hostile name in a relative clause without its object: "a decision Israel called regrettable", "the
      // move, which Tokyo called deeply regrettable" (the head answers, see clauseApposition in index.ts).
      { re: new RegExp(String.raw`\bcalled\b(?<=\b(?:decisions?|moves?|steps?|acts?|actions?|measures?|remarks|comments|statements?|votes?|ruling|verdict|visit|trip|plan|policy|law|announcement|deal|agreement|recognition|expulsions?|sanctions|strikes?|attacks?)\s*,?\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:has|had|later|quickly|swiftly|immediately)\s+)?called)\s+(?:(?:deeply|very|highly|extremely|utterly|totally|completely|simply|absolutely|particularly|most)\s+)?(?:(?:an?|the)\s+)?(?:${HOSTILE_WORDS})\b`, 'g'), needRecipient: true, anaphoric: true },
    ],
    examples: [
      { text: 'Israel condemned Spain on Tuesday.', initiators: ['IL'], recipients: ['ES'] },
      { text: 'Hungary refused to condemn Russia.', initiators: ['HU'], recipients: ['RU'], factuality: 'NEGATED' },
      { text: 'Nauru switched recognition to China on Monday. Australia called the move "disappointing".', initiators: ['AU'], recipients: ['NR'] },
      { text: 'The Russian embassy in London dismissed the British decision as "another piece of Russophobia".', initiators: ['RU'], recipients: ['GB'] },
      { text: 'Cuba called the American decision "an act of arrogance and disregard for the truth".', initiators: ['CU'], recipients: ['US'] },
      { text: 'Danish Prime Minister Mette Frederiksen said the United States was putting "unacceptable pressure" on Greenland.', initiators: ['DK'], recipients: ['US'] },
      { text: "China's Foreign Ministry said Washington's tariffs violated World Trade Organization rules.", initiators: ['CN'], recipients: ['US'] },
      { text: 'China firmly opposes the American decision.', initiators: ['CN'], recipients: ['US'] },
      { text: "Japan expressed strong dissatisfaction with China's decision.", initiators: ['JP'], recipients: ['CN'] },
      { text: 'New Zealand raised its concerns with China on Monday.', initiators: ['NZ'], recipients: ['CN'] },
      { text: 'Beijing lodged a protest with Manila over the collision.', initiators: ['CN'], recipients: ['PH'] },
      { text: 'Venezuela, which Washington accuses of tolerating the gang, rejected the U.S. decision.', initiators: ['VE'], recipients: ['US'] },
    ],
  },
  AID_PROVIDED: {
    verb: ['provided aid to', 'provide aid to'],
    triggers: [
      // Double object: "is giving Ukraine C$500 million in military aid", "sent Kyiv more shells".
      { re: new RegExp(String.raw`\b(?:giv(?:e|es|en|ing)|gave|sen(?:d|t|ds|ding)|promis(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|grant(?:ed|s|ing)?|hand(?:ed|s|ing)?|lend(?:s|ing)?|lent)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:a|an|another|more|new|its|their|an\s+additional|some|about|nearly)\s+)*(?:\S+\s+){0,6}?(?:${AID_GOODS}|${WEAPON_KINDS}|(?:US|C|A)?[$€£]\s?\d[\d.,]*)`, 'g'), objectInside: true, needRecipient: true },
      // Money handed to a state: "will provide €5 billion to Egypt", "disbursed €4.2 billion to Ukraine".
      { re: /\b(?:provid(?:e|ed|es|ing)|giv(?:e|es|en|ing)|gave|lend(?:s|ing)?|lent|disburs(?:e|ed|es|ing)|transferr?(?:ed|s|ing)?|allocat(?:e|ed|es|ing)|grant(?:ed|s|ing)?|extend(?:ed|s|ing)?|commit(?:s|ted|ting)?|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|donat(?:e|ed|es|ing)|contribut(?:e|ed|es|ing))\s+(?:(?:a|an|another|about|nearly|some|more than|over|an additional)\s+)*(?:(?:US|C|A)?[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|trillion|m)?|\d[\d.,]*\s*(?:million|billion)\s+(?:euros|dollars|pounds|crowns|kroner|kronor|yen|yuan|rupees|francs|riyals|dirhams))\s+(?:(?!to\b|for\b)\S+\s+){0,4}?(?:to|for)\s+(?=\S)/gi, needRecipient: true, allRecipients: true },
      // "supplies Taiwan with arms", "provided Ukraine with $4.5 billion in budget support".
      { re: new RegExp(String.raw`\b(?:provid(?:e|ed|es|ing)|suppl(?:y|ied|ies|ying))\s+(?:\S+\s+){1,4}?with\s+(?:\S+\s+){0,6}?(?:${AID_GOODS}|${WEAPON_KINDS}|[$€£]\s?\d[\d.,]*)`, 'gi'), objectInside: true, needRecipient: true },
      { re: new RegExp(String.raw`\b(?:provid(?:e|ed|es|ing)|sen(?:d|t|ds|ding)|deliver(?:ed|s|ing)?|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|announc(?:e|ed|es|ing)|unveil(?:ed|s|ing)?|approv(?:e|ed|es|ing)|hand(?:ed|s)?\s+over|giv(?:e|es|en|ing)|gave|suppl(?:y|ied|ies|ying)|donat(?:e|ed|es|ing)|ship(?:ped|s|ping)?|transferr?(?:ed|s|ing)?|allocat(?:e|ed|es|ing)|disburs(?:e|ed|es|ing)|extend(?:ed|s|ing)?|earmark(?:ed|s|ing)?|airdropp?(?:ed|s|ing)?|airlift(?:ed|s|ing)?|dispatch(?:ed|es|ing)?)\s+(?:\S+\s+){0,8}?(?:${AID_GOODS})\b(?!\s+(?:cuts?|freeze))`, 'gi'), needRecipient: true, allRecipients: true },
      { re: new RegExp(String.raw`\b(?:pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|deliver(?:ed|s|ing)?|donat(?:e|ed|es|ing)|hand(?:ed|s|ing)?\s+over)\s+(?:\S+\s+){0,6}?(?:${WEAPON_KINDS})\s+(?:\S+\s+){0,3}?to\s+(?=[A-Z]|the\s+[A-Z])`, 'g'), needRecipient: true, allRecipients: true },
      // "unveiled a package of air defence interceptors and artillery shells for Kyiv".
      { re: new RegExp(String.raw`\b(?:package|tranche|shipment|consignment)\s+of\s+(?:(?!sanctions\b|measures\b|reforms\b)\S+\s+){0,8}?(?:${AID_GOODS}|${WEAPON_KINDS})\s+(?:(?!for\b|to\b)\S+\s+){0,3}?(?:for|to)\s+(?=\S)`, 'gi'), noun: true, needRecipient: true, allRecipients: true },
      // Not aid withheld ("suspended military aid to Egypt", "froze aid to Ethiopia": OTHER).
      // Nor aid restricted, banned or capped ("waived a 1992 restriction on U.S. aid to Azerbaijan").
      { re: /\b(?:aid|assistance)(?<!\b(?:restrict\w*|bans?|limits?|caps?|curbs?|freeze|cuts?|suspension|conditions)\s+on\s+(?:(?:all|its|their|the|any|U\.S\.|US|American|military|humanitarian|development|economic|financial|foreign|security)\s+){0,3}(?:aid|assistance))(?<!\b(?:suspen\w*|halt\w*|froze|freez\w*|cut|cuts|cutting|withh[eo]ld\w*|paus\w*|stopp?\w*|end|ends|ended|ending|block\w*|cancel\w*|slash\w*|terminat\w*|withdr\w*)\s+(?:(?:all|its|their|the|some|most|U\.S\.|American|military|humanitarian|development|economic|financial|foreign|security|budget)\s+){0,3}(?:aid|assistance))\s+(?:package\s+)?(?:to|for)\b/gi, noun: true, needRecipient: true, allRecipients: true },
      // Aid told from the receiving side: "Egypt received a $3 billion loan from the IMF", "Pakistan secured a bailout from".
      { re: new RegExp(String.raw`\b(?:receiv(?:e|ed|es|ing)|secur(?:e|ed|es|ing)|obtain(?:ed|s|ing)?|won|wins?|winning|g[eo]t|gets|getting)\s+(?:(?!from\b)\S+\s+){0,8}?(?:${AID_GOODS}|rescue\s+package|(?:US|C|A)?[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|trillion|m)?)\s+(?:(?!from\b)\S+\s+){0,3}?from\b`, 'gi'), needRecipient: true, agentAfter: true },
      // Aid told by its amount: "a €50 billion package of grants and loans for Ukraine"; also inside an agreement
      // ("signed a £2.26 billion loan agreement for Ukraine").
      { re: /(?:US)?[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|trillion|m)?\s+(?:(?!for\b|to\b)\S+\s+){0,8}?(?:for|to)\s+(?=\S)/gi, guard: /\b(?:aid|assistance|package|grants?|loans?|bailouts?|credit lines?|funding|financing|support|disbursements?|tranches?|donations?|contributions?|ammunition|weapons|arms|relief|humanitarian|reconstruction|budget)\b/i, noun: true, needRecipient: true, allRecipients: true, overlaps: true },
      // Weapons by kind handed to a named state ("sent tanks to Ukraine"; not "sent tanks into", nor "to its border":
      // case matters; not "transferred missiles to": also said of a sale).
      { re: new RegExp(String.raw`\b(?:sen(?:d|t|ds|ding)|ship(?:ped|s|ping)?|suppl(?:y|ied|ies|ying)|provid(?:e|ed|es|ing)|gift(?:ed|s|ing)?|rush(?:ed|es|ing)?)\s+(?:\S+\s+){0,6}?(?:${WEAPON_KINDS})\s+(?:(?!into\b)\S+\s+){0,3}?to\s+(?=[A-Z]|the\s+[A-Z])`, 'g'), needRecipient: true },
      // Relief carried by air, road or sea: "flew relief supplies to Sudan", "trucked food aid into Gaza".
      { re: new RegExp(String.raw`\b(?:fl(?:ew|own|ies|ying)|truck(?:ed|s|ing)|ferr(?:y|ied|ies|ying))\s+(?:\S+\s+){0,6}?(?:${AID_GOODS}|supplies)\s+(?:\S+\s+){0,3}?(?:to|into)\s+(?=[A-Z]|the\s+[A-Z])`, 'g'), needRecipient: true },
      // An amount pledged or given, its recipient the one told before: "The United States has pledged more than
      // $300 million" (to the mission in Haiti).
      { re: /\b(?:pledg(?:e|ed|es|ing)|donat(?:e|ed|es|ing)|disburs(?:e|ed|es|ing))\s+(?:(?:more\s+than|over|about|nearly|some|an\s+additional|another|a\s+further|up\s+to|almost|roughly)\s+)?(?:US|C|A)?[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|m)?\b/gi, needRecipient: true },
      // "deposited $1 billion in the central bank of Yemen", "with the State Bank of Pakistan".
      { re: /\bdeposit(?:ed|s|ing)?\s+(?:(?:US|C|A)?[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|m)?|\d[\d.,]*\s*(?:million|billion)\s+\w+)\s+(?:in|with|into|at)\s+(?:the\s+|its\s+)?(?:\S+\s+){0,2}?(?:central|state|national|reserve)\s+bank\b/gi, needRecipient: true },
    ],
    examples: [
      { text: 'The European Union agreed on Thursday to a €50 billion package of grants and loans for Ukraine.', initiators: ['european-union'], recipients: ['UA'] },
      { text: 'Japan promised $470 million in new assistance to Ukraine.', initiators: ['JP'], recipients: ['UA'] },
      { text: 'Germany shipped air-defence systems and other weapons to Ukraine.', initiators: ['DE'], recipients: ['UA'] },
      { text: 'Britain has pledged 14 Challenger 2 tanks to Ukraine.', initiators: ['GB'], recipients: ['UA'] },
      { text: 'Denmark said it would donate all 19 of its Caesar howitzers to Kyiv.', initiators: ['DK'], recipients: ['UA'] },
      { text: 'The United States supplies Taiwan with arms.', initiators: ['US'], recipients: ['TW'] },
      { text: 'Washington unveiled a package of air defence interceptors and artillery shells for Kyiv.', initiators: ['US'], recipients: ['UA'] },
      { text: 'China extended a $2 billion loan to Sri Lanka in March.', initiators: ['CN'], recipients: ['LK'] },
      { text: 'Canada is giving Ukraine C$500 million in military aid.', initiators: ['CA'], recipients: ['UA'] },
      { text: "Britain's £2.26 billion loan to Ukraine is to be repaid from the profits of frozen Russian assets.", initiators: ['GB'], recipients: ['UA'] },
      { text: 'Under the deal, the European Union will provide €5 billion to Egypt by 2027.', initiators: ['european-union'], recipients: ['EG'], factuality: 'FUTURE' },
      { text: 'The European Commission disbursed €4.2 billion to Ukraine on Tuesday.', initiators: ['european-commission'], recipients: ['UA'] },
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
