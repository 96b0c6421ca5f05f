// The trigger index: a pattern with word stems is tried only where a word starting with one
// of them begins, so every match its global pattern finds must start so; otherwise events
// would be lost without a trace.
import { describe, expect, it } from 'vitest';
import { loadDevset } from '../../src/ingest/eval.ts';
import { TRIGGERS } from '../../src/ingest/extract/events/catalog.ts';
import { stemsOf } from '../../src/ingest/extract/events/triggers.ts';
import { DEVSET, extract } from './helpers.ts';

describe('trigger stems', () => {
  it('spells short prefixes out through what follows them', () => {
    expect(stemsOf(String.raw`\bbr(?:eak|oke)\s+off`)).toEqual(['break', 'broke']);
    expect(stemsOf(String.raw`\b(?:re)?admi(?:t|ts)\b`)).toEqual(['readmi', 'admi']);
    expect(stemsOf(String.raw`\b[Ww]elcom(?:ed|es)`)).toEqual(['welcom']);
    expect(stemsOf(String.raw`\bties?\b`)).toEqual(['tie']);
    // Not certain: a two-letter word, a repeated group, a pattern without a leading \b.
    expect(stemsOf(String.raw`\b(?:held|of)\s+talks`)).toBeNull();
    expect(stemsOf(String.raw`\bb(?:an)+\b`)).toBeNull();
    expect(stemsOf(String.raw`[$€£]\d+`)).toBeNull();
  });

  const texts = [
    ...loadDevset(DEVSET).map((a) => a.body),
    'Broke off ties. They BREAK OFF relations; it re-admitted Syria, readmitted Iran and Welcomed Modi to Paris. (Froze assets) "took control of the capital"',
  ];
  for (const t of TRIGGERS) {
    const stems = stemsOf(t.re.source);
    if (!stems) continue;
    it(`every match of ${t.type} /${t.re.source.slice(0, 40)}…/ starts with one of its stems`, () => {
      for (const text of texts) {
        for (const m of text.matchAll(t.re)) {
          const word = text.slice(m.index).toLowerCase();
          expect(stems.some((s) => word.startsWith(s)) && !/[A-Za-z]/.test(text[m.index - 1] ?? ''), m[0]).toBe(true);
        }
      }
    });
  }

  it('finds the events of patterns whose stems were spelled out', () => {
    const types = extract('Canada broke off diplomatic relations with Iran on Monday.').events.map((e) => e.type);
    expect(types).toContain('DIPLOMATIC_RELATIONS_SEVERED');
    const joined = extract('The Arab League readmitted Syria on Sunday.').events.map((e) => e.type);
    expect(joined).toContain('MEMBERSHIP_JOINED');
  });
});
