// Officials: people introduced with a title ("Foreign Minister Sergey Lavrov"), in an
// apposition ("Dmitry Zhirnov, Russia's ambassador to Afghanistan") or a reversed one
// ("Afghanistan's newly appointed Ambassador, Gul Hassan Hassan"), then every later
// surname mention resolved to the same person.
//
// Steps: each title found (`readTitle`) gets its modifier and complement (`titleSite`),
// then the name it belongs to (`nameAfterTitle`, `reversedApposition`, `appositionBefore`);
// each person found is recorded with a country and a position (`addOfficial`); office
// holders of the register named without a title (`readKnownUntitled`); then the later
// mentions by surname (`readLaterMentions`).
import type { ExtractedOfficial, ExtractedPosition, PartialDate } from '../types.ts';
import { COUNTRY_INFO, lookupCountry } from './countries.ts';
import { dayOf, findDates } from './dates.ts';
import type { Mention } from './entities.ts';
import { BODY_TITLES, INITIALS, INITIALS_START, MODIFIED_ONLY_TITLES, NAME_RE, NAME_STOP, NAME_TOKEN, PARTICLE, TITLE_HOME, TITLE_NORM, TITLE_RE, cleanName } from './official-names.ts';
import { ORG_BY_SLUG } from './organizations.ts';
import { lookupKnownOfficial, KNOWN_OFFICIALS } from './officials-kb.ts';
import type { Sentence } from './sentences.ts';
import { escapeRegex, lastAtOrBefore, slugify, titleCase } from './text.ts';

export interface OfficialRecord {
  slug: string;
  name: string;
  aliases: Set<string>;
  countryCode: string | null;
  positions: ExtractedPosition[];
  mentions: number;
  /** Where in the text it was introduced: for the country fallbacks. */
  firstAt: number;
  /** Holds an office of an international body: no state's title ("a former Dutch prime minister") gives a country. */
  bodyOffice?: boolean;
  /** The country came from a former office only. */
  formerCountry?: boolean;
  /** The country was guessed from the context, not written in a title: a later title's country replaces it. */
  guessedCountry?: boolean;
}

interface Ctx {
  text: string;
  sentences: Sentence[];
  /** Country and organization mentions (ministries included), sorted by start. */
  actors: Mention[];
  publishedAt: Date | null;
  orgSlugs: Set<string>;
}

function sentenceAt(ctx: Ctx, pos: number): Sentence | undefined {
  const i = lastAtOrBefore(ctx.sentences, pos, (s) => s.start);
  const s = i >= 0 ? ctx.sentences[i] : undefined;
  return s && pos < s.end ? s : undefined;
}

const FIELD_BEFORE = /(?<=\s)(?:government['’]s|judiciary|police|navy|air force|central bank|trade|climate|military|security|human rights|health|energy|economy|finance|justice|migration|enlargement|competition|intelligence|army|nuclear|peace|humanitarian|diplomatic|political|economic|top|chief|senior|aid|relief|refugee|rights|junta|special|foreign policy)\s+$/i;
const POSSESSIVE_FIELD = /(?<=\p{L}['’]s\s+)(?:(?!(?:the|a|an|of|to|for|with|on|in|and|or|by|at|from|as|is|was|has|had|own|new|former|acting|interim)\s)\p{Ll}[\p{Ll}-]*\s+){1,2}$/u;
const ORGAN_BEFORE = /(?<=\s)(?:Commission|Secretariat)\s+$/;
const ANAPHOR_MOD = /\b[Tt]he\s+(alliance|league|bloc|organi[sz]ation|union|group|agency|court)['’]s\s+$/;
const ANAPHOR_WANT: Record<string, 'group' | 'bloc' | 'court' | 'agency'> = { alliance: 'bloc', league: 'bloc', bloc: 'bloc', organisation: 'bloc', organization: 'bloc', union: 'bloc', group: 'group', agency: 'agency', court: 'court' };

/** The title's modifier just before it: "Russia's", "the Russian", "Taliban", "NATO", "his". */
function modifierBefore(ctx: Ctx, pos: number, officials: Map<string, OfficialRecord>, lastOfficial: OfficialRecord | null) {
  // A field word may come between: "EU trade commissioner", "Israeli military spokesman".
  // Or a body's organ: "African Union Commission chairman", "ECOWAS Commission President".
  // Or free field words after a possessive: "France's armed forces minister", "Canada's public safety minister".
  const near = ctx.text.slice(Math.max(0, pos - 40), pos);
  const field = FIELD_BEFORE.exec(ctx.text.slice(Math.max(0, pos - 30), pos)) ?? ORGAN_BEFORE.exec(ctx.text.slice(Math.max(0, pos - 30), pos)) ?? (/['’]s\s/.test(near) ? POSSESSIVE_FIELD.exec(near) : null);
  const at = field ? pos - field[0].length : pos;
  for (const from of field ? [at, pos] : [at]) {
    const pre = ctx.text.slice(Math.max(0, from - 3), from);
    const gap = /(?:['’]s|(?<=s)['’])?\s+$/.exec(pre);
    const end = gap ? from - gap[0].length : from;
    // Actors are sorted by start; the modifier starts within a few words before the title.
    for (let i = lastAtOrBefore(ctx.actors, end, (m) => m.start); i >= 0; i--) {
      const m = ctx.actors[i]!;
      if (m.end === end) return { mention: m, start: m.start };
      if (m.start < end - 80) break;
    }
  }
  const before = ctx.text.slice(Math.max(0, pos - 30), pos);
  const ana = ANAPHOR_MOD.exec(before);
  if (ana) {
    // "the alliance's secretary general": the latest body of that kind named before.
    const want = ANAPHOR_WANT[ana[1]!.toLowerCase()];
    for (let i = lastAtOrBefore(ctx.actors, pos, (m) => m.start); i >= 0; i--) {
      const m = ctx.actors[i]!;
      if (m.kind === 'org' && ORG_BY_SLUG.get(m.id)?.anaphor === want) return { mention: m, start: pos - ana[0].length };
    }
  }
  // "the department's spokeswoman", "the ministry's spokesman": the ministry named last before.
  const dept = /\b[Tt]he\s+(?:department|ministry)['’]s\s+$/.exec(before);
  if (dept) {
    for (let i = lastAtOrBefore(ctx.actors, pos, (m) => m.start); i >= 0; i--) {
      const m = ctx.actors[i]!;
      if (m.kind === 'org' && /^ministry-of-.+-[a-z]{2}$/.test(m.id)) return { mention: m, start: pos - dept[0].length };
    }
  }
  const its = /\b(?:its|their|[Ii]ts|[Tt]heir)\s+$/.exec(before);
  if (its) {
    // "Egypt had nominated Amr Elhamamy as its ambassador": the state or body named before in the sentence.
    // Not the object of a preposition: "The EU lifted its sanctions on Syria, its foreign policy chief, X,"
    // and "Tshisekedi of the Democratic Republic of Congo, and the chairperson of its commission" are the subject's.
    const sent = sentenceAt(ctx, pos);
    // A modifier of another title may be meant too ("The African Union's chairman, ..., and the chairperson of its commission").
    let fallback: Mention | null = null;
    let innerSubject: Mention | null = null;
    for (let i = lastAtOrBefore(ctx.actors, pos, (m) => m.start); i >= 0 && sent; i--) {
      const m = ctx.actors[i]!;
      if (m.start < sent.start) break;
      if (m.end > pos - its[0].length) continue;
      const prep = PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(sent.start, m.start - 14), m.start));
      if (m.inner) {
        if (!prep) innerSubject = m;
        continue;
      }
      if (!prep) return { mention: m, start: pos - its[0].length };
      fallback ??= m;
    }
    const pick = innerSubject ?? fallback;
    if (pick) return { mention: pick, start: pos - its[0].length };
    // "Nairobi sent 400 officers. Their commander, X, ...": a sentence opening with the pronoun, the state the one before opens with.
    const idx = sent ? ctx.sentences.indexOf(sent) : -1;
    if (sent && idx > 0 && /^\s*$/.test(ctx.text.slice(sent.start, pos - its[0].length))) {
      const prev = ctx.sentences[idx - 1]!;
      const first = ctx.actors.find((m) => m.start >= prev.start && m.end <= prev.end && m.kind === 'country');
      if (first && /^\s*(?:[Tt]he\s+)?$/.test(ctx.text.slice(prev.start, first.start))) return { countryCode: first.id, start: pos - its[0].length };
    }
  }
  const pron = /(?:\b(his|her)|\b(the (?:country|kingdom|emirate|sultanate|island|republic|nation)['’]s))\s+$/i.exec(before);
  if (pron) {
    if (pron[1]) {
      // The nearest person named before the pronoun, even by surname only.
      const sent = sentenceAt(ctx, pos);
      const span = sent ? ctx.text.slice(sent.start, pos) : '';
      let best: OfficialRecord | null = null;
      let bestAt = -1;
      for (const o of officials.values()) {
        const at = span.lastIndexOf(o.name.split(' ').at(-1)!);
        if (at > bestAt) {
          bestAt = at;
          best = o;
        }
      }
      const who = best ?? lastOfficial;
      if (who) return { official: who, start: pos - pron[0].length };
    }
    if (pron[2]) {
      // "the kingdom's ambassador": the last monarchy named; "the country's", "the island's": the last state.
      const royal = /kingdom|emirate|sultanate/i.test(pron[2]);
      const prev = [...ctx.actors].reverse().find((m) => m.kind === 'country' && m.end <= pos && (!royal || MONARCHIES.has(m.id)));
      if (prev) return { countryCode: prev.id, start: pos - pron[0].length };
    }
  }
  const poss = /(\p{Lu}[\p{L}-]+)['’]s\s+$/u.exec(ctx.text.slice(Math.max(0, at - 30), at));
  if (poss) {
    for (const o of officials.values()) if (o.name.split(' ').includes(poss[1]!)) return { official: o, start: at - poss[0].length };
    // "Trump's special envoy": a register office holder's aide serves the same state.
    const cc = KNOWN_COUNTRY_BY_SURNAME.get(poss[1]!);
    if (cc) return { countryCode: cc, start: at - poss[0].length };
  }
  return null;
}

const PREPOSITION_BEFORE = /\b(?:on|of|to|from|with|against|in|into|at|for|by|over|towards?|after|than)\s+(?:the\s+)?$/i;

function actorAt(ctx: Ctx, pos: number): Mention | null {
  const i = lastAtOrBefore(ctx.actors, pos, (m) => m.start);
  return i >= 0 && ctx.actors[i]!.start === pos ? ctx.actors[i]! : null;
}

const APPOINTED = /\b(?:newly[ -](?:appointed|elected)|took office|sworn in|assumed office|(?:was|were|been|has been) (?:appointed|named)|took up (?:his|her) post)\b/i;


/** One extraction run: the people found so far and the mentions they own. */
interface Run {
  ctx: Ctx;
  officials: Map<string, OfficialRecord>;
  mentions: Mention[];
  last: OfficialRecord | null;
  /** Titles with a country but no name ("the Russian president"), for the untitled office holders. */
  bare: TitleSite[];
  /** Where each title word of the text starts (after its qualifier): "U.S. Ambassador" modifies a title. */
  titleAt: Set<number>;
}

/** A person found next to a title (or a known name alone), before it is recorded. */
interface Candidate {
  rawName: string;
  nameStart: number;
  descStart: number;
  descEnd: number;
  title: string | null;
  qual: string;
  /** The country the descriptor names (undefined: none; null: an international body's). */
  explicit: string | null | undefined;
  explicitOrg: string | null;
  /** The complement of "ambassador to X". */
  target: Mention | null;
}

/** A full name for a lone surname of someone already introduced, or of a known office holder. */
function fullName(run: Run, name: string): string {
  // "Al Khaja" after "Mohamed Al Khaja": the family name of several words.
  if (name.includes(' ')) return [...run.officials.values()].find((o) => o.name.endsWith(` ${name}`))?.name ?? name;
  for (const o of run.officials.values()) if (o.name.split(' ').at(-1) === name) return o.name;
  // Family name first: "President Xi" is Xi Jinping.
  for (const o of run.officials.values()) if (FAMILY_FIRST.has(o.countryCode ?? '') && o.name.split(' ')[0] === name) return o.name;
  return KNOWN_BY_SURNAME.get(name) ?? KNOWN_BY_FAMILY_NAME.get(name) ?? name;
}

/** Surname -> full name of the first register entry with it (computed once, not per mention). */
const KNOWN_BY_SURNAME = new Map<string, string>();
for (const k of KNOWN_OFFICIALS) {
  // Aliases' surnames too: "Zelenskyy" is Volodymyr Zelensky.
  for (const nm of [k.name, ...(k.aliases ?? [])]) {
    const last = nm.split(' ').at(-1)!;
    if (nm.includes(' ') && !KNOWN_BY_SURNAME.has(last)) KNOWN_BY_SURNAME.set(last, k.name);
  }
}
/**
 * Family name written first -> full name, for the register's Chinese and Korean entries ("Xi" -> Xi
 * Jinping); not the commonest family names, which many office holders share ("Defence Minister Kim").
 */
const COMMON_FAMILY = new Set('Kim Lee Li Wang Zhang Liu Chen Park Choi Yang Zhao Huang Wu Lin Zhou Sun Ma Hu Guo'.split(' '));
const KNOWN_BY_FAMILY_NAME = new Map<string, string>();
for (const k of KNOWN_OFFICIALS) {
  const first = k.name.split(' ')[0]!;
  if (['CN', 'TW', 'KP', 'KR'].includes(k.country ?? '') && k.name.includes(' ') && !COMMON_FAMILY.has(first) && !KNOWN_BY_FAMILY_NAME.has(first)) KNOWN_BY_FAMILY_NAME.set(first, k.name);
}
/** Surname -> country of the register entries with it, when they agree. */
const KNOWN_COUNTRY_BY_SURNAME = new Map<string, string>();
for (const k of KNOWN_OFFICIALS) {
  for (const nm of [k.name, ...(k.aliases ?? [])]) {
    const last = nm.split(' ').at(-1)!;
    // A one-word alias is a surname of its own: "Lula's chief adviser".
    if (!k.country || (!nm.includes(' ') && nm === k.name) || NAME_STOP.has(last) || lookupCountry(last)) continue;
    const had = KNOWN_COUNTRY_BY_SURNAME.get(last);
    KNOWN_COUNTRY_BY_SURNAME.set(last, had === undefined || had === k.country ? k.country : '');
  }
}
for (const [k, v] of KNOWN_COUNTRY_BY_SURNAME) if (!v) KNOWN_COUNTRY_BY_SURNAME.delete(k);
/** Each register name form with its last run of letters, the key of a cheap presence test. */
/** Last word of a name form, when it is capitalised (readKnownUntitled's pre-check); else null. */
function keyOf(nm: string): string | null {
  const last = nm.includes(' ') ? nm.match(/\p{L}+/gu)!.at(-1)! : null;
  return last && /^\p{Lu}/u.test(last) ? last : null;
}
const KNOWN_FORMS = KNOWN_OFFICIALS.map((k) => ({ k, forms: [k.name, ...(k.aliases ?? [])].map((nm) => ({ nm, key: keyOf(nm) })) }));

/** "Ambassador" made specific: "Ambassador to Afghanistan", from the complement or the sentence. */
function ambassadorTitle(run: Run, target: Mention | null, sent: Sentence | undefined, posCountry: string | null): string {
  const tgt = target ? targetName(target) : null;
  if (tgt) return `Ambassador to ${tgt}`;
  if (sent && posCountry) {
    const others = new Set(run.ctx.actors.filter((m) => m.kind === 'country' && m.start >= sent.start && m.end <= sent.end && m.id !== posCountry).map((m) => m.id));
    if (others.size === 1) return `Ambassador to ${COUNTRY_INFO.get([...others][0]!)?.name}`;
  }
  return 'Ambassador';
}

/** The ministry a title belongs to, when the article names it ("Foreign Minister" -> its foreign ministry). */
function ministryOf(run: Run, title: string, posCountry: string | null): string | null {
  if (!posCountry) return null;
  const key = /Foreign|Ambassador|Secretary of State|Top Diplomat/.test(title) ? 'foreign-affairs' : /Defen[cs]e/.test(title) ? 'defence' : /Interior|Home Secretary/.test(title) ? 'interior' : /Finance|Treasury/.test(title) ? 'finance' : null;
  const ms = key ? `ministry-of-${key}-${posCountry.toLowerCase()}` : null;
  return ms && run.ctx.orgSlugs.has(ms) ? ms : null;
}

/** The position the title gives, with its start date when the sentence tells an appointment. */
function addPosition(run: Run, rec: OfficialRecord, c: Candidate, title: string, cc: string | null, sent: Sentence | undefined): void {
  const { text, publishedAt } = run.ctx;
  const posCountry = cc ?? rec.countryCode;
  let t = title === 'Ambassador' ? ambassadorTitle(run, c.target, sent, posCountry) : title;
  if (/former|^ex-/i.test(c.qual)) t = `Former ${t}`;
  else if (/interim|acting/i.test(c.qual)) t = `${titleCase(c.qual.trim())} ${t}`;
  if (/deputy/i.test(c.qual) && !t.includes('Deputy')) t = `Deputy ${t}`;
  const orgSlug = c.explicitOrg ?? ministryOf(run, t, posCountry);
  let start: PartialDate | null = null;
  if (sent && APPOINTED.test(text.slice(c.descStart, Math.min(sent.end, c.descEnd + 60)))) {
    const d = findDates(text.slice(c.nameStart, sent.end), c.nameStart, publishedAt).find((x) => !x.since);
    start = d ? { date: d.date, precision: d.precision } : publishedAt ? dayOf(publishedAt) : null;
  }
  if (rec.positions.some((p) => p.title === t)) return;
  // A more specific title replaces a generic one ("Ambassador" -> "Ambassador to X").
  rec.positions = rec.positions.filter((p) => !t.startsWith(p.title));
  if (rec.positions.some((p) => p.title.startsWith(t))) return;
  const org = orgSlug ? ORG_BY_SLUG.get(orgSlug) : undefined;
  rec.positions.push({ title: t, countryCode: org ? org.countryCode : posCountry, organizationSlug: orgSlug, start, end: null });
}

const ROYAL = new Set(['King', 'Queen', 'Crown Prince', 'Emir', 'Sultan', 'Grand Duke', 'Grand Duchess', 'Emperor']);
/** States with a reigning monarch (kings, queens, emirs, sultans). */
const MONARCHIES = new Set('AD AE BE BH BN BT DK ES GB JO JP KH KW LI LS LU MA MC MY NL NO OM QA SA SE SZ TH TO'.split(' '));

/** "Raisi accepted an invitation from King Salman to travel to Riyadh": a monarchy named in or next to the sentence. */
function monarchyNear(run: Run, sent: Sentence): string | null {
  const { ctx } = run;
  const idx = ctx.sentences.indexOf(sent);
  for (const w of [0, 1]) {
    const lo = ctx.sentences[Math.max(0, idx - w)]!.start;
    const hi = ctx.sentences[Math.min(ctx.sentences.length - 1, idx + w)]!.end;
    const found = new Set(ctx.actors.filter((m) => m.kind === 'country' && m.start >= lo && m.end <= hi && MONARCHIES.has(m.id)).map((m) => m.id));
    if (found.size === 1) return [...found][0]!;
  }
  return null;
}

/** "Queen Camilla ... in Nairobi": the one monarchy the article names anywhere. */
function soleMonarchy(ctx: Ctx): string | null {
  let found: string | null = null;
  for (const m of ctx.actors) {
    if (m.kind !== 'country' || !MONARCHIES.has(m.id) || m.id === found) continue;
    if (found) return null;
    found = m.id;
  }
  return found;
}

const RANK_BEFORE_NAME = /^(Senior General|Field Marshal|Lieutenant General|Major General|General|Admiral|Colonel)\s+\p{Lu}/u;

/** Records a person (new or already met) with a country, a position and a mention. */
function addOfficial(run: Run, c: Candidate): boolean {
  const { ctx, officials } = run;
  const cn = cleanName(c.rawName);
  if (!cn) return false;
  let title = c.title;
  if (!title && cn.honorific && /General|Gen|Colonel|Col/.test(cn.honorific)) title = cn.honorific.startsWith('Col') ? 'Colonel' : 'General';
  // A rank written before the name after another title: "the army chief, Senior General X" holds both.
  const rank = title ? RANK_BEFORE_NAME.exec(c.rawName.trim()) : null;
  const rankTitle = rank ? (TITLE_NORM.get(rank[1]!.toLowerCase()) ?? null) : null;
  let name = fullName(run, cn.name);
  const kb = lookupKnownOfficial(name);
  if (kb && !INITIALS_START.test(name)) name = kb.name;
  const slug = slugify(name);
  if (!slug || COUNTRY_INFO.has(name)) return false;
  let rec = officials.get(slug);
  if (!rec) {
    rec = { slug, name, aliases: new Set(), countryCode: null, positions: [], mentions: 0, firstAt: c.nameStart };
    officials.set(slug, rec);
  }
  if (c.rawName.trim() !== name) rec.aliases.add(cn.name);
  const sent = sentenceAt(ctx, c.nameStart);
  let cc = c.explicit ?? null;
  let guessed = false;
  if (!cc && kb) cc = kb.country;
  if (!cc && !kb && !c.explicitOrg && title && TITLE_HOME.has(title)) cc = TITLE_HOME.get(title)!;
  if (!cc && !kb && !c.explicitOrg && sent) {
    cc = countryFromContext(run, sent, c.nameStart, c.descStart, c.descEnd, rec);
    guessed = true;
    if (title && ROYAL.has(title) && !(cc && MONARCHIES.has(cc))) cc = monarchyNear(run, sent) ?? soleMonarchy(ctx) ?? cc;
  }
  const former = /former|^ex-|then-/i.test(c.qual);
  const intl = c.explicitOrg ? ORG_BY_SLUG.get(c.explicitOrg) : undefined;
  if ((c.explicit === null || (intl && !intl.countryCode)) && title && !former) {
    // "The UN envoy, X, a former Ghanaian foreign minister": the current office is the body's.
    rec.bodyOffice = true;
    if (rec.formerCountry || rec.guessedCountry) rec.countryCode = null;
  }
  if (!rec.countryCode && cc && !(former && rec.bodyOffice)) {
    rec.countryCode = cc;
    rec.formerCountry = former;
    rec.guessedCountry = guessed;
  } else if (rec.countryCode && cc && !former && rec.formerCountry && !rec.bodyOffice) {
    rec.countryCode = cc;
    rec.formerCountry = false;
    rec.guessedCountry = guessed;
  } else if (rec.guessedCountry && typeof c.explicit === 'string' && !former && !rec.bodyOffice) {
    // "Ambassador X, Washington's envoy in Moscow": the title's state, not the guess from "Moscow".
    rec.countryCode = c.explicit;
    rec.guessedCountry = false;
  }
  if (title) addPosition(run, rec, c, title, cc, sent);
  if (rankTitle && rankTitle !== title) addPosition(run, rec, { ...c, qual: '', explicitOrg: null }, rankTitle, cc, sent);
  run.last = rec;
  run.mentions.push({ start: c.descStart, end: c.descEnd, kind: 'official', id: slug, text: ctx.text.slice(c.descStart, c.descEnd) });
  return true;
}

/** A title found in the text, with what its modifier and complement say. */
interface TitleSite {
  qual: string;
  rawTitle: string;
  title: string;
  tStart: number;
  /** End of the title with its complement ("ambassador to Afghanistan"). */
  tEnd: number;
  descStart: number;
  target: Mention | null;
  explicit: string | null | undefined;
  explicitOrg: string | null;
  hasModifier: boolean;
  /** Modifiers become part of the official's descriptor only if an official is found. */
  pendingInner: Mention[];
  /** Followed by "'s": names nobody itself. */
  possessive: boolean;
  /** A complement names a state or body: "ambassador to Afghanistan", "chief of staff to Ukrainian". */
  complemented?: boolean;
  /** "his Egyptian counterpart": the title is the one of the person met, not written. */
  counterpart?: boolean;
}

type Modifier = ReturnType<typeof modifierBefore>;

/** What the modifier before a title says: a country, an organization, a ministry or a person's. */
function applyModifier(site: TitleSite, x: Modifier): void {
  if (!x) return;
  site.descStart = Math.min(site.descStart, x.start);
  if ('mention' in x && x.mention) {
    // Only a modifier written in the descriptor is part of it: the state "its" refers back to
    // ("Germany has recalled its ambassador to Russia, X,") stays an actor of its own clause.
    if (x.start === x.mention.start) site.pendingInner.push(x.mention);
    if (x.mention.kind === 'country') {
      site.explicit = x.mention.id;
      return;
    }
    const od = ORG_BY_SLUG.get(x.mention.id);
    if (od && (od.kind === 'INTERNATIONAL_ORGANIZATION' || od.kind === 'ALLIANCE')) {
      site.explicitOrg = od.slug;
      site.explicit = null;
    } else if (od) site.explicit = od.countryCode;
    else {
      // Ministries carry their country in the slug.
      site.explicit = x.mention.id.slice(-2).toUpperCase();
      site.explicitOrg = x.mention.id;
    }
  } else if ('official' in x && x.official) site.explicit = x.official.countryCode;
  else if ('countryCode' in x) site.explicit = x.countryCode;
}

const NO_OFFICE_BEFORE = /\b(?:opposition|rebel|party|militia|militant|protest|separatist|insurgent|guerrilla|gang|cartel|jihadist|student|tribal)\s+$/i;

/**
 * "opposition leader María Corina Machado", "Hamas leader X", "party spokesman": a role, but no
 * state or international office.
 */
function holdsNoOffice(before: string, title: string, mod: Modifier): boolean {
  if (/^opposition\s+$/i.test(before.slice(-12)) || (/Leader|Head|Chief|Spokesperson/.test(title) && NO_OFFICE_BEFORE.test(before))) return true;
  if (!/^(?:Leader|Chief|Head)$/.test(title) || !mod || !('mention' in mod) || !mod.mention) return false;
  const kind = ORG_BY_SLUG.get(mod.mention.id)?.kind;
  return kind === 'ARMED_GROUP' || kind === 'POLITICAL_PARTY';
}

/**
 * "Hezbollah's secretary-general", "Houthi spokesman", "the RSF commander": an armed group's
 * officer holds no state office (the Taliban's ministers run a state; a minister's title is one;
 * a spokesperson speaks for the group's territory, as the devset annotates).
 */
function armedGroupOfficer(title: string, mod: Modifier): boolean {
  if (!mod || !('mention' in mod) || !mod.mention || mod.mention.kind !== 'org') return false;
  const od = ORG_BY_SLUG.get(mod.mention.id);
  // Spokespeople stay: the devset lists a Houthi spokesman as Yemen's.
  return od?.kind === 'ARMED_GROUP' && od.slug !== 'taliban' && !/Minister|Ambassador|Envoy|President|Premier|Spokes/.test(title);
}

// Bodies that hold no state or international office: think tanks, NGOs, firms, sports bodies, universities.
const NONSTATE_WORD = "(?:Center|Centre|Institute|Institution|Foundation|Endowment|Forum|Society|Association|Federation|University|College|School|Olympic|FIFA|UEFA|Company|Corporation|Group|Watch|Amnesty International|Chatham House|Brookings|Carnegie|RAND|Oxfam|Save the Children|Without Borders|Médecins Sans Frontières|Red Crescent|Times|Post|Journal|Network|Channel|Television|Radio)";
const NONSTATE_AFTER = new RegExp(`^\\s+(?:of|at)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}'’.&-]*|of|for|and|on|the|de|du)\\s+){0,6}${NONSTATE_WORD}(?![\\p{L}])`, 'u');
// Before a title, the body's last word ("Human Rights Watch director", "Amnesty International's secretary general"): one match, then a set look-up.
const NONSTATE_BEFORE_RE = /(\p{Lu}[\p{L}&'’.-]*?)(?:['’]s)?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
const NONSTATE_LAST = new Set('Center Centre Institute Institution Foundation Endowment Forum Society Association Federation University College School Olympic FIFA UEFA Company Corporation Group Watch Brookings Carnegie RAND Oxfam Children Borders Frontières Crescent Times Post Journal Network Channel Television Radio'.split(' '));
const NONSTATE_BEFORE = {
  test: (s: string): boolean => {
    const w = NONSTATE_BEFORE_RE.exec(s)?.[1] ?? '';
    return NONSTATE_LAST.has(w) || (w === 'International' && /\bAmnesty\s+International/.test(s));
  },
};
const AIDE_TITLE = /Adviser|Advisor|Aide|Chief of Staff|Spokes|Press Secretary/;
const PARTY_AFTER = /^\s+of\s+(?:(?!the\s)\p{Lu}|the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(Party|Coalition|Movement|Front)\b)/u;

/** The title at a match, or null when it is a common noun inside a longer name ("Prime Minister's Office"). */
function titleSite(run: Run, m: RegExpExecArray): TitleSite | null {
  const { ctx } = run;
  const { text } = ctx;
  let rawTitle = m[2]!;
  let cutEnd: number | null = null;
  // "a minister of state and Saudi Arabia's national security adviser": a free-form field stops before a state or body.
  if (/^[Mm]inister\s+(?:of|for)\s/.test(rawTitle) && rawTitle.includes(' and ')) {
    const at0 = m.index + (m[1]?.length ?? 0);
    for (const a of rawTitle.matchAll(/\s+and\s+/g)) {
      if (!actorAt(ctx, at0 + a.index + a[0].length)) continue;
      rawTitle = rawTitle.slice(0, a.index);
      cutEnd = at0 + a.index;
      break;
    }
  }
  let title = TITLE_NORM.get(rawTitle.toLowerCase().replace(/\s+/g, ' ')) ?? titleCase(rawTitle.replace(/\s+/g, ' '));
  if (/^minister\s+(of|for)/i.test(rawTitle) && !TITLE_NORM.has(rawTitle.toLowerCase())) title = titleCase(rawTitle.replace(/\s+/g, ' '));
  if (m[3]) title = `${title}${m[3].toLowerCase()}`;
  const tStart = m.index;
  let tEnd = cutEnd ?? m.index + m[0].length;
  // "a senior leader of the front", "the head of the movement": an armed or political group named before.
  if (/^(?:Leader|Head|Chief|Chairman|Chairwoman|Chairperson|Commander|Spokesman|Spokeswoman|Spokesperson)$/.test(title) && /^\s+of\s+the\s+(?:front|movement|party|rebels|rebellion|militia|group|insurgency|insurgents)(?![\p{L}-])/u.test(text.slice(tEnd, tEnd + 30))) return null;
  // "the chairman of Law and Justice", "the leader of the Polish People's Party": a party's officer holds no office.
  if (/^(?:Leader|Chairman|Chairwoman|Chairperson)$/.test(title)) {
    const pa = PARTY_AFTER.exec(text.slice(tEnd, tEnd + 80));
    if (pa && (pa[1] || !actorAt(ctx, tEnd + pa[0].length - 1))) return null;
  }
  // "the Russian president's arrest", "the Prime Minister's Office": a title with no name.
  const possessive = /^['’]s\b/.test(text.slice(tEnd, tEnd + 2)) && title !== 'Counterpart';
  // Complement: "ambassador to Afghanistan", "Emir of Qatar", "Ambassador to the UN".
  let target: Mention | null = null;
  let ofCountry: Mention | null = null;
  const pendingInner: Mention[] = [];
  // "a spokesman for the European Commission": whom a spokesperson speaks for.
  const comp = (/^Spokes/.test(title) ? /^\s+(to|of|in|for)\s+(?:the\s+)?/ : /^\s+(to|of|in)\s+(?:the\s+)?/).exec(text.slice(tEnd, tEnd + 12));
  if (comp) {
    const a = actorAt(ctx, tEnd + comp[0].length);
    if (a) {
      // "an adviser to the Emirati president", "chief of staff to the prime minister": an aide serves that state.
      if (comp[1] === 'to' && AIDE_TITLE.test(title) && a.kind === 'country') ofCountry = a;
      else if (comp[1] === 'to' || comp[1] === 'in') target = a;
      else ofCountry = a;
      pendingInner.push(a);
      tEnd = a.end;
    }
  }
  // "the chairperson of its commission": the body "its" refers to, as a modifier would name it.
  if (!target && !ofCountry) {
    const its = /^\s+of\s+(?:its|their)\s+(?=\p{Ll})/u.exec(text.slice(tEnd, tEnd + 20));
    const x = its ? modifierBefore(ctx, tEnd + its[0].length, run.officials, run.last) : null;
    if (x && 'mention' in x && x.mention) ofCountry = x.mention;
  }
  // "president of the Center for China and Globalization", "Amnesty International's secretary general": no public office.
  if (!target && !ofCountry && (NONSTATE_AFTER.test(text.slice(tEnd, tEnd + 90)) || NONSTATE_BEFORE.test(text.slice(Math.max(0, tStart - 50), tStart)))) return null;
  const counterpart = title === 'Counterpart';
  if (counterpart && run.last) title = run.last.positions.at(-1)?.title ?? 'Counterpart';
  const mod = modifierBefore(ctx, tStart, run.officials, run.last);
  if (holdsNoOffice(ctx.text.slice(Math.max(0, tStart - 30), tStart), title, mod) || armedGroupOfficer(title, mod)) return null;
  const site: TitleSite = { qual: m[1] ?? '', rawTitle, title, tStart, tEnd, descStart: tStart, target, explicit: undefined, explicitOrg: null, hasModifier: !!mod, pendingInner, possessive, counterpart };
  site.complemented = pendingInner.length > 0;
  applyModifier(site, mod);
  // "Former Japanese Prime Minister X": the qualifier before the modifier.
  const q = mod && !site.qual ? QUAL_BEFORE.exec(text.slice(Math.max(0, site.descStart - 20), site.descStart)) : null;
  if (q) site.qual = `${q[1]} `;
  if (mod && 'mention' in mod && mod.mention && site.explicitOrg === mod.mention.id && /Ambassador|Envoy|Representative/.test(title)) envoyToBody(run, site, mod.mention, q?.[0].length ?? 0);
  if (ofCountry) {
    // "the managing director of the IMF": the complement names the body as a modifier would.
    site.hasModifier = true;
    if (ofCountry.kind === 'country') site.explicit = ofCountry.id;
    else {
      const od = ORG_BY_SLUG.get(ofCountry.id);
      if (od?.countryCode) site.explicit = od.countryCode;
      else if (od) site.explicitOrg = od.slug;
    }
  }
  if (site.explicit === undefined && !site.explicitOrg && BODY_TITLES.has(title)) bodyOfTitle(run, site);
  presidingTitle(run, site);
  return site;
}

/** "China's UN ambassador", "Russia's deputy UN envoy": the state's envoy to the body. */
function envoyToBody(run: Run, site: TitleSite, body: Mention, qualLen: number): void {
  const at = site.descStart - qualLen;
  const gap = /(?:['’]s)?\s+$/.exec(run.ctx.text.slice(Math.max(0, at - 4), at));
  if (!gap) return;
  const i = lastAtOrBefore(run.ctx.actors, at - gap[0].length, (m) => m.start);
  const c = i >= 0 ? run.ctx.actors[i]! : undefined;
  if (!c || c.kind !== 'country' || c.end !== at - gap[0].length) return;
  site.explicit = c.id;
  site.explicitOrg = null;
  site.target = body;
  site.descStart = c.start;
  site.pendingInner.push(c);
}

const QUAL_BEFORE = /(?<![\p{L}])([Ff]ormer|[Ii]nterim|[Aa]cting|[Cc]aretaker|[Dd]eputy)\s+$/u;
const PRESIDING = new Set(['President', 'Vice President', 'Chairman', 'Deputy Chairman']);
const ASSEMBLY = '(?:Commission|Council|Parliament|Assembly|Senate|Duma|Congress|Knesset)';
const OF_ASSEMBLY = new RegExp(`^\\s+of\\s+the\\s+((?:\\p{Lu}[\\p{L}-]+\\s+){0,3}${ASSEMBLY})(?![\\p{L}])`, 'u');

/**
 * "the president of the National Assembly", "European Commission President X": the head of a
 * council or assembly holds that body's presidency, not a state's ("President of the European Council").
 */
function presidingTitle(run: Run, site: TitleSite): void {
  if (!PRESIDING.has(site.title)) return;
  const { text } = run.ctx;
  const org = site.explicitOrg ? ORG_BY_SLUG.get(site.explicitOrg) : undefined;
  const own = org && new RegExp(`${ASSEMBLY}$`).test(org.name) && text.slice(site.descStart, site.tStart).includes(org.name);
  if (own) {
    site.title = `${site.title} of the ${org.name}`;
    return;
  }
  const of = OF_ASSEMBLY.exec(text.slice(site.tStart + site.rawTitle.length + (site.qual.length), site.tStart + site.rawTitle.length + site.qual.length + 80));
  if (!of || site.tEnd > site.tStart + site.qual.length + site.rawTitle.length + of[0].length) return;
  site.title = `${site.title} of the ${of[1]!.replace(/\s+/g, ' ')}`;
  site.tEnd = site.tStart + site.qual.length + site.rawTitle.length + of[0].length;
}

/** "Secretary General Ahmed Aboul Gheit" in an article on the Arab League: the international body named last before. */
function bodyOfTitle(run: Run, site: TitleSite): void {
  const { ctx } = run;
  for (let i = lastAtOrBefore(ctx.actors, site.tStart, (m) => m.start); i >= 0; i--) {
    const m = ctx.actors[i]!;
    const od = m.kind === 'org' ? ORG_BY_SLUG.get(m.id) : undefined;
    if (od && !od.countryCode && (od.kind === 'INTERNATIONAL_ORGANIZATION' || od.kind === 'ALLIANCE')) {
      site.explicitOrg = od.slug;
      site.explicit = null;
      return;
    }
  }
}

function addAt(run: Run, site: TitleSite, rawName: string, nameStart: number, descStart: number, descEnd: number): void {
  const { title, qual, explicit, explicitOrg, target } = site;
  if (addOfficial(run, { rawName, nameStart, descStart, descEnd, title, qual, explicit, explicitOrg, target })) {
    for (const x of site.pendingInner) x.inner = true;
  }
}

const FACILITY_WORDS = 'Causeway|Airport|Bridge|Hotel|Centre|Center|Base|Street|Avenue|Square|Stadium|Hospital|Mosque|Palace|Park|University|College|School|Prize|Award|Foundation|Highway|Road|Canal|Dam|Boulevard|Motors|Electric|Dynamics|Hall|Museum|Library|Cathedral|Port|Terminal|Crossing|Station';
// As a name's own last word only those no surname shares ("Jane Park", "Stuart Hall" are people).
const FACILITY = new RegExp(`^(?:${FACILITY_WORDS.split('|').filter((w) => !['Park', 'Hall', 'Port', 'Station'].includes(w)).join('|')})$`);
const FACILITY_AFTER = new RegExp(`^(?:\\s+(?:International|Air|Naval|Military|Memorial|National|Bridge))*\\s+(?:${FACILITY_WORDS})\\b`);
const RANK_TITLES = new Set(['General', 'Admiral', 'Colonel', 'Field Marshal', 'Major General', 'Lieutenant General', 'Senior General']);

/** 1. Title directly before the name: "Foreign Minister Sergey Lavrov", "Prime Minister X of Y". */
function nameAfterTitle(run: Run, site: TitleSite, after: string): boolean {
  const pre = /^\s+/.exec(after);
  if (!pre) return false;
  const nm = NAME_RE.exec(after.slice(pre[0].length));
  const cn = nm ? cleanName(nm[1]!) : null;
  if (!nm || !cn) return false;
  const ns = site.tEnd + pre[0].length;
  // "King Fahd Causeway", "Prince Sultan Air Base", "the President Hotel", "General Motors": a place or a firm named after a title.
  const nameEnd = ns + nm[1]!.length;
  if (FACILITY.test(nm[1]!.split(/\s+/).at(-1)!) || FACILITY_AFTER.test(run.ctx.text.slice(nameEnd, nameEnd + 30))) return false;
  // "the Admiral Kuznetsov": a ship.
  if (RANK_TITLES.has(site.title) && !/\s/.test(nm[1]!.trim()) && /\bthe\s+$/i.test(run.ctx.text.slice(Math.max(0, site.tStart - 5), site.tStart))) return false;
  // "the chief of staff to Ukrainian President X": after a complement, a titled name is the principal's.
  if ((site.target || site.complemented) && run.titleAt.has(ns)) return false;
  const nameLen = nm[1]!.indexOf(cn.name) + cn.name.length;
  if (!site.explicit && !site.explicitOrg) {
    const of = /^\s+of\s+(?:the\s+)?/.exec(run.ctx.text.slice(ns + nameLen, ns + nameLen + 10));
    const a = of ? actorAt(run.ctx, ns + nameLen + of[0].length) : null;
    if (a?.kind === 'country') {
      site.explicit = a.id;
      site.pendingInner.push(a);
    }
  }
  addAt(run, site, nm[1]!, ns, site.descStart, ns + nameLen);
  return true;
}

// The rest of a complement naming a body or a state: "the head of the UN nuclear watchdog, X", "the commander of the Ukrainian armed forces, X".
const COMPLEMENT_TAIL = /^(?:\s+(?!(?:opposition|party|rebels?|militias?|movement|group|company|firm)\b)\p{Ll}[\p{Ll}-]*){1,3},\s+/u;

/** 2. Reversed apposition: "Afghanistan's newly appointed Ambassador, Gul Hassan Hassan." */
function reversedApposition(run: Run, site: TitleSite, after: string): boolean {
  // A complement the gazetteers do not know may come first: "Iran's new envoy to the kingdom, Alireza Enayati".
  // Or a body's name: "The speaker of the National Assembly, Woo Won-shik".
  // Or a chamber, or the ministry a spokesperson speaks for: "The speaker of the lower house, X", "a spokesman for the Iranian foreign ministry, X".
  // Or a body's organ and its remit: "The head of the UN agency for Palestinian refugees, X", "the U.N. special rapporteur on the occupied Palestinian territories, X".
  const rev = /^(?:(?:\s+(?:agency|office|mission|commission|committee|programme|program|fund))?\s+(?:to|in|at|for|on)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,4}|\s+(?:government|(?:prime minister|president|chancellor)['’]s\s+office)|\s+of\s+the\s+\p{Lu}[\p{L}-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]+){0,3}|\s+of\s+the\s+(?:lower|upper)\s+(?:house|chamber)|\s+of\s+(?:the\s+)?(?!(?:[\p{L}'’-]+\s+){0,4}(?:opposition|party|rebels?|militias?|movement|cartel|gang|group|company|firm|bank|union)\b)\p{L}[\p{L}'’.-]*(?:\s+[\p{L}'’-]+){0,4}|\s+(?:foreign|foreign affairs|defen[cs]e|interior|finance|justice)\s+ministry|['’]s\s+\p{Ll}+(?:\s+\p{Ll}+)?)?,\s+/u.exec(after) ?? (site.complemented ? COMPLEMENT_TAIL.exec(after) : null);
  if (!rev) return false;
  const nm = NAME_RE.exec(after.slice(rev[0].length));
  if (!nm) return false;
  const follow = after.slice(rev[0].length + nm[1]!.length);
  if (!/^(?:[,.;:)]|\s+[a-z]|$)/.test(follow) || !cleanName(nm[1]!)) return false;
  const ns = site.tEnd + rev[0].length;
  addAt(run, site, nm[1]!, ns, site.descStart, ns + nm[1]!.length);
  return true;
}

// ", the", " as the", or a relative clause that gives the office: ", who has been foreign
// minister since 2023", ", who led the alliance for a decade before becoming Norway's finance minister".
const RELATIVE_OFFICE = '(?:is|has been|became|becoming|serves as|is now|(?:was|has been|had been) (?:appointed|named|elected)(?: as)?|(?:was|served as|had served as|(?:has |had )?held the post of|holds the post of))';
// Past offices: "who served as national security adviser", "who was briefly prime minister".
const PAST_OFFICE = /\bwho\s+(?:\p{Ll}+\s+){0,3}?(?:was(?!\s+(?:appointed|named|elected|re-elected|sworn|chosen|confirmed|installed))|served as|had served as|had held the post of|held the post of)\s/u;
// Lower-case field words between the article and the title: "a diplomatic adviser", "the chief
// spokesman", "the senior foreign policy adviser"; never a relation ("a close ally of the president").
const FREE_FIELD = '(?:(?!(?:of|to|for|in|at|on|by|with|from|and|or|but|the|a|an|who|whose|which|that|said|says|told|was|were|is|are|been|has|have|had|will|would|as|than|after|before|during|between|among|against|alongside|under|over|into|about|opposition|rebel|party|militia|militant|protest|separatist|insurgent|guerrilla|gang|cartel|jihadist|student|tribal|union|business|company|church|religious)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}';
// The office as the predicate of an appointment: "X was sworn in as Poland's prime minister",
// "X was named finance minister", "X returns as foreign minister", "X became Britain's prime minister".
const PREDICATE_OFFICE = '(?:(?:was|were|has been|had been|is|will be)\\s+(?:sworn in|appointed|reappointed|named|elected|re-elected|confirmed|installed|chosen)(?:\\s+as)?|(?:returns|returned|becomes|became|took over|takes over|stays on|stayed on)\\s+as|becomes|became)';
const APPOSITION_ADJ = '(?:(?:jailed|exiled|detained|imprisoned|embattled|veteran|long-serving|powerful|hardline|populist|nationalist)\\s+)?';
const APPOSITION_QUAL = '(?:(acting|former|interim|caretaker|ousted|deposed|outgoing|new|newly appointed|senior|top)\\s+)?';
// Free field words only after an article: "Lavrov, speaking alongside Iranian foreign minister X" is no apposition.
const APPOSITION_BEFORE_RE = new RegExp(`((?:(?<![\\p{L}.])${INITIALS})?${NAME_TOKEN}(?:\\s(?:${PARTICLE}\\s|\\p{Lu}\\.\\s)*${NAME_TOKEN}){0,4})(?:,\\s+\\d{2})?(?:,\\s+(?:(?:now|currently|also|by then)\\s+)?(?:who\\s+(?:\\p{Ll}+\\s+){0,8}?${RELATIVE_OFFICE}\\s+(?:briefly\\s+|once\\s+|later\\s+|then\\s+)?)?|\\s+as\\s+)(?:(?:the|a|an)\\s+${APPOSITION_ADJ}${APPOSITION_QUAL}${FREE_FIELD}|${APPOSITION_ADJ}${APPOSITION_QUAL})$`, 'u');
// Tried only where an appointment verb ends the text before the title (PREDICATE_CUE): the apposition
// between name and verb makes it slower than the plain apposition.
const PREDICATE_BEFORE_RE = new RegExp(`(${NAME_TOKEN}(?:\\s(?:${PARTICLE}\\s|\\p{Lu}\\.\\s)*${NAME_TOKEN}){0,4})(?:,\\s+[^,;]{3,70},)?\\s+${PREDICATE_OFFICE}\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:jailed|exiled|detained|imprisoned|embattled|veteran|long-serving|powerful|hardline|populist|nationalist)\\s+)?(?:(acting|former|interim|caretaker|ousted|deposed|outgoing|new|newly appointed|senior|top)\\s+)?$`, 'u');
const PREDICATE_CUE = /(?:sworn in|appointed|named|elected|confirmed|installed|chosen|returns|returned|becomes|became|over|on)(?:\s+as)?\s+(?:the\s+|a\s+|an\s+)?(?:\p{Ll}+\s+){0,2}$/u;

/** "X, the government spokesman,", "the government's spokeswoman": the government the article is about (its first state). */
const GOVERNMENT_BEFORE = /\b[Tt]he\s+government(?:['’]s)?\s+$/;

const FIELD_GAP = /\s(?:(?:foreign|foreign affairs|defen[cs]e|interior|finance|justice|trade|health) ministry|state department|presidential|government|military|army|navy|foreign policy)\s+$/i;

/** 3. Apposition after the name: "Dmitry Zhirnov, Russia's ambassador to Afghanistan". */
function appositionBefore(run: Run, site: TitleSite): boolean {
  const backStart = Math.max(0, site.descStart - 140);
  let back = run.ctx.text.slice(backStart, site.descStart);
  let app = APPOSITION_BEFORE_RE.exec(back) ?? (PREDICATE_CUE.test(back) ? PREDICATE_BEFORE_RE.exec(back) : null);
  // "Mao Ning, a foreign ministry spokeswoman,": a field that names no state comes between.
  const field = !app && !site.hasModifier ? FIELD_GAP.exec(back) : null;
  if (field) {
    back = back.slice(0, field.index + 1);
    app = APPOSITION_BEFORE_RE.exec(back) ?? (PREDICATE_CUE.test(back) ? PREDICATE_BEFORE_RE.exec(back) : null);
  }
  // A capitalised title after a name needs a modifier or a complement: "X, Minister of Foreign Affairs of Estonia,".
  if (!app || !(/^\p{Ll}/u.test(site.rawTitle) || site.hasModifier || site.explicit !== undefined)) return false;
  const nameRaw = app[1]!;
  const ns = backStart + app.index;
  // Only when the name is a name, not a clause-initial phrase ("Meanwhile, the").
  // A lone surname only of someone the article or the register names in full: "Zelensky, Ukraine's
  // president", "Mr. Lavrov, the Russian foreign minister".
  const lone = !/\s/.test(nameRaw.trim());
  if (!cleanName(nameRaw) || lookupCountry(nameRaw.trim()) || (lone && fullName(run, nameRaw.trim()) === nameRaw.trim())) return false;
  // "X, a minister of state and Saudi Arabia's national security adviser": the state of the coordinated title.
  if (site.explicit === undefined && !site.explicitOrg) {
    const and = /^\s+and\s+(?:the\s+)?/.exec(run.ctx.text.slice(site.tEnd, site.tEnd + 12));
    const a = and ? actorAt(run.ctx, site.tEnd + and[0].length) : null;
    const gap = a?.kind === 'country' ? /^(?:['’]s)?\s+/.exec(run.ctx.text.slice(a.end, a.end + 4)) : null;
    if (a && gap) {
      const p = a.end + gap[0].length;
      for (let q = p; q < p + 25; q++) {
        if (!run.titleAt.has(q)) continue;
        site.explicit = a.id;
        break;
      }
    }
  }
  // "Dorothy Shea, the acting U.S. ambassador": the qualifier comes before the modifier.
  const appQual = app[2] ?? app[3];
  if (appQual && !site.qual) site.qual = `${appQual} `;
  else if (!site.qual && PAST_OFFICE.test(app[0])) site.qual = 'former ';
  addAt(run, site, nameRaw, ns, ns, site.tEnd);
  return true;
}

/** Every title in the text and the person it introduces. */
function readTitles(run: Run): void {
  const { text } = run.ctx;
  const matches = [...text.matchAll(TITLE_RE)];
  for (const m of matches) run.titleAt.add(m.index + (m[1]?.length ?? 0));
  for (const m of matches) {
    // A title word inside a name already read ("Amir Khan Muttaqi") is part of the name.
    if (run.mentions.some((x) => m.index >= x.start && m.index < x.end && x.end - x.start > m[0].length)) continue;
    const site = titleSite(run, m);
    if (!site) continue;
    if (site.possessive) {
      if (typeof site.explicit === 'string') run.bare.push(site);
      continue;
    }
    // "the diplomat, X" only for an envoy told before: "the Chadian diplomat who has led the commission" holds no state's office.
    if (!site.hasModifier && site.explicit === undefined && !site.explicitOrg && GOVERNMENT_BEFORE.test(text.slice(Math.max(0, site.tStart - 20), site.tStart))) {
      const main = datelineCountry(run.ctx) ?? mainCountry(run.ctx);
      if (main) site.explicit = main;
    }
    const diplomat = site.title === 'Diplomat';
    const told = (diplomat || (!site.hasModifier && site.explicit === undefined)) && envoyToldBefore(run, site);
    // "Eitan Na'eh, a veteran Israeli diplomat,": a state's diplomat, unless a clause gives another office ("the Chadian diplomat who has led the commission").
    const statesDiplomat = diplomat && typeof site.explicit === 'string' && site.hasModifier && !/^\s+who\s+(?:now\s+|also\s+)?(?:heads|leads|chairs|runs|has\s+(?:led|headed|chaired|run))\b/.test(text.slice(site.tEnd, site.tEnd + 40));
    if (diplomat && !told && !statesDiplomat) continue;
    const limited = MODIFIED_ONLY_TITLES.has(site.title);
    // "IAEA chief X" is an office, a bare "chief" is too often none; "the official Xinhua agency" names nobody.
    if (limited && site.title !== 'Official' && !site.hasModifier) continue;
    const after = text.slice(site.tEnd, site.tEnd + 80);
    if ((site.title !== 'Official' && nameAfterTitle(run, site, after)) || reversedApposition(run, site, after) || appositionBefore(run, site)) continue;
    if (typeof site.explicit === 'string' && site.title !== 'Counterpart' && !limited) run.bare.push(site);
  }
}

/**
 * "Poland summoned Russia's chargé d'affaires ... the diplomat, Andrei Ordash,": "the diplomat" or
 * "the envoy" with no modifier is the envoy whose title the text gave before without a name.
 */
function envoyToldBefore(run: Run, site: TitleSite): boolean {
  if (!/^(?:Diplomat|Envoy|Ambassador)$/.test(site.title) || !/\b[Tt]he\s+$/.test(run.ctx.text.slice(Math.max(0, site.tStart - 5), site.tStart))) return false;
  const prev = run.bare.findLast((b) => b.tEnd <= site.tStart && site.tStart - b.tEnd < 800 && ENVOY_TITLE.test(b.title));
  if (!prev || typeof prev.explicit !== 'string') return false;
  site.explicit = prev.explicit;
  site.hasModifier = true;
  site.target ??= prev.target;
  if (site.title === 'Diplomat' || (site.title === 'Envoy' && prev.title !== 'Envoy')) site.title = prev.title;
  return true;
}

const PERSON = `${NAME_TOKEN}(?:\\s(?:${PARTICLE}\\s)*${NAME_TOKEN}){1,4}`;
/** A plural title and the singular each person of its list holds. */
const PLURAL_TITLE: Record<string, string> = {
  presidents: 'President', 'prime ministers': 'Prime Minister', premiers: 'Premier', 'foreign ministers': 'Foreign Minister', 'top diplomats': 'Foreign Minister',
  'defence ministers': 'Defence Minister', 'defense ministers': 'Defence Minister', 'finance ministers': 'Finance Minister', kings: 'King', leaders: 'Leader',
  ambassadors: 'Ambassador', envoys: 'Envoy',
};
// "Presidents Félix Tshisekedi and Paul Kagame", "Foreign Ministers X of Germany and Y of France", "Presidents Putin and Xi".
const PLURAL_HEAD_RE = /(?=[PFfTtDdKL])(?<![\p{L}])(Presidents|Prime Ministers|Premiers|[Ff]oreign [Mm]inisters|[Tt]op [Dd]iplomats|[Dd]efen[cs]e [Mm]inisters|[Ff]inance [Mm]inisters|Kings|Leaders)\s+(?=\p{Lu})/gu;
// "the foreign ministers of Saudi Arabia, Egypt and Jordan, X, Y and Z": states, then their officers in that order.
const PLURAL_OF_HEAD_RE = /(?=[FfDdPpLlTtAaEe])(?<![\p{L}])((?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Pp]rime) [Mm]inisters|[Pp]residents|[Ll]eaders|[Tt]op [Dd]iplomats|[Aa]mbassadors|[Ee]nvoys)\s+of\s+(?:the\s+)?(?=\p{Lu})/gu;
// Literals one of which each match of the head above contains: an article with none skips the regex (a cheap includes scan).
const PLURAL_HEAD_LITERALS = ['Presidents', 'inisters', 'Premiers', 'iplomats', 'Kings', 'Leaders'];
const PLURAL_OF_HEAD_LITERALS = ['inisters', 'residents', 'eaders', 'iplomats', 'mbassadors', 'nvoys'];
const LIST_NAME_RE = new RegExp(`${NAME_TOKEN}(?:\\s(?:${PARTICLE}\\s)*${NAME_TOKEN}){0,4}`, 'uy');
const LIST_SEP_RE = /,\s+and\s+|,\s+|\s+and\s+/y;
const LIST_OF_RE = /\s+of\s+(?:the\s+)?/y;

interface ListItem {
  raw: string;
  start: number;
  country: Mention | null;
}

/** A person of a list at `at`: a full name, or the surname of someone known; with "of <country>" when `withOf`. */
function listPerson(run: Run, at: number, withOf: boolean): { value: ListItem; end: number } | null {
  const { text } = run.ctx;
  LIST_NAME_RE.lastIndex = at;
  const m = LIST_NAME_RE.exec(text);
  const cn = m ? cleanName(m[0]) : null;
  if (!m || !cn || !m[0].startsWith(cn.name) || cn.honorific) return null;
  if (!cn.name.includes(' ') && fullName(run, cn.name) === cn.name) return null;
  let end = at + cn.name.length;
  if (/^[\p{L}'’-]/u.test(text[end] ?? '')) return null;
  let country: Mention | null = null;
  if (withOf) {
    LIST_OF_RE.lastIndex = end;
    const of = LIST_OF_RE.exec(text);
    const a = of ? actorAt(run.ctx, end + of[0].length) : null;
    if (a?.kind === 'country') {
      country = a;
      end = a.end;
    }
  }
  return { value: { raw: cn.name, start: at, country }, end };
}

/** A state of a list at `at`. */
function listState(run: Run, at: number): { value: Mention; end: number } | null {
  const a = actorAt(run.ctx, at);
  return a?.kind === 'country' ? { value: a, end: a.end } : null;
}

/** A list "A, B and C" read from `pos` by `item`: two items or more, the last after "and". */
function readList<T>(text: string, pos: number, item: (at: number) => { value: T; end: number } | null): { items: T[]; end: number } | null {
  const items: T[] = [];
  while (items.length < 8) {
    const it = item(pos);
    if (!it) return null;
    items.push(it.value);
    LIST_SEP_RE.lastIndex = it.end;
    const sep = LIST_SEP_RE.exec(text);
    if (!sep) return null;
    pos = it.end + sep[0].length;
    if (sep[0].includes('and')) {
      const last = item(pos);
      if (!last) return null;
      items.push(last.value);
      return { items, end: last.end };
    }
  }
  return null;
}

const PLURAL_APPOSITION_RE = new RegExp(`\\b(?:[Tt]he|[Bb]oth)\\s+(?:two\\s+)?(?:(\\p{Lu}[\\p{L}.]*)\\s+and\\s+(\\p{Lu}[\\p{L}.]*)\\s+)?(presidents|leaders|prime ministers|foreign ministers|defen[cs]e ministers),\\s+(${PERSON})\\s+and\\s+(${PERSON})(?=[,.;:]|\\s+\\p{Ll})`, 'gu');
const PLURAL_APPOSITION_TITLE: Record<string, string> = { presidents: 'President', leaders: 'Leader', 'prime ministers': 'Prime Minister', 'foreign ministers': 'Foreign Minister', 'defence ministers': 'Defence Minister', 'defense ministers': 'Defence Minister' };

/** "The two leaders, Xi Jinping and Vladimir Putin,", "the Russian and Chinese presidents, X and Y": each holds the title. */
function readPluralAppositions(run: Run): void {
  const { text } = run.ctx;
  for (const m of text.matchAll(PLURAL_APPOSITION_RE)) {
    const title = PLURAL_APPOSITION_TITLE[m[3]!]!;
    let at = m.index;
    const states: (Mention | null)[] = [];
    for (const g of [m[1], m[2]]) {
      if (!g) continue;
      const st = text.indexOf(g, at);
      at = st + g.length;
      const a = actorAt(run.ctx, st);
      states.push(a?.kind === 'country' && a.end === st + g.length ? a : null);
    }
    if (states.length && (!states[0] || !states[1])) continue;
    at = m.index + m[0].indexOf(',');
    let firstCc: string | null = null;
    for (const [k, raw] of [m[4]!, m[5]!].entries()) {
      const st = text.indexOf(raw, at);
      at = st + raw.length;
      if (run.mentions.some((x) => x.start <= st && st < x.end)) continue;
      addOfficial(run, { rawName: raw, nameStart: st, descStart: st, descEnd: st + raw.length, title, qual: '', explicit: states[k]?.id, explicitOrg: null, target: null });
      const rec = run.last;
      if (!rec || states.length) continue;
      // "The two foreign ministers, X and Y": two states' officers, so not both of one state.
      if (k === 0) firstCc = rec.countryCode;
      else if (firstCc && rec.countryCode === firstCc && !lookupKnownOfficial(rec.name)) rec.countryCode = otherMainCountry(run.ctx, firstCc);
    }
  }
}

/** The country the article names most often after `not` (ties: the first named). */
function otherMainCountry(ctx: Ctx, not: string): string | null {
  const n = new Map<string, number>();
  for (const a of ctx.actors) if (a.kind === 'country' && a.id !== not) n.set(a.id, (n.get(a.id) ?? 0) + 1);
  let best: string | null = null;
  for (const [cc, k] of n) if (!best || k > n.get(best)!) best = cc;
  return best;
}

// "their Philippine counterparts, X and Y", "his Egyptian counterparts, X and Y": officers of the state the adjective names.
const PLURAL_COUNTERPARTS_RE = new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(\\p{Lu}[\\p{L}-]+)\\s+counterparts,\\s+(${PERSON})\\s+and\\s+(${PERSON})(?=[,.;:]|\\s+\\p{Ll})`, 'gu');

function readPluralCounterparts(run: Run): void {
  const { ctx } = run;
  for (const m of ctx.text.matchAll(PLURAL_COUNTERPARTS_RE)) {
    const adjAt = m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
    const a = actorAt(ctx, adjAt);
    if (a?.kind !== 'country' || a.end !== adjAt + m[1]!.length) continue;
    let at = adjAt + m[1]!.length;
    for (const raw of [m[2]!, m[3]!]) {
      const st = ctx.text.indexOf(raw, at);
      at = st + raw.length;
      if (run.mentions.some((x) => x.start <= st && st < x.end)) continue;
      addOfficial(run, { rawName: raw, nameStart: st, descStart: st, descEnd: st + raw.length, title: 'Counterpart', qual: '', explicit: a.id, explicitOrg: null, target: null });
    }
  }
}

/** "the foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov": in that order. */
function readPluralOfTitles(run: Run): void {
  const { text } = run.ctx;
  if (!PLURAL_OF_HEAD_LITERALS.some((w) => text.includes(w))) return;
  for (const m of text.matchAll(PLURAL_OF_HEAD_RE)) {
    const title = PLURAL_TITLE[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
    const states = title ? readList(text, m.index + m[0].length, (at) => listState(run, at)) : null;
    if (!title || !states || !text.startsWith(', ', states.end)) continue;
    const people = readList(text, states.end + 2, (at) => listPerson(run, at, false));
    if (!people || people.items.length !== states.items.length) continue;
    for (const [k, p] of people.items.entries()) {
      if (run.mentions.some((x) => x.start <= p.start && p.start < x.end)) continue;
      addOfficial(run, { rawName: p.raw, nameStart: p.start, descStart: p.start, descEnd: p.start + p.raw.length, title, qual: '', explicit: states.items[k]!.id, explicitOrg: null, target: null });
    }
  }
}

// "who has ruled Russia since 2000", "who has led the country since 2019": the state's leader.
const HEADS_RE = /\bwho\s+(?:now\s+|also\s+)?(heads|leads|chairs|runs|rules|governs|has\s+(?:ruled|governed|led))\s+(?:the\s+)?/g;
const HEADS_TITLE: Record<string, string> = { heads: 'Head', runs: 'Head', leads: 'Leader', chairs: 'Chairman', rules: 'Leader', governs: 'Leader', 'has ruled': 'Leader', 'has governed': 'Leader', 'has led': 'Leader' };
// The person before the relative clause, with an apposition between: "X, the former rebel commander who now leads Syria".
const HEADS_BEFORE = new RegExp(`(?<![\\p{L}'’.-])(${PERSON}),\\s+(?:(?:the|a)\\s+[^,]{0,60}?\\s+)?$`, 'u');

/**
 * "X, who heads Iran's Supreme National Security Council", "X, who now leads Syria": the
 * office of the state or body the relative clause names (a party or an armed group is none).
 */
function readHeadsClauses(run: Run): void {
  const { ctx } = run;
  for (const m of ctx.text.matchAll(HEADS_RE)) {
    const a = actorAt(ctx, m.index + m[0].length) ?? bodyAnaphorAt(ctx, m.index + m[0].length);
    if (!a || a.kind === 'official') continue;
    const od = a.kind === 'org' ? ORG_BY_SLUG.get(a.id) : undefined;
    if (od && (od.kind === 'ARMED_GROUP' || od.kind === 'POLITICAL_PARTY')) continue;
    const back = HEADS_BEFORE.exec(ctx.text.slice(Math.max(0, m.index - 110), m.index));
    if (!back) continue;
    const raw = back[1]!;
    const s = m.index - back[0].length;
    if (run.mentions.some((x) => x.start <= s && s < x.end)) continue;
    const intl = od && !od.countryCode && (od.kind === 'INTERNATIONAL_ORGANIZATION' || od.kind === 'ALLIANCE');
    const explicit = a.kind === 'country' ? a.id : intl ? null : (od?.countryCode ?? a.id.slice(-2).toUpperCase());
    const explicitOrg = intl ? od.slug : od ? null : a.kind === 'org' ? a.id : null;
    addOfficial(run, { rawName: raw, nameStart: s, descStart: s, descEnd: s + raw.length, title: HEADS_TITLE[m[1]!.replace(/\s+/g, ' ')]!, qual: '', explicit, explicitOrg, target: null });
  }
}

/** "who has led the commission since 2017": the body of that kind named last before. */
function bodyAnaphorAt(ctx: Ctx, pos: number): Mention | null {
  const w = /^(commission|alliance|league|bloc|organi[sz]ation|union|agency|court)(?![\p{L}])/u.exec(ctx.text.slice(pos, pos + 14))?.[1];
  if (!w) return null;
  const want = w === 'commission' ? null : ANAPHOR_WANT[w];
  for (let i = lastAtOrBefore(ctx.actors, pos, (m) => m.start); i >= 0; i--) {
    const m = ctx.actors[i]!;
    if (m.kind !== 'org') continue;
    const od = ORG_BY_SLUG.get(m.id);
    if (!od || od.countryCode) continue;
    if (want ? od.anaphor === want : /Commission/.test(m.text) || /^\s+Commission\b/.test(ctx.text.slice(m.end, m.end + 12))) return m;
  }
  return null;
}

/** "Presidents Félix Tshisekedi and Paul Kagame", "Foreign Ministers X of Germany and Y of France": each with the title in the singular. */
function readPluralTitles(run: Run): void {
  const { text } = run.ctx;
  if (!PLURAL_HEAD_LITERALS.some((w) => text.includes(w))) return;
  for (const m of text.matchAll(PLURAL_HEAD_RE)) {
    const title = PLURAL_TITLE[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
    const people = readList(text, m.index + m[0].length, (at) => listPerson(run, at, true));
    if (!people) continue;
    for (const p of people.items) {
      if (run.mentions.some((x) => x.start <= p.start && p.start < x.end)) continue;
      const descEnd = p.country ? p.country.end : p.start + p.raw.length;
      if (addOfficial(run, { rawName: p.raw, nameStart: p.start, descStart: p.start, descEnd, title, qual: '', explicit: p.country?.id, explicitOrg: null, target: null }) && p.country) p.country.inner = true;
    }
  }
}

const ROLE_CUE = /\b(?:leaders?|presidents?|ministers?|premiers?|heads? of (?:state|government)|counterparts?|chancellors?|diplomats?|envoys?)\b/i;
const POSSESSED_RE = new RegExp(`['’]s\\s+(${PERSON})(?![\\p{L}'’-])`, 'uy');
// Not inside a longer name, but after a lower-case word ("Leaders including Emmanuel Macron of France").
// "Lloyd Austin of the United States", "Philip Davis of the Bahamas": an article may come between.
const OF_COUNTRY_RE = new RegExp(`(?<![\\p{L}'’.-]|\\p{Lu}[\\p{L}'’.-]*\\s)(${PERSON})\\s+of\\s+(?:the\\s+)?$`, 'u');

/** `s` ends as OF_COUNTRY_RE needs (/\s+of\s+$/): the cheap test before its scan of every position. */
function endsWithOf(s: string): boolean {
  let t = s.trimEnd();
  if (t.length < s.length && t.endsWith('the') && /\s/.test(t.at(-4) ?? '')) t = t.slice(0, -3).trimEnd();
  else if (t.length === s.length) return false;
  return t.endsWith('of') && /\s/.test(t.at(-3) ?? '');
}

/**
 * Leaders named by their country, among other office holders: "Italy's Giorgia Meloni",
 * "Emmanuel Macron of France", "Chile's Gabriel Boric". Only where the sentence (or the one
 * before) speaks of leaders or ministers, so that "Britain's Royal Navy" stays no person.
 */
function readCountryNamedLeaders(run: Run): void {
  const { ctx } = run;
  const { text } = ctx;
  for (const c of ctx.actors) {
    if (c.inner) continue;
    // "NATO's Mark Rutte", "the EU's Kaja Kallas": an officer of an international body.
    const od = c.kind === 'org' ? ORG_BY_SLUG.get(c.id) : undefined;
    const body = od && !od.countryCode && (od.kind === 'INTERNATIONAL_ORGANIZATION' || od.kind === 'ALLIANCE') ? od.slug : null;
    if (c.kind !== 'country' && !body) continue;
    const sent = sentenceAt(ctx, c.start);
    if (!sent) continue;
    const idx = ctx.sentences.indexOf(sent);
    const cueFrom = idx > 0 ? ctx.sentences[idx - 1]!.start : sent.start;
    POSSESSED_RE.lastIndex = c.end;
    const poss = POSSESSED_RE.exec(text);
    const found = poss ? { raw: poss[1]!, start: text.indexOf(poss[1]!, c.end) } : null;
    let of: { raw: string; start: number } | null = null;
    if (!found && !body) {
      const before = text.slice(Math.max(sent.start, c.start - 60), c.start);
      const o = endsWithOf(before) ? OF_COUNTRY_RE.exec(before) : null;
      if (o) of = { raw: o[1]!, start: c.start - o[0].length };
    }
    const hit = found ?? of;
    if (!hit || run.mentions.some((x) => x.start <= hit.start && hit.start < x.end)) continue;
    const cn = cleanName(hit.raw);
    // The whole phrase must read as a name: "China's Xinhua News Agency" stops at "Agency".
    if (!cn || cn.name !== hit.raw || !cn.name.includes(' ')) continue;
    // A gazetteer body is no person: "Mexico's Sinaloa Cartel".
    if (ctx.actors.some((a) => a.kind === 'org' && a.start < hit.start + hit.raw.length && a.end > hit.start && (a.start <= hit.start || a.text.includes(' ')))) continue;
    // A body's possession is a person only for its register officers ("NATO's Article Five" is none).
    if ((body || !ROLE_CUE.test(text.slice(cueFrom, sent.end))) && !lookupKnownOfficial(cn.name)) continue;
    const descStart = found ? c.start : hit.start;
    const descEnd = found ? hit.start + hit.raw.length : c.end;
    if (addOfficial(run, { rawName: hit.raw, nameStart: hit.start, descStart, descEnd, title: null, qual: '', explicit: body ? null : c.id, explicitOrg: body, target: null })) c.inner = true;
  }
}

const POPE_RE = /\bPope\s+(\p{Lu}\p{Ll}+)(?:\s+(?:I|II|III|IV|V|VI|X|XI|XII|XIII|XIV|XV|XVI))?\b/gu;

/** "Pope Francis": the title is part of the name, and the office is the Holy See's. */
function readPopes(run: Run): void {
  for (const m of run.ctx.text.matchAll(POPE_RE)) {
    if (run.mentions.some((x) => x.start <= m.index && m.index < x.end)) continue;
    addOfficial(run, { rawName: m[0], nameStart: m.index, descStart: m.index, descEnd: m.index + m[0].length, title: 'Pope', qual: '', explicit: 'VA', explicitOrg: null, target: null });
  }
}

const SPEECH_AFTER = /^\s+(?:said|says|told|added|announced|confirmed|denied|warned|insisted|stressed|noted|argued|called|described)\b/;

/**
 * "Milei's spokesman announced the exit. Manuel Adorni told reporters ...", "... with his Egyptian
 * counterpart. Sameh Shoukry said ...": a title told without a name, then the next sentence opens
 * with a person not named before who speaks: the holder of that title.
 */
function readNamedAfterBare(run: Run): void {
  const { ctx } = run;
  for (const site of run.bare) {
    if (typeof site.explicit !== 'string') continue;
    const sent = sentenceAt(ctx, site.tStart);
    const idx = sent ? ctx.sentences.indexOf(sent) : -1;
    const next = idx >= 0 ? ctx.sentences[idx + 1] : undefined;
    if (!sent || !next || run.bare.some((b) => b !== site && b.tStart >= sent.start && b.tStart < sent.end)) continue;
    const nm = NAME_RE.exec(ctx.text.slice(next.start, next.start + 60));
    const cn = nm ? cleanName(nm[1]!) : null;
    if (!nm || !cn || cn.name !== nm[1] || !cn.name.includes(' ') || !SPEECH_AFTER.test(ctx.text.slice(next.start + cn.name.length, next.start + cn.name.length + 12))) continue;
    if (lookupKnownOfficial(cn.name) || run.officials.has(slugify(cn.name)) || ctx.text.slice(0, next.start).includes(cn.name.split(' ').at(-1)!)) continue;
    if (ctx.actors.some((a) => a.start < next.start + cn.name.length && a.end > next.start)) continue;
    addOfficial(run, { rawName: cn.name, nameStart: next.start, descStart: next.start, descEnd: next.start + cn.name.length, title: site.title, qual: site.qual, explicit: site.explicit, explicitOrg: site.explicitOrg, target: site.target });
  }
}

const NOMINAL_ENVOY_RE = /\b(?:recall|return|withdrawal|departure|expulsion|summoning)\s+of\s+(?=\p{Lu})/gu;
const THAT_OF_RE = /^[^.;]{0,60}?\b(?:that|those)\s+of\s+(?=\p{Lu})/u;

/**
 * "... had Paris called home its ambassador to the United States. The recall of Philippe Etienne from
 * Washington, together with that of Jean-Pierre Thébault from Canberra, ...": envoys named only by
 * the act, after an envoy's title told without a name: the same state's envoys.
 */
function readNominalEnvoys(run: Run): void {
  const { ctx } = run;
  const { text } = ctx;
  for (const m of text.matchAll(NOMINAL_ENVOY_RE)) {
    const at = m.index + m[0].length;
    const bare = run.bare.findLast((b) => b.tEnd <= m.index && m.index - b.tEnd < 400 && ENVOY_TITLE.test(b.title) && typeof b.explicit === 'string');
    if (!bare) continue;
    let pos = at;
    for (let k = 0; k < 3; k++) {
      const nm = NAME_RE.exec(text.slice(pos, pos + 60));
      const cn = nm ? cleanName(nm[1]!) : null;
      if (!nm || !cn || !cn.name.includes(' ') || !nm[1]!.startsWith(cn.name) || lookupKnownOfficial(cn.name)) break;
      const end = pos + cn.name.length;
      const from = /^\s+(?:from|in)\s+(?:the\s+)?/.exec(text.slice(end, end + 12));
      const place = from ? actorAt(ctx, end + from[0].length) : null;
      if (!run.officials.has(slugify(cn.name)) && !run.mentions.some((x) => x.start <= pos && pos < x.end)) {
        const target = place?.kind === 'country' && place.id !== bare.explicit ? place : null;
        addOfficial(run, { rawName: cn.name, nameStart: pos, descStart: pos, descEnd: end, title: 'Ambassador', qual: '', explicit: bare.explicit, explicitOrg: null, target });
      }
      const next = THAT_OF_RE.exec(text.slice(place ? place.end : end, (place ? place.end : end) + 80));
      if (!next) break;
      pos = (place ? place.end : end) + next[0].length;
    }
  }
}

/** Well-known office holders named without a title. */
function readKnownUntitled(run: Run): void {
  const { text } = run.ctx;
  // A name form can only occur where its last word does: one pass over the text's
  // capitalised words spares ~200 substring searches per article. (A key is capitalised, and
  // a form is accepted only with a non-letter after it, so its last word is such a word.)
  const words = new Set(text.match(/\p{Lu}\p{L}*/gu));
  for (const { k, forms } of KNOWN_FORMS) {
    for (const { nm, key } of forms) {
      if (key !== null && !words.has(key)) continue;
      let i = text.indexOf(nm);
      while (i >= 0) {
        if (!run.mentions.some((m) => m.start <= i && i < m.end) && !/\p{L}/u.test(text[i + nm.length] ?? '')) {
          addOfficial(run, { rawName: nm, nameStart: i, descStart: i, descEnd: i + nm.length, title: null, qual: '', explicit: k.country, explicitOrg: null, target: null });
        }
        i = text.indexOf(nm, i + nm.length);
      }
    }
  }
}

/** Countries whose names are written family name first in English copy. */
const FAMILY_FIRST = new Set(['CN', 'TW', 'KP', 'KR', 'HK', 'MO']);

/** Later mentions by surname ("Putin") or full name, all forms in one pass. */
function readLaterMentions(run: Run): void {
  const formOwner = new Map<string, OfficialRecord>();
  for (const rec of run.officials.values()) {
    const parts = rec.name.split(' ');
    const last = parts.at(-1)!;
    const forms = [rec.name, ...rec.aliases];
    if (parts.length > 1 && last.length > 2 && !NAME_STOP.has(last) && !lookupCountry(last) && !/^[IVX]+$/.test(last)) forms.push(last);
    // "Bashar al-Assad" is later "Assad", "Abdel Fattah el-Sisi" "Sisi".
    const bare = /^(?:al|el|as|ad|ash|an|ar|at|az)-(\p{Lu}[\p{L}'’-]{2,})$/u.exec(last)?.[1];
    if (parts.length > 1 && bare && !NAME_STOP.has(bare) && !lookupCountry(bare)) forms.push(bare);
    // Chinese and Korean names put the family name first: "Xi Jinping" is later "Xi".
    if (parts.length > 1 && FAMILY_FIRST.has(rec.countryCode ?? '') && parts[0]!.length > 1 && !NAME_STOP.has(parts[0]!) && !lookupCountry(parts[0]!)) forms.push(parts[0]!);
    for (const f of forms) if (!formOwner.has(f)) formOwner.set(f, rec);
  }
  if (!formOwner.size) return;
  const alts = [...formOwner.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  const re = new RegExp(`(?<![\\p{L}\\-])(?:${alts.join('|')})(?![\\p{L}\\-])`, 'gu');
  for (const m of run.ctx.text.matchAll(re)) {
    const rec = formOwner.get(m[0])!;
    const s = m.index;
    const e = s + m[0].length;
    if (run.mentions.some((x) => x.start <= s && s < x.end)) continue;
    run.mentions.push({ start: s, end: e, kind: 'official', id: rec.slug, text: m[0] });
    if (m[0] !== rec.name) rec.aliases.add(m[0]);
  }
}

/**
 * "the Russian president" with no name: the title of the one office holder of that country
 * the article names without a title ("Vladimir Putin ... the Russian president's arrest").
 */
function linkBareTitles(run: Run): void {
  for (const site of run.bare) {
    // "met his Egyptian counterpart": the title is the other person's, not an office of someone named without one.
    if (site.counterpart) continue;
    const cands = [...run.officials.values()].filter((o) => o.countryCode === site.explicit && !o.positions.length);
    if (cands.length !== 1) continue;
    const rec = cands[0]!;

    const c: Candidate = { rawName: rec.name, nameStart: site.tStart, descStart: site.descStart, descEnd: site.tEnd, title: site.title, qual: site.qual, explicit: site.explicit, explicitOrg: site.explicitOrg, target: site.target };
    addPosition(run, rec, c, site.title, rec.countryCode, sentenceAt(run.ctx, site.tStart));
  }
}

// ", the Communist Party's top foreign policy official": a role the title gazetteer lacks, in an apposition.
const ROLE_APPOSITION = /^,\s+(?:the|a|an)\s+(?:(?:\p{Lu}[\p{L}.-]*\s+){0,3}[\p{L}.-]+['’]s\s+)?((?:[\p{Ll}-]+\s+){0,4}(?:official|leader|chief|ruler|monarch|strongman|negotiator|diplomat|director|secretary|adviser|advisor|envoy|minister|spokes(?:man|woman|person)))\b/u;

/** A register name followed by a role in an apposition: the role becomes its title. */
function roleApposition(run: Run, rec: OfficialRecord): boolean {
  const { text } = run.ctx;
  for (const m of run.mentions) {
    if (m.id !== rec.slug) continue;
    const r = ROLE_APPOSITION.exec(text.slice(m.end, m.end + 90));
    if (!r) continue;
    const c: Candidate = { rawName: rec.name, nameStart: m.start, descStart: m.start, descEnd: m.end + r[0].length, title: null, qual: '', explicit: rec.countryCode, explicitOrg: null, target: null };
    addPosition(run, rec, c, titleCase(r[1]!.replace(/\s+/g, ' ')), rec.countryCode, sentenceAt(run.ctx, m.start));
    return true;
  }
  return false;
}

/**
 * Register names the article gives no title or role ("a summit between Donald Trump and
 * Vladimir Putin"): no officials of the article (the annotation conventions list only people
 * introduced with a role), but their mentions still stand for the country they serve.
 */
function dropUntitled(run: Run, slugs: string[]): void {
  const drop = new Map<string, string | null>();
  for (const slug of slugs) {
    const rec = run.officials.get(slug)!;
    if (rec.positions.length || roleApposition(run, rec)) continue;
    drop.set(slug, rec.countryCode);
    run.officials.delete(slug);
  }
  if (!drop.size) return;
  const kept: Mention[] = [];
  for (const m of run.mentions) {
    if (!drop.has(m.id)) kept.push(m);
    else if (drop.get(m.id)) kept.push({ ...m, kind: 'country', id: drop.get(m.id)!, via: 'anaphor' });
  }
  run.mentions = kept;
}

export function extractOfficials(ctx: Ctx): { officials: Map<string, OfficialRecord>; mentions: Mention[] } {
  const run: Run = { ctx, officials: new Map(), mentions: [], last: null, bare: [], titleAt: new Set() };
  readTitles(run);
  readPluralTitles(run);
  readPluralOfTitles(run);
  readPluralAppositions(run);
  readPluralCounterparts(run);
  readHeadsClauses(run);
  readCountryNamedLeaders(run);
  readPopes(run);
  readNamedAfterBare(run);
  readNominalEnvoys(run);
  const before = new Set(run.officials.keys());
  readKnownUntitled(run);
  linkBareTitles(run);
  readLaterMentions(run);
  dropUntitled(run, [...run.officials.keys()].filter((k) => !before.has(k)));
  run.mentions.sort((a, b) => a.start - b.start);
  for (const m of run.mentions) {
    const r = run.officials.get(m.id);
    if (r) r.mentions++;
  }
  return { officials: run.officials, mentions: run.mentions };
}

function targetName(m: Mention): string | null {
  if (m.kind === 'country') return COUNTRY_INFO.get(m.id)?.name ?? null;
  const o = ORG_BY_SLUG.get(m.id);
  return o ? (o.slug === 'united-nations' ? 'the United Nations' : o.name) : null;
}

/** Words before a country that make it the object of an act, not the side a person is on. */
const OBJECT_CUE = /\b(?:to|against|into|towards?|on|with|at|over|visit(?:ed|ing|s)?|left|leave|leaving)\s+(?:the\s+)?$/i;

/** "U.S. Ambassador Nicholas Burns", "Russia's envoy": the country of another person's title, not a side of the sentence. */
function modifiesTitle(run: Run, m: Mention): boolean {
  const gap = /^(?:['’]s)?\s+/.exec(run.ctx.text.slice(m.end, m.end + 4));
  return !!gap && run.titleAt.has(m.end + gap[0].length);
}

/** Country mentions in [from, to) outside other officials' descriptors ("Russia's ambassador" is his). */
function countriesIn(run: Run, from: number, to: number, skipStart: number, skipEnd: number): Mention[] {
  return run.ctx.actors.filter(
    (m) =>
      m.kind === 'country' &&
      m.start >= from &&
      m.end <= to &&
      !(m.start >= skipStart && m.end <= skipEnd) &&
      !run.mentions.some((x) => x.kind === 'official' && m.start >= x.start && m.end <= x.end) &&
      !modifiesTitle(run, m) &&
      // "Cairo expelled the Turkish envoy after the removal of President X": another person's country.
      !run.bare.some((b) => m.start >= b.descStart && m.end <= b.tEnd) &&
      // "met his Chinese counterpart": the other side's.
      !(/\b(?:his|her|their)\s+$/i.test(run.ctx.text.slice(Math.max(0, m.start - 7), m.start)) && /^\s+counterparts?\b/.test(run.ctx.text.slice(m.end, m.end + 14))),
  );
}

// "..., the Australian government said.": the state that speaks for the sentence.
const ATTRIBUTION_END = /,\s+(?:the\s+)?[^,]{2,40}?\s+(?:government|(?:foreign|defen[cs]e|interior)\s+ministry|ministry|embassy|presidency)\s+(?:said|says|announced|confirmed)\W*$/;

function attributedState(run: Run, sent: Sentence, descEnd: number): string | null {
  const tail = run.ctx.text.slice(Math.max(descEnd, sent.end - 90), sent.end);
  const a = ATTRIBUTION_END.exec(tail);
  if (!a) return null;
  const from = sent.end - tail.length + a.index;
  const cs = new Set(run.ctx.actors.filter((m) => m.kind === 'country' && m.start >= from && m.end <= sent.end).map((m) => m.id));
  return cs.size === 1 ? [...cs][0]! : null;
}

const PEOPLE_AFTER = /^(?:['’]s)?\s+(?:\p{Ll}+\s+)?(?:diplomats?|officials?|envoys?|ministers?|delegation|delegates|embassy|government|police|troops|forces|authorities|counterparts?|leaders?|side|team|negotiators)\b/u;
const CLAUSE_BREAK = /[,;:]\s+|\s+-\s+|\s+(?:and|when|after|before|while|as|but|where|which|who)\s+/g;

/** A country that is not the side a person is on: an object, an attribute ("the Barbados accord"), an owner of a body. */
function notASide(run: Run, m: Mention, sent: Sentence): boolean {
  const { text } = run.ctx;
  const before = text.slice(Math.max(sent.start, m.start - 20), m.start);
  // "the recall of X from Washington": a place left, not a side.
  if (OBJECT_CUE.test(before) || /\p{L}\s+from\s+$/u.test(before)) return true;
  const after = text.slice(m.end, m.end + 30);
  if (/\bthe\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after) && m.via !== 'demonym') return true;
  if (/^['’]s\s/.test(after) && run.ctx.actors.some((a) => a.kind === 'org' && a.start > m.end && a.start <= m.end + 4)) return true;
  // Inside a quotation: what is said, not who says it.
  return (text.slice(sent.start, m.start).match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * The side a person is on when the sentence names several countries: walking back from the
 * person's clause ("..., and Vice Foreign Minister Kim Hong-kyun summoned"), the first
 * country of the nearest clause that names one as an actor (not "weapons to Ukraine").
 */
function sideBefore(run: Run, inSent: Mention[], nameStart: number, sent: Sentence): string | null {
  const span = run.ctx.text.slice(sent.start, nameStart);
  const starts = [sent.start];
  for (const b of span.matchAll(CLAUSE_BREAK)) starts.push(sent.start + b.index + b[0].length);
  for (let k = starts.length - 1; k >= 0; k--) {
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! : nameStart;
    const sides = inSent.filter((m) => m.start >= from && m.end <= to && !notASide(run, m, sent));
    // "six Indian diplomats, among them High Commissioner X": a country's people, else the clause's first country.
    const people = sides.filter((m) => PEOPLE_AFTER.test(run.ctx.text.slice(m.end, m.end + 30)));
    const pick = people.at(-1) ?? sides[0];
    if (pick) return pick.id;
  }
  return null;
}

/**
 * When the text gives no country for a person: the only country in the sentence before a
 * reported clause, the first actor country of the nearest clause before the person, then a
 * co-mentioned official's, then the previous sentence's, then the article's main country.
 */
function countryFromContext(run: Run, sent: Sentence, nameStart: number, descStart: number, descEnd: number, self: OfficialRecord): string | null {
  const { ctx, officials } = run;
  const rel = ctx.text.slice(descEnd, sent.end);
  const cut = /\b(?:that|said|says|told|saying)\b/.exec(rel);
  const limit = cut ? descEnd + cut.index : sent.end;
  // "... with his Egyptian counterpart in Cairo": the person is not of the counterpart's state.
  const other = counterpartState(run, sent);
  const inSentList = countriesIn(run, sent.start, limit, descStart, descEnd).filter((m) => m.id !== other && !inQuote(ctx.text, sent.start, m.start));
  const inSent = new Set(inSentList.map((m) => m.id));
  const desc = ctx.text.slice(descStart, descEnd);
  const envoy = self.positions.length === 0 && /Ambassador|Envoy|High Commissioner|Consul|Charg[ée]/i.test(desc);
  const host = envoy ? null : credentialsHost(run, sent, descStart);
  if (host) return host;
  const told = placeOrVoice(run, sent, descStart, descEnd, envoy ? null : /spokes/i.test(desc)) ?? (envoy ? null : attributedState(run, sent, descEnd));
  if (told) return told;
  if (inSent.size === 1 && !envoy) return [...inSent][0]!;
  if (envoy) {
    // An envoy usually faces officials of the host country: pick the other country nearby.
    const co = new Set([...officials.values()].filter((o) => o !== self && o.countryCode && o.firstAt >= sent.start && o.firstAt < sent.end).map((o) => o.countryCode!));
    const idx = ctx.sentences.indexOf(sent);
    const from = idx > 0 ? ctx.sentences[idx - 1]!.start : sent.start;
    const near = new Set(ctx.actors.filter((m) => m.kind === 'country' && m.start >= from && m.end <= sent.end && !co.has(m.id)).map((m) => m.id));
    if (co.size && near.size === 1) return [...near][0]!;
    if (inSent.size === 1) {
      // "Ambassador X, who left Niamey": the only country in the sentence is the post; the envoy's is the other one nearby.
      const post = inSentList[0]!;
      const isPost = OBJECT_CUE.test(ctx.text.slice(Math.max(sent.start, post.start - 20), post.start)) || /^\s*(?:in|from)\b/.test(ctx.text.slice(Math.max(sent.start, post.start - 6), post.start));
      if (isPost) {
        for (const w of [1, 2]) {
          const lo = ctx.sentences[Math.max(0, idx - w)]!.start;
          const hi = ctx.sentences[Math.min(ctx.sentences.length - 1, idx + w)]!.end;
          const other = new Set(ctx.actors.filter((m) => m.kind === 'country' && m.start >= lo && m.end <= hi && m.id !== post.id).map((m) => m.id));
          if (other.size === 1) return [...other][0]!;
        }
      }
      return post.id;
    }
  }
  if (inSent.size > 1) {
    const side = sideBefore(run, inSentList, nameStart, sent);
    if (side) return side;
  }
  if (inSent.size === 0) {
    // "briefed reporters at the Pentagon": a state's ministry named in the sentence.
    const ms = new Set(ctx.actors.filter((m) => m.kind === 'org' && m.start >= sent.start && m.end <= limit && (m.end <= descStart || m.start >= descEnd) && /^ministry-of-.+-[a-z]{2}$/.test(m.id)).map((m) => m.id.slice(-2).toUpperCase()));
    if (ms.size === 1) return [...ms][0]!;
  }
  return (inSent.size === 0 ? countryNearby(run, sent, nameStart, descStart, descEnd, self) : null) ?? mainCountry(ctx);
}

/** Inside a quotation opened in the sentence before `pos`: what is said, not who says it. */
function inQuote(text: string, from: number, pos: number): boolean {
  const span = text.slice(from, pos);
  return ((span.match(/["“”]/g)?.length ?? 0) % 2 === 1);
}

const CREDENTIALS_TO = /\b(?:credentials|credence)\s+to\s+(?:the\s+)?$/i;
const ENVOY_TO = /\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh [Cc]ommissioner)\s+(?:to|in)\s+(?:the\s+)?$/;

/** "X, the UAE's first ambassador to Israel, presented his credentials to President Y": Y serves the state the envoy is sent to. */
function credentialsHost(run: Run, sent: Sentence, descStart: number): string | null {
  const { text, actors } = run.ctx;
  if (!CREDENTIALS_TO.test(text.slice(Math.max(sent.start, descStart - 40), descStart))) return null;
  for (const m of actors) {
    if (m.start < sent.start || m.end > descStart || m.kind !== 'country') continue;
    if (ENVOY_TO.test(text.slice(Math.max(sent.start, m.start - 25), m.start))) return m.id;
  }
  return null;
}

const COUNTERPART_RE = /\b(?:his|her|their)\s+(\p{Lu}[\p{L}-]+)\s+counterparts?\b/gu;

/** The state of "his Egyptian counterpart" in the sentence: the other side's. */
function counterpartState(run: Run, sent: Sentence): string | null {
  const span = run.ctx.text.slice(sent.start, sent.end);
  if (!span.includes('counterpart')) return null;
  for (const m of span.matchAll(COUNTERPART_RE)) {
    const at = sent.start + m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
    const a = actorAt(run.ctx, at);
    if (a?.kind === 'country') return a.id;
  }
  return null;
}

const MET_BEFORE = /\b(?:met|meets|meet|meeting|talks with|received by|hosted by|welcomed by|greeted by)\s+$/;
const SAID_AFTER = /^\s+(?:said|says|told (?:reporters|a (?:news )?briefing))\s+(?:that\s+)?$/;

/**
 * "met Prime Minister X in Wellington": a person met in a capital is at home there;
 * "spokesman X said Beijing opposed": a spokesperson speaks for the state the reported clause opens with.
 */
function placeOrVoice(run: Run, sent: Sentence, descStart: number, descEnd: number, spokes: boolean | null): string | null {
  if (spokes === null) return null;
  const { text, actors } = run.ctx;
  const i = lastAtOrBefore(actors, Math.min(sent.end, descEnd + 40), (m) => m.start);
  for (let k = i; k >= 0 && actors[k]!.start > descEnd; k--) {
    const m = actors[k]!;
    if (m.kind !== 'country') continue;
    const gap = text.slice(descEnd, m.start);
    if (/^\s+in\s+$/.test(gap) && m.via === 'capital' && MET_BEFORE.test(text.slice(Math.max(sent.start, descStart - 20), descStart))) return m.id;
    if (spokes && SAID_AFTER.test(gap) && !/^['’]s/.test(text.slice(m.end, m.end + 2))) return m.id;
    // "told reporters in Beijing": a spokesperson briefs in the capital.
    if (spokes && m.via === 'capital' && /^\s+(?:said|told reporters|told a (?:news )?briefing)\s+in\s+$/.test(gap)) return m.id;
  }
  return null;
}

const ENVOY_TITLE = /Ambassador|Envoy|High Commissioner|Consul|Charg[ée]/;

/**
 * A sentence naming no country: the person's country is that of another person the sentence
 * names (by full name or surname, the register's too), of the previous sentence when it names
 * one, or of the state the next sentence opens with ("X summoned ... Beijing announced drills").
 */
function countryNearby(run: Run, sent: Sentence, nameStart: number, descStart: number, descEnd: number, self: OfficialRecord): string | null {
  const { ctx, officials } = run;
  const bySurname = new Map<string, string>();
  // An envoy met in the sentence serves the other side: "Ambassador X was summoned by Vice Foreign Minister Y".
  const envoys = new Set<string>();
  for (const o of officials.values()) {
    if (o === self || !o.countryCode) continue;
    if (o.positions.length && o.positions.every((p) => ENVOY_TITLE.test(p.title)) && !ENVOY_TITLE.test(ctx.text.slice(descStart, descEnd))) envoys.add(o.name.split(' ').at(-1)!);
    else bySurname.set(o.name.split(' ').at(-1)!, o.countryCode);
  }
  const envoyCc = new Set<string>();
  for (const w of ctx.text.slice(sent.start, sent.end).matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    if (!envoys.has(w[0])) continue;
    for (const o of officials.values()) if (o.name.split(' ').at(-1) === w[0] && o.countryCode) envoyCc.add(o.countryCode);
  }
  if (envoyCc.size === 1) {
    const idx0 = ctx.sentences.indexOf(sent);
    const lo = ctx.sentences[Math.max(0, idx0 - 1)]!.start;
    const other = new Set(ctx.actors.filter((m) => m.kind === 'country' && m.start >= lo && m.end <= sent.end && !envoyCc.has(m.id)).map((m) => m.id));
    if (other.size === 1) return [...other][0]!;
  }
  let best: { cc: string; d: number } | null = null;
  const span = ctx.text.slice(sent.start, sent.end);
  for (const w of span.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const at = sent.start + w.index;
    if ((at >= descStart && at < descEnd) || inQuote(ctx.text, sent.start, at)) continue;
    const cc = bySurname.get(w[0]) ?? KNOWN_COUNTRY_BY_SURNAME.get(w[0]);
    if (cc && cc !== self.countryCode && (!best || Math.abs(at - nameStart) < best.d)) best = { cc, d: Math.abs(at - nameStart) };
  }
  if (best) return best.cc;
  const idx = ctx.sentences.indexOf(sent);
  const prev = idx > 0 ? ctx.sentences[idx - 1]! : null;
  // A paragraph's first sentence continues in the next one, not in the previous paragraph.
  const opensParagraph = !prev || ctx.text.slice(prev.end, sent.start).includes('\n');
  const opener = opensParagraph ? nextOpener(run, ctx.sentences[idx + 1]) : null;
  if (opener) return opener;
  if (prev) {
    const pc = new Set(ctx.actors.filter((m) => m.kind === 'country' && m.start >= prev.start && m.end <= prev.end).map((m) => m.id));
    if (pc.size === 1) return [...pc][0]!;
    // "AUGUST - Algeria cuts ties with Morocco. Announcing the break, Foreign Minister X ...": the state the sentence before is about.
    // Not a state that is another person's ("Taiwan's foreign minister, X, said ...").
    const first = pc.size > 1 ? nextOpener(run, prev) : null;
    const opener = first ? ctx.actors.find((m) => m.start >= prev.start && m.kind === 'country') : undefined;
    if (first && opener && !opener.inner && !modifiesTitle(run, opener)) return first;
  }
  return null;
}

/** The state a sentence opens with as its subject: "Beijing announced", "The Chinese government said". */
function nextOpener(run: Run, next: Sentence | undefined): string | null {
  if (!next) return null;
  const { actors, text } = run.ctx;
  const first = actors[lastAtOrBefore(actors, next.start - 1, (m) => m.start) + 1];
  return first && first.kind === 'country' && first.end <= next.end && /^(?:\p{Lu}[\p{Lu}\d ,.()'’]*\s[-—–]\s+)?(?:[Tt]he\s+)?$/u.test(text.slice(next.start, first.start)) ? first.id : null;
}

/** The state of the dateline's city: "OUAGADOUGOU - ...", "NIAMEY, Aug 7 (Wire) - ...". */
function datelineCountry(ctx: Ctx): string | null {
  const d = /^\s*(\p{Lu}[\p{Lu} .'’-]{2,30}?)(?:,|\s+\(|\s+[-—–])/u.exec(ctx.text.slice(0, 60));
  if (!d) return null;
  const city = d[1]!.trim().toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
  const c = lookupCountry(city);
  return c && (c.via === 'capital' || c.via === 'name') ? c.code : null;
}

/** The article's main country: the first one named. */
function mainCountry(ctx: Ctx): string | null {
  return ctx.actors.find((m) => m.kind === 'country')?.id ?? null;
}

export function toExtractedOfficial(r: OfficialRecord): ExtractedOfficial {
  return {
    slug: r.slug,
    name: r.name,
    aliases: [...r.aliases].filter((a) => a !== r.name),
    countryCode: r.countryCode,
    positions: r.positions,
    mentions: Math.max(1, r.mentions),
  };
}
