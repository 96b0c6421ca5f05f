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

// Contact events (issue 15, X2): visits, meetings, agreements and negotiations as wire copy
// tells them. Each row: text, type, initiators, recipients, factuality; a null factuality is a
// trap that must not yield an ASSERTED event of that type.
type ContactRow = [string, string, string[], string[], string | null];
const CONTACT: ContactRow[] = [
    // VISIT
    ['Indian Prime Minister Narendra Modi arrived in Kyiv on Friday.', 'VISIT', ['IN'], ['UA'], 'ASSERTED'],
    ['Secretary of State Antony Blinken landed in Beijing on Sunday.', 'VISIT', ['US'], ['CN'], 'ASSERTED'],
    ['Chinese President Xi Jinping is on a three-day state visit to France.', 'VISIT', ['CN'], ['FR'], 'ASSERTED'],
    ['President Joe Biden praised the partnership during his visit to Hanoi.', 'VISIT', ['US'], ['VN'], 'ASSERTED'],
    ['German Chancellor Olaf Scholz made his first trip abroad to Paris on Wednesday.', 'VISIT', ['DE'], ['FR'], 'ASSERTED'],
    ['Saudi Crown Prince Mohammed bin Salman paid a visit to Ankara on Wednesday.', 'VISIT', ['SA'], ['TR'], 'ASSERTED'],
    ['President Emmanuel Macron began a two-day trip to Morocco on Monday.', 'VISIT', ['FR'], ['MA'], 'ASSERTED'],
    ['Turkish President Recep Tayyip Erdogan toured the Gulf, stopping in Qatar on Tuesday.', 'VISIT', ['TR'], ['QA'], 'ASSERTED'],
    ['Japanese Prime Minister Fumio Kishida made an unannounced visit to Kyiv on Tuesday.', 'VISIT', ['JP'], ['UA'], 'ASSERTED'],
    ['Brazilian President Luiz Inacio Lula da Silva flew to Beijing on Thursday.', 'VISIT', ['BR'], ['CN'], 'ASSERTED'],
    ['The visit to Israel by German Chancellor Olaf Scholz came ten days after the attack.', 'VISIT', ['DE'], ['IL'], 'ASSERTED'],
    ['Iranian President Ebrahim Raisi is due to visit Syria next week.', 'VISIT', ['IR'], ['SY'], 'FUTURE'],
    ['Prime Minister Narendra Modi will travel to Washington in June.', 'VISIT', ['IN'], ['US'], 'FUTURE'],
    ['President Vladimir Putin has not visited Ukraine since 2013.', 'VISIT', ['RU'], ['UA'], 'NEGATED'],
    ['President Volodymyr Zelensky cancelled a planned trip to Bulgaria.', 'VISIT', ['UA'], ['BG'], 'NEGATED'],
    // MEETING
    ['Chinese Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing on Monday.', 'MEETING', ['CN'], ['RU'], 'ASSERTED'],
    ['President Joe Biden held talks with Chinese President Xi Jinping on the sidelines of the G20 summit in Bali.', 'MEETING', ['US'], ['CN'], 'ASSERTED'],
    ['President Emmanuel Macron sat down with Chancellor Olaf Scholz in Berlin on Tuesday.', 'MEETING', ['FR'], ['DE'], 'ASSERTED'],
    ['Prime Minister Rishi Sunak hosted Japanese Prime Minister Fumio Kishida at Downing Street.', 'MEETING', ['GB'], ['JP'], 'ASSERTED'],
    ['Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met on the sidelines of the BRICS summit in Kazan on Wednesday.', 'MEETING', ['CN', 'IN'], [], 'ASSERTED'],
    ['U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held talks in Riyadh on Tuesday.', 'MEETING', ['RU', 'US'], [], 'ASSERTED'],
    ['President Recep Tayyip Erdogan received Iranian President Masoud Pezeshkian in Ankara on Monday.', 'MEETING', ['TR'], ['IR'], 'ASSERTED'],
    ['Foreign Minister Annalena Baerbock held a meeting with Chinese Foreign Minister Wang Yi in Berlin.', 'MEETING', ['DE'], ['CN'], 'ASSERTED'],
    ['President Joe Biden is expected to meet Chinese President Xi Jinping in San Francisco next week.', 'MEETING', ['US'], ['CN'], 'FUTURE'],
    ['President Vladimir Putin has no plans to meet President Volodymyr Zelensky, the Kremlin said.', 'MEETING', ['RU'], ['UA'], 'NEGATED'],
    // AGREEMENT_SIGNED
    ['Russia and North Korea signed a mutual defence pact in Pyongyang on Wednesday.', 'AGREEMENT_SIGNED', ['KP', 'RU'], [], 'ASSERTED'],
    ['China and the Solomon Islands inked a security agreement last year.', 'AGREEMENT_SIGNED', ['CN', 'SB'], [], 'ASSERTED'],
    ['Italy and Albania struck a migration accord in November.', 'AGREEMENT_SIGNED', ['AL', 'IT'], [], 'ASSERTED'],
    ['India and the United Arab Emirates signed a free trade agreement on Friday.', 'AGREEMENT_SIGNED', ['AE', 'IN'], [], 'ASSERTED'],
    ['Ukraine and the United States signed a deal giving Washington access to minerals.', 'AGREEMENT_SIGNED', ['UA', 'US'], [], 'ASSERTED'],
    ['Britain signed a treaty with Mauritius handing over the Chagos Islands.', 'AGREEMENT_SIGNED', ['GB'], ['MU'], 'ASSERTED'],
    ['Armenia and Azerbaijan are expected to sign a peace treaty later this year.', 'AGREEMENT_SIGNED', ['AM', 'AZ'], [], 'FUTURE'],
    ['Ukraine refused to sign the minerals deal with the United States.', 'AGREEMENT_SIGNED', ['UA'], ['US'], 'NEGATED'],
    ['Japan and the Philippines signed a reciprocal access agreement in Manila on Monday.', 'AGREEMENT_SIGNED', ['JP', 'PH'], [], 'ASSERTED'],
    // NEGOTIATION
    ['Ukraine and Russia held a round of talks in Istanbul on Monday.', 'NEGOTIATION', ['RU', 'UA'], [], 'ASSERTED'],
    ['Negotiations on a ceasefire between Israel and Hamas resumed in Cairo on Sunday.', 'NEGOTIATION', ['IL', 'hamas'], [], 'ASSERTED'],
    ['Iran and the United States held indirect talks in Muscat on Saturday.', 'NEGOTIATION', ['IR', 'US'], [], 'ASSERTED'],
    ['Armenia and Azerbaijan are negotiating a peace treaty.', 'NEGOTIATION', ['AM', 'AZ'], [], 'ASSERTED'],
    ['Delegations from Russia and Ukraine negotiated for two hours in Istanbul.', 'NEGOTIATION', ['RU', 'UA'], [], 'ASSERTED'],
    ['Britain and India resumed negotiations on a free trade agreement on Monday.', 'NEGOTIATION', ['GB', 'IN'], [], 'ASSERTED'],
    ['Iran refused to negotiate with the United States.', 'NEGOTIATION', ['IR'], ['US'], 'NEGATED'],
    ['The European Union and Mercosur concluded negotiations on a trade deal.', 'NEGOTIATION', ['european-union', 'mercosur'], [], 'ASSERTED'],
    // batch 2
    ['Hungarian Prime Minister Viktor Orban travelled to Moscow on Friday, days after visiting Kyiv.', 'VISIT', ['HU'], ['RU'], 'ASSERTED'],
    ['Chinese Premier Li Qiang headed to Australia on Saturday for a four-day visit.', 'VISIT', ['CN'], ['AU'], 'ASSERTED'],
    ['French President Emmanuel Macron was welcomed in Beijing on Wednesday at the start of a state visit.', 'VISIT', ['FR'], ['CN'], 'ASSERTED'],
    ['The Pope will not travel to Moscow, the Vatican said.', 'VISIT', [], [], null],
    ['The Kremlin said Putin had no plans to visit Germany.', 'VISIT', [], [], null],
    ['President Joe Biden met Indian Prime Minister Narendra Modi at the White House on Thursday.', 'MEETING', ['US'], ['IN'], 'ASSERTED'],
    ['Secretary of State Antony Blinken held a meeting with Saudi Crown Prince Mohammed bin Salman in Jeddah.', 'MEETING', ['US'], ['SA'], 'ASSERTED'],
    ['German Chancellor Olaf Scholz met Chinese President Xi Jinping for three hours in Beijing.', 'MEETING', ['DE'], ['CN'], 'ASSERTED'],
    ['Chancellor Friedrich Merz sat down with President Donald Trump in the Oval Office on Thursday.', 'MEETING', ['DE'], ['US'], 'ASSERTED'],
    ['A meeting between President Vladimir Putin and President Volodymyr Zelensky is not on the agenda, the Kremlin said.', 'MEETING', [], [], null],
    ['Japan and South Korea agreed to share real-time missile warning data.', 'AGREEMENT_SIGNED', ['JP', 'KR'], [], 'ASSERTED'],
    ['Serbia and China signed 28 agreements during the visit of President Xi Jinping to Belgrade.', 'AGREEMENT_SIGNED', ['CN', 'RS'], [], 'ASSERTED'],
    ['Egypt and the European Union sealed a strategic partnership deal in Cairo on Sunday.', 'AGREEMENT_SIGNED', ['EG', 'european-union'], [], 'ASSERTED'],
    ['The deal was signed by Prime Minister Keir Starmer and Prime Minister Narendra Modi in London.', 'AGREEMENT_SIGNED', ['GB', 'IN'], [], 'ASSERTED'],
    ['Ukraine and the United States failed to sign the minerals agreement on Friday.', 'AGREEMENT_SIGNED', [], [], null],
    ['Russia and Ukraine may sign a ceasefire agreement next month.', 'AGREEMENT_SIGNED', [], [], null],
    ['Israel and Hamas resumed indirect negotiations in Doha on Monday, mediated by Qatar.', 'NEGOTIATION', ['IL', 'hamas'], [], 'ASSERTED'],
    ['Talks over a truce between Thailand and Cambodia began in Kuala Lumpur on Monday.', 'NEGOTIATION', ['KH', 'TH'], [], 'ASSERTED'],
    ['Iran has refused direct negotiations with the United States.', 'NEGOTIATION', [], [], null],
    ['The two sides called for a negotiated settlement to the conflict.', 'NEGOTIATION', [], [], null],
  // batch 3
    ['Italian Prime Minister Giorgia Meloni, on a visit to Tunisia, pledged help on migration.', 'VISIT', ['IT'], ['TN'], 'ASSERTED'],
    ['President Vladimir Putin arrived in Pyongyang early on Wednesday for a rare visit.', 'VISIT', ['RU'], ['KP'], 'ASSERTED'],
    ['President Xi Jinping was given a red-carpet welcome in Riyadh on Wednesday.', 'VISIT', ['CN'], ['SA'], 'ASSERTED'],
    ['Prime Minister Narendra Modi began a state visit to the United States on Wednesday.', 'VISIT', ['IN'], ['US'], 'ASSERTED'],
    ["The visit by India's Prime Minister Narendra Modi to Ukraine was the first since 1991.", 'VISIT', ['IN'], ['UA'], 'ASSERTED'],
    ['Chinese President Xi Jinping hosted French President Emmanuel Macron in Guangzhou.', 'MEETING', ['CN'], ['FR'], 'ASSERTED'],
    ['German Chancellor Olaf Scholz flew into Beijing on Friday.', 'VISIT', ['DE'], ['CN'], 'ASSERTED'],
    ['Turkish Foreign Minister Hakan Fidan made a trip to Damascus on Sunday.', 'VISIT', ['TR'], ['SY'], 'ASSERTED'],
    ['Chinese Foreign Minister Wang Yi held talks in Moscow with Russian Foreign Minister Sergei Lavrov.', 'MEETING', ['CN'], ['RU'], 'ASSERTED'],
    ['President Joe Biden and Chinese President Xi Jinping met for four hours at an estate outside San Francisco.', 'MEETING', ['CN', 'US'], [], 'ASSERTED'],
    ['Ukrainian President Volodymyr Zelensky met with Pope Francis at the Vatican.', 'MEETING', ['UA'], ['VA'], 'ASSERTED'],
    ['Saudi Crown Prince Mohammed bin Salman welcomed Syrian President Bashar al-Assad at the Arab League summit in Jeddah.', 'MEETING', ['SA'], ['SY'], 'ASSERTED'],
    ['The leaders of Armenia and Azerbaijan signed a joint declaration at the White House on Friday.', 'AGREEMENT_SIGNED', ['AM', 'AZ'], [], 'ASSERTED'],
    ['Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty.', 'AGREEMENT_SIGNED', ['KP', 'RU'], [], 'ASSERTED'],
    ['The European Union agreed a migration deal with Tunisia on Sunday.', 'AGREEMENT_SIGNED', ['european-union'], ['TN'], 'ASSERTED'],
    ['Saudi Arabia and Iran agreed to restore ties under a deal brokered by China.', 'AGREEMENT_SIGNED', ['IR', 'SA'], [], 'ASSERTED'],
    ['Britain and France signed an agreement on Monday to curb Channel crossings.', 'AGREEMENT_SIGNED', ['FR', 'GB'], [], 'ASSERTED'],
    ['Washington and Kyiv inked the long-awaited minerals deal on Wednesday.', 'AGREEMENT_SIGNED', ['UA', 'US'], [], 'ASSERTED'],
    ['Israel and Hamas agreed to a ceasefire on Wednesday.', 'AGREEMENT_SIGNED', ['IL', 'hamas'], [], 'ASSERTED'],
    ['The United States and Ukraine held talks on a peace plan in Geneva on Sunday.', 'NEGOTIATION', ['UA', 'US'], [], 'ASSERTED'],
    ['A second round of negotiations between Russia and Ukraine took place in Istanbul.', 'NEGOTIATION', ['RU', 'UA'], [], 'ASSERTED'],
    ['Iran and the United States opened a new round of nuclear talks in Oman on Saturday.', 'NEGOTIATION', ['IR', 'US'], [], 'ASSERTED'],
    ['Russia and Ukraine have not held direct talks since 2022.', 'NEGOTIATION', [], [], null],
    ['The Kremlin said a new round of talks with Ukraine was possible.', 'NEGOTIATION', [], [], null],
  // batch 4
  ['Egyptian President Abdel Fattah al-Sisi hosted the Turkish leader in Cairo.', 'MEETING', ['EG'], ['TR'], 'ASSERTED'],
  ['Prime Minister Narendra Modi received his Russian counterpart at Hyderabad House.', 'MEETING', ['IN'], ['RU'], 'ASSERTED'],
  ['Qatar hosted the Taliban delegation in Doha.', 'MEETING', ['QA'], ['taliban'], 'ASSERTED'],
  ['Brazil hosted the G20 summit in Rio de Janeiro.', 'MEETING', [], [], null],
  ['The agreement, which Russia and Ukraine signed in Istanbul, allowed grain exports.', 'AGREEMENT_SIGNED', ['RU', 'UA'], [], 'ASSERTED'],
  ['Japan and Britain penned a defence deal on Wednesday.', 'AGREEMENT_SIGNED', ['GB', 'JP'], [], 'ASSERTED'],
  ['A deal between Kosovo and Serbia was signed in Washington on Friday.', 'AGREEMENT_SIGNED', ['RS', 'XK'], [], 'ASSERTED'],
  ['A deal between Kosovo and Serbia was not signed on Friday.', 'AGREEMENT_SIGNED', [], [], null],
  ['The deal, which Moscow says was never signed, is disputed.', 'AGREEMENT_SIGNED', [], [], null],
  // batch 5
  ['Indian Prime Minister Narendra Modi is in Moscow for a two-day visit.', 'VISIT', ['IN'], ['RU'], 'ASSERTED'],
  ['Chinese Foreign Minister Wang Yi was in Moscow on Tuesday for talks.', 'VISIT', ['CN'], ['RU'], 'ASSERTED'],
  ['Turkish President Recep Tayyip Erdogan arrived on Monday in Baghdad.', 'VISIT', ['TR'], ['IQ'], 'ASSERTED'],
  ['German Foreign Minister Annalena Baerbock made a stop in Kyiv on Monday.', 'VISIT', ['DE'], ['UA'], 'ASSERTED'],
  ['Russian President Vladimir Putin received a lavish welcome in Beijing.', 'VISIT', ['RU'], ['CN'], 'ASSERTED'],
  ['Officials said Ukraine was in talks with Israel.', 'NEGOTIATION', ['UA'], ['IL'], 'ASSERTED'],
  ['Indonesia is in advanced negotiations with the European Union on a trade pact.', 'NEGOTIATION', ['ID'], ['european-union'], 'ASSERTED'],
  ['Israel is not in talks with Hamas, the prime minister said.', 'NEGOTIATION', [], [], null],
  // batch 6
  ['Talks between Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi lasted five hours.', 'MEETING', ['CN', 'US'], [], 'ASSERTED'],
  ['Talks between Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi lasted five hours.', 'NEGOTIATION', [], [], null],
  ['Talks between Iran and the United States resumed in Oman.', 'NEGOTIATION', ['IR', 'US'], [], 'ASSERTED'],
  ['Indian Prime Minister Narendra Modi joined Russian President Vladimir Putin for talks at his residence.', 'MEETING', ['IN'], ['RU'], 'ASSERTED'],
  ['French President Emmanuel Macron huddled with German Chancellor Olaf Scholz in Berlin.', 'MEETING', ['FR'], ['DE'], 'ASSERTED'],
  ['Chinese Premier Li Qiang conferred with Australian Prime Minister Anthony Albanese in Canberra.', 'MEETING', ['CN'], ['AU'], 'ASSERTED'],
  // batch 7: fronted phrases take the subject after their comma
  ['Arriving in Kyiv on Monday, German Chancellor Olaf Scholz pledged more air defence.', 'VISIT', ['DE'], ['UA'], 'ASSERTED'],
  ['On a visit to Seoul, Japanese Prime Minister Fumio Kishida expressed regret.', 'VISIT', ['JP'], ['KR'], 'ASSERTED'],
  ['On a visit to Seoul, Japanese Prime Minister Fumio Kishida expressed regret.', 'MEETING', [], [], null],
  ['During his trip to Beijing, German Chancellor Olaf Scholz met Chinese President Xi Jinping.', 'VISIT', ['DE'], ['CN'], 'ASSERTED'],
  ['On his first visit to Africa, Chinese Foreign Minister Wang Yi stopped in Egypt.', 'VISIT', ['CN'], ['EG'], 'ASSERTED'],
  // batch 8: traps
  ['Iran said a meeting between its foreign minister and the U.S. envoy was not planned.', 'MEETING', [], [], null],
  ['Russian President Vladimir Putin may travel to Turkey next month.', 'VISIT', ['RU'], ['TR'], 'HYPOTHETICAL'],
  ['French President Emmanuel Macron did not travel to Moscow.', 'VISIT', ['FR'], ['RU'], 'NEGATED'],
  ['The minister toured the border area.', 'VISIT', [], [], null],
  // batch 9 (round 2): contact events told without a plain verb
  ['During his trip to Beijing, German Chancellor Olaf Scholz met Chinese President Xi Jinping.', 'MEETING', ['DE'], ['CN'], 'ASSERTED'],
  ['Visiting Seoul on Friday, Japanese Prime Minister Fumio Kishida laid a wreath.', 'VISIT', ['JP'], ['KR'], 'ASSERTED'],
  ['Visiting Seoul on Friday, Japanese Prime Minister Fumio Kishida laid a wreath.', 'MEETING', [], [], null],
  ['Secretary of State Antony Blinken was in Riyadh on Wednesday.', 'VISIT', ['US'], ['SA'], 'ASSERTED'],
  ['Chinese Foreign Minister Wang Yi discussed the war with his Ukrainian counterpart Dmytro Kuleba.', 'MEETING', ['CN'], ['UA'], 'ASSERTED'],
  ['Japan and the Philippines held a summit in Manila. The two leaders signed a defence pact.', 'AGREEMENT_SIGNED', ['JP', 'PH'], [], 'ASSERTED'],
  ['The plan met with criticism from Germany.', 'MEETING', [], [], null],
  ['India failed to meet the target set by the United Nations.', 'MEETING', [], [], null],
  ['The Kremlin said the proposal met the interests of Russia.', 'MEETING', [], [], null],
  ['Members of the European Union met in Brussels to discuss the budget.', 'MEETING', [], [], null],
  ['Foreign Minister Penny Wong paid a visit to Beijing on Wednesday.', 'VISIT', ['AU'], ['CN'], 'ASSERTED'],
  ['Saudi Crown Prince Mohammed bin Salman was in Paris on a three-day trip.', 'VISIT', ['SA'], ['FR'], 'ASSERTED'],
  ['French President Emmanuel Macron wrapped up a three-day visit to China on Friday.', 'VISIT', ['FR'], ['CN'], 'ASSERTED'],
  ['Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.', 'MEETING', ['RU'], ['TR'], 'ASSERTED'],
  ['Israeli Prime Minister Benjamin Netanyahu met with U.S. President Donald Trump at the White House.', 'MEETING', ['IL'], ['US'], 'ASSERTED'],
  ['Britain and Japan signed a defence deal in Tokyo. Both countries also agreed to expand trade.', 'AGREEMENT_SIGNED', ['GB', 'JP'], [], 'ASSERTED'],
  ['The agreement was signed on Tuesday by Ethiopia and Eritrea.', 'AGREEMENT_SIGNED', ['ER', 'ET'], [], 'ASSERTED'],
  ['Kenya and Haiti signed an agreement on Friday on the deployment of police officers.', 'AGREEMENT_SIGNED', ['HT', 'KE'], [], 'ASSERTED'],
  ['Ukrainian President Volodymyr Zelensky made a surprise trip to Washington.', 'VISIT', ['UA'], ['US'], 'ASSERTED'],
  // batch 10: presence, asides and fronted meetings
  ['Speaking in Ankara, Ukrainian President Volodymyr Zelensky said Kyiv would not recognise the deal.', 'VISIT', ['UA'], ['TR'], 'ASSERTED'],
  ['President Volodymyr Zelensky, speaking in Ankara, said Kyiv would not recognise the deal.', 'VISIT', ['UA'], ['TR'], 'ASSERTED'],
  ['Speaking in Moscow, President Vladimir Putin said the alliance was weak.', 'VISIT', [], [], null],
  ['French President Emmanuel Macron was at the White House on Monday.', 'VISIT', ['FR'], ['US'], 'ASSERTED'],
  ['Japanese Prime Minister Fumio Kishida, in Washington for a state visit, addressed Congress.', 'VISIT', ['JP'], ['US'], 'ASSERTED'],
  ['Chinese President Xi Jinping began a five-day European tour in Paris on Sunday.', 'VISIT', ['CN'], ['FR'], 'ASSERTED'],
  ['Brazilian President Luiz Inacio Lula da Silva was received with full honours in Beijing.', 'VISIT', ['BR'], ['CN'], 'ASSERTED'],
  ['The company said its tour of Asia was cancelled.', 'VISIT', [], [], null],
  ['President Joe Biden greeted Chinese President Xi Jinping at the Filoli estate.', 'MEETING', ['US'], ['CN'], 'ASSERTED'],
  ['In a meeting with Chinese President Xi Jinping, President Joe Biden raised Taiwan.', 'MEETING', ['US'], ['CN'], 'ASSERTED'],
  ['After meeting Chinese President Xi Jinping, President Joe Biden told reporters the talks were candid.', 'MEETING', ['US'], ['CN'], 'ASSERTED'],
  ['Chinese Foreign Minister Wang Yi discussed the war by phone with his Ukrainian counterpart Dmytro Kuleba.', 'MEETING', [], [], null],
  ['The minister discussed the issue with reporters.', 'MEETING', [], [], null],
  // batch 11: what "met" is not
  ['The French proposal met with resistance from Germany.', 'MEETING', [], [], null],
  ['Germany and Poland met the NATO spending target last year.', 'MEETING', [], [], null],
  ['NATO defence ministers met in Brussels to discuss aid to Ukraine.', 'MEETING', [], [], null],
  ['The UN Security Council met on Friday at the request of France.', 'MEETING', [], [], null],
  ['The demand was met by Israel and Egypt.', 'MEETING', [], [], null],
  ['Foreign ministers of Russia, China and Iran met in Moscow.', 'MEETING', ['CN', 'IR', 'RU'], [], 'ASSERTED'],
  ['Russian Foreign Minister Sergei Lavrov met on Tuesday with Chinese Foreign Minister Wang Yi.', 'MEETING', ['RU'], ['CN'], 'ASSERTED'],
  ['Chinese President Xi Jinping and Russian President Vladimir Putin met in Moscow on Tuesday.', 'MEETING', ['CN', 'RU'], [], 'ASSERTED'],
  // batch 12: a gathering's venue is no visit
  ['Turkish President Recep Tayyip Erdogan met Egyptian President Abdel Fattah al-Sisi at the World Cup opening in Doha.', 'VISIT', [], [], null],
  ['Turkish President Recep Tayyip Erdogan met Egyptian President Abdel Fattah al-Sisi at the World Cup opening in Doha.', 'MEETING', ['TR'], ['EG'], 'ASSERTED'],
  ['Norwegian Foreign Minister Espen Barth Eide met Ukrainian Foreign Minister Dmytro Kuleba in Brussels on Sunday.', 'VISIT', [], [], null],
  ['Norwegian Foreign Minister Espen Barth Eide met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Sunday.', 'VISIT', ['NO'], ['UA'], 'ASSERTED'],
  // batch 13: "the two" alone
  ['Australian Foreign Minister Penny Wong said she pressed the case with Chinese Foreign Minister Wang Yi when the two met in Jakarta.', 'MEETING', ['AU', 'CN'], [], 'ASSERTED'],
  ['Russia and China held a summit in Moscow. The two signed a trade pact.', 'AGREEMENT_SIGNED', ['CN', 'RU'], [], 'ASSERTED'],
  ['Russia and China said the two would meet next year.', 'MEETING', [], [], null],
];

describe('contact events: a phrase bank of wire-service wording', () => {
  it.each(CONTACT)('%s (%s)', (text, type, initiators, recipients, factuality) => {
    const es = ofType(text, type);
    if (factuality === null) {
      expect(es.filter((e) => e.factuality === 'ASSERTED')).toEqual([]);
      return;
    }
    const hit = es.find((e) => e.factuality === factuality);
    expect(hit, es.map((e) => e.factuality).join(',')).toBeDefined();
    expect(roles(hit!, 'INITIATOR')).toEqual(initiators);
    expect(roles(hit!, 'RECIPIENT')).toEqual(recipients);
  });
});

// Relations, envoys and membership (issue 15, X5): recognition, ties made and cut, credentials,
// recalls, summonses, expulsions, joining and leaving, as wire copy tells them. Same row shape
// as CONTACT; a null factuality is a trap that must not yield an ASSERTED event of that type.
const RELATIONS: ContactRow[] = [
  // RECOGNITION
  ['Armenia formally recognised the State of Palestine on Friday.', 'RECOGNITION', ['AM'], ['PS'], 'ASSERTED'],
  ['Mexico extended recognition to the State of Palestine in 2023.', 'RECOGNITION', ['MX'], ['PS'], 'ASSERTED'],
  ['Malawi became the first African country to recognise Kosovo.', 'RECOGNITION', ['MW'], ['XK'], 'ASSERTED'],
  ['The United States granted recognition to the new government in Damascus.', 'RECOGNITION', ['US'], ['SY'], 'ASSERTED'],
  ['Slovenia is considering recognition of a Palestinian state.', 'RECOGNITION', [], [], null],
  ['Germany has no plans to recognise a Palestinian state, Berlin said.', 'RECOGNITION', [], [], null],
  ['Spain threatened to recognise Palestine if talks failed.', 'RECOGNITION', [], [], null],
  // DIPLOMATIC_RELATIONS_ESTABLISHED
  ['Saudi Arabia and Iran restored diplomatic ties in March.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['IR', 'SA'], [], 'ASSERTED'],
  ['Israel and Morocco normalised relations in 2020.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['IL', 'MA'], [], 'ASSERTED'],
  ['Turkey and Egypt upgraded ties to ambassadorial level on Tuesday.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['EG', 'TR'], [], 'ASSERTED'],
  ['The Solomon Islands established diplomatic relations with China in 2019.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['SB'], ['CN'], 'ASSERTED'],
  ['Qatar and Bahrain agreed to resume diplomatic relations.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['BH', 'QA'], [], 'ASSERTED'],
  ['Syria and Saudi Arabia reopened their embassies and restored relations.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['SA', 'SY'], [], 'ASSERTED'],
  ['Israel hopes to normalise relations with Saudi Arabia.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', [], [], null],
  ['Ukraine has not restored ties with Belarus.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', [], [], null],
  // DIPLOMATIC_RELATIONS_SEVERED
  ['Bolivia cut diplomatic ties with Israel on Tuesday.', 'DIPLOMATIC_RELATIONS_SEVERED', ['BO'], ['IL'], 'ASSERTED'],
  ['Nicaragua broke off relations with Taiwan in December.', 'DIPLOMATIC_RELATIONS_SEVERED', ['NI'], ['TW'], 'ASSERTED'],
  ['Niger severed ties with Ukraine on Tuesday.', 'DIPLOMATIC_RELATIONS_SEVERED', ['NE'], ['UA'], 'ASSERTED'],
  ['Lithuania downgraded relations with China to the level of charge d\'affaires.', 'DIPLOMATIC_RELATIONS_SEVERED', ['LT'], ['CN'], 'ASSERTED'],
  ['Algeria announced it was cutting diplomatic relations with Morocco.', 'DIPLOMATIC_RELATIONS_SEVERED', ['DZ'], ['MA'], 'ASSERTED'],
  ['Venezuela threatened to break off relations with Colombia.', 'DIPLOMATIC_RELATIONS_SEVERED', [], [], null],
  ['Brazil will not cut ties with Israel, the foreign minister said.', 'DIPLOMATIC_RELATIONS_SEVERED', [], [], null],
  // AMBASSADOR_ACCREDITED
  ['The new ambassador of Japan presented his credentials to President Lula on Monday.', 'AMBASSADOR_ACCREDITED', ['JP'], ['BR'], 'ASSERTED'],
  ['The new Chinese ambassador handed over his letters of credence to President Cyril Ramaphosa.', 'AMBASSADOR_ACCREDITED', ['CN'], ['ZA'], 'ASSERTED'],
  ["Saudi Arabia's ambassador to Iran presented his credentials on Tuesday.", 'AMBASSADOR_ACCREDITED', ['SA'], ['IR'], 'ASSERTED'],
  ['President Emmanuel Macron received the credentials of the new ambassador of India.', 'AMBASSADOR_ACCREDITED', ['IN'], ['FR'], 'ASSERTED'],
  ["Israel's first ambassador to Bahrain presented his letter of credence to King Hamad.", 'AMBASSADOR_ACCREDITED', ['IL'], ['BH'], 'ASSERTED'],
  ['The ambassador is due to present her credentials to President Biden next week.', 'AMBASSADOR_ACCREDITED', [], [], null],
  // AMBASSADOR_RECALLED
  ['Colombia recalled its ambassador from Israel for consultations.', 'AMBASSADOR_RECALLED', ['CO'], ['IL'], 'ASSERTED'],
  ['France recalled its ambassadors to the United States and Australia.', 'AMBASSADOR_RECALLED', ['FR'], ['AU', 'US'], 'ASSERTED'],
  ['Jordan said it was recalling its ambassador to Israel.', 'AMBASSADOR_RECALLED', ['JO'], ['IL'], 'ASSERTED'],
  ['Brazil brought home its ambassador to Israel on Wednesday.', 'AMBASSADOR_RECALLED', ['BR'], ['IL'], 'ASSERTED'],
  ['Turkey threatened to recall its ambassador from Sweden.', 'AMBASSADOR_RECALLED', [], [], null],
  // AMBASSADOR_SUMMONED
  ['China summoned the Japanese ambassador on Thursday.', 'AMBASSADOR_SUMMONED', ['CN'], ['JP'], 'ASSERTED'],
  ["Germany's foreign ministry summoned Russia's charge d'affaires on Monday.", 'AMBASSADOR_SUMMONED', ['DE'], ['RU'], 'ASSERTED'],
  ['Poland summoned the Belarusian envoy over the border incident.', 'AMBASSADOR_SUMMONED', ['PL'], ['BY'], 'ASSERTED'],
  ["Iran's ambassador was summoned to the French foreign ministry on Tuesday.", 'AMBASSADOR_SUMMONED', ['FR'], ['IR'], 'ASSERTED'],
  ['Beijing called in the Philippine ambassador to protest.', 'AMBASSADOR_SUMMONED', ['CN'], ['PH'], 'ASSERTED'],
  // DIPLOMAT_EXPELLED
  ['Germany expelled two Russian diplomats on Wednesday.', 'DIPLOMAT_EXPELLED', ['DE'], ['RU'], 'ASSERTED'],
  ['Moscow declared three Estonian diplomats persona non grata.', 'DIPLOMAT_EXPELLED', ['RU'], ['EE'], 'ASSERTED'],
  ['Niger ordered the French ambassador to leave the country within 48 hours.', 'DIPLOMAT_EXPELLED', ['NE'], ['FR'], 'ASSERTED'],
  ['India expelled a senior Canadian diplomat on Tuesday.', 'DIPLOMAT_EXPELLED', ['IN'], ['CA'], 'ASSERTED'],
  ['Britain threatened to expel Russian diplomats.', 'DIPLOMAT_EXPELLED', [], [], null],
  // MEMBERSHIP_JOINED
  ['Finland became the 31st member of NATO on Tuesday.', 'MEMBERSHIP_JOINED', ['FI'], ['nato'], 'ASSERTED'],
  ['Sweden formally joined NATO on Thursday.', 'MEMBERSHIP_JOINED', ['SE'], ['nato'], 'ASSERTED'],
  ['Croatia acceded to the European Union in 2013.', 'MEMBERSHIP_JOINED', ['HR'], ['european-union'], 'ASSERTED'],
  ['Egypt and Ethiopia joined BRICS on January 1.', 'MEMBERSHIP_JOINED', ['EG', 'ET'], ['brics'], 'ASSERTED'],
  ['Ukraine applied to join the European Union in 2022.', 'MEMBERSHIP_JOINED', [], [], null],
  ['Switzerland has no plans to join NATO.', 'MEMBERSHIP_JOINED', [], [], null],
  ['Georgia hopes to join the European Union.', 'MEMBERSHIP_JOINED', [], [], null],
  // MEMBERSHIP_LEFT
  ['Burkina Faso quit the International Criminal Court on Monday.', 'MEMBERSHIP_LEFT', ['BF'], ['icc'], 'ASSERTED'],
  ['Nicaragua withdrew from the Organization of American States in 2023.', 'MEMBERSHIP_LEFT', ['NI'], ['oas'], 'ASSERTED'],
  ['Britain left the European Union in January 2020.', 'MEMBERSHIP_LEFT', ['GB'], ['european-union'], 'ASSERTED'],
  ['Russia was expelled from the Council of Europe in March.', 'MEMBERSHIP_LEFT', ['RU'], ['council-of-europe'], 'ASSERTED'],
  ['Hungary threatened to leave the European Union.', 'MEMBERSHIP_LEFT', [], [], null],
  // batch 2
  ['Kosovo has been recognised by more than 100 countries, including the United States.', 'RECOGNITION', ['US'], ['XK'], 'ASSERTED'],
  ['Norway announced that it would recognise a Palestinian state on May 28.', 'RECOGNITION', ['NO'], ['PS'], 'FUTURE'],
  ['Britain said it was not yet ready to recognise a Palestinian state.', 'RECOGNITION', [], [], null],
  ['Cuba and South Korea established diplomatic ties on Wednesday.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['CU', 'KR'], [], 'ASSERTED'],
  ['The United Arab Emirates restored full diplomatic relations with Qatar.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['AE'], ['QA'], 'ASSERTED'],
  ['Chad cut diplomatic relations with Israel and recalled its ambassador.', 'DIPLOMATIC_RELATIONS_SEVERED', ['TD'], ['IL'], 'ASSERTED'],
  ['Iran and Saudi Arabia have had no relations since 2016.', 'DIPLOMATIC_RELATIONS_SEVERED', [], [], null],
  ['The Danish ambassador presented her credentials to King Charles of Britain.', 'AMBASSADOR_ACCREDITED', ['DK'], ['GB'], 'ASSERTED'],
  ['Honduras recalled its ambassador to Israel, the foreign ministry said.', 'AMBASSADOR_RECALLED', ['HN'], ['IL'], 'ASSERTED'],
  ['Russia called home its envoy to Moldova.', 'AMBASSADOR_RECALLED', ['RU'], ['MD'], 'ASSERTED'],
  ['South Africa has no plans to recall its ambassador from Washington.', 'AMBASSADOR_RECALLED', [], [], null],
  ['The Dutch ambassador was called in by the Turkish foreign ministry.', 'AMBASSADOR_SUMMONED', ['TR'], ['NL'], 'ASSERTED'],
  ['Ukraine summoned the Hungarian ambassador in Kyiv on Friday.', 'AMBASSADOR_SUMMONED', ['UA'], ['HU'], 'ASSERTED'],
  ['Canada expelled six Indian diplomats, including the high commissioner.', 'DIPLOMAT_EXPELLED', ['CA'], ['IN'], 'ASSERTED'],
  ['Three Hungarian diplomats were declared persona non grata by Ukraine.', 'DIPLOMAT_EXPELLED', ['UA'], ['HU'], 'ASSERTED'],
  ['Mali gave the French ambassador 72 hours to leave the country.', 'DIPLOMAT_EXPELLED', ['ML'], ['FR'], 'ASSERTED'],
  ['Timor-Leste became the 11th member of ASEAN on Sunday.', 'MEMBERSHIP_JOINED', ['TL'], ['asean'], 'ASSERTED'],
  ['The African Union joined the G20 as a permanent member.', 'MEMBERSHIP_JOINED', ['african-union'], ['g20'], 'ASSERTED'],
  ['Syria was readmitted to the Arab League on Sunday.', 'MEMBERSHIP_JOINED', ['SY'], ['arab-league'], 'ASSERTED'],
  ['Saudi Arabia has yet to formally join BRICS.', 'MEMBERSHIP_JOINED', [], [], null],
  ['Hungary withdrew from the International Criminal Court in 2025.', 'MEMBERSHIP_LEFT', ['HU'], ['icc'], 'ASSERTED'],
  ['Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.', 'MEMBERSHIP_LEFT', ['BF', 'ML', 'NE'], ['ecowas'], 'ASSERTED'],
  ['Argentina pulled out of the World Health Organization.', 'MEMBERSHIP_LEFT', ['AR'], ['who'], 'ASSERTED'],
  // batch 3: passives, posts, letters of commission
  ['Diplomatic relations between Rwanda and Burundi were restored on Friday.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['BI', 'RW'], [], 'ASSERTED'],
  ['Ties between Qatar and the United Arab Emirates were formally restored in 2021.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['AE', 'QA'], [], 'ASSERTED'],
  ['Relations between Rwanda and Burundi were not restored.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', [], [], null],
  ["Britain's new ambassador to Syria was accredited on Monday.", 'AMBASSADOR_ACCREDITED', ['GB'], ['SY'], 'ASSERTED'],
  ['The Indian envoy was formally accredited to Nepal on Tuesday.', 'AMBASSADOR_ACCREDITED', ['IN'], ['NP'], 'ASSERTED'],
  ["Kenya's new high commissioner presented her letters of commission to Prime Minister Keir Starmer.", 'AMBASSADOR_ACCREDITED', ['KE'], ['GB'], 'ASSERTED'],
  ['The new U.S. ambassador to India, Eric Garcetti, presented his credentials on Friday.', 'AMBASSADOR_ACCREDITED', ['US'], ['IN'], 'ASSERTED'],
  ['The commission presented its report to the minister.', 'AMBASSADOR_ACCREDITED', [], [], null],
  // batch 4: posts taken up, ties raised or resumed, envoys withdrawn
  ["Iran's new ambassador took up his duties in Riyadh on Tuesday.", 'AMBASSADOR_ACCREDITED', ['IR'], ['SA'], 'ASSERTED'],
  ['The Saudi envoy assumed his post in Damascus on Sunday.', 'AMBASSADOR_ACCREDITED', ['SA'], ['SY'], 'ASSERTED'],
  ['The new central bank governor assumed his duties in Cairo.', 'AMBASSADOR_ACCREDITED', [], [], null],
  ['Egypt and Turkey raised relations to ambassadorial level.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['EG', 'TR'], [], 'ASSERTED'],
  ['Diplomatic ties between Iran and Saudi Arabia resumed in March.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['IR', 'SA'], [], 'ASSERTED'],
  ['Ties between Iran and Saudi Arabia have not resumed.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', [], [], null],
  ['Algeria recalled its ambassador in Paris for consultations.', 'AMBASSADOR_RECALLED', ['DZ'], ['FR'], 'ASSERTED'],
  ['Mali pulled its ambassador from Algeria on Sunday.', 'AMBASSADOR_RECALLED', ['ML'], ['DZ'], 'ASSERTED'],
  ['Venezuela withdrew its diplomatic staff from Argentina.', 'AMBASSADOR_RECALLED', ['VE'], ['AR'], 'ASSERTED'],
  ['Russia recalled its ambassador in a sign of protest.', 'AMBASSADOR_RECALLED', [], [], null],
  // readmission is joining (README); a suspension is not leaving
  ['The United States rejoined the World Health Organization in 2021.', 'MEMBERSHIP_JOINED', ['US'], ['who'], 'ASSERTED'],
  ['Nicaragua has not rejoined the Organization of American States.', 'MEMBERSHIP_JOINED', ['NI'], ['oas'], 'NEGATED'],
  ['Venezuela was suspended from Mercosur in 2016.', 'MEMBERSHIP_LEFT', [], [], null],
  // an announced departure is the act (README: its notice period runs later); a condition is not
  ['Hungary will withdraw from the International Criminal Court, Foreign Minister Peter Szijjarto announced.', 'MEMBERSHIP_LEFT', ['HU'], ['icc'], 'ASSERTED'],
  ['Mali and Niger said on Tuesday they would quit ECOWAS.', 'MEMBERSHIP_LEFT', ['ML', 'NE'], ['ecowas'], 'ASSERTED'],
  ['Hungary said it would leave the International Criminal Court if Netanyahu were arrested.', 'MEMBERSHIP_LEFT', [], [], null],
  ['Moldova will leave the Commonwealth of Independent States next year.', 'MEMBERSHIP_LEFT', ['MD'], ['commonwealth-of-independent-states'], 'FUTURE'],
  ['Niger quit the International Criminal Court in September. Hungary, which announced its own withdrawal in April, was the first.', 'MEMBERSHIP_LEFT', ['HU'], ['icc'], 'ASSERTED'],
  ['France completed its withdrawal from Mali in August. Germany completed its withdrawal in December.', 'MEMBERSHIP_LEFT', [], [], null],
];

describe('relations, envoys and membership: a phrase bank of wire-service wording', () => {
  it.each(RELATIONS)('%s (%s)', (text, type, initiators, recipients, factuality) => {
    const es = ofType(text, type);
    if (factuality === null) {
      expect(es.filter((e) => e.factuality === 'ASSERTED')).toEqual([]);
      return;
    }
    // A row of two sentences tells an event before the one tested: the one of these initiators.
    const hit = es.find((e) => e.factuality === factuality && roles(e, 'INITIATOR').join() === initiators.join()) ?? es.find((e) => e.factuality === factuality);
    expect(hit, es.map((e) => e.factuality).join(',')).toBeDefined();
    expect(roles(hit!, 'INITIATOR')).toEqual(initiators);
    expect(roles(hit!, 'RECIPIENT')).toEqual(recipients);
  });
});
