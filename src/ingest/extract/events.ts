// Diplomatic events: trigger patterns per type, then roles from the clause around the
// trigger (subject / object / "by" agent / passive voice / nominal modifiers), modality
// for factuality, and the nearest date expression.
import type { ActorRef, DiplomaticEventType, ExtractedEvent, ExtractedParticipant, Factuality, ParticipantRole, PartialDate } from '../types.ts';
import { COUNTRY_INFO } from './countries.ts';
import { dayOf, findDates } from './dates.ts';
import { orgRecordFor, type Mention, type OrgRecord } from './entities.ts';
import type { OfficialRecord } from './officials.ts';
import type { Sentence } from './sentences.ts';
import { lastAtOrBefore } from './text.ts';

type Mode = 'default' | 'accredit' | 'withdraw' | 'membership' | 'symmetric';
interface Trigger {
  type: DiplomaticEventType;
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
}

const T: Trigger[] = [
  { type: 'RECOGNITION', re: /\brecogni[sz](?:e|es|ed|ing)\b(?!\s+(?:that|the need|the importance|the right|the role))/gi, needRecipient: true },
  { type: 'RECOGNITION', re: /\brecognition\s+of\b/gi, noun: true, needRecipient: true },
  { type: 'DIPLOMATIC_RELATIONS_ESTABLISHED', re: /\b(?:re-?establish(?:ed|es|ing)?|establish(?:ed|es|ing)?|restor(?:e|ed|es|ing)|normali[sz](?:e|ed|es|ing)|resum(?:e|ed|es|ing)|forg(?:e|ed|es|ing))\s+(?:(?:full|formal|official|diplomatic|bilateral|normal)\s+)*(?:relations|ties)\b/gi, mode: 'symmetric' },
  { type: 'DIPLOMATIC_RELATIONS_ESTABLISHED', re: /\b(?:establishment|restoration|normali[sz]ation|resumption)\s+of\s+(?:(?:full|formal|diplomatic)\s+)*(?:relations|ties)\b/gi, mode: 'symmetric', noun: true },
  { type: 'DIPLOMATIC_RELATIONS_SEVERED', re: /\b(?:sever(?:ed|s|ing)?|cut(?:s|ting)?|br(?:eak|oke|eaks|eaking)\s+off|br(?:oke|eak|eaks)|end(?:ed|s)?)\s+(?:off\s+)?(?:(?:its|their|all|the|decades-old|long-standing|full|formal|official|diplomatic)\s+)*(?:relations|ties)\b/gi, needRecipient: false },
  { type: 'AMBASSADOR_ACCREDITED', re: /\b(?:receiv(?:e|ed|es|ing)|accept(?:ed|s|ing)?|present(?:ed|s|ing)?)\s+(?:(?:his|her|the|their|its)\s+)?(?:letters\s+of\s+)?credentials\b/gi, mode: 'accredit', needRecipient: true },
  { type: 'AMBASSADOR_RECALLED', re: /\brecall(?:ed|s|ing)?\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:own\s+)?(?:\S+\s+)?(?:ambassadors?|envoys?|diplomats|top diplomat)\b/gi, needRecipient: true },
  { type: 'AMBASSADOR_SUMMONED', re: /\bsummon(?:ed|s|ing)?\s+(?:(?:the|a|an|its|their)\s+)?(?:\S+\s+){0,2}?(?:ambassador|envoy|charg[ée] d'affaires|diplomats?)\b/gi, objectInside: true, needRecipient: true },
  { type: 'DIPLOMAT_EXPELLED', re: /\bexpel(?:s|led|ling)?\s+(?:\S+\s+){0,4}?(?:diplomats?|ambassadors?|envoys?|intelligence officers|embassy staff|attach[ée]s?|consuls?)\b/gi, objectInside: true, needRecipient: true },
  { type: 'DIPLOMAT_EXPELLED', re: /\bexpulsions?\s+of\s+(?:\S+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?)\b/gi, objectInside: true, noun: true, needRecipient: true },
  { type: 'DIPLOMAT_EXPELLED', re: /\bdeclar(?:ed|es|ing)\s+(?:\S+\s+){1,4}?persona non grata\b/gi, objectInside: true, needRecipient: true },
  { type: 'DIPLOMAT_EXPELLED', re: /\b(?:gave|giving|ordered|ordering)\s+(?:\S+\s+){0,3}?(?:diplomats?|ambassador|envoy)\s+(?:\S+\s+){0,3}?to leave\b/gi, objectInside: true, needRecipient: true },
  { type: 'VISIT', re: /\bvisit(?:ed|s|ing)?\b(?!\s+(?:that|which))/gi, needRecipient: true },
  { type: 'VISIT', re: /\barriv(?:ed|es|ing)\s+in\b/gi, needRecipient: true },
  { type: 'VISIT', re: /\b(?:trip|travell?ed)\s+to\b/gi, needRecipient: true },
  { type: 'MEETING', re: /\b(?:met|meets?|meeting)\s+(?:with\s+)?(?=\S)/gi, mode: 'symmetric' },
  { type: 'NEGOTIATION', re: /\b(?:held|hold|holds|holding|during|after|of)\s+(?:\S+\s+){0,4}?talks\b/gi, mode: 'symmetric' },
  { type: 'NEGOTIATION', re: /\bnegotiat(?:e|ed|es|ing|ions)\s+(?:with|between)\b/gi, mode: 'symmetric' },
  { type: 'AGREEMENT_SIGNED', re: /\bsign(?:ed|s|ing)?\s+(?:\S+\s+){0,5}?(?:agreements?|accords?|deals?|treaty|pact|memorand(?:um|a)|communiqu[ée]|declaration|documents)\b/gi, mode: 'symmetric' },
  { type: 'AGREEMENT_SIGNED', re: /\b(?:was|were)\s+signed\s+by\b/gi, mode: 'symmetric' },
  { type: 'AGREEMENT_SIGNED', re: /\bagreed\s+(?:\S+\s+){0,3}?(?:to\s+)?(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:deal|truce|ceasefire|agreement|accord|pact)\b/gi, mode: 'symmetric' },
  { type: 'SANCTIONS_LIFTED', re: /\b(?:lift(?:ed|s|ing)?|eas(?:e|ed|es|ing)|remov(?:e|ed|es|ing)|scrap(?:ped|s)?|rescind(?:ed|s)?)\s+(?:\S+\s+){0,4}?sanctions\b/gi, needRecipient: true },
  { type: 'SANCTIONS_IMPOSED', re: /\b(?:impos(?:e|ed|es|ing)|slap(?:ped|s)?|introduc(?:e|ed|es|ing)|adopt(?:ed|s)?|extend(?:ed|s)?)\s+(?:\S+\s+){0,4}?sanctions\b/gi, needRecipient: true },
  { type: 'SANCTIONS_IMPOSED', re: /\bsanction(?:ed|s|ing)\s+(?=(?:\S+\s+){0,3}?(?:[A-Z]|banks|officials|companies|individuals|entities))/g, needRecipient: true },
  { type: 'SANCTIONS_IMPOSED', re: /\bsanctions\s+(?:on|against)\b/gi, noun: true, needRecipient: true },
  { type: 'SANCTIONS_IMPOSED', re: /\b(?:ban(?:ned|s)?|embargo)\s+(?:\S+\s+){0,4}?(?:imports|exports)\s+(?:from|to|of)\b/gi, needRecipient: true },
  { type: 'DESIGNATION_ADDED', re: /\bdesignat(?:e|ed|es|ing)\s+(?:\S+\s+){0,6}?as\s+(?:an?\s+)?(?:\S+\s+){0,4}?(?:terrorists?|terror)\b/gi, objectInside: true, needRecipient: true },
  { type: 'DESIGNATION_ADDED', re: /\b(?:add(?:ed|s|ing)?|put|plac(?:e|ed|es|ing))\s+(?:\S+\s+){1,5}?(?:to|on)\s+(?:its|their|the|a)\s+(?:\S+\s+){0,5}?(?:list|blacklist)\b/gi, objectInside: true, needRecipient: true },
  { type: 'DESIGNATION_ADDED', re: /\bblacklist(?:ed|s|ing)\b/gi, needRecipient: true },
  { type: 'DESIGNATION_REMOVED', re: /\bremov(?:e|ed|es|ing)\s+(?:\S+\s+){1,6}?from\s+(?:its|their|the|a)\s+(?:\S+\s+){0,5}?(?:list|blacklist)\b/gi, objectInside: true, needRecipient: true },
  { type: 'DESIGNATION_REMOVED', re: /\b(?:revok(?:e|ed|es|ing)|rescind(?:ed|s|ing)?|lift(?:ed|s|ing)?|revers(?:e|ed|es|ing)|cancel(?:l?ed|s)?)\s+(?:(?:that|the|its|this|a)\s+)?(?:\S+\s+){0,3}?(?:designation|listing)\b/gi, needRecipient: true, anaphoric: true },
  { type: 'DESIGNATION_REMOVED', re: /\bdelist(?:ed|s|ing)?\b/gi, needRecipient: true },
  { type: 'MILITARY_WITHDRAWAL', re: /\bwithdr(?:aw|ew|awn|awing|aws)\s+(?:(?:its|their|all|the|remaining|last)\s+)*(?:\S+\s+){0,2}?(?:troops|forces|soldiers|military|contingent)\b/gi, mode: 'withdraw', needRecipient: true },
  { type: 'MILITARY_WITHDRAWAL', re: /\b(?:military\s+)?withdrawal\s+(?:of\s+(?:\S+\s+){0,3}?(?:troops|forces)\s+)?from\b/gi, mode: 'withdraw', noun: true, needRecipient: true },
  { type: 'MILITARY_WITHDRAWAL', re: /\b(?:troops|forces|soldiers)\s+(?:\S+\s+){0,2}?(?:left|leave|leaving|pulled out of|withdrew from)\b/gi, mode: 'withdraw', needRecipient: true },
  { type: 'MEMBERSHIP_JOINED', re: /\bjoin(?:ed|s|ing)?\b/gi, mode: 'membership', needRecipient: true },
  { type: 'MEMBERSHIP_JOINED', re: /\bbec(?:ame|ome|omes|oming)\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?members?\s+of\b/gi, mode: 'membership', needRecipient: true },
  { type: 'MEMBERSHIP_JOINED', re: /\b(?:accession|admission|admitted)\s+(?:in)?to\b/gi, mode: 'membership', needRecipient: true },
  { type: 'MEMBERSHIP_LEFT', re: /\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:ed|s|ing)?|withdr(?:aw|ew|awn|awing|aws)\s+from|withdrawal\s+from|departure\s+from|pull(?:ed|s|ing)?\s+out\s+of)\b/gi, mode: 'membership', needRecipient: true },
  { type: 'SEIZURE_OF_POWER', re: /\b(?:seiz(?:e|ed|es)|t(?:ook|ake|akes|aken)|grab(?:bed|s)?|c(?:ame|ome|omes))\s+(?:to\s+)?power\b/gi },
  { type: 'SEIZURE_OF_POWER', re: /\b(?:seizure\s+of\s+power|takeover)\b/gi, noun: true },
  { type: 'SEIZURE_OF_POWER', re: /\b(?:overthr(?:ew|own|ow)|ousted|toppled)\b/gi },
  { type: 'STATEMENT_OF_SUPPORT', re: /\b(?:back(?:ed|s|ing)|support(?:ed|s|ing)|endors(?:e|ed|es|ing)|prais(?:e|ed|es|ing)|express(?:ed|es|ing)?\s+(?:\S+\s+){0,2}?support\s+for|st(?:and|ands|ood)\s+with)\b/gi, needRecipient: true },
  { type: 'CONDEMNATION', re: /\b(?:condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing)|criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|accus(?:e|ed|es|ing)|rebuk(?:e|ed|es)|slam(?:med|s)?|reject(?:ed|s|ing)?)\b/gi, needRecipient: true, anaphoric: true },
  { type: 'CONDEMNATION', re: /\bcalled\s+(?:the|its|their|this)\s+(?:\S+\s+){0,3}?(?:a\s+)?(?:provocation|provocative|illegal|unacceptable|disproportionate|politici[sz]ed|betrayal|hostile|unjustified|violation)\b/gi, needRecipient: true, anaphoric: true },
  { type: 'AID_PROVIDED', re: /\b(?:provid(?:e|ed|es|ing)|sen(?:d|t|ds|ding)|deliver(?:ed|s|ing)?|pledg(?:e|ed|es|ing)|hand(?:ed|s)?\s+over|giv(?:e|es|en|ing)|gave)\s+(?:\S+\s+){0,8}?(?:aid|assistance|relief|weapons|ammunition)\b/gi, needRecipient: true, allRecipients: true },
  { type: 'AID_PROVIDED', re: /\b(?:aid|assistance)\s+(?:package\s+)?(?:to|for)\b/gi, noun: true, needRecipient: true, allRecipients: true },
];

const PREP_BEFORE = /\b(?:in|with|to|from|on|against|at|for|by|between|into|over|through|about|than|towards?|among|including|like|across|near|inside|under|via|counter)\s+(?:the\s+|its\s+|a\s+)?(?:(?:eastern|western|northern|southern|central|neighbouring|neighboring|occupied)\s+)?$/i;
const JOIN = /^(?:\s*(?:,|and|or|&|as well as|together with|along with|['’]s)\s*)*(?:(?:the|his|her|their|its)\s+)?$/;
const LEFT_BOUNDARY = /(?:\bthat\b|;|:|\b(?:after|when|while|because|although|since|before|until|whereas)\b|"|“)/g;
const RIGHT_BOUNDARY = /(?:;|:|,\s+(?:which|who|while|but|making|becoming|leaving|saying|citing|calling|accusing|in a|a day|days|hours|weeks|months|as|after|before|when|although)\b|\s(?:after|before|when|while|because|although|since|until|as part)\b|\s-\s|\bthat\b|\s+and\s+(?=(?:\w+ly\s+)?\w+ed\b)(?!\w+ed\s+by\b))/g;
const ANAPHOR_OBJ = /^\s*(?:the|that|this|its|their)\s+(?:\S+\s+)?(?:decision|move|moves|measures?|resolution|deal|accords?|expansion|step|expulsions?|recognition|agreement|plan|designation|listing|announcement)\b/i;
const NEG = /\b(?:not|n't|never|no longer|declined to|refused to|refuses to|refuse to|failed to|fail to|without|neither|nor)\b|\bno\s+(?:nation|country|state|government|one)\b/i;
const HYPO = /\b(?:may|might|could|should|consider(?:ing|s|ed)?|if|possibl[ey]|likely|ready to|urg(?:e|ed|es|ing)|call(?:ed|s)? on|push(?:ed|es)?|press(?:ed|es)|ask(?:ed|s)?|threaten(?:ed|s)?\s+to|hopes?\s+of|proposed)\b/i;
const FUT = /\b(?:will|would|shall|'ll|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|(?:is|are)\s+set\s+to|expected\s+to|aims?\s+to|hopes?\s+to|wants?\s+to|pledged\s+to|vowed\s+to|promised\s+to|prepar(?:ing|es|ed)(?:\s+to)?|invitation\s+to|(?:is|are)\s+to|going\s+to|next\s+(?:week|month|year))\b/i;

interface Group {
  start: number;
  end: number;
  items: Mention[];
}

export interface EventCtx {
  text: string;
  sentences: Sentence[];
  mentions: Mention[]; // all actor mentions (countries, orgs, officials), inner ones excluded
  orgs: Map<string, OrgRecord>;
  officials: Map<string, OfficialRecord>;
  publishedAt: Date | null;
  /** Mentions of the sentence being read: keeps lookups linear in the article length. */
  local?: Mention[];
}

function groupsIn(ctx: EventCtx, from: number, to: number, skip: [number, number][]): Group[] {
  const pool = ctx.local ?? ctx.mentions;
  const ms = pool.filter((m) => m.start >= from && m.end <= to && !skip.some(([a, b]) => m.start >= a && m.end <= b));
  // Drop mentions nested in a longer one (an official's descriptor holds its name).
  const flat = ms.filter((m) => !ms.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  const out: Group[] = [];
  for (const m of flat) {
    const last = out.at(-1);
    if (last && m.start >= last.end && JOIN.test(ctx.text.slice(last.end, m.start))) {
      last.items.push(m);
      last.end = Math.max(last.end, m.end);
    } else if (last && m.start < last.end) {
      last.items.push(m);
      last.end = Math.max(last.end, m.end);
    } else out.push({ start: m.start, end: m.end, items: [m] });
  }
  return out;
}

function prepBefore(ctx: EventCtx, g: Group, floor: number): boolean {
  return PREP_BEFORE.test(ctx.text.slice(Math.max(floor, g.start - 25), g.start));
}

function countryOfActor(ctx: EventCtx, m: Mention): string | null {
  if (m.kind === 'country') return m.id;
  if (m.kind === 'official') return ctx.officials.get(m.id)?.countryCode ?? null;
  return ctx.orgs.get(m.id)?.countryCode ?? null;
}

/** Actor references for one role: officials and ministries act for their country. */
function expand(ctx: EventCtx, ms: Mention[], role: ParticipantRole, type: DiplomaticEventType): ExtractedParticipant[] {
  const out: ExtractedParticipant[] = [];
  for (const m of ms) {
    if (m.kind === 'country') out.push({ role, actor: { kind: 'country', code: m.id } });
    else if (m.kind === 'org') {
      const o = ctx.orgs.get(m.id);
      if (o?.kind === 'MINISTRY' && o.countryCode) {
        out.push({ role, actor: { kind: 'country', code: o.countryCode } });
        out.push({ role: 'PARTICIPANT', actor: { kind: 'organization', slug: m.id } });
      } else {
        out.push({ role, actor: { kind: 'organization', slug: m.id } });
        // Recognising a government recognises it as the government of its country.
        if (type === 'RECOGNITION' && role === 'RECIPIENT' && o?.kind === 'GOVERNMENT' && o.countryCode) out.push({ role, actor: { kind: 'country', code: o.countryCode } });
      }
    } else {
      const r = ctx.officials.get(m.id);
      const posOrg = r?.positions.find((p) => p.organizationSlug && !p.organizationSlug.startsWith('ministry-'))?.organizationSlug;
      if (r?.countryCode) out.push({ role, actor: { kind: 'country', code: r.countryCode } });
      else if (posOrg) out.push({ role, actor: { kind: 'organization', slug: posOrg } });
      out.push({ role: 'PARTICIPANT', actor: { kind: 'official', slug: m.id } });
    }
  }
  return out;
}

const key = (a: ActorRef) => (a.kind === 'country' ? `country:${a.code}` : `${a.kind}:${a.slug}`);

interface RawEvent {
  type: DiplomaticEventType;
  factuality: Factuality;
  participants: ExtractedParticipant[];
  sentence: Sentence;
  triggerStart: number;
  date: PartialDate | null;
  confidence: number;
}

function parentheticals(text: string, s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  const re = /,\s+(?:which|who|whom|whose|where)\b[^,;]*,/g;
  for (const m of s.text.matchAll(re)) out.push([s.start + m.index, s.start + m.index + m[0].length]);
  void text;
  return out;
}

export function extractEvents(ctx: EventCtx): ExtractedEvent[] {
  const raws: RawEvent[] = [];
  const { text } = ctx;
  let lastSubject: Mention[] = [];
  // Each trigger pattern runs once over the whole text; hits are then bucketed by sentence.
  const bySentence = new Map<Sentence, { t: Trigger; start: number; end: number }[]>();
  const starts = ctx.sentences.map((x) => x.start);
  for (const t of T) {
    t.re.lastIndex = 0;
    for (const m of text.matchAll(t.re)) {
      const start = m.index;
      const end = start + m[0].length;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= start) lo = mid;
        else hi = mid - 1;
      }
      const sent = ctx.sentences[lo];
      if (!sent || start < sent.start || end > sent.end) continue;
      const list = bySentence.get(sent) ?? [];
      if (list.some((h) => h.start < end && start < h.end)) continue;
      list.push({ t, start, end });
      bySentence.set(sent, list);
    }
  }
  for (const s of ctx.sentences) {
    // Headings carry no events of their own; the body repeats them.
    if (!/[.!?"”]$/.test(s.text)) continue;
    const hits = bySentence.get(s) ?? [];
    const lo = lastAtOrBefore(ctx.mentions, s.start - 1, (m) => m.start) + 1;
    const hiIdx = lastAtOrBefore(ctx.mentions, s.end, (m) => m.start);
    ctx.local = ctx.mentions.slice(lo, hiIdx + 1);
    const paren = parentheticals(text, s);
    const sentGroups = groupsIn(ctx, s.start, s.end, []);
    let firstSubject = sentGroups.find((g) => !prepBefore(ctx, g, s.start) && !paren.some(([a, b]) => g.start >= a && g.end <= b));
    // "He earlier held talks ... and then met X": the pronoun, not X, is the subject.
    const lead = /^(?:\S+\s+){0,2}?(He|She|It|They)\s/.exec(s.text);
    if (lead) {
      const pm = /^(?:he|she)$/i.test(lead[1]!) ? ctx.mentions.filter((m) => m.kind === 'official' && m.end <= s.start).at(-1) : undefined;
      const items = pm ? [pm] : lastSubject;
      if (items.length) firstSubject = { start: s.start, end: s.start + lead[0].length - 1, items };
    }
    if (!hits.length) {
      if (firstSubject) lastSubject = firstSubject.items;
      continue;
    }
    hits.sort((a, b) => a.start - b.start);
    let datesCache: ReturnType<typeof findDates> | null = null;
    const getDates = () => (datesCache ??= findDates(s.text, s.start, ctx.publishedAt).filter((d) => !d.since));
    // Mediators named anywhere in the sentence.
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
    const isMediator = (m: Mention) => mediators.some((x) => x.id === m.id && x.kind === m.kind);

    for (const [hi, h] of hits.entries()) {
      const { t } = h;
      const before = text.slice(s.start, h.start);
      // Left edge of the clause (outside parenthetical relative clauses).
      let left = s.start;
      for (const m of before.matchAll(LEFT_BOUNDARY)) {
        const p = s.start + m.index + m[0].length;
        if (!paren.some(([a, b]) => p > a && p < b)) left = p;
      }
      RIGHT_BOUNDARY.lastIndex = 0;
      const afterText = text.slice(h.end, s.end);
      const rb = RIGHT_BOUNDARY.exec(afterText);
      const right = rb ? h.end + rb.index : s.end;
      const leftGroups = groupsIn(ctx, left, h.start, paren).filter((g) => g.end <= h.start);
      const insideGroups = t.objectInside ? groupsIn(ctx, h.start, h.end, []) : [];
      const rightGroups = groupsIn(ctx, t.objectInside ? h.end : h.end, right, paren);
      const firstWord = /^\S+/.exec(text.slice(h.start, h.end))?.[0] ?? '';
      const participle = /(?:ed|en|wn)$/i.test(firstWord) || /^(?:cut|put|left|held|met|sent|quit)$/i.test(firstWord);
      const passive = participle && /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(s.start, h.start - 20), h.start));
      const clausePre = text.slice(left, h.start);
      const coordinated = /(?:,\s*|\s)and\s+(?:(?:\w+ly|then|also|later|subsequently)\s+)?$/.test(clausePre) || /,\s*$/.test(clausePre) && /ing$/i.test(firstWord);
      let initiators: Mention[] = [];
      let recipients: Mention[] = [];
      let pronoun = false;

      const byAgent = (): Mention[] => {
        const m = /^\s*(?:\S+\s+){0,6}?by\s+/.exec(text.slice(h.end, right));
        if (!m) return [];
        const at = h.end + m[0].length;
        const gs = groupsIn(ctx, at, right, paren);
        const out: Mention[] = [];
        // "advised by X and approved by Y": every agent of a coordinated passive.
        for (const g of gs) {
          const gap = text.slice(at, g.start);
          if (g.start === at || /(?:\bby|and)\s+(?:the\s+)?$/.test(gap) || /^(?:\S+\s+){0,3}$/.test(gap) || /\b(?:including|such as|led by)\s+(?:the\s+)?$/.test(gap)) out.push(...g.items);
        }
        return out;
      };

      // Premodifier of a nominal trigger: "the U.S. and NATO withdrawal", "Russia's recognition".
      if (t.noun) {
        const g = leftGroups.at(-1);
        if (g && /^(?:\s*['’]s)?\s*(?:(?:\S+\s+){0,2})?$/.test(text.slice(g.end, h.start)) && !prepBefore(ctx, g, left) && h.start - g.end < 25) initiators = g.items;
      }
      if (!initiators.length) {
        if (passive && t.type !== 'MILITARY_WITHDRAWAL') {
          const g = leftGroups.filter((x) => !prepBefore(ctx, x, left)).at(-1);
          // Only the subject of the passive verb ("Kosovo ... has since been recognised").
          if (g && /^(?:[\s,]*(?:\S+\s+){0,4})$/.test(text.slice(g.end, h.start))) recipients = g.items;
          initiators = byAgent();
        } else {
          const candidates = leftGroups.filter((x) => !prepBefore(ctx, x, left));
          const g = coordinated ? candidates[0] : candidates.at(-1);
          if (g) initiators = g.items;
          else if (/\b(?:it|they|he|she|its|their)\b|\bthe\s+(?:group|movement|bloc|alliance|court|kingdom)\b/i.test(clausePre) && !/^(?:its|their)\b/i.test(text.slice(h.start, h.end))) {
            pronoun = true;
            const pm = /\b(he|she)\b/i.test(clausePre) ? ctx.mentions.filter((m) => m.kind === 'official' && m.end <= h.start).at(-1) : undefined;
            if (pm) initiators = [pm];
            else if (firstSubject && firstSubject.end <= h.start) initiators = firstSubject.items;
            else {
              const near = groupsIn(ctx, s.start, h.start, paren).at(-1);
              if (near) initiators = near.items;
              else initiators = lastSubject;
            }
          } else if (coordinated && firstSubject && firstSubject.end <= h.start) initiators = firstSubject.items;
          if (!initiators.length) initiators = byAgent();
          if (!initiators.length && firstSubject && firstSubject.end <= h.start && t.allRecipients) initiators = firstSubject.items;
        }
      }
      // Recipients.
      const roleOk = (g: Group): boolean => {
        const pre = text.slice(Math.max(left, g.start - 25), g.start);
        if (/\bby\s+(?:the\s+)?$/i.test(pre)) return false;
        if (/\b(?:in|at|inside|near|through|across|via)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central)\s+)?$/i.test(pre)) return t.type === 'RECOGNITION' || t.type === 'VISIT' || t.type === 'SEIZURE_OF_POWER';
        if (/\bcounter\s+$/i.test(pre)) return false;
        if (t.type === 'STATEMENT_OF_SUPPORT' && /\b(?:on|against)\s+(?:the\s+)?$/i.test(pre)) return false;
        return true;
      };
      if (!recipients.length) {
        const pool = [...insideGroups, ...rightGroups].filter((g) => roleOk(g) && !g.items.every((m) => initiators.includes(m)));
        if (t.allRecipients) recipients = pool.flatMap((g) => g.items);
        else if (pool[0]) recipients = pool[0].items;
      }
      let type = t.type;
      if (t.mode === 'membership' || (t.mode === 'withdraw' && recipients[0]?.kind === 'org')) {
        const r = recipients[0];
        const od = r && r.kind === 'org' ? ctx.orgs.get(r.id) : undefined;
        const isBody = od && (od.kind === 'INTERNATIONAL_ORGANIZATION' || od.kind === 'ALLIANCE');
        if (!isBody) continue;
        // Only the organisation itself, not countries listed after it.
        recipients = recipients.filter((m) => m.kind === 'org');
        if (t.mode === 'withdraw') type = 'MEMBERSHIP_LEFT';
        if (t.type === 'MEMBERSHIP_JOINED' && r && text.slice(h.end, r.start).length > 40) continue;
      }
      if (t.mode === 'withdraw') recipients = recipients.filter((m) => m.kind !== 'official');
      if (type === 'VISIT') recipients = recipients.filter((m) => m.kind === 'country');
      if (type === 'SEIZURE_OF_POWER') {
        const armed = leftGroups.flatMap((g) => g.items).filter((m) => m.kind === 'org' && ['ARMED_GROUP', 'GOVERNMENT'].includes(ctx.orgs.get(m.id)?.kind ?? ''));
        if (armed.length && !initiators.some((m) => armed.includes(m))) initiators = [armed.at(-1)!];
      }
      if (t.anaphoric && !recipients.length && ANAPHOR_OBJ.test(text.slice(h.start + firstWord.length, Math.max(right, h.end)))) {
        const initKeys = new Set(initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
        if (type === 'DESIGNATION_REMOVED') {
          const src = [...raws].reverse().find((e) => e.type === 'DESIGNATION_ADDED');
          if (src) recipients = recipientsOf(ctx, src);
        } else {
          // Reactions ("rejected the decision") answer the article's main action.
          const prev = raws.find(
            (e) => e.type !== 'CONDEMNATION' && e.type !== 'STATEMENT_OF_SUPPORT' && e.participants.some((p) => p.role === 'INITIATOR' && p.actor.kind !== 'official' && !initKeys.has(p.actor.kind === 'country' ? p.actor.code : p.actor.slug)),
          );
          if (prev) recipients = prev.participants.filter((p) => p.role === 'INITIATOR' && p.actor.kind !== 'official').map((p) => refToMention(p.actor));
        }
      }
      if (type === 'SEIZURE_OF_POWER' && !recipients.length) {
        const cc = initiators.map((m) => countryOfActor(ctx, m)).find(Boolean);
        if (cc) recipients = [{ start: 0, end: 0, kind: 'country', id: cc, text: cc }];
      }
      const meds = mediators.filter((m) => !initiators.includes(m));
      initiators = initiators.filter((m) => !isMediator(m));
      recipients = recipients.filter((m) => !isMediator(m));
      if (t.mode === 'accredit') {
        // The host country receives the credentials of the sending country's envoy.
        if (!initiators.length || !recipients.length) continue;
      }
      const symmetric = t.mode === 'symmetric';
      if (!initiators.length) continue;
      if (!recipients.length && !symmetric && type !== 'SEIZURE_OF_POWER' && (t.needRecipient || type === 'DIPLOMATIC_RELATIONS_SEVERED')) continue;
      if (symmetric && !recipients.length && new Set(initiators.map((m) => countryOfActor(ctx, m) ?? m.id)).size < 2) continue;

      // Factuality from the clause before the trigger (and a negation inside it).
      const modal = text.slice(Math.max(left, h.start - 70), h.start) + ' ' + text.slice(h.start, Math.min(h.end, h.start + 12));
      let factuality: Factuality = 'ASSERTED';
      if (NEG.test(modal) && !/\bnot only\b/i.test(modal)) factuality = 'NEGATED';
      else if (HYPO.test(modal)) factuality = 'HYPOTHETICAL';
      else if (FUT.test(modal)) factuality = 'FUTURE';
      if (/^(?:declined|refused|rejected)/i.test(text.slice(h.start, h.end))) factuality = 'NEGATED';

      // Date: the nearest date after this trigger and before the next one, else one before.
      const nextStart = hits[hi + 1]?.start ?? s.end;
      const prevEnd = hi > 0 ? hits[hi - 1]!.end : s.start;
      let date: PartialDate | null = null;
      const dates = getDates();
      const dAfter = dates.find((d) => d.start >= h.start && d.start < nextStart && d.start < right + 40);
      const dBefore = [...dates].reverse().find((d) => d.end <= h.start && d.start >= Math.max(prevEnd, left));
      const d = dAfter ?? dBefore;
      if (d) date = { date: d.date, precision: d.precision };
      else if (ctx.publishedAt && factuality === 'ASSERTED' && /\b(?:has|have)\s+(?:\w+ly\s+)?(?:\w+\s+)?$/i.test(text.slice(Math.max(s.start, h.start - 30), h.start))) {
        date = dayOf(ctx.publishedAt);
      } else if (ctx.publishedAt && factuality === 'ASSERTED' && /^(?:recogni[sz]es|expels|imposes|lifts|joins|recalls|summons|signs|visits|meets)\b/i.test(text.slice(h.start, h.end))) {
        date = dayOf(ctx.publishedAt);
      }

      const participants = [
        ...expand(ctx, initiators, 'INITIATOR', type),
        ...expand(ctx, recipients, 'RECIPIENT', type),
        ...expand(ctx, meds, 'MEDIATOR', type),
      ];
      const initKeys = new Set(participants.filter((p) => p.role === 'INITIATOR').map((p) => key(p.actor)));
      const seen = new Set<string>();
      const clean = participants.filter((p) => {
        if (p.role === 'RECIPIENT' && initKeys.has(key(p.actor)) && type !== 'SEIZURE_OF_POWER') return false;
        const k = `${p.role}|${key(p.actor)}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      if (!clean.some((p) => p.role === 'RECIPIENT') && !symmetric && t.needRecipient) continue;
      let confidence = 0.75;
      if (pronoun) confidence -= 0.15;
      if (t.noun) confidence -= 0.1;
      if (t.anaphoric && !rightGroups.length) confidence -= 0.1;
      const conf = Math.max(0.1, Math.min(1, confidence));
      // Each sanctioning authority acts on its own, and each aid recipient is a separate
      // transfer: one event per initiator (sanctions) or per recipient (aid).
      const splitRole: ParticipantRole | null = type === 'SANCTIONS_IMPOSED' || type === 'SANCTIONS_LIFTED' ? 'INITIATOR' : type === 'AID_PROVIDED' ? 'RECIPIENT' : null;
      const splitOn = splitRole ? clean.filter((p) => p.role === splitRole && p.actor.kind !== 'official') : [];
      if (splitRole && splitOn.length > 1) {
        for (const one of splitOn) {
          const parts = clean.filter((p) => p.role !== splitRole || p === one);
          raws.push({ type, factuality, participants: parts, sentence: s, triggerStart: h.start, date, confidence: conf });
        }
      } else raws.push({ type, factuality, participants: clean, sentence: s, triggerStart: h.start, date, confidence: conf });
      // Meeting someone in a foreign capital is also a visit there.
      if (type === 'MEETING' && factuality === 'ASSERTED') {
        const loc = rightGroups.find((g) => /\bin\s+$/i.test(text.slice(Math.max(left, g.start - 4), g.start)) && g.items.every((m) => m.kind === 'country'));
        const home = new Set(initiators.map((m) => countryOfActor(ctx, m)));
        if (loc && !loc.items.some((m) => home.has(m.id))) {
          raws.push({ type: 'VISIT', factuality, participants: [...expand(ctx, initiators, 'INITIATOR', 'VISIT'), ...expand(ctx, loc.items, 'RECIPIENT', 'VISIT')], sentence: s, triggerStart: h.start, date, confidence: conf - 0.1 });
        }
      }
    }
    if (firstSubject) lastSubject = firstSubject.items;
  }
  return mergeEvents(raws).map((e) => ({ ...e, summary: summarise(e) }));
}

function refToMention(a: ActorRef): Mention {
  return { start: 0, end: 0, kind: a.kind === 'organization' ? 'org' : a.kind, id: a.kind === 'country' ? a.code : a.slug, text: '' };
}
function recipientsOf(_ctx: EventCtx, e: RawEvent): Mention[] {
  return e.participants.filter((p) => p.role === 'RECIPIENT').map((p) => refToMention(p.actor));
}

function roleKeys(ps: ExtractedParticipant[], role: ParticipantRole): Set<string> {
  return new Set(ps.filter((p) => p.role === role).map((p) => key(p.actor)));
}
const SYMMETRIC_TYPES = new Set<DiplomaticEventType>(['MEETING', 'NEGOTIATION', 'AGREEMENT_SIGNED', 'DIPLOMATIC_RELATIONS_ESTABLISHED']);
const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** One event per real-world event: same type, factuality, overlapping parties, compatible dates. */
function mergeEvents(raws: RawEvent[]): Omit<ExtractedEvent, 'summary'>[] {
  const out: (Omit<ExtractedEvent, 'summary'> & { _i: Set<string>; _r: Set<string> })[] = [];
  for (const r of raws) {
    const ri = roleKeys(r.participants, 'INITIATOR');
    const rr = roleKeys(r.participants, 'RECIPIENT');
    const ev = { start: r.sentence.start, end: r.sentence.end, sentence: r.sentence.text };
    const target = out.find(
      (e) =>
        e.type === r.type &&
        e.factuality === r.factuality &&
        (SYMMETRIC_TYPES.has(r.type)
          ? [...new Set([...ri, ...rr])].filter((k) => e._i.has(k) || e._r.has(k)).length >= 2
          : intersects(e._i, ri) && (intersects(e._r, rr) || !e._r.size || !rr.size)) &&
        (!e.date || !r.date || e.date.date === r.date.date),
    );
    if (target) {
      const have = new Set(target.participants.map((p) => `${p.role}|${key(p.actor)}`));
      for (const p of r.participants) {
        const k = `${p.role}|${key(p.actor)}`;
        if (!have.has(k)) {
          target.participants.push(p);
          have.add(k);
        }
      }
      if (!target.evidence.some((x) => x.start === ev.start)) target.evidence.push(ev);
      target.date ??= r.date;
      target.confidence = Math.min(1, Math.max(target.confidence, r.confidence) + 0.1);
      for (const k of ri) target._i.add(k);
      for (const k of rr) target._r.add(k);
      continue;
    }
    out.push({ type: r.type, date: r.date, factuality: r.factuality, confidence: r.confidence, participants: [...r.participants], evidence: [ev], _i: ri, _r: rr });
  }
  return out.map(({ _i, _r, ...e }) => {
    void _i;
    void _r;
    return e;
  });
}

const VERB: Record<DiplomaticEventType, [string, string]> = {
  RECOGNITION: ['recognized', 'recognize'],
  DIPLOMATIC_RELATIONS_ESTABLISHED: ['established diplomatic relations with', 'establish diplomatic relations with'],
  DIPLOMATIC_RELATIONS_SEVERED: ['severed diplomatic relations with', 'sever diplomatic relations with'],
  AMBASSADOR_ACCREDITED: ['accepted the credentials of the ambassador of', 'accept the credentials of the ambassador of'],
  AMBASSADOR_RECALLED: ['recalled its ambassador from', 'recall its ambassador from'],
  AMBASSADOR_SUMMONED: ['summoned the ambassador of', 'summon the ambassador of'],
  DIPLOMAT_EXPELLED: ['expelled diplomats of', 'expel diplomats of'],
  VISIT: ['visited', 'visit'],
  MEETING: ['met', 'meet'],
  NEGOTIATION: ['held talks with', 'hold talks with'],
  AGREEMENT_SIGNED: ['signed an agreement with', 'sign an agreement with'],
  SANCTIONS_IMPOSED: ['imposed sanctions on', 'impose sanctions on'],
  SANCTIONS_LIFTED: ['lifted sanctions on', 'lift sanctions on'],
  DESIGNATION_ADDED: ['designated', 'designate'],
  DESIGNATION_REMOVED: ['removed the designation of', 'remove the designation of'],
  MILITARY_WITHDRAWAL: ['withdrew forces from', 'withdraw forces from'],
  SEIZURE_OF_POWER: ['seized power in', 'seize power in'],
  MEMBERSHIP_JOINED: ['joined', 'join'],
  MEMBERSHIP_LEFT: ['left', 'leave'],
  STATEMENT_OF_SUPPORT: ['expressed support for', 'express support for'],
  CONDEMNATION: ['condemned', 'condemn'],
  AID_PROVIDED: ['provided aid to', 'provide aid to'],
  OTHER: ['acted towards', 'act towards'],
};

function actorName(a: ActorRef): string {
  if (a.kind === 'country') return COUNTRY_INFO.get(a.code)?.name ?? a.code;
  if (a.kind === 'organization') return orgRecordFor(a.slug)?.name ?? a.slug;
  return a.slug;
}

function summarise(e: Omit<ExtractedEvent, 'summary'>): string {
  const names = (role: ParticipantRole) => {
    const ns = e.participants.filter((p) => p.role === role && p.actor.kind !== 'official').map((p) => actorName(p.actor));
    return ns.length > 1 ? `${ns.slice(0, -1).join(', ')} and ${ns.at(-1)}` : (ns[0] ?? '');
  };
  const i = names('INITIATOR');
  const r = names('RECIPIENT');
  const [past, base] = VERB[e.type];
  let verb = past;
  if (e.factuality === 'NEGATED') verb = `did not ${base}`;
  else if (e.factuality === 'FUTURE') verb = `is expected to ${base}`;
  else if (e.factuality === 'HYPOTHETICAL') verb = `may ${base}`;
  const m = names('MEDIATOR');
  let s = `${i} ${verb}${r ? ` ${r}` : ''}`.replace(/\s+(?:with|from|of|on|to|in)$/, '');
  if (m) s += `, mediated by ${m}`;
  if (e.date) s += ` (${e.date.date.slice(0, e.date.precision === 'YEAR' ? 4 : e.date.precision === 'MONTH' ? 7 : 10)})`;
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}
