// Sentence splitting with exact offsets into the original text.

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Tokens that end with a period without ending the sentence.
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'gov',
    'sen', 'rep', 'st', 'jr', 'sr', 'vs', 'etc', 'no', 'nos', 'fig', 'approx', 'inc', 'ltd', 'co',
    'corp', 'dept', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
    'nov', 'dec', 'mt', 'ft', 'pres', 'amb', 'sheikh', 'rev', 'hon', 'messrs', 'al', 'vol', 'pp',
    // "Ma." (Maria) as a given name: "Undersecretary Ma. Theresa Lazaro".
    'ma',
  ],
);
// Dotted acronyms end a sentence only when a typical sentence opener follows.
const SENTENCE_OPENERS = new Set(
  [
    'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'In',
    'On', 'At', 'But', 'And', 'However', 'Meanwhile', 'Its', 'Their', 'His', 'Her', 'There', 'After',
    'Before', 'When', 'While', 'Although', 'As', 'Officials', 'Earlier', 'Later', 'Last', 'Since',
  ],
);

function isBoundary(text: string, dot: number, nextWordStart: number): boolean {
  const ch = text[dot];
  if (ch === '!' || ch === '?') return true;
  // The word before the period.
  let ws = dot;
  while (ws > 0 && /[\p{L}\p{N}.'’-]/u.test(text[ws - 1]!)) ws--;
  const word = text.slice(ws, dot);
  const next = /^[\p{L}\p{N}'"“‘(]+/u.exec(text.slice(nextWordStart, nextWordStart + 30))?.[0] ?? '';
  const nextClean = next.replace(/^["“‘(]+/, '');
  if (!/^[\p{Lu}\p{N}"“‘(]/u.test(next)) return false; // lower-case continuation
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Single initial ("J. Smith") or dotted acronym ("U.S.", "a.m.").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENERS.has(nextClean);
  return true;
}

/** Splits `text` into sentences; every sentence equals text.slice(start, end). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // Lines of a cleaned body are paragraphs or headings.
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Decimals and dotted tokens inside words are not boundaries.
    let j = i + 1;
    while (j < n && /[.!?]/.test(text[j]!)) j++;
    while (j < n && /["”’')\]»]/.test(text[j]!)) j++;
    if (j < n && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= n || text[k] === '\n') {
      push(start, j);
      start = j;
      i = j - 1;
      continue;
    }
    if (isBoundary(text, i, k)) {
      push(start, j);
      start = j;
      i = j - 1;
    }
  }
  push(start, n);
  return out;
}
