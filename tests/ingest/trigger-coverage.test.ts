// Trigger coverage by meaning: for each event type, ways English news tells it (verbs and their
// synonyms in active, passive and participle forms, nouns, support verbs), written for this
// table and not taken from the dev articles. Each row runs the whole extractor. Positive rows
// name the event's type, initiators and recipients (country codes or organization slugs) and
// its factuality; look-alike rows ("not") must produce no asserted event of the type.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/ingest/extract/events/catalog.ts';
import type { DiplomaticEventType, Factuality } from '../../src/ingest/types.ts';
import { extract, roles } from './helpers.ts';

type Row = [DiplomaticEventType, string, string[], string[], Factuality?];

const parties = (e: ReturnType<typeof extract>['events'][number], role: string) => roles(e, role).filter((x) => !x.includes('-') || !e.participants.some((p) => p.role === 'PARTICIPANT' && p.actor.kind === 'official' && p.actor.slug === x));

export const POSITIVE: Row[] = [
  // CONDEMNATION: verbs of reproach, nouns of censure, support verbs.
  ['CONDEMNATION', 'Germany sharply rebuked Hungary on Tuesday over its veto.', ['DE'], ['HU']],
  ['CONDEMNATION', 'Turkey harshly criticized Sweden after the protest in Stockholm.', ['TR'], ['SE']],
  ['CONDEMNATION', 'The Philippines reproached China over the water cannon attack.', ['PH'], ['CN']],
  ['CONDEMNATION', 'South Korea chided Japan for the textbook revisions.', ['KR'], ['JP']],
  ['CONDEMNATION', 'Poland berated Belarus over the migrants pushed across the border.', ['PL'], ['BY']],
  ['CONDEMNATION', 'Iran derided the United States as a failed superpower.', ['IR'], ['US']],
  ['CONDEMNATION', 'India tore into Pakistan at the General Assembly on Friday.', ['IN'], ['PK']],
  ['CONDEMNATION', 'Egypt railed against Israel in a statement on Sunday.', ['EG'], ['IL']],
  ['CONDEMNATION', 'France took Italy to task over its treatment of rescue ships.', ['FR'], ['IT']],
  ['CONDEMNATION', 'Canada spoke out against China over the detention of its citizens.', ['CA'], ['CN']],
  ['CONDEMNATION', 'Lithuania called out Russia for the airspace violation.', ['LT'], ['RU']],
  ['CONDEMNATION', 'Australia faulted China for the unsafe intercept of its patrol aircraft.', ['AU'], ['CN']],
  ['CONDEMNATION', 'Brazil voiced strong criticism of Israel over the strikes on Gaza.', ['BR'], ['IL']],
  ['CONDEMNATION', "Spain's condemnation of Russia came hours after the attack.", ['ES'], ['RU']],
  ['CONDEMNATION', 'In a sharp rebuke to Venezuela, Colombia said it would not accept the result.', ['CO'], ['VE']],
  ['CONDEMNATION', 'Mexico issued a strong rebuke of Ecuador after the embassy raid.', ['MX'], ['EC']],
  ['CONDEMNATION', 'Norway roundly condemned Iran for the executions.', ['NO'], ['IR']],
  ['CONDEMNATION', 'Ukraine pilloried Hungary over the gas deal.', ['UA'], ['HU']],
  ['CONDEMNATION', 'Armenia held Azerbaijan responsible for the shelling.', ['AM'], ['AZ']],
  ['CONDEMNATION', 'Estonia protested to Russia over the border incident.', ['EE'], ['RU']],
  ['CONDEMNATION', 'Japan strongly denounced North Korea after the launch.', ['JP'], ['KP']],
  ['CONDEMNATION', 'Greece lambasted Turkey over the drilling ship.', ['GR'], ['TR']],
  ['CONDEMNATION', 'Serbia vehemently objected to Kosovo over the police raids.', ['RS'], ['XK']],
  // AGREEMENT_SIGNED
  ['AGREEMENT_SIGNED', 'Britain and India hammered out a free trade deal on Tuesday.', ['GB', 'IN'], []],
  ['AGREEMENT_SIGNED', 'Japan and the Philippines forged a defence pact in Manila.', ['JP', 'PH'], []],
  ['AGREEMENT_SIGNED', 'Kenya and Ethiopia entered into an agreement on electricity trade.', ['ET', 'KE'], []],
  ['AGREEMENT_SIGNED', 'Chile and Argentina came to an agreement on the disputed glacier.', ['AR', 'CL'], []],
  ['AGREEMENT_SIGNED', 'Vietnam and Indonesia reached an understanding on their maritime boundary.', ['ID', 'VN'], []],
  ['AGREEMENT_SIGNED', 'Poland and Ukraine signed a letter of intent on grain transit.', ['PL', 'UA'], []],
  ['AGREEMENT_SIGNED', 'Qatar and Turkey clinched a gas supply deal on Monday.', ['QA', 'TR'], []],
  ['AGREEMENT_SIGNED', 'Italy and Libya inked a migration accord in Rome.', ['IT', 'LY'], []],
  ['AGREEMENT_SIGNED', 'Egypt and Sudan struck a water-sharing bargain after months of talks.', ['EG', 'SD'], []],
  ['AGREEMENT_SIGNED', 'Thailand and Malaysia concluded a border security agreement on Friday.', ['MY', 'TH'], []],
  ['AGREEMENT_SIGNED', 'South Korea and Australia secured a deal on critical minerals.', ['AU', 'KR'], []],
  // STATEMENT_OF_SUPPORT
  ['STATEMENT_OF_SUPPORT', 'Latvia threw its weight behind Ukraine on Monday.', ['LV'], ['UA']],
  ['STATEMENT_OF_SUPPORT', 'Hungary rallied behind Serbia in the dispute.', ['HU'], ['RS']],
  ['STATEMENT_OF_SUPPORT', 'Pakistan came out in support of China on the Taiwan question.', ['PK'], ['CN']],
  ['STATEMENT_OF_SUPPORT', 'Canada stood by Denmark in the row over Greenland.', ['CA'], ['DK']],
  ['STATEMENT_OF_SUPPORT', 'Finland lauded Estonia for its reforms.', ['FI'], ['EE']],
  ['STATEMENT_OF_SUPPORT', 'The European Union commended Armenia for its restraint.', ['european-union'], ['AM']],
  ['STATEMENT_OF_SUPPORT', 'Ireland voiced support for Palestine at the United Nations.', ['IE'], ['PS']],
  ['STATEMENT_OF_SUPPORT', 'Belarus pledged its support to Russia on Friday.', ['BY'], ['RU']],
  ['STATEMENT_OF_SUPPORT', 'Japan stands shoulder to shoulder with the Philippines, its foreign minister said.', ['JP'], ['PH']],
  ['STATEMENT_OF_SUPPORT', 'Georgia expressed its full support for Azerbaijan on Sunday.', ['GE'], ['AZ']],
  ['STATEMENT_OF_SUPPORT', 'Kenya endorsed Somalia for a seat on the Security Council.', ['KE'], ['SO']],
  ['STATEMENT_OF_SUPPORT', 'Cuba reaffirmed its unwavering support for Venezuela on Monday.', ['CU'], ['VE']],
  // VISIT
  ['VISIT', 'French President Emmanuel Macron paid a visit to Morocco on Monday.', ['FR'], ['MA']],
  ['VISIT', 'Chinese Premier Li Qiang journeyed to Australia for a four-day tour.', ['CN'], ['AU']],
  ['VISIT', 'Indian Prime Minister Narendra Modi jetted into Kyiv on Friday.', ['IN'], ['UA']],
  ['VISIT', 'Turkish President Recep Tayyip Erdogan set off for Iraq on Monday.', ['TR'], ['IQ']],
  ['VISIT', 'German Chancellor Olaf Scholz departed for Brazil on Sunday.', ['DE'], ['BR']],
  ['VISIT', 'Egypt hosted Turkish President Recep Tayyip Erdogan in Cairo on Wednesday.', ['TR'], ['EG']],
  ['VISIT', 'South African President Cyril Ramaphosa made a trip to Washington in May.', ['ZA'], ['US']],
  ['VISIT', 'Brazilian President Luiz Inacio Lula da Silva flew to Beijing on Tuesday.', ['BR'], ['CN']],
  ['VISIT', 'Kenyan President William Ruto landed in Seoul on Monday.', ['KE'], ['KR']],
  ['VISIT', 'Italian Prime Minister Giorgia Meloni travelled to Tunisia on Sunday.', ['IT'], ['TN']],
  ['VISIT', 'President Emmanuel Macron will head to Vietnam next week.', ['FR'], ['VN'], 'FUTURE'],
  // MEETING
  ['MEETING', 'Prime Minister Narendra Modi had talks with President Joe Biden at the White House.', ['IN'], ['US']],
  ['MEETING', 'President Recep Tayyip Erdogan held a meeting with President Vladimir Putin in Sochi.', ['TR'], ['RU']],
  ['MEETING', 'Chancellor Olaf Scholz sat down with President Xi Jinping in Beijing on Tuesday.', ['DE'], ['CN']],
  ['MEETING', 'President Emmanuel Macron held a bilateral meeting with Prime Minister Fumio Kishida.', ['FR'], ['JP']],
  ['MEETING', 'President Joe Biden and President Xi Jinping met on the sidelines of the summit.', ['CN', 'US'], []],
  ['MEETING', 'Prime Minister Anthony Albanese was received by President Xi Jinping in Beijing.', ['AU'], ['CN']],
  ['MEETING', 'Prime Minister Keir Starmer held a face-to-face meeting with President Donald Trump.', ['GB'], ['US']],
  // NEGOTIATION
  ['NEGOTIATION', 'Serbia and Kosovo resumed negotiations in Brussels on Monday.', ['RS', 'XK'], []],
  ['NEGOTIATION', 'Ethiopia held negotiations with Egypt over the dam.', ['EG', 'ET'], []],
  ['NEGOTIATION', 'Armenia and Azerbaijan are in talks on a peace treaty.', ['AM', 'AZ'], []],
  ['NEGOTIATION', 'Negotiators from Israel and Hamas haggled over the hostage list in Doha.', ['hamas', 'IL'], []],
  ['NEGOTIATION', 'Venezuela and Guyana sat at the negotiating table in Brasilia.', ['GY', 'VE'], []],
  // AID_PROVIDED
  ['AID_PROVIDED', 'Germany sent tanks to Ukraine in January.', ['DE'], ['UA']],
  ['AID_PROVIDED', 'Saudi Arabia rushed humanitarian aid to Sudan.', ['SA'], ['SD']],
  ['AID_PROVIDED', 'Japan handed over food aid to Afghanistan on Monday.', ['JP'], ['AF']],
  ['AID_PROVIDED', 'Turkey airlifted relief supplies to Syria after the earthquake.', ['TR'], ['SY']],
  ['AID_PROVIDED', 'Norway provided humanitarian assistance to Yemen.', ['NO'], ['YE']],
  ['AID_PROVIDED', 'China granted Cambodia a $300 million loan.', ['CN'], ['KH']],
  ['AID_PROVIDED', 'The United Arab Emirates shipped medical supplies to Gaza.', ['AE'], ['PS']],
  ['AID_PROVIDED', 'Britain supplied Ukraine with long-range missiles.', ['GB'], ['UA']],
  ['AID_PROVIDED', 'Qatar delivered fuel aid to Lebanon on Tuesday.', ['QA'], ['LB']],
  // SANCTIONS_IMPOSED
  ['SANCTIONS_IMPOSED', 'The European Union adopted restrictive measures against Belarus on Monday.', ['european-union'], ['BY']],
  ['SANCTIONS_IMPOSED', 'Britain imposed an embargo on Iran in 2012.', ['GB'], ['IR']],
  ['SANCTIONS_IMPOSED', 'The United States imposed punitive measures on Nicaragua.', ['US'], ['NI']],
  ['SANCTIONS_IMPOSED', 'Canada slapped sanctions on Russia on Friday.', ['CA'], ['RU']],
  ['SANCTIONS_IMPOSED', 'Japan imposed export controls on Russia after the invasion.', ['JP'], ['RU']],
  ['SANCTIONS_IMPOSED', 'Australia imposed travel bans on Iranian officials.', ['AU'], ['IR']],
  ['SANCTIONS_IMPOSED', 'The United States sanctioned Venezuela on Tuesday.', ['US'], ['VE']],
  ['SANCTIONS_IMPOSED', 'Switzerland froze the assets of Syria in 2011.', ['CH'], ['SY']],
  ['SANCTIONS_IMPOSED', 'The European Union unveiled a new package of sanctions against Russia.', ['european-union'], ['RU']],
  ['SANCTIONS_IMPOSED', 'The United States hit Iran with fresh penalties on Thursday.', ['US'], ['IR']],
  // DESIGNATION_ADDED
  ['DESIGNATION_ADDED', 'Canada classified the Houthis as a terrorist organization.', ['CA'], ['houthis']],
  ['DESIGNATION_ADDED', 'Britain blacklisted Hamas in 2021.', ['GB'], ['hamas']],
  ['DESIGNATION_ADDED', 'The United States branded the Houthis a terrorist group on Friday.', ['US'], ['houthis']],
  ['DESIGNATION_ADDED', 'Germany outlawed Hezbollah in 2020.', ['DE'], ['hezbollah']],
  ['DESIGNATION_ADDED', 'Australia listed Hamas as a terrorist organisation.', ['AU'], ['hamas']],
  ['DESIGNATION_ADDED', 'The Houthis were designated as a terrorist group by Canada.', ['CA'], ['houthis']],
  // AMBASSADOR_ACCREDITED
  ['AMBASSADOR_ACCREDITED', 'The new ambassador of Japan handed his credentials to President Joe Biden on Tuesday.', ['JP'], ['US']],
  ['AMBASSADOR_ACCREDITED', 'The Saudi ambassador presented his letters of credence to President Bashar al-Assad.', ['SA'], ['SY']],
  ['AMBASSADOR_ACCREDITED', 'President Vladimir Putin accepted the credentials of the new ambassador of India.', ['IN'], ['RU']],
  ['AMBASSADOR_ACCREDITED', "Germany's new envoy to Turkey was accredited by President Recep Tayyip Erdogan on Monday.", ['DE'], ['TR']],
  // DIPLOMATIC_RELATIONS_ESTABLISHED
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Saudi Arabia and Iran restored diplomatic ties on Friday.', ['IR', 'SA'], []],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Israel and Morocco normalised relations in 2020.', ['IL', 'MA'], []],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Qatar and Bahrain re-established diplomatic relations on Wednesday.', ['BH', 'QA'], []],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Venezuela and Colombia reopened their embassies on Monday.', ['CO', 'VE'], []],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Sri Lanka and the Maldives set up diplomatic relations in 1965.', ['LK', 'MV'], []],
  // DIPLOMATIC_RELATIONS_SEVERED
  ['DIPLOMATIC_RELATIONS_SEVERED', 'Bolivia cut ties with Israel on Tuesday.', ['BO'], ['IL']],
  ['DIPLOMATIC_RELATIONS_SEVERED', 'Nicaragua broke off relations with the Netherlands.', ['NI'], ['NL']],
  // DIPLOMAT_EXPELLED
  ['DIPLOMAT_EXPELLED', 'Moldova ordered out a Russian diplomat on Thursday.', ['MD'], ['RU']],
  ['DIPLOMAT_EXPELLED', 'Niger sent home the French ambassador in August.', ['NE'], ['FR']],
  ['DIPLOMAT_EXPELLED', 'Czechia kicked out two Russian diplomats on Monday.', ['CZ'], ['RU']],
  ['DIPLOMAT_EXPELLED', 'Canada booted out an Indian diplomat on Monday.', ['CA'], ['IN']],
  ['DIPLOMAT_EXPELLED', 'Three Russian diplomats were ordered out by Norway on Friday.', ['NO'], ['RU']],
  ['DIPLOMAT_EXPELLED', 'Two Iranian diplomats were sent home by Albania on Wednesday.', ['AL'], ['IR']],
  ['DIPLOMAT_EXPELLED', 'Mali ordered the expulsion of the French ambassador on Monday.', ['ML'], ['FR']],
  ['CONDEMNATION', 'South Korea held North Korea fully responsible for the explosion.', ['KR'], ['KP']],
  ['CONDEMNATION', 'Kenya took Uganda to task over the seizure of its fishermen.', ['KE'], ['UG']],
  ['CONDEMNATION', 'Seoul delivered a sharp reprimand to Tokyo over the shrine visit.', ['KR'], ['JP']],
  ['CONDEMNATION', 'The Egyptian foreign ministry issued a formal condemnation of Israel on Monday.', ['EG'], ['IL']],
  ['CONDEMNATION', "Canada's criticism of India followed the killing of a Sikh activist.", ['CA'], ['IN']],
  ['AGREEMENT_SIGNED', 'After two days of talks, Peru and Bolivia came to an agreement on water rights.', ['BO', 'PE'], []],
  ['AGREEMENT_SIGNED', 'Kazakhstan and Uzbekistan have come to an understanding on the border.', ['KZ', 'UZ'], []],
  ['AGREEMENT_SIGNED', 'Singapore and Malaysia nailed down a rail agreement in January.', ['MY', 'SG'], []],
  ['MEETING', 'Foreign Minister Annalena Baerbock has had several meetings with Foreign Minister Wang Yi.', ['CN', 'DE'], []],
  ['NEGOTIATION', 'Ukraine and Russia returned to the negotiating table in Istanbul.', ['RU', 'UA'], []],
  ['NEGOTIATION', 'Sudan and South Sudan were in talks over oil transit fees.', ['SD', 'SS'], []],
  ['AID_PROVIDED', 'Sweden shipped howitzers to Ukraine in the spring.', ['SE'], ['UA']],
  ['AID_PROVIDED', 'Iran supplied drones to Russia, Ukraine said.', ['IR'], ['RU']],
  ['SANCTIONS_IMPOSED', 'Washington targeted Chinese chipmakers with export controls.', ['US'], ['CN']],
  ['SANCTIONS_IMPOSED', 'The European Union hit Belarus with restrictive measures after the election.', ['european-union'], ['BY']],
  ['SANCTIONS_IMPOSED', 'Britain imposed asset freezes on Russian oligarchs.', ['GB'], ['RU']],
  ['SANCTIONS_LIFTED', 'The European Union lifted restrictive measures against Uzbekistan.', ['european-union'], ['UZ']],
  ['SANCTIONS_LIFTED', 'Washington eased export controls on India on Tuesday.', ['US'], ['IN']],
  ['SANCTIONS_LIFTED', 'The European Union ended its restrictive measures against Liberia.', ['european-union'], ['LR']],
  ['DESIGNATION_ADDED', 'Paraguay deemed Hezbollah a terrorist organisation in 2019.', ['PY'], ['hezbollah']],
  ['DIPLOMAT_EXPELLED', 'Latvia sent the Russian ambassador home on Monday.', ['LV'], ['RU']],
  ['DIPLOMAT_EXPELLED', 'Sudan ordered the Kenyan envoy out within 72 hours.', ['SD'], ['KE']],
  ['DIPLOMAT_EXPELLED', 'Ecuador sent two Venezuelan diplomats packing on Friday.', ['EC'], ['VE']],
  ['DIPLOMAT_EXPELLED', 'The Iranian ambassador was ordered out by Azerbaijan on Monday.', ['AZ'], ['IR']],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Bhutan and India opened diplomatic relations in 1968.', ['BT', 'IN'], []],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Oman and Israel reopened their respective embassies in March.', ['IL', 'OM'], []],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Fiji and Kosovo launched formal diplomatic ties on Friday.', ['FJ', 'XK'], []],
  ['MEETING', 'Chancellor Olaf Scholz had a meeting with President Emmanuel Macron in Berlin.', ['DE', 'FR'], []],
  ['MEETING', 'Prime Minister Fumio Kishida has had talks with President Yoon Suk Yeol twice this year.', ['JP', 'KR'], []],
  ['AID_PROVIDED', 'The Netherlands has shipped fighter jets to Ukraine and Denmark has sent howitzers to Kyiv.', ['NL'], ['UA']],
  ['NEGOTIATION', 'Italy and Albania have been in talks over a second migrant centre.', ['AL', 'IT'], []],
  // AMBASSADOR_RECALLED / SUMMONED
  ['AMBASSADOR_RECALLED', 'Colombia pulled its envoy from Israel on Sunday.', ['CO'], ['IL']],
  ['AMBASSADOR_SUMMONED', 'Germany summoned the Russian ambassador on Monday.', ['DE'], ['RU']],
];

/** Look-alikes: share a pattern's words, tell no asserted event of the type. */
export const NEGATIVE: [DiplomaticEventType, string][] = [
  ['CONDEMNATION', 'Germany refused to criticize Hungary over its veto.'],
  ['CONDEMNATION', 'The minister took questions from reporters on Tuesday.'],
  ['CONDEMNATION', 'Turkey held its elections on Sunday.'],
  ['AGREEMENT_SIGNED', 'Britain and India failed to hammer out a trade deal.'],
  ['AGREEMENT_SIGNED', 'The two sides forged closer economic ties in the 1990s.'],
  ['STATEMENT_OF_SUPPORT', 'The government stood by its decision to raise taxes.'],
  ['VISIT', 'President Emmanuel Macron did not travel to Morocco.'],
  ['VISIT', 'The ship set off for the Mediterranean on Monday.'],
  ['MEETING', 'President Joe Biden spoke by phone with President Volodymyr Zelensky on Tuesday.'],
  ['MEETING', 'The proposal met fierce resistance in Berlin.'],
  ['NEGOTIATION', 'Serbia refused to resume negotiations with Kosovo.'],
  ['AID_PROVIDED', 'The United States suspended military aid to Egypt.'],
  ['AID_PROVIDED', 'Russia sent tanks into Ukraine in February 2022.'],
  ['SANCTIONS_IMPOSED', 'The European Union lifted restrictive measures against Belarus.'],
  ['SANCTIONS_IMPOSED', 'Hungary blocked new sanctions on Russia on Monday.'],
  ['DESIGNATION_ADDED', 'The United States removed the Houthis from its terrorist list.'],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Turkey and Armenia have not restored diplomatic ties.'],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'The two countries have enjoyed close ties since independence.'],
  ['DIPLOMAT_EXPELLED', 'The Russian ambassador was sent home for consultations by Moscow.'],
  ['DIPLOMAT_EXPELLED', 'Moldova ordered out riot police to clear the square.'],
  ['AMBASSADOR_ACCREDITED', 'The ambassador presented a report to the committee on Tuesday.'],
  // Not done: threatened, weighed, urged, refused, failed, blocked, hoped for.
  ['SANCTIONS_IMPOSED', 'Washington threatened penalties on Beijing if it supplied arms to Russia.'],
  ['SANCTIONS_IMPOSED', 'The European Union is weighing restrictive measures against Georgia.'],
  ['SANCTIONS_IMPOSED', 'Ukraine called for export controls on Russia to be tightened.'],
  ['SANCTIONS_IMPOSED', 'Calls for an arms embargo on Israel grew louder in Europe.'],
  ['SANCTIONS_IMPOSED', 'The bill would impose export controls on China.'],
  ['SANCTIONS_IMPOSED', 'Kyiv urged the European Union to adopt restrictive measures against Iran.'],
  ['SANCTIONS_IMPOSED', 'France proposed an embargo on Russian steel, but Germany objected.'],
  ['AGREEMENT_SIGNED', 'Britain and India hope to hammer out a deal by Christmas.'],
  ['AGREEMENT_SIGNED', 'Talks aimed at securing a deal between Israel and Hamas stalled on Monday.'],
  ['AGREEMENT_SIGNED', 'Japan and China have yet to come to an agreement on the islands.'],
  ['AGREEMENT_SIGNED', 'Armenia and Azerbaijan failed to reach an understanding on the border.'],
  ['AGREEMENT_SIGNED', 'Egypt and Ethiopia could not forge a deal on the dam.'],
  ['AGREEMENT_SIGNED', 'The United States is pushing Saudi Arabia and Israel to seal a normalisation pact.'],
  ['AID_PROVIDED', 'Kyiv has urged Germany to send more tanks to Ukraine.'],
  ['AID_PROVIDED', 'Germany refused to send Taurus missiles to Ukraine.'],
  ['CONDEMNATION', 'Armenia said it would hold Azerbaijan responsible for any attack.'],
  ['CONDEMNATION', 'Hungary blocked a condemnation of China at the European Council.'],
  ['CONDEMNATION', 'Israel dismissed criticism of its campaign in Gaza.'],
  ['CONDEMNATION', 'The minister refused to speak out against Russia.'],
  ['CONDEMNATION', 'China urged Japan not to call out Beijing over Taiwan.'],
  ['VISIT', 'Erdogan was supposed to leave for Iraq on Monday but cancelled the trip.'],
  ['VISIT', 'The refugees left for Germany in 2015.'],
  ['VISIT', 'Thousands of doctors have left for Britain in recent years.'],
  ['NEGOTIATION', 'Serbia and Kosovo are not in talks on the border.'],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Turkey and Armenia are trying to set up diplomatic relations.'],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Israel hopes to set up diplomatic relations with Saudi Arabia.'],
  ['DIPLOMAT_EXPELLED', 'Lithuania threatened to send home the Russian ambassador.'],
  ['DIPLOMAT_EXPELLED', 'Moldova refused to order out the Russian diplomats.'],
  ['DESIGNATION_ADDED', 'Congress is pushing to classify the Houthis as a terrorist organization.'],
  ['MEETING', 'Prime Minister Narendra Modi will have talks with President Joe Biden on Friday.'],
  ['MEETING', 'Prime Minister Narendra Modi had talks with President Joe Biden by phone on Friday.'],
  ['SANCTIONS_IMPOSED', 'President Volodymyr Zelensky called for sanctions on Iran.'],
  ['SANCTIONS_IMPOSED', 'Washington threatened sanctions against Turkey over the purchase.'],
  ['SANCTIONS_IMPOSED', 'Lawmakers in Washington are pushing for sanctions on China.'],
  ['SANCTIONS_IMPOSED', 'Poland urged tougher sanctions against Belarus.'],
  ['SANCTIONS_IMPOSED', 'Hungary has long opposed sanctions on Russian energy.'],
  ['SANCTIONS_IMPOSED', 'The ministers discussed sanctions against Iran on Monday.'],
  ['SANCTIONS_IMPOSED', 'Russia faces sanctions from the European Union.'],
  ['SANCTIONS_IMPOSED', 'The European Union is preparing new sanctions on Russia.'],
  ['CONDEMNATION', 'There was no condemnation of Russia in the final statement.'],
  ['CONDEMNATION', 'China sought to avoid criticism of Russia at the summit.'],
  ['AID_PROVIDED', 'Ukraine has asked for more aid to Kyiv from Germany.'],
  ['AID_PROVIDED', 'Kyiv hopes Washington will soon send more missiles to Ukraine.'],
  ['AID_PROVIDED', 'The plan to send jets to Ukraine was shelved.'],
  ['AGREEMENT_SIGNED', 'Israel and Hamas were close to a deal that they could seal within days.'],
  ['AGREEMENT_SIGNED', 'Officials said Japan and India were set to clinch a pact.'],
  ['AGREEMENT_SIGNED', 'The two sides are expected to hammer out an agreement next week.'],
  ['AGREEMENT_SIGNED', 'Britain and India have not yet come to an agreement.'],
  ['MEETING', 'Prime Minister Narendra Modi was due to have talks with President Joe Biden on Friday.'],
  ['VISIT', 'President Recep Tayyip Erdogan is scheduled to leave for Iraq on Monday.'],
  ['CONDEMNATION', 'Israel warned that it would hold Iran responsible for any attack.'],
  ['SANCTIONS_IMPOSED', 'The European Union has not imposed export controls on China.'],
  ['SANCTIONS_IMPOSED', 'Any penalties on Russia would require unanimity.'],
  ['SANCTIONS_IMPOSED', 'Ministers failed to agree on restrictive measures against Georgia.'],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Egypt and Iran are expected to revive ties.'],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'The two sides have discussed reopening their embassies.'],
  ['DESIGNATION_ADDED', 'Turkey did not classify Hamas as a terrorist organisation.'],
  ['DIPLOMAT_EXPELLED', 'Norway has no plans to send home the Russian ambassador.'],
  ['DIPLOMAT_EXPELLED', 'Estonia may order the Russian envoy out of the country.'],
  ['NEGOTIATION', 'Armenia and Azerbaijan could be in talks on a treaty by spring.'],
  ['CONDEMNATION', 'Critics said Berlin had failed to speak out against Beijing.'],
  ['AID_PROVIDED', 'New Delhi has also sent tanks to its border with China.'],
  ['AID_PROVIDED', 'Denmark has promised tanks to its own army.'],
  ['MEETING', 'Angola and Zambia had a dinner with investors in Lusaka.'],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Japan and China revived ties between their coastguards.'],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', "The two countries reopened their embassies' consular sections after the pandemic."],
  ['DIPLOMAT_EXPELLED', 'China sent home three Japanese nationals detained for spying.'],
  ['CONDEMNATION', 'Rights groups called out the court for delays.'],
  ['NEGOTIATION', 'Qatar Airways is in talks over a large order of Boeing jets.'],
  // Evacuations and recalls of one's own envoys are no expulsion.
  ['DIPLOMAT_EXPELLED', 'Britain ordered non-essential diplomats out of Kyiv on Sunday.'],
  ['DIPLOMAT_EXPELLED', 'The United States sent home the families of diplomats serving in Ukraine.'],
  ['DIPLOMAT_EXPELLED', 'Washington ordered all its diplomats out of Niger.'],
  ['DIPLOMAT_EXPELLED', 'Germany sent its ambassador home to Berlin for consultations.'],
];

/**
 * Known gaps: rows that fail for a step other than the trigger (roles: the host of "played host to",
 * a king's country), or phrasings left out on purpose as too loose ("sealed a partnership", "repaired relations", "mended
 * ties", "revived ties": also said of relations that never broke; "transferred jets to": also a
 * sale; "had a working lunch with": also with investors).
 */
export const GAPS: Row[] = [
  // Read as two events, one per recipient.
  ['AID_PROVIDED', 'Norway has sent missiles to Ukraine and Moldova.', ['NO'], ['MD', 'UA']],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Egypt and Iran revived ties after a decades-long freeze.', ['EG', 'IR'], []],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Turkey and Armenia mended ties after decades of hostility.', ['AM', 'TR'], []],
  ['MEETING', 'President Emmanuel Macron had a working lunch with Chancellor Olaf Scholz in Paris.', ['DE', 'FR'], []],
  ['AID_PROVIDED', 'The United States transferred F-16 jets to Ukraine.', ['US'], ['UA']],
  ['DIPLOMATIC_RELATIONS_ESTABLISHED', 'Britain and Iran repaired relations in 2014.', ['GB', 'IR'], []],
  ['AGREEMENT_SIGNED', 'Germany and Canada sealed a hydrogen partnership on Tuesday.', ['CA', 'DE'], []],
  ['CONDEMNATION', 'Morocco voiced anger at Algeria over the border closure.', ['MA'], ['DZ']],
  ['VISIT', 'Japan played host to Indian Prime Minister Narendra Modi this week.', ['IN'], ['JP']],
  ['MEETING', 'King Charles welcomed President Emmanuel Macron to Windsor Castle on Tuesday.', ['GB'], ['FR']],
];

function check([type, text, initiators, recipients, factuality]: Row): void {
  const es = extract(text).events.filter((e) => e.type === type);
  const want = factuality ?? 'ASSERTED';
  const e = es.find((x) => x.factuality === want);
  expect(e, JSON.stringify(es.map((x) => [x.factuality, x.summary]))).toBeDefined();
  const sym = EVENT_TYPES[type as Exclude<DiplomaticEventType, 'OTHER'>].triggers.every((t) => t.mode === 'symmetric');
  if (sym) {
    expect([...parties(e!, 'INITIATOR'), ...parties(e!, 'RECIPIENT')].sort()).toEqual([...initiators, ...recipients].sort());
  } else {
    expect(parties(e!, 'INITIATOR')).toEqual(initiators);
    expect(parties(e!, 'RECIPIENT')).toEqual(recipients);
  }
}

describe('trigger coverage by meaning', () => {
  it.each(POSITIVE)('%s: %s', (...row) => check(row));
});

describe('trigger coverage: known gaps', () => {
  it.fails.each(GAPS)('%s: %s', (...row) => check(row));
});

describe('trigger coverage: look-alikes', () => {
  it.each(NEGATIVE)('%s: %s', (type, text) => {
    const asserted = extract(text).events.filter((e) => e.type === type && e.factuality === 'ASSERTED');
    expect(asserted.map((e) => e.summary)).toEqual([]);
  });
});
