import { describe, expect, it } from 'vitest';
import { codes, extract } from './helpers.ts';

describe('countries', () => {
  it('reads names, official names, codes, demonyms and aliases', () => {
    const g = extract(
      'The United States, the UK and the UAE met officials of the Russian Federation. Afghan and Russian diplomats, ' +
        'Türkiye, Burma, Ivory Coast and the Democratic Republic of the Congo were also represented, as was the U.S. envoy.',
    );
    expect(codes(g)).toEqual(['AE', 'AF', 'CD', 'CI', 'GB', 'MM', 'RU', 'TR', 'US']);
  });

  it('prefers the longest name: Papua New Guinea and Guinea-Bissau are not Guinea', () => {
    expect(codes(extract('Papua New Guinea signed a deal with Guinea-Bissau.'))).toEqual(['GW', 'PG']);
    expect(codes(extract('South Sudan and Sudan held talks.'))).toEqual(['SD', 'SS']);
  });

  it('maps capitals used as actors to their country', () => {
    expect(codes(extract('Moscow said it would respond. Washington imposed new tariffs.'))).toEqual(['RU', 'US']);
  });

  it('ignores person names and US states that look like countries', () => {
    expect(codes(extract('Michael Jordan and Chad Johnson watched the game.'))).toEqual([]);
    expect(codes(extract('George Washington crossed the river.'))).toEqual([]);
    expect(codes(extract("Voters in Atlanta, Georgia, backed the governor's plan in the Senate race."))).toEqual([]);
    expect(codes(extract('Georgia and Armenia held talks in Tbilisi.'))).toEqual(['AM', 'GE']);
    expect(codes(extract('King Abdullah of Jordan received the envoy. Chad closed its border.'))).toEqual(['JO', 'TD']);
  });

  it('does not read continents or compound names as countries', () => {
    expect(codes(extract('Latin American and Central American leaders discussed the Rome Statute and the Indian Ocean.'))).toEqual([]);
  });

  it('counts mentions including the headline', () => {
    const g = extract('Russia acted. The Russian move surprised Moscow.', null, 'Russia Moves');
    expect(g.countries.find((c) => c.code === 'RU')?.mentions).toBe(4);
  });

  it('reads demonyms in common use that the dataset spells otherwise', () => {
    expect(codes(extract('Ecuadorian police entered the embassy. Azali Assoumani, the Comorian president, spoke with a Sri Lankan envoy.'))).toEqual(['EC', 'KM', 'LK']);
  });
});
