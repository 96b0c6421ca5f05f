import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanBody, splitHeadline } from '../../src/ingest/clean.ts';
import { extractGraph } from '../../src/ingest/extract/index.ts';
import { expect } from 'vitest';
import type { ExtractedEvent, ExtractedGraph } from '../../src/ingest/types.ts';

export const DEVSET = fileURLToPath(new URL('../fixtures/devset/', import.meta.url));
export const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
export const PUB = new Date('2025-07-03T12:00:00.000Z');

export function extract(body: string, publishedAt: Date | null = PUB, title = ''): ExtractedGraph {
  return extractGraph({ title, body, publishedAt });
}

export function loadSample(): { title: string; body: string } {
  const { title, body } = splitHeadline(readFileSync(`${SAMPLES}asumetech-russia-recognizes-taliban.txt`, 'utf8'));
  return { title, body: cleanBody(body) };
}

export const ref = (p: ExtractedEvent['participants'][number]) =>
  `${p.role}:${p.actor.kind === 'country' ? p.actor.code : p.actor.slug}`;

export const roles = (e: ExtractedEvent, role: string) =>
  e.participants.filter((p) => p.role === role).map((p) => (p.actor.kind === 'country' ? p.actor.code : p.actor.slug)).sort();

export const codes = (g: ExtractedGraph) => g.countries.map((c) => c.code).sort();

/** A table row of role tests: text, event type, initiators, recipients, factuality (null: a trap, no such ASSERTED event). */
export type RoleRow = [string, string, string[], string[], 'ASSERTED' | 'NEGATED' | 'HYPOTHETICAL' | 'FUTURE' | null];

/** [initiators, recipients] of each event of `type` with `factuality` extracted from `body`. */
export function sides(body: string, type: string, factuality: string): string[][][] {
  return extract(body)
    .events.filter((e) => e.type === type && e.factuality === factuality)
    .map((e) => [roles(e, 'INITIATOR'), roles(e, 'RECIPIENT')]);
}

/**
 * The officials extracted from `body` (published at `publishedAt`) against `expected`:
 * space-separated `slug@CC` (`slug@-`: an officer of an international body), `!slug` (must not
 * be listed).
 */
export function expectOfficials(body: string, expected: string, publishedAt: Date | null): void {
  const o = new Map(extract(body, publishedAt).officials.map((x) => [x.slug, x]));
  for (const e of expected.split(/\s+/)) {
    if (e.startsWith('!')) {
      expect(o.has(e.slice(1)), e).toBe(false);
      continue;
    }
    const [slug, cc] = e.split('@');
    expect(o.get(slug!)?.countryCode ?? (o.has(slug!) ? '-' : 'absent'), slug).toBe(cc);
  }
}

const SYMMETRIC = new Set(['MEETING', 'NEGOTIATION', 'AGREEMENT_SIGNED', 'DIPLOMATIC_RELATIONS_ESTABLISHED']);
const actorCode = (p: ExtractedEvent['participants'][number]) => (p.actor.kind === 'country' ? p.actor.code : p.actor.slug);

/**
 * An event as "TYPE initiators>recipients" (country codes / organization slugs sorted,
 * officials counted as their country); symmetric types list all parties as "TYPE A,B".
 */
export function eventLabel(e: ExtractedEvent): string {
  const side = (role: string) => [...new Set(e.participants.filter((p) => p.role === role && p.actor.kind !== 'official').map(actorCode))].sort();
  if (SYMMETRIC.has(e.type)) return `${e.type} ${[...new Set([...side('INITIATOR'), ...side('RECIPIENT')])].sort().join(',')}`;
  return `${e.type} ${side('INITIATOR').join(',')}>${side('RECIPIENT').join(',')}`;
}
