// Speech and contact events (issue 15): condemnation, support, meetings, visits and talks told
// in the constructions of real reporting. Sentences of our own, each asserting type, roles and
// factuality, with a not-happened case per mechanism.
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../../src/ingest/types.ts';
import { extract, roles } from './helpers.ts';

const ofType = (body: string, type: string): ExtractedEvent[] => extract(body).events.filter((e) => e.type === type);
const one = (body: string, type: string): ExtractedEvent => {
  const es = ofType(body, type);
  expect(es).toHaveLength(1);
  return es[0]!;
};

describe('speech and contact: whose clause a verb is in', () => {
  it('lets a gerund adjunct share the subject of its clause ("before flying on to")', () => {
    const body = 'Japanese Foreign Minister Yoko Kamikawa met President Ferdinand Marcos in Manila on Monday before flying on to Hanoi for talks with Vietnamese officials.';
    const visits = ofType(body, 'VISIT');
    expect(visits.map((e) => roles(e, 'RECIPIENT')).sort()).toEqual([['PH'], ['VN']]);
    for (const e of visits) expect(roles(e, 'INITIATOR')).toEqual(['JP']);
    const talks = ofType(body, 'MEETING').find((e) => roles(e, 'RECIPIENT').includes('VN'));
    expect(talks && roles(talks, 'INITIATOR')).toEqual(['JP']);
    expect(talks?.factuality).toBe('ASSERTED');
  });

  it('does not make a gerund adjunct of a planned trip a visit that happened', () => {
    const e = one('The Indian prime minister will address parliament in Delhi before travelling to Japan next week.', 'VISIT');
    expect(roles(e, 'INITIATOR')).toEqual(['IN']);
    expect(roles(e, 'RECIPIENT')).toEqual(['JP']);
    expect(e.factuality).toBe('FUTURE');
  });

  it('skips a relative clause with commas of its own between the subject and its verb', () => {
    const body = 'Brazil recognised a Palestinian state on Monday. Chinese Foreign Minister Wang Yi, who met the Brazilian ambassador in Beijing, Marcos Galvão, on Sunday, called the decision \"wise and courageous\".';
    const e = one(body, 'STATEMENT_OF_SUPPORT');
    expect(roles(e, 'INITIATOR')).toEqual(['CN']);
    expect(roles(e, 'RECIPIENT')).toEqual(['BR']);
  });
});
