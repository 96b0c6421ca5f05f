// Text -> ExtractedGraph. Pure and synchronous: no I/O, all patterns compiled at load.
import type { ExtractedGraph } from '../types.ts';
import { extractEvents } from './events/index.ts';
import { ORG_BY_SLUG } from './organizations.ts';
import { orgRecordFor, scanCountries, scanMinistries, scanOrgs, toExtractedOrg, type Mention, type OrgRecord } from './entities.ts';
import { extractOfficials, toExtractedOfficial } from './officials.ts';
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

  // Anaphors ("the group") point at the latest organization of a fitting kind.
  const anaphors: Mention[] = [];
  const orgTimeline = [...orgMentions, ...ministryMentions].sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(ANAPHOR_RE)) {
    const want = ANAPHOR_KIND[m[1]!.toLowerCase()];
    const prev = [...orgTimeline].reverse().find((o) => o.end <= m.index && ORG_BY_SLUG.get(o.id)?.anaphor === want);
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

  const eventMentions = [...actors.filter((m) => !m.inner), ...anaphors, ...officialMentions].sort((a, b) => a.start - b.start || b.end - a.end);
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
