// Search highlights are safe to render as HTML: an ingested article carrying markup in its
// title and body comes back HTML-escaped, with <mark> as the only tag, and its own "marks"
// (literal <mark> or the private-use characters ts_headline is told to use) mark nothing.
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';
import { uid } from '../helpers/factory.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN });
});
afterAll(() => t?.close());

const word = `quexlor${uid().replace(/\d/g, 'q')}`;
const TITLE = `<img src=x onerror=alert(1)> ${word} & "friends" <script>alert('t')</script>`;
const BODY = [
  `Officials met in Geneva to discuss ${word} <img src=x onerror=alert(1)> on Monday.`,
  `A note said <script>alert(document.cookie)</script> and <mark>fake</mark> ${word} again.`,
  `Private marks \uE000injected\uE001 stay out ${word}.`,
].join(' ');

interface Hit { snippet: string; titleHighlight: string; article: { title: string } }

/** The elements a browser would build from the string, and its text. */
function render(html: string): { tags: string[]; text: string } {
  const { document } = parseHTML(`<!doctype html><html><body><div id="r">${html}</div></body></html>`);
  const root = document.getElementById('r')!;
  return { tags: [...root.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()), text: root.textContent ?? '' };
}

describe('search highlights', () => {
  it('HTML-escape the article text and add only <mark> tags around the matches', async () => {
    const ingested = await t.gql(
      'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { title } } }',
      { input: { url: `https://example.test/hostile-${word}`, title: TITLE, text: BODY, sourceName: 'Test Wire', publishedAt: '2024-05-01T10:00:00Z' } },
    );
    expect(ingested.errors).toBeUndefined();
    const r = await t.gql<{ search: { edges: { node: Hit }[] } }>(`{ search(query: "${word}") { edges { node { snippet titleHighlight article { title } } } } }`);
    expect(r.errors).toBeUndefined();
    const [hit] = r.data!.search.edges.map((e) => e.node);
    expect(hit).toBeDefined();
    const storedTitle = hit!.article.title;

    for (const html of [hit!.snippet, hit!.titleHighlight]) {
      expect(html).not.toMatch(/<(img|script)/i);
      expect(html).not.toMatch(/[\uE000\uE001]/);
      const { tags } = render(html);
      expect(tags.length).toBeGreaterThan(0);
      expect(new Set(tags)).toEqual(new Set(['mark']));
    }
    // Only the searched word is marked; the article's own <mark> is text.
    const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
    expect(new Set(marked(hit!.snippet))).toEqual(new Set([word]));
    // (ts_headline drops what its parser takes for tags, such as <script> and <mark>; the
    // rest, such as this <img> with parentheses, used to come back verbatim.)
    expect(hit!.snippet).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(marked(hit!.titleHighlight)).toEqual([word]);
    // Rendered, the highlight shows the title as stored, character for character.
    expect(render(hit!.titleHighlight).text).toBe(storedTitle);
    expect(hit!.titleHighlight).toContain('&amp; &quot;friends&quot;');
  });
});
