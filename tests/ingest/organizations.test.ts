import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const slugs = (body: string) => extract(body).organizations.map((o) => o.slug).sort();

describe('organizations', () => {
  it('finds gazetteer organizations with their kinds', () => {
    const g = extract('NATO and the EU criticised the Taliban, while Hezbollah and the Houthis praised Hamas. The IAEA and the UN Security Council met.');
    const bySlug = new Map(g.organizations.map((o) => [o.slug, o]));
    expect([...bySlug.keys()].sort()).toEqual(['european-union', 'hamas', 'hezbollah', 'houthis', 'iaea', 'nato', 'taliban', 'un-security-council']);
    expect(bySlug.get('nato')?.kind).toBe('ALLIANCE');
    expect(bySlug.get('hamas')?.kind).toBe('ARMED_GROUP');
    expect(bySlug.get('taliban')?.countryCode).toBe('AF');
    // "UN" inside "UN Security Council" is not a separate United Nations mention.
    expect(bySlug.has('united-nations')).toBe(false);
  });

  it('maps ministry phrasings to one deterministic slug per country and field', () => {
    expect(slugs("Afghanistan's Foreign Ministry welcomed it.")).toEqual(['ministry-of-foreign-affairs-af']);
    expect(slugs('The Afghan Foreign Ministry welcomed it.')).toEqual(['ministry-of-foreign-affairs-af']);
    expect(slugs('The Ministry of Foreign Affairs of Russia said so.')).toEqual(['ministry-of-foreign-affairs-ru']);
    expect(slugs("Turkey's Defence Ministry and the Russian Defense Ministry spoke.")).toEqual(['ministry-of-defence-ru', 'ministry-of-defence-tr']);
    expect(slugs('The State Department and the Pentagon disagreed.')).toEqual(['ministry-of-defence-us', 'ministry-of-foreign-affairs-us']);
    expect(slugs('The Taliban Foreign Ministry said so.')).toContain('ministry-of-foreign-affairs-af');
  });

  it('names ministries canonically and keeps the surface forms as aliases', () => {
    const g = extract("The Russian Foreign Ministry spoke first. Later, Russia's Foreign Ministry spoke again.");
    const m = g.organizations.find((o) => o.slug === 'ministry-of-foreign-affairs-ru');
    expect(m?.name).toBe('Ministry of Foreign Affairs of Russia');
    expect(m?.kind).toBe('MINISTRY');
    expect(m?.countryCode).toBe('RU');
    expect(m?.mentions).toBe(2);
    expect(m?.aliases.sort()).toEqual(["Russia's Foreign Ministry", 'Russian Foreign Ministry']);
  });

  it('skips a ministry whose country cannot be told', () => {
    expect(slugs('Russia and China disagreed; the Foreign Ministry said nothing.')).toEqual([]);
  });

  it('reads ministries written in lower case, with their country from a modifier or a complement', () => {
    expect(slugs("Russia's defence ministry denied it. The foreign ministry in Beijing objected. The Indian foreign ministry spoke.")).toEqual(
      expect.arrayContaining(['ministry-of-defence-ru', 'ministry-of-foreign-affairs-cn', 'ministry-of-foreign-affairs-in']),
    );
    expect(slugs("The group is linked to China's Ministry of State Security.")).toContain('ministry-of-state-security-cn');
    // "the Treasury": the sentence's country, else the United States'.
    expect(slugs('The law allows the Treasury to freeze assets.')).toEqual(['ministry-of-finance-us']);
    expect(slugs('Russia and China disagreed; the foreign ministry said nothing.')).toEqual([]);
  });

  it('knows regional bodies, parties and cartels under their English names', () => {
    expect(slugs('The Economic Community of Central African States (ECCAS) and the CIS met. The NLD won.')).toEqual(
      expect.arrayContaining(['economic-community-of-central-african-states', 'commonwealth-of-independent-states', 'national-league-for-democracy']),
    );
    expect(slugs('Mexico’s Sinaloa Cartel, the Jalisco New Generation Cartel, Tren de Aragua and MS-13 were listed.').sort()).toEqual(
      ['jalisco-new-generation-cartel', 'ms-13', 'sinaloa-cartel', 'tren-de-aragua'],
    );
  });
  it('reads no organization inside a hyphenated name or in a national security council', () => {
    expect(slugs('PORT-AU-PRINCE - The AU-backed force arrived.')).toEqual([]);
    expect(slugs("The White House National Security Council and Iran's Supreme National Security Council met. Russia's Security Council did too.")).toEqual([]);
    expect(slugs("The UN's Security Council met, and the African Union's Peace and Security Council suspended Niger.")).toEqual(['african-union', 'un-security-council', 'united-nations']);
  });

  it("gives a ministry named without a country the dateline's country when its sentence names several", () => {
    expect(slugs('VILNIUS - Lithuania expelled two employees of the Belarusian embassy in Vilnius, the foreign ministry said.')).toEqual(['ministry-of-foreign-affairs-lt']);
  });

  it('reads lower-case commerce ministries, a sentence-initial "Foreign ministry" and the state it speaks for', () => {
    expect(slugs('Beijing responded, and the Chinese commerce ministry halted fruit imports.')).toEqual(['ministry-of-trade-cn']);
    expect(slugs('OSLO - Norway fined the firm. Foreign ministry spokesman Wu Hao said Beijing opposed it and urged Norway to stop.')).toEqual(['ministry-of-foreign-affairs-cn']);
    expect(slugs('OSLO - Norway fined the firm. The foreign ministry said it would appeal.')).toEqual(['ministry-of-foreign-affairs-no']);
  });

  it("does not give a ministry the country of a person's title, and reads capitals written without diacritics", () => {
    expect(slugs("OTTAWA - The Canadian chargé d'affaires in New Delhi was summoned to the Ministry of External Affairs.")).toEqual(['ministry-of-foreign-affairs-in']);
    expect(extract('Talks opened in Chisinau and Bogota.').countries.map((c) => c.code).sort()).toEqual(['CO', 'MD']);
  });
});
