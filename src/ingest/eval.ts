// Scores the extractor against a hand-annotated set (tests/fixtures/devset, realset/dev, realset/heldout).
//
// Matching rules:
// - countries, organizations: set of codes/slugs per article.
// - officials: slug and countryCode must both match (titles are reported separately:
//   normalisation of free-form titles is a convention, not an extraction error).
// - events: only ASSERTED events on both sides (others are flagged, not facts). Type OTHER
//   is a catch-all whose scope is an annotator's choice: reported, not scored.
//   A predicted event matches a gold event (one-to-one, greedy) when the type is equal and
//   for INITIATOR and RECIPIENT each: the gold set is empty or the two sets intersect.
//   Officials count as their country too (an event by "Lavrov" is an event by RU).
//   For symmetric types (MEETING, NEGOTIATION, AGREEMENT_SIGNED, RELATIONS_ESTABLISHED)
//   roles are ignored: the sets of parties must share min(2, |gold parties|) actors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanBody, splitHeadline } from './clean.ts';
import { traceTriggers, type Outcome } from './extract/events/index.ts';
import { extractGraph } from './extract/index.ts';
import type { ExtractedGraph } from './types.ts';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface GoldEvent {
  type: string;
  initiators: string[];
  recipients: string[];
  mediators?: string[];
  factuality: string;
}

export interface Gold {
  publishedAt: string | null;
  countries: string[];
  organizations: string[];
  officials: { slug: string; countryCode: string | null; title: string }[];
  events: GoldEvent[];
}

export interface ArticleReport {
  file: string;
  countries: { missing: string[]; extra: string[] };
  organizations: { missing: string[]; extra: string[] };
  officials: { missing: string[]; extra: string[] };
  events: { missing: string[]; extra: string[] };
  falseFacts: string[];
}

export interface EvalResult {
  articles: number;
  countries: Score;
  organizations: Score;
  officials: Score;
  officialTitles: Score;
  events: Score;
  eventsByType: Record<string, Score>;
  /** Statements that had not happened (gold NEGATED/HYPOTHETICAL/FUTURE) reported as ASSERTED events. */
  falseFacts: number;
  /** Gold events that are not ASSERTED (what falseFacts is out of). */
  nonAsserted: number;
  details: ArticleReport[];
  /** Milliseconds spent in extractGraph. */
  extractMs: number;
  /** Missed gold events by the step that lost them (see lossOf); aggregates, safe to print for any set. */
  missedAt: Record<string, number>;
}

/**
 * The step that most likely lost a missed gold event of `type`, from what became of the
 * article's triggers of that type (`outcomes`: how many readings ended at each step): an event
 * of the type reported with other actors ('roles'); more readings judged not to have happened
 * than the gold has such statements of the type ('not-asserted'); a reading dropped for want
 * of an actor or by a type rule; a trigger in a sentence naming no actor; every event of the
 * type used for another gold event ('fewer-events'); no trigger of the type at all ('no-trigger').
 */
function lossOf(type: string, outcomes: Map<string, Map<Outcome, number>>, extraTypes: Set<string>, goldNotAsserted: number): string {
  if (extraTypes.has(type)) return 'roles';
  const seen = outcomes.get(type) ?? new Map<Outcome, number>();
  if ((seen.get('not-asserted') ?? 0) > goldNotAsserted) return 'not-asserted';
  for (const o of ['no-recipient', 'no-initiator', 'type-rule', 'no-actor-in-sentence'] as const) if (seen.has(o)) return o;
  return seen.has('emitted') ? 'fewer-events' : 'no-trigger';
}

const SYMMETRIC = new Set(['MEETING', 'NEGOTIATION', 'AGREEMENT_SIGNED', 'DIPLOMATIC_RELATIONS_ESTABLISHED']);

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

class Counter {
  tp = 0;
  fp = 0;
  fn = 0;
  add(o: { tp: number; fp: number; fn: number }) {
    this.tp += o.tp;
    this.fp += o.fp;
    this.fn += o.fn;
  }
  get score(): Score {
    return score(this.tp, this.fp, this.fn);
  }
}

function compareSets(gold: Iterable<string>, pred: Iterable<string>) {
  const g = new Set(gold);
  const p = new Set(pred);
  const missing = [...g].filter((x) => !p.has(x));
  const extra = [...p].filter((x) => !g.has(x));
  return { tp: g.size - missing.length, fp: extra.length, fn: missing.length, missing, extra };
}

interface NormEvent {
  type: string;
  init: Set<string>;
  rec: Set<string>;
  label: string;
}

function withCountries(refs: string[], officialCountry: Map<string, string | null>): Set<string> {
  const out = new Set(refs);
  for (const r of refs) {
    if (r.startsWith('official:')) {
      const cc = officialCountry.get(r.slice(9));
      if (cc) out.add(`country:${cc}`);
    }
  }
  return out;
}

const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;

export function eventsMatch(p: NormEvent, g: NormEvent): boolean {
  if (p.type !== g.type) return false;
  if (SYMMETRIC.has(g.type)) {
    const gp = new Set([...g.init, ...g.rec]);
    const pp = new Set([...p.init, ...p.rec]);
    const gParties = new Set([...gp].filter((x) => !x.startsWith('official:') || true));
    return overlap(pp, gp) >= Math.min(2, new Set([...gParties].filter((x) => x.startsWith('country:') || x.startsWith('organization:'))).size || 1);
  }
  const ok = (gs: Set<string>, ps: Set<string>) => gs.size === 0 || overlap(gs, ps) > 0;
  return ok(g.init, p.init) && ok(g.rec, p.rec);
}

function predictedEvents(graph: ExtractedGraph): NormEvent[] {
  const oc = new Map(graph.officials.map((o) => [o.slug, o.countryCode]));
  return graph.events
    .filter((e) => e.factuality === 'ASSERTED' && e.type !== 'OTHER')
    .map((e) => {
      const refs = (role: string) =>
        e.participants.filter((p) => p.role === role).map((p) => (p.actor.kind === 'country' ? `country:${p.actor.code}` : `${p.actor.kind}:${p.actor.slug}`));
      // Officials take part in the initiator's side unless they are among the recipients' envoys.
      const officials = refs('PARTICIPANT').filter((r) => r.startsWith('official:'));
      const init = withCountries([...refs('INITIATOR')], oc);
      const rec = withCountries([...refs('RECIPIENT')], oc);
      for (const o of officials) {
        const cc = oc.get(o.slice(9));
        if (cc && rec.has(`country:${cc}`)) rec.add(o);
        else init.add(o);
      }
      return { type: e.type, init, rec, label: `${e.type} ${[...init].join(',')} -> ${[...rec].join(',')}` };
    });
}

function goldEvents(gold: Gold, asserted = true): NormEvent[] {
  const oc = new Map(gold.officials.map((o) => [o.slug, o.countryCode]));
  return gold.events
    .filter((e) => (e.factuality === 'ASSERTED') === asserted && e.type !== 'OTHER')
    .map((e) => ({
      type: e.type,
      init: withCountries(e.initiators, oc),
      rec: withCountries(e.recipients, oc),
      label: `${e.type} ${e.initiators.join(',')} -> ${e.recipients.join(',')}`,
    }));
}

/** Greedy one-to-one matching of predicted to gold events. */
export function matchEvents(pred: NormEvent[], gold: NormEvent[]) {
  const used = new Set<number>();
  const matchedPred = new Set<number>();
  pred.forEach((p, pi) => {
    const gi = gold.findIndex((g, i) => !used.has(i) && eventsMatch(p, g));
    if (gi >= 0) {
      used.add(gi);
      matchedPred.add(pi);
    }
  });
  return {
    tp: used.size,
    fp: pred.length - matchedPred.size,
    fn: gold.length - used.size,
    missing: gold.filter((_, i) => !used.has(i)),
    extra: pred.filter((_, i) => !matchedPred.has(i)),
  };
}

export function loadDevset(dir: string): { file: string; title: string; body: string; publishedAt: Date | null; gold: Gold }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const { title, body } = splitHeadline(readFileSync(join(dir, file), 'utf8'));
      const gold = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
      return { file, title, body: cleanBody(body), publishedAt: gold.publishedAt ? new Date(gold.publishedAt) : null, gold };
    });
}

export function evaluate(devsetDir: string): EvalResult {
  const items = loadDevset(devsetDir);
  const c = new Counter();
  const o = new Counter();
  const off = new Counter();
  const titles = new Counter();
  const ev = new Counter();
  const byType = new Map<string, Counter>();
  const details: ArticleReport[] = [];
  let extractMs = 0;
  const falseFacts: string[] = [];
  let nonAsserted = 0;
  const missedAt: Record<string, number> = {};
  for (const it of items) {
    const ffBefore = falseFacts.length;
    const outcomes = new Map<string, Map<Outcome, number>>();
    const prev = traceTriggers((type, o) => {
      if (!outcomes.has(type)) outcomes.set(type, new Map());
      const byStep = outcomes.get(type)!;
      byStep.set(o, (byStep.get(o) ?? 0) + 1);
    });
    const t0 = performance.now();
    const g = extractGraph({ title: it.title, body: it.body, publishedAt: it.publishedAt });
    extractMs += performance.now() - t0;
    traceTriggers(prev);
    const cs = compareSets(it.gold.countries, g.countries.map((x) => x.code));
    const os = compareSets(it.gold.organizations, g.organizations.map((x) => x.slug));
    const offs = compareSets(
      it.gold.officials.map((x) => `${x.slug}@${x.countryCode ?? '-'}`),
      g.officials.map((x) => `${x.slug}@${x.countryCode ?? '-'}`),
    );
    const ts = compareSets(
      it.gold.officials.map((x) => `${x.slug}:${x.title.toLowerCase()}`),
      g.officials.flatMap((x) => x.positions.map((p) => `${x.slug}:${p.title.toLowerCase()}`)),
    );
    c.add(cs);
    o.add(os);
    off.add(offs);
    titles.add({ tp: ts.tp, fp: 0, fn: ts.fn });
    const pe = predictedEvents(g);
    const ge = goldEvents(it.gold);
    const m = matchEvents(pe, ge);
    ev.add(m);
    const extraTypes = new Set(m.extra.map((x) => x.type));
    const notAsserted = (type: string) => it.gold.events.filter((e) => e.type === type && e.factuality !== 'ASSERTED').length;
    const lost = m.missing.map((x) => lossOf(x.type, outcomes, extraTypes, notAsserted(x.type)));
    for (const at of lost) missedAt[at] = (missedAt[at] ?? 0) + 1;
    // An extra asserted event that matches a statement the gold marks as not having
    // happened is a false fact, the worst error: counted on its own.
    const ff = matchEvents(m.extra, goldEvents(it.gold, false));
    falseFacts.push(...m.extra.filter((x) => !ff.extra.includes(x)).map((x) => `${it.file}: ${x.label}`));
    nonAsserted += it.gold.events.filter((e) => e.factuality !== 'ASSERTED' && e.type !== 'OTHER').length;
    const types = new Set([...pe, ...ge].map((x) => x.type));
    for (const ty of types) {
      const mt = matchEvents(pe.filter((x) => x.type === ty), ge.filter((x) => x.type === ty));
      if (!byType.has(ty)) byType.set(ty, new Counter());
      byType.get(ty)!.add(mt);
    }
    details.push({
      file: it.file,
      countries: { missing: cs.missing, extra: cs.extra },
      organizations: { missing: os.missing, extra: os.extra },
      officials: { missing: offs.missing, extra: offs.extra },
      events: { missing: m.missing.map((x, i) => `${x.label} [${lost[i]}]`), extra: m.extra.map((x) => x.label) },
      falseFacts: falseFacts.slice(ffBefore),
    });
  }
  return {
    articles: items.length,
    countries: c.score,
    organizations: o.score,
    officials: off.score,
    officialTitles: titles.score,
    events: ev.score,
    eventsByType: Object.fromEntries([...byType].sort().map(([k, v]) => [k, v.score])),
    falseFacts: falseFacts.length,
    nonAsserted,
    details,
    extractMs,
    missedAt,
  };
}
