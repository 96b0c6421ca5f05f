// Structure read on top of the parse (parse.ts gives tokens, clause edges and voice): finer
// clause edges the role step needs.
import { clauseOf, type Parse } from './parse.ts';

const isVerb = (pos: string | undefined) => pos === 'VERB' || pos === 'AUX';

/**
 * Right edge of the clause of token `ti`, cut before ", and" / ", but" that opens a clause
 * with a subject of its own ("Brazil condemned the raid, and the OAS's secretary general
 * said ..."): a noun phrase, then a verb, within a few tokens.
 */
export function ownClauseRight(p: Parse, ti: number, right: number): number {
  const { toks } = p;
  for (let k = ti + 1; k < toks.length - 2 && toks[k]!.start < right; k++) {
    if (toks[k]!.text !== ',' || !/^(?:and|but)$/.test(toks[k + 1]!.lower)) continue;
    const first = toks[k + 2]!;
    if (isVerb(first.pos) || first.pos === 'ADV') continue;
    for (let j = k + 3; j < Math.min(toks.length, k + 16); j++) {
      const t = toks[j]!;
      // An apposition enclosed in commas (", Luis Almagro,") stays inside the subject.
      if (t.text === ',') {
        let close = j + 1;
        while (close < Math.min(toks.length, j + 7) && toks[close]!.text !== ',') close++;
        if (close >= Math.min(toks.length, j + 7)) break;
        j = close;
        continue;
      }
      if (t.pos === 'PUNCT' && !/^['’]$/.test(t.text)) break;
      // A finite verb: not an infinitive ("to counter") or a participle ("including").
      if (isVerb(t.pos) && toks[j - 1]!.lower !== 'to' && !/ing$/.test(t.lower)) return toks[k]!.start;
    }
  }
  return andOwnSubject(p, ti, right);
}

const SUBJECT_TAGS = new Set(['PROPN', 'DET', 'NOUN', 'ADJ', 'NUM']);

/**
 * ... and before "and" without a comma that opens a clause with a named subject of its own
 * ("recalled its ambassador to Venezuela and Chile did too", "expelled two diplomats and
 * Russia's foreign ministry said ..."): a short noun phrase headed by a proper noun, then a
 * finite verb (not a participle modifying the noun: "and entities linked to it").
 */
function andOwnSubject(p: Parse, ti: number, right: number): number {
  const { toks } = p;
  for (let k = ti + 1; k < toks.length - 2 && toks[k]!.start < right; k++) {
    if (toks[k]!.lower !== 'and' || toks[k - 1]!.text === ',') continue;
    // "talks between China and Japan took place", "both Britain and France condemned": the pair is one subject.
    let b = k - 1;
    while (b > ti && b > k - 9 && !isVerb(toks[b]!.pos) && !/^(?:between|both|among)$/.test(toks[b]!.lower)) b--;
    if (/^(?:between|both|among)$/.test(toks[b]?.lower ?? '')) continue;
    let j = k + 1;
    let proper = false;
    while (j < toks.length && j < k + 7 && (SUBJECT_TAGS.has(toks[j]!.pos) || /^['’]s?$/.test(toks[j]!.text))) {
      if (toks[j]!.pos === 'PROPN') proper = true;
      j++;
    }
    const v = toks[j];
    if (!proper || j === k + 1 || !v || !isVerb(v.pos) || /ing$/.test(v.lower)) continue;
    // A participle after its noun ("and officials based in", "and entities linked to") is no predicate.
    if (v.pos === 'VERB' && /(?:ed|en)$/.test(v.lower) && /^(?:by|to|in|on|at|from|with|for)$/.test(toks[j + 1]?.lower ?? '')) continue;
    return toks[k]!.start;
  }
  return right;
}

const QUOTE = /^["“”]$/;

/**
 * A short quotation inside a clause ('other "targeted" officials') does not end it: when the
 * right edge is such a quote, the clause goes on after its closing mark.
 */
export function pastShortQuote(p: Parse, right: number, sentStart: number, sentEnd: number): number {
  const { toks } = p;
  for (let hop = 0; hop < 3; hop++) {
    const q = p.at(right);
    if (!toks[q] || !QUOTE.test(toks[q].text) || toks[q].start !== right) return right;
    let close = q + 1;
    while (close < Math.min(toks.length, q + 5) && !QUOTE.test(toks[close]!.text)) close++;
    if (close >= Math.min(toks.length, q + 5) || close === q + 1 || !toks[close + 1]) return right;
    right = clauseOf(p, close + 1, sentStart, sentEnd).right;
  }
  return right;
}
