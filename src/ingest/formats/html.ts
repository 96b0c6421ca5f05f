// HTML page -> article text, with Mozilla's Readability (the Firefox Reader View engine)
// on a lightweight DOM, so navigation, share bars and comment forms are left behind.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseTimestamp } from './timestamp.ts';

export interface HtmlArticle {
  title: string | null;
  text: string;
  /** The page's own canonical URL, when it declares one. */
  canonicalUrl: string | null;
  publishedAt: Date | null;
  siteName: string | null;
  language: string | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th';

/** Text of an element with one paragraph per block element, not run together. */
function blockText(root: Element): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = blocks.length > 0 ? blocks.map((el) => el.textContent ?? '') : [root.textContent ?? ''];
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
}

function meta(document: Document, ...selectors: string[]): string | null {
  for (const sel of selectors) {
    const value = document.querySelector(sel)?.getAttribute('content') ?? document.querySelector(sel)?.getAttribute('href');
    if (value?.trim()) return value.trim();
  }
  return null;
}

export function extractHtml(source: string): HtmlArticle {
  // Feed items carry fragments ("<p>...</p>"); give them a document to live in.
  const html = /<(html|body)[\s>]/i.test(source) ? source : `<!doctype html><html><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  const canonicalUrl = meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]');
  const publishedAt = parseTimestamp(
    meta(document, 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const siteName = meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;
  // The page <title> often carries the site's name; the article's own headline is better.
  const headline =
    meta(document, 'meta[property="og:title"]') ??
    document.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim() ??
    null;

  const parsed = new Readability(document, { charThreshold: 200 }).parse();
  let text = '';
  // Below a few sentences, what Readability found is a menu or a caption, not an article.
  if (parsed?.content && (parsed.length ?? 0) >= 140) {
    const { document: article } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = blockText(article.body);
  }
  if (!text) {
    // Short pages fall below Readability's threshold: take the body's paragraphs.
    const { document: whole } = parseHTML(html);
    for (const el of whole.querySelectorAll('script, style, nav, header, footer, aside, form, noscript')) el.remove();
    text = whole.body ? blockText(whole.body) : '';
  }
  return { title: headline || parsed?.title?.trim() || null, text, canonicalUrl, publishedAt, siteName: parsed?.siteName ?? siteName, language };
}
