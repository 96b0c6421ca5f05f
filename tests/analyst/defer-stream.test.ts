// @defer and @stream over HTTP multipart responses: the fast part first, the rest after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedSample: true });
});
afterAll(() => t?.close());

interface Part {
  data?: Record<string, unknown>;
  errors?: unknown[];
  incremental?: { data?: Record<string, unknown>; items?: unknown[]; path: (string | number)[] }[];
  hasNext: boolean;
}

/** Sends a query asking for an incremental response; returns the parts in order. */
async function incremental(query: string): Promise<{ contentType: string; parts: Part[] }> {
  const res = await t.app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
    body: JSON.stringify({ query }),
  });
  const contentType = res.headers.get('content-type') ?? '';
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  const text = await res.text();
  if (!boundary) return { contentType, parts: [JSON.parse(text) as Part] };
  const parts = text
    .split(`--${boundary}`)
    .map((chunk) => chunk.split('\r\n\r\n').slice(1).join('\r\n\r\n').trim())
    .filter(Boolean)
    .map((body) => JSON.parse(body) as Part);
  return { contentType, parts };
}

describe('@defer and @stream', () => {
  it('sends a deferred timeline after the country', async () => {
    const { contentType, parts } = await incremental(`{ country(code: "RU") { name
      ... @defer(label: "timeline") { timeline(with: "AF") { totalCount edges { node { type date } } } } } }`);
    expect(contentType).toMatch(/^multipart\/mixed/);
    expect(parts[0]).toMatchObject({ data: { country: { name: 'Russia' } }, hasNext: true });
    expect(parts[0]!.data!.country).not.toHaveProperty('timeline');
    const deferred = parts.slice(1).flatMap((p) => p.incremental ?? []);
    expect(deferred).toHaveLength(1);
    expect(deferred[0]!.path).toEqual(['country']);
    const timeline = (deferred[0]!.data as { timeline: { totalCount: number; edges: { node: { type: string } }[] } }).timeline;
    expect(timeline.edges.map((e) => e.node.type)).toEqual(['RECOGNITION', 'AMBASSADOR_ACCREDITED', 'DESIGNATION_REMOVED']);
    expect(parts.at(-1)!.hasNext).toBe(false);
  });

  it('streams a list item by item after the first ones', async () => {
    const { parts } = await incremental('{ searchEntities(query: "afghan", first: 5) @stream(initialCount: 1) { score entity { __typename } } }');
    const first = parts[0]!.data!.searchEntities as unknown[];
    expect(first).toHaveLength(1);
    const streamed = parts.slice(1).flatMap((p) => p.incremental ?? []).flatMap((i) => i.items ?? []);
    expect(streamed.length).toBeGreaterThanOrEqual(2);
    expect(parts.at(-1)!.hasNext).toBe(false);
  });
});
