// ISO 3166-1 countries from the maintained `world-countries` dataset, indexed once.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

const worldCountries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

export interface CountryRecord {
  code: string;
  alpha3: string;
  numeric: string | null;
  name: string;
  officialName: string;
  region: string | null;
  subregion: string | null;
  capital: string | null;
  demonyms: string[];
  aliases: string[];
}

/** Lower case, accents and punctuation removed: the form names are compared in. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Common English names the dataset lacks among its alternative spellings.
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['United States of America', 'USA', 'U.S.', 'U.S.A.', 'America'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  RU: ['Russian Federation'],
  KP: ['North Korea', 'DPRK'],
  KR: ['South Korea'],
  CI: ['Ivory Coast', "Côte d'Ivoire"],
  MM: ['Burma'],
  CZ: ['Czech Republic', 'Czechia'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of the Congo'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville'],
  SZ: ['Swaziland', 'Eswatini'],
  MK: ['Macedonia', 'North Macedonia'],
  PS: ['Palestine'],
  VA: ['Vatican', 'Holy See'],
  CV: ['Cape Verde', 'Cabo Verde'],
  TL: ['East Timor', 'Timor-Leste'],
};

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))];
}

export const COUNTRIES: CountryRecord[] = worldCountries
  .filter((c) => /^[A-Z]{2}$/.test(c.cca2) && /^[A-Z]{3}$/.test(c.cca3))
  .map((c) => {
    const demonyms = unique([c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? '']);
    const aliases = unique([...(c.altSpellings ?? []), ...(EXTRA_ALIASES[c.cca2] ?? [])]).filter(
      (a) => a !== c.cca2 && a !== c.name.common,
    );
    return {
      code: c.cca2,
      alpha3: c.cca3,
      numeric: c.ccn3 && /^\d{3}$/.test(c.ccn3) ? c.ccn3 : null,
      name: c.name.common,
      officialName: c.name.official,
      region: c.region || null,
      subregion: c.subregion || null,
      capital: c.capital?.[0] ?? null,
      demonyms,
      aliases,
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const BY_CODE = new Map<string, CountryRecord>();
for (const c of COUNTRIES) {
  BY_CODE.set(c.code, c);
  BY_CODE.set(c.alpha3, c);
}

/** Finds a country by alpha-2 or alpha-3 code, case-insensitively. */
export function countryByCode(code: string): CountryRecord | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** The folded names a country is looked up by: name, official name, aliases. */
export function searchNamesOf(c: CountryRecord): string[] {
  return unique([c.name, c.officialName, ...c.aliases].map(foldName));
}
