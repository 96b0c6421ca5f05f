// A parser's view of one sentence: tokens with part-of-speech tags (wink-nlp with
// its English light model), then the structure the role and modality steps read: clause
// boundaries, the voice of a trigger (active, passive, nominal) and its governing verbs.
// Only sentences holding a trigger are parsed, which keeps extraction fast.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

export interface Tok {
  /** Offsets into the article text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, AUX, ADP, SCONJ, CCONJ, PRON, PUNCT...). */
  pos: string;
}

export interface Parse {
  toks: Tok[];
  /** Token index holding the character offset `at` (the next token when `at` falls between). */
  at(at: number): number;
}

/** Tokens of `s` (at offset `base` in the article), each with its exact character span. */
export function parseSentence(s: string, base: number): Parse {
  const doc = nlp.readDoc(s);
  return toParse(s, base, doc.tokens().out(), doc.tokens().out(its.pos) as string[], 0, Infinity);
}

/**
 * Parses of several sentences from one tagger pass, equal to parseSentence of each: the texts
 * are joined by newlines, which the tokenizer keeps as tokens of their own and no tagging
 * pattern crosses, so each sentence gets the tokens and tags it gets alone, without the
 * per-document cost of the tagger (about a quarter of it for news sentences).
 */
export function parseSentences(list: readonly { text: string; start: number }[]): Parse[] {
  // A sentence never holds a newline (splitSentences ends one at each line); one that did
  // would shift the split below, so such a batch is parsed sentence by sentence.
  if (list.length < 2 || list.some((x) => x.text.includes('\n'))) return list.map((x) => parseSentence(x.text, x.start));
  const doc = nlp.readDoc(list.map((x) => x.text).join('\n'));
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos) as string[];
  const out: Parse[] = [];
  let from = 0;
  for (let i = 0; i <= values.length; i++) {
    if (i < values.length && values[i] !== '\n') continue;
    const x = list[out.length];
    if (!x) break;
    out.push(toParse(x.text, x.start, values, pos, from, i));
    from = i + 1;
  }
  if (out.length !== list.length) return list.map((x) => parseSentence(x.text, x.start));
  return out;
}

/** The Parse of sentence `s` from tokens values[from..to) (tags alongside). */
function toParse(s: string, base: number, values: string[], pos: string[], from: number, to: number): Parse {
  const toks: Tok[] = [];
  let cursor = 0;
  const end = Math.min(to, values.length);
  for (let i = from; i < end; i++) {
    const v = values[i]!;
    let at = s.indexOf(v, cursor);
    // The tokenizer may normalise a token (quotes, elisions): keep the cursor where it was.
    if (at < 0 || at - cursor > 40) at = cursor;
    const e = at === cursor && !s.startsWith(v, at) ? at : at + v.length;
    toks.push({ start: base + at, end: base + e, text: v, lower: v.toLowerCase(), pos: pos[i]! });
    cursor = e;
  }
  return {
    toks,
    at(x: number) {
      let lo = 0;
      let hi = toks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (toks[mid]!.end <= x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);
const CLAUSE_SCONJ = new Set(['after', 'when', 'while', 'because', 'although', 'though', 'since', 'before', 'until', 'whereas', 'if', 'unless', 'once', 'as', 'that', 'whether']);
/** Always open a clause, whatever tag the model gives them ("when" is often tagged ADV). */
const ALWAYS_CLAUSE = new Set(['when', 'while', 'because', 'although', 'though', 'whereas', 'if', 'unless', 'whether']);
/** Open a clause when a verb follows them ("after Netanyahu arrived", not "after the talks"). */
const CLAUSE_IF_VERB = new Set(['after', 'before', 'since', 'until', 'once']);
/** Participles and gerunds opening a new clause after a comma ("..., saying", "..., making"). */
const PARTICIPIAL = /^(?:saying|citing|calling|accusing|making|becoming|leaving|adding|noting|urging|warning|prompting|ending|closing|following|marking|describing|insisting|arguing)$/;

/** A verb among toks[from..to] (inclusive of `to` when it is the trigger). */
function hasVerb(toks: Tok[], from: number, to: number, before = false): boolean {
  for (let k = from; k <= to && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || (t.pos === 'AUX' && !before)) return true;
    if (before && t.pos === 'AUX' && toks[k + 1] && toks[k + 1]!.pos !== 'VERB') return true;
  }
  return false;
}

/** Every verb among toks[from..to] is an infinitive after "to" (or an auxiliary of one). */
function onlyInfinitives(toks: Tok[], from: number, to: number): boolean {
  let any = false;
  for (let k = from; k <= to && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (toks[k - 1]?.lower !== 'to') return false;
    any = true;
  }
  return any;
}

const isFiniteVerb = (t: Tok | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower);

/**
 * A relative clause opened at toks[k] that ends, with a verb of its own, at a comma before the
 * finite verb toks[i]: "Muttaqi, who met Russia's ambassador in Kabul, Dmitry Zhirnov, hours
 * earlier, called ...", "Blinken, on a Pacific tour that began in Tonga, met ...". The verb
 * after the comma belongs to the clause the relative interrupts.
 */
function relativeClosed(toks: Tok[], k: number, i: number): boolean {
  if (toks[i - 1]?.text !== ',' || !isFiniteVerb(toks[i])) return false;
  let comma = k + 1;
  while (comma < i && toks[comma]!.text !== ',') comma++;
  return comma < i && hasVerb(toks, k + 1, comma - 1);
}

/**
 * Clause of the token at index `i`: the left edge is after the last subordinator, relative
 * pronoun, semicolon, colon or quote before it; the right edge is before the next one, or
 * before "and" coordinating a new finite verb ("X expelled ... and recalled ...").
 * Parenthetical relative clauses (", which ... ,") are skipped on the left.
 */
export function clauseOf(p: Parse, i: number, sentStart: number, sentEnd: number): { left: number; right: number; coordinated: boolean; skipped?: [number, number] } {
  const { toks } = p;
  let left = sentStart;
  let coordinated = false;
  let skipped: [number, number] | undefined;
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.text === ',') {
      // A closing comma of a relative clause: look for ", which" further left.
      let j = k - 1;
      while (j >= 0 && toks[j]!.text !== ',' && !RELATIVE.has(toks[j]!.lower)) j--;
      if (j >= 1 && RELATIVE.has(toks[j]!.lower) && toks[j - 1]!.text === ',') {
        if (relativeClosed(toks, j, i)) skipped ??= [toks[j - 1]!.start, toks[i - 1]!.end];
        k = j - 1;
        continue;
      }
    }
    if (t.text === ';' || t.text === ':' || t.text === '"' || t.text === '“' || t.text === '”') {
      left = t.end;
      break;
    }
    if (RELATIVE.has(t.lower) && t.pos === 'PRON') {
      if (relativeClosed(toks, k, i)) {
        skipped ??= [toks[k - 1]?.text === ',' ? toks[k - 1]!.start : t.start, toks[i - 1]!.end];
        continue;
      }
      left = t.end;
      break;
    }
    // ("after the UAE, Bahrain and Sudan, to agree to normalise": a preposition, its infinitive no clause of its own.)
    if ((t.pos === 'SCONJ' && CLAUSE_SCONJ.has(t.lower)) || ALWAYS_CLAUSE.has(t.lower) || (CLAUSE_IF_VERB.has(t.lower) && hasVerb(toks, k + 1, i) && !onlyInfinitives(toks, k + 1, i))) {
      left = t.end;
      break;
    }
    // "... and met Zelensky": a predicate coordinated with an earlier one shares its subject.
    // ("no choice but to impose": "but" is "except", not a coordination.)
    if ((t.lower === 'and' || (t.lower === 'but' && !/^(?:choice|option|alternative)$/.test(toks[k - 1]?.lower ?? ''))) && t.pos === 'CCONJ' && toks.slice(k + 1, i).every((x) => x.pos === 'ADV' || x.pos === 'AUX' || x.pos === 'PART') && (toks[i]?.pos === 'VERB' || toks[i]?.pos === 'AUX')) {
      left = t.end;
      coordinated = true;
      break;
    }
    // ", and" / ", but" after a clause with its own verb opens a new clause (a new subject follows).
    if ((t.lower === 'and' || t.lower === 'but') && toks[k - 1]?.text === ',' && hasVerb(toks, 0, k - 1, true)) {
      left = t.end;
      break;
    }
    // "that" as a complementizer ("said that ...") or a relative pronoun ("a resolution that ...").
    if (t.lower === 'that' && t.pos === 'PRON' && (toks[k - 1]?.pos === 'NOUN' || toks[k - 1]?.pos === 'PROPN') && relativeClosed(toks, k, i)) {
      skipped ??= [t.start, toks[i - 1]!.end];
      continue;
    }
    if (t.lower === 'that' && (t.pos === 'SCONJ' || (t.pos === 'PRON' && (isFiniteVerb(toks[k - 1]) || toks[k - 1]?.pos === 'NOUN' || toks[k - 1]?.pos === 'PROPN')))) {
      left = t.end;
      break;
    }
  }
  let right = sentEnd;
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    if (t.text === ';' || t.text === ':' || t.text === '"' || t.text === '“' || t.text === '”' || t.text === '—' || (t.text === '-' && toks[k - 1]!.end < t.start)) {
      right = t.start;
      break;
    }
    if ((t.pos === 'SCONJ' && CLAUSE_SCONJ.has(t.lower) && t.lower !== 'as') || ALWAYS_CLAUSE.has(t.lower) || (CLAUSE_IF_VERB.has(t.lower) && hasVerb(toks, k + 1, Math.min(toks.length - 1, k + 5)))) {
      right = t.start;
      break;
    }
    if (t.lower === 'that' && t.pos !== 'DET') {
      right = t.start;
      break;
    }
    // ... also after a focus adverb: ", just as Nigeria had done", ", even as talks went on".
    if (t.text === ',' && next && (RELATIVE.has(next.lower) || PARTICIPIAL.test(next.lower) || (next.pos === 'SCONJ' && CLAUSE_SCONJ.has(next.lower)) || next.lower === 'but' || next.lower === 'while' || (/^(?:just|much|even|exactly)$/.test(next.lower) && /^(?:as|when|after|before|though|if)$/.test(toks[k + 2]?.lower ?? '')))) {
      right = t.start;
      break;
    }
    if (t.text === ',' && next && /^(?:in|a|days|hours|weeks|months)$/.test(next.lower) && /^(?:a|day|days|hours|weeks|months|statement)$/.test(toks[k + 2]?.lower ?? '')) {
      right = t.start;
      break;
    }
    // "and" (or ", and") followed by a finite verb starts a coordinated predicate.
    if (t.pos === 'CCONJ' && t.lower === 'and') {
      let j = k + 1;
      while (j < toks.length && toks[j]!.pos === 'ADV') j++;
      const v = toks[j];
      if (isFiniteVerb(v) && v!.lower !== 'is' && !(toks[j + 1]?.lower === 'by')) {
        right = t.start;
        break;
      }
    }
  }
  return { left, right, coordinated, skipped };
}

export type Voice = 'active' | 'passive' | 'nominal';

/** Voice of the trigger whose first token is at index `i`. */
export function voiceOf(p: Parse, i: number): Voice {
  const t = p.toks[i];
  if (!t) return 'active';
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return 'nominal';
  if (/(?:ed|en|wn|ut|eft|eld|et|ent|uit)$/.test(t.lower)) {
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const b = p.toks[k]!;
      if (b.pos === 'ADV' || b.pos === 'PART') continue;
      if ((b.pos === 'AUX' || b.pos === 'VERB') && /^(?:was|were|been|being|is|are|be|get|got|gets|getting|gotten)$/.test(b.lower)) return 'passive';
      break;
    }
  }
  return 'active';
}

/** The verbs, auxiliaries, particles and adverbs before token `i` inside its clause. */
export function governors(p: Parse, i: number, left: number): Tok[] {
  const out: Tok[] = [];
  for (let k = i - 1; k >= 0 && p.toks[k]!.start >= left; k--) {
    const t = p.toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADJ' || t.pos === 'ADV' || t.lower === 'to') out.push(t);
  }
  return out;
}
