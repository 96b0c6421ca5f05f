import { describe, expect, it } from 'vitest';
import { extract, roles } from './helpers.ts';

const only = (body: string, type: string) => {
  const es = extract(body).events.filter((e) => e.type === type);
  expect(es).toHaveLength(1);
  return es[0]!;
};

describe('events: roles', () => {
  it('reads active voice: subject initiates, object receives', () => {
    const e = only('Poland expelled three Belarusian diplomats on Tuesday.', 'DIPLOMAT_EXPELLED');
    expect(roles(e, 'INITIATOR')).toEqual(['PL']);
    expect(roles(e, 'RECIPIENT')).toEqual(['BY']);
  });

  it('reads passive voice: the "by" agent initiates', () => {
    const e = only('Kosovo was recognised by Ghana in 2012.', 'RECOGNITION');
    expect(roles(e, 'INITIATOR')).toEqual(['GH']);
    expect(roles(e, 'RECIPIENT')).toEqual(['XK']);
  });

  it('reads nominal triggers with premodifiers and prepositions', () => {
    const e = only('After the French and British withdrawal from Mali, the junta hardened its stance.', 'MILITARY_WITHDRAWAL');
    expect(roles(e, 'INITIATOR')).toEqual(['FR', 'GB']);
    expect(roles(e, 'RECIPIENT')).toEqual(['ML']);
  });

  it('keeps the state "its" refers to as the subject of an envoy named in apposition', () => {
    const e = only('Germany has recalled its ambassador to Russia, Alexander Graf Lambsdorff, for consultations.', 'AMBASSADOR_RECALLED');
    expect(roles(e, 'INITIATOR')).toEqual(['DE']);
    expect(roles(e, 'RECIPIENT')).toEqual(['RU']);
    expect(roles(e, 'PARTICIPANT')).toEqual(['alexander-graf-lambsdorff']);
  });

  it('reads a passive envoy clause: the envoy\'s side receives, the host acts', () => {
    const a = only('Poland said it would close the consulate. The Russian chargé d\'affaires was summoned to the foreign ministry on Monday.', 'AMBASSADOR_SUMMONED');
    expect(roles(a, 'INITIATOR')).toEqual(['PL']);
    expect(roles(a, 'RECIPIENT')).toEqual(['RU']);
    const b = only('Three Belarusian diplomats were expelled by Lithuania.', 'DIPLOMAT_EXPELLED');
    expect(roles(b, 'INITIATOR')).toEqual(['LT']);
    expect(roles(b, 'RECIPIENT')).toEqual(['BY']);
  });

  it('marks mediators and keeps them out of the parties', () => {
    const e = only('Armenia and Azerbaijan signed a peace agreement brokered by the United States.', 'AGREEMENT_SIGNED');
    expect(roles(e, 'MEDIATOR')).toEqual(['US']);
    expect([...roles(e, 'INITIATOR'), ...roles(e, 'RECIPIENT')].sort()).toEqual(['AM', 'AZ']);
  });

  it('joins an organization through membership verbs, never a country', () => {
    const e = only('Sweden joined NATO in March 2024.', 'MEMBERSHIP_JOINED');
    expect(roles(e, 'RECIPIENT')).toEqual(['nato']);
    expect(extract('China joined Russia in voting against the text.').events.filter((x) => x.type === 'MEMBERSHIP_JOINED')).toHaveLength(0);
  });

  it('lets officials act for their country and lists them as participants', () => {
    const e = only('Chinese Foreign Minister Wang Yi visited Kenya on Monday.', 'VISIT');
    expect(roles(e, 'INITIATOR')).toEqual(['CN']);
    expect(roles(e, 'PARTICIPANT')).toEqual(['wang-yi']);
    expect(roles(e, 'RECIPIENT')).toEqual(['KE']);
  });

  it('resolves pronoun subjects and "the group" anaphors', () => {
    const e = only('Honduras established diplomatic relations with China, days after it severed ties with Taiwan.', 'DIPLOMATIC_RELATIONS_SEVERED');
    expect(roles(e, 'INITIATOR')).toEqual(['HN']);
    expect(roles(e, 'RECIPIENT')).toEqual(['TW']);
    const s = only('The Houthis attacked ships, and Washington designated the group as a terrorist organisation.', 'DESIGNATION_ADDED');
    expect(roles(s, 'RECIPIENT')).toEqual(['houthis']);
  });

  it('needs actors: trigger words alone make no event', () => {
    expect(extract('The recognition drew widespread condemnation and calls for sanctions.').events).toEqual([]);
  });

  it('merges repeated mentions of one event and keeps each evidence sentence', () => {
    const body = 'Hungary has left the International Criminal Court. Officials confirmed that Hungary left the ICC after a vote.';
    const e = only(body, 'MEMBERSHIP_LEFT');
    expect(e.evidence).toHaveLength(2);
    for (const ev of e.evidence) expect(body.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it('merges mentions whose dates agree to the coarser precision and keeps the finer date', () => {
    const e = only('Poland expelled three Belarusian diplomats in May 2024. Poland expelled the three Belarusian diplomats on 28 May 2024, officials said.', 'DIPLOMAT_EXPELLED');
    expect(e.evidence).toHaveLength(2);
    expect(e.date).toEqual({ date: '2024-05-28', precision: 'DAY' });
    expect(extract('Poland expelled three Belarusian diplomats on 2 May 2024. Poland expelled three Belarusian diplomats on 28 May 2024.').events.filter((x) => x.type === 'DIPLOMAT_EXPELLED')).toHaveLength(2);
  });

  it('splits sanctions by sanctioning authority', () => {
    const es = extract('The United States and the European Union imposed sanctions on Iran.').events.filter((e) => e.type === 'SANCTIONS_IMPOSED');
    expect(es.map((e) => roles(e, 'INITIATOR')[0]).sort()).toEqual(['US', 'european-union']);
  });
});

describe('events: structure of real reporting', () => {
  it('does not take the initiator\'s own side as the recipient', () => {
    const e = only('Vice President JD Vance flew to the American military base at Pituffik in northern Greenland on Friday.', 'VISIT');
    expect(roles(e, 'INITIATOR')).toEqual(['US']);
    expect(roles(e, 'RECIPIENT')).toEqual(['GL']);
  });

  it('skips an apposition naming another actor as possessor', () => {
    const body = 'Moldova expelled 45 Russian diplomats on Wednesday. Romania, Moldova\'s neighbour and closest ally, backed the decision.';
    const e = only(body, 'STATEMENT_OF_SUPPORT');
    expect(roles(e, 'INITIATOR')).toEqual(['RO']);
    expect(roles(e, 'RECIPIENT')).toEqual(['MD']);
  });

  it('answers reactions to "the decisions", "the allegations", "the aid", "it" and "the coup" with the act they name', () => {
    const lead = 'Britain, Canada and Australia recognized the State of Palestine on Sunday.';
    const c = only(`${lead} Israeli Prime Minister Benjamin Netanyahu condemned the decisions as a reward for terrorism.`, 'CONDEMNATION');
    expect(roles(c, 'INITIATOR')).toEqual(['IL']);
    expect(roles(c, 'RECIPIENT')).toEqual(['AU', 'CA', 'GB']);
    const w = only(`${lead} Hamas welcomed them.`, 'STATEMENT_OF_SUPPORT');
    expect(roles(w, 'INITIATOR')).toEqual(['hamas']);
    expect(roles(w, 'RECIPIENT')).toEqual(['AU', 'CA', 'GB']);
    const a = only('India expelled six Canadian diplomats on Monday. Canada rejected the allegations.', 'CONDEMNATION');
    expect(roles(a, 'INITIATOR')).toEqual(['CA']);
    expect(roles(a, 'RECIPIENT')).toEqual(['IN']);
    const aid = only('The United States announced $500 million in military aid for Ukraine on Monday. Russia condemned the aid.', 'CONDEMNATION');
    expect(roles(aid, 'RECIPIENT')).toEqual(['US']);
    const k = only('Gabonese officers seized power on Wednesday. France, the former colonial power, which keeps soldiers in Gabon, condemned the coup.', 'CONDEMNATION');
    expect(roles(k, 'INITIATOR')).toEqual(['FR']);
    expect(roles(k, 'RECIPIENT')).toEqual(['GA']);
  });

  it('reads a relative clause with its own subject as acting on its antecedent', () => {
    const e = only('NATO, which Finland joined last year, said it was following developments.', 'MEMBERSHIP_JOINED');
    expect(roles(e, 'INITIATOR')).toEqual(['FI']);
    expect(roles(e, 'RECIPIENT')).toEqual(['nato']);
  });

  it('keeps the possessor of an apposition to a non-actor ("Belavia, Belarus\'s state airline")', () => {
    const e = only('The United States lifted sanctions on Belavia, Belarus\'s state airline, on Thursday.', 'SANCTIONS_LIFTED');
    expect(roles(e, 'INITIATOR')).toEqual(['US']);
    expect(roles(e, 'RECIPIENT')).toEqual(['BY']);
  });

  it('gives a coordinated predicate the subject of its conjunct, or of the sentence after ", and"', () => {
    const near = only('Parliament voted on Monday, days after Prime Minister Ulf Kristersson of Sweden travelled to Budapest and signed an agreement with Prime Minister Viktor Orban.', 'AGREEMENT_SIGNED');
    expect([...roles(near, 'INITIATOR'), ...roles(near, 'RECIPIENT')].sort()).toEqual(['HU', 'SE']);
    const top = only('Saudi Foreign Minister Prince Faisal bin Farhan arrived in Kyiv on the first visit since Russia\'s invasion began, and signed agreements with Ukraine.', 'AGREEMENT_SIGNED');
    expect([...roles(top, 'INITIATOR'), ...roles(top, 'RECIPIENT')].sort()).toEqual(['SA', 'UA']);
  });

  it('ends a clause before ", and" opening a clause with its own subject', () => {
    for (const body of [
      'Brazil, Colombia and Argentina condemned the raid, and the Organization of American States said the premises had to be respected.',
      "Brazil, Colombia and Argentina condemned the raid, and the Organization of American States' secretary general, Luis Almagro, said the premises had to be respected.",
    ]) {
      const es = extract(body).events;
      expect(es.filter((e) => e.type === 'CONDEMNATION' && roles(e, 'RECIPIENT').includes('oas'))).toEqual([]);
    }
    // A list going on after ", and" is not a new clause.
    const aid = extract('The United States provided military aid to Ukraine, Israel, and Taiwan, officials said.').events.filter((e) => e.type === 'AID_PROVIDED');
    expect(aid.flatMap((e) => roles(e, 'RECIPIENT')).sort()).toEqual(['IL', 'TW', 'UA']);
  });

  it('reads the author of an act heading a relative clause and a possessor inside the trigger', () => {
    const e = only('The step follows a ruling by Russia\'s Supreme Court in April that lifted the Taliban\'s designation as a terrorist organisation.', 'DESIGNATION_REMOVED');
    expect(roles(e, 'INITIATOR')).toEqual(['RU']);
    expect(roles(e, 'RECIPIENT')).toEqual(['taliban']);
  });

  it('reads "a meeting of their delegations" as the subject\'s, and an institution\'s seat as a place', () => {
    const e = only('Bahrain and Qatar agreed on Wednesday to restore relations, following a meeting of their delegations at the headquarters of the Gulf Cooperation Council.', 'MEETING');
    expect([...roles(e, 'INITIATOR'), ...roles(e, 'RECIPIENT')].sort()).toEqual(['BH', 'QA']);
  });

  it('reads on past a short quotation inside the clause', () => {
    const e = only('The Indian foreign ministry said it had decided to withdraw its own high commissioner and other "targeted" officials from Ottawa.', 'AMBASSADOR_RECALLED');
    expect(roles(e, 'INITIATOR')).toEqual(['IN']);
    expect(roles(e, 'RECIPIENT')).toEqual(['CA']);
  });

  it('admits a state to the body named after "to"', () => {
    const e = extract('The ministers readmitted Syria to the Arab League on Sunday.').events.find((x) => x.type === 'MEMBERSHIP_JOINED');
    expect(e && roles(e, 'INITIATOR')).toEqual(['SY']);
    expect(e && roles(e, 'RECIPIENT')).toEqual(['arab-league']);
  });
});

describe('events: the headline as antecedent', () => {
  const body = "Sweden became the alliance's 32nd member on Thursday when Prime Minister Ulf Kristersson handed over the instrument of accession.";
  it('resolves "the alliance" to the body named only in the headline', () => {
    const es = extract(body, undefined, "Sweden Becomes NATO's 32nd Member").events.filter((e) => e.type === 'MEMBERSHIP_JOINED');
    expect(es).toHaveLength(1);
    expect(roles(es[0]!, 'INITIATOR')).toEqual(['SE']);
    expect(roles(es[0]!, 'RECIPIENT')).toEqual(['nato']);
  });
  it('finds no body to join when neither headline nor body names one', () => {
    expect(extract(body, undefined, 'Sweden takes its seat').events.filter((e) => e.type === 'MEMBERSHIP_JOINED')).toHaveLength(0);
  });
});

describe('events: factuality', () => {
  const f = (body: string, type: string) => only(body, type).factuality;
  it('flags negation', () => {
    expect(f('Serbia has not recognised Kosovo.', 'RECOGNITION')).toBe('NEGATED');
    expect(f('Argentina declined to join BRICS.', 'MEMBERSHIP_JOINED')).toBe('NEGATED');
  });
  it('flags hypotheticals', () => {
    expect(f('Analysts said Nigeria may recognise Kosovo soon.', 'RECOGNITION')).toBe('HYPOTHETICAL');
    expect(f('Washington could impose sanctions on Venezuela.', 'SANCTIONS_IMPOSED')).toBe('HYPOTHETICAL');
  });
  it('flags future plans', () => {
    expect(f('Hungary plans to withdraw from the International Criminal Court.', 'MEMBERSHIP_LEFT')).toBe('FUTURE');
    expect(f('Brazil is expected to expel two Venezuelan diplomats.', 'DIPLOMAT_EXPELLED')).toBe('FUTURE');
  });
  it('reads the modality of the trigger after a parenthetical relative clause', () => {
    const e = only('Congo and Rwanda signed a peace deal. The European Union, which had threatened to review a minerals partnership with Rwanda, welcomed the deal.', 'STATEMENT_OF_SUPPORT');
    expect(e.factuality).toBe('ASSERTED');
    expect(roles(e, 'INITIATOR')).toEqual(['european-union']);
  });
  it('keeps plain reports asserted', () => {
    expect(f('Ecuador expelled the Mexican ambassador.', 'DIPLOMAT_EXPELLED')).toBe('ASSERTED');
    // A past vote to do something is the act, however many adverbials precede its "to".
    expect(f('Arab foreign ministers voted unanimously on Sunday in Cairo to readmit Syria to the Arab League.', 'MEMBERSHIP_JOINED')).toBe('ASSERTED');
    expect(f('The Arab League will vote on Sunday to readmit Syria.', 'MEMBERSHIP_JOINED')).toBe('FUTURE');
    // Rejecting an act is the condemnation itself, not a refusal to act.
    const c = only('Paraguay recognized Kosovo on Friday. Serbia rejected the decision.', 'CONDEMNATION');
    expect(c.factuality).toBe('ASSERTED');
    expect(roles(c, 'RECIPIENT')).toEqual(['PY']);
  });
});

describe('events: speech and contact roles', () => {
  it('gives a pronoun in reported speech to the speaker, not to the sentence subject', () => {
    const e = only('Kenya hosted the talks on Friday, hours after the Ethiopian foreign ministry said in a statement that it firmly condemned Eritrea.', 'CONDEMNATION');
    expect(roles(e, 'INITIATOR')).toEqual(['ET']);
    expect(roles(e, 'RECIPIENT')).toEqual(['ER']);
    const d = only('Australia, which has no embassy in Honiara, said it was "deeply disappointed" by the Solomon Islands\' decision.', 'CONDEMNATION');
    expect(roles(d, 'INITIATOR')).toEqual(['AU']);
    expect(roles(d, 'RECIPIENT')).toEqual(['SB']);
  });

  it('skips an aside between the subject and its verb', () => {
    const e = only('Chancellor Olaf Scholz, speaking in Berlin after a call with European leaders, condemned the unprovoked attack by Russian forces.', 'CONDEMNATION');
    expect(roles(e, 'INITIATOR')).toEqual(['DE']);
    expect(roles(e, 'RECIPIENT')).toEqual(['RU']);
  });

  it('reads "negotiators from A, B and C" as the states negotiating', () => {
    const e = only('Negotiators from Sudan, Egypt and Ethiopia began a new round of talks in Khartoum.', 'NEGOTIATION');
    expect(roles(e, 'INITIATOR').sort()).toEqual(['EG', 'ET', 'SD']);
    const b = only('Oman hosted talks between Iran and the United States on Saturday.', 'NEGOTIATION');
    expect([...roles(b, 'INITIATOR'), ...roles(b, 'RECIPIENT')]).toEqual(expect.arrayContaining(['IR', 'US']));
  });

  it('reads support with an adverb, "came out in support of", "the junta in <capital>"', () => {
    expect(roles(only('Chile stood squarely behind Argentina in the dispute.', 'STATEMENT_OF_SUPPORT'), 'RECIPIENT')).toEqual(['AR']);
    const e = only('Guinea came out in support of the junta in Bamako.', 'STATEMENT_OF_SUPPORT');
    expect(roles(e, 'INITIATOR')).toEqual(['GN']);
    expect(roles(e, 'RECIPIENT')).toEqual(['ML']);
  });

  it('keeps "was quick to" an act done, not a plan', () => {
    const e = only('Serbia was quick to side with Hungary.', 'STATEMENT_OF_SUPPORT');
    expect(e.factuality).toBe('ASSERTED');
    expect(roles(e, 'RECIPIENT')).toEqual(['HU']);
  });
});

describe('events: reactions to acts named earlier', () => {
  it('answers "the visit" with the visitor', () => {
    const es = extract('Prime Minister Shehbaz Sharif visited Beijing on Monday. India called the visit "a provocation".').events.filter((e) => e.type === 'CONDEMNATION');
    expect(es).toHaveLength(1);
    expect(roles(es[0]!, 'INITIATOR')).toEqual(['IN']);
    expect(roles(es[0]!, 'RECIPIENT')).toEqual(['PK']);
  });

  it('answers "the invasion" or "the raid" with the state told as its author, in active and passive voice', () => {
    const a = only("Iraq's invasion of Kuwait began at dawn. Egypt condemned the invasion.", 'CONDEMNATION');
    expect(roles(a, 'RECIPIENT')).toEqual(['IQ']);
    const b = only('Turkish troops stormed the border town. The raid was condemned by Greece and Cyprus.', 'CONDEMNATION');
    expect(roles(b, 'INITIATOR').sort()).toEqual(['CY', 'GR']);
    expect(roles(b, 'RECIPIENT')).toEqual(['TR']);
  });

  it('reads "drew condemnation from": the source condemns the subject', () => {
    const e = only("Israel's decision drew sharp criticism from Jordan and Egypt.", 'CONDEMNATION');
    expect(roles(e, 'INITIATOR').sort()).toEqual(['EG', 'JO']);
    expect(roles(e, 'RECIPIENT')).toEqual(['IL']);
  });

  it('names a leader "a dictator" as a condemnation', () => {
    const e = only('Chile\'s foreign minister called Nicolás Maduro "a dictator" on Monday.', 'CONDEMNATION');
    expect(roles(e, 'INITIATOR')).toEqual(['CL']);
  });
});

describe('events: meetings and visits', () => {
  it('reads a passive meeting, and the guest received at home visits', () => {
    const es = extract('Prime Minister Narendra Modi was received by President Emmanuel Macron at the Elysee Palace in Paris on Friday.').events;
    const m = es.find((e) => e.type === 'MEETING');
    expect(m && [...roles(m, 'INITIATOR'), ...roles(m, 'RECIPIENT')].sort()).toEqual(['FR', 'IN']);
    const v = es.find((e) => e.type === 'VISIT');
    expect(v && roles(v, 'INITIATOR')).toEqual(['IN']);
    expect(v && roles(v, 'RECIPIENT')).toEqual(['FR']);
  });

  it('keeps a visit during which something was prepared asserted', () => {
    expect(only('Foreign Minister Sergey Lavrov had prepared the summit during a visit to Hanoi in June.', 'VISIT').factuality).toBe('ASSERTED');
  });
});

describe('events: reactions to the other side', () => {
  it('does not take the initiator\'s own state named in the object as the recipient', () => {
    const es = extract('Prime Minister Narendra Modi visited Dhaka on Monday, hours after the Pakistani foreign ministry said in a statement that it condemned the visit as a violation of Pakistan\'s interests.').events.filter((e) => e.type === 'CONDEMNATION');
    expect(es).toHaveLength(1);
    expect(roles(es[0]!, 'INITIATOR')).toEqual(['PK']);
    expect(roles(es[0]!, 'RECIPIENT')).toEqual(['IN']);
  });

  it('reads "an attack" and "a huge disappointment" as reactions to the act told before', () => {
    const a = only('Azerbaijani forces attacked the enclave on Tuesday. France denounced an attack that it said had no justification.', 'CONDEMNATION');
    expect(roles(a, 'RECIPIENT')).toEqual(['AZ']);
    const b = only('Poland called Hungary\'s veto "a huge disappointment".', 'CONDEMNATION');
    expect(roles(b, 'RECIPIENT')).toEqual(['HU']);
  });
});

describe('events: nominal meetings', () => {
  it('reads the parties of "a meeting between A and B"', () => {
    const e = only('The two-hour meeting between President Emmanuel Macron and President Xi Jinping ended without a statement.', 'MEETING');
    expect([...roles(e, 'INITIATOR'), ...roles(e, 'RECIPIENT')].sort()).toEqual(['CN', 'FR']);
    expect(e.factuality).toBe('ASSERTED');
  });

  it('negates a meeting whose predicate calls it off past a relative clause', () => {
    const e = only('A meeting between President Emmanuel Macron and President Xi Jinping, which had been planned for May, will not take place.', 'MEETING');
    expect(e.factuality).toBe('NEGATED');
  });
});

describe('events: recipients given by the context', () => {
  it('reads where a force is stationed as the place it leaves', () => {
    const e = only('The last British soldiers based in Mali left the country on Friday.', 'MILITARY_WITHDRAWAL');
    expect(roles(e, 'INITIATOR')).toEqual(['GB']);
    expect(roles(e, 'RECIPIENT')).toEqual(['ML']);
  });

  it("takes the dateline's country for a withdrawal, a recalled envoy or aid whose clause names none, never the initiator's own", () => {
    const w = only('BAMAKO, Mali — The last German troops left an air base near Gao on Tuesday.', 'MILITARY_WITHDRAWAL');
    expect(roles(w, 'INITIATOR')).toEqual(['DE']);
    expect(roles(w, 'RECIPIENT')).toEqual(['ML']);
    const a = only('KYIV, Ukraine — Chancellor Olaf Scholz arrived on Monday. Germany delivered more humanitarian aid the same day.', 'AID_PROVIDED');
    expect(roles(a, 'INITIATOR')).toEqual(['DE']);
    expect(roles(a, 'RECIPIENT')).toEqual(['UA']);
    const ended = only('NIAMEY, Niger — Italy ended its military presence at the end of May, closing a training base.', 'MILITARY_WITHDRAWAL');
    expect(roles(ended, 'INITIATOR')).toEqual(['IT']);
    expect(roles(ended, 'RECIPIENT')).toEqual(['NE']);
    const envoy = only('NIAMEY, Niger — Belgium withdrew its ambassador on Friday.', 'AMBASSADOR_RECALLED');
    expect(roles(envoy, 'INITIATOR')).toEqual(['BE']);
    expect(roles(envoy, 'RECIPIENT')).toEqual(['NE']);
    const home = extract('BERLIN, Germany — The German government delivered more humanitarian aid on Monday.').events.filter((e) => e.type === 'AID_PROVIDED');
    expect(home).toEqual([]);
  });
});

describe('events: a ministry left unnamed', () => {
  it("is the ministry of the dateline's state, also when a headline comes first and the sentence names another state", () => {
    for (const body of [
      'HAVANA — The island released more prisoners on Friday. The foreign ministry condemned Washington for the new measures.',
      'Havana Hits Back\n\nHAVANA, Jan 22 — The island released more prisoners on Friday. The foreign ministry condemned Washington for the new measures.',
    ]) {
      const g = extract(body);
      expect(g.organizations.map((o) => o.slug)).toEqual(['ministry-of-foreign-affairs-cu']);
      const e = only(body, 'CONDEMNATION');
      expect(roles(e, 'INITIATOR')).toEqual(['CU']);
      expect(roles(e, 'RECIPIENT')).toEqual(['US']);
    }
  });
});

describe('events: pronouns and adverbs read in their clause', () => {
  it('reads "he" as the official of the state a descriptor just before it names, not the last name read', () => {
    const body = 'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday. The trip of the French president came a week after he visited Algeria.';
    const e = extract(body).events.filter((x) => x.type === 'VISIT' && roles(x, 'RECIPIENT').includes('DZ'));
    expect(e).toHaveLength(1);
    expect(roles(e[0]!, 'INITIATOR')).toEqual(['FR']);
    expect(roles(e[0]!, 'PARTICIPANT')).toEqual(['emmanuel-macron']);
  });

  it('reads "since" after an auxiliary as an adverb, not a clause boundary', () => {
    const w = only('Some 800 Belgian soldiers and their helicopters have since been pulled out of Mali.', 'MILITARY_WITHDRAWAL');
    expect(roles(w, 'INITIATOR')).toEqual(['BE']);
    expect(roles(w, 'RECIPIENT')).toEqual(['ML']);
    const r = only('Palestine has since been recognised by Norway.', 'RECOGNITION');
    expect(roles(r, 'INITIATOR')).toEqual(['NO']);
    expect(roles(r, 'RECIPIENT')).toEqual(['PS']);
  });
});
