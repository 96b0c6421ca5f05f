// Actors the sentence names in ways the entity layer misses (issue 15, task G): people "in" a
// capital who speak for its state ("Officials in Tokyo"), datelines with several cities, the
// Maghreb capitals, an envoy's possessor as the other side ("summoned Tokyo's ambassador"),
// subjects before a dash or bracket aside or after a fronted clause, "the latest NATO member
// to". Mini-articles of our own; a null factuality is a trap: no ASSERTED event of that type
// with those roles may be reported.
import { describe, expect, it } from 'vitest';
import { sides, type RoleRow as Row } from './helpers.ts';

export const ACTORS: Row[] = [
  // People "in" a capital speak for its state; a nationality before them wins ("US officials in Kyiv").
  ["Officials in Tokyo condemned China's decision to extend the air defence zone.", 'CONDEMNATION', ['JP'], ['CN'], 'ASSERTED'],
  ['Diplomats in Beijing said they strongly opposed the American arms sale to Taiwan.', 'CONDEMNATION', ['CN'], ['US'], 'ASSERTED'],
  ["Officials in Seoul on Monday denounced Pyongyang's latest missile launch as a provocation.", 'CONDEMNATION', ['KR'], ['KP'], 'ASSERTED'],
  ['Authorities in Kabul signed a mining agreement with Kazakhstan on Tuesday.', 'AGREEMENT_SIGNED', ['AF'], ['KZ'], 'ASSERTED'],
  ['Leaders in Hanoi welcomed the Australian offer of assistance.', 'STATEMENT_OF_SUPPORT', ['VN'], ['AU'], 'ASSERTED'],
  ['US officials in Kyiv met Ukrainian counterparts on Tuesday.', 'MEETING', ['US'], ['UA'], 'ASSERTED'],
  ['American diplomats in Beijing condemned the detention of a US citizen by Chinese police.', 'CONDEMNATION', ['US'], ['CN'], 'ASSERTED'],
  ['German officials in Warsaw signed a defence agreement with Poland.', 'AGREEMENT_SIGNED', ['DE'], ['PL'], 'ASSERTED'],
  ['Officials in Ankara said that they had recalled the ambassador from Sweden.', 'AMBASSADOR_RECALLED', ['TR'], ['SE'], 'ASSERTED'],
  ['The deal came as officials in Paris warned that a new aid package for Chad remained blocked in parliament.', 'AID_PROVIDED', ['FR'], ['TD'], null],
  ['The regime in Tehran condemned the British sanctions.', 'CONDEMNATION', ['IR'], ['GB'], 'ASSERTED'],
  ['The leadership in Pyongyang condemned the American drills near the peninsula.', 'CONDEMNATION', ['KP'], ['US'], 'ASSERTED'],
  ['Officials in Washington and London condemned the Iranian seizure of the tanker.', 'CONDEMNATION', ['GB', 'US'], ['IR'], 'ASSERTED'],
  ['Russian officials in Minsk signed a gas agreement with Belarus.', 'AGREEMENT_SIGNED', ['RU'], ['BY'], 'ASSERTED'],
  ['Journalists in Moscow condemned the ban imposed by Latvia.', 'CONDEMNATION', [], [], null],
  ['Embassies in Kyiv condemned the strike on the hospital by Russia.', 'CONDEMNATION', ['UA'], ['RU'], null],
  ['Protesters in Tehran condemned the Israeli strike.', 'CONDEMNATION', [], [], null],
  // Datelines with a slash or several cities name where, not who.
  ['MOSCOW/BAKU (Reuters) - Azerbaijan recalled its ambassador from Russia on Monday.', 'AMBASSADOR_RECALLED', ['AZ'], ['RU'], 'ASSERTED'],
  ['PARIS/BERLIN (Reuters) - Germany condemned the Russian drone incursion into Polish airspace.', 'CONDEMNATION', ['DE'], ['RU'], 'ASSERTED'],
  ['KYIV/WARSAW, Sept 10 (Reuters) - Poland expelled two Belarusian diplomats on Wednesday.', 'DIPLOMAT_EXPELLED', ['PL'], ['BY'], 'ASSERTED'],
  ['BEIJING/TAIPEI (Reuters) - China imposed sanctions on three American defence firms on Friday.', 'SANCTIONS_IMPOSED', ['CN'], ['US'], 'ASSERTED'],
  // Algiers and Tunis stand for their governments.
  ['Algiers recalled its ambassador from Paris on Tuesday.', 'AMBASSADOR_RECALLED', ['DZ'], ['FR'], 'ASSERTED'],
  ['France expelled twelve Algerian diplomats. Algiers condemned the move.', 'CONDEMNATION', ['DZ'], ['FR'], 'ASSERTED'],
  ['Mali ended the 2015 Algiers peace accord with the rebels. Russia signed a defence agreement with Mali.', 'AGREEMENT_SIGNED', ['RU'], ['ML'], 'ASSERTED'],
  ['Tunis condemned the Israeli strikes on Gaza.', 'CONDEMNATION', ['TN'], ['IL'], 'ASSERTED'],
  ['Spain summoned the ambassador of Algeria after Algiers suspended the friendship treaty.', 'AMBASSADOR_SUMMONED', ['ES'], ['DZ'], 'ASSERTED'],
  // The envoy's possessor is the other side.
  ["Seoul summoned Tokyo's ambassador on Tuesday over the textbook changes.", 'AMBASSADOR_SUMMONED', ['KR'], ['JP'], 'ASSERTED'],
  ["Beijing summoned Washington's envoy to protest the arms sale.", 'AMBASSADOR_SUMMONED', ['CN'], ['US'], 'ASSERTED'],
  ["The Philippines summoned Beijing's ambassador after the water cannon incident.", 'AMBASSADOR_SUMMONED', ['PH'], ['CN'], 'ASSERTED'],
  ["Warsaw expelled Moscow's consul in Poznan on Friday.", 'DIPLOMAT_EXPELLED', ['PL'], ['RU'], 'ASSERTED'],
  // "It" for the subject told before, not a state named in between.
  ['Ukraine accused Russia of shelling the plant. It declared a state of emergency in the region and recalled its envoy from Belarus.', 'AMBASSADOR_RECALLED', ['UA'], ['BY'], 'ASSERTED'],
  ['Lithuania opened a Taiwanese office despite warnings from China. It expelled the Chinese ambassador on Friday.', 'DIPLOMAT_EXPELLED', ['LT'], ['CN'], 'ASSERTED'],
  ['Algeria has long backed the Polisario Front. On Tuesday, citing Spain\'s new position on Western Sahara, it recalled its ambassador from Madrid.', 'AMBASSADOR_RECALLED', ['DZ'], ['ES'], 'ASSERTED'],
  ['Niger has expelled several envoys. Accusing France of meddling, it declared the French ambassador persona non grata.', 'DIPLOMAT_EXPELLED', ['NE'], ['FR'], 'ASSERTED'],
  ['Russia hosted the talks. After meeting Iran\'s foreign minister, it signed a trade agreement with Tehran.', 'AGREEMENT_SIGNED', ['RU'], ['IR'], 'ASSERTED'],
  ['Sweden waited for two years. Following Turkey\'s approval, it joined NATO in March.', 'MEMBERSHIP_JOINED', ['SE'], ['nato'], 'ASSERTED'],
  ['Poland summoned the Belarusian charge d\'affaires. Warning Minsk of consequences, it also expelled two Belarusian diplomats.', 'DIPLOMAT_EXPELLED', ['PL'], ['BY'], 'ASSERTED'],
  // A fronted subordinate clause's actor is not the subject the next sentence's "it" stands for.
  ["When Beijing's pressure grew, Lithuania held firm. On Friday it recalled its ambassador from China.", 'AMBASSADOR_RECALLED', ['LT'], ['CN'], 'ASSERTED'],
  ['After Russia invaded Ukraine, Finland applied to join NATO. It joined the alliance in April 2023.', 'MEMBERSHIP_JOINED', ['FI'], ['nato'], 'ASSERTED'],
  ['After talks, Russia, Belarus and Iran signed a trade agreement.', 'AGREEMENT_SIGNED', ['BY', 'IR', 'RU'], [], 'ASSERTED'],
  ['As Washington watched, Tokyo and Seoul signed a security pact.', 'AGREEMENT_SIGNED', ['JP', 'KR'], [], 'ASSERTED'],
  // A subject before a dash or bracket aside.
  ['Poland — which has long warned about Russian spies — expelled two Russian diplomats on Monday.', 'DIPLOMAT_EXPELLED', ['PL'], ['RU'], 'ASSERTED'],
  ['Hungary (which relies on Russian gas) recalled its ambassador from Ukraine on Friday.', 'AMBASSADOR_RECALLED', ['HU'], ['UA'], 'ASSERTED'],
  ['Three juntas - Mali, Niger and Burkina Faso - recalled their ambassadors from Algeria.', 'AMBASSADOR_RECALLED', ['BF', 'ML', 'NE'], ['DZ'], 'ASSERTED'],
  ['Estonia – a NATO member since 2004 – expelled a Russian diplomat on Tuesday.', 'DIPLOMAT_EXPELLED', ['EE'], ['RU'], 'ASSERTED'],
  ['Canada (a long-time critic of Beijing) imposed sanctions on four Chinese officials.', 'SANCTIONS_IMPOSED', ['CA'], ['CN'], 'ASSERTED'],
  // A fronted clause before the subject.
  ['Instead of waiting for the EU, Poland expelled two Russian diplomats.', 'DIPLOMAT_EXPELLED', ['PL'], ['RU'], 'ASSERTED'],
  ['Unable to win a vote at the United Nations, Lithuania imposed sanctions on Belarus.', 'SANCTIONS_IMPOSED', ['LT'], ['BY'], 'ASSERTED'],
  ['Frustrated by talks with the European Union, Serbia signed a gas agreement with Russia.', 'AGREEMENT_SIGNED', ['RS'], ['RU'], 'ASSERTED'],
  ['Rather than wait for Washington, Japan imposed sanctions on Russian banks.', 'SANCTIONS_IMPOSED', ['JP'], ['RU'], 'ASSERTED'],
  // A relative clause with an adverb before its verb: the antecedent acts.
  ['Latvia, which also expelled Russian diplomats in May, remains the only Baltic state to have done so.', 'DIPLOMAT_EXPELLED', ['LV'], ['RU'], 'ASSERTED'],
  ['Kenya, which later recognised the new government in Niamey, sent an envoy.', 'RECOGNITION', ['KE'], ['NE'], 'ASSERTED'],
  ['Belize, which has recognised Taiwan since 1989, said it would keep its ties.', 'RECOGNITION', ['BZ'], ['TW'], null],
  ['Chad, which has never recognised Israel, condemned the strikes.', 'RECOGNITION', ['TD'], ['IL'], null],
  // "the latest NATO member to": the subject is the state.
  ['Latvia became the latest NATO member to expel a Russian diplomat.', 'DIPLOMAT_EXPELLED', ['LV'], ['RU'], 'ASSERTED'],
  ['Slovakia is the latest EU member to recall its ambassador from Belarus.', 'AMBASSADOR_RECALLED', ['SK'], ['BY'], 'ASSERTED'],
  ['Finland on Tuesday became the first EU country to impose sanctions on Iran.', 'SANCTIONS_IMPOSED', ['FI'], ['IR'], 'ASSERTED'],
  ['NATO became the first alliance to condemn the coup in Niger.', 'CONDEMNATION', ['nato'], ['NE'], 'ASSERTED'],
  // "The Trump administration" opening a sentence: the state its leader serves.
  ['The Trump administration imposed sanctions on Cuba.', 'SANCTIONS_IMPOSED', ['US'], ['CU'], 'ASSERTED'],
  ['The Macron government recalled its ambassador from Algeria.', 'AMBASSADOR_RECALLED', ['FR'], ['DZ'], 'ASSERTED'],
  ['The Maduro government expelled diplomats from Argentina.', 'DIPLOMAT_EXPELLED', ['VE'], ['AR'], 'ASSERTED'],
  // "the island", "the emirate" as the subject: the state named before.
  ["Cuba's foreign minister said on Monday that the island was restoring relations with Spain.", 'DIPLOMATIC_RELATIONS_ESTABLISHED', ['CU'], ['ES'], 'ASSERTED'],
  ['Taiwan lost another ally. The island cut diplomatic ties with Nauru on Monday.', 'DIPLOMATIC_RELATIONS_SEVERED', ['TW'], ['NR'], 'ASSERTED'],
  ['Qatar hosted the talks for months. The emirate signed a gas agreement with Germany on Tuesday.', 'AGREEMENT_SIGNED', ['QA'], ['DE'], 'ASSERTED'],
  // Negatives.
  ['Instead of expelling Russian diplomats, Poland summoned the ambassador.', 'DIPLOMAT_EXPELLED', [], [], null],
  ['Officials in Tokyo said China had not condemned the launch.', 'CONDEMNATION', ['CN'], [], null],
  ['Hungary (which vetoed the package) did not condemn Russia.', 'CONDEMNATION', ['HU'], ['RU'], null],
];

describe('actors the entity layer misses', () => {
  it.each(ACTORS)('%s (%s)', (body, type, initiators, recipients, factuality) => {
    if (factuality === null) {
      const asserted = sides(body, type, 'ASSERTED');
      if (initiators.length || recipients.length) expect(asserted).not.toContainEqual([initiators, recipients]);
      else expect(asserted).toEqual([]);
      return;
    }
    expect(sides(body, type, factuality)).toContainEqual([initiators, recipients]);
  });
});
