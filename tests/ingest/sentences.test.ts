import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanBody, splitHeadline } from '../../src/ingest/clean.ts';
import { splitSentences } from '../../src/ingest/extract/index.ts';
import { parseSentence, parseSentences } from '../../src/ingest/extract/events/parse.ts';
import { DEVSET, loadSample } from './helpers.ts';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('gives offsets that slice back to each sentence, for every devset article and the sample', () => {
    const bodies = readdirSync(DEVSET)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => cleanBody(splitHeadline(readFileSync(DEVSET + f, 'utf8')).body));
    bodies.push(loadSample().body);
    for (const body of bodies) {
      const ss = splitSentences(body);
      expect(ss.length).toBeGreaterThan(5);
      for (const s of ss) {
        expect(body.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
      }
      // Sentences are ordered and do not overlap.
      for (let i = 1; i < ss.length; i++) expect(ss[i]!.start).toBeGreaterThanOrEqual(ss[i - 1]!.end);
    }
  });

  it('does not split after titles, initials, dotted acronyms or decimals', () => {
    expect(texts('Mr. Smith met Dr. Jones in the U.S. capital. Growth was 3.5 percent.')).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. capital.',
      'Growth was 3.5 percent.',
    ]);
    expect(texts('John F. Kennedy visited Berlin. He spoke.')).toEqual(['John F. Kennedy visited Berlin.', 'He spoke.']);
    expect(texts('Gen. Tiani met U.N. officials at 11 p.m. on Friday. It ended.')).toHaveLength(2);
  });

  it('splits after a dotted acronym when a new sentence starts, and after closing quotes', () => {
    expect(texts('Sanctions were imposed by the U.S. The move angered Moscow.')).toEqual([
      'Sanctions were imposed by the U.S.',
      'The move angered Moscow.',
    ]);
    expect(texts('He said, "We will respond." Moscow then acted!')).toEqual(['He said, "We will respond."', 'Moscow then acted!']);
  });

  it('treats line breaks as boundaries, so headings stand alone', () => {
    const body = 'A Pivotal Shift\n\nRussia acted. Kabul welcomed it.';
    const ss = splitSentences(body);
    expect(ss.map((s) => s.text)).toEqual(['A Pivotal Shift', 'Russia acted.', 'Kabul welcomed it.']);
    expect(ss[1]!.start).toBe(body.indexOf('Russia'));
  });
});

describe('parseSentences', () => {
  const bodies = () =>
    readdirSync(DEVSET)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 12)
      .map((f) => cleanBody(splitHeadline(readFileSync(DEVSET + f, 'utf8')).body))
      .concat(loadSample().body);

  it('gives every sentence of an article, tagged in one pass, the tokens and tags it gets alone', () => {
    for (const body of bodies()) {
      const ss = splitSentences(body);
      // The batch joins sentences with newlines: a sentence never holds one.
      for (const s of ss) expect(s.text).not.toContain('\n');
      const batch = parseSentences(ss);
      expect(batch.map((p) => p.toks)).toEqual(ss.map((s) => parseSentence(s.text, s.start).toks));
      for (const [i, s] of ss.entries()) {
        for (const t of batch[i]!.toks) expect(body.slice(t.start, t.end)).toBe(t.text);
        expect(batch[i]!.at(s.start)).toBe(0);
      }
    }
  });

  it('parses a text holding a newline on its own, so the batch keeps its order and offsets', () => {
    const list = [
      { text: 'France recalled its ambassador.', start: 0 },
      { text: 'Talks began\nin Geneva on Monday.', start: 40 },
      { text: 'Russia condemned the move.', start: 80 },
    ];
    expect(parseSentences(list).map((p) => p.toks)).toEqual(list.map((x) => parseSentence(x.text, x.start).toks));
    expect(parseSentences(list)[2]!.toks[0]).toMatchObject({ text: 'Russia', start: 80, end: 86, pos: 'PROPN' });
  });
});
