// Last step: one event per real-world event (repeated mentions merge, keeping each evidence
// sentence), then a one-line summary.
import type { ActorRef, DiplomaticEventType, ExtractedEvent, ExtractedParticipant, ParticipantRole, PartialDate } from '../../types.ts';
import { COUNTRY_INFO } from '../countries.ts';
import { orgRecordFor } from '../entities.ts';
import { verbOf } from './catalog.ts';
import { key, type RawEvent } from './context.ts';

function roleKeys(ps: ExtractedParticipant[], role: ParticipantRole): Set<string> {
  return new Set(ps.filter((p) => p.role === role).map((p) => key(p.actor)));
}
const SYMMETRIC_TYPES = new Set<DiplomaticEventType>(['MEETING', 'NEGOTIATION', 'AGREEMENT_SIGNED', 'DIPLOMATIC_RELATIONS_ESTABLISHED']);
const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

const PREFIX = { YEAR: 4, MONTH: 7, DAY: 10 } as const;
/** Two dates of one event agree to the coarser precision ("May 2024" and "28 May 2024"). */
function datesAgree(a: PartialDate | null, b: PartialDate | null): boolean {
  if (!a || !b) return true;
  const n = Math.min(PREFIX[a.precision], PREFIX[b.precision]);
  return a.date.slice(0, n) === b.date.slice(0, n);
}

/**
 * Two meetings (or visits) of the same states by other people ("Biden met Xi", "Wang Yi held
 * talks with Blinken"): each names officials, and none of them is shared.
 */
function otherPeople(a: ExtractedParticipant[], b: ExtractedParticipant[]): boolean {
  const people = (ps: ExtractedParticipant[]) => new Set(ps.filter((p) => p.actor.kind === 'official').map((p) => key(p.actor)));
  const pa = people(a);
  const pb = people(b);
  return pa.size > 0 && pb.size > 0 && !intersects(pa, pb);
}

/**
 * Two officials of one state condemning the same act each make a statement of their own
 * ("Frederiksen condemned ... Rasmussen also condemned"): reactions whose speakers are named
 * and differ are different acts. The speakers are the officials listed with the initiators
 * (participants list the initiator side first).
 */
const REACTION_TYPES = new Set<DiplomaticEventType>(['CONDEMNATION', 'STATEMENT_OF_SUPPORT']);
/** ... and so are two seizures of power by named leaders who differ ("Traoré, who ousted Damiba ... Damiba had himself overthrown Kaboré"). */
const OWN_AUTHOR_TYPES = new Set<DiplomaticEventType>([...REACTION_TYPES, 'SEIZURE_OF_POWER']);
function speakers(ps: ExtractedParticipant[]): Set<string> {
  const firstRecipient = ps.findIndex((p) => p.role === 'RECIPIENT');
  return new Set(ps.slice(0, firstRecipient < 0 ? ps.length : firstRecipient).filter((p) => p.actor.kind === 'official').map((p) => key(p.actor)));
}
function otherSpeakers(a: ExtractedParticipant[], b: ExtractedParticipant[]): boolean {
  const sa = speakers(a);
  const sb = speakers(b);
  return sa.size > 0 && sb.size > 0 && !intersects(sa, sb);
}

/**
 * A sentence telling two acts of a symmetric kind with other parties ("initialled a peace
 * agreement and signed a joint declaration with Trump": the second has a third party) tells
 * two acts: another trigger of the same sentence whose reading names a party more.
 */
function otherPartiesHere(told: RawEvent[], r: RawEvent, parties: Set<string>): boolean {
  return told.some((x) => {
    if (x.sentence.start !== r.sentence.start || x.triggerStart === r.triggerStart) return false;
    const xs = new Set([...roleKeys(x.participants, 'INITIATOR'), ...roleKeys(x.participants, 'RECIPIENT')]);
    return parties.size > xs.size && [...xs].every((k) => parties.has(k));
  });
}

/**
 * One event per real-world event: same type, factuality, overlapping parties, compatible
 * dates. A raw event in `anew` is told as another act of its kind ("met again", "a second
 * meeting"): it opens an event of its own.
 */
export function mergeEvents(raws: RawEvent[], anew: ReadonlySet<RawEvent> = new Set()): Omit<ExtractedEvent, 'summary'>[] {
  const out: (Omit<ExtractedEvent, 'summary'> & { _i: Set<string>; _r: Set<string>; _told: RawEvent[] })[] = [];
  for (const r of raws) {
    const ri = roleKeys(r.participants, 'INITIATOR');
    const rr = roleKeys(r.participants, 'RECIPIENT');
    const parties = new Set([...ri, ...rr]);
    const ev = { start: r.sentence.start, end: r.sentence.end, sentence: r.sentence.text };
    const target = anew.has(r) ? undefined : out.find(
      (e) =>
        e.type === r.type &&
        e.factuality === r.factuality &&
        (SYMMETRIC_TYPES.has(r.type)
          ? [...parties].filter((k) => e._i.has(k) || e._r.has(k)).length >= 2 && !otherPeople(e.participants, r.participants) && !otherPartiesHere(e._told, r, parties)
          : (intersects(e._i, ri) || (!e._i.size && !ri.size)) && (intersects(e._r, rr) || !e._r.size || !rr.size) && !(r.type === 'VISIT' && otherPeople(e.participants, r.participants)) && !(OWN_AUTHOR_TYPES.has(r.type) && otherSpeakers(e.participants, r.participants))) &&
        datesAgree(e.date, r.date),
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
      // The finer of two agreeing dates: "in May" then "on 28 May".
      if (!target.date || (r.date && PREFIX[r.date.precision] > PREFIX[target.date.precision])) target.date = r.date;
      target.confidence = Math.min(1, Math.max(target.confidence, r.confidence) + 0.1);
      target._told.push(r);
      for (const k of ri) target._i.add(k);
      for (const k of rr) target._r.add(k);
      continue;
    }
    out.push({ type: r.type, date: r.date, factuality: r.factuality, confidence: r.confidence, participants: [...r.participants], evidence: [ev], _i: ri, _r: rr, _told: [r] });
  }
  return out.map(({ _i, _r, _told, ...e }) => {
    void _i;
    void _r;
    void _told;
    return e;
  });
}

function actorName(a: ActorRef): string {
  if (a.kind === 'country') return COUNTRY_INFO.get(a.code)?.name ?? a.code;
  if (a.kind === 'organization') return orgRecordFor(a.slug)?.name ?? a.slug;
  return a.slug;
}

export function summarise(e: Omit<ExtractedEvent, 'summary'>): string {
  const names = (role: ParticipantRole) => {
    const ns = e.participants.filter((p) => p.role === role && p.actor.kind !== 'official').map((p) => actorName(p.actor));
    return ns.length > 1 ? `${ns.slice(0, -1).join(', ')} and ${ns.at(-1)}` : (ns[0] ?? '');
  };
  const i = names('INITIATOR');
  const r = names('RECIPIENT');
  const [past, base] = verbOf(e.type);
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
