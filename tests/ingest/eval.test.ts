import { describe, expect, it } from 'vitest';
import { evaluate, eventsMatch } from '../../src/ingest/eval.ts';
import { DEVSET } from './helpers.ts';

describe('development-set evaluation', () => {
  const r = evaluate(DEVSET);

  it('covers at least 25 annotated articles', () => {
    expect(r.articles).toBeGreaterThanOrEqual(25);
  });

  it('meets the quality targets', () => {
    expect(r.countries.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.officials.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.events.f1).toBeGreaterThanOrEqual(0.75);
  });

  it('matches events by type and role overlap, not by exact sets', () => {
    const ev = (type: string, init: string[], rec: string[]) => ({ type, init: new Set(init), rec: new Set(rec), label: '' });
    expect(eventsMatch(ev('SANCTIONS_IMPOSED', ['country:US'], ['country:RU']), ev('SANCTIONS_IMPOSED', ['country:US', 'official:x'], ['country:RU']))).toBe(true);
    expect(eventsMatch(ev('SANCTIONS_IMPOSED', ['country:RU'], ['country:US']), ev('SANCTIONS_IMPOSED', ['country:US'], ['country:RU']))).toBe(false);
    expect(eventsMatch(ev('SANCTIONS_LIFTED', ['country:US'], ['country:RU']), ev('SANCTIONS_IMPOSED', ['country:US'], ['country:RU']))).toBe(false);
    // Symmetric: roles may be swapped.
    expect(eventsMatch(ev('MEETING', ['country:CN'], ['country:US']), ev('MEETING', ['country:US'], ['country:CN']))).toBe(true);
  });
});
