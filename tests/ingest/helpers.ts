import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanBody, splitHeadline } from '../../src/ingest/clean.ts';
import { extractGraph } from '../../src/ingest/extract/index.ts';
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
