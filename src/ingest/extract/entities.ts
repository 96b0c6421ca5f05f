// Finds country, organization and official mentions in one text, with offsets.
import type { ExtractedOrganization, OrganizationKind } from '../types.ts';
import { COUNTRY_RE, countryNameForPhrase, lookupCountry, type CountryVia } from './countries.ts';
import {
  CASE_SENSITIVE_SHORT,
  LOWER_MINISTRY_BEFORE,
  MINISTRY_KINDS,
  MINISTRY_RE,
  NAMED_MINISTRIES,
  ORG_BY_SLUG,
  ORG_RE,
  lookupOrg,
  ministryKey,
  type OrgDef,
} from './organizations.ts';
import { TITLE_RE } from './official-names.ts';
import type { Sentence } from './sentences.ts';
import { lastAtOrBefore } from './text.ts';

export interface Mention {
  start: number;
  end: number;
  kind: 'country' | 'org' | 'official';
  /** Country code, organization slug or official slug. */
  id: string;
  text: string;
  via?: CountryVia | 'ministry' | 'gazetteer' | 'anaphor';
  /** Part of a longer name (the "Russian" in "Russian Foreign Ministry"): not an actor of its own. */
  inner?: boolean;
}

export interface OrgRecord {
  slug: string;
  name: string;
  kind: OrganizationKind;
  countryCode: string | null;
  aliases: Set<string>;
  mentions: number;
  anaphor?: OrgDef['anaphor'];
}

const US_STATE_CUES = /\b(?:Atlanta|governor|Gov\.|Senate|senator|Republican|Democrat(?:ic)?|county|state of|U\.S\. state|Savannah|Kemp|voters)\b/;
const FUNCTION_WORDS = new Set(
  'The A An In On At For From To With By When While After Before Since As But And Or Meanwhile However Both Neither Then Also Only Even If Although Though Yet So Under Over Despite Unlike Like Following Amid During Without Against Between Among Including Across Towards Toward Near Until Once Now Today Yesterday Last Next This That These Those Why How What Where Whether Earlier Later'.split(' '),
);
const ALLOWED_BEFORE = new Set(['King', 'Queen', 'President', 'Emir', 'Sultan', 'Kingdom', 'Republic', 'State', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

function wordBefore(t: string, pos: number): { word: string; start: number } | null {
  const m = /([\p{L}.,;:!?"')'-]+)\s+$/u.exec(t.slice(Math.max(0, pos - 40), pos));
  if (!m) return null;
  return { word: m[1]!, start: pos - m[0].length };
}

function atSentenceStart(t: string, pos: number): boolean {
  const before = t.slice(Math.max(0, pos - 3), pos);
  return pos === 0 || /(?:^|[.!?"]\s*|\n\s*)$/.test(before) || /\n\s*$/.test(before);
}

/** Rejects person names, US-state and compound-name readings of ambiguous country words. */
const CAPITAL_OF_DOCUMENT = /^\s+(?:peace\s+)?(?:accords?|agreements?|declaration|process|protocol|charter|format|communiqu[eé])\b/i;

function countryContextOk(t: string, start: number, end: number, isTitle: boolean): boolean {
  const surface = t.slice(start, end);
  if (surface === 'Georgia' && US_STATE_CUES.test(t.slice(Math.max(0, start - 100), end + 100))) return false;
  if (isTitle) return true;
  // A capital naming a document or a process ("the 2015 Algiers peace accord", "the Tunis
  // declaration") names no actor.
  if (CAPITAL_OF_DOCUMENT.test(t.slice(end, end + 30)) && lookupCountry(surface)?.via === 'capital') return false;
  const after = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(t.slice(end, end + 30));
  if (after && !lookupCountry(after[1]!) && !lookupOrg(after[1]!)) return false;
  const wb = wordBefore(t, start);
  // A capitalised word just before ("Michael Jordan") is a given name unless it is a title
  // or a sentence-initial function word or participle ("When Jordan ...", "Visiting Seoul, ...").
  if (wb && !/[.!?:;,"')]$/.test(wb.word) && /^\p{Lu}/u.test(wb.word) && !ALLOWED_BEFORE.has(wb.word) && !(atSentenceStart(t, wb.start) && (FUNCTION_WORDS.has(wb.word) || /^\p{Lu}\p{Ll}{3,}ing$/u.test(wb.word))) && !lookupCountry(wb.word) && !lookupOrg(wb.word)) {
    return false;
  }
  return true;
}

export function scanCountries(t: string, isTitle = false): Mention[] {
  const out: Mention[] = [];
  for (const m of t.matchAll(COUNTRY_RE)) {
    const e = lookupCountry(m[0]);
    if (!e) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (e.ambiguous && !countryContextOk(t, start, end, isTitle)) continue;
    // "US" in an all-capitals line is the pronoun.
    if (m[0] === 'US' && /^[^a-z]*$/.test(t.slice(Math.max(0, start - 15), end + 15)) && !isTitle) continue;
    out.push({ start, end, kind: 'country', id: e.code, text: m[0], via: e.via });
  }
  return out;
}

export function scanOrgs(t: string): Mention[] {
  const out: Mention[] = [];
  for (const m of t.matchAll(ORG_RE)) {
    const o = lookupOrg(m[0]);
    if (!o) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (m[0] === 'IS' && !/^\s+(?:fighters|militants|group|jihadists)/.test(t.slice(end, end + 15)) && t[start - 1] !== '(') continue;
    if (CASE_SENSITIVE_SHORT.has(m[0]) && m[0] !== 'IS' && /^[^a-z]*$/.test(t.slice(Math.max(0, start - 15), end + 15))) continue;
    // Part of a hyphenated name: "PORT-AU-PRINCE", "Al-Qaeda-linked" keeps its own match.
    if (m[0].length <= 4 && (/\p{L}-$/u.test(t.slice(Math.max(0, start - 2), start)) || /^-\p{L}/u.test(t.slice(end, end + 2)))) continue;
    // "the National Security Council", "Russia's Security Council", "Peace and Security Council": a body of its own.
    if (o.slug === 'un-security-council' && m[0] === 'Security Council' && /(?:\b(?:National|Peace and|Supreme|Defen[cs]e)|(?<!\bU\.?N\.?|Nations)(?<![\p{L}.])(?!U\.?N\.?['’])\p{Lu}[\p{L}.]*['’]s)\s+$/u.test(t.slice(Math.max(0, start - 30), start))) continue;
    out.push({ start, end, kind: 'org', id: o.slug, text: m[0], via: 'gazetteer' });
  }
  return out;
}

export function ministrySlug(key: string, cc: string): string {
  return `ministry-of-${key}-${cc.toLowerCase()}`;
}

function mentionEndingAt(ms: Mention[], pos: number): Mention | null {
  const i = lastAtOrBefore(ms, pos, (m) => m.end);
  const m = i >= 0 ? ms[i] : undefined;
  return m && m.end === pos ? m : null;
}

const DATELINE_PLACE = /^\s*(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,2})\s*(?:,|\(|[-—–]\s)/u;
/** A paragraph opening with a dateline: the place, then a dash within the first words ("HAVANA — ", "CHISINAU, July 26 — "). */
const DATELINE_DASH = /^[^\n]{0,60}?\s[—–-]\s/;

/**
 * The country of the dateline a text opens with ("CHISINAU, July 26 -", "BEIJING (Wire) -",
 * "HAVANA — "), if any; after a headline, the dateline of one of the next two paragraphs.
 */
function datelineCountry(t: string): string | null {
  const paragraphs = t.slice(0, 2000).split(/\n+/).filter((x) => x.trim()).slice(0, 3);
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0 && !DATELINE_DASH.test(p)) continue;
    const d = DATELINE_PLACE.exec(p);
    if (!d) continue;
    const place = d[1]!.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
    const cc = lookupCountry(place)?.code;
    if (cc) return cc;
  }
  return null;
}

const TITLE_AT = new RegExp(TITLE_RE.source, 'uy');

/** A country written as a title's modifier: "Canadian chargé d'affaires", "Russia's ambassador". */
function beforeTitle(t: string, m: Mention): boolean {
  const gap = /^(?:['’]s)?\s+/.exec(t.slice(m.end, m.end + 4));
  if (!gap) return false;
  TITLE_AT.lastIndex = m.end + gap[0].length;
  return TITLE_AT.test(t);
}

const SAID_THEN = /^\s+(?:spokes(?:man|woman|person)\s+)?[^.,;]{0,40}?\s(?:said|says)\s+(?:that\s+)?$/;

/** The state a ministry's reported clause opens with: "the foreign ministry said Beijing", "spokesman X said Moscow". */
function voiceOf(t: string, sorted: Mention[], from: number, to: number): string | null {
  for (const m of sorted) {
    if (m.kind !== 'country' || m.start < from || m.start > Math.min(to, from + 80)) continue;
    return SAID_THEN.test(t.slice(from, m.start)) && !/^['’]s/.test(t.slice(m.end, m.end + 2)) ? m.id : null;
  }
  return null;
}

/**
 * Ministries: the field from the phrase, the country from a modifier ("Russia's", "the
 * Russian", "Taliban"), an "of X" complement, a default for national names ("State
 * Department"), or the only country in the sentence.
 */
export function scanMinistries(t: string, countryOrgMentions: Mention[], sentences: Sentence[]): { mention: Mention; key: string; alias: string }[] {
  const out: { mention: Mention; key: string; alias: string }[] = [];
  const sorted = [...countryOrgMentions].sort((a, b) => a.end - b.end);
  const countryOfMention = (m: Mention): string | null => (m.kind === 'country' ? m.id : (ORG_BY_SLUG.get(m.id)?.countryCode ?? null));
  // The dateline's country ("CHISINAU —", "BEIJING, Oct 3 (Wire) -"), when the text opens with one.
  const home = datelineCountry(t);
  const handle = (start: number, end: number, key: string, def: string | null, last: string | null = null, bare = false) => {
    let cc: string | null = null;
    let s = start;
    // Modifier before: "X's Foreign Ministry", "the X Foreign Ministry".
    const pre = /(?:['’]s)?\s+$/.exec(t.slice(Math.max(0, start - 4), start));
    if (pre) {
      const mod = mentionEndingAt(sorted, start - pre[0].length);
      if (mod) {
        cc = countryOfMention(mod);
        if (cc) {
          s = mod.start;
          mod.inner = true;
        }
      }
    }
    let e = end;
    if (!cc) {
      const post = /^\s+(?:of|in)\s+(?:the\s+)?/.exec(t.slice(end, end + 12));
      if (post) {
        const after = countryOrgMentions.find((m) => m.start === end + post[0].length);
        if (after) {
          cc = countryOfMention(after);
          if (cc) {
            e = after.end;
            after.inner = true;
          }
        }
      }
    }
    if (!cc && def) cc = def;
    // "HAVANA — ... the foreign ministry called ... Washington": a ministry left unnamed is
    // the one of the state the article is reported from, whatever else the sentence names.
    if (!cc && home && bare && /\bthe\s+$/i.test(t.slice(Math.max(0, start - 4), start))) cc = home;
    const sent = !cc ? sentences.find((x) => x.start <= start && start < x.end) : undefined;
    // "Foreign ministry spokesman X said Beijing opposed": the ministry of the state it speaks for.
    if (sent && bare) cc = voiceOf(t, sorted, e, sent.end);
    if (!cc) {
      if (sent) {
        // "The Canadian chargé d'affaires ... was summoned to the Ministry": a person's country is not the ministry's.
        const codes = new Set(sorted.filter((m) => m.kind === 'country' && m.start >= sent.start && m.end <= sent.end && !beforeTitle(t, m)).map((m) => m.id));
        if (codes.size === 1) cc = [...codes][0]!;
        // "... employees of the Russian embassy in Chisinau, the foreign ministry said": with
        // several countries, the one the article is reported from (its first, the dateline's).
        else if (codes.size > 1 && home && codes.has(home)) cc = home;
      }
    }
    if (!cc) cc = last;
    if (!cc) return;
    out.push({
      mention: { start: s, end: e, kind: 'org', id: ministrySlug(key, cc), text: t.slice(s, e), via: 'ministry' },
      key,
      alias: t.slice(s, e).replace(/^the\s+/i, ''),
    });
  };
  for (const m of t.matchAll(MINISTRY_RE)) {
    if (m[3] && !LOWER_MINISTRY_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
    const field = m[1] ?? m[2] ?? m[3] ?? '';
    const key = ministryKey(field);
    if (!key) continue;
    handle(m.index, m.index + m[0].length, key, /Department/.test(m[0]) ? 'US' : null, null, Boolean(m[3]));
  }
  for (const [re, key, cc] of NAMED_MINISTRIES) {
    for (const m of t.matchAll(re)) {
      if (m.index > 0 && /\p{L}/u.test(t[m.index - 1]!)) continue;
      if (out.some((o) => o.mention.start <= m.index && m.index < o.mention.end)) continue;
      // An empty default: the sentence's country first, the United States' last ("the Treasury").
      handle(m.index, m.index + m[0].length, key, cc || null, cc ? null : 'US');
    }
  }
  return out;
}

export function orgRecordFor(slug: string, key?: string): OrgRecord | null {
  const def = ORG_BY_SLUG.get(slug);
  if (def) return { slug, name: def.name, kind: def.kind, countryCode: def.countryCode, aliases: new Set(), mentions: 0, anaphor: def.anaphor };
  const mm = /^ministry-of-(.+)-([a-z]{2})$/.exec(slug);
  if (!mm) return null;
  const k = key ?? mm[1]!;
  const cc = mm[2]!.toUpperCase();
  const head = MINISTRY_KINDS[k]?.name ?? `Ministry of ${k}`;
  return { slug, name: `${head} of ${countryNameForPhrase(cc)}`, kind: 'MINISTRY', countryCode: cc, aliases: new Set(), mentions: 0 };
}

export function toExtractedOrg(r: OrgRecord): ExtractedOrganization {
  return { slug: r.slug, name: r.name, aliases: [...r.aliases].filter((a) => a !== r.name), kind: r.kind, countryCode: r.countryCode, mentions: Math.max(1, r.mentions) };
}
