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
    const body = 'Brazil recognised a Palestinian state on Monday. Chinese Foreign Minister Wang Yi, who met the Brazilian ambassador in Beijing, Marcos Galvão, on Sunday, called the decision "wise and courageous".';
    const e = one(body, 'STATEMENT_OF_SUPPORT');
    expect(roles(e, 'INITIATOR')).toEqual(['CN']);
    expect(roles(e, 'RECIPIENT')).toEqual(['BR']);
  });
});

describe('speech and contact: meetings and visits', () => {
  it('reads a passive subject across an aside ("X, on his first trip to Y, was received by Z")', () => {
    const body = 'President Emmanuel Macron, on his first trip to Angola in a decade, was received by President João Lourenço in Luanda on Friday.';
    const m = one(body, 'MEETING');
    expect(roles(m, 'INITIATOR')).toEqual(['AO']);
    expect(roles(m, 'RECIPIENT')).toEqual(['FR']);
    expect(roles(one(body, 'VISIT'), 'RECIPIENT')).toEqual(['AO']);
  });

  it('makes a visit paid to a leader a meeting with them, with the visit\'s modality', () => {
    const done = one('Chinese President Xi Jinping visited President Vladimir Putin in Moscow on Monday.', 'MEETING');
    expect(roles(done, 'INITIATOR')).toEqual(['CN']);
    expect(roles(done, 'RECIPIENT')).toEqual(['RU']);
    expect(roles(done, 'PARTICIPANT')).toEqual(['vladimir-putin', 'xi-jinping']);
    expect(done.factuality).toBe('ASSERTED');
    expect(one('Chinese President Xi Jinping will visit President Vladimir Putin next month.', 'MEETING').factuality).toBe('FUTURE');
    // Visiting a country names no one met.
    expect(ofType('Chinese President Xi Jinping visited Russia on Monday.', 'MEETING')).toHaveLength(0);
  });

  it('reads the place of a meeting named before its trigger as a visit there, not an envoy\'s post', () => {
    const v = one('John Coale, a U.S. envoy, announced the decision in Minsk after a meeting with President Alexander Lukashenko.', 'VISIT');
    expect(roles(v, 'INITIATOR')).toEqual(['US']);
    expect(roles(v, 'RECIPIENT')).toEqual(['BY']);
    const guest = one('In Ankara, meanwhile, Turkish Foreign Minister Hakan Fidan held talks with his Iranian counterpart, Abbas Araghchi, who arrived on Sunday.', 'VISIT');
    expect(roles(guest, 'INITIATOR')).toEqual(['IR']);
    expect(roles(guest, 'RECIPIENT')).toEqual(['TR']);
    expect(ofType('The Ukrainian ambassador in Berlin met Chancellor Olaf Scholz on Monday.', 'VISIT')).toHaveLength(0);
  });

  it('keeps two meetings of the same states by different people apart', () => {
    const body = 'President Joe Biden met President Xi Jinping at a country estate on Wednesday. Foreign Minister Wang Yi also held talks with Secretary of State Antony Blinken on Wednesday.';
    const ms = ofType(body, 'MEETING');
    expect(ms).toHaveLength(2);
    expect(ms.map((e) => roles(e, 'PARTICIPANT')).sort()).toEqual([['antony-blinken', 'wang-yi'], ['joe-biden', 'xi-jinping']]);
  });

  it('makes leaders\' talks of no named kind a meeting too, negotiators\' talks only a negotiation', () => {
    const body = 'Prime Minister Narendra Modi and President Volodymyr Zelensky embraced in Kyiv before holding talks on Friday.';
    expect(roles(one(body, 'NEGOTIATION'), 'INITIATOR')).toEqual(['IN', 'UA']);
    expect(roles(one(body, 'MEETING'), 'INITIATOR')).toEqual(['IN', 'UA']);
    const n = one('Ukrainian and Russian negotiators held direct talks in Istanbul on Friday.', 'NEGOTIATION');
    expect(roles(n, 'INITIATOR')).toEqual(['RU', 'UA']);
    expect(ofType('Ukrainian and Russian negotiators held direct talks in Istanbul on Friday.', 'MEETING')).toHaveLength(0);
  });

  it('does not report a summit with no date set as held', () => {
    const e = one('No date was set for a summit between President Donald Trump and President Vladimir Putin.', 'MEETING');
    expect(e.factuality).not.toBe('ASSERTED');
  });
});

describe('speech and contact: condemnation and support', () => {
  it('reads a hostile name called without quotation marks, and an act called a coup', () => {
    const e = one('The European Union adopted new sanctions against Russia on Monday. The Kremlin called the new restrictions illegitimate.', 'CONDEMNATION');
    expect(roles(e, 'INITIATOR')).toEqual(['RU']);
    expect(roles(e, 'RECIPIENT')).toEqual(['european-union']);
    expect(e.factuality).toBe('ASSERTED');
    const coup = one('Soldiers seized power in Gabon on Wednesday. President Bola Tinubu of Nigeria called the takeover an attempted coup.', 'CONDEMNATION');
    expect(roles(coup, 'INITIATOR')).toEqual(['NG']);
    expect(roles(coup, 'RECIPIENT')).toEqual(['GA']);
    // A neutral name is no condemnation; a refusal to call it so is none either.
    expect(ofType('The European Union adopted new sanctions against Russia. The Kremlin called the new restrictions expected.', 'CONDEMNATION')).toHaveLength(0);
    expect(ofType('The European Union adopted new sanctions against Russia. The Kremlin refused to call the new restrictions illegal.', 'CONDEMNATION').filter((x) => x.factuality === 'ASSERTED')).toHaveLength(0);
  });

  it('reads "regarded X as" a hostile quotation, and a long object before the quotation', () => {
    const e = one('President Joe Biden said he still regarded President Xi Jinping as "a dictator".', 'CONDEMNATION');
    expect(roles(e, 'INITIATOR')).toEqual(['US']);
    expect(roles(e, 'RECIPIENT')).toEqual(['CN']);
    const long = ofType('Bolivia cut ties with Israel on Tuesday, calling the Israeli army\'s conduct of the war in the Gaza Strip "genocidal".', 'CONDEMNATION');
    expect(long.map((x) => [roles(x, 'INITIATOR'), roles(x, 'RECIPIENT')])).toEqual([[['BO'], ['IL']]]);
  });

  it('keeps a stance that goes on ("will continue to stand with") asserted unless negated or possible', () => {
    const e = one('"We will continue to stand with Ukraine for as long as it takes," Defence Secretary John Healey of Britain said.', 'STATEMENT_OF_SUPPORT');
    expect(roles(e, 'RECIPIENT')).toEqual(['UA']);
    expect(e.factuality).toBe('ASSERTED');
    expect(one('Britain will not continue to stand with Ukraine.', 'STATEMENT_OF_SUPPORT').factuality).toBe('NEGATED');
    expect(one('Germany may continue to stand with Israel.', 'STATEMENT_OF_SUPPORT').factuality).not.toBe('ASSERTED');
  });
});

describe('speech and contact: who is answered', () => {
  it('resolves "him" / "her" after a reaction to the official named just before, on another side', () => {
    const body = 'Speaker Nancy Pelosi of the United States arrived in Taipei on Tuesday. President Tsai Ing-wen of Taiwan thanked her for her support.';
    const e = one(body, 'STATEMENT_OF_SUPPORT');
    expect(roles(e, 'INITIATOR')).toEqual(['TW']);
    expect(roles(e, 'RECIPIENT')).toEqual(['US']);
    expect(e.factuality).toBe('ASSERTED');
    const no = one('Speaker Nancy Pelosi of the United States arrived in Taipei on Tuesday. President Tsai Ing-wen of Taiwan did not thank her.', 'STATEMENT_OF_SUPPORT');
    expect(no.factuality).toBe('NEGATED');
    // Too far back: no antecedent two sentences away.
    expect(ofType('Speaker Nancy Pelosi of the United States arrived in Taipei on Tuesday. The visit lasted a day. Officials said more would follow. President Tsai Ing-wen of Taiwan thanked her.', 'STATEMENT_OF_SUPPORT')).toHaveLength(0);
  });

  it('reads a protest lodged under another\'s name for it, against the author of remarks', () => {
    const e = one('Vice Foreign Minister Sun Weidong of China lodged what the foreign ministry called "stern representations" over comments by Prime Minister Sanae Takaichi of Japan.', 'CONDEMNATION');
    expect(roles(e, 'INITIATOR')).toEqual(['CN']);
    expect(roles(e, 'RECIPIENT')).toEqual(['JP']);
  });

  it('takes a body as the agent of a passive through its people ("by the foreign ministers of")', () => {
    const e = one('Russia was criticised by the foreign ministers of the Group of Seven on Friday.', 'CONDEMNATION');
    expect(roles(e, 'INITIATOR')).toEqual(['g7']);
    expect(roles(e, 'RECIPIENT')).toEqual(['RU']);
    expect(one('Russia was not criticised by the foreign ministers of the Group of Seven.', 'CONDEMNATION').factuality).toBe('NEGATED');
  });
});

describe('speech and contact: documents, hosts, calls and reported approval', () => {
  it('takes the body a document is of as the author of its relative clause', () => {
    const e = one('The United States voted with Russia on Monday against a General Assembly resolution that condemned the Russian invasion of Ukraine.', 'CONDEMNATION');
    expect(roles(e, 'INITIATOR')).toEqual(['un-general-assembly']);
    expect(roles(e, 'RECIPIENT')).toEqual(['RU']);
    expect(ofType('The United States voted on Monday against a General Assembly resolution that would have condemned the Russian invasion of Ukraine.', 'CONDEMNATION').filter((x) => x.factuality === 'ASSERTED')).toHaveLength(0);
  });

  it('makes guests welcomed or hosted at the host\'s own place visit the host\'s country', () => {
    const body = 'President Donald Trump hosted Prime Minister Benjamin Netanyahu at the White House on Monday.';
    const v = one(body, 'VISIT');
    expect(roles(v, 'INITIATOR')).toEqual(['IL']);
    expect(roles(v, 'RECIPIENT')).toEqual(['US']);
    expect(roles(one('Prime Minister Keir Starmer welcomed President Volodymyr Zelensky to Downing Street on Saturday.', 'VISIT'), 'INITIATOR')).toEqual(['UA']);
    // Hosting in a named third country is a visit there, by the host.
    expect(ofType('President Donald Trump hosted Prime Minister Benjamin Netanyahu in Riyadh on Monday.', 'VISIT').map((e) => roles(e, 'RECIPIENT'))).toEqual([['SA']]);
  });

  it('reads a call made to offer support as support for the one called', () => {
    const e = one('Gunmen killed 26 people near Pahalgam. President Donald Trump called Prime Minister Narendra Modi to offer his support.', 'STATEMENT_OF_SUPPORT');
    expect(roles(e, 'INITIATOR')).toEqual(['US']);
    expect(roles(e, 'RECIPIENT')).toEqual(['IN']);
    expect(e.factuality).toBe('ASSERTED');
    // A call for support is asking for it, not giving it.
    expect(ofType('President Donald Trump called on Prime Minister Narendra Modi to offer his support.', 'STATEMENT_OF_SUPPORT').filter((x) => x.factuality === 'ASSERTED')).toHaveLength(0);
  });

  it('reads a reported approval of an act as support for its authors', () => {
    const e = one('Britain, Canada and Australia recognized the State of Palestine on Sunday. Palestinian Authority President Mahmoud Abbas said the recognitions were "an important and necessary step".', 'STATEMENT_OF_SUPPORT');
    expect(roles(e, 'INITIATOR')).toEqual(['PS']);
    expect(roles(e, 'RECIPIENT')).toEqual(['AU', 'CA', 'GB']);
    expect(ofType('Britain recognized Palestine on Sunday. Israel said the recognition was not a step in the right direction.', 'STATEMENT_OF_SUPPORT').filter((x) => x.factuality === 'ASSERTED')).toHaveLength(0);
  });
});

describe('speech and contact: a place set before the subject', () => {
  it('does not join "In <place>," to the subject after it', () => {
    const e = one('In Tehran, Foreign Minister Mohammad Javad Zarif of Iran held two hours of talks with Foreign Minister Sergei Lavrov of Russia.', 'MEETING');
    expect(roles(e, 'INITIATOR')).toEqual(['IR']);
    expect(roles(e, 'RECIPIENT')).toEqual(['RU']);
    const c = one('Washington sent new weapons to Kyiv. In Moscow, Kremlin spokesman Dmitry Peskov said the weapons would prolong the suffering of Ukrainians, and accused Washington of waging a proxy war.', 'CONDEMNATION');
    expect(roles(c, 'INITIATOR')).toEqual(['RU']);
    expect(roles(c, 'RECIPIENT')).toEqual(['US']);
    // Countries listed after "in" stay one group: "talks in Qatar, Egypt and Oman" names three places.
    const v = ofType('Negotiators from Israel held talks in Qatar, Egypt and Oman last week.', 'NEGOTIATION');
    expect(v.every((x) => !roles(x, 'INITIATOR').includes('QA'))).toBe(true);
  });
});

// Phrase bank (issue 15, x1): condemnation and support as wire services word them. Each row is
// one sentence of our own; the event of the type must be read with these roles and be asserted.
const REACTION_BANK: [string, 'CONDEMNATION' | 'STATEMENT_OF_SUPPORT', string[], string[]][] = [
  ['Beijing hit out at Washington over the arms sale to Taiwan.', 'CONDEMNATION', ['CN'], ['US']],
  ['Turkish President Recep Tayyip Erdogan, speaking at a rally in Istanbul on Saturday, lashed out at Israel over its offensive in Gaza.', 'CONDEMNATION', ['TR'], ['IL']],
  ["The Philippines protested China's use of water cannon against its vessels.", 'CONDEMNATION', ['PH'], ['CN']],
  ['Moscow reacted angrily to the decision by Finland to join NATO.', 'CONDEMNATION', ['RU'], ['FI']],
  ["South Africa said it was \"deeply concerned\" by Israel's actions.", 'CONDEMNATION', ['ZA'], ['IL']],
  ['The Chinese foreign ministry said it was deeply concerned about the American decision.', 'CONDEMNATION', ['CN'], ['US']],
  ['Pakistan described India\'s strikes as "an act of war".', 'CONDEMNATION', ['PK'], ['IN']],
  ["Russia's decision to suspend the grain deal was condemned by Turkey and the United Nations.", 'CONDEMNATION', ['TR', 'united-nations'], ['RU']],
  ["China's new coast guard law has been sharply criticised by Japan.", 'CONDEMNATION', ['JP'], ['CN']],
  ['Australia condemned the detention of Australian writer Yang Hengjun by China.', 'CONDEMNATION', ['AU'], ['CN']],
  ['Canada condemned the expulsion of its diplomats by India.', 'CONDEMNATION', ['CA'], ['IN']],
  ['Prime Minister Theresa May condemned Russia over the Salisbury attack.', 'CONDEMNATION', ['GB'], ['RU']],
  ['On May 5, China condemned Japan over the visit.', 'CONDEMNATION', ['CN'], ['JP']],
  ['Colombia will cut ties with Israel, President Gustavo Petro told a May Day rally, calling the Israeli offensive in Gaza "genocidal".', 'CONDEMNATION', ['CO'], ['IL']],
  ['Moscow accused Washington of fuelling the war in Ukraine.', 'CONDEMNATION', ['RU'], ['US']],
  ['The Kremlin slammed the European Union\'s decision to use frozen Russian assets.', 'CONDEMNATION', ['RU'], ['european-union']],
  ['Brussels criticised Budapest for blocking the aid package.', 'CONDEMNATION', ['BE'], ['HU']],
  // An act named before, answered by its noun: the act's author is condemned.
  ['Russia launched missiles at Kyiv. Poland condemned the attack "in the strongest terms".', 'CONDEMNATION', ['PL'], ['RU']],
  ['North Korea fired a ballistic missile on Monday. Tokyo condemned the launch as a threat to peace.', 'CONDEMNATION', ['JP'], ['KP']],
  ['Russia tested a nuclear-capable missile on Friday. NATO Secretary General Mark Rutte called the test "reckless".', 'CONDEMNATION', ['nato'], ['RU']],
  ['Russia detained an American journalist. Washington condemned the detention.', 'CONDEMNATION', ['US'], ['RU']],
  ['China held large-scale military drills around Taiwan on Saturday. Taipei condemned the exercises as a provocation.', 'CONDEMNATION', ['TW'], ['CN']],
  ['The United States and Britain struck Houthi targets in Yemen. Iran condemned the strikes as a violation of Yemen\'s sovereignty.', 'CONDEMNATION', ['IR'], ['GB', 'US']],
  ["Russia's army attacked Kyiv. Poland condemned the attack.", 'CONDEMNATION', ['PL'], ['RU']],
  ['Algeria shot down a Malian army drone near the border. Mali said the destruction of the drone was an act of aggression.', 'CONDEMNATION', ['ML'], ['DZ']],
  ['Russia downed a Polish drone. Warsaw condemned the downing.', 'CONDEMNATION', ['PL'], ['RU']],
  ['The United States struck militias in Iraq on Friday. Iran described the strikes as a violation of Iraq\'s sovereignty.', 'CONDEMNATION', ['IR'], ['US']],
  ['U.N. Secretary-General António Guterres condemned the coup in Myanmar.', 'CONDEMNATION', ['united-nations'], ['MM']],
  ['The African Union strongly condemned the military takeover in Niger.', 'CONDEMNATION', ['african-union'], ['NE']],
  ['The Chinese government expressed "strong dissatisfaction and firm opposition" to the remarks by Japanese Prime Minister Sanae Takaichi.', 'CONDEMNATION', ['CN'], ['JP']],
  ['Saudi Arabia and Qatar pledged $100 million in aid to Syria. Foreign Minister Asaad al-Shaibani of Syria thanked the two Gulf governments.', 'STATEMENT_OF_SUPPORT', ['SY'], ['QA', 'SA']],
  // A quotation heading the sentence, its speaker after it; a quoted verb before its object.
  ['"Russia\'s aggression against Ukraine is a crime," said Foreign Minister Annalena Baerbock of Germany.', 'CONDEMNATION', ['DE'], ['RU']],
  ['Israel struck Doha on Tuesday. "This is a flagrant violation of international law," Egyptian Foreign Minister Sameh Shoukry told reporters, referring to the Israeli strike.', 'CONDEMNATION', ['EG'], ['IL']],
  ['"The American sanctions are illegal and will not work," Russian Foreign Minister Sergei Lavrov said on Monday.', 'CONDEMNATION', ['RU'], ['US']],
  ['"Israel must answer for its aggression," said the Iranian foreign minister, Abbas Araghchi.', 'CONDEMNATION', ['IR'], ['IL']],
  ['"China\'s actions are dangerous and irresponsible," the Philippine foreign ministry said.', 'CONDEMNATION', ['PH'], ['CN']],
  ['Russia attacked Ukraine. Japan\'s foreign ministry said in a statement that Tokyo "strongly condemns" the assault.', 'CONDEMNATION', ['JP'], ['RU']],
  ['Britain joined the United States in condemning Russia.', 'CONDEMNATION', ['GB', 'US'], ['RU']],
  // A body or state named again by its kind; a participle after the speaker's verb is as done as the saying.
  ['Burkina Faso, Mali and Niger said on Monday they would withdraw from the International Criminal Court, calling the Hague-based tribunal "an instrument of neo-colonial repression".', 'CONDEMNATION', ['BF', 'ML', 'NE'], ['icc']],
  ['Nauru switched recognition to China. The United States criticised the island for the move.', 'CONDEMNATION', ['US'], ['NR']],
  // A Chinese name is shortened to its family name, written first.
  ['President Joe Biden met Chinese President Xi Jinping on Wednesday. Biden said he still regarded Xi as "a dictator".', 'CONDEMNATION', ['US'], ['CN']],
  // ... an Arabic name by its surname without the article.
  ["President Bashar al-Assad of Syria met Russia's Vladimir Putin in Moscow. Turkey condemned Assad on Monday.", 'CONDEMNATION', ['TR'], ['SY']],
  ["Beijing said Washington's arms sales to Taiwan undermined peace in the region.", 'CONDEMNATION', ['CN'], ['US']],
  ["Manila said China's actions threatened regional stability.", 'CONDEMNATION', ['PH'], ['CN']],
  ['Moscow said Kyiv was responsible for the attack on the Crimean bridge.', 'CONDEMNATION', ['RU'], ['UA']],
  ['The Russian foreign ministry said it "strongly protests" the expulsion of its diplomats by Estonia.', 'CONDEMNATION', ['RU'], ['EE']],
  // An anaphoric noun naming a kind of act answers the act of that kind told before.
  ['The European Union imposed sanctions on Russia on Monday. France welcomed the move. The Kremlin condemned the sanctions.', 'CONDEMNATION', ['RU'], ['european-union']],
  ['Israel and the United Arab Emirates signed an agreement in Washington. Iran condemned the agreement.', 'CONDEMNATION', ['IR'], ['AE', 'IL']],
  ["Beijing's plan was backed by Moscow.", 'STATEMENT_OF_SUPPORT', ['RU'], ['CN']],
  // Backing won "of" someone is theirs, not the winner's.
  ["Egypt's plan for Gaza won the backing of Saudi Arabia and Qatar.", 'STATEMENT_OF_SUPPORT', ['QA', 'SA'], ['EG']],
  ["Israel's strike drew the condemnation of the Arab League.", 'CONDEMNATION', ['arab-league'], ['IL']],
  ['France is backing Ukraine.', 'STATEMENT_OF_SUPPORT', ['FR'], ['UA']],
  // Support pledged or announced is support stated.
  ['Japan pledged to stand with Ukraine for as long as it takes.', 'STATEMENT_OF_SUPPORT', ['JP'], ['UA']],
  ["Kenya said it would back Somalia's bid for a seat on the Security Council.", 'STATEMENT_OF_SUPPORT', ['KE'], ['SO']],
  ["France gave its full support to Lebanon's government.", 'STATEMENT_OF_SUPPORT', ['FR'], ['LB']],
  ["Turkey signalled support for Sweden's bid to join NATO.", 'STATEMENT_OF_SUPPORT', ['TR'], ['SE']],
  ['Qatar lent its support to the Egyptian proposal.', 'STATEMENT_OF_SUPPORT', ['QA'], ['EG']],
  ['Ukraine expressed its gratitude to Japan for the new package.', 'STATEMENT_OF_SUPPORT', ['UA'], ['JP']],
  ['China assured Russia of its full support on Monday.', 'STATEMENT_OF_SUPPORT', ['CN'], ['RU']],
  ['"Germany will support Ukraine for as long as it takes," Chancellor Olaf Scholz said.', 'STATEMENT_OF_SUPPORT', ['DE'], ['UA']],
  ['Egypt commended Qatar for its mediation.', 'STATEMENT_OF_SUPPORT', ['EG'], ['QA']],
  ['Kenya voiced its backing for Somalia\'s government.', 'STATEMENT_OF_SUPPORT', ['KE'], ['SO']],
  ['Germany stood firmly by Poland in the dispute.', 'STATEMENT_OF_SUPPORT', ['DE'], ['PL']],
  ['Turkey expressed solidarity with Azerbaijan.', 'STATEMENT_OF_SUPPORT', ['TR'], ['AZ']],
  ['Beijing expressed firm support for Moscow.', 'STATEMENT_OF_SUPPORT', ['CN'], ['RU']],  // Round 2 (x1b): the speaker after the quote, ministries and embassies, leaders for their
  // state, joint statements, and support in other words.
  ['"Washington\'s actions are a gross interference in China\'s internal affairs," the Chinese foreign ministry said.', 'CONDEMNATION', ['CN'], ['US']],
  ['"These strikes are a blatant violation of our sovereignty," the Iraqi government said in a statement, referring to the American raids.', 'CONDEMNATION', ['IQ'], ['US']],
  ['Iran slammed the new U.S. sanctions as "economic terrorism".', 'CONDEMNATION', ['IR'], ['US']],
  ['Ankara slammed Stockholm for allowing the protest.', 'CONDEMNATION', ['TR'], ['SE']],
  ['Chinese Foreign Minister Wang Yi took aim at Washington over its tariffs.', 'CONDEMNATION', ['CN'], ['US']],
  ["The Chinese embassy in Canberra criticised Australia's decision to ban the app.", 'CONDEMNATION', ['CN'], ['AU']],
  ['In a statement, the Russian foreign ministry condemned the Finnish decision.', 'CONDEMNATION', ['RU'], ['FI']],
  ['Turkish President Recep Tayyip Erdogan condemned Israeli Prime Minister Benjamin Netanyahu over the strikes.', 'CONDEMNATION', ['TR'], ['IL']],
  ["In a joint statement, Britain, France and Germany condemned Iran's nuclear escalation.", 'CONDEMNATION', ['DE', 'FR', 'GB'], ['IR']],
  ["The foreign ministers of Saudi Arabia, Egypt and Jordan denounced Israel's plan to annex the West Bank.", 'CONDEMNATION', ['EG', 'JO', 'SA'], ['IL']],
  ['Germany denounced as "cynical" a proposal by Moscow to hold talks on the pipeline.', 'CONDEMNATION', ['DE'], ['RU']],
  ['Paris rebuked Algeria over the expulsion of twelve French officials.', 'CONDEMNATION', ['FR'], ['DZ']],
  ["The Kremlin said Britain's decision was a provocation.", 'CONDEMNATION', ['RU'], ['GB']],
  ['Foreign Minister Wang Yi accused the United States of bullying.', 'CONDEMNATION', ['CN'], ['US']],
  ["Washington endorsed the Saudi peace plan on Tuesday.", 'STATEMENT_OF_SUPPORT', ['US'], ['SA']],
  ["France threw its weight behind Morocco's autonomy plan for Western Sahara.", 'STATEMENT_OF_SUPPORT', ['FR'], ['MA']],
  ['Egypt and Jordan rallied behind Qatar after the strike.', 'STATEMENT_OF_SUPPORT', ['EG', 'JO'], ['QA']],
  ['Brussels voiced strong support for Chisinau\'s bid to join the bloc.', 'STATEMENT_OF_SUPPORT', ['BE'], ['MD']],
  ['The Kremlin praised Budapest for its stance.', 'STATEMENT_OF_SUPPORT', ['RU'], ['HU']],
  ["German Chancellor Olaf Scholz reaffirmed Berlin's backing for Kyiv.", 'STATEMENT_OF_SUPPORT', ['DE'], ['UA']],
  ['"We stand with Israel," Secretary of State Antony Blinken said.', 'STATEMENT_OF_SUPPORT', ['US'], ['IL']],
  ['Moscow called the expulsion of its diplomats by Berlin "an unfriendly act".', 'CONDEMNATION', ['RU'], ['DE']],
  ['"It is an unfriendly act," Kremlin spokesman Dmitry Peskov told reporters of the Finnish decision.', 'CONDEMNATION', ['RU'], ['FI']],
  ['Beijing said the American sanctions were not only illegal but futile.', 'CONDEMNATION', ['CN'], ['US']],
  ['Egypt welcomed the proposal by Qatar.', 'STATEMENT_OF_SUPPORT', ['EG'], ['QA']],
  ['Germany condemned the plan by Russia to annex the region.', 'CONDEMNATION', ['DE'], ['RU']],
  // A hostile name given to a state or leader named by name; an act's author after a participle.
  ['President Recep Tayyip Erdogan called Israeli Prime Minister Benjamin Netanyahu a war criminal.', 'CONDEMNATION', ['TR'], ['IL']],
  ['Iran called Israel a terrorist state.', 'CONDEMNATION', ['IR'], ['IL']],
  ['Beijing called Washington a bully.', 'CONDEMNATION', ['CN'], ['US']],
  ['The Saudi foreign ministry expressed the kingdom\'s "categorical rejection" of the Israeli statements.', 'CONDEMNATION', ['SA'], ['IL']],
  ['China firmly rejected the allegations made by Britain.', 'CONDEMNATION', ['CN'], ['GB']],
  ['Washington condemned the sanctions imposed by Moscow.', 'CONDEMNATION', ['US'], ['RU']],
  ['Caracas denounced "interventionist actions" by Argentina and Chile.', 'CONDEMNATION', ['VE'], ['AR', 'CL']],
  // More words of a hostile judgement.
  ['Russia seized the assets of Western firms. Berlin called the seizure "theft".', 'CONDEMNATION', ['DE'], ['RU']],
  ['"The American tariffs are nothing but extortion," the Chinese commerce ministry said.', 'CONDEMNATION', ['CN'], ['US']],
  ["Beijing said Washington's sanctions were unjustified.", 'CONDEMNATION', ['CN'], ['US']],
  ['Tehran called the Israeli strikes "appalling".', 'CONDEMNATION', ['IR'], ['IL']],
  ['Venezuela described the American deployment as "interventionist".', 'CONDEMNATION', ['VE'], ['US']],
  // A spokesman speaks for the body or state named after "for".
  ['A spokesman for the Chinese foreign ministry, Wang Wenbin, condemned the American decision.', 'CONDEMNATION', ['CN'], ['US']],
  ['A spokeswoman for the State Department condemned the Russian decision.', 'CONDEMNATION', ['US'], ['RU']],
  ["The spokesman for Iran's foreign ministry condemned the American strikes.", 'CONDEMNATION', ['IR'], ['US']],
  ['The Chinese foreign ministry said on Tuesday that it "firmly opposes and strongly condemns" the American move.', 'CONDEMNATION', ['CN'], ['US']],
  // Support renewed or reaffirmed in other nouns.
  ['Japan reiterated its unwavering commitment to Ukraine.', 'STATEMENT_OF_SUPPORT', ['JP'], ['UA']],
  ['Germany reaffirmed its solidarity with Israel.', 'STATEMENT_OF_SUPPORT', ['DE'], ['IL']],
  ['France renewed its support for Lebanon.', 'STATEMENT_OF_SUPPORT', ['FR'], ['LB']],
  ['The Kremlin said Moscow supported Beijing\'s position on Taiwan.', 'STATEMENT_OF_SUPPORT', ['RU'], ['CN']],
  ['Beijing applauded Honduras for its decision to switch ties.', 'STATEMENT_OF_SUPPORT', ['CN'], ['HN']],
];

/** Traps: the same words where nothing was condemned or backed (or not as a fact). */
const REACTION_TRAPS: [string, 'CONDEMNATION' | 'STATEMENT_OF_SUPPORT'][] = [
  ['Germany may condemn France over the budget.', 'CONDEMNATION'],
  ['China threatened to condemn Japan if it released the water.', 'CONDEMNATION'],
  ['India has not condemned Russia.', 'CONDEMNATION'],
  ['The United States called on China to condemn Russia.', 'CONDEMNATION'],
  ['Hungary declined to back Ukraine\'s bid.', 'STATEMENT_OF_SUPPORT'],
  ['Italy may support France\'s proposal.', 'STATEMENT_OF_SUPPORT'],
  ['Canada has not endorsed Britain\'s plan.', 'STATEMENT_OF_SUPPORT'],
  ["Israel's offensive in Gaza was welcomed by nobody.", 'STATEMENT_OF_SUPPORT'],
  ['Thousands protested in Paris on Saturday.', 'CONDEMNATION'],
  ['Iran described the talks as a success.', 'CONDEMNATION'],
  ['France withdrew its troops from Mali in 2022. Mali criticised the sanctions.', 'CONDEMNATION'],
  ['Iran said the United States threatened to impose sanctions.', 'CONDEMNATION'],
  ['Moscow said Kyiv was not responsible for the attack.', 'CONDEMNATION'],
  ['Did Brazil condemn Russia at the summit?', 'CONDEMNATION'],
  ['Will Germany back Ukraine\'s bid?', 'STATEMENT_OF_SUPPORT'],
  ['Kenya said it might back Somalia\'s bid for a seat on the Security Council.', 'STATEMENT_OF_SUPPORT'],
  ['"Germany may support Ukraine if asked," Chancellor Olaf Scholz said.', 'STATEMENT_OF_SUPPORT'],
  ['Germany will support Ukraine\'s bid next year.', 'STATEMENT_OF_SUPPORT'],
  ['The Indian prime minister flew back to Delhi after the summit in Russia.', 'STATEMENT_OF_SUPPORT'],
  ['The Taliban seized Kabul. President Joe Biden defended the decision to withdraw.', 'STATEMENT_OF_SUPPORT'],
  ['"The sanctions are not illegal," Foreign Minister Sergei Lavrov of Russia said of the American measures.', 'CONDEMNATION'],
  ['"We are studying the American proposal," Foreign Minister Sergei Lavrov of Russia said.', 'CONDEMNATION'],  ['Berlin denied criticising Warsaw.', 'CONDEMNATION'],
  ['Paris refused to endorse the American plan.', 'STATEMENT_OF_SUPPORT'],
  ['Beijing said the American move was not illegal.', 'CONDEMNATION'],
  ['Would Japan criticise China over the drills?', 'CONDEMNATION'],
  ['Tokyo is expected to condemn the launch.', 'CONDEMNATION'],
  ['Lavrov called Blinken a friend.', 'CONDEMNATION'],
  ['Japan did not reiterate its commitment to Ukraine.', 'STATEMENT_OF_SUPPORT'],
  ["Beijing said Washington's sanctions were not unjustified.", 'CONDEMNATION'],
  ['Germany may renew its support for the mission in Mali.', 'STATEMENT_OF_SUPPORT'],
  ['Egypt called Qatar a partner for peace.', 'CONDEMNATION'],
  ['Tehran said the European proposal was not a provocation.', 'CONDEMNATION'],
];

describe('speech: phrase bank of condemnation and support', () => {
  it.each(REACTION_BANK)('%s', (body, type, init, rec) => {
    const es = ofType(body, type).filter((e) => e.factuality === 'ASSERTED');
    expect(es.map((e) => [roles(e, 'INITIATOR'), roles(e, 'RECIPIENT')])).toContainEqual([init, rec]);
  });
  it.each(REACTION_TRAPS)('reports no asserted event: %s', (body, type) => {
    expect(ofType(body, type).filter((e) => e.factuality === 'ASSERTED')).toHaveLength(0);
  });
});
