import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

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
