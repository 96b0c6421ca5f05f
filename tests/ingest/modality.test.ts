// Modality that does not over-hedge (issue 15): a hedge, a negation or a future word in
// another clause, an aside or a report of the act must not make a done act not-happened,
// and the truly not-asserted (a plan, a threat, a refusal, a denial, a condition) must stay
// so. Sentences of our own, in varied news styles; each names the event type, whether the
// act is ASSERTED (happened, or an act the annotation conventions count as done: an announced
// expulsion, an announced withdrawal from an organization, aid announced or pledged) or NOT
// (negated, hypothetical, future), and loosely its initiator.
import { describe, expect, it } from 'vitest';
import type { Factuality } from '../../src/ingest/types.ts';
import { extract, roles } from './helpers.ts';

/** The initiator (ASSERTED) or the recipient (NOT) checked: an aside may tell a done act of its own. */
type Case = [text: string, type: string, factuality: 'ASSERTED' | 'NOT', actor?: string];

const ASSERTED: Case[] = [
  // Reported speech of a past act.
  ['Poland said on Tuesday it had expelled two Belarusian diplomats over spying.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'PL'],
  ['Mexico announced that it had recognised the new government of Bolivia.', 'RECOGNITION', 'ASSERTED', 'MX'],
  ['Washington confirmed on Wednesday that the United States has withdrawn its troops from Niger.', 'MILITARY_WITHDRAWAL', 'ASSERTED', 'US'],
  ['Kenyan officials told reporters that Kenya and Ethiopia signed a trade agreement on Monday.', 'AGREEMENT_SIGNED', 'ASSERTED', 'KE'],
  ['The foreign ministry said Brazil had summoned the Israeli ambassador on Monday.', 'AMBASSADOR_SUMMONED', 'ASSERTED', 'BR'],
  ['Argentina said it had recalled its ambassador from Venezuela for consultations.', 'AMBASSADOR_RECALLED', 'ASSERTED', 'AR'],
  ["Sweden's foreign minister told reporters Stockholm had summoned Iraq's charge d'affaires.", 'AMBASSADOR_SUMMONED', 'ASSERTED', 'SE'],
  ['Speaking to reporters, Italian Prime Minister Giorgia Meloni said she had met Tunisian President Kais Saied in Tunis the day before.', 'MEETING', 'ASSERTED', 'IT'],
  ['The foreign ministry confirmed that Honduras has established diplomatic relations with China.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', 'ASSERTED', 'HN'],
  // A hedge in another clause.
  ['Germany condemned the missile strike by Russia, which it said could escalate the war.', 'CONDEMNATION', 'ASSERTED', 'DE'],
  ['Turkey and Greece signed a defence accord on Friday after talks that may resume in May.', 'AGREEMENT_SIGNED', 'ASSERTED', 'TR'],
  ['Qatar, which will host the summit next year, recognised Kosovo on Thursday.', 'RECOGNITION', 'ASSERTED', 'QA'],
  ['Iranian Foreign Minister Abbas Araghchi, who could face sanctions, met Omani Foreign Minister Badr Albusaidi in Muscat.', 'MEETING', 'ASSERTED', 'IR'],
  ['Chile expelled three Peruvian diplomats on Monday in a step that analysts said could deepen the dispute.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'CL'],
  ['Japan imposed sanctions on North Korea on Friday, and officials said more measures might follow.', 'SANCTIONS_IMPOSED', 'ASSERTED', 'JP'],
  ['Spain recalled its ambassador to Argentina, saying relations could not continue as before.', 'AMBASSADOR_RECALLED', 'ASSERTED', 'ES'],
  ['While further rounds may follow, Armenia and Azerbaijan signed a peace agreement in Washington on Friday.', 'AGREEMENT_SIGNED', 'ASSERTED', 'AM'],
  ["Seeking to calm tensions that could spill over, Egypt's President Abdel Fattah al-Sisi visited Sudan on Sunday.", 'VISIT', 'ASSERTED', 'EG'],
  ['Canada, which has long said it would act, imposed sanctions on Iranian officials on Thursday.', 'SANCTIONS_IMPOSED', 'ASSERTED', 'CA'],
  ['Bolivia severed diplomatic relations with Israel on Tuesday, a step that other countries in the region might follow.', 'DIPLOMATIC_RELATIONS_SEVERED', 'ASSERTED', 'BO'],
  ['Mongolia, which could become a transit hub, signed a gas agreement with Russia on Tuesday.', 'AGREEMENT_SIGNED', 'ASSERTED', 'MN'],
  ["Brazilian President Luiz Inacio Lula da Silva, who will travel to China next month, condemned Israel's offensive in Gaza on Monday.", 'CONDEMNATION', 'ASSERTED', 'BR'],
  ['If the reports are confirmed, it would be a first; Vietnam summoned the Chinese ambassador on Monday.', 'AMBASSADOR_SUMMONED', 'ASSERTED', 'VN'],
  ['After weeks of talks that many had expected would fail, Lebanon and Cyprus signed a maritime border agreement.', 'AGREEMENT_SIGNED', 'ASSERTED', 'LB'],
  ['France imposed sanctions on 28 Israeli settlers, who will be barred from entering its territory.', 'SANCTIONS_IMPOSED', 'ASSERTED', 'FR'],
  // A negation about something else.
  ["Not for the first time, China condemned Japan's defence plans.", 'CONDEMNATION', 'ASSERTED', 'CN'],
  ['Russia expelled two Estonian diplomats on Friday but did not say when they must leave.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'RU'],
  ['Without naming any official, Saudi Arabia condemned the Israeli strike on Qatar.', 'CONDEMNATION', 'ASSERTED', 'SA'],
  ['Norway not only recognised the State of Palestine but also opened an embassy in Ramallah.', 'RECOGNITION', 'ASSERTED', 'NO'],
  ['Ukraine, which no longer imports Russian gas, signed an energy agreement with Slovakia on Monday.', 'AGREEMENT_SIGNED', 'ASSERTED', 'UA'],
  ["No one was hurt, but Kenya condemned Somalia's incursion on Tuesday.", 'CONDEMNATION', 'ASSERTED', 'KE'],
  ['Having failed to reach a deal in Geneva, Iranian Foreign Minister Abbas Araghchi met French Foreign Minister Jean-Noel Barrot in Paris on Monday.', 'MEETING', 'ASSERTED', 'IR'],
  ['Days after Beijing refused to rule out new patrols, Vietnamese Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Hanoi.', 'MEETING', 'ASSERTED', 'VN'],
  ['The Philippines, which has never hosted a Chinese leader, summoned the Chinese ambassador on Monday.', 'AMBASSADOR_SUMMONED', 'ASSERTED', 'PH'],
  ['Unable to persuade its partners, Lithuania imposed sanctions on Belarus alone.', 'SANCTIONS_IMPOSED', 'ASSERTED', 'LT'],
  // Announced acts the conventions count as done.
  ['Britain will expel 20 Iranian diplomats, who must leave the country by Friday, the Foreign Office said.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'GB'],
  ['Slovakia declared a Russian diplomat persona non grata and gave him 72 hours to leave.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'SK'],
  ['Nicaragua said it would withdraw from the Organization of American States, a process that takes two years.', 'MEMBERSHIP_LEFT', 'ASSERTED', 'NI'],
  ['Japan pledged $500 million in aid to Ukraine on Friday.', 'AID_PROVIDED', 'ASSERTED', 'JP'],
  ['Germany announced it would provide Ukraine with 500 million euros in military aid.', 'AID_PROVIDED', 'ASSERTED', 'DE'],
  ['The Netherlands will expel two Russian diplomats, the foreign ministry announced on Tuesday.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'NL'],
  ['Burkina Faso said on Sunday it will leave the Economic Community of West African States.', 'MEMBERSHIP_LEFT', 'ASSERTED', 'BF'],
  ['Estonia ordered a Russian diplomat to leave the country within a week.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'EE'],
  ['Poland said on Monday it would expel 20 Russian diplomats, giving them until Friday to leave.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'PL'],
  ['Estonia announced that it would expel a Russian diplomat, who must leave within 72 hours.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'EE'],
  ['Denmark said on Thursday it would donate its remaining howitzers to Ukraine, which could receive them by spring.', 'AID_PROVIDED', 'ASSERTED', 'DK'],
  // Asides between the subject and its verb, and words that only look like hedges.
  ['Poland, long considered a hawk on Russia, expelled three Russian diplomats on Monday.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'PL'],
  ['Qatar, a possible mediator, hosted talks between Iran and the United States on Sunday.', 'NEGOTIATION', 'ASSERTED', 'QA'],
  ['Poland has, not for the first time, expelled Russian diplomats.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'PL'],
  ['At a press conference in Ankara on Monday, Turkey condemned the Israeli strike on Iran.', 'CONDEMNATION', 'ASSERTED', 'TR'],
  ['Turkish Foreign Minister Hakan Fidan told a press conference Ankara had recalled its ambassador from Israel.', 'AMBASSADOR_RECALLED', 'ASSERTED', 'TR'],
  ['In a statement that did not mention Russia by name, Finland condemned the attack on Ukraine.', 'CONDEMNATION', 'ASSERTED', 'FI'],
  ['Despite warnings that it could face retaliation, Lithuania expelled a Chinese diplomat on Monday.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'LT'],
  ['Due to the crisis, Peru recalled its ambassador from Mexico.', 'AMBASSADOR_RECALLED', 'ASSERTED', 'PE'],
  ['At the urging of Washington, Panama expelled two Chinese diplomats.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'PA'],
  ['Canada without hesitation condemned the Russian strike on Kyiv.', 'CONDEMNATION', 'ASSERTED', 'CA'],
  ['The European Union pushed through new sanctions on Russia on Friday.', 'SANCTIONS_IMPOSED', 'ASSERTED'],
  // A negation that asserts.
  ['Poland did not hesitate to condemn the Russian strike on Kyiv.', 'CONDEMNATION', 'ASSERTED', 'PL'],
  ['Turkey did not wait long to recognise the new government in Syria.', 'RECOGNITION', 'ASSERTED', 'TR'],
  ['Poland is not the only country to expel Russian diplomats this year.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'PL'],
  ['This is not the first time Azerbaijan has recalled its ambassador from France.', 'AMBASSADOR_RECALLED', 'ASSERTED', 'AZ'],
  // A subordinate clause closed before the subject does not govern the main clause.
  ['Asked whether Poland would expel more diplomats, Prime Minister Donald Tusk said Poland had already expelled three Russian diplomats.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'PL'],
  ['Having rejected claims that it spied, Russia expelled two Polish diplomats.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'RU'],
  ['There is no doubt that Russia expelled the Polish diplomats.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'RU'],
  // A modal about what is done to the act afterwards.
  ['The sanctions imposed on Russia in 2022 will not be lifted, the European Union said.', 'SANCTIONS_IMPOSED', 'ASSERTED'],
  ['The agreement signed by Armenia and Azerbaijan in Washington on Friday will be ratified next month.', 'AGREEMENT_SIGNED', 'ASSERTED', 'AM'],
  // A planned act done, and aid announced.
  ['Chinese President Xi Jinping made a long-planned visit to Serbia on Tuesday.', 'VISIT', 'ASSERTED', 'CN'],
  ['Indian Prime Minister Narendra Modi paid a previously scheduled visit to Russia this week.', 'VISIT', 'ASSERTED', 'IN'],
  ['Britain announced on Monday that it would provide Ukraine with 2.5 billion pounds in military aid this year.', 'AID_PROVIDED', 'ASSERTED', 'GB'],
  ['The United States will provide $2 billion in aid to Ukraine, Secretary of State Antony Blinken announced in Kyiv.', 'AID_PROVIDED', 'ASSERTED', 'US'],
  ['The regularly scheduled talks between China and Japan took place in Tokyo on Monday.', 'NEGOTIATION', 'ASSERTED', 'CN'],
  ['The planned meeting between Chinese President Xi Jinping and US President Joe Biden went ahead in California.', 'MEETING', 'ASSERTED'],
  ['Poland not long ago expelled two Russian diplomats.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'PL'],
  ['Hours after Moscow said it would retaliate, Poland expelled two more Russian diplomats.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'PL'],
  ['Ahead of upcoming elections, Colombia recognised the Palestinian state.', 'RECOGNITION', 'ASSERTED', 'CO'],
  ["Ahead of next week's summit, Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Delhi.", 'MEETING', 'ASSERTED', 'IN'],
  ["Myanmar's military, which had promised elections that may never be held, seized power in a coup on Monday.", 'SEIZURE_OF_POWER', 'ASSERTED'],
  ['The United States designated the Houthis a terrorist organisation on Friday, a step aid groups warned could worsen the crisis.', 'DESIGNATION_ADDED', 'ASSERTED', 'US'],
  ["Indonesia, which could become the group's biggest economy after China, joined BRICS on Monday.", 'MEMBERSHIP_JOINED', 'ASSERTED', 'ID'],
  ['The United States lifted sanctions on Syria on Friday, though officials said some measures could return.', 'SANCTIONS_LIFTED', 'ASSERTED', 'US'],
  ['China accepted the credentials of the new Afghan ambassador, in a move other countries may follow.', 'AMBASSADOR_ACCREDITED', 'ASSERTED'],
  ['Few countries were expected to follow, but Ghana established diplomatic relations with Kosovo on Friday.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', 'ASSERTED', 'GH'],
  // Quotes, long asides and hedged appraisals of the act.
  ['With no one hurt, Kenya condemned Somalia\'s incursion on Tuesday.', 'CONDEMNATION', 'ASSERTED', 'KE'],
  ['"We have decided to expel four Russian diplomats," Czech Foreign Minister Jan Lipavsky told reporters.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'CZ'],
  ['"Russia must be held accountable," said Estonian Prime Minister Kaja Kallas, whose government expelled a Russian diplomat on Monday.', 'DIPLOMAT_EXPELLED', 'ASSERTED', 'EE'],
  ['The EU, which has long said it could not act without unanimity, imposed sanctions on Russian officials on Monday after Hungary dropped its veto.', 'SANCTIONS_IMPOSED', 'ASSERTED'],
  ["Germany's Foreign Minister Annalena Baerbock, on a trip that had been in doubt until the last minute, met Chinese Foreign Minister Wang Yi in Beijing.", 'MEETING', 'ASSERTED', 'DE'],
  ['"If Russia attacks, we will respond," the minister said, hours after Finland joined NATO.', 'MEMBERSHIP_JOINED', 'ASSERTED', 'FI'],
  ['Thailand recalled its ambassador from Cambodia, and the two countries could cut ties if the clashes continue.', 'AMBASSADOR_RECALLED', 'ASSERTED', 'TH'],
  ["Tokyo said it had lodged a protest and summoned China's ambassador, but stopped short of imposing sanctions.", 'AMBASSADOR_SUMMONED', 'ASSERTED', 'JP'],
  ['In what could be a turning point, Saudi Arabia and Iran restored diplomatic ties.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', 'ASSERTED', 'SA'],
  // The place of the act in a series.
  ['Mexico is one of more than 140 countries to recognise the State of Palestine.', 'RECOGNITION', 'ASSERTED', 'MX'],
  ['Armenia became the 146th country to recognise the State of Palestine.', 'RECOGNITION', 'ASSERTED', 'AM'],
  ['Slovenia was among the European countries to recognise Palestine last year.', 'RECOGNITION', 'ASSERTED', 'SI'],
  // A trip made for a meeting tells the meeting.
  ["Qatar's emir flew to Tehran on Monday to meet Iranian President Masoud Pezeshkian.", 'MEETING', 'ASSERTED', 'QA'],
  ['Secretary of State Marco Rubio travelled to Saudi Arabia to hold talks with Russian Foreign Minister Sergei Lavrov.', 'MEETING', 'ASSERTED', 'US'],
];

const NOT: Case[] = [
  ['Indian Prime Minister Narendra Modi will visit Japan next month.', 'VISIT', 'NOT'],
  ['Chinese President Xi Jinping is due to visit Serbia in May.', 'VISIT', 'NOT'],
  ["Hungary refused to condemn Russia's attack on Ukraine.", 'CONDEMNATION', 'NOT'],
  ['Germany has not recognised Palestine as a state.', 'RECOGNITION', 'NOT'],
  ['Russia threatened to expel Moldovan diplomats if Chisinau did not reverse its decision.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Poland called for sanctions on Belarus over the border crisis.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['China would respond firmly if Japan imposed sanctions on Chinese firms.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Saudi Arabia could recognise Israel within a year, officials said.', 'RECOGNITION', 'NOT'],
  ['South Korea was expected to sign a trade agreement with Indonesia on Friday.', 'AGREEMENT_SIGNED', 'NOT'],
  ['Turkey plans to restore diplomatic relations with Syria.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', 'NOT'],
  ['Iran denied that it had expelled any British diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Israeli Prime Minister Benjamin Netanyahu said he would not meet Palestinian President Mahmoud Abbas.', 'MEETING', 'NOT'],
  ['Mexico said it would recognise Palestine if a ceasefire held.', 'RECOGNITION', 'NOT'],
  ['The United States may withdraw its troops from Syria next year.', 'MILITARY_WITHDRAWAL', 'NOT'],
  ['France is set to impose sanctions on Russian oligarchs next week.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Ecuador has yet to restore diplomatic relations with Mexico.', 'DIPLOMATIC_RELATIONS_ESTABLISHED', 'NOT'],
  ['Colombia and Venezuela are to sign a border agreement on Saturday.', 'AGREEMENT_SIGNED', 'NOT'],
  ['Spanish Foreign Minister Jose Manuel Albares said Madrid was considering recalling its ambassador from Israel.', 'AMBASSADOR_RECALLED', 'NOT'],
  ['Australia ruled out sanctions on China over the incident.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Pakistan has never recognised Israel.', 'RECOGNITION', 'NOT'],
  ['The Philippines warned it could summon the Chinese ambassador again.', 'AMBASSADOR_SUMMONED', 'NOT'],
  ['Japanese Prime Minister Shigeru Ishiba cancelled a planned visit to the Philippines.', 'VISIT', 'NOT'],
  ['Talks between Armenia and Azerbaijan will resume in Geneva next week.', 'NEGOTIATION', 'NOT'],
  ['Kenya hopes to sign a trade agreement with the United States by December.', 'AGREEMENT_SIGNED', 'NOT'],
  ['Ukraine urged Germany to send more air-defence systems to Kyiv.', 'AID_PROVIDED', 'NOT'],
  ['Qatar offered to host talks between Israel and Iran.', 'NEGOTIATION', 'NOT'],
  ["Serbia would never recognise Kosovo's independence, President Aleksandar Vucic said.", 'RECOGNITION', 'NOT'],
  ['Officials said the presidents of Russia and Ukraine might meet in Istanbul.', 'MEETING', 'NOT'],
  ["Brazil did not condemn Russia's invasion of Ukraine at the summit.", 'CONDEMNATION', 'NOT'],
  ['Moldova is preparing to leave the Commonwealth of Independent States.', 'MEMBERSHIP_LEFT', 'NOT'],
  ['Norwegian Foreign Minister Espen Barth Eide said Oslo was ready to recognise Palestine.', 'RECOGNITION', 'NOT'],
  ['The European Union is expected to impose new sanctions on Iran later this month.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Indonesia and Australia will hold talks in Jakarta on Thursday.', 'NEGOTIATION', 'NOT'],
  ['Nigeria threatened to withdraw from the Economic Community of West African States.', 'MEMBERSHIP_LEFT', 'NOT'],
  ['After talks in Doha on Monday, Egypt said it could recognise the new government in Syria.', 'RECOGNITION', 'NOT'],
  ['Officials said on Tuesday that Poland would expel Russian diplomats if the sabotage was confirmed.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Thai Prime Minister Anutin Charnvirakul said he had no plans to visit Cambodia.', 'VISIT', 'NOT'],
  ['Venezuela rejected claims that it had expelled Colombian diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Canada, which imposed sanctions on Iran last year, said it would not impose new ones on Iraq.', 'SANCTIONS_IMPOSED', 'NOT', 'IQ'],
  ['Although Israel has condemned the vote, it has not recalled its ambassador from Spain.', 'AMBASSADOR_RECALLED', 'NOT'],
  ['Italy, which signed a deal with Albania last year, will not sign a similar agreement with Tunisia.', 'AGREEMENT_SIGNED', 'NOT', 'TN'],
  ['Egypt is unlikely to recognise Somaliland, diplomats said.', 'RECOGNITION', 'NOT'],
  // The clause's opener or an aside governs it.
  ['Hungary is one of the countries expected to sign the agreement with Serbia.', 'AGREEMENT_SIGNED', 'NOT'],
  ['Not once, officials said, has Poland expelled a Russian ambassador.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['At no point did Poland expel the Russian ambassador.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Under no circumstances will Serbia recognise Kosovo, President Aleksandar Vucic said.', 'RECOGNITION', 'NOT'],
  ['Hungary abstained instead of condemning Russia.', 'CONDEMNATION', 'NOT'],
  ['Poland is expected, diplomats say, to expel more Russian diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Poland has, so far, not expelled any Russian diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Poland, according to a draft seen by reporters, plans to expel Russian diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Barring a last-minute hitch, Armenia and Azerbaijan sign the peace agreement in Washington on Friday.', 'AGREEMENT_SIGNED', 'NOT'],
  ['Should talks fail, Poland would expel more Russian diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['The planned meeting between Chinese President Xi Jinping and US President Joe Biden will not go ahead.', 'MEETING', 'NOT'],
  ['The scheduled talks between China and Japan are due to take place in Tokyo next week.', 'NEGOTIATION', 'NOT'],
  ['Poland said it would expel Russian diplomats by Friday if the investigation confirmed sabotage.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Norway and Finland said they, too, would expel Russian diplomats over the affair.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['If the reports are true, Russia has expelled two Polish diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Officials doubt that Russia expelled the Polish diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['It is not the first time Poland has refused to expel Russian diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['New sanctions on Russia will not be imposed before the summit, the European Union said.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['An agreement between Armenia and Azerbaijan will be signed in Washington next month.', 'AGREEMENT_SIGNED', 'NOT'],
  ['Poland did not expel the Russian ambassador, despite calls to do so.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Japanese Foreign Minister Takeshi Iwaya left Beijing without signing an agreement with China.', 'AGREEMENT_SIGNED', 'NOT'],
  ['Chinese President Xi Jinping will make a long-planned visit to Serbia next month.', 'VISIT', 'NOT'],
  ['The United States will provide aid to Ukraine if Congress agrees, officials said.', 'AID_PROVIDED', 'NOT'],
  ['Next week, Indian Prime Minister Narendra Modi visits Japan.', 'VISIT', 'NOT'],
  ['If necessary, Poland will expel more Russian diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Poland proposed that the European Union impose sanctions on Belarus.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Officials asked whether Poland had expelled Russian diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Poland could, in theory, expel more Russian diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Serbia, if it wanted, could recognise Kosovo tomorrow.', 'RECOGNITION', 'NOT'],
  ['Mexico, for its part, would not recognise the new government in Peru.', 'RECOGNITION', 'NOT'],
  ["Qatar's emir will fly to Tehran next week to meet Iranian President Masoud Pezeshkian.", 'MEETING', 'NOT'],
  ["Qatar's emir flew to Tehran hoping to meet Iranian President Masoud Pezeshkian.", 'MEETING', 'NOT'],
  ["Qatar's emir is expected to travel to Tehran to meet Iranian President Masoud Pezeshkian.", 'MEETING', 'NOT'],
];

describe('modality: a hedge, negation or future elsewhere does not hedge a done act', () => {
  it.each(ASSERTED)('%s (%s)', (text, type, _f, initiator) => {
    const es = extract(text).events.filter((e) => e.type === type);
    const done = es.filter((e) => e.factuality === 'ASSERTED');
    expect(done.length, JSON.stringify(es.map((e) => e.factuality))).toBeGreaterThan(0);
    if (initiator) expect(done.some((e) => e.participants.some((p) => p.role === 'INITIATOR' && p.actor.kind === 'country' && p.actor.code === initiator))).toBe(true);
  });
});

describe('modality: a plan, a threat, a refusal, a denial or a condition stays not asserted', () => {
  it.each(NOT)('%s (%s)', (text, type, _f, recipient) => {
    const es = extract(text).events.filter((e) => e.type === type && (!recipient || e.participants.some((p) => p.role === 'RECIPIENT' && p.actor.kind === 'country' && p.actor.code === recipient)));
    expect(es.filter((e) => e.factuality === 'ASSERTED').map((e) => e.summary)).toEqual([]);
  });
});

/**
 * Round 2 (issue 15): slips found in round 1, in sentences of our own. A purpose clause after a
 * done act tells a done reaction; denials and conditions of aid and expulsions; sanctions
 * blocked, vetoed or left out; acts told in words no trigger read. Each row names the type, what
 * is expected (a factuality; NOT: no ASSERTED event of the type; NONE: no event of any type) and
 * the initiators and recipients of the expected event (checked when given).
 */
type Slip = [text: string, type: string, want: Factuality | 'NOT' | 'NONE', initiators?: string[], recipients?: string[]];

export const SLIPS: Slip[] = [
  // A purpose clause after a done act: the reaction happened.
  ["Seoul summoned Tokyo's ambassador to protest against the textbook changes.", 'CONDEMNATION', 'ASSERTED', ['KR'], ['JP']],
  ['Lithuania expelled the Chinese chargé d’affaires on Monday to protest against the harassment of its diplomats.', 'CONDEMNATION', 'ASSERTED', ['LT'], ['CN']],
  ['Beijing summoned the Japanese ambassador on Monday to protest the remarks.', 'CONDEMNATION', 'ASSERTED', ['CN'], ['JP']],
  ['Poland recalled its ambassador from Belarus to protest against the detention of a journalist.', 'CONDEMNATION', 'ASSERTED', ['PL'], ['BY']],
  ['Hungary summoned the Ukrainian ambassador on Tuesday to condemn the remarks of the foreign minister.', 'CONDEMNATION', 'ASSERTED', ['HU'], ['UA']],
  ["The Philippine foreign ministry summoned China's envoy in Manila to protest against the water cannon attack near Second Thomas Shoal.", 'CONDEMNATION', 'ASSERTED', ['PH'], ['CN']],
  ['Algeria, furious at the decision, recalled its ambassador to France on Tuesday in order to protest against the shift.', 'CONDEMNATION', 'ASSERTED', ['DZ'], ['FR']],
  ['The summons of the Russian ambassador came hours after Estonia expelled a Russian diplomat to protest against the airspace violation.', 'CONDEMNATION', 'ASSERTED', ['EE'], ['RU']],
  ['Algeria recalled its ambassador to France in protest at the decision.', 'CONDEMNATION', 'ASSERTED', ['DZ'], ['FR']],
  ["Algeria recalled its ambassador from France on Tuesday in protest over Paris's stance on Western Sahara.", 'CONDEMNATION', 'ASSERTED', ['DZ'], ['FR']],
  ['Thousands of Algerians marched in protest at the decision.', '*', 'NONE'],
  ['Algeria threatened to recall its ambassador from France in protest over the decision.', 'CONDEMNATION', 'NOT'],
  ['Algeria will recall its ambassador from France in protest at the decision.', 'CONDEMNATION', 'NOT'],
  // ... but a plan, an expectation, a threat or a refusal of the act is no reaction done.
  ['Poland plans to protest against the strike.', 'CONDEMNATION', 'NOT'],
  ["Seoul is expected to summon Tokyo's ambassador to protest against the textbook changes.", 'CONDEMNATION', 'NOT'],
  ['South Korea will summon the Japanese ambassador to protest against the visit.', 'CONDEMNATION', 'NOT'],
  ['China threatened to expel the Philippine ambassador to protest against the patrols.', 'CONDEMNATION', 'NOT'],
  ['Japan refused to summon the Chinese ambassador to protest against the drills.', 'CONDEMNATION', 'NOT'],
  ['Seoul urged Washington to protest against the textbook changes.', 'CONDEMNATION', 'NOT'],
  ['South Korea summoned the Japanese ambassador on Monday and said it would protest against the visit at the United Nations.', 'CONDEMNATION', 'NOT'],
  ['If Tokyo summons the Chinese ambassador to protest against the drills, Beijing will retaliate.', 'CONDEMNATION', 'NOT'],
  ['Poland expelled the Russian ambassador and told its allies to condemn Moscow.', 'CONDEMNATION', 'NOT'],
  ['Japan summoned the Chinese ambassador, and China is preparing to protest against the move.', 'CONDEMNATION', 'NOT'],
  ['Vietnam summoned the Chinese ambassador after Beijing refused to condemn the attack on its fishermen.', 'CONDEMNATION', 'NOT'],
  // ... nor is the purpose of another clause's subject: its reaction is its own.
  ["China summoned Japan's ambassador after Tokyo decided to protest the drills.", 'CONDEMNATION', 'ASSERTED', ['JP'], ['CN']],
  ['South Korea expelled a North Korean diplomat, prompting Pyongyang to protest the decision.', 'CONDEMNATION', 'NOT'],
  // Denials and conditions of aid and expulsions.
  ['Germany denied that it had sent aid to Ukraine.', 'AID_PROVIDED', 'NOT'],
  ['Berlin denied reports that it had sent weapons to Kyiv.', 'AID_PROVIDED', 'NOT'],
  ['If Berlin sent aid to Ukraine, Moscow would respond.', 'AID_PROVIDED', 'NOT'],
  ['If Germany sends Taurus missiles to Ukraine, Russia will consider it a direct attack.', 'AID_PROVIDED', 'NOT'],
  ['Hungary denied sending weapons to Ukraine.', 'AID_PROVIDED', 'NOT'],
  ['The foreign ministry rejected reports that Berlin had delivered tanks to Kyiv.', 'AID_PROVIDED', 'NOT'],
  ['Should Washington send more tanks to Taiwan, China would respond.', 'AID_PROVIDED', 'NOT'],
  ['Iran denied that it had expelled any British diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Moscow denied it had expelled the Estonian ambassador.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Poland has denied expelling Belarusian diplomats.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Were Japan to expel Chinese diplomats, Beijing would retaliate.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Had Britain expelled the Russian diplomats sooner, the spy ring might have been stopped.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Officials denied on Friday that Hungary had sent ammunition to Ukraine.', 'AID_PROVIDED', 'NOT'],
  ['Berlin dismissed as false reports that it had sent tanks to Kyiv.', 'AID_PROVIDED', 'NOT'],
  ['Serbia rejected as baseless claims that it had supplied ammunition to Ukraine.', 'AID_PROVIDED', 'NOT'],
  ['Germany would only send tanks to Ukraine if the United States did the same.', 'AID_PROVIDED', 'NOT'],
  ['Germany on Tuesday denied reports it had sent air defence systems to Kyiv.', 'AID_PROVIDED', 'NOT'],
  ['Hungary, which denies it has sent weapons to Ukraine, signed a gas deal with Russia.', 'AID_PROVIDED', 'NOT'],
  ['Russia expelled two Estonian diplomats on Friday, and Estonia denied that they had spied.', 'DIPLOMAT_EXPELLED', 'ASSERTED', ['RU'], ['EE']],
  ['Germany sent aid to Ukraine after Russia denied that it had struck the hospital.', 'AID_PROVIDED', 'ASSERTED', ['DE'], ['UA']],
  ['If the reports are confirmed, they will be a scandal, but Germany has already sent tanks to Ukraine.', 'AID_PROVIDED', 'ASSERTED', ['DE'], ['UA']],
  // Sanctions left out, blocked or vetoed, and a veto lifted: no sanctions imposed or lifted.
  ['The European Union ended its summit without new sanctions on Russia.', 'SANCTIONS_LIFTED', 'NOT'],
  ['The European Union ended its summit without new sanctions on Russia.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['EU leaders ended two days of talks in Brussels without agreeing new sanctions on Iran.', 'SANCTIONS_LIFTED', 'NOT'],
  ['Hungary blocked sanctions on Russia.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Russia vetoed sanctions on North Korea at the Security Council.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['China and Russia vetoed a resolution imposing sanctions on Mali.', 'SANCTIONS_IMPOSED', 'NOT'],
  ["Slovakia blocked the EU's new sanctions package against Russia for weeks.", 'SANCTIONS_IMPOSED', 'NOT'],
  ['Hungary has repeatedly vetoed EU sanctions against Russian oligarchs.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Hungary lifted its veto on sanctions against Russia.', 'SANCTIONS_LIFTED', 'NOT'],
  ['The European Union ended its debate on sanctions against Belarus without a decision.', 'SANCTIONS_LIFTED', 'NOT'],
  ['The summit ended with no new sanctions on Russia.', 'SANCTIONS_LIFTED', 'NOT'],
  ['Russia used its veto to block sanctions on Mali.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Hungary has blocked the adoption of new sanctions on Russia.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Slovakia lifted its block on the 18th sanctions package against Russia.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Slovakia lifted its block on the 18th sanctions package against Russia.', 'SANCTIONS_LIFTED', 'NOT'],
  ['The EU ended its deadlock over sanctions on Russia.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['The EU ended its deadlock over sanctions on Russia.', 'SANCTIONS_LIFTED', 'NOT'],
  ['Hungary finally dropped its veto, and the EU imposed sanctions on Russia.', 'SANCTIONS_IMPOSED', 'ASSERTED', ['european-union'], ['RU']],
  ['The United States suspended for six months sanctions on Syria.', 'SANCTIONS_LIFTED', 'ASSERTED', ['US'], ['SY']],
  ["Washington eased some of the sanctions on Venezuela's oil sector.", 'SANCTIONS_LIFTED', 'ASSERTED', ['US'], ['VE']],
  ['The United States sanctioned three Iranian officials on Thursday.', 'SANCTIONS_IMPOSED', 'ASSERTED', ['US'], ['IR']],
  ['Had the European Union imposed sanctions on Russia in 2014, the war might have been avoided.', 'SANCTIONS_IMPOSED', 'NOT'],
  ['Russia vetoed a draft resolution condemning the coup in Myanmar.', 'CONDEMNATION', 'NOT'],
  ['The United States blocked a statement condemning Israel.', 'CONDEMNATION', 'NOT'],
  ['The Security Council adopted a resolution imposing sanctions on Mali.', 'SANCTIONS_IMPOSED', 'ASSERTED', ['un-security-council'], ['ML']],
  ['Washington lifted all remaining sanctions on Syria.', 'SANCTIONS_LIFTED', 'ASSERTED', ['US'], ['SY']],
  ['The European Union eased some of its sanctions on Syria.', 'SANCTIONS_LIFTED', 'ASSERTED', ['european-union'], ['SY']],
  ['Slovakia ended its blockade of the sanctions package against Russia.', 'SANCTIONS_LIFTED', 'NOT'],
  ['The United States ended sanctions on Syria on Monday.', 'SANCTIONS_LIFTED', 'ASSERTED', ['US'], ['SY']],
  ['The talks ended without an agreement, and the European Union imposed sanctions on Belarus.', 'SANCTIONS_IMPOSED', 'ASSERTED', ['european-union'], ['BY']],
  ['The talks ended without an agreement, and the European Union imposed sanctions on Belarus.', 'SANCTIONS_LIFTED', 'NOT'],
  // Acts told in words no trigger read.
  ['Poland will declare the Russian consul persona non grata, the foreign ministry said on Monday, unless Moscow apologises.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Lithuania threatened to declare the Chinese ambassador persona non grata.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Latvia declares two Russian diplomats persona non grata.', 'DIPLOMAT_EXPELLED', 'ASSERTED', ['LV'], ['RU']],
  ['Poland will declare the Russian consul persona non grata.', 'DIPLOMAT_EXPELLED', 'FUTURE', ['PL'], ['RU']],
  ['Poland said it would declare the Russian consul persona non grata.', 'DIPLOMAT_EXPELLED', 'FUTURE', ['PL'], ['RU']],
  ["Estonia will declare the Russian chargé d'affaires persona non grata and give him 48 hours to leave.", 'DIPLOMAT_EXPELLED', 'ASSERTED', ['EE'], ['RU']],
  ['Britain will expel 23 Russian diplomats, Prime Minister Keir Starmer told parliament on Wednesday.', 'DIPLOMAT_EXPELLED', 'ASSERTED', ['GB'], ['RU']],
  ['Were Japan to declare the Chinese consul persona non grata, Beijing would retaliate.', 'DIPLOMAT_EXPELLED', 'NOT'],
  ['Germany would send two more Patriot air defence systems to Ukraine.', 'AID_PROVIDED', 'FUTURE', ['DE'], ['UA']],
  // ... announced, it is given (convention).
  ['Germany would send two more Patriot air defence systems to Ukraine, Chancellor Olaf Scholz said on Friday.', 'AID_PROVIDED', 'ASSERTED', ['DE'], ['UA']],
  ['Berlin would send Kyiv additional air defence systems if parliament approved.', 'AID_PROVIDED', 'NOT'],
  ['China recognised the Taliban government on Monday. Japan called the decision regrettable.', 'CONDEMNATION', 'ASSERTED', ['JP'], ['CN']],
  ['Paraguay closed its embassy in Jerusalem on Monday, a decision Israel called regrettable.', 'CONDEMNATION', 'ASSERTED', ['IL'], ['PY']],
  ['Brazil recalled its ambassador from Israel. Israel called the move deeply regrettable.', 'CONDEMNATION', 'ASSERTED', ['IL'], ['BR']],
  ['Brazil recalled its ambassador from Israel on Monday, a move Israel called a grave mistake.', 'CONDEMNATION', 'ASSERTED', ['IL'], ['BR']],
  ['China recognised the Taliban government on Monday. Japan did not call the decision regrettable.', 'CONDEMNATION', 'NOT'],
  ['The ministers met in Cairo on Monday. Egypt called the talks constructive.', 'CONDEMNATION', 'NOT'],
  ['Saudi Arabia deposited $3 billion in the central bank of Pakistan.', 'AID_PROVIDED', 'ASSERTED', ['SA'], ['PK']],
  ["The United Arab Emirates deposited $2 billion with Egypt's central bank on Thursday.", 'AID_PROVIDED', 'ASSERTED', ['AE'], ['EG']],
  ['Kuwait has deposited 500 million dollars into the Central Bank of Jordan.', 'AID_PROVIDED', 'ASSERTED', ['KW'], ['JO']],
  ['Qatar deposited $3 billion with the State Bank of Pakistan.', 'AID_PROVIDED', 'ASSERTED', ['QA'], ['PK']],
  ['Saudi Arabia agreed to deposit $5 billion in the central bank of Egypt.', 'AID_PROVIDED', 'ASSERTED', ['SA'], ['EG']],
  ["China will deposit $2 billion in Sri Lanka's central bank next month.", 'AID_PROVIDED', 'FUTURE', ['CN'], ['LK']],
  ['Japan pledged to provide $4.5 billion to Ukraine.', 'AID_PROVIDED', 'ASSERTED', ['JP'], ['UA']],
  ['Japan is expected to agree to provide $1 billion to Ukraine.', 'AID_PROVIDED', 'NOT'],
  ['Japan may have pledged to provide $1 billion to Ukraine.', 'AID_PROVIDED', 'NOT'],
  ['Norway would send two NASAMS systems to Ukraine, the defence ministry said.', 'AID_PROVIDED', 'ASSERTED', ['NO'], ['UA']],
  ['Berlin would send three IRIS-T air defence systems to Kyiv by the end of the year.', 'AID_PROVIDED', 'FUTURE', ['DE'], ['UA']],
  ['Poland expelled a Russian diplomat on Monday. Moscow called the decision regrettable and unfounded.', 'CONDEMNATION', 'ASSERTED', ['RU'], ['PL']],
  ['Hungary vetoed the EU statement on Tuesday, a step that Germany called deeply regrettable.', 'CONDEMNATION', 'ASSERTED', ['DE'], ['HU']],
  ['Iran admitted shooting down the Ukrainian airliner.', '*', 'NONE'],
  ['Iran admitted to shooting down the airliner and apologised to Ukraine.', '*', 'NONE'],
  ['Israel admitted it had struck the hospital in Gaza.', '*', 'NONE'],
  ['Russia admitted to shooting down the Azerbaijani passenger jet over Grozny.', '*', 'NONE'],
  ['Iran admitted that its forces had shot down a Ukrainian airliner near Tehran.', '*', 'NONE'],
];

describe('modality and triggers: slips found in round 1', () => {
  it.each(SLIPS)('%s (%s %s)', (text, type, want, initiators, recipients) => {
    const all = extract(text).events;
    if (want === 'NONE') {
      expect(all.map((e) => e.summary)).toEqual([]);
      return;
    }
    const es = all.filter((e) => e.type === type);
    if (want === 'NOT') {
      expect(es.filter((e) => e.factuality === 'ASSERTED').map((e) => e.summary)).toEqual([]);
      return;
    }
    const got = es.filter((e) => e.factuality === want).map((e) => [roles(e, 'INITIATOR'), roles(e, 'RECIPIENT')]);
    expect(got.length, JSON.stringify(es.map((e) => [e.factuality, e.summary]))).toBeGreaterThan(0);
    if (initiators) expect(got).toContainEqual([initiators, recipients ?? []]);
  });
});
