// Step 1: find triggers. Each pattern of the catalog is matched over the whole text; hits are
// bucketed by sentence, an earlier pattern winning an overlap (unless a pattern may overlap
// one of another type). Every pattern starts with one of a few stems, read from its source
// (stemsOf): a word ("condemn", "summon", "is " of "is\s+in") or a symbol ('"' of a quotation,
// "$" of an amount). It is tried only where one of its stems begins, found in one pass over
// the article's words and symbols (triggerCandidates), instead of at every position of the
// text; tests/ingest/triggers.test.ts keeps every pattern so.
import type { Sentence } from '../sentences.ts';
import { TRIGGERS, type Trigger } from './catalog.ts';

export interface Hit {
  t: Trigger;
  start: number;
  end: number;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = src.indexOf(']', i + 1);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** `src` split at its top-level `|`. */
function branches(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = Math.max(i, src.indexOf(']', i + 1));
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/**
 * Normalised code of a character, for stems and for the index: ASCII letters lower-cased (the
 * Kelvin sign as "k", which the `i` flag lets match it), every character `\s` matches as a
 * space, others as they are (NaN, past the text's end, stays NaN).
 */
function normCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 32 || (c >= 9 && c <= 13)) return 32;
  if (c < 128) return c;
  if (c === 0x212a) return 107;
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return 32;
  return c;
}

/** Ends a stem: what follows is not certain. */
const STOP = '\0';

type Atom = { kind: 'chars'; chars: string[] } | { kind: 'group'; alts: string[] } | { kind: 'ahead'; alts: string[] } | { kind: 'skip' } | { kind: 'stop' };

/**
 * A literal character as a stem holds it: ASCII (letters lower-cased), or a punctuation mark
 * or symbol without case ("€", "“"); null for others (a letter "é" may match "É").
 */
function literal(c: string): string | null {
  const code = c.charCodeAt(0);
  if (code < 128) return String.fromCharCode(normCode(code));
  return /^[\p{P}\p{S}]$/u.test(c) && c.toUpperCase() === c && c.toLowerCase() === c ? c : null;
}

/** A stem character the index finds by itself: neither a letter, a digit nor a space. */
const SYMBOL = /[^a-z0-9 ]/;

/** `\x` (x: the character after the backslash) as one character of a stem, or null when it stands for many. */
function escaped(c: string): string | null {
  if (c === 's' || c === 'n' || c === 't' || c === 'r' || c === 'f' || c === 'v') return ' ';
  return /[A-Za-z0-9]/.test(c) ? null : literal(c);
}

/** The characters of a class ("[Ww]", "[sz]", "[-\s]") as a stem holds them; null for a negated class, a range or a class escape. */
function classChars(body: string): string[] | null {
  if (body.startsWith('^')) return null;
  const out = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    let c: string | null = body[i]!;
    if (c === '\\') c = escaped(body[++i] ?? 'd');
    else if (c === '-' && i > 0 && i < body.length - 1) return null;
    else c = literal(c);
    if (c === null) return null;
    out.add(c);
  }
  return out.size ? [...out] : null;
}

/** The element of a pattern that `s` starts with, and its length. */
function atomAt(s: string): { atom: Atom; len: number } {
  const c = s[0]!;
  if (c === STOP || c === '.' || c === '^' || c === '$' || c === '|' || c === ')') return { atom: { kind: 'stop' }, len: 1 };
  if (c === '\\') {
    const e = s[1] ?? '';
    if (e === 'b' || e === 'B') return { atom: { kind: 'skip' }, len: 2 };
    const ch = escaped(e);
    return { atom: ch === null ? { kind: 'stop' } : { kind: 'chars', chars: [ch] }, len: 2 };
  }
  if (c === '[') {
    let end = 1;
    while (end < s.length && s[end] !== ']') end += s[end] === '\\' ? 2 : 1;
    const chars = end < s.length ? classChars(s.slice(1, end)) : null;
    return { atom: chars ? { kind: 'chars', chars } : { kind: 'stop' }, len: end + 1 };
  }
  if (c === '(') {
    const end = closing(s, 0);
    if (end < 0) return { atom: { kind: 'stop' }, len: s.length };
    const head = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(s)![0];
    const alts = branches(s.slice(head.length, end));
    const kind = head === '(?=' ? 'ahead' : head === '(?!' || head === '(?<=' || head === '(?<!' ? 'skip' : 'group';
    return { atom: kind === 'skip' ? { kind } : { kind, alts }, len: end + 1 };
  }
  const ch = literal(c);
  return { atom: ch === null ? { kind: 'stop' } : { kind: 'chars', chars: [ch] }, len: 1 };
}

/** The quantifier at `s[i]` ("?", "*", "+", "{2,5}", each maybe lazy): its bounds and length; none is {1, 1}. */
function quantAt(s: string, i: number): { min: number; max: number; len: number } {
  const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(s.slice(i));
  if (!q) return { min: 1, max: 1, len: 0 };
  if (q[1]) return { min: q[1] === '+' ? 1 : 0, max: q[1] === '?' ? 1 : Infinity, len: q[0].length };
  const min = Number(q[2]);
  return { min, max: q[3] ? (q[4] ? Number(q[4]) : Infinity) : min, len: q[0].length };
}

/** The stems of every branch, or null when one has none. */
function union(parts: (string[] | null)[]): string[] | null {
  const out = new Set<string>();
  for (const p of parts) {
    if (!p) return null;
    for (const x of p) out.add(x);
  }
  return [...out];
}

/**
 * The stems (normalised as normCode does, 3 characters or more) one of which every match of
 * `s` starts with once `prefix` has matched, or null. Certain characters extend a stem; an
 * alternative, a class of several characters or an optional element branches it while it is
 * shorter than 3 characters and ends it after that; zero-width assertions are skipped, but a
 * lookahead ("in(?=\s+...)") tells what follows; anything else (\S, ".", a range) ends it.
 */
function stemsFrom(prefix: string, s: string, enough: (stem: string) => boolean): string[] | null {
  const done = enough(prefix) ? [prefix] : null;
  if (s === '' || prefix.length >= 24) return done;
  const { atom, len } = atomAt(s);
  const q = quantAt(s, len);
  const rest = s.slice(len + q.len);
  if (atom.kind === 'stop') return done;
  if (atom.kind === 'skip' || q.max === 0) return stemsFrom(prefix, rest, enough);
  if (atom.kind === 'ahead') return (q.min > 0 ? union(atom.alts.map((a) => stemsFrom(prefix, a + STOP, enough))) : null) ?? stemsFrom(prefix, rest, enough);
  const once = (next: string): [string, string][] => (atom.kind === 'chars' ? atom.chars.map((c) => [prefix + c, next]) : atom.alts.map((a) => [prefix, a + next]));
  const more = q.max > 1 ? STOP : rest;
  const options = q.min === 0 ? [...once(more), [prefix, rest] as [string, string]] : once(more);
  if (done && options.length > 1) return done;
  return union(options.map(([p, n]) => stemsFrom(p, n, enough)));
}

/**
 * A stem of a pattern: `text` (normalised, see normCode) is how a match starts. A word stem
 * (its branch starts with `\b`, it with a letter; `at` 0) is found where a word starts; a
 * symbol stem (its branch has no `\b`: '"' of a quotation, "$" or "us$" of an amount) by its
 * first symbol (see SYMBOL), `at` characters into it.
 */
export interface Stem {
  text: string;
  at: number;
}

/**
 * The stems one of which every match of the pattern starts with (see Stem and stemsFrom);
 * null when some branch has none: one with `\b` whose start is no word stem of 3 characters
 * or more, one without `\b` whose start holds no symbol. Patterns with both the `i` and `u`
 * flags get none (there "ſ" matches "s", and the index holds ASCII words only).
 */
export function stemsOf(src: string, flags = ''): Stem[] | null {
  if (flags.includes('i') && /[uv]/.test(flags)) return null;
  const out = new Map<string, Stem>();
  for (const branch of branches(src)) {
    const word = branch.startsWith('\\b');
    const stems = word ? stemsFrom('', branch.slice(2), (x) => x.length >= 3) : stemsFrom('', branch, (x) => SYMBOL.test(x));
    if (!stems) return null;
    for (const text of stems) {
      const at = word ? 0 : text.search(SYMBOL);
      if (word ? !/^[a-z]/.test(text) : at < 0) return null;
      out.set(`${at}:${text}`, { text, at });
    }
  }
  return [...out.values()];
}

/** Index key of the three characters at `i`, normalised (see normCode). */
const keyAt = (s: string, i: number) => (normCode(s.charCodeAt(i)) << 16) | (normCode(s.charCodeAt(i + 1)) << 8) | normCode(s.charCodeAt(i + 2));
/** Index key of a symbol (negative: apart from the words'). */
const symbolKey = (c: number) => -1 - c;

/** A stem of the trigger TRIGGERS[trigger]. */
interface Entry extends Stem {
  trigger: number;
}

/** Each trigger's sticky copy, tried at its candidates; null for one without stems (it runs over the whole text). */
const STICKY = TRIGGERS.map((t) => (stemsOf(t.re.source, t.re.flags) ? new RegExp(t.re.source, t.re.flags.replace('g', '') + 'y') : null));
const INDEX_OF = new Map(TRIGGERS.map((t, i) => [t, i]));

/** The stems of every trigger, by the key of a word's first three characters or of a symbol. */
const BY_KEY = new Map<number, Entry[]>();
/** Triggers with a stem that starts before its symbol ("us$"): their candidates may come out of order. */
const UNORDERED: number[] = [];
TRIGGERS.forEach((t, trigger) => {
  for (const stem of stemsOf(t.re.source, t.re.flags) ?? []) {
    const symbol = SYMBOL.test(stem.text[stem.at]!);
    const key = symbol ? symbolKey(stem.text.charCodeAt(stem.at)) : keyAt(stem.text, 0);
    const list = BY_KEY.get(key) ?? [];
    list.push({ ...stem, trigger });
    BY_KEY.set(key, list);
    if (stem.at > 0 && !UNORDERED.includes(trigger)) UNORDERED.push(trigger);
  }
});
/** Symbols some stem is found by (ASCII ones in a table, for the pass over the text). */
const SYMBOL_CODES = new Set([...BY_KEY.keys()].filter((k) => k < 0).map((k) => -1 - k));
const ASCII_SYMBOLS = new Uint8Array(128).map((_, c) => (SYMBOL_CODES.has(c) ? 1 : 0));

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The characters at `i`, normalised, are `stem`'s (see normCode), without the copies. */
function stemAt(text: string, i: number, stem: string): boolean {
  if (i < 0 || i + stem.length > text.length) return false;
  for (let k = 0; k < stem.length; k++) if (normCode(text.charCodeAt(i + k)) !== stem.charCodeAt(k)) return false;
  return true;
}

/** Adds to `out` the starts of the stems in `entries` that begin at (or `at` before) offset `i`. */
function collect(out: (number[] | undefined)[], text: string, entries: Entry[], i: number): void {
  for (const e of entries) {
    const start = i - e.at;
    if (!stemAt(text, start, e.text)) continue;
    const list = out[e.trigger];
    if (!list) out[e.trigger] = [start];
    else if (list[list.length - 1] !== start) list.push(start);
  }
}

/**
 * Where a match of each trigger may start (by its index in TRIGGERS; none where no stem of it
 * occurs), in order: one pass over the characters, looking up each word (a run of ASCII
 * letters, as /[A-Za-z]+/g finds them) by its first three characters normalised ("is " of
 * "is\s+in" too) and each symbol some symbol stem needs, without a match object or a string
 * per word.
 */
export function triggerCandidates(text: string): (number[] | undefined)[] {
  const out = new Array<number[] | undefined>(TRIGGERS.length);
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) {
      if (c < 128 ? ASCII_SYMBOLS[c] : SYMBOL_CODES.has(c)) collect(out, text, BY_KEY.get(symbolKey(c))!, i);
      i++;
      continue;
    }
    const entries = BY_KEY.get(keyAt(text, i));
    if (entries) collect(out, text, entries, i);
    let j = i + 1;
    while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
    i = j;
  }
  for (const k of UNORDERED) out[k]?.sort((a, b) => a - b);
  return out;
}

/** Matches of `t` in `text`, as its global pattern finds them (`candidates`: triggerCandidates(text)). */
export function matchesOf(t: Trigger, text: string, candidates: (number[] | undefined)[]): { index: number; 0: string }[] {
  const k = INDEX_OF.get(t)!;
  const sticky = STICKY[k];
  if (!sticky) {
    t.re.lastIndex = 0;
    return [...text.matchAll(t.re)];
  }
  const at = candidates[k];
  const out: { index: number; 0: string }[] = [];
  if (!at) return out;
  let after = 0;
  for (const i of at) {
    if (i < after) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    after = i + Math.max(1, m[0].length);
    out.push(m);
  }
  return out;
}

export function findTriggers(text: string, sentences: Sentence[]): Map<Sentence, Hit[]> {
  const bySentence = new Map<Sentence, Hit[]>();
  const starts = sentences.map((x) => x.start);
  const candidates = triggerCandidates(text);
  for (const t of TRIGGERS) {
    for (const m of matchesOf(t, text, candidates)) {
      const start = m.index;
      const end = start + m[0].length;
      if (t.guard && !t.guard.test(m[0])) continue;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= start) lo = mid;
        else hi = mid - 1;
      }
      const sent = sentences[lo];
      if (!sent || start < sent.start || end > sent.end) continue;
      const list = bySentence.get(sent) ?? [];
      if (list.some((h) => h.start < end && start < h.end && (h.t.type === t.type || !(t.overlaps || h.t.overlaps)))) continue;
      list.push({ t, start, end });
      bySentence.set(sent, list);
    }
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  return bySentence;
}
