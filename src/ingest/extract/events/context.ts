// Shared pieces of the event steps: the context, actor groups ("Mali, Burkina Faso and
// Niger" is one group), and how an actor mention becomes participants.
import type { ActorRef, DiplomaticEventType, ExtractedParticipant, Factuality, ParticipantRole, PartialDate } from '../../types.ts';
import type { Mention, OrgRecord } from '../entities.ts';
import type { OfficialRecord } from '../officials.ts';
import type { Sentence } from '../sentences.ts';
import { lastAtOrBefore } from '../text.ts';

export const PREP_BEFORE = /\b(?:in|with|to|from|on|against|at|for|by|between|into|over|through|about|than|towards?|among|including|like|across|near|inside|under|via|counter)\s+(?:the\s+|its\s+|a\s+)?(?:(?:eastern|western|northern|southern|central|neighbouring|neighboring|occupied)\s+)?$/i;
export const JOIN = /^(?:\s*(?:,|and|or|&|as well as|together with|along with|['’]s)\s*)*(?:(?:the|his|her|their|its)\s+)?$/;

export interface Group {
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
  /** Every country mention, also those inside an official's descriptor ("ambassador to Russia"). */
  countryMentions?: Mention[];
  /** Mentions of the sentence being read: keeps lookups linear in the article length. */
  local?: Mention[];
}

export function groupsIn(ctx: EventCtx, from: number, to: number, skip: [number, number][]): Group[] {
  const pool = ctx.local ?? ctx.mentions;
  const ms = pool.filter((m) => m.start >= from && m.end <= to && !skip.some(([a, b]) => m.start >= a && m.end <= b));
  // Drop mentions nested in a longer one (an official's descriptor holds its name).
  const flat = ms.filter((m) => !ms.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  const out: Group[] = [];
  for (const m of flat) {
    const last = out.at(-1);
    if (last && m.start >= last.end && JOIN.test(ctx.text.slice(last.end, m.start)) && !placeThenActor(ctx, last, m)) {
      last.items.push(m);
      last.end = Math.max(last.end, m.end);
    } else if (last && m.start < last.end) {
      last.items.push(m);
      last.end = Math.max(last.end, m.end);
    } else out.push({ start: m.start, end: m.end, items: [m] });
  }
  return out;
}

/**
 * "In Moscow, Kremlin spokesman Dmitry Peskov said", "In Tehran, Foreign Minister Zarif held
 * talks", "During his trip to Beijing, Scholz met": a place set before the clause by a comma is
 * no conjunct of the subject after it.
 */
function placeThenActor(ctx: EventCtx, last: Group, m: Mention): boolean {
  return m.kind !== 'country' && last.items.length === 1 && last.items[0]!.kind === 'country' && /^\s*,\s*$/.test(ctx.text.slice(last.end, m.start)) && /\b(?:in|at|from|to)\s+$/i.test(ctx.text.slice(Math.max(0, last.start - 5), last.start));
}

/** People sent by a state: "negotiators from Iran, Britain and France" are Iran, Britain and France; "a spokesman for the Chinese foreign ministry" speaks for it. */
const PEOPLE_FROM = /\b(?:(?:negotiators|delegations?|delegates|officials|representatives|ministers|leaders|lawmakers|legislators)\s+from|spokes(?:man|woman|person)\s+for)\s+(?:the\s+)?$/i;

/**
 * People "in" a capital speak for its state: "Officials in Tokyo condemned", "Diplomats in
 * Beijing said". Not when a nationality names them ("US officials in Kyiv": Kyiv is where).
 */
const PEOPLE_IN = /(?:^|[^\p{L}\s]\s*|\b(?:the|and|but|while|as|that|said|where)\s+|^\s*)(?:(?:senior|top|government|foreign|ministry|military|security|western|other)\s+)?(?:officials|diplomats|authorities|policymakers|leaders|leadership|ministers|lawmakers|regime|rulers)\s+in\s+$/iu;

const REPORTED_OWN_SUBJECT = /^\s+(?:\w+ly\s+)?(?:said|say|says|warned|warn|warns|noted|argued|cautioned|feared|believed|believe|complained)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?that\s+(?!(?:it|they|we|their|its)\b)/u;

function peopleIn(ctx: EventCtx, g: Group, pre: string): boolean {
  const m = g.items[0];
  if (!m || m.kind !== 'country' || m.via !== 'capital' || !/\bin\s+$/.test(pre)) return false;
  const back = ctx.text.slice(Math.max(0, g.start - 60), g.start);
  // Speakers of a clause with its own subject ("officials in Paris warned that a new aid
  // package ...") are kept as a place: the reported act is not theirs.
  return PEOPLE_IN.test(back) && !REPORTED_OWN_SUBJECT.test(ctx.text.slice(g.end, g.end + 60));
}

export function prepBefore(ctx: EventCtx, g: Group, floor: number): boolean {
  const pre = ctx.text.slice(Math.max(floor, g.start - 25), g.start);
  return PREP_BEFORE.test(pre) && !PEOPLE_FROM.test(pre) && !peopleIn(ctx, g, pre);
}

export function countryOfActor(ctx: EventCtx, m: Mention): string | null {
  if (m.kind === 'country') return m.id;
  if (m.kind === 'official') return ctx.officials.get(m.id)?.countryCode ?? null;
  return ctx.orgs.get(m.id)?.countryCode ?? null;
}

/** Actor references for one role: officials and ministries act for their country. */
export function expand(ctx: EventCtx, ms: Mention[], role: ParticipantRole, type: DiplomaticEventType): ExtractedParticipant[] {
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

export const key = (a: ActorRef) => (a.kind === 'country' ? `country:${a.code}` : `${a.kind}:${a.slug}`);

export interface RawEvent {
  type: DiplomaticEventType;
  factuality: Factuality;
  participants: ExtractedParticipant[];
  sentence: Sentence;
  triggerStart: number;
  date: PartialDate | null;
  confidence: number;
}

const DASH_OR_BRACKET_ASIDE = /\s[-\u2013\u2014]\s+\p{Ll}[^-\u2013\u2014;()]{0,150}?\s[-\u2013\u2014](?=\s)|\s\(\p{Ll}[^()]{0,150}\)/gu;

export function parentheticals(text: string, s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  const re = /,\s+(?:which|who|whom|whose|where)\b[^,;]*,/g;
  for (const m of s.text.matchAll(re)) out.push([s.start + m.index, s.start + m.index + m[0].length]);
  // A description set off by dashes or brackets: "Poland - which has long warned about Russian
  // spies - expelled", "Hungary (a close partner of Moscow) vetoed". A list of names there
  // ("three states - Mali, Niger and Burkina Faso - left") may be the subject: only asides
  // opening with a lower-case word are skipped.
  if (/\s[-\u2013\u2014]\s|\(/.test(s.text)) {
    for (const m of s.text.matchAll(DASH_OR_BRACKET_ASIDE)) out.push([s.start + m.index, s.start + m.index + m[0].length]);
  }
  void text;
  return out;
}

/**
 * Appositions that name another actor as a possessor: "Romania, Moldova's neighbour and
 * closest ally, backed ...": Moldova describes Romania and takes no part in its act.
 */
const APPOSITION_HINT = /,\s*\S[^,]{0,50}['’]s?\s/;
/** "Algeria, the main backer of the Polisario Front, recalled ...": the body after "of" describes the subject. */
const OF_APPOSITION = /,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,4}of\s+(?:the\s+)?$/u;

export function appositions(ctx: EventCtx, s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  const ofHint = /,\s+(?:the|a|an)\s+[^,]{0,40}\sof\s/.test(s.text);
  if (!APPOSITION_HINT.test(s.text) && !ofHint) return out;
  for (const m of ctx.local ?? ctx.mentions) {
    if (m.start < s.start || m.end > s.end || m.kind === 'official') continue;
    const of = ofHint ? ofApposition(ctx, s, m) : null;
    if (of) {
      out.push(of);
      continue;
    }
    const before = ctx.text.slice(Math.max(s.start, m.start - 6), m.start);
    if (!/,\s*(?:the\s+)?$/.test(before)) continue;
    // Only an apposition to an actor: "Belavia, Belarus's state airline" names Belarus's own.
    const comma = m.start - before.length + before.lastIndexOf(',');
    if (!(ctx.local ?? ctx.mentions).some((o) => o.end <= comma && /^\s*$/.test(ctx.text.slice(o.end, comma)))) continue;
    const tail = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,6}?[\p{Ll}-]+\s*,/u.exec(ctx.text.slice(m.end, Math.min(s.end, m.end + 90)));
    if (!tail) continue;
    out.push([comma, m.end + tail[0].length]);
  }
  return out;
}

/** ", the main backer of the Polisario Front," right after an actor: the span from the comma to the closing comma. */
function ofApposition(ctx: EventCtx, s: Sentence, m: Mention): [number, number] | null {
  const from = Math.max(s.start, m.start - 50);
  const of = OF_APPOSITION.exec(ctx.text.slice(from, m.start));
  const close = /^\s*,/.exec(ctx.text.slice(m.end, m.end + 3));
  if (!of || !close) return null;
  const comma = from + of.index;
  const actorBefore = (ctx.local ?? ctx.mentions).some((o) => o.end <= comma && /^\s*$/.test(ctx.text.slice(o.end, comma)));
  return actorBefore ? [comma, m.end + close[0].length] : null;
}

export function refToMention(a: ActorRef): Mention {
  return { start: 0, end: 0, kind: a.kind === 'organization' ? 'org' : a.kind, id: a.kind === 'country' ? a.code : a.slug, text: '' };
}
export function recipientsOf(_ctx: EventCtx, e: RawEvent): Mention[] {
  return e.participants.filter((p) => p.role === 'RECIPIENT').map((p) => refToMention(p.actor));
}


/** A verb or gerund right before an official (titles between): "after meeting President X", "met X". */
const OBJECT_BEFORE = /\b(?:\p{Ll}{3,}ing|met|meets|told|received|welcomed|hosted|thanked|greeted|invited|urged|asked|phoned|called)\s+(?:[\p{Lu}][\p{Ll}.]+\s+){0,2}$/u;

/**
 * The official a subject pronoun ("He announced", "she condemned") stands for: the last one
 * named before `before`, in its sentence or the two before, as a subject, not as the object
 * of a preposition ("Biden said after talks with Zelensky. He announced": Biden); else the
 * last official named.
 */
export function pronounOfficial(ctx: EventCtx, before: number): Mention | undefined {
  const si = lastAtOrBefore(ctx.sentences, before, (s) => s.start);
  const from = ctx.sentences[Math.max(0, si - 1)]?.start ?? 0;
  let last: Mention | undefined;
  for (let i = lastAtOrBefore(ctx.mentions, before - 1, (m) => m.start); i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > before || m.kind !== 'official') continue;
    last ??= m;
    if (m.start < from) break;
    const pre = ctx.text.slice(Math.max(0, m.start - 40), m.start);
    if (!PREP_BEFORE.test(pre.slice(-25)) && !OBJECT_BEFORE.test(pre)) return m;
  }
  return last;
}
