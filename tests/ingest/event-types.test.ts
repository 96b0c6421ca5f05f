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
