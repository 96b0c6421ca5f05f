import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, eventsMatch } from '../../src/ingest/eval.ts';
import { traceTriggers, type Outcome } from '../../src/ingest/extract/events/index.ts';
import { extractGraph } from '../../src/ingest/extract/index.ts';
import { DEVSET } from './helpers.ts';

const REALSET_DEV = fileURLToPath(new URL('../fixtures/realset/dev/', import.meta.url));
const REALSET_HELDOUT = fileURLToPath(new URL('../fixtures/realset/heldout/', import.meta.url));

// Floors sit a little below the scores measured when they were set (README, "What is
// extracted, and how well"); they may be raised as the extractor improves, never above what
// is measured. The targets (held-out events F1 >= 0.80, officials and countries
// >= 0.97) are not reached yet: these floors keep what is reached from slipping.
describe('development-set evaluation', () => {
  const r = evaluate(DEVSET);

  it('covers at least 25 annotated articles', () => {
    expect(r.articles).toBeGreaterThanOrEqual(25);
  });

  it('meets the quality floors', () => {
    expect(r.countries.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.officials.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.events.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.falseFacts).toBe(0);
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

describe('real-reporting set, development part (rules are tuned on it)', () => {
  const r = evaluate(REALSET_DEV);

  it('covers at least 40 annotated articles', () => {
    expect(r.articles).toBeGreaterThanOrEqual(40);
  });

  // Lowered when new material came in, not when rules changed: the officials-heavy d130-d139,
  // then d140-d169, written by authors who do not write the rules (on d01-d139 events stay at
  // F1 0.822, P 0.921; on d140-d169 alone F1 is about 0.46, close to the held-out part).
  it('meets the quality floors', () => {
    expect(r.countries.f1).toBeGreaterThanOrEqual(0.97);
    expect(r.organizations.f1).toBeGreaterThanOrEqual(0.96);
    // Officials raised 0.95 -> 0.97 by the officials round on d140-d169 (F1 0.962 -> 0.986).
    expect(r.officials.f1).toBeGreaterThanOrEqual(0.97);
    // Events raised 0.71 -> 0.74 after the round on d140-d169 (F1 0.723 -> 0.753).
    expect(r.events.f1).toBeGreaterThanOrEqual(0.74);
    expect(r.events.precision).toBeGreaterThanOrEqual(0.88);
    expect(r.falseFacts).toBe(0);
  });

  it('accounts for every missed event by the step that lost it', () => {
    const total = Object.values(r.missedAt).reduce((a, b) => a + b, 0);
    expect(total).toBe(r.events.fn);
    expect(Object.keys(r.missedAt).every((k) => ['roles', 'not-asserted', 'no-recipient', 'no-initiator', 'type-rule', 'no-actor-in-sentence', 'fewer-events', 'no-trigger'].includes(k))).toBe(true);
    // Each missed event in the details carries its step.
    const tagged = r.details.flatMap((d) => d.events.missing);
    expect(tagged).toHaveLength(r.events.fn);
    expect(tagged.every((x) => /\[[a-z-]+\]$/.test(x))).toBe(true);
  });
});

// The held-out part is never read while writing rules: only these aggregates are looked at.
// It arrives with its own commits (H15h); until then this block is skipped.
describe.runIf(existsSync(REALSET_HELDOUT))('real-reporting set, held-out part (no rule is tuned on it)', () => {
  let memo: ReturnType<typeof evaluate> | undefined;
  const r = () => (memo ??= evaluate(REALSET_HELDOUT));

  it('covers at least 40 annotated articles', () => {
    expect(r().articles).toBeGreaterThanOrEqual(40);
  });

  // Precision lowered 0.81 -> 0.79 when the triggers-by-meaning round (tests/ingest/trigger-coverage.test.ts) traded it for recall: F1 0.565 -> 0.583.
  it('meets the quality floors', () => {
    expect(r().countries.f1).toBeGreaterThanOrEqual(0.97);
    expect(r().organizations.f1).toBeGreaterThanOrEqual(0.95);
    // Officials 0.87 -> 0.88 and events 0.57 -> 0.59 after the round on d140-d169 (0.877 -> 0.884, 0.586 -> 0.598).
    expect(r().officials.f1).toBeGreaterThanOrEqual(0.88);
    expect(r().events.f1).toBeGreaterThanOrEqual(0.59);
    expect(r().events.precision).toBeGreaterThanOrEqual(0.79);
    expect(r().falseFacts).toBeLessThanOrEqual(2);
  });
});

describe('trigger outcomes (what the eval counts missed events by)', () => {
  const outcomes = (body: string) => {
    const seen: [string, Outcome][] = [];
    const prev = traceTriggers((type, o) => seen.push([type, o]));
    try {
      extractGraph({ title: '', body, publishedAt: new Date('2024-05-01T00:00:00Z') });
    } finally {
      traceTriggers(prev);
    }
    return seen;
  };

  it.each<[string, string, Outcome]>([
    ['France recognized the State of Palestine on Tuesday.', 'RECOGNITION', 'emitted'],
    ['France will recognize the State of Palestine next month.', 'RECOGNITION', 'not-asserted'],
    ['France strongly condemned on Tuesday.', 'CONDEMNATION', 'no-recipient'],
  ])('%s -> %s %s', (body, type, outcome) => {
    expect(outcomes(body)).toContainEqual([type, outcome]);
  });

  it('leaves extraction unchanged when nobody listens', () => {
    const body = 'Spain, Ireland and Norway recognized the State of Palestine. Israel recalled its ambassadors from Spain, Ireland and Norway.';
    const plain = extractGraph({ title: '', body, publishedAt: null });
    const prev = traceTriggers(() => {});
    const traced = extractGraph({ title: '', body, publishedAt: null });
    traceTriggers(prev);
    expect(traced.events).toEqual(plain.events);
    expect(plain.events.length).toBeGreaterThan(1);
  });
});
