// Recipients the sentence or the article gives (issue 15, task R): objects with a demonym or
// a possessive, recipients after a long object or a preposition, a relative clause's head, a
// reaction to an act told before ("condemned the move"), "the junta", "the two governments",
// a pronoun for the target of the act its clause continues. Mini-articles of our own; a null
// factuality is a trap: no ASSERTED event of that type may be reported.
import { describe, expect, it } from 'vitest';
import { sides, type RoleRow as Row } from './helpers.ts';

export const RECIPIENTS: Row[] = [
  // Within the sentence: a demonym or a possessive on the object.
  ['Egypt on Tuesday condemned the Israeli strike on a school in Gaza City.', 'CONDEMNATION', ['EG'], ['IL'], 'ASSERTED'],
  ["Poland denounced Moscow's annexation of four Ukrainian regions as a sham.", 'CONDEMNATION', ['PL'], ['RU'], 'ASSERTED'],
  ["The Canadian foreign ministry criticised Beijing's decision to jail the two men.", 'CONDEMNATION', ['CA'], ['CN'], 'ASSERTED'],
  ['Germany strongly condemned the latest North Korean missile launch, calling it reckless.', 'CONDEMNATION', ['DE'], ['KP'], 'ASSERTED'],
  ['Australia welcomed the Indonesian offer of help after the floods.', 'STATEMENT_OF_SUPPORT', ['AU'], ['ID'], 'ASSERTED'],
  // Within the sentence: after a long object or a preposition.
  ['The European Union imposed sweeping new sanctions on Belarus on Monday.', 'SANCTIONS_IMPOSED', ['european-union'], ['BY'], 'ASSERTED'],
  ['Washington imposed sanctions, including visa bans and asset freezes, on senior officials of Nicaragua.', 'SANCTIONS_IMPOSED', ['US'], ['NI'], 'ASSERTED'],
  ['Japan protested strongly against China over the buoy placed near the disputed islands.', 'CONDEMNATION', ['JP'], ['CN'], 'ASSERTED'],
  ['The Philippines lodged a formal protest with China over the water cannon incident.', 'CONDEMNATION', ['PH'], ['CN'], 'ASSERTED'],
  ['Britain on Thursday froze the assets of three Iranian banks.', 'SANCTIONS_IMPOSED', ['GB'], ['IR'], 'ASSERTED'],
  // A relative clause's head.
  ["The takeover in Gabon, which France condemned on Wednesday, ended the Bongo family's rule.", 'CONDEMNATION', ['FR'], ['GA'], 'ASSERTED'],
  ['Iran tested a new ballistic missile. The launch, which Israel condemned as a provocation, came days before the talks.', 'CONDEMNATION', ['IL'], ['IR'], 'ASSERTED'],
  // From the article: a reaction to the act told before.
  ['Russia annexed four regions of Ukraine on Friday. Turkey condemned the move as illegal.', 'CONDEMNATION', ['TR'], ['RU'], 'ASSERTED'],
  ['Israel struck targets in southern Lebanon overnight. Jordan condemned the attack.', 'CONDEMNATION', ['JO'], ['IL'], 'ASSERTED'],
  ['North Korea fired an intercontinental ballistic missile on Thursday. South Korea called the launch a grave provocation.', 'CONDEMNATION', ['KR'], ['KP'], 'ASSERTED'],
  ['Hungary withdrew from the International Criminal Court on Thursday. The Netherlands criticised the decision.', 'CONDEMNATION', ['NL'], ['HU'], 'ASSERTED'],
  ['Saudi Arabia and Iran agreed to restore diplomatic relations. Qatar welcomed the agreement.', 'STATEMENT_OF_SUPPORT', ['QA'], ['IR', 'SA'], 'ASSERTED'],
  ['The United States imposed new sanctions on Venezuela on Monday. Cuba condemned the sanctions as economic warfare.', 'CONDEMNATION', ['CU'], ['US'], 'ASSERTED'],
  ['The UN General Assembly adopted a resolution condemning the invasion. Russia rejected the resolution as biased.', 'CONDEMNATION', ['RU'], ['un-general-assembly'], 'ASSERTED'],
  // "the junta", "the regime", "the government": the state named before with that noun.
  ["Mali's junta expelled the French ambassador last year. Russia signed a defence agreement with the junta on Tuesday.", 'AGREEMENT_SIGNED', ['RU'], ['ML'], 'ASSERTED'],
  ['Soldiers seized power in Niger in July. ECOWAS imposed sanctions on the junta days later.', 'SANCTIONS_IMPOSED', ['ecowas'], ['NE'], 'ASSERTED'],
  ["Myanmar's military regime has jailed thousands of protesters. Britain imposed fresh sanctions on the regime on Friday.", 'SANCTIONS_IMPOSED', ['GB'], ['MM'], 'ASSERTED'],
  ["Syria's new government took office in March. Turkey signed a security pact with the new authorities in Damascus.", 'AGREEMENT_SIGNED', ['TR'], ['SY'], 'ASSERTED'],
  ['Russia deployed troops along the border. Finland said it would impose sanctions on the regime in Moscow if it attacked.', 'SANCTIONS_IMPOSED', [], [], null],
  // "the two governments", "both countries": the pair named before.
  ['Kenya and Ethiopia signed a border accord in Addis Ababa. The African Union praised the two governments for their restraint.', 'STATEMENT_OF_SUPPORT', ['african-union'], ['ET', 'KE'], 'ASSERTED'],
  ['Armenia and Azerbaijan agreed to open the border crossing. The European Union commended both countries.', 'STATEMENT_OF_SUPPORT', ['european-union'], ['AM', 'AZ'], 'ASSERTED'],
  // A pronoun for the target of the act its clause continues.
  ['Algeria recalled its ambassador from France, accusing Paris of meddling in its affairs.', 'CONDEMNATION', ['DZ'], ['FR'], 'ASSERTED'],
  // Reported speech and passives.
  ['China said it firmly opposed the American arms sale to Taiwan.', 'CONDEMNATION', ['CN'], ['US'], 'ASSERTED'],
  ["The French decision was condemned by Algeria's foreign ministry on Sunday.", 'CONDEMNATION', ['DZ'], ['FR'], 'ASSERTED'],
  ['Brazil recognised the new government. The recognition was welcomed by Venezuela.', 'STATEMENT_OF_SUPPORT', ['VE'], ['BR'], 'ASSERTED'],
  // Negatives: no recipient may be invented when the text has none.
  ['The Security Council met in New York. Japan condemned the violence in the region.', 'CONDEMNATION', [], [], null],
  ['Spain said it condemned all forms of terrorism.', 'CONDEMNATION', [], [], null],
  ['The earthquake killed thousands in Turkey. Greece sent aid to the country.', 'CONDEMNATION', [], [], null],
  ['Germany imposed sanctions on Iran in 2019. France did not criticise the decision.', 'CONDEMNATION', [], [], null],
  ['Mexico welcomed the rain after a long drought.', 'STATEMENT_OF_SUPPORT', [], [], null],
  ['Kenya signed an agreement with the junta.', 'AGREEMENT_SIGNED', [], [], null],
  ['Canada expelled two Chinese diplomats. Ottawa said it would not accuse them of spying.', 'CONDEMNATION', [], [], null],
  ['Israel struck Gaza on Monday. Germany may condemn the attack later this week.', 'CONDEMNATION', [], [], null],
  ['The two governments said talks would continue. Egypt praised the progress.', 'STATEMENT_OF_SUPPORT', [], [], null],
  // Second batch: "the country" with modifiers and envoys, acts of force told with "launched" or "fired",
  // a possessed body before the verb, "the bloc", "the regime's", nouns of any act told before.
  ["Mali's junta ordered the French ambassador to leave. Germany criticised the junta's decision.", 'CONDEMNATION', ['DE'], ['ML'], 'ASSERTED'],
  ['Sudan has been ravaged by war since April. Britain pledged $100 million in aid to the war-torn country.', 'AID_PROVIDED', ['GB'], ['SD'], 'ASSERTED'],
  ['An earthquake struck Morocco on Friday. Spain sent emergency aid to the North African kingdom.', 'AID_PROVIDED', ['ES'], ['MA'], 'ASSERTED'],
  ["Tensions rose after Niger's coup. France recalled its ambassador from the country on Monday.", 'AMBASSADOR_RECALLED', ['FR'], ['NE'], 'ASSERTED'],
  ["Belarus hosted Russian nuclear weapons. Lithuania expelled the country's ambassador on Friday.", 'DIPLOMAT_EXPELLED', ['LT'], ['BY'], 'ASSERTED'],
  ['Sweden applied to NATO in 2022. It formally joined the alliance on Thursday.', 'MEMBERSHIP_JOINED', ['SE'], ['nato'], 'ASSERTED'],
  ['Indonesia has long sought a seat in BRICS. It joined the bloc on January 6.', 'MEMBERSHIP_JOINED', ['ID'], ['brics'], 'ASSERTED'],
  ["The European Union held a summit in Brussels. Hungary blocked the bloc's decision, and Poland criticised the bloc.", 'CONDEMNATION', ['PL'], ['european-union'], 'ASSERTED'],
  ['Iran seized a British tanker in the Gulf. Britain condemned the seizure as illegal.', 'CONDEMNATION', ['GB'], ['IR'], 'ASSERTED'],
  ['Chinese coast guard ships fired water cannon at a Philippine supply boat. Manila condemned the attack.', 'CONDEMNATION', ['PH'], ['CN'], 'ASSERTED'],
  ['Israel launched airstrikes on Damascus. Egypt and Jordan condemned the strikes.', 'CONDEMNATION', ['EG', 'JO'], ['IL'], 'ASSERTED'],
  ["Azerbaijan launched a military offensive in Nagorno-Karabakh. Armenia's foreign ministry condemned the offensive.", 'CONDEMNATION', ['AM'], ['AZ'], 'ASSERTED'],
  ["Venezuela's government held an election in July. The United States rejected the result and imposed sanctions on the government.", 'SANCTIONS_IMPOSED', ['US'], ['VE'], 'ASSERTED'],
  ["The Taliban seized power in Afghanistan in 2021. Washington froze the assets of the regime's central bank.", 'SANCTIONS_IMPOSED', ['US'], ['AF'], 'ASSERTED'],
  ['Russia expelled ten Estonian diplomats. Tallinn called the expulsion unjustified.', 'CONDEMNATION', ['EE'], ['RU'], 'ASSERTED'],
  ['Serbia recognised the new government in Kyiv. Moscow criticised the recognition.', 'CONDEMNATION', ['RU'], ['RS'], 'ASSERTED'],
  ['Egypt and Sudan signed a defence pact in Cairo. Ethiopia criticised the pact.', 'CONDEMNATION', ['ET'], ['EG', 'SD'], 'ASSERTED'],
  ["Ghana's president visited Beijing last week. Taiwan criticised the visit.", 'CONDEMNATION', ['TW'], ['GH'], 'ASSERTED'],
  ['Russia withdrew from the grain deal on Monday. The United Nations criticised the withdrawal.', 'CONDEMNATION', ['united-nations'], ['RU'], 'ASSERTED'],
  ['Pakistan closed its airspace to Indian airlines. New Delhi condemned the closure.', 'CONDEMNATION', ['IN'], ['PK'], 'ASSERTED'],
  ['The African Union suspended Gabon after the coup. ECOWAS welcomed the suspension.', 'STATEMENT_OF_SUPPORT', ['ecowas'], ['african-union'], 'ASSERTED'],
  ['The junta in Burkina Faso expelled three French diplomats. Paris condemned the expulsions.', 'CONDEMNATION', ['FR'], ['BF'], 'ASSERTED'],
  ["Turkey's parliament ratified Sweden's bid on Tuesday. NATO's secretary general welcomed the ratification.", 'STATEMENT_OF_SUPPORT', ['nato'], ['TR'], 'ASSERTED'],
  ['Poland condemned the weather.', 'CONDEMNATION', [], [], null],
  ['The minister said the decision was final. Spain welcomed the decision.', 'STATEMENT_OF_SUPPORT', [], [], null],
  ['France condemned the attack.', 'CONDEMNATION', [], [], null],
  ['Kenya and Somalia have disputed the sea border for years. Ethiopia imposed sanctions on the country.', 'SANCTIONS_IMPOSED', [], [], null],
  // Third batch, within the sentence: a long object or "to help" before the recipient, agents after "by"
  // ("executions carried out by", "the release of ... by", proxies "backed by"), the enlargement of a bloc.
  ['France pledged 100 million euros to help Ukraine rebuild its power grid.', 'AID_PROVIDED', ['FR'], ['UA'], 'ASSERTED'],
  ['Japan will provide $50 million in emergency assistance to help Turkey recover from the earthquake.', 'AID_PROVIDED', [], [], null],
  ['The Treasury Department on Thursday slapped sanctions on a dozen Russian banks and energy firms.', 'SANCTIONS_IMPOSED', ['US'], ['RU'], 'ASSERTED'],
  ['Britain condemned in the strongest terms the Houthi attacks on commercial shipping in the Red Sea.', 'CONDEMNATION', ['GB'], ['houthis'], 'ASSERTED'],
  ["Kyiv slammed Budapest's veto of the aid package.", 'CONDEMNATION', ['UA'], ['HU'], 'ASSERTED'],
  ['Australia welcomed the release of two journalists by Myanmar.', 'STATEMENT_OF_SUPPORT', ['AU'], ['MM'], 'ASSERTED'],
  ["The United States, in a statement issued late on Sunday, condemned what it called Iran's reckless seizure of a tanker.", 'CONDEMNATION', ['US'], ['IR'], 'ASSERTED'],
  ['Germany, France and Italy on Monday jointly condemned the executions carried out by Iran.', 'CONDEMNATION', ['DE', 'FR', 'IT'], ['IR'], 'ASSERTED'],
  ["Brazil's foreign ministry expressed solidarity with the people of Morocco after the earthquake.", 'STATEMENT_OF_SUPPORT', ['BR'], ['MA'], 'ASSERTED'],
  ['Canada announced sanctions against five Chinese officials over human rights abuses in Xinjiang.', 'SANCTIONS_IMPOSED', ['CA'], ['CN'], 'ASSERTED'],
  ['Spain recalled its ambassador to Argentina for consultations after remarks by President Javier Milei.', 'AMBASSADOR_RECALLED', ['ES'], ['AR'], 'ASSERTED'],
  ['The European Union imposed sanctions on Iranian drone makers that supply Russia.', 'SANCTIONS_IMPOSED', ['european-union'], ['IR'], 'ASSERTED'],
  ['Seoul protested to Beijing over the detention of a South Korean fisherman.', 'CONDEMNATION', ['KR'], ['CN'], 'ASSERTED'],
  ['The Chinese embassy in Manila accused the Philippines of provocations near the shoal.', 'CONDEMNATION', ['CN'], ['PH'], 'ASSERTED'],
  ['South Africa signed a $2 billion energy agreement with the United Arab Emirates on Friday.', 'AGREEMENT_SIGNED', ['ZA'], ['AE'], 'ASSERTED'],
  ['India extended a credit line of $500 million to Sri Lanka to buy fuel.', 'AID_PROVIDED', ['IN'], ['LK'], 'ASSERTED'],
  ['The Kremlin denounced as "hostile" a decision by Finland to close its border.', 'CONDEMNATION', ['RU'], ['FI'], 'ASSERTED'],
  ['Ankara lashed out at Stockholm after a protester burned a Koran outside the Turkish embassy.', 'CONDEMNATION', ['TR'], ['SE'], 'ASSERTED'],
  ['The African Union suspended Niger from all its activities following the military takeover.', 'SANCTIONS_IMPOSED', [], [], null],
  ["Turkey welcomed Sweden's decision to tighten its anti-terrorism laws.", 'STATEMENT_OF_SUPPORT', ['TR'], ['SE'], 'ASSERTED'],
  ["Beijing voiced strong opposition to the Dutch government's export controls on chipmaking equipment.", 'CONDEMNATION', ['CN'], ['NL'], 'ASSERTED'],
  ['Egypt hailed the ceasefire agreement between Israel and Hamas.', 'STATEMENT_OF_SUPPORT', ['EG'], ['IL', 'hamas'], 'ASSERTED'],
  ['Moscow retaliated by expelling 10 Polish diplomats.', 'DIPLOMAT_EXPELLED', ['RU'], ['PL'], 'ASSERTED'],
  ['Finland joined NATO on Tuesday. Moscow condemned the enlargement as a threat to its security.', 'CONDEMNATION', ['RU'], ['nato'], 'ASSERTED'],
  ['Montenegro became a member of NATO in 2017. Serbia criticised the expansion.', 'CONDEMNATION', ['RS'], ['nato'], 'ASSERTED'],
  ['Israel blamed the rocket fire on militants backed by Iran.', 'CONDEMNATION', ['IL'], ['IR'], 'ASSERTED'],
  ['The United Nations condemned attacks on civilians by armed groups supported by Rwanda.', 'CONDEMNATION', ['united-nations'], ['RW'], 'ASSERTED'],
  ['Poland condemned the attack on a convoy, which was escorted by Ukrainian troops.', 'CONDEMNATION', [], [], null],
  // Fourth batch: a comment on the clause before (", a move that ... condemned", ", a step condemned by",
  // ", drawing criticism from"), a preposition before the act noun, "the two neighbours" without the initiator.
  ['Spain recognised Palestine in May. In October, Norway expelled three Israeli diplomats, a move that Israel condemned.', 'CONDEMNATION', ['IL'], ['NO'], 'ASSERTED'],
  ['Spain recognised Palestine in May. In October, Norway expelled three Israeli diplomats, a move condemned by Israel.', 'CONDEMNATION', ['IL'], ['NO'], 'ASSERTED'],
  ['Russia annexed Crimea in 2014, a step that Ukraine and most Western countries condemned as illegal.', 'CONDEMNATION', ['UA'], ['RU'], 'ASSERTED'],
  ['The United States vetoed the resolution on Friday, drawing sharp criticism from Algeria.', 'CONDEMNATION', ['DZ'], ['US'], 'ASSERTED'],
  ['Morocco cut ties with Iran in 2018. Iran rejected the accusations as baseless.', 'CONDEMNATION', ['IR'], ['MA'], 'ASSERTED'],
  ["Turkey vetoed Sweden's NATO bid for months. Stockholm finally won Ankara's approval in January, and NATO welcomed the breakthrough.", 'STATEMENT_OF_SUPPORT', [], [], null],
  ['Colombia and Venezuela restored relations in 2022. Washington welcomed the rapprochement between the two neighbours.', 'STATEMENT_OF_SUPPORT', ['US'], ['CO', 'VE'], 'ASSERTED'],
  ['The junta in Niger expelled the French ambassador. The European Union condemned the junta.', 'CONDEMNATION', ['european-union'], ['NE'], 'ASSERTED'],
  ["Burkina Faso's military rulers suspended French broadcasters. Paris protested against the suspension.", 'CONDEMNATION', ['FR'], ['BF'], 'ASSERTED'],
  ["Mali's government expelled the UN mission. The Security Council expressed regret at the government's decision.", 'CONDEMNATION', ['un-security-council'], ['ML'], 'ASSERTED'],
  ["Israel's cabinet approved new settlements in the West Bank. Jordan denounced the approval as a violation of international law.", 'CONDEMNATION', ['JO'], ['IL'], 'ASSERTED'],
  // Fifth batch: a second actor's act of the same kind shares the target; the enlargement of the body
  // named last; the admitted state's "the decision" answers the body that admitted it.
  ['Britain pledged $100 million in humanitarian aid to Sudan on Monday, and Germany pledged $50 million in humanitarian aid on Tuesday.', 'AID_PROVIDED', ['DE'], ['SD'], 'ASSERTED'],
  ['The EU imposed sanctions on Belarus in June. Canada imposed sanctions of its own a week later.', 'SANCTIONS_IMPOSED', ['CA'], ['BY'], 'ASSERTED'],
  ['Japan sent aid to Turkey. Germany sent its own aid to Syria.', 'AID_PROVIDED', ['DE'], ['SY'], 'ASSERTED'],
  ['The United States imposed sanctions on Iran. Russia then signed a grain deal.', 'AGREEMENT_SIGNED', [], [], null],
  ['Finland joined NATO in April. Moscow denounced the enlargement of the alliance.', 'CONDEMNATION', ['RU'], ['nato'], 'ASSERTED'],
  ['NATO leaders met in Vilnius. Russia condemned the enlargement.', 'CONDEMNATION', ['RU'], ['nato'], 'ASSERTED'],
  ['Sweden joined NATO in March. Stockholm welcomed the decision.', 'STATEMENT_OF_SUPPORT', ['SE'], ['nato'], 'ASSERTED'],
  // Sixth batch: "the bloc", "the alliance", "the organisation" as the body named before; "the country" for
  // agreements and visits, none when the sentence before had several states for subject.
  ['The European Union opened talks with Moldova in June. Moldova signed a security pact with the bloc on Tuesday.', 'AGREEMENT_SIGNED', ['MD'], ['european-union'], 'ASSERTED'],
  ['Sweden applied to NATO in 2022. Stockholm formally joined the alliance in March.', 'MEMBERSHIP_JOINED', ['SE'], ['nato'], 'ASSERTED'],
  ['Britain held a referendum on the European Union in 2016. It left the bloc in 2020.', 'MEMBERSHIP_LEFT', ['GB'], ['european-union'], 'ASSERTED'],
  ['ECOWAS suspended Mali after the coup. Mali quit the bloc a year later.', 'MEMBERSHIP_LEFT', ['ML'], ['ecowas'], 'ASSERTED'],
  ['The African Union held its summit in Addis Ababa. Morocco rejoined the organisation in 2017.', 'MEMBERSHIP_JOINED', ['MA'], ['african-union'], 'ASSERTED'],
  ['NATO leaders met in Madrid. Japan signed a partnership agreement with the alliance.', 'AGREEMENT_SIGNED', ['JP'], ['nato'], 'ASSERTED'],
  ['Kenya hosted the summit. Japan signed a trade deal with the country.', 'AGREEMENT_SIGNED', ['JP'], ['KE'], 'ASSERTED'],
  ['Kenya and Uganda held talks in Nairobi. Japan signed a trade deal with the country.', 'AGREEMENT_SIGNED', [], [], null],
  ["Serbia's president hosted Xi Jinping in Belgrade on Tuesday, on the Chinese leader's first visit to the country in eight years.", 'VISIT', ['CN'], ['RS'], 'ASSERTED'],
  // Seventh batch, mostly traps for the article-level steps: an object is no acting subject ("Heavy rain
  // hit Pakistan ... the move"), a noun whose act was never told has no author.
  ['Heavy rain hit Pakistan on Monday. China welcomed the move.', 'STATEMENT_OF_SUPPORT', [], [], null],
  ['Germany welcomed the nomination.', 'STATEMENT_OF_SUPPORT', [], [], null],
  ['The talks in Geneva ended without a deal. Japan welcomed the resumption of dialogue.', 'STATEMENT_OF_SUPPORT', [], [], null],
  ['Floods killed hundreds in Libya last week. Egypt condemned the decision to delay the aid.', 'CONDEMNATION', [], [], null],
  ['Japan sent aid to Turkey, a move that China welcomed.', 'STATEMENT_OF_SUPPORT', ['CN'], ['JP'], 'ASSERTED'],
  ["Officials from Iran and Iraq met in Baghdad. Kuwait welcomed the two governments' commitment to dialogue.", 'STATEMENT_OF_SUPPORT', ['KW'], ['IQ', 'IR'], 'ASSERTED'],
  // The noun itself after a state ("The US policy") is no verb of it; its possessor owns it.
  ['The US policy on Cuba has not changed in decades. Mexico criticised the policy on Monday.', 'CONDEMNATION', [], [], null],
  ["Canada's new China policy was unveiled last year. Beijing criticised the policy.", 'CONDEMNATION', ['CN'], ['CA'], 'ASSERTED'],
  // A reaction in the purpose clause of a done act is done with it; "called regrettable" in a relative clause.
  ['Brazil recognised Palestine in 2010. Paraguay closed its embassy in Jerusalem on Monday, a decision Israel called regrettable.', 'CONDEMNATION', ['IL'], ['PY'], 'ASSERTED'],
  ["Seoul summoned Tokyo's ambassador to protest against the textbook changes.", 'CONDEMNATION', ['KR'], ['JP'], 'ASSERTED'],
  ['Lithuania expelled the Chinese chargé d’affaires on Monday to protest against the harassment of its diplomats.', 'CONDEMNATION', ['LT'], ['CN'], 'ASSERTED'],
];

/**
 * Known gaps, kept as failing cases: a reaction continuing an act of the same initiator told
 * by a participle (", accusing them of ...") is not read: the dev gold counts it as a
 * condemnation in one article of the three that have it. Sanctions on "those responsible for
 * the crackdown in Georgia": a place after "in" is not read as the target.
 */
const GAPS: Row[] = [
  ['Washington imposed fresh sanctions on those responsible for the crackdown in Georgia.', 'SANCTIONS_IMPOSED', ['US'], ['GE'], 'ASSERTED'],
  ['Norway expelled four Russian diplomats on Monday, accusing them of spying.', 'CONDEMNATION', ['NO'], ['RU'], 'ASSERTED'],
  ['Chad cut diplomatic ties with Israel on Friday, accusing it of genocide in Gaza.', 'CONDEMNATION', ['TD'], ['IL'], 'ASSERTED'],
];

describe('recipients the sentence or the article gives', () => {
  it.each(RECIPIENTS)('%s (%s)', (body, type, initiators, recipients, factuality) => {
    if (factuality === null) {
      expect(sides(body, type, 'ASSERTED')).toEqual([]);
      return;
    }
    expect(sides(body, type, factuality)).toContainEqual([initiators, recipients]);
  });
  it.fails.each(GAPS)('known gap: %s (%s)', (body, type, initiators, recipients, factuality) => {
    expect(sides(body, type, String(factuality))).toContainEqual([initiators, recipients]);
  });
});
