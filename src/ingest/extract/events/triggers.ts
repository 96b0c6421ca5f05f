// Step 1: find triggers. Each pattern of the catalog is matched over the whole text; hits are
// bucketed by sentence, an earlier pattern winning an overlap (unless a pattern may overlap
// one of another type). Most patterns start with one of a few word stems ("condemn",
// "summon"): those are tried only where a word starting with a stem begins, found from one
// index of the article's words, instead of at every position of the text.
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

/** A character class of letters only ("[Ww]"): its letters; otherwise null. */
function letterClass(src: string): string[] | null {
  return /^[A-Za-z]+$/.test(src) ? [...src] : null;
}

/**
 * Lower-case stems (3 letters or more) one of which every match of `b` starts with (`b`: a
 * branch after its leading `\b`), or null. Short prefixes are spelled out through what
 * follows them: "br(?:eak|oke)" gives "break" and "broke", "(?:re)?admit" "readmit" and
 * "admit", "[Ww]elcom" "welcom".
 */
function stemsAfter(b: string): string[] | null {
  const m = /^[A-Za-z]*/.exec(b)![0];
  const next = b.slice(m.length);
  // A letter under a quantifier ("ties?") is not certain: drop it.
  if (/^[?*+{]/.test(next)) return m.length > 3 ? [m.slice(0, -1).toLowerCase()] : null;
  if (m.length >= 3) return [m.toLowerCase()];
  let alts: string[] | null = null;
  let rest = '';
  if (next.startsWith('[')) {
    const end = next.indexOf(']');
    alts = end < 0 ? null : letterClass(next.slice(1, end));
    rest = next.slice(end + 1);
  } else if (next.startsWith('(?:')) {
    const end = closing(next, 0);
    if (end < 0) return null;
    alts = branches(next.slice(3, end));
    rest = next.slice(end + 1);
    // A group that may be skipped ("(?:re)?admit"): the branch without it, too.
    if (rest.startsWith('?')) {
      rest = rest.slice(rest.startsWith('??') ? 2 : 1);
      alts.push('');
    }
  }
  if (!alts || /^[?*+{]/.test(rest)) return null;
  const out: string[] = [];
  for (const alt of alts) {
    const inner = stemsAfter(m + alt + rest);
    if (!inner) return null;
    out.push(...inner);
  }
  return out;
}

/**
 * Lower-case stems (3 letters or more) one of which every match of the pattern starts with,
 * at the start of a word; null when some branch does not start with a word stem.
 */
export function stemsOf(src: string): string[] | null {
  const out = new Set<string>();
  for (const branch of branches(src)) {
    if (!branch.startsWith('\\b')) return null;
    const stems = stemsAfter(branch.slice(2));
    if (!stems) return null;
    for (const x of stems) out.add(x);
  }
  return [...out];
}

interface Prepared {
  stems: { stem: string; key: number }[];
  sticky: RegExp;
}

/** Lower-case code of an ASCII letter (the Kelvin sign lower-cases to "k" too); others as they are. */
const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c === 0x212a ? 107 : c);
/** Index key of a word's first three characters, lower-cased. */
const keyAt = (s: string, i: number) => (lowerCode(s.charCodeAt(i)) << 16) | (lowerCode(s.charCodeAt(i + 1)) << 8) | lowerCode(s.charCodeAt(i + 2));

const PREPARED = new Map<Trigger, Prepared | null>(
  TRIGGERS.map((t) => {
    const stems = stemsOf(t.re.source);
    return [t, stems && { stems: stems.map((stem) => ({ stem, key: keyAt(stem, 0) })), sticky: new RegExp(t.re.source, t.re.flags.replace('g', '') + 'y') }];
  }),
);

/** Index keys some stem has: other words are left out of the index. */
const STEM_KEYS = new Set([...PREPARED.values()].flatMap((p) => p?.stems.map((x) => x.key) ?? []));

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Start offsets of the article's words (runs of three or more ASCII letters, as
 * /[A-Za-z]{3,}/g finds them) that begin as some stem does, by their first three letters: one pass over the characters,
 * without a match object or a string per word.
 */
function wordIndex(text: string): Map<number, number[]> {
  const index = new Map<number, number[]>();
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
    const key = j - i >= 3 ? keyAt(text, i) : -1;
    if (STEM_KEYS.has(key)) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
    i = j;
  }
  return index;
}

/** text.slice(i, i + stem.length).toLowerCase() === stem, for a lower-case ASCII stem, without the copies. */
function stemAt(text: string, i: number, stem: string): boolean {
  if (i + stem.length > text.length) return false;
  for (let k = 0; k < stem.length; k++) if (lowerCode(text.charCodeAt(i + k)) !== stem.charCodeAt(k)) return false;
  return true;
}

/** Matches of `t` in `text`, as its global pattern finds them. */
function matchesOf(t: Trigger, text: string, words: Map<number, number[]>): { index: number; 0: string }[] {
  const pre = PREPARED.get(t);
  if (!pre) {
    t.re.lastIndex = 0;
    return [...text.matchAll(t.re)];
  }
  const at: number[] = [];
  for (const { stem, key } of pre.stems) {
    const list = words.get(key);
    if (list) for (const i of list) if (stemAt(text, i, stem)) at.push(i);
  }
  at.sort((a, b) => a - b);
  const out: { index: number; 0: string }[] = [];
  let after = 0;
  for (const i of at) {
    if (i < after) continue;
    pre.sticky.lastIndex = i;
    const m = pre.sticky.exec(text);
    if (!m) continue;
    after = i + Math.max(1, m[0].length);
    out.push(m);
  }
  return out;
}

export function findTriggers(text: string, sentences: Sentence[]): Map<Sentence, Hit[]> {
  const bySentence = new Map<Sentence, Hit[]>();
  const starts = sentences.map((x) => x.start);
  const words = wordIndex(text);
  for (const t of TRIGGERS) {
    for (const m of matchesOf(t, text, words)) {
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
