// Titles and name forms of officials: the title gazetteer ("Foreign Minister", "Minister of
// Foreign Affairs", "envoy"), the shape of a person's name and the words that end one.
import { lookupCountry } from './countries.ts';
import { lookupOrg } from './organizations.ts';
import { escapeRegex } from './text.ts';

/** Either capitalisation of each word, hyphenated parts too: "Secretary-General" and "secretary-general". */
function ci(phrase: string): string {
  const word = (w: string) => {
    const c = w[0];
    return c && /\p{L}/u.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]${escapeRegex(w.slice(1))}` : escapeRegex(w);
  };
  return phrase
    .split(' ')
    .map((w) => w.split('-').map(word).join('-'))
    .join('\\s+');
}

// Normalised title -> surface variants. Order matters only for readability: the regex
// is sorted longest first.
const TITLES: [string, string[]][] = [
  // Spelling variants of one office are kept as the text writes them ("Premier" is China's
  // title, "Secretary General" NATO's usage): only synonyms of another form are merged.
  ['Prime Minister', ['Prime Minister', 'PM']],
  ['Premier', ['Premier']],
  ['Deputy Prime Minister', ['Deputy Prime Minister']],
  ['President', ['President']],
  ['Vice President', ['Vice President', 'Vice-President']],
  ['Foreign Minister', ['Foreign Minister', 'Minister of Foreign Affairs', 'Foreign Affairs Minister', 'Minister for Foreign Affairs', 'External Affairs Minister']],
  ['Deputy Foreign Minister', ['Deputy Foreign Minister']],
  ['Vice Foreign Minister', ['Vice Foreign Minister']],
  ['Defence Minister', ['Defence Minister', 'Defense Minister', 'Minister of Defence', 'Minister of Defense']],
  ['Interior Minister', ['Interior Minister', 'Minister of Interior', 'Minister of the Interior']],
  ['Finance Minister', ['Finance Minister', 'Minister of Finance']],
  ['Economy Minister', ['Economy Minister', 'Minister of Economy']],
  ['Trade Minister', ['Trade Minister', 'Minister of Trade']],
  ['Justice Minister', ['Justice Minister', 'Minister of Justice']],
  ['Energy Minister', ['Energy Minister', 'Minister of Energy']],
  ['Health Minister', ['Health Minister', 'Minister of Health']],
  ['Minister', ['Minister']],
  ['Secretary of State', ['Secretary of State']],
  ['Secretary-General', ['Secretary-General']],
  ['Secretary General', ['Secretary General']],
  ['Secretary', ['Secretary']],
  ['Foreign Secretary', ['Foreign Secretary']],
  ['Home Secretary', ['Home Secretary']],
  ['Defense Secretary', ['Defense Secretary', 'Defence Secretary', 'Secretary of Defense']],
  ['Treasury Secretary', ['Treasury Secretary', 'Secretary of the Treasury']],
  ['National Security Adviser', ['National Security Adviser', 'National Security Advisor']],
  ['Chancellor', ['Chancellor']],
  ['King', ['King']],
  ['Queen', ['Queen']],
  ['Crown Prince', ['Crown Prince']],
  ['Emir', ['Emir']],
  ['Sultan', ['Sultan']],
  ['Supreme Leader', ['Supreme Leader']],
  ['Ambassador', ['Ambassador']],
  // An envoy is not always an ambassador ("U.S. envoy Steve Witkoff").
  ['Envoy', ['Envoy']],
  ['Special Envoy', ['Special Envoy']],
  ['Spokesman', ['Spokesman']],
  ['Spokeswoman', ['Spokeswoman']],
  ['Spokesperson', ['Spokesperson']],
  ['General', ['General', 'Gen.']],
  ['Colonel', ['Colonel', 'Col.']],
  ['Director General', ['Director General']],
  ['Director-General', ['Director-General']],
  ['Foreign Policy Chief', ['Foreign Policy Chief']],
  ['Top Diplomat', ['Top Diplomat']],
  ['Chief Negotiator', ['Chief Negotiator']],
  ['Senior Adviser', ['Senior Adviser', 'Senior Advisor']],
  ['Adviser', ['Adviser', 'Advisor']],
  ['Aide', ['Aide']],
  ['Leader', ['Leader']],
  ['Ruler', ['Ruler']],
  ['Head', ['Head']],
  ['Commander', ['Commander']],
  ['Speaker', ['Speaker']],
  ['Governor', ['Governor']],
  ['Counterpart', ['Counterpart']],
  ['Taoiseach', ['Taoiseach']],
  ['Tánaiste', ['Tánaiste', 'Tanaiste']],
  ['Mayor', ['Mayor']],
  ['Chief of the General Staff', ['Chief of the General Staff', 'Chief of General Staff']],
  ['High Commissioner', ['High Commissioner']],
  ['High Representative', ['High Representative']],
  ['Consul General', ['Consul General', 'Consul-General']],
  ["Chargé d'Affaires", ["Chargé d'affaires", "Charge d'affaires", "Chargé d'Affaires", "Charge d'Affaires"]],
  ['Deputy Chairman', ['Deputy Chairman']],
  ['Chairman', ['Chairman', 'Chairwoman']],
  ['Chairperson', ['Chairperson']],
  ['Managing Director', ['Managing Director']],
  ['Commissioner-General', ['Commissioner-General', 'Commissioner General']],
  ['Commander-in-Chief', ['Commander-in-Chief', 'Commander in Chief']],
  ['Senior General', ['Senior General']],
  ['Lieutenant General', ['Lieutenant General', 'Lt. Gen.', 'Lt Gen']],
  ['Major General', ['Major General', 'Maj. Gen.']],
  ['Admiral', ['Admiral', 'Adm.']],
  ['Deputy Minister', ['Deputy Minister']],
  ['State Secretary', ['State Secretary']],
  ['Deputy Secretary of State', ['Deputy Secretary of State']],
  ['Under Secretary', ['Under Secretary', 'Undersecretary', 'Under-Secretary']],
  ['Under-Secretary-General', ['Under-Secretary-General', 'Under Secretary-General', 'Under Secretary General']],
  ['Assistant Secretary-General', ['Assistant Secretary-General', 'Assistant Secretary General']],
  // Only with a body or a state before it ("IAEA chief X", "the UN's humanitarian chief, X"): see titleSite.
  ['Chief', ['Chief']],
  // Only in an apposition ("X, a senior State Department official,"): see readTitles.
  ['Official', ['Official']],
  ['Permanent Representative', ['Permanent Representative']],
  // Only with a modifier: "Taiwan's representative in Washington", "U.S. Trade Representative X".
  ['Representative', ['Representative']],
  ['Chief of Staff', ['Chief of Staff']],
  // Only with a modifier ("a Russian diplomat, X") or for an envoy told before ("the diplomat, X"): see readTitles.
  ['Diplomat', ['Diplomat']],
  // "Pakistan's army chief, Field Marshal Asim Munir" (a bare "chief" is too often no office: not read).
  ['Army Chief', ['Army Chief', 'Army Chief of Staff']],
  ['Intelligence Chief', ['Intelligence Chief', 'Spy Chief']],
  ['Field Marshal', ['Field Marshal']],
  ['Press Secretary', ['Press Secretary']],
  ['Senator', ['Senator', 'Sen.']],
  ['Congressman', ['Congressman']],
  ['Congresswoman', ['Congresswoman']],
  ['Commissioner', ['Commissioner']],
  ['Vice Premier', ['Vice Premier']],
  ['Chief Cabinet Secretary', ['Chief Cabinet Secretary']],
  ['Prime Cabinet Secretary', ['Prime Cabinet Secretary']],
  ['Emperor', ['Emperor']],
  ['Cabinet Secretary', ['Cabinet Secretary']],
  ['Prosecutor', ['Prosecutor', 'Chief Prosecutor']],
  ['Special Rapporteur', ['Special Rapporteur']],
  ['Attorney General', ['Attorney General']],
  ['Foreign Policy Aide', ['Foreign Policy Aide']],
  ['Director of National Intelligence', ['Director of National Intelligence']],
  ['Federal Councillor', ['Federal Councillor', 'Federal Councilor']],
  ['Secretary of Foreign Affairs', ['Secretary of Foreign Affairs', 'Foreign Affairs Secretary']],
  ['Chief of the Defence Staff', ['Chief of the Defence Staff', 'Chief of Defence Staff', 'Chief of the Defense Staff']],
  ['Assistant Secretary of State', ['Assistant Secretary of State']],
  // Only with a modifier: "CIA Director X" (a bare "director" is too often a company's).
  ['Director', ['Director']],
  ['Foreign Affairs Adviser', ['Foreign Affairs Adviser', 'Foreign Policy Adviser']],
  ['Governor-General', ['Governor-General', 'Governor General']],
  ['Special Representative', ['Special Representative']],
  ['Special Coordinator', ['Special Coordinator']],
  // Only with a modifier: "the EU coordinator of the talks, X" (a bare "coordinator" is too often a campaign's).
  ['Coordinator', ['Coordinator']],
  ['Ambassador-at-Large', ['Ambassador-at-Large', 'Ambassador at Large']],
  ['Chief Justice', ['Chief Justice']],
  ['State Counsellor', ['State Counsellor', 'State Counselor']],
  // "the deputy chief of mission": the qualifier is read apart.
  ['Chief of Mission', ['Chief of Mission']],
  ['Grand Duke', ['Grand Duke']],
  ['Grand Duchess', ['Grand Duchess']],
  ['Minister-President', ['Minister-President']],
  ['Chancellor of the Exchequer', ['Chancellor of the Exchequer']],
  ['Secretary of Homeland Security', ['Secretary of Homeland Security', 'Homeland Security Secretary']],
  ['Commerce Secretary', ['Commerce Secretary', 'Secretary of Commerce']],
  ['Minister Delegate', ['Minister Delegate']],
  ['Air Chief Marshal', ['Air Chief Marshal']],
];
/** Offices only one state has: their state when the text names none for the person. */
export const TITLE_HOME = new Map<string, string>([
  ['Taoiseach', 'IE'], ['Tánaiste', 'IE'], ['Chancellor of the Exchequer', 'GB'], ['Secretary of Homeland Security', 'US'],
  ['Director of National Intelligence', 'US'], ['Chief Cabinet Secretary', 'JP'], ['Prime Cabinet Secretary', 'KE'], ['Federal Councillor', 'CH'],
  // Offices under these names only Washington has ("Britain's foreign secretary", "the Vatican secretary of state" name their state).
  ['Secretary of State', 'US'], ['Deputy Secretary of State', 'US'], ['Assistant Secretary of State', 'US'], ['Treasury Secretary', 'US'], ['Commerce Secretary', 'US'],
  ['Home Secretary', 'GB'],
]);
/** Titles of international bodies' officers: their country is none, their body the one at hand. */
export const BODY_TITLES = new Set(['Secretary-General', 'Secretary General', 'Director General', 'Director-General', 'High Representative', 'Permanent Representative', 'Under-Secretary-General', 'Assistant Secretary-General', 'Commissioner-General', 'Managing Director', 'Special Coordinator']);
/** Titles read only with a modifier (a body or a state) or in an apposition: alone they are too often no office. */
export const MODIFIED_ONLY_TITLES = new Set(['Chief', 'Official', 'Managing Director', 'Representative', 'Director', 'Coordinator', 'Diplomat']);
export const TITLE_NORM = new Map<string, string>();
const titleAlts: string[] = [];
for (const [norm, surfaces] of TITLES) {
  for (const s of surfaces) {
    TITLE_NORM.set(s.toLowerCase().replace(/\s+/g, ' '), norm);
    titleAlts.push(s);
  }
}
titleAlts.sort((a, b) => b.length - a.length);
// Up to two: "first deputy permanent representative", "former deputy prime minister".
const QUAL = '(?:(?:(?:[Nn]ewly[ -](?:appointed|elected|named)|[Nn]ew|[Ff]ormer|[Ii]nterim|[Aa]cting|[Dd]eputy|[Cc]aretaker|[Oo]usted|[Dd]eposed|[Cc]urrent|[Oo]utgoing|[Ii]ncoming|[Ff]irst|[Dd]esignated)\\s+){1,2}|(?:[Tt]hen|[Ee]x)-)?';
// "minister of state for regional integration": a free-form ministerial title.
// Its field: a first word of any case, then field nouns ("Foreign Affairs", "regional integration"),
// words after "and" ("Europe and foreign affairs"), or a capitalised word closing the title before a
// comma ("for the Middle East, X"): never a name or a verb after it ("minister of trade met").
const FIELD_WORD = "(?:(?:[Aa]ffairs|[Rr]elations|[Cc]ooperation|[Dd]evelopment|[Ii]ntegration|[Ss]ecurity|[Tt]rade|[Ii]ndustry|[Pp]olicy|[Mm]inistry)(?!\\p{L})|\\p{Lu}\\p{L}+(?=,))";
const FREE_MINISTER = `[Mm]inister\\s+(?:of|for)\\s+(?:[Ss]tate\\s+(?:for|at)\\s+)?(?:the\\s+)?\\p{L}+(?:\\s+${FIELD_WORD}|\\s+and\\s+\\p{L}+){0,3}`;
// "President-elect Donald Trump", "Prime Minister-designate X": group 3.
// The letters a title can open with, looked at before the look-behind (which alone would run at every position).
const TITLE_FIRST = [...new Set(['NnFfIiAaDdCcOoTtEeMm', ...titleAlts.map((t) => t[0]!)].join('').split('').flatMap((c) => [c.toUpperCase(), c.toLowerCase()]))].map(escapeRegex).join('');
export const TITLE_RE = new RegExp(`(?=[${TITLE_FIRST}])(?<![\\p{L}]|\\p{L}-)(${QUAL})(${FREE_MINISTER}|${titleAlts.map(ci).join('|')})(-(?:elect|designate))?(?![\\p{L}]|-\\p{L})`, 'gu');

export const NAME_TOKEN = "(?:(?:al|el|ad|ash|as|an|ul|Al|El)-)?\\p{Lu}[\\p{L}'’-]*";
export const PARTICLE = '(?:bin|bint|ibn|al|el|de|da|di|du|van|von|der|den|le|la|dos|del|Al)';
// Given names written as initials or abbreviated: "S. Jaishankar", "J.D. Vance", "Ma. Theresa Lazaro".
export const INITIALS = '(?:\\p{Lu}\\p{Ll}?\\.\\s?){1,2}(?=\\p{Lu}\\p{Ll})';
/** A name that opens with initials: its slug is the name as written, not a register's full form. */
export const INITIALS_START = new RegExp(`^${INITIALS}`, 'u');
// A middle initial may come between the words: "Antony J. Blinken".
export const NAME_RE = new RegExp(`^((?:${INITIALS})?${NAME_TOKEN}(?:\\s(?:${PARTICLE}\\s|\\p{Lu}\\.\\s)*${NAME_TOKEN}){0,4})`, 'u');
const HONORIFIC = /^(?:Sheikh|Sheik|Colonel-Major|Colonel|Col\.|General|Gen\.|Captain|Capt\.|Brigadier General|Brigadier|Lieutenant Colonel|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Ayatollah|Mullah|Lieutenant|Major|Field Marshal|Sir|Dame|Prince|Princess|Cardinal)\s+/;
export const NAME_STOP = new Set(
  (
    'The A An In On At Of For And But Or He She It They This That These Those His Her Their Its Who Which When After Before ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April July August September ' +
    'October November December Ministry Council Assembly Command Department Party Front Union Nations Court Agency Bank ' +
    'Organization Organisation Group House Parliament Congress Office Forces Army Guard Republic Kingdom States Summit ' +
    'Administration Government University Airport Said Says Told Also Foreign Minister President Secretary Prime Security ' +
    'National Central Committee Movement Commission Islamic Affairs As If Despite Meanwhile Following Amid ' +
    'Staff Cartel Cartels Navy Airlines Airways News Times Post Radio Television Company Corporation Institute Foundation'
  ).split(' '),
);

function isNameWord(t: string): boolean {
  const bare = t.replace(/['’]s$/, '');
  return /^\p{Lu}\p{Ll}/u.test(bare) && !NAME_STOP.has(bare) && !lookupCountry(bare) && !lookupOrg(bare);
}

export function cleanName(raw: string): { name: string; honorific: string | null } | null {
  // "Retired General Keith Kellogg", "The late President X": a description before the name is no part of it.
  let name = raw.trim().replace(/^(?:Retired|Late|Veteran|Former|Ousted|Exiled|Jailed)\s+(?=\p{Lu})/u, '');
  let honorific: string | null = null;
  const h = HONORIFIC.exec(name);
  // "Sheikh Hasina": a one-word rest keeps "Sheikh" as part of the name.
  if (h && !(/^Sheikh?\s/.test(h[0]) && !/\s/.test(name.slice(h[0].length).trim()))) {
    honorific = h[0].trim();
    name = name.slice(h[0].length);
  }
  const toks = name.split(/\s+/);
  // A title written into the name ("Ambassador Mike Waltz, the U.S. ambassador") is not part of it.
  // Also a title of several words: "Myanmar's commander-in-chief, Senior General Min Aung Hlaing".
  for (let n = 3; n >= 1; n--) {
    while (toks.length > n + 1 && TITLE_NORM.has(toks.slice(0, n).join(' ').toLowerCase())) toks.splice(0, n);
  }
  // A middle initial is no part of the name's key: "Antony J. Blinken" is Antony Blinken.
  for (let i = toks.length - 2; i >= 1; i--) if (/^\p{Lu}\.$/u.test(toks[i]!)) toks.splice(i, 1);
  const kept: string[] = [];
  for (const [i, t] of toks.entries()) {
    const bare = t.replace(/['’]s$/, '');
    // A country word opening a longer name is a given name: "Foreign Minister Israel Katz".
    // "Said Moussi": the verb is also a given name.
    const givenName = i === 0 && bare === t && toks.length > 1 && ((lookupCountry(bare)?.ambiguous && !NAME_STOP.has(bare)) || (bare === 'He' && toks.length === 2) || bare === 'Said') && isNameWord(toks[1]!);
    // A one-word group name closing a longer name is a surname: "Thérèse Kayikwamba Wagner".
    const surname = i >= 2 && i === toks.length - 1 && bare === t && /^\p{Lu}\p{Ll}+$/u.test(bare) && !!lookupOrg(bare) && !lookupCountry(bare) && !NAME_STOP.has(bare);
    // A country's name closing a given name is a surname: "Prime Minister Luís Montenegro".
    const countrySurname = i >= 1 && i === toks.length - 1 && bare === t && kept.length === i && lookupCountry(bare)?.via === 'name' && !NAME_STOP.has(bare) && !lookupOrg(bare) && isNameWord(toks[i - 1]!) && !lookupCountry(toks[i - 1]!);
    if (!givenName && !surname && !countrySurname && (NAME_STOP.has(bare) || lookupCountry(bare) || lookupOrg(bare))) break;
    kept.push(bare);
    if (bare !== t) break; // possessive ends the name
  }
  while (kept.length && /^(?:bin|bint|ibn|al|el|de|da|van|von|der|le|la|Al)$/.test(kept[kept.length - 1]!)) kept.pop();
  if (!kept.length) return null;
  const out = kept.join(' ');
  if (out.length < 2 || /^\p{Lu}\.?$/u.test(out)) return null;
  return { name: out, honorific };
}

