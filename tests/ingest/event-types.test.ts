// Every event type of the catalog (src/ingest/extract/events/catalog.ts) with its examples,
// run through the whole extractor: adding a type with patterns and examples adds its tests.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/ingest/extract/events/catalog.ts';
import type { DiplomaticEventType } from '../../src/ingest/types.ts';
import { extract, roles } from './helpers.ts';

const parties = (e: ReturnType<typeof extract>['events'][number], role: string) => roles(e, role).filter((x) => !x.includes('-') || !e.participants.some((p) => p.role === 'PARTICIPANT' && p.actor.kind === 'official' && p.actor.slug === x));

describe('event-type catalog', () => {
  for (const [type, spec] of Object.entries(EVENT_TYPES)) {
    describe(type, () => {
      it('has trigger patterns and examples', () => {
        expect(spec.triggers.length).toBeGreaterThan(0);
        expect(spec.examples.length).toBeGreaterThan(0);
      });
      for (const ex of spec.examples) {
        it(ex.text, () => {
          const es = extract(ex.text).events.filter((e) => e.type === (type as DiplomaticEventType));
          const want = ex.factuality ?? 'ASSERTED';
          const e = es.find((x) => x.factuality === want);
          expect(e, JSON.stringify(es.map((x) => [x.factuality, x.summary]))).toBeDefined();
          // No reading of the sentence may report it with another factuality.
          expect(es.filter((x) => x.factuality !== want)).toEqual([]);
          const sym = spec.triggers.every((t) => t.mode === 'symmetric');
          if (sym) {
            expect([...parties(e!, 'INITIATOR'), ...parties(e!, 'RECIPIENT')].sort()).toEqual([...ex.initiators, ...ex.recipients].sort());
          } else {
            if (ex.initiators.length) expect(parties(e!, 'INITIATOR')).toEqual(ex.initiators);
            expect(parties(e!, 'RECIPIENT')).toEqual(ex.recipients);
          }
        });
      }
    });
  }
});

// Phrasings that share a trigger's words but tell no event of its type.
describe('look-alikes that are not events of the type', () => {
  const cases: [DiplomaticEventType, string][] = [
    ['SEIZURE_OF_POWER', 'Since Prime Minister Giorgia Meloni came to power in 2022, Italy has tightened its migration rules.'],
    ['SEIZURE_OF_POWER', 'President Donald Trump returned to power in January after winning the election.'],
    ['SEIZURE_OF_POWER', 'The United Nations continues to seat the envoy of the ousted government of Afghanistan.'],
    ['SEIZURE_OF_POWER', 'Washington froze Afghan central bank assets after the takeover.'],
    ['SANCTIONS_IMPOSED', 'The Security Council ended its sanctions regime on Iraq in 2003.'],
    ['AGREEMENT_SIGNED', 'Chad said it was ending its defence cooperation agreement with France.'],
    ['AGREEMENT_SIGNED', 'The United States withdrew from the 2015 nuclear agreement with Iran in 2018.'],
    ['MILITARY_WITHDRAWAL', 'Hundreds of American troops are expected to leave bases in Iraq by September.'],
  ];
  for (const [type, text] of cases) {
    it(`${type}: ${text}`, () => {
      const asserted = extract(text).events.filter((e) => e.type === type && e.factuality === 'ASSERTED');
      expect(asserted.map((e) => e.summary)).toEqual([]);
    });
  }
});
