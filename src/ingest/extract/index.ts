// Text -> ExtractedGraph. Pure and synchronous: no I/O, all patterns compiled at load.
import type { ExtractedGraph } from '../types.ts';
import { extractEvents } from './events/index.ts';
import { ORG_BY_SLUG } from './organizations.ts';
import { orgRecordFor, scanCountries, scanMinistries, scanOrgs, toExtractedOrg, type Mention, type OrgRecord } from './entities.ts';
import { extractOfficials, toExtractedOfficial } from './officials.ts';
import { KNOWN_OFFICIALS } from './officials-kb.ts';
import { splitSentences } from './sentences.ts';
import { matchText } from './text.ts';

export { detectLanguage } from './language.ts';
export { splitSentences } from './sentences.ts';
export { findDates } from './dates.ts';

export interface ExtractInput {
  title: string;
  body: string;
  publishedAt: Date | null;
}

const ANAPHOR_RE = /\bthe\s+(group|movement|militants|bloc|alliance|court|agency|organi[sz]ation)\b/gi;
const ANAPHOR_KIND: Record<string, OrgRecord['anaphor']> = {
  group: 'group', movement: 'group', militants: 'group', bloc: 'bloc', alliance: 'bloc', court: 'court', agency: 'agency', organisation: 'bloc', organization: 'bloc',
};

// Also "the two" alone before a verb of contact ("when the two met"): two people.
const PLURAL_RE = /\bthe\s+two\s+(men|women|leaders|presidents|ministers|foreign ministers|heads of state|sides|countries|governments|nations|neighbours|neighbors|capitals|(?=(?:also\s+|later\s+|then\s+|first\s+|last\s+)?(?:met|meet|held|signed|spoke|shook|embraced|talked|discussed|sat)\b))/gi;

/** "the two men", "the two countries": the last two people (or states) named before. */
function pluralAnaphors(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(PLURAL_RE)) {
    const people = /^(?:men|women|leaders|presidents|ministers|foreign ministers|heads of state|)$/i.test(m[1]!.trim());
    let seen = lastTwo(mentions, m.index, people ? 'official' : 'country');
    // "Japan and the Philippines held a summit. The two leaders signed": no leader named, their states.
    if (people && seen.size < 2 && /^(?:leaders|presidents|heads of state|)$/i.test(m[1]!.trim())) seen = lastTwo(mentions, m.index, 'country');
    if (seen.size === 2) for (const x of seen.values()) out.push({ start: m.index, end: m.index + m[0].length, kind: x.kind, id: x.id, text: m[0], via: 'anaphor' });
  }
  return out;
}

function lastTwo(mentions: Mention[], at: number, kind: Mention['kind']): Map<string, Mention> {
  const seen = new Map<string, Mention>();
  for (let i = mentions.length - 1; i >= 0 && seen.size < 2; i--) {
    const x = mentions[i]!;
    if (x.end > at || at - x.end > 1500 || x.kind !== kind) continue;
    if (!seen.has(x.id)) seen.set(x.id, x);
  }
  return seen;
}

/** "the Biden administration", "the Maduro government": the country its leader serves. */
function administrations(text: string, officials: Map<string, { name: string; countryCode: string | null }>): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/\b[Tt]he\s+(\p{Lu}[\p{L}'-]+)\s+(?:administration|government|regime|White House)\b/gu)) {
    const surname = m[1]!;
    const o = [...officials.values()].find((x) => x.countryCode && x.name.split(/\s+/).at(-1) === surname);
    const cc = o?.countryCode ?? KNOWN_OFFICIALS.find((k) => k.country && k.name.split(/\s+/).at(-1) === surname)?.country;
    if (cc) out.push({ start: m.index, end: m.index + m[0].length, kind: 'country', id: cc, text: m[0], via: 'anaphor' });
  }
  return out;
}

export function extractGraph(input: ExtractInput): ExtractedGraph {
  const body = input.body;
  const text = matchText(body);
  const title = matchText(input.title ?? '');
  const sentences = splitSentences(body);

  const countryMentions = scanCountries(text);
  const titleCountries = scanCountries(title, true);
  const orgMentions = scanOrgs(text);
  const titleOrgs = scanOrgs(title);
  const ministries = scanMinistries(text, [...countryMentions, ...orgMentions].sort((a, b) => a.start - b.start), sentences);
  // A gazetteer hit inside a ministry name ("Taliban Foreign Ministry") is its modifier.
  for (const m of ministries) {
    for (const o of orgMentions) if (o.start >= m.mention.start && o.end <= m.mention.end) o.inner = true;
  }

  const orgs = new Map<string, OrgRecord>();
  const touch = (slug: string, alias: string | null, count: boolean) => {
    let r = orgs.get(slug);
    if (!r) {
      const made = orgRecordFor(slug);
      if (!made) return;
      r = made;
      orgs.set(slug, r);
    }
    if (count) r.mentions++;
    if (alias && alias !== r.name) r.aliases.add(alias);
  };
  for (const m of [...orgMentions, ...titleOrgs]) touch(m.id, m.text, true);
  for (const m of ministries) touch(m.mention.id, m.alias, true);
  const ministryMentions: Mention[] = ministries.map((m) => m.mention);

  // Anaphors ("the group") point at the latest organization of a fitting kind; before the
  // body has named one, at the headline's ("Sweden Becomes NATO's 32nd Member" ... "became
  // the alliance's 32nd member").
  const anaphors: Mention[] = [];
  const orgTimeline = [...orgMentions, ...ministryMentions].sort((a, b) => a.start - b.start);
  const fits = (o: Mention, want: OrgRecord['anaphor']) => ORG_BY_SLUG.get(o.id)?.anaphor === want;
  for (const m of text.matchAll(ANAPHOR_RE)) {
    const want = ANAPHOR_KIND[m[1]!.toLowerCase()];
    const prev = [...orgTimeline].reverse().find((o) => o.end <= m.index && fits(o, want)) ?? [...titleOrgs].reverse().find((o) => fits(o, want));
    if (prev) anaphors.push({ start: m.index, end: m.index + m[0].length, kind: 'org', id: prev.id, text: m[0], via: 'anaphor' });
  }

  const actors = [...countryMentions, ...orgMentions, ...ministryMentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const { officials, mentions: officialMentions } = extractOfficials({
    text,
    sentences,
    actors,
    publishedAt: input.publishedAt,
    orgSlugs: new Set(orgs.keys()),
  });

  // A group's name inside a person's ("Thérèse Kayikwamba Wagner") is part of the name.
  for (const o of orgMentions) {
    const inName = officialMentions.some((x) => x.start <= o.start && o.end <= x.end && officials.get(x.id)?.name.includes(o.text));
    if (!inName) continue;
    o.inner = true;
    const r = orgs.get(o.id);
    if (r && --r.mentions <= 0 && !titleOrgs.some((t) => t.id === o.id)) orgs.delete(o.id);
  }

  const eventMentions = [...actors.filter((m) => !m.inner), ...anaphors, ...officialMentions].sort((a, b) => a.start - b.start || b.end - a.end);
  eventMentions.push(...pluralAnaphors(text, eventMentions), ...administrations(text, officials));
  eventMentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const events = extractEvents({ text, sentences, mentions: eventMentions, countryMentions, orgs, officials, publishedAt: input.publishedAt });

  const countryCounts = new Map<string, number>();
  for (const m of [...countryMentions, ...titleCountries]) countryCounts.set(m.id, (countryCounts.get(m.id) ?? 0) + 1);

  return {
    countries: [...countryCounts].map(([code, mentions]) => ({ code, mentions })),
    organizations: [...orgs.values()].map(toExtractedOrg),
    officials: [...officials.values()].map(toExtractedOfficial),
    events,
  };
}
