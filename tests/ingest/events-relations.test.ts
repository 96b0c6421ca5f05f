// Relations, envoys and membership (issue 15, X3): credentials, expulsions announced with a
// deadline, the other side of an act left unsaid, "the junta", elided verb phrases.
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../../src/ingest/types.ts';
import { extract, roles } from './helpers.ts';

const ofType = (body: string, type: string): ExtractedEvent[] => extract(body).events.filter((e) => e.type === type);
const only = (body: string, type: string) => {
  const es = ofType(body, type);
  expect(es).toHaveLength(1);
  return es[0]!;
};

describe('credentials: the envoy and the sending state present them, the host receives', () => {
  it('reads "accepted the credentials of" with the envoy side as initiator', () => {
    const e = only("Mexico's President Claudia Sheinbaum accepted the credentials of the ambassador of Kenya on Thursday.", 'AMBASSADOR_ACCREDITED');
    expect(roles(e, 'INITIATOR')).toEqual(['KE']);
    expect(roles(e, 'RECIPIENT')).toEqual(['MX']);
    expect(e.factuality).toBe('ASSERTED');
  });
  it('reads "received the credentials of" an envoy named in apposition', () => {
    const e = only('The Japanese foreign ministry said it had received the credentials of Ali Hassan, the new ambassador of Somalia.', 'AMBASSADOR_ACCREDITED');
    expect(roles(e, 'INITIATOR')).toEqual(['SO']);
    expect(roles(e, 'RECIPIENT')).toEqual(['JP']);
  });
  it('reads "presented credentials to" with the subject as initiator', () => {
    const e = only('The Chilean ambassador presented his credentials to King Felipe of Spain on Friday.', 'AMBASSADOR_ACCREDITED');
    expect(roles(e, 'INITIATOR')).toEqual(['CL']);
    expect(roles(e, 'RECIPIENT')).toEqual(['ES']);
  });
  it('keeps a refusal negated', () => {
    const e = only('President Milei refused to accept the credentials of the ambassador of Venezuela.', 'AMBASSADOR_ACCREDITED');
    expect(e.factuality).toBe('NEGATED');
  });
});

describe('expulsions', () => {
  it('reads an order to leave whose object has an apposition after a comma', () => {
    const e = only('Ankara ordered four Dutch diplomats, including the deputy ambassador, to leave Turkey within a week.', 'DIPLOMAT_EXPELLED');
    expect(roles(e, 'INITIATOR')).toEqual(['TR']);
    expect(roles(e, 'RECIPIENT')).toEqual(['NL']);
  });
  it('takes an announced expulsion as the decision made ("will expel ... by")', () => {
    const e = only('Estonia will expel three Russian diplomats by Friday, its foreign ministry said.', 'DIPLOMAT_EXPELLED');
    expect(e.factuality).toBe('ASSERTED');
    expect(roles(e, 'RECIPIENT')).toEqual(['RU']);
  });
  it('keeps a conditional or reported-future expulsion not asserted', () => {
    expect(only('Estonia will expel three Russian diplomats if the embassy does not cut its staff.', 'DIPLOMAT_EXPELLED').factuality).not.toBe('ASSERTED');
    expect(only('Latvia said it would expel Belarusian diplomats.', 'DIPLOMAT_EXPELLED').factuality).not.toBe('ASSERTED');
  });
  it('reads "the junta" as the rulers of the country whose seizure of power was told', () => {
    const e = only('Soldiers seized power in Guinea in September. The junta ordered the Belgian ambassador to leave the country.', 'DIPLOMAT_EXPELLED');
    expect(roles(e, 'INITIATOR')).toEqual(['GN']);
    expect(roles(e, 'RECIPIENT')).toEqual(['BE']);
  });
});

describe('the other side of a relation act left unsaid', () => {
  it('shares the counterpart of the act before it in the sentence', () => {
    const e = only('Ecuador was withdrawing its diplomats from Managua and placing relations "on hold".', 'DIPLOMATIC_RELATIONS_SEVERED');
    expect(roles(e, 'INITIATOR')).toEqual(['EC']);
    expect(roles(e, 'RECIPIENT')).toEqual(['NI']);
  });
  it('gives a second state the first act\'s recipient', () => {
    const es = ofType('Bolivia cut ties with Iran in May, and Peru suspended relations the same week.', 'DIPLOMATIC_RELATIONS_SEVERED');
    expect(es.map((e) => [roles(e, 'INITIATOR'), roles(e, 'RECIPIENT')]).sort()).toEqual([[['BO'], ['IR']], [['PE'], ['IR']]]);
  });
  it('keeps a negated act negated and finds nothing without an act before it', () => {
    const e = only('Bolivia cut ties with Iran in May. Chile and Peru have recalled their envoys but have not broken relations.', 'AMBASSADOR_RECALLED');
    expect(roles(e, 'RECIPIENT')).toEqual(['IR']);
    const sev = ofType('Bolivia cut ties with Iran in May. Chile and Peru have recalled their envoys but have not broken relations.', 'DIPLOMATIC_RELATIONS_SEVERED');
    expect(sev.find((x) => roles(x, 'INITIATOR').includes('CL'))?.factuality).toBe('NEGATED');
    expect(ofType('Chile and Peru have recalled their envoys for consultations.', 'AMBASSADOR_RECALLED')).toHaveLength(0);
  });
});

describe('an elided verb phrase repeats the act told before', () => {
  it('reads "did the same" with its own subject', () => {
    const es = ofType('Iceland and Malta recognized the State of Palestine on Monday, and Slovenia did the same a week later.', 'RECOGNITION');
    const si = es.find((e) => roles(e, 'INITIATOR').includes('SI'));
    expect(si && roles(si, 'RECIPIENT')).toEqual(['PS']);
    expect(si?.factuality).toBe('ASSERTED');
  });
  it('reads "did so" after a semicolon', () => {
    const es = ofType('Chad was the last of the neighbours to restore ties with Sudan; Niger and Libya did so in 2022.', 'DIPLOMATIC_RELATIONS_ESTABLISHED');
    const nl = es.find((e) => roles(e, 'INITIATOR').includes('NE'));
    expect(nl && [...roles(nl, 'INITIATOR'), ...roles(nl, 'RECIPIENT')].sort()).toEqual(['LY', 'NE', 'SD']);
  });
  it('reads the modality of the elided phrase', () => {
    const body = 'Iceland recognized the State of Palestine on Monday. Norway will do so next week, and Denmark would do so if a ceasefire held.';
    const es = ofType(body, 'RECOGNITION');
    expect(es.find((e) => roles(e, 'INITIATOR').includes('NO'))?.factuality).toBe('FUTURE');
    expect(es.find((e) => roles(e, 'INITIATOR').includes('DK'))?.factuality).toBe('HYPOTHETICAL');
  });
});

describe('switching recognition between the two Chinese governments', () => {
  it('ends relations with the government left and establishes them with the one recognized', () => {
    const body = 'Honduras switched recognition from Taipei to Beijing on Sunday.';
    expect(roles(only(body, 'RECOGNITION'), 'RECIPIENT')).toEqual(['CN']);
    const sev = only(body, 'DIPLOMATIC_RELATIONS_SEVERED');
    expect([roles(sev, 'INITIATOR'), roles(sev, 'RECIPIENT')]).toEqual([['HN'], ['TW']]);
    const est = only(body, 'DIPLOMATIC_RELATIONS_ESTABLISHED');
    expect([...roles(est, 'INITIATOR'), ...roles(est, 'RECIPIENT')].sort()).toEqual(['CN', 'HN']);
  });
  it('leaves the other Chinese government when only the new one is named, with the same modality', () => {
    const sev = only('Saint Lucia may switch its recognition to Beijing next year.', 'DIPLOMATIC_RELATIONS_SEVERED');
    expect(roles(sev, 'RECIPIENT')).toEqual(['TW']);
    expect(sev.factuality).toBe('HYPOTHETICAL');
  });
  it('reads "no longer recognises" as relations ended, and a possible one as hypothetical', () => {
    const e = only('Nauru said on Monday that it no longer recognised the government in Taipei.', 'DIPLOMATIC_RELATIONS_SEVERED');
    expect([roles(e, 'INITIATOR'), roles(e, 'RECIPIENT'), e.factuality]).toEqual([['NR'], ['TW'], 'ASSERTED']);
    expect(only('Palau may no longer recognise Taiwan after the vote.', 'DIPLOMATIC_RELATIONS_SEVERED').factuality).toBe('HYPOTHETICAL');
  });
});

describe('a subject described by an apposition naming another actor', () => {
  it('keeps the actor after "the main backer of" out of the act', () => {
    const e = only('Iran, the main backer of Hezbollah, recalled its ambassador from Bahrain on Monday.', 'AMBASSADOR_RECALLED');
    expect([roles(e, 'INITIATOR'), roles(e, 'RECIPIENT')]).toEqual([['IR'], ['BH']]);
  });
});

describe('joining without naming the body again', () => {
  it('joins the body of the membership told just before', () => {
    const es = ofType('Ghana joined the Commonwealth in 1957. Nigeria joined three years later, and Kenya came on board in 1963.', 'MEMBERSHIP_JOINED');
    expect(es.map((e) => roles(e, 'INITIATOR')[0]).sort()).toEqual(['GH', 'KE', 'NG']);
    for (const e of es) expect(roles(e, 'RECIPIENT')).toEqual(['commonwealth-of-nations']);
  });
  it('keeps a standing ("was a full member") and an object that is no body out of it, and a refusal negated', () => {
    expect(ofType('Ghana joined the Commonwealth in 1957. Britain was a full member, too.', 'MEMBERSHIP_JOINED')).toHaveLength(1);
    expect(ofType('Ghana joined the Commonwealth in 1957. Nigeria joined the protests in 1960.', 'MEMBERSHIP_JOINED')).toHaveLength(1);
    const neg = ofType('Ghana joined the Commonwealth in 1957. Zimbabwe has not joined since.', 'MEMBERSHIP_JOINED').filter((e) => roles(e, 'INITIATOR').includes('ZW'));
    expect(neg.map((e) => e.factuality)).toEqual(['NEGATED']);
  });
});

describe('envoys told by pronouns and by taking up a post', () => {
  it('reads "took up his post" of an envoy as accredited in the host country', () => {
    const e = only("Egypt's new ambassador to Turkey, Amr Elhamamy, took up his post in Ankara on Monday.", 'AMBASSADOR_ACCREDITED');
    expect([roles(e, 'INITIATOR'), roles(e, 'RECIPIENT')]).toEqual([['EG'], ['TR']]);
    expect(ofType('The new finance minister took up his post in Ankara on Monday.', 'AMBASSADOR_ACCREDITED')).toHaveLength(0);
  });
  it('reads "recalled him" after an envoy was ordered out: the host that expelled him is left', () => {
    const e = only('Soldiers seized power in Guinea in September. The junta ordered the Belgian ambassador, Marc Dubois, to leave the country, and Brussels recalled him in October.', 'AMBASSADOR_RECALLED');
    expect([roles(e, 'INITIATOR'), roles(e, 'RECIPIENT')]).toEqual([['BE'], ['GN']]);
    expect(ofType('Brussels recalled him in October.', 'AMBASSADOR_RECALLED')).toHaveLength(0);
  });
  it('reads "ordered his expulsion" of the envoy named before, and a threat as not asserted', () => {
    const body = 'Soldiers seized power in Guinea in September. The Belgian ambassador, Marc Dubois, left Conakry weeks after the junta had ordered his expulsion.';
    const e = only(body, 'DIPLOMAT_EXPELLED');
    expect([roles(e, 'INITIATOR'), roles(e, 'RECIPIENT').filter((x) => x.length === 2)]).toEqual([['GN'], ['BE']]);
    const t = only('The Belgian ambassador, Marc Dubois, was summoned after Guinea threatened to demand his expulsion.', 'DIPLOMAT_EXPELLED');
    expect(t.factuality).toBe('HYPOTHETICAL');
  });
});

describe('an elided switch of recognition', () => {
  it('repeats every event the switch made, for the new subject', () => {
    const body = 'Panama switched recognition to Beijing in 2017, and El Salvador did the same a year later.';
    const sv = extract(body).events.filter((e) => roles(e, 'INITIATOR').includes('SV'));
    expect(sv.map((e) => `${e.type}:${roles(e, 'RECIPIENT').join(',')}`).sort()).toEqual(['DIPLOMATIC_RELATIONS_ESTABLISHED:CN', 'DIPLOMATIC_RELATIONS_SEVERED:TW', 'RECOGNITION:CN']);
  });
});
