// Action and legal events (sanctions, designations, aid, seizures of power): ways of telling
// them that the catalog's plain active patterns miss. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extract, roles } from './helpers.ts';

const ofType = (body: string, type: string) => extract(body).events.filter((e) => e.type === type);
const only = (body: string, type: string) => {
  const es = ofType(body, type);
  expect(es).toHaveLength(1);
  return es[0]!;
};

describe('events: "the country" named before', () => {
  it('reads "suspended trade with the country" as sanctions on the state named before, not the actor\'s own', () => {
    const e = only('Ecuador expelled the Mexican ambassador on Monday, and Mexico suspended trade with the country on Tuesday.', 'SANCTIONS_IMPOSED');
    expect(e.factuality).toBe('ASSERTED');
    expect(roles(e, 'INITIATOR')).toEqual(['MX']);
    expect(roles(e, 'RECIPIENT')).toEqual(['EC']);
  });

  it('reads "a package of loans and grants for the country" as aid to it', () => {
    const e = only('Japan signed a memorandum with Kenya on Monday and unveiled a $300 million package of loans and grants for the country.', 'AID_PROVIDED');
    expect(roles(e, 'INITIATOR')).toEqual(['JP']);
    expect(roles(e, 'RECIPIENT')).toEqual(['KE']);
  });

  it('keeps a negated measure on "the country" negated', () => {
    const e = only('Ecuador expelled the Mexican ambassador on Monday. Mexico said it would not suspend trade with the country.', 'SANCTIONS_IMPOSED');
    expect(e.factuality).toBe('NEGATED');
    expect(roles(e, 'RECIPIENT')).toEqual(['EC']);
  });
});

describe('events: a participle after a subordinate clause', () => {
  it('gives "..., adding X to its list" the main subject, not the subject of the "after" clause', () => {
    const e = only('Beijing hit back on Friday after Washington raised tariffs, adding three American drone makers to its export control list.', 'DESIGNATION_ADDED');
    expect(roles(e, 'INITIATOR')).toEqual(['CN']);
    expect(roles(e, 'RECIPIENT')).toEqual(['US']);
  });
});

describe('events: passive and stative listings', () => {
  it('reads "was put back on the American list": the listed subject receives, the list\'s keeper acts', () => {
    const e = only('North Korea was put back on the American list of state sponsors of terrorism in 2017.', 'DESIGNATION_ADDED');
    expect(e.factuality).toBe('ASSERTED');
    expect(roles(e, 'INITIATOR')).toEqual(['US']);
    expect(roles(e, 'RECIPIENT')).toEqual(['KP']);
  });

  it('reads "was removed from Washington\'s list" as a designation removed', () => {
    const e = only("Sudan was removed from Washington's list of state sponsors of terrorism in December.", 'DESIGNATION_REMOVED');
    expect(roles(e, 'INITIATOR')).toEqual(['US']);
    expect(roles(e, 'RECIPIENT')).toEqual(['SD']);
  });

  it('finds the keeper of "the list" where the list was first named', () => {
    const g = extract('Cuba was taken off the U.S. list of state sponsors of terrorism in 2015. Cuba had first been placed on the list in 1982.');
    const added = g.events.filter((e) => e.type === 'DESIGNATION_ADDED');
    expect(added).toHaveLength(1);
    expect(roles(added[0]!, 'INITIATOR')).toEqual(['US']);
    expect(roles(added[0]!, 'RECIPIENT')).toEqual(['CU']);
    expect(added[0]!.date?.date.slice(0, 4)).toBe('1982');
  });

  it('reads a listing in force ("remains on Washington\'s list") as the designation', () => {
    const e = only("Syria remains on Washington's list of state sponsors of terrorism.", 'DESIGNATION_ADDED');
    expect(roles(e, 'INITIATOR')).toEqual(['US']);
    expect(roles(e, 'RECIPIENT')).toEqual(['SY']);
  });

  it('keeps possible and denied listings out of the facts', () => {
    expect(only('Iran could be placed on the Canadian list of terrorist entities.', 'DESIGNATION_ADDED').factuality).toBe('HYPOTHETICAL');
    expect(only('Cuba has not been removed from the American list.', 'DESIGNATION_REMOVED').factuality).toBe('NEGATED');
  });
});

describe('events: living under sanctions', () => {
  it('reads "has been under American sanctions" as sanctions on the subject by the named state', () => {
    const e = only('Iran has been under American sanctions since 1979.', 'SANCTIONS_IMPOSED');
    expect(e.factuality).toBe('ASSERTED');
    expect(roles(e, 'INITIATOR')).toEqual(['US']);
    expect(roles(e, 'RECIPIENT')).toEqual(['IR']);
  });

  it('keeps "is not under EU sanctions" negated, and a regime named without its keeper out', () => {
    const e = only('Venezuela is not under European Union sanctions.', 'SANCTIONS_IMPOSED');
    expect(e.factuality).toBe('NEGATED');
    expect(roles(e, 'INITIATOR')).toEqual(['european-union']);
    expect(ofType('Venezuela has lived under the sanctions regime for years.', 'SANCTIONS_IMPOSED')).toHaveLength(0);
  });
});

describe('events: coups named as nouns', () => {
  it('reads "after coups in Mali, Burkina Faso and Niger" as one seizure of power in each, with no named actor', () => {
    const es = ofType('France withdrew its last troops from the Sahel after coups in Mali, Burkina Faso and Niger, the defence ministry said.', 'SEIZURE_OF_POWER');
    expect(es.map((e) => roles(e, 'RECIPIENT')).sort()).toEqual([['BF'], ['ML'], ['NE']]);
    for (const e of es) {
      expect(e.factuality).toBe('ASSERTED');
      expect(roles(e, 'INITIATOR')).toEqual([]);
    }
  });

  it('splits power taken in two countries into two seizures', () => {
    const es = ofType('Soldiers took power in Mali in 2020 and in Burkina Faso in 2022.', 'SEIZURE_OF_POWER');
    expect(es.map((e) => roles(e, 'RECIPIENT')).sort()).toEqual([['BF'], ['ML']]);
  });

  it('does not take the subject of the sentence as the author of a coup it names', () => {
    const e = only('Washington condemned the military coup in Niger on Friday.', 'SEIZURE_OF_POWER');
    expect(roles(e, 'INITIATOR')).toEqual([]);
    expect(roles(e, 'RECIPIENT')).toEqual(['NE']);
  });

  it('reads no seizure in an attempt, a fear of a coup or a month', () => {
    expect(ofType('A coup attempt in Bolivia failed on Wednesday.', 'SEIZURE_OF_POWER')).toHaveLength(0);
    expect(ofType('There were fears of a coup in Niger.', 'SEIZURE_OF_POWER')).toHaveLength(0);
    expect(ofType('Washington designated the takeover a coup in October.', 'SEIZURE_OF_POWER')).toHaveLength(0);
  });

  it('merges a later "the takeover" with the seizure told before, keeping its date', () => {
    const e = only('Soldiers seized power in Niger in July. Washington designated the takeover a coup in October.', 'SEIZURE_OF_POWER');
    expect(e.evidence).toHaveLength(2);
    expect(e.date?.date.slice(5, 7)).toBe('07');
  });
});

describe('events: listings and sanctions told as a state', () => {
  it('reads "had been on the list since 1993" with the keeper of the list named before', () => {
    const g = extract('Sudan was removed from the U.S. list of state sponsors of terrorism on Monday. Sudan had been on the list since 1993.');
    const e = g.events.filter((x) => x.type === 'DESIGNATION_ADDED');
    expect(e).toHaveLength(1);
    expect(roles(e[0]!, 'INITIATOR')).toEqual(['US']);
    expect(roles(e[0]!, 'RECIPIENT')).toEqual(['SD']);
  });

  it('reads the possessor of the subject as sanctioned ("Sudan\'s economy had been under American sanctions")', () => {
    const e = only("Sudan's economy had been under American sanctions for two decades.", 'SANCTIONS_IMPOSED');
    expect(roles(e, 'INITIATOR')).toEqual(['US']);
    expect(roles(e, 'RECIPIENT')).toEqual(['SD']);
  });
});

describe('events: nominal designations, bailouts, an army that withdraws', () => {
  it('reads "the designation of the Houthis as a terrorist organisation by the United States"', () => {
    const e = only('The designation of the Houthis as a terrorist organisation by the United States took effect on Friday.', 'DESIGNATION_ADDED');
    expect(e.factuality).toBe('ASSERTED');
    expect(roles(e, 'INITIATOR')).toEqual(['US']);
    expect(roles(e, 'RECIPIENT')).toEqual(['houthis']);
  });

  it('keeps a designation only called for hypothetical, and its revocation a removal', () => {
    expect(only('France called for the designation of the IRGC as a terrorist group.', 'DESIGNATION_ADDED').factuality).toBe('HYPOTHETICAL');
    const g = extract('Secretary of State Marco Rubio has revoked the designation of Hayat Tahrir al-Sham as a foreign terrorist organization.');
    expect(g.events.filter((e) => e.type === 'DESIGNATION_ADDED')).toHaveLength(0);
    expect(g.events.filter((e) => e.type === 'DESIGNATION_REMOVED')).toHaveLength(1);
  });

  it('reads a bailout for a state as aid', () => {
    const e = only('The IMF agreed a $3 billion bailout for Sri Lanka.', 'AID_PROVIDED');
    expect(roles(e, 'INITIATOR')).toEqual(['imf']);
    expect(roles(e, 'RECIPIENT')).toEqual(['LK']);
  });

  it('reads an army that left a country as a withdrawal, and a military government leaving a bloc as leaving it', () => {
    const e = only('The Russian army left Georgia in 2007.', 'MILITARY_WITHDRAWAL');
    expect(roles(e, 'INITIATOR')).toEqual(['RU']);
    expect(roles(e, 'RECIPIENT')).toEqual(['GE']);
    const g = extract("Mali's military government withdrew from ECOWAS in January.");
    expect(g.events.map((x) => x.type)).toEqual(['MEMBERSHIP_LEFT']);
  });
});

describe('events: a sentence whose only actor is a pronoun', () => {
  it('reads "He announced $500 million in new aid" with the dateline\'s country as recipient', () => {
    const e = only('KYIV, Ukraine — Prime Minister Fumio Kishida of Japan arrived on Tuesday. He announced $500 million in new aid.', 'AID_PROVIDED');
    expect(e.factuality).toBe('ASSERTED');
    expect(roles(e, 'INITIATOR')).toEqual(['JP']);
    expect(roles(e, 'RECIPIENT')).toEqual(['UA']);
  });
});

// Phrase bank: measures told the way wire copy tells them, and traps that are not the event.
// [type, sentence, initiators, recipients, factuality]; NONE = no asserted event of the type.
const BANK: [string, string, string, string, string][] = [
  ['AID_PROVIDED', 'The United States announced $400 million in military aid for Ukraine on Friday.', 'US', 'UA', 'ASSERTED'],
  ['AID_PROVIDED', 'Japan pledged $15 million in humanitarian assistance to Sudan.', 'JP', 'SD', 'ASSERTED'],
  ['AID_PROVIDED', 'Germany delivered a further package of military aid to Ukraine on Monday.', 'DE', 'UA', 'ASSERTED'],
  ['AID_PROVIDED', 'The European Union sent emergency aid to Turkey after the earthquake.', 'european-union', 'TR', 'ASSERTED'],
  ['AID_PROVIDED', 'The World Bank approved a $1.5 billion loan for Pakistan on Thursday.', 'world-bank', 'PK', 'ASSERTED'],
  ['AID_PROVIDED', 'China has provided Cambodia with $600 million in development loans.', 'CN', 'KH', 'ASSERTED'],
  ['AID_PROVIDED', 'Qatar has committed $50 million to Afghanistan for reconstruction.', 'QA', 'AF', 'ASSERTED'],
  ['AID_PROVIDED', 'The International Monetary Fund approved a $3 billion bailout for Egypt.', 'imf', 'EG', 'ASSERTED'],
  ['AID_PROVIDED', 'Australia announced an additional A$100 million aid package for Ukraine.', 'AU', 'UA', 'ASSERTED'],
  ['AID_PROVIDED', 'Japanese Prime Minister Fumio Kishida made a trip to Kyiv, where he promised $470 million in new assistance.', 'JP', 'UA', 'ASSERTED'],
  ['AID_PROVIDED', 'German Chancellor Olaf Scholz visited Kenya on Monday. Berlin announced new aid worth 100 million euros.', 'DE', 'KE', 'ASSERTED'],
  ['AID_PROVIDED', 'Egypt received a $3 billion loan from the International Monetary Fund.', 'imf', 'EG', 'ASSERTED'],
  ['AID_PROVIDED', 'Ukraine has received more than $60 billion in military aid from the United States.', 'US', 'UA', 'ASSERTED'],
  ['AID_PROVIDED', 'Pakistan secured a $7 billion bailout from the IMF.', 'imf', 'PK', 'ASSERTED'],
  ['AID_PROVIDED', 'Sri Lanka won a $2.9 billion rescue package from the IMF.', 'imf', 'LK', 'ASSERTED'],
  ['AID_PROVIDED', 'Kenya will receive $500 million from the World Bank.', 'world-bank', 'KE', 'FUTURE'],
  ['AID_PROVIDED', 'Ukraine received a letter from the United States.', '', '', 'NONE'],
  ['AID_PROVIDED', 'Kyiv received an invitation from NATO.', '', '', 'NONE'],
  ['AID_PROVIDED', 'The United Arab Emirates has sent 100 tonnes of food to Gaza.', 'AE', 'PS', 'ASSERTED'],
  ['AID_PROVIDED', 'Turkey dispatched humanitarian supplies to Syria on Tuesday.', 'TR', 'SY', 'ASSERTED'],
  ['AID_PROVIDED', 'Japan contributed $10 million to Sudan for food relief.', 'JP', 'SD', 'ASSERTED'],
  ['AID_PROVIDED', 'Norway has donated 2 billion crowns to Ukraine.', 'NO', 'UA', 'ASSERTED'],
  ['AID_PROVIDED', 'India shipped 10,000 tonnes of wheat to Afghanistan.', 'IN', 'AF', 'ASSERTED'],
  ['AID_PROVIDED', 'The IMF board approved a $1.1 billion disbursement to Pakistan.', 'imf', 'PK', 'ASSERTED'],
  ['AID_PROVIDED', 'France will supply Ukraine with Mirage fighter jets.', 'FR', 'UA', 'FUTURE'],
  ['AID_PROVIDED', 'Sweden did not donate 2 billion crowns to Ukraine.', 'SE', 'UA', 'NEGATED'],
  ['AID_PROVIDED', 'Russia sold 5 million tonnes of wheat to Egypt.', '', '', 'NONE'],
  ['AID_PROVIDED', 'The State Department promised $10 million for information leading to the arrest of Hezbollah financiers.', '', '', 'NONE'],
  ['AID_PROVIDED', 'The United States did not announce new aid for Ukraine.', 'US', 'UA', 'NEGATED'],
  ['AID_PROVIDED', 'Germany may send more weapons to Ukraine next year.', 'DE', 'UA', 'HYPOTHETICAL'],
  ['AID_PROVIDED', 'The United States suspended military aid to Egypt.', '', '', 'NONE'],
  ['AID_PROVIDED', 'Germany halted aid to Niger after the coup.', '', '', 'NONE'],
  ['AID_PROVIDED', 'The United States froze aid to Ethiopia.', '', '', 'NONE'],
  ['AID_PROVIDED', 'Foreign Minister Wang Yi visited Egypt on Sunday. Russia announced new humanitarian aid the same day.', '', '', 'NONE'],
  ['SANCTIONS_IMPOSED', 'The Treasury Department sanctioned five Iranian officials on Tuesday.', 'US', 'IR', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'Britain slapped sanctions on two Russian oligarchs.', 'GB', 'RU', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'The European Union imposed a new round of sanctions targeting Belarus.', 'european-union', 'BY', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'Canada announced fresh sanctions against Iran on Monday.', 'CA', 'IR', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'Australia froze the assets of three Myanmar generals.', 'AU', 'MM', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'The EU adopted its 14th sanctions package against Russia.', 'european-union', 'RU', 'ASSERTED'],
  ["SANCTIONS_IMPOSED", "The United States on Thursday imposed sanctions on Venezuela's state oil company.", 'US', 'VE', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'Britain imposed an asset freeze and travel ban on six Iranian officials.', 'GB', 'IR', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'The United States imposed visa restrictions on Nicaraguan officials.', 'US', 'NI', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'Beijing retaliated with sanctions against nine American defense firms.', 'CN', 'US', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'The European Union imposed sanctions on Russia over its invasion of Ukraine.', 'european-union', 'RU', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'China announced sanctions on U.S. defence companies over arms sales to Taiwan.', 'CN', 'US', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'The Security Council imposed an arms embargo on South Sudan.', 'un-security-council', 'SS', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'The EU banned imports of Russian oil.', 'european-union', 'RU', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'New EU sanctions target Russian banks and energy companies.', 'european-union', 'RU', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'Russia retaliated by banning imports of fruit from Moldova.', 'RU', 'MD', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'The United States and Britain jointly sanctioned Iranian officials.', 'GB', 'IR', 'ASSERTED'],
  ['SANCTIONS_IMPOSED', 'The sanctions target 50 Russian individuals.', '', '', 'NONE'],
  // The state named in the reason is not the target.
  ['SANCTIONS_IMPOSED', 'China imposed sanctions on Lockheed Martin over arms sales to Taiwan.', '', '', 'NONE'],
  ['SANCTIONS_IMPOSED', 'Washington imposed sanctions on a shipping firm for carrying Iranian oil to China.', '', '', 'NONE'],
  ['SANCTIONS_IMPOSED', 'The United States imposed tariffs on Chinese goods.', '', '', 'NONE'],
  ['SANCTIONS_IMPOSED', 'The United States threatened to impose sanctions on Turkey.', 'US', 'TR', 'HYPOTHETICAL'],
  ['SANCTIONS_IMPOSED', 'Washington is considering sanctions on Chinese banks.', 'US', 'CN', 'HYPOTHETICAL'],
  ['DESIGNATION_ADDED', 'The United States designated the Houthis a foreign terrorist organization.', 'US', 'houthis', 'ASSERTED'],
  ['DESIGNATION_ADDED', 'Canada listed the IRGC as a terrorist entity on Wednesday.', 'CA', 'irgc', 'ASSERTED'],
  ['DESIGNATION_ADDED', 'The State Department added Cuba to its list of state sponsors of terrorism.', 'US', 'CU', 'ASSERTED'],
  ['DESIGNATION_ADDED', 'Britain proscribed Hamas in its entirety in 2021.', 'GB', 'hamas', 'ASSERTED'],
  ['DESIGNATION_ADDED', 'The Houthis were designated as a Specially Designated Global Terrorist group by Washington.', 'US', 'houthis', 'ASSERTED'],
  ['DESIGNATION_REMOVED', 'The United States removed the Houthis from its list of terrorist organizations.', 'US', 'houthis', 'ASSERTED'],
  ['DESIGNATION_REMOVED', 'Washington delisted Sudan as a state sponsor of terrorism.', 'US', 'SD', 'ASSERTED'],
  ['DESIGNATION_REMOVED', 'The United States rescinded the designation of the Houthis as a terrorist group.', 'US', 'houthis', 'ASSERTED'],
  ['DESIGNATION_REMOVED', 'The EU removed Hamas from its terrorist list in 2014.', 'european-union', 'hamas', 'ASSERTED'],
  ['DESIGNATION_ADDED', 'Germany outlawed Hezbollah in 2020.', 'DE', 'hezbollah', 'ASSERTED'],
  ['DESIGNATION_ADDED', 'Britain has not proscribed the IRGC.', 'GB', 'irgc', 'NEGATED'],
  ['DESIGNATION_ADDED', 'The United States considered designating the Muslim Brotherhood a terrorist group.', 'US', 'muslim-brotherhood', 'HYPOTHETICAL'],
  ['DESIGNATION_ADDED', 'The European Union outlawed the sale of Russian gas.', '', '', 'NONE'],
  ['DESIGNATION_REMOVED', 'The United States announced the removal of Sudan from its list of state sponsors of terrorism.', 'US', 'SD', 'ASSERTED'],
  ['DESIGNATION_REMOVED', 'Russia removed the Taliban from its register of banned organisations.', 'RU', 'taliban', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'France completed the withdrawal of its troops from Niger on Friday.', 'FR', 'NE', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'The United States withdrew its last troops from Afghanistan in August 2021.', 'US', 'AF', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'Russian forces withdrew from Ukraine in November.', 'RU', 'UA', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'The last German soldiers left Mali in December.', 'DE', 'ML', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'Washington will withdraw its forces from Niger by September.', 'US', 'NE', 'FUTURE'],
  ['DESIGNATION_ADDED', 'The United States designated Cuba a state sponsor of terrorism.', 'US', 'CU', 'ASSERTED'],
  ['DESIGNATION_ADDED', 'The Houthis were branded a terrorist group by the United States.', 'US', 'houthis', 'ASSERTED'],
  ['DESIGNATION_ADDED', 'Washington formally designated Tren de Aragua a foreign terrorist organization.', 'US', 'tren-de-aragua', 'ASSERTED'],
  ['DESIGNATION_REMOVED', "Washington revoked the Houthis' designation as a foreign terrorist organisation.", 'US', 'houthis', 'ASSERTED'],
  ['DESIGNATION_REMOVED', 'Washington struck Cuba off its list of state sponsors of terrorism.', 'US', 'CU', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'French troops completed their departure from Mali in August.', 'FR', 'ML', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'Russia announced the withdrawal of its peacekeepers from Azerbaijan.', 'RU', 'AZ', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'Niger expelled the French ambassador in August. French troops left the country in December.', 'FR', 'NE', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'The junta in Niger ordered French troops to leave the country.', 'FR', 'NE', 'FUTURE'],
  ['MILITARY_WITHDRAWAL', 'France said it would pull its troops out of Chad.', 'FR', 'TD', 'FUTURE'],
  ['MILITARY_WITHDRAWAL', 'Israel completed its pullback from Lebanon.', 'IL', 'LB', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'Denmark recalled its troops from Mali.', 'DK', 'ML', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'France closed its last military base in Chad.', 'FR', 'TD', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'The French army pulled out of Mali in 2022.', 'FR', 'ML', 'ASSERTED'],
  ['MILITARY_WITHDRAWAL', 'Denmark recalled its ambassador from Mali.', '', '', 'NONE'],
  ['AMBASSADOR_RECALLED', 'Denmark recalled its ambassador from Mali.', 'DK', 'ML', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'Russia responded by kicking out 20 German diplomats.', 'RU', 'DE', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'The French ambassador was expelled from Niger.', 'NE', 'FR', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'The Kremlin said it would expel 10 Polish diplomats.', 'RU', 'PL', 'FUTURE'],
  ['DIPLOMAT_EXPELLED', 'The Russian ambassador was told to leave Moldova within 72 hours.', 'MD', 'RU', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'Two Iranian diplomats were given 48 hours to leave Albania.', 'AL', 'IR', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'The French ambassador to Niger was given 48 hours to leave the country.', 'NE', 'FR', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'Germany expelled a Russian embassy employee accused of spying.', 'DE', 'RU', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'Poland announced the expulsion of 45 Russian diplomats on Thursday.', 'PL', 'RU', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'Britain ordered a Russian diplomat to leave the country.', 'GB', 'RU', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'Niger ordered the French ambassador to leave within 48 hours.', 'NE', 'FR', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'Moscow declared two Estonian diplomats persona non grata.', 'RU', 'EE', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'The Czech Republic expelled 18 Russian embassy staff.', 'CZ', 'RU', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'New Delhi told Ottawa to withdraw dozens of its diplomats from India.', 'IN', 'CA', 'ASSERTED'],
  ['DIPLOMAT_EXPELLED', 'India asked Canada to withdraw 41 diplomats.', 'IN', 'CA', 'HYPOTHETICAL'],
  ['DIPLOMAT_EXPELLED', 'Guatemala threatened to expel the Venezuelan ambassador.', 'GT', 'VE', 'HYPOTHETICAL'],
  ['SEIZURE_OF_POWER', 'Soldiers seized power in Niger on Wednesday.', '', 'NE', 'ASSERTED'],
  // The coup of a relative clause has no named author: not the main clause's subject.
  ['SEIZURE_OF_POWER', 'PARIS — France suspended aid after the coup that ousted President Mohamed Bazoum of Niger.', '', 'NE', 'ASSERTED'],
  ['SEIZURE_OF_POWER', 'The military took power in Myanmar in February 2021.', '', 'MM', 'ASSERTED'],
  ['SEIZURE_OF_POWER', 'Parliament ousted Prime Minister Imran Khan in a no-confidence vote.', '', '', 'NONE'],
  ['SEIZURE_OF_POWER', 'Protesters toppled a statue of the former leader.', '', '', 'NONE'],
  ['SEIZURE_OF_POWER', 'Police seized two tonnes of cocaine in the port of Guayaquil.', '', '', 'NONE'],
  ['SEIZURE_OF_POWER', 'Iran seized a tanker in the Strait of Hormuz.', '', '', 'NONE'],
];

describe('events: phrase bank of measures', () => {
  it.each(BANK)('%s: %s', (type, text, ini, rec, fact) => {
    const es = ofType(text, type);
    if (fact === 'NONE') {
      expect(es.filter((e) => e.factuality === 'ASSERTED')).toEqual([]);
      return;
    }
    const got = es.map((e) => [roles(e, 'INITIATOR').join(','), roles(e, 'RECIPIENT').join(','), e.factuality]);
    expect(got).toContainEqual([ini, rec, fact]);
  });
});
