// Officials: people introduced with a title ("Foreign Minister Sergey Lavrov"), in an
// apposition ("Dmitry Zhirnov, Russia's ambassador to Afghanistan") or a reversed one
// ("Afghanistan's newly appointed Ambassador, Gul Hassan Hassan"), then every later
// surname mention resolved to the same person.
import type { ExtractedOfficial, ExtractedPosition, PartialDate } from '../types.ts';
import { COUNTRY_INFO, lookupCountry } from './countries.ts';
import { dayOf, findDates } from './dates.ts';
import type { Mention } from './entities.ts';
import { ORG_BY_SLUG, lookupOrg } from './organizations.ts';
import { lookupKnownOfficial, KNOWN_OFFICIALS } from './officials-kb.ts';
import type { Sentence } from './sentences.ts';
import { escapeRegex, lastAtOrBefore, slugify, titleCase } from './text.ts';

/** Either capitalisation of each word: "Foreign Minister" and "foreign minister". */
function ci(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => {
      const c = w[0]!;
      return /\p{L}/u.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]${escapeRegex(w.slice(1))}` : escapeRegex(w);
    })
    .join('\\s+');
}

// Normalised title -> surface variants. Order matters only for readability: the regex
// is sorted longest first.
const TITLES: [string, string[]][] = [
  ['Prime Minister', ['Prime Minister', 'Premier', 'PM']],
  ['Deputy Prime Minister', ['Deputy Prime Minister']],
  ['President', ['President']],
  ['Vice President', ['Vice President', 'Vice-President']],
  ['Foreign Minister', ['Foreign Minister', 'Minister of Foreign Affairs', 'Foreign Affairs Minister', 'Minister for Foreign Affairs', 'External Affairs Minister']],
  ['Deputy Foreign Minister', ['Deputy Foreign Minister']],
  ['Vice Foreign Minister', ['Vice Foreign Minister']],
  ['Defence Minister', ['Defence Minister', 'Defense Minister', 'Minister of Defence', 'Minister of Defense']],
  ['Interior Minister', ['Interior Minister', 'Minister of Interior', 'Minister of the Interior']],
  ['Finance Minister', ['Finance Minister', 'Minister of Finance']],
  ['Economy Minister', ['Economy Minister', 'Minister of Economy']],
  ['Trade Minister', ['Trade Minister', 'Minister of Trade']],
  ['Justice Minister', ['Justice Minister', 'Minister of Justice']],
  ['Energy Minister', ['Energy Minister', 'Minister of Energy']],
  ['Health Minister', ['Health Minister', 'Minister of Health']],
  ['Minister', ['Minister']],
  ['Secretary of State', ['Secretary of State']],
  ['Secretary-General', ['Secretary-General', 'Secretary General']],
  ['Secretary', ['Secretary']],
  ['Foreign Secretary', ['Foreign Secretary']],
  ['Home Secretary', ['Home Secretary']],
  ['Defense Secretary', ['Defense Secretary', 'Defence Secretary', 'Secretary of Defense']],
  ['Treasury Secretary', ['Treasury Secretary', 'Secretary of the Treasury']],
  ['National Security Adviser', ['National Security Adviser', 'National Security Advisor']],
  ['Chancellor', ['Chancellor']],
  ['King', ['King']],
  ['Queen', ['Queen']],
  ['Crown Prince', ['Crown Prince']],
  ['Emir', ['Emir']],
  ['Sultan', ['Sultan']],
  ['Supreme Leader', ['Supreme Leader']],
  ['Ambassador', ['Ambassador', 'envoy', 'Envoy']],
  ['Special Envoy', ['Special Envoy']],
  ['Spokesperson', ['Spokesman', 'Spokeswoman', 'Spokesperson']],
  ['General', ['General', 'Gen.']],
  ['Colonel', ['Colonel', 'Col.']],
  ['Director General', ['Director General', 'Director-General']],
  ['Foreign Policy Chief', ['Foreign Policy Chief']],
  ['Top Diplomat', ['Top Diplomat']],
  ['Chief Negotiator', ['Chief Negotiator']],
  ['Senior Adviser', ['Senior Adviser', 'Senior Advisor']],
  ['Adviser', ['Adviser', 'Advisor', 'Aide']],
  ['Leader', ['Leader']],
  ['Head', ['Head']],
  ['Commander', ['Commander']],
  ['Speaker', ['Speaker']],
  ['Governor', ['Governor']],
  ['Counterpart', ['Counterpart']],
];
const TITLE_NORM = new Map<string, string>();
const titleAlts: string[] = [];
for (const [norm, surfaces] of TITLES) {
  for (const s of surfaces) {
    TITLE_NORM.set(s.toLowerCase().replace(/\s+/g, ' '), norm);
    titleAlts.push(s);
  }
}
titleAlts.sort((a, b) => b.length - a.length);
const QUAL = '(?:(?:[Nn]ewly[ -](?:appointed|elected)|[Nn]ew|[Ff]ormer|[Ii]nterim|[Aa]cting|[Cc]urrent|[Tt]hen-|[Oo]utgoing)\\s+)?';
// "minister of state for regional integration": a free-form ministerial title.
const FREE_MINISTER = '[Mm]inister\\s+(?:of|for)\\s+(?:state\\s+for\\s+)?[\\p{L}]+(?:\\s+(?:and\\s+)?[\\p{L}]+)?';
const TITLE_RE = new RegExp(`(?<![\\p{L}])(${QUAL})(${FREE_MINISTER}|${titleAlts.map(ci).join('|')})(?![\\p{L}])`, 'gu');

const NAME_TOKEN = "(?:(?:al|el|ad|ash|as|an|ul|Al|El)-)?\\p{Lu}[\\p{L}'’-]*";
const PARTICLE = '(?:bin|bint|ibn|al|el|de|da|di|du|van|von|der|den|le|la|dos|del|Al)';
const NAME_RE = new RegExp(`^(${NAME_TOKEN}(?:\\s(?:${PARTICLE}\\s)*${NAME_TOKEN}){0,4})`, 'u');
const HONORIFIC = /^(?:Sheikh|Sheik|Colonel|Col\.|General|Gen\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Ayatollah|Lieutenant|Major|Field Marshal|Sir|Dame|Prince|Princess)\s+/;
const NAME_STOP = new Set(
  (
    'The A An In On At Of For And But Or He She It They This That These Those His Her Their Its Who Which When After Before ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April July August September ' +
    'October November December Ministry Council Assembly Command Department Party Front Union Nations Court Agency Bank ' +
    'Organization Organisation Group House Parliament Congress Office Forces Army Guard Republic Kingdom States Summit ' +
    'Administration Government University Airport Said Says Told Also Foreign Minister President Secretary Prime Security ' +
    'National Central Committee Movement Commission Islamic Affairs As If Despite Meanwhile Following Amid'
  ).split(' '),
);

export interface OfficialRecord {
  slug: string;
  name: string;
  aliases: Set<string>;
  countryCode: string | null;
  positions: ExtractedPosition[];
  mentions: number;
  /** Where in the text it was introduced: for the country fallbacks. */
  firstAt: number;
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

function cleanName(raw: string): { name: string; honorific: string | null } | null {
  let name = raw.trim();
  let honorific: string | null = null;
  const h = HONORIFIC.exec(name);
  if (h) {
    honorific = h[0].trim();
    name = name.slice(h[0].length);
  }
  const toks = name.split(/\s+/);
  const kept: string[] = [];
  for (const t of toks) {
    const bare = t.replace(/['’]s$/, '');
    if (NAME_STOP.has(bare) || lookupCountry(bare) || lookupOrg(bare)) break;
    kept.push(bare);
    if (bare !== t) break; // possessive ends the name
  }
  while (kept.length && /^(?:bin|bint|ibn|al|el|de|da|van|von|der|le|la|Al)$/.test(kept[kept.length - 1]!)) kept.pop();
  if (!kept.length) return null;
  const out = kept.join(' ');
  if (out.length < 2 || /^\p{Lu}\.?$/u.test(out)) return null;
  return { name: out, honorific };
}

/** The title's modifier just before it: "Russia's", "the Russian", "Taliban", "NATO", "his". */
function modifierBefore(ctx: Ctx, pos: number, officials: Map<string, OfficialRecord>, lastOfficial: OfficialRecord | null) {
  const pre = ctx.text.slice(Math.max(0, pos - 3), pos);
  const gap = /(?:['’]s)?\s+$/.exec(pre);
  const end = gap ? pos - gap[0].length : pos;
  // Actors are sorted by start; the modifier starts within a few words before the title.
  for (let i = lastAtOrBefore(ctx.actors, end, (m) => m.start); i >= 0; i--) {
    const m = ctx.actors[i]!;
    if (m.end === end) return { mention: m, start: m.start };
    if (m.start < end - 80) break;
  }
  const before = ctx.text.slice(Math.max(0, pos - 30), pos);
  const pron = /(?:\b(his|her)|\b(the country['’]s))\s+$/i.exec(before);
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
      const prev = [...ctx.actors].reverse().find((m) => m.kind === 'country' && m.end <= pos);
      if (prev) return { countryCode: prev.id, start: pos - pron[0].length };
    }
  }
  const poss = /(\p{Lu}[\p{L}-]+)['’]s\s+$/u.exec(before);
  if (poss) {
    for (const o of officials.values()) if (o.name.split(' ').includes(poss[1]!)) return { official: o, start: pos - poss[0].length };
  }
  return null;
}

function actorAt(ctx: Ctx, pos: number): Mention | null {
  const i = lastAtOrBefore(ctx.actors, pos, (m) => m.start);
  return i >= 0 && ctx.actors[i]!.start === pos ? ctx.actors[i]! : null;
}

const APPOINTED = /\b(?:newly[ -](?:appointed|elected)|took office|sworn in|assumed office|(?:was|were|been|has been) (?:appointed|named)|took up (?:his|her) post)\b/i;

export function extractOfficials(ctx: Ctx): { officials: Map<string, OfficialRecord>; mentions: Mention[] } {
  const { text } = ctx;
  const officials = new Map<string, OfficialRecord>();
  const mentions: Mention[] = [];
  // Held in an object: TypeScript does not follow assignments made inside the closures.
  const state: { last: OfficialRecord | null } = { last: null };

  const add = (
    rawName: string,
    nameStart: number,
    descStart: number,
    descEnd: number,
    title: string | null,
    qual: string,
    explicit: string | null | undefined,
    explicitOrg: string | null,
    target: Mention | null,
  ): boolean => {
    const cn = cleanName(rawName);
    if (!cn) return false;
    let { name } = cn;
    if (!title && cn.honorific && /General|Gen|Colonel|Col/.test(cn.honorific)) title = cn.honorific.startsWith('Col') ? 'Colonel' : 'General';
    // A lone surname of someone already introduced, or of a known office holder.
    if (!name.includes(' ')) {
      const full = [...officials.values()].find((o) => o.name.split(' ').at(-1) === name);
      const known = full ? null : KNOWN_OFFICIALS.find((k) => k.name.split(' ').at(-1) === name);
      if (full) name = full.name;
      else if (known) name = known.name;
    }
    const kb = lookupKnownOfficial(name);
    if (kb) name = kb.name;
    const slug = slugify(name);
    if (!slug || COUNTRY_INFO.has(name)) return false;
    let rec = officials.get(slug);
    if (!rec) {
      rec = { slug, name, aliases: new Set(), countryCode: null, positions: [], mentions: 0, firstAt: nameStart };
      officials.set(slug, rec);
    }
    if (rawName.trim() !== name) rec.aliases.add(cn.name);
    const sent = sentenceAt(ctx, nameStart);
    let cc = explicit ?? null;
    if (!cc && kb) cc = kb.country;
    if (!cc && !kb && !explicitOrg && sent) cc = countryFromContext(ctx, sent, nameStart, descStart, descEnd, officials, rec);
    if (!rec.countryCode && cc) rec.countryCode = cc;
    if (title) {
      let t = title;
      const posCountry = cc ?? rec.countryCode;
      if (t === 'Ambassador') {
        const tgt = target ? targetName(target) : null;
        if (tgt) t = `Ambassador to ${tgt}`;
        else if (sent && posCountry) {
          const others = new Set(ctx.actors.filter((m) => m.kind === 'country' && m.start >= sent.start && m.end <= sent.end && m.id !== posCountry).map((m) => m.id));
          if (others.size === 1) t = `Ambassador to ${COUNTRY_INFO.get([...others][0]!)?.name}`;
        }
      }
      if (/former/i.test(qual)) t = `Former ${t}`;
      else if (/interim|acting/i.test(qual)) t = `${titleCase(qual.trim())} ${t}`;
      let orgSlug = explicitOrg;
      if (!orgSlug && posCountry) {
        const key = /Foreign|Ambassador|Secretary of State|Top Diplomat/.test(t) ? 'foreign-affairs' : /Defen[cs]e/.test(t) ? 'defence' : /Interior|Home Secretary/.test(t) ? 'interior' : /Finance|Treasury/.test(t) ? 'finance' : null;
        const ms = key ? `ministry-of-${key}-${posCountry.toLowerCase()}` : null;
        if (ms && ctx.orgSlugs.has(ms)) orgSlug = ms;
      }
      let start: PartialDate | null = null;
      if (sent && APPOINTED.test(text.slice(descStart, Math.min(sent.end, descEnd + 60)))) {
        const d = findDates(text.slice(nameStart, sent.end), nameStart, ctx.publishedAt).find((x) => !x.since);
        start = d ? { date: d.date, precision: d.precision } : ctx.publishedAt ? dayOf(ctx.publishedAt) : null;
      }
      if (!rec.positions.some((p) => p.title === t)) {
        // A more specific title replaces a generic one ("Ambassador" -> "Ambassador to X").
        rec.positions = rec.positions.filter((p) => !t.startsWith(p.title));
        if (!rec.positions.some((p) => p.title.startsWith(t))) {
          rec.positions.push({ title: t, countryCode: orgSlug && ORG_BY_SLUG.get(orgSlug) ? ORG_BY_SLUG.get(orgSlug)!.countryCode : posCountry, organizationSlug: orgSlug, start, end: null });
        }
      }
    }
    state.last = rec;
    mentions.push({ start: descStart, end: descEnd, kind: 'official', id: slug, text: text.slice(descStart, descEnd) });
    return true;
  };

  for (const m of text.matchAll(TITLE_RE)) {
    // A title word inside a name already read ("Amir Khan Muttaqi") is part of the name.
    if (mentions.some((x) => m.index >= x.start && m.index < x.end && x.end - x.start > m[0].length)) continue;
    const qual = m[1] ?? '';
    const rawTitle = m[2]!;
    const tStart = m.index;
    let tEnd = m.index + m[0].length;
    let title = TITLE_NORM.get(rawTitle.toLowerCase().replace(/\s+/g, ' ')) ?? titleCase(rawTitle.replace(/\s+/g, ' '));
    if (/^minister\s+(of|for)/i.test(rawTitle) && !TITLE_NORM.has(rawTitle.toLowerCase())) title = titleCase(rawTitle.replace(/\s+/g, ' '));
    // Skip titles used as common nouns inside longer names ("Prime Minister's Office").
    if (/^['’]s\b/.test(text.slice(tEnd, tEnd + 2)) && title !== 'Counterpart') continue;
    // Complement: "ambassador to Afghanistan", "Emir of Qatar", "Ambassador to the UN".
    let target: Mention | null = null;
    let ofCountry: Mention | null = null;
    // Modifiers become part of the official's descriptor only if an official is found.
    const pendingInner: Mention[] = [];
    const commit = () => {
      for (const x of pendingInner) x.inner = true;
    };
    const comp = /^\s+(to|of|in)\s+(?:the\s+)?/.exec(text.slice(tEnd, tEnd + 12));
    if (comp) {
      const a = actorAt(ctx, tEnd + comp[0].length);
      if (a) {
        if (comp[1] === 'to' || comp[1] === 'in') target = a;
        else ofCountry = a;
        pendingInner.push(a);
        tEnd = a.end;
      }
    }
    if (title === 'Counterpart' && state.last) title = state.last.positions.at(-1)?.title ?? 'Counterpart';
    const mod = modifierBefore(ctx, tStart, officials, state.last);
    let explicit: string | null | undefined;
    let explicitOrg: string | null = null;
    let descStart = tStart;
    const applyMod = (x: typeof mod) => {
      if (!x) return;
      descStart = Math.min(descStart, x.start);
      if ('mention' in x && x.mention) {
        pendingInner.push(x.mention);
        if (x.mention.kind === 'country') explicit = x.mention.id;
        else {
          const od = ORG_BY_SLUG.get(x.mention.id);
          if (od && (od.kind === 'INTERNATIONAL_ORGANIZATION' || od.kind === 'ALLIANCE')) {
            explicitOrg = od.slug;
            explicit = null;
          } else if (od) explicit = od.countryCode;
          else {
            // Ministries carry their country in the slug.
            explicit = x.mention.id.slice(-2).toUpperCase();
            explicitOrg = x.mention.id;
          }
        }
      } else if ('official' in x && x.official) explicit = x.official.countryCode;
      else if ('countryCode' in x) explicit = x.countryCode;
    };
    applyMod(mod);
    if (ofCountry) {
      if (ofCountry.kind === 'country') explicit = ofCountry.id;
      else {
        const od = ORG_BY_SLUG.get(ofCountry.id);
        if (od?.countryCode) explicit = od.countryCode;
        else if (od) explicitOrg = od.slug;
      }
    }
    const after = text.slice(tEnd, tEnd + 80);
    // 1. Title directly before the name.
    const pre = /^\s+/.exec(after);
    if (pre) {
      const nm = NAME_RE.exec(after.slice(pre[0].length));
      if (nm && cleanName(nm[1]!)) {
        const ns = tEnd + pre[0].length;
        const cn = cleanName(nm[1]!)!;
        const nameLen = nm[1]!.indexOf(cn.name) + cn.name.length;
        // "Prime Minister X of Y".
        if (!explicit && !explicitOrg) {
          const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(ns + nameLen, ns + nameLen + 10));
          const a = of ? actorAt(ctx, ns + nameLen + of[0].length) : null;
          if (a?.kind === 'country') {
            explicit = a.id;
            pendingInner.push(a);
          }
        }
        if (add(nm[1]!, ns, descStart, ns + nameLen, title, qual, explicit, explicitOrg, target)) commit();
        continue;
      }
    }
    // 2. Reversed apposition: "Afghanistan's newly appointed Ambassador, Gul Hassan Hassan."
    const rev = /^,\s+/.exec(after);
    if (rev) {
      const nm = NAME_RE.exec(after.slice(rev[0].length));
      if (nm) {
        const follow = after.slice(rev[0].length + nm[1]!.length);
        if (/^(?:[,.;:)]|\s+[a-z]|$)/.test(follow) && cleanName(nm[1]!)) {
          const ns = tEnd + rev[0].length;
          if (add(nm[1]!, ns, descStart, ns + nm[1]!.length, title, qual, explicit, explicitOrg, target)) commit();
          continue;
        }
      }
    }
    // 3. Apposition after the name: "Dmitry Zhirnov, Russia's ambassador to Afghanistan".
    const back = text.slice(Math.max(0, descStart - 80), descStart);
    const app = new RegExp(`(${NAME_TOKEN}(?:\\s(?:${PARTICLE}\\s)*${NAME_TOKEN}){0,4}),\\s+(?:the\\s+|a\\s+|an\\s+)?$`, 'u').exec(back);
    if (app && (/^\p{Ll}/u.test(rawTitle) || mod)) {
      const nameRaw = app[1]!;
      const ns = descStart - app[0].length;
      // Only when the name is a name, not a clause-initial phrase ("Meanwhile, the").
      if (cleanName(nameRaw) && /\s/.test(nameRaw.trim()) && !lookupCountry(nameRaw.trim())) {
        if (add(nameRaw, ns, ns, tEnd, title, qual, explicit, explicitOrg, target)) commit();
        continue;
      }
    }
  }

  // Well-known office holders named without a title.
  for (const k of KNOWN_OFFICIALS) {
    for (const nm of [k.name, ...(k.aliases ?? [])]) {
      let i = text.indexOf(nm);
      while (i >= 0) {
        if (!mentions.some((m) => m.start <= i && i < m.end) && !/\p{L}/u.test(text[i + nm.length] ?? '')) {
          add(nm, i, i, i + nm.length, null, '', k.country, null, null);
        }
        i = text.indexOf(nm, i + nm.length);
      }
    }
  }

  // Later mentions by surname ("Putin") or full name, all forms in one pass.
  const formOwner = new Map<string, OfficialRecord>();
  for (const rec of officials.values()) {
    const parts = rec.name.split(' ');
    const last = parts.at(-1)!;
    const forms = [rec.name, ...rec.aliases];
    if (parts.length > 1 && last.length > 2 && !NAME_STOP.has(last) && !lookupCountry(last)) forms.push(last);
    for (const f of forms) if (!formOwner.has(f)) formOwner.set(f, rec);
  }
  if (formOwner.size) {
    const alts = [...formOwner.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
    const re = new RegExp(`(?<![\\p{L}\\-])(?:${alts.join('|')})(?![\\p{L}\\-])`, 'gu');
    for (const m of text.matchAll(re)) {
      const rec = formOwner.get(m[0])!;
      const s = m.index;
      const e = s + m[0].length;
      if (mentions.some((x) => x.start <= s && s < x.end)) continue;
      mentions.push({ start: s, end: e, kind: 'official', id: rec.slug, text: m[0] });
      if (m[0] !== rec.name) rec.aliases.add(m[0]);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const r = officials.get(m.id);
    if (r) r.mentions++;
  }
  return { officials, mentions };
}

function targetName(m: Mention): string | null {
  if (m.kind === 'country') return COUNTRY_INFO.get(m.id)?.name ?? null;
  const o = ORG_BY_SLUG.get(m.id);
  return o ? (o.slug === 'united-nations' ? 'the United Nations' : o.name) : null;
}

/**
 * When the text gives no country for a person: the only country in the sentence before a
 * reported clause, then a co-mentioned official's, then the previous sentence's, then the
 * article's lead country.
 */
function countryFromContext(ctx: Ctx, sent: Sentence, nameStart: number, descStart: number, descEnd: number, officials: Map<string, OfficialRecord>, self: OfficialRecord): string | null {
  const rel = ctx.text.slice(descEnd, sent.end);
  const cut = /\b(?:that|said|says|told|saying)\b/.exec(rel);
  const limit = cut ? descEnd + cut.index : sent.end;
  const inSent = new Set(ctx.actors.filter((m) => m.kind === 'country' && m.start >= sent.start && m.end <= limit && !(m.start >= descStart && m.end <= descEnd)).map((m) => m.id));
  if (inSent.size === 1) return [...inSent][0]!;
  if (self.positions.length === 0 && /Ambassador|Envoy/i.test(ctx.text.slice(descStart, descEnd))) {
    // An envoy usually faces officials of the host country: pick the other country nearby.
    const co = new Set([...officials.values()].filter((o) => o !== self && o.countryCode && o.firstAt >= sent.start && o.firstAt < sent.end).map((o) => o.countryCode!));
    const idx = ctx.sentences.indexOf(sent);
    const from = idx > 0 ? ctx.sentences[idx - 1]!.start : sent.start;
    const near = new Set(ctx.actors.filter((m) => m.kind === 'country' && m.start >= from && m.end <= sent.end && !co.has(m.id)).map((m) => m.id));
    if (co.size && near.size === 1) return [...near][0]!;
  }
  if (inSent.size === 0) {
    const co = [...officials.values()].filter((o) => o !== self && o.countryCode && o.firstAt >= sent.start && o.firstAt < sent.end);
    if (co.length) return co.sort((a, b) => Math.abs(a.firstAt - nameStart) - Math.abs(b.firstAt - nameStart))[0]!.countryCode;
    const idx = ctx.sentences.indexOf(sent);
    const prev = idx > 0 ? ctx.sentences[idx - 1]! : null;
    if (prev) {
      const pc = new Set(ctx.actors.filter((m) => m.kind === 'country' && m.start >= prev.start && m.end <= prev.end).map((m) => m.id));
      if (pc.size === 1) return [...pc][0]!;
    }
  }
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
