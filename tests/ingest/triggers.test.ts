// The trigger index: a pattern with stems is tried only where one of them starts (a word for
// a word stem, a symbol such as '"' or "$" for a symbol stem), so every match its global
// pattern finds must start so; otherwise events would be lost without a trace. And a pattern
// without stems runs at every position of every article, so each new one must be allowed
// here by name.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDevset } from '../../src/ingest/eval.ts';
import { TRIGGERS } from '../../src/ingest/extract/events/catalog.ts';
import { matchesOf, stemsOf, triggerCandidates } from '../../src/ingest/extract/events/triggers.ts';
import { matchText } from '../../src/ingest/extract/text.ts';
import { DEVSET, extract } from './helpers.ts';

const stems = (src: string, flags = '') => stemsOf(src, flags)?.map((s) => (s.at ? `${s.at}:${s.text}` : s.text)) ?? null;

describe('trigger stems', () => {
  it('spells short prefixes out through what follows them', () => {
    expect(stems(String.raw`\bbr(?:eak|oke)\s+off`)).toEqual(['break ', 'broke ']);
    expect(stems(String.raw`\b(?:re)?admi(?:t|ts)\b`)).toEqual(['readmi', 'admi']);
    expect(stems(String.raw`\b[Ww]elcom(?:ed|es)`)).toEqual(['welcom']);
    expect(stems(String.raw`\bties?\b`)).toEqual(['tie']);
    expect(stems(String.raw`\bb(?:an)+\b`)).toEqual(['ban']);
  });

  it('reads a short word through the space after it, an optional hyphen and a lookahead', () => {
    expect(stems(String.raw`\b(?:held|of)\s+talks`)).toEqual(['held ', 'of ']);
    expect(stems(String.raw`\bno longer\s+recogni[sz]e`)).toEqual(['no longer ']);
    expect(stems(String.raw`\b(?:re-?)?join(?:ed|s)?\b`)).toEqual(['re-join', 'rejoin', 'join']);
    expect(stems(String.raw`\b(?:is|was)(?:\s+now)?\s+the`)).toEqual(['is ', 'was']);
    expect(stems(String.raw`\b(?<=,\s*)in\b(?=\s+[A-Z])`)).toEqual(['in ']);
    // Look-behinds and negative lookaheads are skipped: they hold no character of the match.
    expect(stems(String.raw`\b(?<!\bthe\s+)(?:back|support)(?!\s+to\b)`)).toEqual(['back', 'support']);
  });

  it('finds a pattern without \\b by its first symbol', () => {
    expect(stems(String.raw`(?:US)?[$€£]\s?\d`)).toEqual(['2:us$', '2:us€', '2:us£', '$', '€', '£']);
    expect(stems(String.raw`(?<=^|[.!?]\s+)["“](?=[^"”]{0,250}?\bcrime\b)`)).toEqual(['"', '“']);
  });

  it('has none where a match may start anywhere', () => {
    expect(stems(String.raw`\b\w+\s+visit`)).toBeNull();
    expect(stems(String.raw`\b[a-z]+ed\b`)).toBeNull();
    expect(stems(String.raw`(?<=,\s*)in\b`)).toBeNull(); // no \b and no symbol
    expect(stems(String.raw`\d+\s+troops`)).toBeNull();
    expect(stems(String.raw`\bvisit|withdr[ae]w`)).toBeNull(); // one branch without \b
    expect(stems(String.raw`\bvisit`, 'giu')).toBeNull(); // "ſ" and the Kelvin sign fold to ASCII
  });

  it('knows a letter outside ASCII may match under the i flag, a symbol may not', () => {
    expect(stems(String.raw`\bélysée`)).toBeNull();
    expect(stems(String.raw`\bpr(?:é|e)sident`)).toBeNull();
    expect(stems(String.raw`€\d`)).toEqual(['€']);
  });

  // Patterns that may run over every text (each with its reason). Keep it empty: a pattern
  // without stems costs as much as tens with them. Most get stems by starting with \b and a
  // word ("\b(?<=,\s*)in\b", not "(?<=,\s*)in\b"), or with a symbol ('"', "$").
  const STEMLESS_ALLOWED: string[] = [];

  it.each(TRIGGERS.map((t, i) => [i, t.type, t.re.source.slice(0, 60), t] as const))('#%i %s /%s…/ has stems', (_i, _type, _src, t) => {
    const src = t.re.source;
    if (!STEMLESS_ALLOWED.includes(src)) expect(stemsOf(src, t.re.flags), `no stem for /${src}/`).not.toBeNull();
  });
});

// Sentences written for the patterns that had no stems before: each must give through the
// index exactly what its pattern finds over the whole text (spacing, case, position varied).
const SENTENCES = [
  'Cairo and Tehran agreed to re-establish full diplomatic ties after a decade.',
  'The two states restored relations on Sunday; Riyadh normalised ties in 2023.',
  'Morocco no longer recognises the self-declared republic, officials said.',
  'Kishida, in Washington for a state visit, addressed a joint session of Congress.',
  'The chancellor, who is in Beijing on a three-day trip, met Premier Li.',
  'Blinken was in Riyadh on Wednesday, his fourth trip to the region this year.',
  'Modi flew to Moscow on Monday and then travelled to Vienna.',
  'Macron is expected to travel to Kyiv; he headed to Warsaw first.',
  'Erdogan was at the White House on Tuesday. Starmer was at Downing Street.',
  'Speaking in Brussels, the secretary-general said the alliance stood ready.',
  'Zelensky, speaking in Ankara, thanked Turkey for its mediation.',
  '"Speaking late Monday in Tokyo, the minister declined to comment."',
  'Putin met Xi in Beijing. The leaders meet again in June; a meeting with Modi was set.',
  'The offer met with widespread criticism in Seoul.',
  'Envoys held two rounds of talks in Doha. After months of talks, no deal emerged.',
  'Israel and Hamas are now in indirect talks with Egyptian mediators.',
  'Kyiv is negotiating with Moscow over grain; the EU negotiated an end to the dispute.',
  'Washington announced the removal of the Houthis from its terrorism list.',
  'Finland joined NATO in April 2023; Sweden will re-join the talks. Rejoining the deal was ruled out.',
  'Sweden became the alliance\'s 32nd member on Thursday; Ukraine is now a full member of nothing.',
  'Berlin backed the plan. Paris strongly supports the mission, and Rome voiced support for Kyiv.',
  'Leaders expressed solidarity with Japan; the crowd stood in solidarity with the victims.',
  '"This is an act of aggression," said the foreign minister.\n"It is not illegal," Lavrov said.',
  'He said: "A grave mistake." “Totally unacceptable,” the ministry told reporters.',
  'The US pledged US$5 million to Ukraine and €2bn for Gaza.',
  'Japan gave $300m to the UN agency; AUS$3 billion for Pacific nations was promised.',
  'Britain announced £1.5 billion for reconstruction. us$7m to chad, lower case.',
  'IN WASHINGTON FOR TALKS, THE ENVOY, IN PARIS FOR A VISIT, SAID NOTHING.',
  'Tokyo\u00a0restored\u00a0relations; Ottawa, in\u00a0Rome for\u00a0a visit, spoke.',
  'She was\tin Cairo for talks and\nwas in Amman on Friday.',
  'No longer\nrecognizing Taipei, Honduras opened an embassy in Beijing.',
  'The minister, in New Delhi on a two-day visit, did not sign anything.',
];

describe('the index finds what each pattern finds over the whole text', () => {
  const dir = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
  const dev = [...loadDevset(DEVSET), ...loadDevset(dir('realset/dev/'))].map((a) => matchText(a.body));
  const texts = [...SENTENCES, SENTENCES.join(' '), SENTENCES.join('\n\n').toUpperCase(), ...dev, ...dev.slice(0, 40).map((t) => t.replace(/ /g, '\u00a0'))];
  const indexes = texts.map(triggerCandidates);
  it.each(TRIGGERS.map((t, i) => [i, t.type, t.re.source.slice(0, 60), t] as const))('#%i %s /%s…/', (_i, _type, _src, t) => {
    for (let k = 0; k < texts.length; k++) {
      const text = texts[k]!;
      t.re.lastIndex = 0;
      const whole = [...text.matchAll(t.re)].map((m) => `${m.index}:${m[0]}`);
      expect(matchesOf(t, text, indexes[k]!).map((m) => `${m.index}:${m[0]}`), text.slice(0, 80)).toEqual(whole);
    }
  });

  it('finds the events of patterns whose stems were spelled out', () => {
    const types = extract('Canada broke off diplomatic relations with Iran on Monday.').events.map((e) => e.type);
    expect(types).toContain('DIPLOMATIC_RELATIONS_SEVERED');
    const joined = extract('The Arab League readmitted Syria on Sunday.').events.map((e) => e.type);
    expect(joined).toContain('MEMBERSHIP_JOINED');
    for (const [text, type] of [
      ['Japanese Prime Minister Fumio Kishida, in Washington for a state visit, addressed Congress.', 'VISIT'],
      ['Speaking in Brussels, Japanese Prime Minister Fumio Kishida said Japan would help.', 'VISIT'],
      ['Japan pledged US$5 million to Ukraine on Monday.', 'AID_PROVIDED'],
    ] as const) {
      expect(extract(text).events.map((e) => e.type), text).toContain(type);
    }
  });
});
