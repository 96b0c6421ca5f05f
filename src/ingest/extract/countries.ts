// Country gazetteer built from `world-countries`, plus the aliases news prose actually uses.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { phraseRegexSource } from './trie-regex.ts';

// The JSON file directly: the package's CJS/ESM entry points type differently under NodeNext.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

export type CountryVia = 'name' | 'code' | 'demonym' | 'capital' | 'metonym';

export interface CountryEntry {
  code: string;
  via: CountryVia;
  /** Needs context checks (person names, US states, "Rome Statute"). */
  ambiguous: boolean;
}

export interface CountryInfo {
  code: string;
  name: string;
  official: string;
}

export const COUNTRY_INFO = new Map<string, CountryInfo>();
for (const c of countries) {
  COUNTRY_INFO.set(c.cca2, { code: c.cca2, name: c.name.common, official: c.name.official });
}
// News usage differs from the package's common names.
const DISPLAY: Record<string, string> = { CD: 'Democratic Republic of the Congo', TR: 'Turkey', CG: 'Republic of the Congo' };
for (const [k, v] of Object.entries(DISPLAY)) {
  const i = COUNTRY_INFO.get(k);
  if (i) i.name = v;
}

const NEEDS_THE = /^(United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Marshall|Solomon|Czech Republic|Central African|Dominican Republic|Democratic Republic|Republic of)/;
/** "Russia", "the United States": for canonical names like "Ministry of Defence of the United States". */
export function countryNameForPhrase(code: string): string {
  const n = COUNTRY_INFO.get(code)?.name ?? code;
  return NEEDS_THE.test(n) ? `the ${n}` : n;
}

const table = new Map<string, CountryEntry>();
// `null` blocks a phrase: it is matched (so the longer phrase wins) but yields no country.
const blocked = new Set<string>();

function add(surface: string, code: string, via: CountryVia, ambiguous = false): void {
  if (!surface || surface.length < 2) return;
  if (blocked.has(surface) || table.has(surface)) return;
  table.set(surface, { code, via, ambiguous });
  // News often drops the diacritics: "Chisinau" for "Chișinău".
  const folded = surface.normalize('NFD').replace(/\p{M}/gu, '');
  if (folded !== surface) add(folded, code, via, ambiguous);
}
function block(...surfaces: string[]): void {
  for (const s of surfaces) {
    blocked.add(s);
    table.delete(s);
  }
}

// Demonyms shared by several entries: the sovereign state is what news means.
const DEMONYM_PREFERENCE: Record<string, string> = {
  French: 'FR', Dutch: 'NL', Congolese: 'CD', Dominican: 'DO', Indian: 'IN', American: 'US', Norwegian: 'NO',
};
// Capitals that are common words, person names or other places.
const CAPITAL_SKIP = new Set([
  'Victoria', 'Kingston', 'Georgetown', 'Hamilton', 'Plymouth', 'Jamestown', 'Road Town', 'Avarua', 'Palikir',
  'Kingstown', 'Basseterre', 'Castries', 'Saint John\'s', 'Saint Helier', 'Saint Peter Port', 'Douglas',
  'Flying Fish Cove', 'West Island', 'Adamstown', 'King Edward Point', 'Stanley', 'The Valley', 'Alofi',
  'Philipsburg', 'Marigot', 'Gustavia', 'Kralendijk', 'Mata-Utu', 'Papeetē', 'Nouméa', 'Hagåtña', 'Saipan',
  'Charlotte Amalie', 'Pago Pago', 'Port-aux-Français', 'Longyearbyen', 'Nuuk', 'Tórshavn', 'Mariehamn',
  'Cockburn Town', 'George Town', 'Brades', 'Camp Justice', 'Saint-Pierre', 'Saint-Denis', 'Cayenne',
  'Basse-Terre', 'Fort-de-France', 'Mamoudzou', 'Willemstad', 'Oranjestad', 'Kingston upon Hull', 'Diego Garcia',
  'City of Victoria', 'Jerusalem', 'Washington D.C.', 'Vatican City', 'Monaco', 'Singapore', 'San Marino',
  'Luxembourg', 'Kuwait City', 'Djibouti', 'Guatemala City', 'Panama City', 'Mexico City',
]);
// Names that are also given names or US states: checked in context.
const AMBIGUOUS_NAMES = new Set(['Jordan', 'Chad', 'Georgia', 'Israel', 'Niger', 'Guinea', 'Turkey', 'Jersey', 'Victoria']);

block(
  'Latin America', 'South America', 'North America', 'Central America', 'Latin American', 'South American',
  'North American', 'Central American', 'African American', 'Native American', 'American Indian', 'Indian Ocean',
  'Arab American', 'New Guinea', 'New Mexico', 'New Jersey', 'Korean Peninsula', 'Korean War', 'Gulf of Guinea',
  'Irish Sea', 'Dutch East Indies', 'Chinese Taipei', 'Indo-Pacific', 'Asia-Pacific', 'American Samoan',
  'Persian Gulf', 'Sea of Japan', 'Dominican Order', 'French Guiana', 'Congo River', 'Turkish Stream',
);

const MANUAL: [string, string, CountryVia][] = [
  ['U.S.', 'US', 'code'], ['US', 'US', 'code'], ['USA', 'US', 'code'], ['U.S.A.', 'US', 'code'],
  ['United States', 'US', 'name'], ['America', 'US', 'name'], ['Washington', 'US', 'capital'],
  ['Washington, D.C.', 'US', 'capital'], ['Washington D.C.', 'US', 'capital'], ['White House', 'US', 'metonym'],
  ['UK', 'GB', 'code'], ['U.K.', 'GB', 'code'], ['Britain', 'GB', 'name'], ['Great Britain', 'GB', 'name'],
  ['England', 'GB', 'name'], ['Scotland', 'GB', 'name'], ['Wales', 'GB', 'name'], ['Northern Ireland', 'GB', 'name'],
  ['Downing Street', 'GB', 'metonym'], ['Scottish', 'GB', 'demonym'], ['Welsh', 'GB', 'demonym'],
  ['UAE', 'AE', 'code'], ['U.A.E.', 'AE', 'code'], ['Emirati', 'AE', 'demonym'],
  ['Türkiye', 'TR', 'name'], ['Turkiye', 'TR', 'name'], ['Turkey', 'TR', 'name'],
  ['Burma', 'MM', 'name'], ['Burmese', 'MM', 'demonym'], ['Ivory Coast', 'CI', 'name'], ["Côte d'Ivoire", 'CI', 'name'],
  ["Cote d'Ivoire", 'CI', 'name'], ['DRC', 'CD', 'code'], ['DR Congo', 'CD', 'name'], ['Congo', 'CD', 'name'],
  ['Democratic Republic of Congo', 'CD', 'name'], ['Democratic Republic of the Congo', 'CD', 'name'],
  ['Congo-Brazzaville', 'CG', 'name'], ['Republic of the Congo', 'CG', 'name'], ['Congo-Kinshasa', 'CD', 'name'],
  ['Kremlin', 'RU', 'metonym'], ['Soviet Union', 'RU', 'name'], ['Russian Federation', 'RU', 'name'],
  ['PRC', 'CN', 'code'], ['Zhongnanhai', 'CN', 'metonym'], ['DPRK', 'KP', 'code'], ['ROK', 'KR', 'code'],
  ['Korea', 'KR', 'name'], ['Korean', 'KR', 'demonym'], ['Saudi', 'SA', 'demonym'], ['Saudis', 'SA', 'demonym'],
  ['KSA', 'SA', 'code'], ['Gaza', 'PS', 'name'], ['Gaza Strip', 'PS', 'name'], ['West Bank', 'PS', 'name'],
  ['Palestinian territories', 'PS', 'name'], ['Palestinian Authority', 'PS', 'name'], ['Tel Aviv', 'IL', 'capital'],
  ['Kiev', 'UA', 'capital'], ['Kyiv', 'UA', 'capital'], ['Holland', 'NL', 'name'], ['Czechia', 'CZ', 'name'],
  ['Czech', 'CZ', 'demonym'], ['Macedonia', 'MK', 'name'], ['East Timor', 'TL', 'name'], ['Timor-Leste', 'TL', 'name'],
  ['Swaziland', 'SZ', 'name'], ['Cape Verde', 'CV', 'name'], ['Vatican', 'VA', 'name'], ['Holy See', 'VA', 'name'],
  ['Elysee', 'FR', 'metonym'], ['Élysée', 'FR', 'metonym'], ['Afghan', 'AF', 'demonym'], ['Afghans', 'AF', 'demonym'],
  ['Sanaa', 'YE', 'capital'], ["Sana'a", 'YE', 'capital'], ['Brasilia', 'BR', 'capital'], ['Astana', 'KZ', 'capital'],
  ['Naypyidaw', 'MM', 'capital'], ['Yangon', 'MM', 'capital'], ['Pretoria', 'ZA', 'capital'], ['Beijing', 'CN', 'capital'],
  ['Nigerien', 'NE', 'demonym'], ['Nigeriens', 'NE', 'demonym'], ['Kosovar', 'XK', 'demonym'], ['Kosovo', 'XK', 'name'],
  ['Filipino', 'PH', 'demonym'], ['Philippine', 'PH', 'demonym'], ['Bosnia', 'BA', 'name'], ['Herzegovina', 'BA', 'name'], ['Ukrainian', 'UA', 'demonym'],
  ['Iraqi', 'IQ', 'demonym'], ['Israeli', 'IL', 'demonym'], ['Hong Kong', 'HK', 'name'], ['Macao', 'MO', 'name'],
  ['South Korean', 'KR', 'demonym'], ['North Korean', 'KP', 'demonym'], ['Taiwanese', 'TW', 'demonym'],
  ['Sahrawi', 'EH', 'demonym'], ['Belarusian', 'BY', 'demonym'], ['Uzbek', 'UZ', 'demonym'], ['Tajik', 'TJ', 'demonym'],
  ['Kazakh', 'KZ', 'demonym'], ['Kyrgyz', 'KG', 'demonym'], ['Turkmen', 'TM', 'demonym'], ['Azerbaijani', 'AZ', 'demonym'],
  ['Syrians', 'SY', 'demonym'], ['Ukrainians', 'UA', 'demonym'], ['Russians', 'RU', 'demonym'], ['Americans', 'US', 'demonym'],
  ['Israelis', 'IL', 'demonym'], ['Palestinians', 'PS', 'demonym'], ['Iranians', 'IR', 'demonym'], ['Chinese', 'CN', 'demonym'],
  // Demonyms in common English use that the dataset spells otherwise ("Comoran", "Ecuadorean").
  ['Comorian', 'KM', 'demonym'], ['Burkinabè', 'BF', 'demonym'], ['Sri Lankan', 'LK', 'demonym'], ['Nepali', 'NP', 'demonym'],
  ['Maldivian', 'MV', 'demonym'], ['Timorese', 'TL', 'demonym'], ['Djiboutian', 'DJ', 'demonym'], ['Sierra Leonean', 'SL', 'demonym'],
  ['Bosnian', 'BA', 'demonym'], ['Slovenian', 'SI', 'demonym'], ['Icelandic', 'IS', 'demonym'], ['Costa Rican', 'CR', 'demonym'],
  ['Ecuadorian', 'EC', 'demonym'], ['Ecuadorians', 'EC', 'demonym'], ['Argentinian', 'AR', 'demonym'], ['Surinamese', 'SR', 'demonym'],
  ['New Zealander', 'NZ', 'demonym'], ['Ivoirian', 'CI', 'demonym'], ['Bissau-Guinean', 'GW', 'demonym'], ['Cape Verdean', 'CV', 'demonym'],
  ['Cabo Verdean', 'CV', 'demonym'], ['Luxembourgish', 'LU', 'demonym'], ['Vanuatuan', 'VU', 'demonym'], ['Motswana', 'BW', 'demonym'],
  ['Antiguan', 'AG', 'demonym'], ['Kittitian', 'KN', 'demonym'], ['Vincentian', 'VC', 'demonym'], ['Bahamian', 'BS', 'demonym'],
];
for (const [s, c, v] of MANUAL) add(s, c, v, AMBIGUOUS_NAMES.has(s) || s === 'Washington' || s === 'Congo');

const ALT_SKIP = /,|\(|^[A-Z]{2,3}$|[^\p{Script=Latin}\s'’.-]/u;
for (const c of countries) {
  const code = c.cca2;
  if (code === 'UM' || code === 'AQ' || code === 'BV' || code === 'HM' || code === 'TF' || code === 'IO') continue;
  add(c.name.common, code, 'name', AMBIGUOUS_NAMES.has(c.name.common));
  add(c.name.official, code, 'name');
  for (const a of c.altSpellings) if (!ALT_SKIP.test(a) && a.length > 3) add(a, code, 'name');
  const dem = c.demonyms?.eng;
  for (const d of [dem?.m, dem?.f]) {
    if (!d) continue;
    const pref = DEMONYM_PREFERENCE[d];
    if (pref && pref !== code) continue;
    if (d === 'Channel Islander' || d === 'Virgin Islander') continue;
    add(d, code, 'demonym');
    if (!d.endsWith('s') && !d.endsWith('ese') && !d.endsWith('sh') && !d.endsWith('ch')) add(`${d}s`, code, 'demonym');
  }
  if (!c.independent && code !== 'PS' && code !== 'XK' && code !== 'TW') continue;
  for (const cap of c.capital ?? []) if (!CAPITAL_SKIP.has(cap)) add(cap, code, 'capital', true);
}
// Capitals that CAPITAL_SKIP excluded for being the country's own name stay reachable by name.
add('New Delhi', 'IN', 'capital', true);

const phrases = [...table.keys(), ...blocked];
/** Matches any country phrase or blocked phrase; test the hit against `lookupCountry`. */
export const COUNTRY_RE = new RegExp(phraseRegexSource(phrases), 'gu');

export function lookupCountry(surface: string): CountryEntry | null {
  return table.get(surface) ?? null;
}
