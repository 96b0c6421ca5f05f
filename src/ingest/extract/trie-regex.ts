// Builds one regex source from many literal phrases by factoring common prefixes into a
// character trie. A flat alternation of ~2,000 names would be retried phrase by phrase at
// every position; the trie makes each position cost roughly one dictionary walk.
import { escapeRegex } from './text.ts';

interface Node {
  end: boolean;
  kids: Map<string, Node>;
}

function build(words: Iterable<string>): Node {
  const root: Node = { end: false, kids: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let k = n.kids.get(ch);
      if (!k) {
        k = { end: false, kids: new Map() };
        n.kids.set(ch, k);
      }
      n = k;
    }
    n.end = true;
  }
  return root;
}

function emit(n: Node): string {
  if (n.kids.size === 0) return '';
  // Greedy: longer continuations are tried first, the terminal (empty) branch last, so
  // the longest phrase wins ("Papua New Guinea" over "Guinea").
  const alts = [...n.kids].map(([ch, k]) => escapeRegex(ch) + emit(k));
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  return n.end ? `(?:${body})?` : body;
}

/** Regex source matching any of `words` (longest first), bounded by non-word characters. */
export function phraseRegexSource(words: Iterable<string>): string {
  const src = emit(build(words));
  return `(?<![\\p{L}\\p{N}])${src}(?![\\p{L}\\p{N}])`;
}
