// Organization gazetteer (international bodies, alliances, armed groups) and the
// ministry naming patterns that map "Russia's Foreign Ministry" to one canonical slug.
import type { OrganizationKind } from '../types.ts';
import { phraseRegexSource } from './trie-regex.ts';

export interface OrgDef {
  slug: string;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  countryCode: string | null;
  /** Generic anaphors that may refer back to it ("the group", "the bloc"). */
  anaphor?: 'group' | 'bloc' | 'court' | 'agency';
}

const IO = 'INTERNATIONAL_ORGANIZATION' as const;
const AL = 'ALLIANCE' as const;
const AG = 'ARMED_GROUP' as const;

export const ORGS: OrgDef[] = [
  { slug: 'united-nations', name: 'United Nations', aliases: ['UN', 'U.N.'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'un-security-council', name: 'United Nations Security Council', aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'], kind: IO, countryCode: null },
  { slug: 'un-general-assembly', name: 'United Nations General Assembly', aliases: ['UN General Assembly', 'U.N. General Assembly', 'General Assembly', 'UNGA'], kind: IO, countryCode: null },
  { slug: 'un-human-rights-council', name: 'United Nations Human Rights Council', aliases: ['UN Human Rights Council', 'Human Rights Council', 'UNHRC'], kind: IO, countryCode: null },
  { slug: 'unhcr', name: 'United Nations High Commissioner for Refugees', aliases: ['UNHCR', 'UN refugee agency', 'U.N. refugee agency'], kind: IO, countryCode: null, anaphor: 'agency' },
  { slug: 'unicef', name: "United Nations Children's Fund", aliases: ['UNICEF'], kind: IO, countryCode: null, anaphor: 'agency' },
  { slug: 'unrwa', name: 'United Nations Relief and Works Agency for Palestine Refugees', aliases: ['UNRWA'], kind: IO, countryCode: null, anaphor: 'agency' },
  { slug: 'world-food-programme', name: 'World Food Programme', aliases: ['WFP', 'World Food Program'], kind: IO, countryCode: null, anaphor: 'agency' },
  { slug: 'who', name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'], kind: IO, countryCode: null, anaphor: 'agency' },
  { slug: 'iaea', name: 'International Atomic Energy Agency', aliases: ['IAEA'], kind: IO, countryCode: null, anaphor: 'agency' },
  { slug: 'icc', name: 'International Criminal Court', aliases: ['ICC'], kind: IO, countryCode: null, anaphor: 'court' },
  { slug: 'icj', name: 'International Court of Justice', aliases: ['ICJ', 'World Court'], kind: IO, countryCode: null, anaphor: 'court' },
  { slug: 'imf', name: 'International Monetary Fund', aliases: ['IMF'], kind: IO, countryCode: null },
  { slug: 'world-bank', name: 'World Bank', aliases: [], kind: IO, countryCode: null },
  { slug: 'wto', name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'], kind: IO, countryCode: null },
  { slug: 'opcw', name: 'Organisation for the Prohibition of Chemical Weapons', aliases: ['OPCW'], kind: IO, countryCode: null },
  { slug: 'interpol', name: 'Interpol', aliases: ['INTERPOL'], kind: IO, countryCode: null },
  { slug: 'icrc', name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], kind: 'OTHER', countryCode: null },
  { slug: 'nato', name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'], kind: AL, countryCode: null, anaphor: 'bloc' },
  { slug: 'csto', name: 'Collective Security Treaty Organization', aliases: ['CSTO', 'Collective Security Treaty Organisation'], kind: AL, countryCode: null, anaphor: 'bloc' },
  { slug: 'aukus', name: 'AUKUS', aliases: [], kind: AL, countryCode: null, anaphor: 'bloc' },
  { slug: 'quad', name: 'Quadrilateral Security Dialogue', aliases: ['Quad'], kind: AL, countryCode: null },
  { slug: 'alliance-of-sahel-states', name: 'Alliance of Sahel States', aliases: ['AES'], kind: AL, countryCode: null, anaphor: 'bloc' },
  { slug: 'european-union', name: 'European Union', aliases: ['EU', 'E.U.'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'european-commission', name: 'European Commission', aliases: [], kind: IO, countryCode: null },
  { slug: 'european-parliament', name: 'European Parliament', aliases: [], kind: IO, countryCode: null },
  { slug: 'european-council', name: 'European Council', aliases: [], kind: IO, countryCode: null },
  { slug: 'council-of-europe', name: 'Council of Europe', aliases: [], kind: IO, countryCode: null },
  { slug: 'african-union', name: 'African Union', aliases: ['AU'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'asean', name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'sco', name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'brics', name: 'BRICS', aliases: ['BRICS+'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'opec', name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC', 'OPEC+'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'osce', name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE', 'Organization for Security and Cooperation in Europe'], kind: IO, countryCode: null },
  { slug: 'arab-league', name: 'League of Arab States', aliases: ['Arab League'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'gcc', name: 'Gulf Cooperation Council', aliases: ['GCC'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'oic', name: 'Organisation of Islamic Cooperation', aliases: ['OIC', 'Organization of Islamic Cooperation'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'oas', name: 'Organization of American States', aliases: ['OAS'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'ecowas', name: 'Economic Community of West African States', aliases: ['ECOWAS'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'sadc', name: 'Southern African Development Community', aliases: ['SADC'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'eac', name: 'East African Community', aliases: ['EAC'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'mercosur', name: 'Mercosur', aliases: ['MERCOSUR'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'eurasian-economic-union', name: 'Eurasian Economic Union', aliases: ['EAEU'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'commonwealth-of-nations', name: 'Commonwealth of Nations', aliases: ['the Commonwealth', 'The Commonwealth'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'g7', name: 'Group of Seven', aliases: ['G7', 'G-7'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'g20', name: 'Group of Twenty', aliases: ['G20', 'G-20'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'taliban', name: 'Taliban', aliases: ['Islamic Emirate of Afghanistan'], kind: 'GOVERNMENT', countryCode: 'AF', anaphor: 'group' },
  { slug: 'palestinian-authority', name: 'Palestinian Authority', aliases: [], kind: 'GOVERNMENT', countryCode: 'PS' },
  { slug: 'hamas', name: 'Hamas', aliases: [], kind: AG, countryCode: 'PS', anaphor: 'group' },
  { slug: 'palestinian-islamic-jihad', name: 'Palestinian Islamic Jihad', aliases: ['Islamic Jihad'], kind: AG, countryCode: 'PS', anaphor: 'group' },
  { slug: 'hezbollah', name: 'Hezbollah', aliases: ['Hizbollah', 'Hizbullah'], kind: AG, countryCode: 'LB', anaphor: 'group' },
  { slug: 'houthis', name: 'Houthis', aliases: ['Houthi', 'Ansar Allah', 'Houthi movement'], kind: AG, countryCode: 'YE', anaphor: 'group' },
  { slug: 'islamic-state', name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh', 'IS'], kind: AG, countryCode: null, anaphor: 'group' },
  { slug: 'al-qaeda', name: 'Al-Qaeda', aliases: ['al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida'], kind: AG, countryCode: null, anaphor: 'group' },
  { slug: 'al-shabaab', name: 'Al-Shabaab', aliases: ['al-Shabaab', 'al-Shabab', 'Al-Shabab'], kind: AG, countryCode: 'SO', anaphor: 'group' },
  { slug: 'boko-haram', name: 'Boko Haram', aliases: [], kind: AG, countryCode: 'NG', anaphor: 'group' },
  { slug: 'hayat-tahrir-al-sham', name: 'Hayat Tahrir al-Sham', aliases: ['HTS', 'Hayat Tahrir al-Sham (HTS)'], kind: AG, countryCode: 'SY', anaphor: 'group' },
  { slug: 'wagner-group', name: 'Wagner Group', aliases: ['Wagner'], kind: AG, countryCode: 'RU', anaphor: 'group' },
  { slug: 'm23', name: 'M23', aliases: ['March 23 Movement'], kind: AG, countryCode: 'CD', anaphor: 'group' },
  { slug: 'rapid-support-forces', name: 'Rapid Support Forces', aliases: ['RSF'], kind: AG, countryCode: 'SD', anaphor: 'group' },
  { slug: 'polisario-front', name: 'Polisario Front', aliases: ['Polisario'], kind: AG, countryCode: 'EH', anaphor: 'group' },
  { slug: 'pkk', name: "Kurdistan Workers' Party", aliases: ['PKK'], kind: AG, countryCode: 'TR', anaphor: 'group' },
  { slug: 'irgc', name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard'], kind: AG, countryCode: 'IR' },
  { slug: 'muslim-brotherhood', name: 'Muslim Brotherhood', aliases: [], kind: 'POLITICAL_PARTY', countryCode: null, anaphor: 'group' },
  // Bodies and groups real reporting names often; slugs are their English names.
  { slug: 'commonwealth-of-independent-states', name: 'Commonwealth of Independent States', aliases: ['CIS', 'the Commonwealth of Independent States', 'The Commonwealth of Independent States'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'economic-community-of-central-african-states', name: 'Economic Community of Central African States', aliases: ['ECCAS'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'intergovernmental-authority-on-development', name: 'Intergovernmental Authority on Development', aliases: ['IGAD'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'caribbean-community', name: 'Caribbean Community', aliases: ['CARICOM', 'Caricom'], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'pacific-islands-forum', name: 'Pacific Islands Forum', aliases: [], kind: IO, countryCode: null, anaphor: 'bloc' },
  { slug: 'financial-action-task-force', name: 'Financial Action Task Force', aliases: ['FATF'], kind: IO, countryCode: null },
  { slug: 'international-organization-for-migration', name: 'International Organization for Migration', aliases: ['IOM', 'International Organisation for Migration'], kind: IO, countryCode: null, anaphor: 'agency' },
  { slug: 'non-aligned-movement', name: 'Non-Aligned Movement', aliases: [], kind: IO, countryCode: null },
  { slug: 'national-league-for-democracy', name: 'National League for Democracy', aliases: ['NLD'], kind: 'POLITICAL_PARTY', countryCode: 'MM' },
  { slug: 'palestine-liberation-organization', name: 'Palestine Liberation Organization', aliases: ['PLO', 'Palestine Liberation Organisation'], kind: 'POLITICAL_PARTY', countryCode: 'PS' },
  { slug: 'fatah', name: 'Fatah', aliases: [], kind: 'POLITICAL_PARTY', countryCode: 'PS' },
  { slug: 'syrian-democratic-forces', name: 'Syrian Democratic Forces', aliases: ['SDF'], kind: AG, countryCode: 'SY', anaphor: 'group' },
  { slug: 'africa-corps', name: 'Africa Corps', aliases: [], kind: AG, countryCode: 'RU', anaphor: 'group' },
  { slug: 'sinaloa-cartel', name: 'Sinaloa Cartel', aliases: ['Sinaloa cartel'], kind: AG, countryCode: 'MX', anaphor: 'group' },
  { slug: 'jalisco-new-generation-cartel', name: 'Jalisco New Generation Cartel', aliases: ['CJNG', 'Jalisco cartel', 'Jalisco Cartel'], kind: AG, countryCode: 'MX', anaphor: 'group' },
  { slug: 'gulf-cartel', name: 'Gulf Cartel', aliases: [], kind: AG, countryCode: 'MX', anaphor: 'group' },
  { slug: 'tren-de-aragua', name: 'Tren de Aragua', aliases: [], kind: AG, countryCode: 'VE', anaphor: 'group' },
  { slug: 'ms-13', name: 'MS-13', aliases: ['Mara Salvatrucha'], kind: AG, countryCode: 'SV', anaphor: 'group' },
];

export const ORG_BY_SLUG = new Map(ORGS.map((o) => [o.slug, o]));
const ORG_SURFACE = new Map<string, OrgDef>();
for (const o of ORGS) {
  for (const s of [o.name, ...o.aliases]) ORG_SURFACE.set(s, o);
}
// "IS" and "WHO" are ordinary words in capitalised headlines; require them exactly and
// reject them in the matcher when the context is sentence-like (see mentions.ts).
export const CASE_SENSITIVE_SHORT = new Set(['IS', 'WHO', 'AU', 'Quad', 'Wagner', 'AES', 'RSF']);

export const ORG_RE = new RegExp(phraseRegexSource(ORG_SURFACE.keys()), 'gu');
export function lookupOrg(surface: string): OrgDef | null {
  return ORG_SURFACE.get(surface) ?? null;
}

// ---- Ministries -------------------------------------------------------------------------

export interface MinistryDef {
  key: string;
  /** Canonical name head: "Ministry of Foreign Affairs". */
  name: string;
  /** Default country when the phrase names a specific national body ("State Department"). */
  defaultCountry?: string;
}

export const MINISTRY_KINDS: Record<string, MinistryDef> = {
  'foreign-affairs': { key: 'foreign-affairs', name: 'Ministry of Foreign Affairs' },
  defence: { key: 'defence', name: 'Ministry of Defence' },
  interior: { key: 'interior', name: 'Ministry of Interior' },
  finance: { key: 'finance', name: 'Ministry of Finance' },
  justice: { key: 'justice', name: 'Ministry of Justice' },
  economy: { key: 'economy', name: 'Ministry of Economy' },
  trade: { key: 'trade', name: 'Ministry of Trade' },
  health: { key: 'health', name: 'Ministry of Health' },
  energy: { key: 'energy', name: 'Ministry of Energy' },
  education: { key: 'education', name: 'Ministry of Education' },
  agriculture: { key: 'agriculture', name: 'Ministry of Agriculture' },
  'state-security': { key: 'state-security', name: 'Ministry of State Security' },
};

const FIELD: [RegExp, string][] = [
  [/^(?:foreign|external)(?: affairs)?$/i, 'foreign-affairs'],
  [/^defen[cs]e$/i, 'defence'],
  [/^(?:interior|internal affairs|home affairs)$/i, 'interior'],
  [/^(?:finance|treasury)$/i, 'finance'],
  [/^justice$/i, 'justice'],
  [/^(?:economy|economic affairs|economic development)$/i, 'economy'],
  [/^(?:trade|commerce|trade and industry)$/i, 'trade'],
  [/^health$/i, 'health'],
  [/^energy$/i, 'energy'],
  [/^education$/i, 'education'],
  [/^agriculture$/i, 'agriculture'],
  [/^state security$/i, 'state-security'],
];
export function ministryKey(field: string): string | null {
  for (const [re, k] of FIELD) if (re.test(field.trim())) return k;
  return null;
}

const F = '(Foreign Affairs|Foreign|External Affairs|Defen[cs]e|Interior|Internal Affairs|Home Affairs|Finance|Justice|Economy|Economic Affairs|Trade|Commerce|Health|Energy|Education|Agriculture|State Security)';
/** The same fields as news often writes them, in lower case: "Russia's defence ministry". */
// A sentence may open with one: "Foreign ministry spokesman X said".
const F_LOWER = '((?:[Ff]oreign|[Ee]xternal|[Hh]ome) affairs|[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Jj]ustice|[Ee]conomy|[Tt]rade|[Cc]ommerce|[Hh]ealth|[Ee]nergy)';
/**
 * "Foreign Ministry", "Ministry of Foreign Affairs", "Defense Department", "the foreign ministry", ...;
 * group 1, 2 or 3 is the field. A lower-case one counts after "the", a possessive or a name (`LOWER_MINISTRY_BEFORE`).
 */
// The look-ahead names the letters a match opens with, so the look-behind is not tried at every position.
export const MINISTRY_RE = new RegExp(
  `(?=[ACDEFHIJMSTcdefhijt])(?<![\\p{L}])(?:${F} (?:Ministry|Ministries|Department)|(?:Ministry|Department) of (?:the )?${F}|${F_LOWER} ministry)(?![\\p{L}])`,
  'gu',
);
export const LOWER_MINISTRY_BEFORE = /(?:\b(?:the|The)|[\p{L}.]+['’]s|\b[A-Z]\p{L}+)\s$|(?:^|[.!?"]\s+|\n\s*)$/u;
/** National bodies whose name already says which country they belong to (each literal first, its look-behind after: a look-behind first is tried at every position of the text). */
export const NAMED_MINISTRIES: [RegExp, string, string][] = [
  [/State Department(?<!\p{L}State Department)(?![\p{L}])/gu, 'foreign-affairs', 'US'],
  [/Department of State(?<!\p{L}Department of State)(?![\p{L}])/gu, 'foreign-affairs', 'US'],
  [/Pentagon(?<!\p{L}Pentagon)(?![\p{L}])/gu, 'defence', 'US'],
  [/(?:Treasury Department|Department of the Treasury|U\.S\. Treasury|US Treasury)(?![\p{L}])/gu, 'finance', 'US'],
  [/Foreign(?<!\p{L}Foreign)(?:, Commonwealth and Development)? Office(?![\p{L}])/gu, 'foreign-affairs', 'GB'],
  [/Home Office(?<!\p{L}Home Office)(?![\p{L}])/gu, 'interior', 'GB'],
  [/Quai d'Orsay(?<!\p{L}Quai d'Orsay)(?![\p{L}])/gu, 'foreign-affairs', 'FR'],
  // "the Treasury imposed sanctions": the country of the sentence, else the United States'.
  [/Treasury(?<=\b[Tt]he\sTreasury)(?![\p{L}])(?!\s+(?:Department|Secretary|secretary|bonds?|yields?))/gu, 'finance', ''],
];
