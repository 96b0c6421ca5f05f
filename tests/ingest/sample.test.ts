import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/ingest/extract/index.ts';
import type { ExtractedEvent, ExtractedGraph } from '../../src/ingest/types.ts';
import { SAMPLES, loadSample, ref } from './helpers.ts';

const curated = JSON.parse(readFileSync(`${SAMPLES}russia-taliban.graph.json`, 'utf8')) as ExtractedGraph & { article: { publishedAt: string } };
const { title, body } = loadSample();
const graph = extractGraph({ title, body, publishedAt: new Date(curated.article.publishedAt) });

const sorted = (xs: Iterable<string>) => [...xs].sort();
const eventKey = (e: ExtractedEvent) =>
  JSON.stringify([e.type, e.factuality, e.date, sorted(e.participants.map(ref)), sorted(e.evidence.map((x) => `${x.start}-${x.end}:${x.sentence}`))]);

describe('sample article reproduces the curated graph', () => {
  it('countries', () => {
    expect(sorted(graph.countries.map((c) => c.code))).toEqual(sorted(curated.countries.map((c) => c.code)));
  });

  it('organizations, with kinds and countries', () => {
    const pick = (g: ExtractedGraph) => sorted(g.organizations.map((o) => `${o.slug}|${o.kind}|${o.countryCode}`));
    expect(pick(graph)).toEqual(pick(curated));
  });

  it('officials, with position titles, countries and ministries', () => {
    const pick = (g: ExtractedGraph) =>
      sorted(g.officials.map((o) => `${o.slug}|${o.countryCode}|${sorted(o.positions.map((p) => `${p.title}/${p.countryCode}/${p.organizationSlug}/${p.start?.date ?? '-'}`)).join(',')}`));
    expect(pick(graph)).toEqual(pick(curated));
  });

  it('events: type, factuality, date, participants with roles and evidence sentences', () => {
    expect(sorted(graph.events.map(eventKey))).toEqual(sorted(curated.events.map(eventKey)));
  });

  it('evidence offsets point into the body', () => {
    for (const e of graph.events) for (const ev of e.evidence) expect(body.slice(ev.start, ev.end)).toBe(ev.sentence);
  });
});
