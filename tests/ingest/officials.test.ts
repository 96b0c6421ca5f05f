import { describe, expect, it } from 'vitest';
import { expectOfficials, extract } from './helpers.ts';

const officials = (body: string, pub: Date | null = new Date('2024-05-10T12:00:00Z')) =>
  new Map(extract(body, pub).officials.map((o) => [o.slug, o]));

describe('officials', () => {
  it('reads titles before names with country modifiers and organizations', () => {
    const o = officials('Slovak Foreign Minister Juraj Blanar met NATO Secretary General Petra Novakova and Taliban Foreign Minister Amir Khan Muttaqi.');
    expect(o.get('juraj-blanar')).toMatchObject({ countryCode: 'SK', positions: [{ title: 'Foreign Minister', countryCode: 'SK' }] });
    expect(o.get('petra-novakova')).toMatchObject({ countryCode: null, positions: [{ title: 'Secretary General', organizationSlug: 'nato' }] });
    expect(o.get('amir-khan-muttaqi')?.countryCode).toBe('AF');
  });

  it('reads appositions in both orders, with ambassador targets', () => {
    const o = officials(
      "Dmitry Zhirnov, Russia's ambassador to Afghanistan, spoke. Ivo Marek, the US Secretary of State, agreed. Kenya's newly appointed Ambassador, Ruth Wanjiru, arrived in Oslo.",
    );
    expect(o.get('dmitry-zhirnov')).toMatchObject({ countryCode: 'RU', positions: [{ title: 'Ambassador to Afghanistan' }] });
    expect(o.get('ivo-marek')).toMatchObject({ countryCode: 'US', positions: [{ title: 'Secretary of State' }] });
    const ruth = o.get('ruth-wanjiru');
    expect(ruth?.countryCode).toBe('KE');
    expect(ruth?.positions[0]?.start).toEqual({ date: '2024-05-10', precision: 'DAY' });
  });

  it('reads "Prime Minister X of Y" and strips accents in slugs', () => {
    const o = officials('Prime Minister Jan Novák of Slovakia met President Sauli Niinistö of Finland.');
    expect(o.get('jan-novak')?.countryCode).toBe('SK');
    expect(o.get('sauli-niinisto')?.countryCode).toBe('FI');
  });

  it('resolves later surname mentions to the same person', () => {
    const g = extract('Finnish President Sauli Niinistö arrived. Niinistö said little, and Niinistö left early.');
    expect(g.officials).toHaveLength(1);
    expect(g.officials[0]).toMatchObject({ slug: 'sauli-niinisto', mentions: 3 });
    expect(g.officials[0]?.aliases).toContain('Niinistö');
  });

  it('copies the title for a "counterpart" and sets no start date without an appointment cue', () => {
    const o = officials("Kosovo's Foreign Minister Donika Gervalla and her Albanian counterpart Igli Hasani met.");
    expect(o.get('igli-hasani')).toMatchObject({ countryCode: 'AL', positions: [{ title: 'Foreign Minister', start: null }] });
  });

  it('takes the country from context when the title has none', () => {
    const o = officials('General Abdou Tamba seized power in Niamey on Wednesday.');
    expect(o.get('abdou-tamba')?.countryCode).toBe('NE');
  });

  it('keeps a country word that opens a longer name and drops a title written into the name', () => {
    const o = officials('Foreign Minister Israel Katz summoned the envoys. Ambassador Mike Waltz, the U.S. ambassador to the UN, agreed.');
    expect(o.get('israel-katz')?.countryCode).toBe('IL');
    expect(o.has('ambassador-mike-waltz')).toBe(false);
    expect(o.get('mike-waltz')?.countryCode).toBe('US');
  });

  it('reads new titles and their qualifiers: Taoiseach, High Commissioner, consul general, "first ambassador"', () => {
    const o = officials(
      "In Dublin, Taoiseach Simon Harris spoke. Japan protested to China's consul general in Osaka, Xue Jian. Iran received Abdullah bin Saud al-Anzi, Saudi Arabia's first ambassador to Tehran, on Tuesday.",
    );
    expect(o.get('simon-harris')).toMatchObject({ countryCode: 'IE', positions: [{ title: 'Taoiseach' }] });
    expect(o.get('xue-jian')).toMatchObject({ countryCode: 'CN', positions: [{ title: 'Consul General' }] });
    expect(o.get('abdullah-bin-saud-al-anzi')?.countryCode).toBe('SA');
  });

  it('reads "X as its ambassador" and an apposition after an unknown complement', () => {
    const o = officials("Egypt had nominated Amr Elhamamy as its ambassador in Ankara. Iran's new envoy to the kingdom, Alireza Enayati, arrived in Riyadh.");
    expect(o.get('amr-elhamamy')?.countryCode).toBe('EG');
    expect(o.get('alireza-enayati')?.countryCode).toBe('IR');
  });

  it('gives an international body, not a country, to a secretary general named after it', () => {
    const o = officials('The Arab League readmitted Syria on Sunday. Secretary General Ahmed Aboul Gheit said members would decide for themselves.');
    expect(o.get('ahmed-aboul-gheit')).toMatchObject({ countryCode: null, positions: [{ title: 'Secretary General', organizationSlug: 'arab-league' }] });
    const p = officials("The Organization of American States' secretary general, Luis Almagro, condemned the raid on Mexico's embassy.");
    expect(p.get('luis-almagro')?.countryCode).toBeNull();
  });

  it('takes the side a person is on, not the nearest country, when a sentence names several', () => {
    const o = officials(
      'In Seoul, the government said it would reconsider its ban on supplying weapons to Ukraine, and Vice Foreign Minister Kim Hong-kyun summoned the envoy. ' +
        'OTTAWA - Canada expelled six Indian diplomats, among them High Commissioner Sanjay Kumar Verma, on Monday. ' +
        'Canada has listed Iran\'s Islamic Revolutionary Guard Corps as a terrorist entity, Public Safety Minister Dominic LeBlanc announced.',
    );
    expect(o.get('kim-hong-kyun')?.countryCode).toBe('KR');
    expect(o.get('sanjay-kumar-verma')?.countryCode).toBe('IN');
    expect(o.get('dominic-leblanc')?.countryCode).toBe('CA');
  });

  it('gives an envoy whose only country in the sentence is his post the other country nearby', () => {
    const o = officials('The last French soldiers left Niger on Friday. The departure follows that of Ambassador Sylvain Itté, who left Niamey in September.');
    expect(o.get('sylvain-itte')?.countryCode).toBe('FR');
  });

  it('reads leaders named by their country among other leaders, plural titles and popes', () => {
    const o = officials(
      "Orbán met Michel, Italy's Giorgia Meloni and German Chancellor Olaf Scholz. Leaders including Emmanuel Macron of France attended. " +
        'Presidents Félix Tshisekedi and Paul Kagame are expected to meet. Pope Francis made no comment.',
    );
    expect(o.get('giorgia-meloni')?.countryCode).toBe('IT');
    expect(o.get('emmanuel-macron')?.countryCode).toBe('FR');
    expect(o.get('paul-kagame')).toMatchObject({ countryCode: 'RW', positions: [{ title: 'President' }] });
    expect(o.get('felix-tshisekedi')?.countryCode).toBe('CD');
    expect(o.get('pope-francis')?.countryCode).toBe('VA');
    // No leader cue: a possessive country before a capitalised phrase is no person.
    expect(officials("Britain's Royal Navy shadowed the ship.").size).toBe(0);
  });

  it('reads a qualifier before the modifier and a group word closing a person name', () => {
    const o = officials('Dorothy Shea, the acting U.S. ambassador, said Washington would not condemn either side.');
    expect(o.get('dorothy-shea')).toMatchObject({ countryCode: 'US', positions: [{ title: 'Acting Ambassador' }] });
    const g = extract("The foreign ministers of Congo and Rwanda signed. Congo's Thérèse Kayikwamba Wagner and Rwanda's Olivier Nduhungirehe met.");
    expect(new Map(g.officials.map((x) => [x.slug, x.countryCode]))).toEqual(new Map([['therese-kayikwamba-wagner', 'CD'], ['olivier-nduhungirehe', 'RW']]));
    expect(g.organizations.map((x) => x.slug)).not.toContain('wagner-group');
    // A gazetteer body after a possessive country is no leader, even among ministers.
    expect(officials("Ministers discussed Mexico's Sinaloa Cartel.").size).toBe(0);
  });
  it('gives a title with a country but no name to the one untitled office holder of that country', () => {
    const o = officials("Masoud Pezeshkian flew to Baku on Monday. The Iranian president's trip was his first abroad.");
    expect(o.get('masoud-pezeshkian')).toMatchObject({ countryCode: 'IR', positions: [{ title: 'President' }] });
  });

  it('reads an officer of a body named through an anaphor ("the bloc\'s secretary general")', () => {
    const o = officials('ASEAN ministers met in Vientiane. Kao Kim Hourn, the bloc\'s secretary general, said the talks had been frank.');
    expect(o.get('kao-kim-hourn')).toMatchObject({ countryCode: null, positions: [{ organizationSlug: 'asean' }] });
  });

  it('reads "X of <country>" after a lower-case word, a body after the title and a relative clause giving the office', () => {
    const o = officials(
      'Heads of government including Luc Frieden of Luxembourg signed the text. In Warsaw, the speaker of the Sejm, Szymon Hołownia, opened the session. ' +
        'Ahmed Attaf, who has been Algeria\'s foreign minister since 2023, spoke next. Henrik Dam, who ran the central bank for years before becoming Denmark\'s finance minister, agreed.',
    );
    expect(o.get('luc-frieden')?.countryCode).toBe('LU');
    expect(o.get('szymon-holownia')).toMatchObject({ countryCode: 'PL', positions: [{ title: 'Speaker' }] });
    expect(o.get('ahmed-attaf')).toMatchObject({ countryCode: 'DZ', positions: [{ title: 'Foreign Minister' }] });
    expect(o.get('henrik-dam')).toMatchObject({ countryCode: 'DK', positions: [{ title: 'Finance Minister' }] });
  });

  it('strips a title of several words written into a name', () => {
    const o = officials("Chad's army chief, Lieutenant General Abakar Abdelkerim Daoud, resigned on Friday.");
    expect(o.has('abakar-abdelkerim-daoud')).toBe(true);
    expect([...o.keys()].some((k) => k.startsWith('lieutenant'))).toBe(false);
  });
  it('reads no title inside a hyphenated word, and "ex-" as former', () => {
    const o = officials("Mali's commander-in-chief, General Omar Diarra, met the ex-president Ibrahim Keita in Bamako.");
    expect(o.get('omar-diarra')?.positions.map((p) => p.title)).not.toContain('Commander');
    expect(o.get('ibrahim-keita')).toMatchObject({ countryCode: 'ML', positions: [{ title: 'Former President' }] });
  });
  it('does not take the country of another, unnamed person ("the Dutch envoy") for the side of a person', () => {
    const o = officials('Ankara expelled the Dutch envoy after the arrest of Interior Minister Ali Demir.');
    expect(o.get('ali-demir')?.countryCode).toBe('TR');
  });
  it('gives a king or an emir a monarchy named nearby when the sentence is about a republic', () => {
    const o = officials('WASHINGTON - The White House said on Monday that President Joe Biden would receive King Hamad bin Isa next week. Bahrain hosts the U.S. Fifth Fleet.');
    expect(o.get('hamad-bin-isa')).toMatchObject({ countryCode: 'BH', positions: [{ title: 'King' }] });
    const p = officials('Turkey hosted the talks, and Emir Hamad Al Kuwari of the Gulf state thanked Ankara. Qatar had mediated before.');
    expect(p.get('hamad-al-kuwari')?.countryCode).toBe('QA');
  });
  it('lists no opposition, rebel or armed-group leader as an office holder', () => {
    const o = officials('Belarusian opposition leader Pavel Latushko spoke in Vilnius. Houthi leader Abdul-Malik al-Houthi threatened ships. Taliban leader Hibatullah Akhundzada issued a decree.');
    expect(o.has('pavel-latushko')).toBe(false);
    expect([...o.keys()].some((k) => k.includes('houthi'))).toBe(false);
    expect(o.get('hibatullah-akhundzada')?.positions.map((p) => p.title)).toContain('Leader');
  });

  it('reads army chiefs, field marshals and press secretaries', () => {
    const o = officials("Egypt's army chief, Field Marshal Ahmed Khalifa, met White House press secretary Dana Perino in Washington.");
    // The rank written before the name is a position of its own.
    expect(o.get('ahmed-khalifa')).toMatchObject({ countryCode: 'EG', positions: [{ title: 'Army Chief' }, { title: 'Field Marshal' }] });
    expect(o.get('dana-perino')).toMatchObject({ countryCode: 'US', positions: [{ title: 'Press Secretary' }] });
  });
  it('keeps the spelling of a title as written, and an envoy is no ambassador', () => {
    const o = officials('Kremlin spokesman Ivan Sokolov spoke after Premier Li Wen met U.S. envoy Tom Barrett and WHO Director-General Ana Lopes.');
    expect(o.get('ivan-sokolov')?.positions[0]?.title).toBe('Spokesman');
    expect(o.get('li-wen')?.positions[0]?.title).toBe('Premier');
    expect(o.get('tom-barrett')).toMatchObject({ countryCode: 'US', positions: [{ title: 'Envoy' }] });
    expect(o.get('ana-lopes')).toMatchObject({ countryCode: null, positions: [{ title: 'Director-General', organizationSlug: 'who' }] });
  });
  it('reads a qualifier between the country and the title, and keeps "Sheikh" in a one-word name', () => {
    const o = officials('Iraqi caretaker Prime Minister Adil Abdul-Mahdi met the ousted president Sheikh Hasina of Bangladesh.');
    expect(o.get('adil-abdul-mahdi')).toMatchObject({ countryCode: 'IQ', positions: [{ title: 'Prime Minister' }] });
    expect(o.get('sheikh-hasina')?.countryCode).toBe('BD');
  });
  it('reads middle initials and "-elect" titles', () => {
    const o = officials('Secretary of State John F. Kerry met President-elect Mauricio Macri of Argentina. Jane R. Doyle, the defense secretary, agreed.');
    expect(o.get('john-kerry')?.positions[0]?.title).toBe('Secretary of State');
    expect(o.get('mauricio-macri')).toMatchObject({ countryCode: 'AR', positions: [{ title: 'President-elect' }] });
    expect(o.get('jane-doyle')?.positions[0]?.title).toBe('Defense Secretary');
  });
  it('reads legislators, commissioners, vice premiers, prosecutors and rapporteurs', () => {
    const o = officials(
      'U.S. Senator Jim Risch and Chinese Vice Premier Ding Xuexiang met in Geneva. EU trade commissioner Cecilia Malmström joined them. ' +
        'ICC Prosecutor Fatou Bensouda and UN Special Rapporteur Agnès Callamard spoke later.',
    );
    expect(o.get('jim-risch')).toMatchObject({ countryCode: 'US', positions: [{ title: 'Senator' }] });
    expect(o.get('ding-xuexiang')).toMatchObject({ countryCode: 'CN', positions: [{ title: 'Vice Premier' }] });
    expect(o.get('cecilia-malmstrom')?.countryCode).toBeNull();
    expect(o.get('fatou-bensouda')).toMatchObject({ countryCode: null, positions: [{ title: 'Prosecutor', organizationSlug: 'icc' }] });
    expect(o.get('agnes-callamard')?.positions[0]?.title).toBe('Special Rapporteur');
  });
  it('reads "deputy" before any title', () => {
    const o = officials('Lena Horvat, a deputy envoy for Croatia at the United Nations, said the vote was unfair.');
    expect(o.get('lena-horvat')).toMatchObject({ countryCode: 'HR', positions: [{ title: 'Deputy Envoy' }] });
  });

  it('lists register names only where the text gives them a role; their mentions still stand for their country', () => {
    const g = extract('Talks on a summit between Joe Biden and Xi Jinping stalled. Xi later told Chinese diplomats to wait.');
    expect(g.officials.map((o) => o.slug)).toEqual([]);
    const o = officials('He then met Wang Yi, the Communist Party\'s most senior foreign affairs official, in Beijing. Vladimir Putin, the Kremlin leader, stayed away.');
    expect(o.get('wang-yi')).toMatchObject({ countryCode: 'CN', positions: [{ title: 'Most Senior Foreign Affairs Official' }] });
    expect(o.get('vladimir-putin')?.positions[0]?.title).toBe('Leader');
  });

  it('reads hyphenated titles in lower case and keeps a rank written before the name', () => {
    const o = officials("The UN secretary-general, Elena Moraru, spoke. Chad's army chief, General Idriss Kaba, and the commander-in-chief, Senior General Aung Thein, listened.");
    expect(o.get('elena-moraru')).toMatchObject({ countryCode: null, positions: [{ title: 'Secretary-General' }] });
    expect(o.get('idriss-kaba')?.positions.map((p) => p.title)).toEqual(['Army Chief', 'General']);
    expect(o.get('aung-thein')?.positions.map((p) => p.title)).toEqual(['Commander-in-Chief', 'Senior General']);
  });

  it('does not take the country of another person\'s title, and places a person met in a capital at home', () => {
    const o = officials(
      'Deputy Foreign Minister Lu Wen summoned U.S. Ambassador Carl Dane that night. Beijing then announced drills.\n\n' +
        'Secretary of State Mara Quill, on a tour that began in Fiji, met Prime Minister Tane Ruru in Wellington before flying to Sydney.',
    );
    expect(o.get('carl-dane')?.countryCode).toBe('US');
    expect(o.get('lu-wen')?.countryCode).toBe('CN');
    expect(o.get('tane-ruru')?.countryCode).toBe('NZ');
  });

  it('takes a spokesperson\'s country from the state the reported clause opens with, and a person\'s from another named by surname', () => {
    const o = officials(
      'The Chinese embassy in Paris rejected the charge. Foreign ministry spokeswoman Hu Lan said Beijing opposed all such claims and urged France to stop.\n\n' +
        'President Rafael Soto of Bolivia spoke first. Former president Ana Quispe, who is feuding with Soto, called a march.',
    );
    expect(o.get('hu-lan')?.countryCode).toBe('CN');
    expect(o.get('ana-quispe')).toMatchObject({ countryCode: 'BO', positions: [{ title: 'Former President' }] });
  });

  it('reads "the foreign ministers of A and B, X and Y" in order', () => {
    const o = officials('The accord was initialled by the foreign ministers of Armenia and Azerbaijan, Aram Petrosyan and Elnur Guliyev, in Washington.');
    expect(o.get('aram-petrosyan')).toMatchObject({ countryCode: 'AM', positions: [{ title: 'Foreign Minister' }] });
    expect(o.get('elnur-guliyev')).toMatchObject({ countryCode: 'AZ', positions: [{ title: 'Foreign Minister' }] });
  });

  it('reads free-form ministers, body chiefs, officials in appositions and presiding officers', () => {
    const o = officials(
      "Britain's minister for the Middle East, Tom Harlow, visited Beirut. IAEA chief Lars Ekdahl said inspectors left. " +
        'Talks were chaired by Nina Brooks, a senior State Department official. The official Xinhua agency reported it. ' +
        'Hamas chief Khalil Nasser spoke. Pedro Alves, the president of the National Assembly, signed. European Commission President Marta Lind agreed.',
    );
    expect(o.get('tom-harlow')).toMatchObject({ countryCode: 'GB', positions: [{ title: 'Minister for the Middle East' }] });
    expect(o.has('east')).toBe(false);
    expect(o.get('lars-ekdahl')).toMatchObject({ countryCode: null, positions: [{ title: 'Chief', organizationSlug: 'iaea' }] });
    expect(o.get('nina-brooks')).toMatchObject({ countryCode: 'US', positions: [{ title: 'Official' }] });
    expect(o.has('xinhua')).toBe(false);
    expect(o.has('khalil-nasser')).toBe(false);
    expect(o.get('pedro-alves')?.positions[0]?.title).toBe('President of the National Assembly');
    expect(o.get('marta-lind')).toMatchObject({ countryCode: null, positions: [{ title: 'President of the European Commission' }] });
    const f = officials(
      'Minister of Foreign Affairs Ivan Petrov spoke. Minister for Trade Kate Moss replied. Minister of State for Regional Integration Paul Okello listened. ' +
        'Karl Tamm, Minister of Foreign Affairs of Estonia, agreed.',
    );
    expect(f.get('ivan-petrov')?.positions[0]?.title).toBe('Foreign Minister');
    expect(f.get('kate-moss')?.positions[0]?.title).toBe('Minister for Trade');
    expect(f.get('paul-okello')?.positions[0]?.title).toBe('Minister of State for Regional Integration');
    expect(f.get('karl-tamm')).toMatchObject({ countryCode: 'EE', positions: [{ title: 'Foreign Minister' }] });
  });

  it('reads "who heads / who now leads" clauses, but no party or armed group office', () => {
    const o = officials(
      "Omid Rahimi, who heads Iran's Supreme National Security Council, flew to Beirut. Samir Haddad, the former rebel commander who now leads Syria, visited Paris. " +
        'Nadia Kerr, who heads the World Food Programme, toured camps. Yusuf Baraka, who leads Hamas in Gaza, stayed hidden.',
    );
    expect(o.get('omid-rahimi')).toMatchObject({ countryCode: 'IR', positions: [{ title: 'Head' }] });
    expect(o.get('samir-haddad')).toMatchObject({ countryCode: 'SY', positions: [{ title: 'Leader' }] });
    expect(o.get('nadia-kerr')).toMatchObject({ countryCode: null, positions: [{ title: 'Head', organizationSlug: 'world-food-programme' }] });
    expect(o.has('yusuf-baraka')).toBe(false);
  });

  it("reads a register leader's aides, a qualifier before the modifier and a state's envoy to a body", () => {
    const o = officials(
      "Tom Gale, Trump's special envoy, met Erdogan's chief adviser, Kemal Uysal, in Ankara. Former Japanese Prime Minister Taro Sato spoke. " +
        "Russia's deputy UN ambassador, Pavel Orlov, walked out, and Li Ming, China's UN envoy, stayed.",
    );
    expect(o.get('tom-gale')).toMatchObject({ countryCode: 'US', positions: [{ title: 'Special Envoy' }] });
    expect(o.get('kemal-uysal')?.countryCode).toBe('TR');
    expect(o.get('taro-sato')?.positions[0]?.title).toBe('Former Prime Minister');
    expect(o.get('pavel-orlov')).toMatchObject({ countryCode: 'RU', positions: [{ title: 'Deputy Ambassador to the United Nations' }] });
    expect(o.get('li-ming')?.countryCode).toBe('CN');
  });

  it("reads officers of international bodies: chairpersons, managing directors, commissioners-general, 'NATO's <register officer>'", () => {
    const o = officials(
      "Amina Diallo, chairperson of the African Union Commission, urged calm. The International Monetary Fund's managing director, Vera Kolar, said growth would slow. " +
        "UNRWA's commissioner-general, Paul Weber, spoke. NATO's Mark Rutte agreed, but NATO's Article Five was not invoked. Bank managing director John Doe left.",
    );
    expect(o.get('amina-diallo')).toMatchObject({ countryCode: null, positions: [{ title: 'Chairperson' }] });
    expect(o.get('vera-kolar')).toMatchObject({ countryCode: null, positions: [{ title: 'Managing Director', organizationSlug: 'imf' }] });
    expect(o.get('paul-weber')).toMatchObject({ countryCode: null, positions: [{ title: 'Commissioner-General' }] });
    expect(o.get('mark-rutte')?.countryCode).toBeNull();
    expect(o.has('article-five')).toBe(false);
    expect(o.has('john-doe')).toBe(false);
  });

  it('strips a captain\'s rank from the name and reads representatives only with a modifier', () => {
    const o = officials(
      "Mali's junta leader, Captain Moussa Keita, met Taiwan's representative in Washington, Lin Hao. U.S. Trade Representative Jane Park agreed. A representative of the firm, John Smith, declined to comment.",
    );
    expect(o.get('moussa-keita')).toMatchObject({ countryCode: 'ML', positions: [{ title: 'Leader' }] });
    expect(o.has('captain-moussa-keita')).toBe(false);
    expect(o.get('lin-hao')).toMatchObject({ countryCode: 'TW', positions: [{ title: 'Representative' }] });
    expect(o.get('jane-park')?.countryCode).toBe('US');
    expect(o.has('john-smith')).toBe(false);
  });
});

// Phrase bank of wire-copy namings of officials: each row is a text and the people it must list
// ("slug@CC", "slug@-" for an international body's officer) or must not list ("!slug":
// opposition and armed-group leaders, journalists, analysts).
const OFFICIAL_BANK: [string, string][] = [
    ["Foreign Minister Sergei Lavrov told reporters in Moscow that the talks had failed. Lavrov added that Russia would respond.", "sergey-lavrov@RU"],
    ["Russia's top diplomat, Sergei Lavrov, met his Chinese counterpart Wang Yi in Beijing.", "sergey-lavrov@RU wang-yi@CN"],
    ["Sergei Lavrov, Russia's foreign minister, said Moscow was ready.", "sergey-lavrov@RU"],
    ["The minister, Sergei Lavrov, later left for Ankara. Russia had earlier said it would send him.", "sergey-lavrov@RU"],
    ["Mr. Lavrov, the Russian foreign minister, spoke at length.", "sergey-lavrov@RU"],
    ["Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol in Tokyo.", "shigeru-ishiba@JP yoon-suk-yeol@KR"],
    ["Kenya's President William Ruto said Nairobi would send police officers.", "william-ruto@KE"],
    ["Kremlin spokesman Dmitry Peskov said President Vladimir Putin had no plans to travel.", "dmitry-peskov@RU vladimir-putin@RU"],
    ["Saudi Foreign Minister Prince Faisal bin Farhan arrived in Tehran on Saturday.", "faisal-bin-farhan@SA"],
    ["Dutch Foreign Minister Caspar Veldkamp said The Hague would summon the envoy.", "caspar-veldkamp@NL"],
    ["Belgian Prime Minister Bart De Wever rejected the plan.", "bart-de-wever@BE"],
    ["Spanish Foreign Minister José Manuel Albares said Madrid would recognise Palestine.", "jose-manuel-albares@ES"],
    ["Mexico's Foreign Minister Juan Ramón de la Fuente met his U.S. counterpart.", "juan-ramon-de-la-fuente@MX"],
    ["Colombian Foreign Minister Luis Gilberto Murillo condemned the attack.", "luis-gilberto-murillo@CO"],
    ["Prime Minister-designate Nawaf Salam began consultations in Beirut on Tuesday.", "nawaf-salam@LB"],
    ["Former President Jair Bolsonaro was barred from leaving Brazil.", "jair-bolsonaro@BR"],
    ["Acting President Choi Sang-mok said South Korea would keep its alliance with Washington.", "choi-sang-mok@KR"],
    ["Chinese Foreign Ministry spokesperson Mao Ning told a regular briefing that Beijing opposed the move.", "mao-ning@CN"],
    ["Iranian Foreign Minister Abbas Araghchi said Tehran would not negotiate under pressure. Araghchi spoke in Oman.", "abbas-araghchi@IR"],
    ["Egyptian Foreign Minister Badr Abdelatty met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha.", "badr-abdelatty@EG mohammed-bin-abdulrahman-al-thani@QA"],
    ["German Chancellor Friedrich Merz and French President Emmanuel Macron travelled to Kyiv.", "friedrich-merz@DE emmanuel-macron@FR"],
    ["The U.N. Secretary-General, Antonio Guterres, called for a ceasefire.", "antonio-guterres@-"],
    ["EU foreign policy chief Kaja Kallas said the bloc would adopt new sanctions.", "kaja-kallas@-"],
    ["NATO Secretary-General Mark Rutte said allies would boost spending.", "mark-rutte@-"],
    ["Indian External Affairs Minister S. Jaishankar met his Chinese counterpart in Kazan.", "s-jaishankar@IN"],
    ["Pakistani Prime Minister Shehbaz Sharif said Islamabad had shown restraint.", "shehbaz-sharif@PK"],
    ["Turkish President Recep Tayyip Erdogan said Ankara would host the talks.", "recep-tayyip-erdogan@TR"],
    ["Britain's Foreign Secretary David Lammy summoned the ambassador.", "david-lammy@GB"],
    ["British Prime Minister Keir Starmer said London stood with Kyiv.", "keir-starmer@GB"],
    ["Australian Foreign Minister Penny Wong said Canberra was concerned.", "penny-wong@AU"],
    ["Philippine Foreign Secretary Enrique Manalo summoned the Chinese envoy.", "enrique-manalo@PH"],
    ["U.S. Secretary of State Marco Rubio met Saudi Crown Prince Mohammed bin Salman in Riyadh.", "marco-rubio@US mohammed-bin-salman@SA"],
    ["Israeli Prime Minister Benjamin Netanyahu said the operation would continue.", "benjamin-netanyahu@IL"],
    ["Hungarian Prime Minister Viktor Orban vetoed the package.", "viktor-orban@HU"],
    ["Venezuela's Foreign Minister Yvan Gil rejected the statement.", "yvan-gil@VE"],
    ["Venezuelan President Nicolas Maduro accused Washington of meddling.", "nicolas-maduro@VE"],
    ["Syrian interim President Ahmed al-Sharaa visited Riyadh.", "ahmed-al-sharaa@SY"],
    ["South African President Cyril Ramaphosa met his Kenyan counterpart William Ruto in Pretoria.", "cyril-ramaphosa@ZA william-ruto@KE"],
    ["Ukrainian Foreign Minister Andrii Sybiha said Kyiv welcomed the decision.", "andrii-sybiha@UA"],
    ["Polish Foreign Minister Radoslaw Sikorski called the drone incursion a provocation.", "radoslaw-sikorski@PL"],
    ["Lithuanian President Gitanas Nauseda said Vilnius would close its border.", "gitanas-nauseda@LT"],
    ["Moldovan President Maia Sandu accused Moscow of interference.", "maia-sandu@MD"],
    ["Georgian Prime Minister Irakli Kobakhidze said Tbilisi would suspend talks.", "irakli-kobakhidze@GE"],
    ["Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed the text.", "nikol-pashinyan@AM ilham-aliyev@AZ"],
    ["Malaysian Prime Minister Anwar Ibrahim hosted the ASEAN summit.", "anwar-ibrahim@MY"],
    ["Thai Prime Minister Paetongtarn Shinawatra met Cambodian leader Hun Manet.", "paetongtarn-shinawatra@TH hun-manet@KH"],
    ["Chinese Premier Li Qiang arrived in Canberra on Saturday.", "li-qiang@CN"],
    ["North Korean leader Kim Jong Un oversaw a missile test.", "kim-jong-un@KP"],
    ["Vietnam's Prime Minister Pham Minh Chinh met Chinese President Xi Jinping.", "pham-minh-chinh@VN xi-jinping@CN"],
    ["Argentine President Javier Milei said Buenos Aires would leave the WHO.", "javier-milei@AR"],
    ["Brazilian President Luiz Inacio Lula da Silva said Brasilia opposed the tariffs.", "luiz-inacio-lula-da-silva@BR"],
    ["Chilean President Gabriel Boric condemned the vote.", "gabriel-boric@CL"],
    ["Peruvian President Dina Boluarte declared a state of emergency.", "dina-boluarte@PE"],
    ["Ecuador's President Daniel Noboa ordered the embassy raid.", "daniel-noboa@EC"],
    ["Nigerian President Bola Tinubu, who chairs ECOWAS, warned the junta.", "bola-tinubu@NG"],
    ["Malian junta leader Colonel Assimi Goita met Russian officials.", "assimi-goita@ML"],
    ["Burkina Faso's military leader, Captain Ibrahim Traore, expelled the diplomats.", "ibrahim-traore@BF"],
    ["Niger's military ruler, General Abdourahamane Tiani, received the delegation.", "abdourahamane-tiani@NE"],
    ["Sudan's army chief, General Abdel Fattah al-Burhan, rejected the talks.", "abdel-fattah-al-burhan@SD"],
    ["Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Hamas officials.", "tamim-bin-hamad-al-thani@QA"],
    ["Jordan's King Abdullah II met U.S. President Donald Trump at the White House.", "donald-trump@US"],
    ["Omani Foreign Minister Badr Albusaidi mediated the talks.", "badr-albusaidi@OM"],
    ["Iraqi Prime Minister Mohammed Shia al-Sudani visited Washington.", "mohammed-shia-al-sudani@IQ"],
    ["Lebanese President Joseph Aoun met the U.S. envoy, Morgan Ortagus.", "joseph-aoun@LB morgan-ortagus@US"],
    ["Mr. Lavrov, the Russian foreign minister, spoke at length.", "sergey-lavrov@RU"],
    ["Kaja Kallas, the EU's top diplomat, said the bloc stood ready.", "kaja-kallas@-"],
    ["Ursula von der Leyen, the president of the European Commission, announced the package.", "ursula-von-der-leyen@-"],
    ["European Commission President Ursula von der Leyen said Brussels would act.", "ursula-von-der-leyen@-"],
    ["Antonio Costa, the president of the European Council, chaired the summit.", "antonio-costa@-"],
    ["The head of the International Atomic Energy Agency, Rafael Grossi, arrived in Tehran.", "rafael-grossi@-"],
    ["WHO chief Tedros Adhanom Ghebreyesus warned of famine.", "tedros-adhanom-ghebreyesus@-"],
    ["Volker Turk, the U.N. human rights chief, condemned the executions.", "volker-turk@-"],
    ["The U.N. special envoy for Syria, Geir Pedersen, briefed the Security Council.", "geir-pedersen@-"],
    ["Tom Fletcher, the UN's humanitarian chief, said aid was blocked.", "tom-fletcher@-"],
    ["China's ambassador to the United Nations, Fu Cong, said Beijing opposed the draft.", "fu-cong@CN"],
    ["The U.S. ambassador to the U.N., Linda Thomas-Greenfield, vetoed the resolution.", "linda-thomas-greenfield@US"],
    ["Russian Ambassador to the UN Vassily Nebenzia walked out.", "vassily-nebenzia@RU"],
    ["Vasily Nebenzya, Moscow's envoy to the United Nations, called the vote illegitimate.", "vassily-nebenzia@RU"],
    ["Ukraine's ambassador to Washington, Oksana Markarova, attended the meeting.", "oksana-markarova@UA"],
    ["Israel's ambassador to the UN, Danny Danon, tore up the report.", "danny-danon@IL"],
    ["The Palestinian envoy to the U.N., Riyad Mansour, welcomed the vote.", "riyad-mansour@PS"],
    ["Iran's Supreme Leader Ayatollah Ali Khamenei warned Washington.", "ali-khamenei@IR"],
    ["Iranian President Masoud Pezeshkian told state television the strikes were a crime.", "masoud-pezeshkian@IR"],
    ["Hezbollah leader Naim Qassem said the group would keep its weapons.", "!naim-qassem"],
    ["Venezuelan opposition leader Maria Corina Machado called for protests.", "!maria-corina-machado"],
    ["Hamas political chief Ismail Haniyeh was killed in Tehran.", "!ismail-haniyeh"],
    ["Russian journalist Ivan Petrov said the report was false.", "!ivan-petrov"],
    ["Analyst Sam Greene of King's College said the Kremlin was worried.", "!sam-greene"],
    ["Taiwan's President Lai Ching-te said the island would not be provoked.", "lai-ching-te@TW"],
    ["Taiwanese Foreign Minister Lin Chia-lung visited Paraguay.", "lin-chia-lung@TW"],
    ["South Korean Foreign Minister Cho Tae-yul met his Japanese counterpart Takeshi Iwaya.", "cho-tae-yul@KR takeshi-iwaya@JP"],
    ["Japan's Chief Cabinet Secretary Yoshimasa Hayashi told reporters Tokyo had protested.", "yoshimasa-hayashi@JP"],
    ["Chinese Defence Minister Dong Jun skipped the forum.", "dong-jun@CN"],
    ["Lin Jian, a spokesman for China's foreign ministry, said Beijing firmly opposed the sale.", "lin-jian@CN"],
    ["Maria Zakharova, the Russian foreign ministry spokeswoman, accused London of lying.", "maria-zakharova@RU"],
    ["State Department spokesperson Tammy Bruce said the United States would not comment.", "tammy-bruce@US"],
    ["White House press secretary Karoline Leavitt said Trump would sign the order.", "karoline-leavitt@US"],
    ["Pentagon spokesman Sean Parnell said the troops had left.", "sean-parnell@US"],
    ["Israeli Defence Minister Israel Katz said the army would stay.", "israel-katz@IL"],
    ["Ukraine's Defence Minister Rustem Umerov flew to Istanbul.", "rustem-umerov@UA"],
    ["Andriy Yermak, the head of Ukraine's presidential office, led the delegation.", "andriy-yermak@UA"],
    ["Yuri Ushakov, a Kremlin foreign policy aide, said no date had been set.", "yuri-ushakov@RU"],
    ["French Foreign Minister Jean-Noel Barrot said Paris would recognize Palestine.", "jean-noel-barrot@FR"],
    ["German Foreign Minister Annalena Baerbock visited Damascus with her French counterpart.", "annalena-baerbock@DE"],
    ["Italian Prime Minister Giorgia Meloni said Rome would not send troops.", "giorgia-meloni@IT"],
    ["Greek Prime Minister Kyriakos Mitsotakis met Turkish President Tayyip Erdogan.", "kyriakos-mitsotakis@GR"],
    ["Cypriot President Nikos Christodoulides welcomed the decision.", "nikos-christodoulides@CY"],
    ["Serbian President Aleksandar Vucic said Belgrade would not recognise Kosovo.", "aleksandar-vucic@RS"],
    ["Kosovo Prime Minister Albin Kurti rejected the claim.", "albin-kurti@XK"],
    ["Czech President Petr Pavel visited Kyiv.", "petr-pavel@CZ"],
    ["Slovak Prime Minister Robert Fico travelled to Moscow for the parade.", "robert-fico@SK"],
    ["Romanian President Nicusor Dan met NATO chief Mark Rutte.", "nicusor-dan@RO mark-rutte@-"],
    ["Finnish President Alexander Stubb said Helsinki would join the effort.", "alexander-stubb@FI"],
    ["Estonian Prime Minister Kristen Michal accused Moscow of sabotage.", "kristen-michal@EE"],
    ["Latvian Foreign Minister Baiba Braze summoned the charge d'affaires.", "baiba-braze@LV"],
    ["Danish Prime Minister Mette Frederiksen said Greenland was not for sale.", "mette-frederiksen@DK"],
    ["Norwegian Foreign Minister Espen Barth Eide announced the recognition.", "espen-barth-eide@NO"],
    ["Irish Taoiseach Simon Harris said Dublin would follow.", "simon-harris@IE"],
    ["Swedish Prime Minister Ulf Kristersson welcomed Turkey's ratification.", "ulf-kristersson@SE"],
    ["Canadian Prime Minister Mark Carney said Ottawa would retaliate.", "mark-carney@CA"],
    ["Mexican President Claudia Sheinbaum said Mexico would not accept the tariffs.", "claudia-sheinbaum@MX"],
    ["Cuban Foreign Minister Bruno Rodriguez condemned the blockade.", "bruno-rodriguez@CU"],
    ["Nicaraguan President Daniel Ortega expelled the ambassador.", "daniel-ortega@NI"],
    ["Bolivian President Luis Arce said a coup attempt had failed.", "luis-arce@BO"],
    ["Panama's President Jose Raul Mulino rejected Trump's claims.", "jose-raul-mulino@PA"],
    ["Guatemalan President Bernardo Arevalo met Secretary of State Marco Rubio.", "bernardo-arevalo@GT marco-rubio@US"],
    ["\"We will not accept this,\" said Dmitry Peskov, the Kremlin spokesman.", "dmitry-peskov@RU"],
    ["The decision was welcomed by Kenya's interior minister, Kipchumba Murkomen, who called it historic.", "kipchumba-murkomen@KE"],
    ["According to Foreign Minister Hakan Fidan, Turkey will host the next round.", "hakan-fidan@TR"],
    ["Ghana's Deputy Foreign Minister Thomas Mbomba said Accra was evacuating citizens.", "thomas-mbomba@GH"],
    ["Deputy Prime Minister and Foreign Minister Ayman Safadi said Jordan would not allow overflights.", "ayman-safadi@JO"],
    ["The country's foreign minister, Yvette Sibomana, said Rwanda rejected the report.", "yvette-sibomana@RW"],
    ["Rwanda rejected the report. The country's foreign minister, Olivier Nduhungirehe, called it biased.", "olivier-nduhungirehe@RW"],
    ["Saudi Arabia hosted the talks. The kingdom's foreign minister, Prince Faisal bin Farhan, opened the session.", "faisal-bin-farhan@SA"],
    ["The president, Nangolo Mbumba, addressed parliament in Windhoek.", "nangolo-mbumba@NA"],
    ["Hassan Sheikh Mohamud, Somalia's president, flew to Ankara.", "hassan-sheikh-mohamud@SO"],
    ["Foreign Minister Wang Yi of China met Foreign Minister Penny Wong of Australia.", "wang-yi@CN penny-wong@AU"],
    ["The meeting between Kenyan Foreign Minister Musalia Mudavadi and his Ugandan counterpart, Jeje Odongo, ended without a deal.", "musalia-mudavadi@KE jeje-odongo@UG"],
    ["Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki in Asmara.", "abiy-ahmed@ET isaias-afwerki@ER"],
    ["DR Congo's President Felix Tshisekedi and Rwandan President Paul Kagame met in Doha.", "felix-tshisekedi@CD paul-kagame@RW"],
    ["Congolese Foreign Minister Therese Kayikwamba Wagner signed the accord in Washington.", "therese-kayikwamba-wagner@CD"],
    ["Somali President Hassan Sheikh Mohamud accused Ethiopia of annexation.", "hassan-sheikh-mohamud@SO"],
    ["Algerian Foreign Minister Ahmed Attaf recalled the ambassador from Paris.", "ahmed-attaf@DZ"],
    ["Moroccan Foreign Minister Nasser Bourita welcomed the U.S. decision.", "nasser-bourita@MA"],
    ["Libya's Prime Minister Abdul Hamid Dbeibah met Italian officials.", "abdul-hamid-dbeibah@LY"],
    ["Tunisian President Kais Saied dismissed the government.", "kais-saied@TN"],
    ["The Emirati foreign minister, Sheikh Abdullah bin Zayed Al Nahyan, received the Syrian delegation.", "abdullah-bin-zayed-al-nahyan@AE"],
    ["Bahrain's King Hamad bin Isa Al Khalifa hosted the summit.", "hamad-bin-isa-al-khalifa@BH"],
    ["Kuwait's Emir Sheikh Meshal al-Ahmad al-Sabah dissolved parliament.", "meshal-al-ahmad-al-sabah@KW"],
    ["Yemen's Houthi leader Abdul Malik al-Houthi threatened ships.", "!abdul-malik-al-houthi"],
    ["Afghanistan's Taliban government spokesman Zabihullah Mujahid denied the report.", "zabihullah-mujahid@AF"],
    ["Bangladesh's interim leader Muhammad Yunus met Pakistani officials.", "muhammad-yunus@BD"],
    ["Sri Lankan President Anura Kumara Dissanayake visited New Delhi.", "anura-kumara-dissanayake@LK"],
    ["Nepal's Prime Minister KP Sharma Oli travelled to Beijing.", "kp-sharma-oli@NP"],
    ["Indonesian President Prabowo Subianto met Chinese leader Xi Jinping.", "prabowo-subianto@ID xi-jinping@CN"],
    ["Singapore's Prime Minister Lawrence Wong hosted the dialogue.", "lawrence-wong@SG"],
    ["Mongolian President Ukhnaagiin Khurelsukh received the Russian leader.", "ukhnaagiin-khurelsukh@MN"],
    ["Kazakh President Kassym-Jomart Tokayev met Putin in Astana.", "kassym-jomart-tokayev@KZ"],
    ["Uzbek President Shavkat Mirziyoyev signed the agreement.", "shavkat-mirziyoyev@UZ"],
    ["Belarusian leader Alexander Lukashenko pardoned the prisoners.", "alexander-lukashenko@BY"],
    ["Russia's Deputy Foreign Minister Sergei Ryabkov said arms control was dead.", "sergei-ryabkov@RU"],
    ["Sergei Ryabkov, a deputy foreign minister, told RIA Novosti that Moscow would respond.", "sergei-ryabkov@RU"],
    ["Russian Security Council Secretary Sergei Shoigu visited Pyongyang.", "sergei-shoigu@RU"],
    ["Dmitry Medvedev, deputy chairman of Russia's Security Council, threatened nuclear war.", "dmitry-medvedev@RU"],
    ["U.S. special envoy Steve Witkoff met Putin at the Kremlin.", "steve-witkoff@US"],
    ["Keith Kellogg, Trump's envoy for Ukraine, arrived in Kyiv.", "keith-kellogg@US"],
    ["U.S. Treasury Secretary Scott Bessent said the talks were productive.", "scott-bessent@US"],
    ["Vice President JD Vance said Washington would not fund the war.", "jd-vance@US"],
    ["U.S. Defense Secretary Pete Hegseth ordered the strikes.", "pete-hegseth@US"],
    ["National Security Adviser Mike Waltz spoke to his Israeli counterpart.", "mike-waltz@US"],
    ["The American ambassador in Kyiv, Bridget Brink, resigned.", "bridget-brink@US"],
    ["Britain's ambassador to Washington, Peter Mandelson, was recalled.", "peter-mandelson@GB"],
    ["Chinese Ambassador to Britain Zheng Zeguang was summoned.", "zheng-zeguang@CN"],
    ["The Russian ambassador, Georgy Borisenko, was summoned to the foreign ministry in Warsaw.", "georgy-borisenko@RU"],
    ["Poland summoned Russia's charge d'affaires, Georgy Mikhno, on Wednesday.", "georgy-mikhno@RU"],
    ["Germany recalled its ambassador to Russia, Alexander Graf Lambsdorff, for consultations.", "alexander-graf-lambsdorff@DE"],
    ["France expelled the Algerian consul general in Paris, Mohamed Ali Saidi.", "mohamed-ali-saidi@DZ"],
    ["Israeli President Isaac Herzog and Prime Minister Benjamin Netanyahu condemned the attack.", "isaac-herzog@IL benjamin-netanyahu@IL"],
    ["President Donald Trump and Russian President Vladimir Putin spoke for two hours.", "donald-trump@US vladimir-putin@RU"],
    ["Xi Jinping, China's president, told Biden that Taiwan was a red line.", "xi-jinping@CN"],
    ["Myanmar's junta chief Min Aung Hlaing attended the summit in Tianjin.", "min-aung-hlaing@MM"],
    ["Former Prime Minister Imran Khan remained in jail in Pakistan.", "imran-khan@PK"],
    ["Former U.S. President Barack Obama criticised the order.", "barack-obama@US"],
    ["Ex-president Evo Morales called for a march in Bolivia.", "evo-morales@BO"],
    ["Lebanon's caretaker Prime Minister Najib Mikati said Beirut wanted calm.", "najib-mikati@LB"],
    ["Haiti's transitional council president, Leslie Voltaire, met Kenyan officers.", "leslie-voltaire@HT"],
    ["Vladimir Putin, who has ruled Russia since 2000, said the West had lied.", "vladimir-putin@RU"],
    ["The Kremlin chief, Vladimir Putin, said the West had lied.", "vladimir-putin@RU"],
    ["Xi Jinping told Joe Biden that Taiwan was a red line. The Chinese leader spoke for two hours.", "xi-jinping@CN"],
    ["Kremlin chief Vladimir Putin met Trump in Alaska.", "vladimir-putin@RU"],
    ["Putin's foreign policy adviser Yuri Ushakov said no summit was planned.", "yuri-ushakov@RU"],
    ["The Russian leader, Vladimir Putin, told his Security Council that Kyiv had attacked.", "vladimir-putin@RU"],
    ["Emmanuel Macron, the French president, hosted the summit.", "emmanuel-macron@FR"],
    ["The two leaders, Xi Jinping and Vladimir Putin, signed a joint statement.", "xi-jinping@CN vladimir-putin@RU"],
    ["Chinese leader Xi Jinping and Russian President Vladimir Putin signed a joint statement.", "xi-jinping@CN vladimir-putin@RU"],
    ["Both presidents, Joe Biden and Xi Jinping, agreed to restore military contacts.", "joe-biden@US xi-jinping@CN"],
    ["He later spoke with Zelensky, Ukraine's president, by phone.", "volodymyr-zelensky@UA"],
    ["Zelenskyy, the Ukrainian leader, thanked Congress.", "volodymyr-zelensky@UA"],
    ["Ukrainian President Volodymyr Zelenskyy thanked Congress.", "volodymyr-zelensky@UA"],
    ["The Ukrainian head of state, Volodymyr Zelensky, thanked Congress.", "volodymyr-zelensky@UA"],
    ["Iran's top leader, Ayatollah Ali Khamenei, rejected talks.", "ali-khamenei@IR"],
    ["Emir Tamim bin Hamad Al Thani of Qatar hosted the talks.", "tamim-bin-hamad-al-thani@QA"],
    ["Crown Prince Mohammed bin Salman, Saudi Arabia's de facto ruler, met Putin.", "mohammed-bin-salman@SA"],
    ["Saudi Arabia's de facto ruler, Crown Prince Mohammed bin Salman, met Putin.", "mohammed-bin-salman@SA"],
    ["Chinese President Xi Jinping's special envoy Li Hui arrived in Kyiv.", "li-hui@CN xi-jinping@CN"],
    ["China's special envoy for Eurasian affairs, Li Hui, arrived in Kyiv.", "li-hui@CN"],
    ["Li Hui, China's special representative for Eurasian affairs, arrived in Kyiv.", "li-hui@CN"],
    ["Russian Foreign Minister Sergei Lavrov and his Iranian counterpart, Abbas Araghchi, signed the pact.", "sergey-lavrov@RU abbas-araghchi@IR"],
    ["Pakistan's army chief Asim Munir met Trump at the White House.", "asim-munir@PK"],
    ["The UN envoy for Libya, Hanna Tetteh, a former Ghanaian foreign minister, briefed the council.", "hanna-tetteh@-"],
    ["Hanna Tetteh, the UN special representative for Libya, met officials in Tripoli.", "hanna-tetteh@-"],
    ["The EU ambassador to Russia, Roland Galharague, was summoned by Moscow.", "roland-galharague@-"],
    ["The African Union Commission chairman, Mahmoud Ali Youssouf, called for calm in Sudan.", "mahmoud-ali-youssouf@-"],
    ["ECOWAS Commission President Omar Touray said Niger, Mali and Burkina Faso had left the bloc.", "omar-touray@-"],
    ["Arab League Secretary-General Ahmed Aboul Gheit welcomed the Egyptian plan.", "ahmed-aboul-gheit@-"],
    ["OPEC Secretary General Haitham al-Ghais defended the cuts.", "haitham-al-ghais@-"],
    ["The IMF managing director, Kristalina Georgieva, said Argentina had met its targets.", "kristalina-georgieva@-"],
    ["World Bank President Ajay Banga visited Nairobi.", "ajay-banga@-"],
    ["ICC chief prosecutor Karim Khan sought arrest warrants.", "karim-khan@-"],
    ["UN human rights chief Volker Turk said the killings may amount to war crimes in Sudan.", "volker-turk@-"],
    ["Martin Griffiths, the UN aid chief, visited Port Sudan.", "martin-griffiths@-"],
    ["The Commonwealth Secretary-General Patricia Scotland attended the summit in Samoa.", "patricia-scotland@-"],
    ["NATO chief Jens Stoltenberg said Ukraine would join the alliance.", "jens-stoltenberg@-"],
    ["The secretary-general of NATO, Mark Rutte, a former Dutch prime minister, opened the summit.", "mark-rutte@-"],
    ["The EU's high representative for foreign affairs, Josep Borrell, condemned the attack.", "josep-borrell@-"],
    ["European Council President Charles Michel travelled to Beijing with von der Leyen.", "charles-michel@-"],
    ["Stephane Dujarric, the spokesman for the UN secretary-general, said the convoy was hit.", "stephane-dujarric@-"],
    ["The Kenyan police commander in Haiti, Godfrey Otunge, met the prime minister.", "godfrey-otunge@KE"],
    ["Gen. Michael Kurilla, the head of U.S. Central Command, visited Israel.", "michael-kurilla@US"],
    ["Chinese Ambassador Xie Feng met U.S. officials in Washington.", "xie-feng@CN"],
    ["Xie Feng, Beijing's envoy in Washington, said China would respond.", "xie-feng@CN"],
    ["In Kyiv, the U.S. ambassador Bridget Brink said aid would flow.", "bridget-brink@US"],
    ["The French ambassador to Niger, Sylvain Itte, left Niamey on Wednesday.", "sylvain-itte@FR"],
    ["Israeli Ambassador Gilad Erdan addressed the General Assembly in New York.", "gilad-erdan@IL"],
    ["The Turkish ambassador in Stockholm, Emre Yunt, was summoned.", "emre-yunt@TR"],
    ["Sweden summoned Iran's charge d'affaires in Stockholm, Reza Ghasemi.", "reza-ghasemi@IR"],
    ["Norway's ambassador to Israel, Per Egil Selvaag, was recalled after Oslo recognized Palestine.", "per-egil-selvaag@NO"],
    ["Canada expelled six Indian diplomats, including High Commissioner Sanjay Kumar Verma.", "sanjay-kumar-verma@IN"],
    ["India's high commissioner to Canada, Sanjay Kumar Verma, was recalled.", "sanjay-kumar-verma@IN"],
    ["Russia expelled the Estonian charge d'affaires, Kristjan Prikk, on Monday.", "kristjan-prikk@EE"],
    ["Vladimir Putin spoke on Monday. President Putin said the talks failed.", "vladimir-putin@RU"],
    ["President Putin said the talks failed.", "vladimir-putin@RU"],
    ["Russian leader Putin said the talks failed.", "vladimir-putin@RU"],
    ["Trump, the U.S. president, said the tariffs would stay.", "donald-trump@US"],
    ["U.S. President Trump said the tariffs would stay.", "donald-trump@US"],
    ["President Xi told the summit that China would open up.", "xi-jinping@CN"],
    ["Prime Minister Modi met President Biden.", "narendra-modi@IN joe-biden@US"],
    ["The Russian and Chinese presidents, Vladimir Putin and Xi Jinping, met in Moscow.", "vladimir-putin@RU xi-jinping@CN"],
    ["Russian President Vladimir Putin and his Chinese counterpart Xi Jinping met in Moscow.", "vladimir-putin@RU xi-jinping@CN"],
    ["Presidents Vladimir Putin and Xi Jinping met in Moscow.", "vladimir-putin@RU xi-jinping@CN"],
    ["Leaders Vladimir Putin and Xi Jinping met in Moscow.", "vladimir-putin@RU xi-jinping@CN"],
    ["Erdogan's spokesman, Omer Celik, said Ankara would respond.", "omer-celik@TR"],
    ["Hungary's Viktor Orban said he would veto the plan.", "viktor-orban@HU"],
    ["French leader Emmanuel Macron said Europe must arm.", "emmanuel-macron@FR"],
    ["Macron said Europe must arm, as did Germany's Olaf Scholz.", "olaf-scholz@DE"],
    ["BEIJING (Reuters) - China summoned the Japanese ambassador on Monday. Vice Foreign Minister Sun Weidong lodged a protest with Ambassador Kenji Kanasugi.", "sun-weidong@CN kenji-kanasugi@JP"],
    ["Japan protested to Beijing. Ambassador Kenji Kanasugi was summoned by Vice Foreign Minister Sun Weidong.", "sun-weidong@CN kenji-kanasugi@JP"],
    ["Nairobi sent 400 police officers to Haiti. Their commander, Godfrey Otunge, met Prime Minister Garry Conille in Port-au-Prince.", "godfrey-otunge@KE garry-conille@HT"],
    ["The delegation from Ukraine was led by Defence Minister Rustem Umerov, while Russia sent Vladimir Medinsky, an aide to Putin.", "rustem-umerov@UA vladimir-medinsky@RU"],
    ["Turkish Foreign Minister Hakan Fidan hosted the talks, which Russian Deputy Foreign Minister Mikhail Galuzin attended.", "hakan-fidan@TR mikhail-galuzin@RU"],
    ["Speaking in Ankara, Fidan said Turkey would keep mediating. Ukraine's foreign minister, Andrii Sybiha, thanked him.", "andrii-sybiha@UA"],
    ["The Israeli army said its chief of staff, Lieutenant General Eyal Zamir, had approved the plan.", "eyal-zamir@IL"],
    ["In Tehran, Foreign Ministry spokesman Esmaeil Baghaei said Iran would not negotiate while Israel attacked.", "esmaeil-baghaei@IR"],
    ["Washington imposed sanctions on Venezuela. Venezuelan Foreign Minister Yvan Gil called them illegal.", "yvan-gil@VE"],
    ["Britain and France signed the deal. British Defence Secretary John Healey said it was historic.", "john-healey@GB"],
    ["Germany's ambassador to China, Patricia Flor, was summoned to the foreign ministry in Beijing.", "patricia-flor@DE"],
    ["Estonia expelled Russia's ambassador. Foreign Minister Margus Tsahkna said the envoy, Vladimir Lipayev, must leave.", "margus-tsahkna@EE vladimir-lipayev@RU"],
    ["The Kremlin said Putin would meet Indian Prime Minister Narendra Modi. Spokesman Dmitry Peskov gave no date.", "narendra-modi@IN dmitry-peskov@RU"],
    ["The summit in Brussels was chaired by European Council President Antonio Costa. Hungarian Prime Minister Viktor Orban blocked the text.", "antonio-costa@- viktor-orban@HU"],
    ["North Korea fired a missile. South Korea's Joint Chiefs of Staff chairman, General Kim Myung-soo, said it flew 1,000 km.", "kim-myung-soo@KR"],
    ["Pyongyang's foreign minister, Choe Son Hui, arrived in Moscow for talks with Lavrov.", "choe-son-hui@KP"],
    ["China's Foreign Ministry spokesman Guo Jiakun said Washington should stop interfering in Hong Kong.", "guo-jiakun@CN"],
    ["Turkish Foreign Minister Mevlüt Çavuşoğlu met Greek Foreign Minister Nikos Dendias.", "mevlut-cavusoglu@TR nikos-dendias@GR"],
    ["Israeli Foreign Minister Gideon Sa'ar rejected the report.", "gideon-saar@IL"],
    ["Norwegian Prime Minister Jonas Gahr Støre welcomed the move.", "jonas-gahr-store@NO"],
    ["Polish Defence Minister Władysław Kosiniak-Kamysz visited the border.", "wladyslaw-kosiniak-kamysz@PL"],
    ["Icelandic Foreign Minister Þorgerður Katrín Gunnarsdóttir spoke.", "thorgerdur-katrin-gunnarsdottir@IS"],
    ["Romanian Foreign Minister Oana Țoiu summoned the envoy.", "oana-toiu@RO"],
    ["German Foreign Minister Johann Wadephul met his Turkish counterpart.", "johann-wadephul@DE"],
    ["Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan met in Abu Dhabi.", "jeyhun-bayramov@AZ ararat-mirzoyan@AM"],
    ["Palestinian Prime Minister Mohammad Mustafa met Egyptian officials in Cairo.", "mohammad-mustafa@PS"],
    ["Iraqi Foreign Minister Fuad Hussein said Baghdad opposed the strikes.", "fuad-hussein@IQ"],
    ["Lebanese Prime Minister Nawaf Salam said the army would deploy.", "nawaf-salam@LB"],
    ["Syrian Foreign Minister Asaad al-Shaibani visited Ankara.", "asaad-al-shaibani@SY"],
    ["Saudi Crown Prince Mohammed bin Salman hosted the talks.", "mohammed-bin-salman@SA"],
    ["Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime minister, said talks had stalled.", "mohammed-bin-abdulrahman-al-thani@QA"],
    ["Dutch Prime Minister Dick Schoof hosted the NATO summit in The Hague.", "dick-schoof@NL"],
    ["French Prime Minister François Bayrou met German Chancellor Friedrich Merz.", "francois-bayrou@FR friedrich-merz@DE"],
    ["Spanish Prime Minister Pedro Sánchez said Madrid would not spend 5%.", "pedro-sanchez@ES"],
    ["Portuguese Prime Minister Luís Montenegro agreed.", "luis-montenegro@PT"],
    ["Chinese Vice President Han Zheng attended the inauguration.", "han-zheng@CN"],
    ["South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba.", "lee-jae-myung@KR shigeru-ishiba@JP"],
    ["Ivorian President Alassane Ouattara hosted the ECOWAS summit.", "alassane-ouattara@CI"],
    ["Senegalese President Bassirou Diomaye Faye visited Paris.", "bassirou-diomaye-faye@SN"],
    ["Ghana's President John Dramani Mahama met Burkina Faso's Captain Ibrahim Traore.", "john-dramani-mahama@GH"],
    ["Egyptian President Abdel Fattah al-Sisi received the Hamas delegation.", "abdel-fattah-el-sisi@EG"],
    ["King Charles III received Ukrainian President Volodymyr Zelensky at Sandringham.", "volodymyr-zelensky@UA"],
    ["Peter Stano, a spokesman for the European Commission, said Brussels regretted the decision.", "peter-stano@-"],
    ["Lin Jian, a spokesman for China's foreign ministry, said Beijing opposed it. A spokesman for Iran, Ali Reza, spoke.", "lin-jian@CN ali-reza@IR"],
    ["The speaker of Iran's parliament, Mohammad Bagher Ghalibaf, warned Washington.", "mohammad-bagher-ghalibaf@IR"],
    ["Swiss Federal Councillor Ignazio Cassis hosted the conference in Lucerne.", "ignazio-cassis@CH"],
    ["Mexico's Secretary of Foreign Affairs Alicia Barcena met Rubio.", "alicia-barcena@MX"],
    ["British Chief of the Defence Staff Admiral Tony Radakin visited Kyiv.", "tony-radakin@GB"],
    ["The head of Ukraine's military intelligence, Kyrylo Budanov, said Russia was preparing.", "kyrylo-budanov@UA"],
    ["A director of the firm, John Smith, declined to comment.", "!john-smith"],
];

describe('officials phrase bank', () => {
  it.each(OFFICIAL_BANK)('%s', (text, expected) => expectAt(text, expected));
});

// Task O: officials on new text. Own sentences (not from any article), one naming style per row.
const OFFICIAL_BANK_O: [string, string][] = [
  ["Li Qiang was sworn in as China's premier on Saturday, succeeding Li Keqiang.", "li-qiang@CN"],
  ["Keir Starmer became Britain's prime minister after Labour's landslide.", "keir-starmer@GB"],
  ["David Lammy was named foreign secretary in the new cabinet.", "david-lammy@GB"],
  ["Annalena Baerbock returns as minister of foreign affairs, a post she held for three years.", "annalena-baerbock@DE"],
  ["The leaders welcomed the defence ministers, Pål Jonson of Sweden and Hanno Pevkur of Estonia, to the talks.", "pal-jonson@SE hanno-pevkur@EE"],
  ["Blinken later met his Egyptian counterparts, Sameh Shoukry and Abbas Kamel, in Cairo.", "sameh-shoukry@EG abbas-kamel@EG"],
  ["The Indian minister and her Nepali counterpart, Arzu Rana Deuba, signed the accord.", "arzu-rana-deuba@NP"],
  ["Ngozi Okonjo-Iweala, the director-general of the World Trade Organization, urged restraint.", "ngozi-okonjo-iweala@-"],
  ["Kristalina Georgieva, the managing director of the IMF, said growth would slow.", "kristalina-georgieva@-"],
  ["The head of the International Atomic Energy Agency, Rafael Grossi, arrived in Tehran.", "rafael-grossi@-"],
  ["Nasser Kanaani, a spokesman for the Iranian foreign ministry, rejected the claim.", "nasser-kanaani@IR"],
  ["Mao Ning, a foreign ministry spokeswoman, told reporters in Beijing that China was firmly opposed.", "mao-ning@CN"],
  ["In Moscow, Maria Zakharova, a foreign ministry spokeswoman, said Russia would respond.", "maria-zakharova@RU"],
  ["Kenya's cabinet secretary for foreign affairs, Musalia Mudavadi, flew to Addis Ababa.", "musalia-mudavadi@KE"],
  ["Cabinet Secretary Aden Duale said Kenya would host the meeting.", "aden-duale@KE"],
  ["Hungary's Minister of Foreign Affairs and Trade, Péter Szijjártó, met his Turkish counterpart.", "peter-szijjarto@HU"],
  ["Ireland's Minister for Foreign Affairs and Trade Simon Harris welcomed the ruling.", "simon-harris@IE"],
  ["Ghana's Minister for Foreign Affairs and Regional Integration, Samuel Okudzeto Ablakwa, attended.", "samuel-okudzeto-ablakwa@GH"],
  ["Celso Amorim, Lula's chief adviser on foreign affairs, travelled to Caracas.", "celso-amorim@BR"],
  ["Jake Sullivan, Biden's national security adviser, met Wang Yi in Bangkok.", "jake-sullivan@US !wang-yi"],
  ["King Charles III arrived in Nairobi on Monday for a four-day state visit.", "charles-iii@GB"],
  ["Undersecretary Ma. Theresa Lazaro met the Chinese envoy in Manila.", "ma-theresa-lazaro@PH !ma"],
  ["Commerce Secretary Howard Lutnick said the tariffs would stay.", "howard-lutnick@US"],
  ["In Oslo, King Harald V received the Ukrainian president.", "harald-v@NO"],
  ["Japan's ambassador in Manila, Kazuya Endo, said Tokyo was concerned.", "kazuya-endo@JP"],
  ["The Chinese ambassador to Canberra, Xiao Qian, was summoned.", "xiao-qian@CN"],
  ["Fiamē Naomi Mataʻafa, Samoa's prime minister, chaired the session.", "fiame-naomi-mataafa@WS"],
  ["Samoa's prime minister and his Tongan counterpart, Siaosi Sovaleni, met in Apia.", "siaosi-sovaleni@TO"],
  ["Mateusz Morawiecki, the outgoing prime minister, conceded defeat in Warsaw.", "mateusz-morawiecki@PL"],
  ["Jarosław Kaczyński, the chairman of Law and Justice, accused the government of betrayal in Warsaw.", "!jaroslaw-kaczynski"],
  ["María Corina Machado, the opposition leader, urged Venezuelans to protest.", "!maria-corina-machado"],
  ["Edmundo González, the opposition candidate, left Caracas for Madrid.", "!edmundo-gonzalez"],
  ["Bonnie Glaser, an analyst at the German Marshall Fund, said the statement was sharp.", "!bonnie-glaser"],
  ["Elon Musk, the chief executive of Tesla, met Prime Minister Narendra Modi in New Delhi.", "!elon-musk narendra-modi@IN"],
  ["Christiane Amanpour, a CNN journalist, interviewed the Iranian president.", "!christiane-amanpour"],
  ["Tusk, the leader of Civic Coalition, won the vote. The speaker of the lower house, Szymon Hołownia, a former television presenter, opened the session in Warsaw.", "szymon-holownia@PL"],
  ["Acting President Choi Sang-mok vetoed the bills in Seoul.", "choi-sang-mok@KR"],
  ["The deputy foreign minister, Sergei Ryabkov, said Moscow would not attend.", "sergei-ryabkov@RU"],
  ["Former Prime Minister Raila Odinga of Kenya lost the vote in Addis Ababa.", "raila-odinga@KE"],
  ["Richard Randriamandrato, a former foreign minister of Madagascar, was eliminated.", "richard-randriamandrato@MG"],
  ["Wang Yi, the director of the Office of the Central Foreign Affairs Commission, hosted the talks.", "wang-yi@CN"],
  ["Musaed al-Aiban, Saudi Arabia's national security adviser, signed for Riyadh.", "musaed-al-aiban@SA !arabia"],
  ["The White House national security spokesman, John Kirby, said Washington was watching.", "john-kirby@US"],
  // Second round (written after the first fixes; 34/40 passed before the second).
  ["Speaking in Ankara, Turkish Foreign Minister Hakan Fidan said the talks would resume.", "hakan-fidan@TR"],
  ["Germany's new chancellor, Friedrich Merz, promised more help.", "friedrich-merz@DE"],
  ["Stefan Kornelius, the German government's spokesman, said Berlin had not been informed.", "stefan-kornelius@DE"],
  ["Egypt's intelligence chief, Hassan Rashad, flew to Doha.", "hassan-rashad@EG"],
  ["The acting foreign minister of Afghanistan, Amir Khan Muttaqi, arrived in Islamabad.", "amir-khan-muttaqi@AF"],
  ["Vice Premier He Lifeng led the Chinese delegation in Geneva.", "he-lifeng@CN"],
  ["Iran's supreme leader, Ayatollah Ali Khamenei, rejected direct talks.", "ali-khamenei@IR"],
  ["President-elect Lee Jae-myung said Seoul would keep its alliance.", "lee-jae-myung@KR"],
  ["Colombia's ambassador to the United Nations, Leonor Zalabata, addressed the council.", "leonor-zalabata@CO"],
  ["The deputy head of Russia's Security Council, Dmitry Medvedev, warned Kyiv.", "dmitry-medvedev@RU"],
  ["Mr. Albanese, the Australian prime minister, said Canberra would not join.", "anthony-albanese@AU"],
  ["Prime Minister Sir Keir Starmer hosted the meeting in London.", "keir-starmer@GB"],
  ["Dame Jacinda Ardern, a former prime minister of New Zealand, spoke at the forum.", "jacinda-ardern@NZ"],
  ["Sheikh Tamim bin Hamad Al Thani, the emir of Qatar, received the delegation.", "tamim-bin-hamad-al-thani@QA"],
  ["The head of the UN agency for Palestinian refugees, Philippe Lazzarini, said aid was blocked.", "philippe-lazzarini@-"],
  ["Ukraine's ambassador to Germany, Oleksii Makeiev, thanked Berlin.", "oleksii-makeiev@UA"],
  ["Japan's Chief Cabinet Secretary Yoshimasa Hayashi told reporters Tokyo would protest.", "yoshimasa-hayashi@JP"],
  ["General Dan Caine, the chairman of the Joint Chiefs of Staff, briefed reporters at the Pentagon.", "dan-caine@US"],
  ["Anwar Ibrahim, Malaysia's prime minister and this year's chair of ASEAN, hosted the summit.", "anwar-ibrahim@MY"],
  ["The Hungarian leader, Viktor Orbán, vetoed the statement.", "viktor-orban@HU"],
  ["Former U.S. President Barack Obama endorsed the plan.", "barack-obama@US"],
  ["Ex-president Jair Bolsonaro of Brazil was barred from office.", "jair-bolsonaro@BR"],
  ["Alexei Navalny, the opposition politician, died in an Arctic prison in Russia.", "!alexei-navalny"],
  ["Greta Thunberg, the Swedish activist, joined the flotilla.", "!greta-thunberg"],
  ["Sam Altman, the chief executive of OpenAI, met President Emmanuel Macron in Paris.", "!sam-altman emmanuel-macron@FR"],
  ["Nick Schifrin, a PBS correspondent, asked the secretary of state about Gaza.", "!nick-schifrin"],
  ["Britain's minister for the Middle East, Hamish Falconer, visited Beirut.", "hamish-falconer@GB"],
  ["Lithuanian Foreign Minister Kęstutis Budrys said Vilnius would expel the diplomat.", "kestutis-budrys@LT"],
  ["The Czech president, Petr Pavel, a former NATO general, visited Kyiv.", "petr-pavel@CZ"],
  ["Iran's deputy foreign minister for political affairs, Majid Takht-Ravanchi, met European diplomats in Geneva.", "majid-takht-ravanchi@IR"],
  ["Oman's foreign minister, Badr Albusaidi, who mediated the talks, said progress was made.", "badr-albusaidi@OM"],
  ["Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani said the talks had stalled.", "mohammed-bin-abdulrahman-al-thani@QA"],
  ["Emperor Naruhito welcomed the Brazilian president at the palace in Tokyo.", "naruhito@JP"],
  ["Pakistani Prime Minister Shehbaz Sharif and his Indian counterpart, Narendra Modi, did not meet.", "shehbaz-sharif@PK narendra-modi@IN"],
  ["Secretary-General António Guterres urged both sides to show restraint.", "antonio-guterres@-"],
  ["The country's top diplomat, Ahmed Attaf, said Algeria would not back down.", "ahmed-attaf@DZ"],
  ["Kaja Kallas, the EU's foreign policy chief, said the bloc would respond.", "kaja-kallas@-"],
  ["Nigeria's foreign minister Yusuf Tuggar and Ghana's Samuel Okudzeto Ablakwa signed the pact.", "yusuf-tuggar@NG"],
  ["A spokesperson for the Israeli prime minister's office, Omer Dostri, declined to comment.", "omer-dostri@IL"],
  ["The U.N. special rapporteur on the occupied Palestinian territories, Francesca Albanese, was sanctioned by Washington.", "francesca-albanese@-"],
  // Third round: people who hold no office, envoys, former and jailed officials, armed groups' officers.
  ["Alina Habba, a lawyer for President Donald Trump, said the case was political.", "!alina-habba donald-trump@US"],
  ["Hunter Biden, the president's son, was pardoned in Washington.", "!hunter-biden"],
  ["Hezbollah's secretary-general, Naim Qassem, said the group would not disarm.", "!naim-qassem"],
  ["Houthi spokesman Mohammed Abdulsalam said the attacks on Israel would continue.", "mohammed-abdulsalam@YE"],
  ["The RSF commander, Mohamed Hamdan Dagalo, declared a rival government in Sudan.", "!mohamed-hamdan-dagalo"],
  ["Andriy Yermak, the chief of staff to Ukrainian President Volodymyr Zelensky, led the delegation.", "andriy-yermak@UA volodymyr-zelensky@UA"],
  ["Russian President Vladimir Putin's spokesman, Dmitry Peskov, declined to comment.", "dmitry-peskov@RU vladimir-putin@RU"],
  ["Alexei Miller, the chief executive of Gazprom, met Chinese officials in Beijing.", "!alexei-miller"],
  ["James Landale, the BBC's diplomatic correspondent, reported from Kyiv on Ukraine.", "!james-landale"],
  ["Ali Vaez of the International Crisis Group said Iran was unlikely to agree.", "!ali-vaez"],
  ["Imran Khan, the jailed former prime minister of Pakistan, remained in prison.", "imran-khan@PK"],
  ["Ousted President Mohamed Bazoum of Niger remains in detention.", "mohamed-bazoum@NE"],
  ["The mayor of Kyiv, Vitali Klitschko, said the strikes hit homes in Ukraine's capital.", "vitali-klitschko@UA"],
  ["Poland's president-elect, Karol Nawrocki, met Trump in Washington.", "karol-nawrocki@PL"],
  ["Cardinal Pietro Parolin, the Vatican's secretary of state, met the Ukrainian envoy.", "pietro-parolin@VA"],
  ["The French ambassador to the United States, Laurent Bili, was recalled to Paris.", "laurent-bili@FR"],
  ["U.S. Ambassador to NATO Matthew Whitaker said allies must spend more.", "matthew-whitaker@US"],
  ["Israel's ambassador to the UN, Danny Danon, walked out of the chamber.", "danny-danon@IL"],
  ["The Palestinian envoy to the United Nations, Riyad Mansour, wept as he spoke.", "riyad-mansour@PS"],
  ["Washington's envoy to the Middle East, Steve Witkoff, flew to Doha.", "steve-witkoff@US"],
  ["Taiwan's representative in Washington, Alexander Yui, attended the hearing.", "alexander-yui@TW"],
  ["Britain's ambassador in Washington, Peter Mandelson, was dismissed.", "peter-mandelson@GB"],
  ["A Kremlin aide, Yuri Ushakov, said no date had been set.", "yuri-ushakov@RU"],
  ["Einav Zangauker, the mother of a hostage held in Gaza, addressed the rally in Tel Aviv.", "!einav-zangauker"],
  ["Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, issued a statement.", "kim-jong-un@KP"],
  ["Chinese Defence Minister Dong Jun skipped the forum in Singapore.", "dong-jun@CN"],
  ["South Korea's unification minister, Chung Dong-young, proposed talks with Pyongyang.", "chung-dong-young@KR"],
  ["The Indian foreign ministry spokesman, Randhir Jaiswal, told reporters in New Delhi that India rejected the remarks.", "randhir-jaiswal@IN"],
  ["Abu Mohammed al-Jolani, the HTS leader, entered Damascus.", "!abu-mohammed-al-jolani"],
  ["The Taliban's chief spokesman, Zabihullah Mujahid, said women would be allowed to study.", "zabihullah-mujahid@AF"],
  ["Rodrigo Duterte, the former Philippine president, was flown to The Hague.", "rodrigo-duterte@PH"],
  ["Rafael Grossi, the head of the UN nuclear watchdog, said inspectors had left Iran.", "rafael-grossi@-"],
  ["Iran's judiciary chief, Gholamhossein Mohseni-Ejei, warned protesters.", "gholamhossein-mohseni-ejei@IR"],
  ["Maria Zakharova, the Russian foreign ministry's spokeswoman, mocked the decision.", "maria-zakharova@RU"],
  ["Mette Frederiksen, Denmark's prime minister, said Greenland was not for sale.", "mette-frederiksen@DK"],
  ["The Greenlandic premier, Múte B. Egede, said the island wanted independence.", "mute-egede@GL"],
  ["Volodymyr Zelensky's wife, Olena Zelenska, visited the school.", "!olena-zelenska"],
  ["Yulia Navalnaya, the widow of the opposition leader, met EU foreign ministers in Brussels.", "!yulia-navalnaya"],
  ["Thomas Friedman, a columnist for The New York Times, interviewed the crown prince.", "!thomas-friedman"],
  ["The Lebanese army commander, General Rodolphe Haykal, met the U.S. envoy in Beirut.", "rodolphe-haykal@LB"],
  // Fourth round: several people and states per text, surnames later, envoys named twice, 'who has led the commission'.
  ["BRUSSELS — Hungarian Prime Minister Viktor Orbán blocked the statement on Thursday. Orbán said Budapest would not pay. The Dutch prime minister, Dick Schoof, called the move regrettable.", "viktor-orban@HU dick-schoof@NL"],
  ["KYIV — Ukraine's foreign minister, Andrii Sybiha, met his Polish counterpart in Kyiv. Sybiha said the talks covered grain exports. Radosław Sikorski, Poland's foreign minister, agreed.", "andrii-sybiha@UA radoslaw-sikorski@PL"],
  ["Iranian Foreign Minister Abbas Araghchi arrived in Muscat, where he met Omani officials. Araghchi later flew to Cairo to meet President Abdel Fattah al-Sisi.", "abbas-araghchi@IR abdel-fattah-el-sisi@EG"],
  ["The visiting Chinese premier, Li Qiang, met Prime Minister Anthony Albanese in Canberra on Monday.", "li-qiang@CN anthony-albanese@AU"],
  ["In Tokyo, Prime Minister Shigeru Ishiba met the visiting South Korean president, Lee Jae-myung.", "shigeru-ishiba@JP lee-jae-myung@KR"],
  ["The Indonesian president, Prabowo Subianto, was received in Beijing by President Xi Jinping.", "prabowo-subianto@ID xi-jinping@CN"],
  ["Foreign Minister Wang Yi told his Indian counterpart, S. Jaishankar, that Beijing wanted stable ties.", "wang-yi@CN"],
  ["Speaking in Nairobi, the U.S. ambassador, Meg Whitman, said Washington would keep supporting Kenya.", "meg-whitman@US"],
  ["Polish President Andrzej Duda hosted the German president, Frank-Walter Steinmeier, in Warsaw.", "andrzej-duda@PL frank-walter-steinmeier@DE"],
  ["Ambassador Lynne Tracy, Washington's envoy in Moscow, was summoned to the Russian foreign ministry.", "lynne-tracy@US"],
  ["Russia's ambassador to the United States, Anatoly Antonov, left Washington. Antonov said relations were at a low.", "anatoly-antonov@RU"],
  ["The Finnish president, Alexander Stubb, met Turkish President Recep Tayyip Erdoğan in Ankara. Stubb thanked Erdoğan.", "alexander-stubb@FI recep-tayyip-erdogan@TR"],
  ["Colombian President Gustavo Petro spoke in Bogotá. Petro's foreign minister, Laura Sarabia, later resigned.", "gustavo-petro@CO laura-sarabia@CO"],
  ["The Armenian prime minister, Nikol Pashinyan, and the president of Azerbaijan, Ilham Aliyev, shook hands at the White House.", "nikol-pashinyan@AM ilham-aliyev@AZ"],
  ["President Emmanuel Macron of France and Chancellor Friedrich Merz of Germany arrived in Kyiv with Keir Starmer, Britain's prime minister.", "emmanuel-macron@FR friedrich-merz@DE keir-starmer@GB"],
  ["Jordan's King Abdullah II met President Donald Trump at the White House.", "abdullah-ii@JO donald-trump@US"],
  ["The South African president, Cyril Ramaphosa, hosted Ghana's president, John Mahama, in Pretoria.", "cyril-ramaphosa@ZA john-mahama@GH"],
  ["Serbian President Aleksandar Vučić told reporters in Belgrade that Serbia would not impose sanctions.", "aleksandar-vucic@RS"],
  ["Egypt's foreign minister, Badr Abdelatty, said Cairo rejected any displacement. His Jordanian counterpart, Ayman Safadi, agreed.", "badr-abdelatty@EG ayman-safadi@JO"],
  ["Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi in Tokyo. Iwaya raised the detention of a Japanese citizen.", "takeshi-iwaya@JP wang-yi@CN"],
  ["Leaders of the Organization of American States gathered in Asunción. Luis Almagro, who has led the organisation since 2015, opened the assembly.", "luis-almagro@-"],
  ["The European Commission proposed new sanctions on Russia. Ursula von der Leyen, who has led the commission since 2019, presented them.", "ursula-von-der-leyen@-"],
  // Fifth round (all passed before): officers of bodies, possessive states, 'Then-', 'First Vice President'.
  ["\"We will not give up,\" said foreign minister Andrii Sybiha of Ukraine.", "andrii-sybiha@UA"],
  ["Defence Secretary Pete Hegseth told allies in Brussels that Europe must do more.", "pete-hegseth@US"],
  ["Then-Prime Minister Boris Johnson visited Kyiv in April 2022.", "boris-johnson@GB"],
  ["The kingdom's foreign minister, Prince Faisal bin Farhan, arrived in Paris.", "faisal-bin-farhan@SA"],
  ["Beijing's ambassador to Washington, Xie Feng, warned against tariffs.", "xie-feng@CN"],
  ["Moscow's envoy to the UN, Vassily Nebenzia, vetoed the text.", "vassily-nebenzia@RU"],
  ["The head of Ukraine's presidential office, Andriy Yermak, met U.S. officials in Jeddah.", "andriy-yermak@UA"],
  ["Deputy Prime Minister and Foreign Minister Winston Peters of New Zealand visited Beijing.", "winston-peters@NZ"],
  ["First Vice President Riek Machar was placed under house arrest in Juba, South Sudan.", "riek-machar@SS"],
  ["Vice-President JD Vance met Pope Leo XIV at the Vatican.", "jd-vance@US"],
  ["Israeli Ambassador Yechiel Leiter met officials at the State Department in Washington.", "yechiel-leiter@IL"],
  ["UNHCR chief Filippo Grandi visited refugees in Chad.", "filippo-grandi@-"],
  ["WHO Director-General Tedros Adhanom Ghebreyesus warned of famine in Gaza. Tedros said aid was blocked.", "tedros-adhanom-ghebreyesus@-"],
  ["Mark Rutte, NATO's secretary general, met President Trump.", "mark-rutte@- donald-trump@US"],
  ["The president of the European Council, António Costa, chaired the summit in Brussels.", "antonio-costa@-"],
  ["ECOWAS Commission President Omar Alieu Touray said the bloc would send troops.", "omar-alieu-touray@-"],
  ["Arab League chief Ahmed Aboul Gheit welcomed the ceasefire in Cairo.", "ahmed-aboul-gheit@-"],
  ["The spokeswoman for the U.N. secretary-general, Stephanie Tremblay, said the UN was ready.", "stephanie-tremblay@-"],
  ["Ali Larijani, the new secretary of Iran's Supreme National Security Council, visited Beirut.", "ali-larijani@IR"],
  ["The Philippines' foreign secretary, Theresa Lazaro, met her Chinese counterpart.", "theresa-lazaro@PH"],
  ["The Netherlands' prime minister, Dick Schoof, hosted the summit in The Hague.", "dick-schoof@NL"],
  ["Vietnam's top leader, To Lam, visited Moscow.", "to-lam@VN"],
  ["Nicolás Maduro's government expelled the diplomats. Foreign Minister Yván Gil said Caracas would not bow.", "yvan-gil@VE"],
  ["Mexican President Claudia Sheinbaum's security chief, Omar García Harfuch, flew to Washington.", "claudia-sheinbaum@MX omar-garcia-harfuch@MX"],
  // Sixth round: titles without a country word in texts naming several states.
  ["OTTAWA — Prime Minister Mark Carney said Canada would retaliate against U.S. tariffs.", "mark-carney@CA"],
  ["BAMAKO, Mali — Prime Minister Abdoulaye Maïga accused France of backing rebels.", "abdoulaye-maiga@ML"],
  ["Algeria recalled its ambassador to Paris. Foreign Minister Ahmed Attaf said France had crossed a line.", "ahmed-attaf@DZ"],
  ["France summoned the Algerian envoy. Foreign Minister Jean-Noël Barrot said Algeria had expelled twelve French officials.", "jean-noel-barrot@FR"],
  ["The talks in Doha were attended by Sheikh Mohammed bin Abdulrahman Al Thani, who is Qatar's prime minister, and by Egypt's intelligence chief.", "mohammed-bin-abdulrahman-al-thani@QA"],
  ["Interior Minister Bruno Retailleau, speaking on French radio, said Paris would respond to Algiers.", "bruno-retailleau@FR"],
  ["Lithuania closed its border with Belarus. Interior Minister Vladislav Kondratovič said balloons had crossed from Belarus.", "vladislav-kondratovic@LT"],
  ["The Serbian government protested to Croatia. Prime Minister Đuro Macut said Belgrade would not accept the ruling.", "duro-macut@RS"],
  ["In Seoul, Foreign Minister Cho Hyun said South Korea would talk to North Korea.", "cho-hyun@KR"],
  ["Finland closed its eastern border. Prime Minister Petteri Orpo said Russia was sending migrants.", "petteri-orpo@FI"],
  ["Defence Minister Richard Marles met his Chinese counterpart in Singapore, the Australian government said.", "richard-marles@AU"],
  ["Georgia's ruling party suspended EU talks. Prime Minister Irakli Kobakhidze said Brussels was blackmailing Tbilisi.", "irakli-kobakhidze@GE"],
  ["Pakistan closed its airspace to Indian airlines. Defence Minister Khawaja Asif said India had no evidence.", "khawaja-asif@PK"],
  ["Thailand and Cambodia traded fire on the border. Thai Prime Minister Paetongtarn Shinawatra said Bangkok would defend itself, while Cambodian leader Hun Manet accused Thailand of aggression.", "paetongtarn-shinawatra@TH hun-manet@KH"],
  // Seventh round: titles the gazetteer lacked (Governor-General, special coordinator, chief justice, ...).
  ["Vice Chancellor Lars Klingbeil said Germany would borrow more.", "lars-klingbeil@DE"],
  ["Governor-General Mary Simon opened Canada's parliament.", "mary-simon@CA"],
  ["Chief Minister Omar Abdullah said Kashmir was calm, India's government said.", "omar-abdullah@IN"],
  ["The EU's special representative for the Sahel, João Cravinho, visited Niamey.", "joao-cravinho@-"],
  ["EU Special Representative Miroslav Lajčák met the Kosovo prime minister in Pristina.", "miroslav-lajcak@-"],
  ["Enrique Mora, the EU coordinator of the talks, met the Iranian delegation in Vienna.", "enrique-mora@-"],
  ["The UN special coordinator for the Middle East peace process, Sigrid Kaag, briefed the council.", "sigrid-kaag@-"],
  ["Ambassador-at-large Lin Jian-wei of China attended the forum.", "lin-jian-wei@CN"],
  ["Chief Justice Luís Roberto Barroso of Brazil's Supreme Court rejected the appeal.", "luis-roberto-barroso@BR"],
  ["The deputy chief of mission, Jonathan Mennuti, represented the U.S. embassy in Caracas.", "jonathan-mennuti@US"],
  ["Grand Duke Henri of Luxembourg received the French president.", "henri@LU"],
  ["Army chief General Upendra Dwivedi said India's forces were ready.", "upendra-dwivedi@IN"],
  ["Federal Chancellor Christian Stocker of Austria said Vienna would host the talks.", "christian-stocker@AT"],
  ["The Irish Tánaiste, Simon Harris, said Dublin would recognise Palestine.", "simon-harris@IE"],
  ["The Kremlin's chief negotiator, Vladimir Medinsky, led the Russian delegation in Istanbul.", "vladimir-medinsky@RU"],
  ["The Ukrainian delegation was led by Defence Minister Rustem Umerov.", "rustem-umerov@UA"],
  ["India's national security adviser, Ajit Doval, met Wang Yi in Beijing.", "ajit-doval@IN"],
  ["Secretary of Defense Lloyd Austin and Chairman of the Joint Chiefs of Staff General Mark Milley briefed reporters.", "lloyd-austin@US mark-milley@US"],
  ["Britain's deputy prime minister, Angela Rayner, resigned on Friday.", "angela-rayner@GB"],
  // Eighth round: anaphoric states ('the kingdom's ambassador'), one state's offices, central banks.
  ["Taiwan held drills. The island's president, Lai Ching-te, said Taiwan would not provoke China.", "lai-ching-te@TW"],
  ["Qatar hosted the talks. The emirate's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said a deal was close.", "mohammed-bin-abdulrahman-al-thani@QA"],
  ["Saudi Arabia reopened its embassy. The kingdom's ambassador, Faisal al-Qahtani, arrived in Damascus.", "faisal-al-qahtani@SA"],
  ["The court's prosecutor, Karim Khan, sought arrest warrants. The ICC said judges would decide.", "karim-khan@-"],
  ["Chancellor of the Exchequer Rachel Reeves said Britain would borrow less.", "rachel-reeves@GB"],
  ["The U.S. trade representative, Jamieson Greer, met Chinese officials in Geneva.", "jamieson-greer@US"],
  ["Secretary of Homeland Security Kristi Noem visited El Salvador.", "kristi-noem@US"],
  ["Minister of State for Foreign Affairs Khalifa Shaheen Al Marar of the United Arab Emirates met the envoy.", "khalifa-shaheen-al-marar@AE"],
  ["France's minister delegate for Europe, Benjamin Haddad, said Paris backed the sanctions.", "benjamin-haddad@FR"],
  ["Saudi Minister of State for Foreign Affairs Adel al-Jubeir met the U.S. envoy.", "adel-al-jubeir@SA"],
  ["Air Chief Marshal Amar Preet Singh, the chief of the Indian Air Force, briefed reporters.", "amar-preet-singh@IN"],
  ["Lt. Gen. Keith Kellogg, the U.S. envoy for Ukraine, met Zelensky in Kyiv.", "keith-kellogg@US"],
  ["Brigadier General Patrick Ryder, the Pentagon press secretary, said the strikes were limited.", "patrick-ryder@US"],
  ["Spain's second deputy prime minister, Yolanda Díaz, criticised the plan.", "yolanda-diaz@ES"],
  ["The governor of the Bank of England, Andrew Bailey, warned of risks.", "andrew-bailey@GB"],
  ["Ghana's vice-president, Jane Naana Opoku-Agyemang, attended the inauguration.", "jane-naana-opoku-agyemang@GH"],
  ["Iran's foreign ministry spokesman Esmaeil Baghaei said Tehran would respond.", "esmaeil-baghaei@IR"],
  // Ninth round: places, firms and ships named after a title are no people.
  ["Traffic on the King Fahd Causeway between Saudi Arabia and Bahrain was halted.", "!fahd !king-fahd"],
  ["The delegation landed at King Abdulaziz International Airport in Jeddah, Saudi Arabia.", "!abdulaziz-international-airport !abdulaziz-international"],
  ["The meeting was held at the Queen Elizabeth II Centre in London.", "!elizabeth-ii-centre !elizabeth-ii"],
  ["U.S. troops at Prince Sultan Air Base in Saudi Arabia were put on alert.", "!sultan-air-base"],
  ["General Motors said it would close its plant in Russia.", "!motors"],
  ["Russia's only carrier, the Admiral Kuznetsov, left port.", "!kuznetsov !admiral-kuznetsov"],
  ["Trucks crossed the Ambassador Bridge from Canada into the United States.", "!bridge"],
  ["The talks took place at the President Hotel in Kyiv, Ukraine.", "!hotel"],
  ["The Prime Minister's Office in Israel said the talks would continue.", "!office"],
  ["The King Hussein Bridge between Jordan and the West Bank was closed.", "!hussein-bridge !hussein"],
  // Tenth round (all passed before): reported speech, quotes, dashes, 'according to'.
  ["“We are ready to talk,” said Andrii Sybiha, Ukraine’s foreign minister, on Tuesday.", "andrii-sybiha@UA"],
  ["\"There will be no ceasefire,\" Israel's defence minister, Israel Katz, told soldiers.", "israel-katz@IL"],
  ["'This is unacceptable,' the Chinese foreign ministry spokesperson Guo Jiakun told a briefing.", "guo-jiakun@CN"],
  ["“Sweden will not be intimidated,” Prime Minister Ulf Kristersson wrote on X.", "ulf-kristersson@SE"],
  ["Asked about the strikes, Dutch Foreign Minister Caspar Veldkamp replied: “We condemn them.”", "caspar-veldkamp@NL"],
  ["The decision, announced by Foreign Minister Maxime Prévot of Belgium, angered Israel.", "maxime-prevot@BE"],
  ["According to Kenya’s interior minister, Kipchumba Murkomen, the protesters were armed.", "kipchumba-murkomen@KE"],
  ["Among those present were the prime ministers of Spain and Portugal, Pedro Sánchez and Luís Montenegro.", "pedro-sanchez@ES luis-montenegro@PT"],
  ["The summit was chaired by Brazil’s foreign minister, Mauro Vieira, whose country holds the presidency.", "mauro-vieira@BR"],
  ["Earlier, Norway’s foreign minister, Espen Barth Eide — who had travelled overnight — urged calm.", "espen-barth-eide@NO"],
];

// Rows the extractor still gets wrong (kept visible: they pass once fixed, and then fail here).
const OFFICIAL_BANK_O_MISSES: [string, string][] = [
  // Two ministers of unnamed states, the second not in the register: no country to take.
  ["The two foreign ministers, Hakan Fidan and Ararat Mirzoyan, spoke by phone.", "hakan-fidan@TR ararat-mirzoyan@AM"],
  // The speaker's state is the one that expels, not the first named; a region is no country.
  ["Venezuela's ambassador was expelled from Argentina. Foreign Minister Diana Mondino said Caracas had violated the embassy.", "diana-mondino@AR"],
  ["The minister-president of Flanders, Matthias Diependaele, visited Morocco.", "matthias-diependaele@BE"],
  // A state's office named without the state (House Speaker), a body the gazetteer lacks (CIA).
  ["CIA Director John Ratcliffe flew to Israel.", "john-ratcliffe@US"],
  ["House Speaker Mike Johnson said Congress would act on Ukraine aid.", "mike-johnson@US"],
];

const expectAt = (text: string, expected: string) => expectOfficials(text, expected, new Date('2024-05-10T12:00:00Z'));

describe('officials on new text (task O)', () => {
  it.each(OFFICIAL_BANK_O)('%s', (text, expected) => expectAt(text, expected));
  for (const [text, expected] of OFFICIAL_BANK_O_MISSES) it.fails(`known miss: ${text}`, () => expectAt(text, expected));
});
