// Step 5's other half, before the merge: how many events one reading is. "A, B and C each
// recognised X" is one act per state, "... from Mali and Niger respectively" pairs subjects and
// objects, and "visited Tonga on Wednesday and New Zealand on Thursday" is one visit per stop.
// emit() in index.ts applies these to each reading.
import { findDates } from '../dates.ts';
import type { Mention } from '../entities.ts';
import type { Sentence } from '../sentences.ts';
import { countryOfActor, expand, groupsIn, key, type EventCtx, type RawEvent } from './context.ts';
import type { Roles } from './roles.ts';
import type { Hit } from './triggers.ts';

const WEEKDAY_OR_DATE = String.raw`(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})`;
/** Between one host and the next of a tour, each with its own day: " on Wednesday and ", " on 3 May, then to ". */
const NEXT_STOP = new RegExp(String.raw`^\s+${WEEKDAY_OR_DATE}\s*(?:,\s*(?:(?:and|then)\s+)?|\s+(?:and|then|before)\s+)(?:(?:then|on|flying\s+on|travell?ing\s+on)\s+)?(?:to\s+)?(?:the\s+)?$`);
/**
 * ... or told in sequence without a day: " and then ", ", then ", " and later ", " before
 * flying on to " (a place of the first stop, " in London", is read before it). Without a day
 * or a sequence word ("visited Poland and Ukraine"), the hosts are one trip's.
 */
const THEN_STOP = /^\s*,?\s*(?:(?:and|but)\s+)?(?:then|later|afterwards|subsequently|before\s+(?:flying|travell?ing|going|heading|moving)\s+on)\s+(?:(?:on\s+)?to\s+)?(?:the\s+)?$/i;
/** The preposition of a place told after a counterpart: "met Zelensky in London" (the place is skipped on the way to the next stop). */
const PLACE_PREP = /(?:^|\s)(?:in|at)\s+(?:the\s+)?$/i;
const DAY_LEAD = new RegExp(String.raw`^\s+${WEEKDAY_OR_DATE}\b`);

/**
 * "visited Tonga on Wednesday and New Zealand on Thursday", "visited China and then Russia",
 * "met Jaishankar on Monday and Iwaya on Tuesday", "met Zelensky in London and later Macron in
 * Paris": a host (or a counterpart met) told after another, each with its own day or in
 * sequence, is an act of its own (with the initiators of the first). The later counterparts
 * are taken out of the first act.
 */
export function laterStops(ctx: EventCtx, s: Sentence, h: Hit, r: Roles, first: RawEvent, conf: number): RawEvent[] {
  const meeting = first.type === 'MEETING';
  const firstRec = r.recipients.find((m) => m.start >= h.end);
  if (!firstRec) return [];
  const out: RawEvent[] = [];
  const later = new Set<string>();
  const initStates = new Set(r.initiators.map((m) => countryOfActor(ctx, m) ?? m.id));
  const gi = r.rightGroups.findIndex((g) => g.start <= firstRec.start && g.end >= firstRec.end);
  if (gi < 0) return [];
  let at = r.rightGroups[gi]!.end;
  let acc = '';
  for (const g of r.rightGroups.slice(gi + 1)) {
    if (g.start < at) continue;
    const raw = ctx.text.slice(at, g.start);
    // A place of the stop just told ("met Zelensky on Monday in London"): part of the way to the next one.
    if (PLACE_PREP.test(raw) && !/\b(?:and|then|later|before)\b/i.test(raw)) {
      acc += raw.replace(PLACE_PREP, ' ');
      at = g.end;
      continue;
    }
    const gap = (acc + raw).replace(/\s+/g, ' ');
    acc = '';
    if (!NEXT_STOP.test(gap) && !THEN_STOP.test(gap.replace(DAY_LEAD, ' '))) break;
    const hosts = g.items.flatMap((m): Mention[] => {
      const cc = countryOfActor(ctx, m);
      if (meeting) return m.kind === 'official' || m.kind === 'country' ? [m] : [];
      return m.kind === 'country' ? [m] : m.kind === 'official' && cc ? [{ ...m, kind: 'country', id: cc }] : [];
    });
    if (!hosts.length) break;
    const date = findDates(ctx.text.slice(g.end, Math.min(s.end, g.end + 30)), g.end, ctx.publishedAt)[0];
    // The first act's own side: its initiators, their officials and its mediators (not the officials met).
    const own = first.participants.filter((p) => p.role !== 'RECIPIENT' && !(p.role === 'PARTICIPANT' && p.actor.kind === 'official' && !initStates.has(ctx.officials.get(p.actor.slug)?.countryCode ?? '')));
    const theirs = expand(ctx, hosts, 'RECIPIENT', first.type);
    for (const p of theirs) later.add(`${p.role}|${key(p.actor)}`);
    out.push({ ...first, participants: [...own, ...theirs], date: date && date.start - g.end < 5 ? { date: date.date, precision: date.precision } : null, confidence: conf - 0.1 });
    at = g.end;
  }
  // The later counterparts are not the first act's (a meeting's roles may have read them all as its own).
  if (out.length) {
    const keep = first.participants.filter((p) => !later.has(`${p.role}|${key(p.actor)}`));
    if (keep.some((p) => p.role === 'RECIPIENT')) first.participants = keep;
  }
  return out;
}

/** The subjects and the objects of a clause paired in order ("... from Mali and Niger respectively"), when as many of each are told. */
export function respectively(ctx: EventCtx, h: Hit, r: Roles): [Mention[], Mention[]][] {
  const last = r.recipients.filter((m) => m.end > h.end).at(-1);
  if (!last || !/^\s*,?\s*respectively\b/i.test(ctx.text.slice(last.end, last.end + 16))) return [];
  const byState = (ms: Mention[]) => {
    const m = new Map<string, Mention[]>();
    for (const x of [...ms].sort((a, b) => a.start - b.start)) {
      const k = countryOfActor(ctx, x) ?? `${x.kind}:${x.id}`;
      m.set(k, [...(m.get(k) ?? []), x]);
    }
    return [...m.values()];
  };
  const subj = byState(r.initiators.filter((m) => m.end > 0 && m.end <= h.start));
  const obj = byState(r.recipients.filter((m) => m.start >= h.end));
  return subj.length > 1 && subj.length === obj.length ? subj.map((a, i): [Mention[], Mention[]] => [a, obj[i]!]) : [];
}

/** "each", "separately", "individually" right before the verb of the subjects: every subject acts on its own ("each a member of ...", an aside, does not). */
const EACH = /^\s*,?\s*(?:(?:have|has|had|will|would|also|then|later|now|all|\w+ly)\s+){0,3}(?:each|separately|individually)\s+(?:(?:have|has|had|also|\w+ly)\s+){0,2}$/i;

/**
 * "Spain, Ireland and Norway each recognised", "Japan and South Korea separately condemned":
 * the initiators told before the trigger as acting each on their own, grouped by state (an
 * official and the state act as one); none when they act together or the type is symmetric.
 */
export function eachActing(ctx: EventCtx, h: Hit, r: Roles): Mention[][] {
  // A symmetric act done each with one counterpart ("each signed the pact with the EU"): one per subject.
  if ((h.t.mode === 'symmetric' && !r.recipients.length) || r.initiators.length < 2) return [];
  const before = r.initiators.filter((m) => m.end > 0 && m.end <= h.start);
  const last = Math.max(0, ...before.map((m) => m.end));
  if (!last || h.start - last > 40 || !EACH.test(ctx.text.slice(last, h.start))) return [];
  const byState = new Map<string, Mention[]>();
  for (const m of r.initiators) {
    const k = countryOfActor(ctx, m) ?? `${m.kind}:${m.id}`;
    byState.set(k, [...(byState.get(k) ?? []), m]);
  }
  return byState.size > 1 ? [...byState.values()] : [];
}


const AS_AUX = String.raw`(?:did|do|does|has|have|had|was|were|is|are|will|would)`;
/** From the act's object to the subjects of its repetition: "..., as did ", "..., as have ", "..., just as " (no other clause between). */
const AS_INVERTED = new RegExp(String.raw`^[^,;:"“”]{0,60}?,\s*(?:just\s+|much\s+)?as\s+${AS_AUX}\s+(?:(?:also|earlier|already)\s+)?(?:the\s+)?$`, 'i');
const AS_PLAIN = /^[^,;:"“”]{0,60}?,\s*(?:just\s+|much\s+)?as\s+(?:the\s+)?$/i;
/** ... after the subjects: the clause ends ("as did France."), or its auxiliary follows ("as Nigeria had done"). */
const AS_INVERTED_END = /^\s*(?:[,.;)]|$|(?:on|in|last|earlier|later|too|also|hours|days|weeks|a\s+day)\b)/i;
const AS_AUX_AFTER = new RegExp(String.raw`^\s+(?:\w+ly\s+)?${AS_AUX}(?:\s+(?:done|so))?\s*(?:[,.;)]|$|(?:on|in|last|earlier|before)\b)`, 'i');

/**
 * "Britain summoned the Russian ambassador, as did France and Germany", "Spain has recognised
 * Palestine, as have Ireland and Norway", "..., just as Nigeria had done": the act told again
 * by the subjects after "as", with the act's object and modality (its day is its own).
 */
export function asDid(ctx: EventCtx, s: Sentence, h: Hit, r: Roles, first: RawEvent): RawEvent[] {
  const from = r.recipients.filter((m) => m.end > h.end).at(-1)?.end ?? h.end;
  if (!/,\s*(?:just\s+|much\s+)?as\s/i.test(ctx.text.slice(from, s.end))) return [];
  for (const g of groupsIn(ctx, from, s.end, [])) {
    const before = ctx.text.slice(from, g.start);
    const after = ctx.text.slice(g.end, Math.min(s.end + 1, g.end + 40));
    if (!((AS_INVERTED.test(before) && AS_INVERTED_END.test(after)) || (AS_PLAIN.test(before) && AS_AUX_AFTER.test(after)))) continue;
    const own = new Set(first.participants.filter((p) => p.role === 'INITIATOR').map((p) => key(p.actor)));
    const initiators = expand(ctx, g.items, 'INITIATOR', first.type);
    // The same subjects again are the same act.
    if (initiators.every((p) => p.role !== 'INITIATOR' || own.has(key(p.actor)))) return [];
    const mine = new Set(initiators.map((p) => key(p.actor)));
    const objects = first.participants.filter((p) => p.role === 'RECIPIENT' && !mine.has(key(p.actor)));
    return [{ ...first, participants: [...initiators, ...objects], date: null, confidence: first.confidence - 0.15 }];
  }
  return [];
}

/** "... in August 2020 and again in May 2021", "..., and again on 3 May": the act told a second time, with a date of its own. */
const AND_AGAIN = /^[^,;.:"“”]{0,90}?(?:,\s*|\s+)and\s+(?:then\s+)?(?:once\s+)?again\s+(?=(?:in|on)\s)/i;

/**
 * "Goïta, who seized power in Mali in August 2020 and again in May 2021": the same act again
 * at the later date (the first told with a date of its own, so the two stay apart).
 */
export function againLater(ctx: EventCtx, s: Sentence, h: Hit, first: RawEvent): RawEvent[] {
  if (!first.date) return [];
  const m = AND_AGAIN.exec(ctx.text.slice(h.end, s.end));
  if (!m) return [];
  const at = h.end + m[0].length;
  const d = findDates(ctx.text.slice(at, Math.min(s.end, at + 30)), at, ctx.publishedAt)[0];
  if (!d || d.start - at > 4 || d.date === first.date.date) return [];
  return [{ ...first, date: { date: d.date, precision: d.precision }, confidence: first.confidence - 0.1 }];
}
