// RSS 2.0 and Atom feed files -> the articles they carry.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseTimestamp } from './timestamp.ts';

export interface FeedItem {
  url: string;
  title: string | null;
  /** Full content when the feed carries it, else the summary; HTML or text. */
  content: string;
  contentIsHtml: boolean;
  /** True when the content is the full article (RSS content:encoded, Atom content), not a summary. */
  fullText: boolean;
  publishedAt: Date | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

export class FeedError extends Error {
  override name = 'FeedError';
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

type Node = Record<string, unknown>;
const text = (v: unknown): string | null => {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (typeof v === 'object' && '#text' in (v as Node)) return text((v as Node)['#text']);
  return null;
};
const date = (v: unknown): Date | null => parseTimestamp(text(v));
const looksHtml = (s: string) => /<\/?[a-z][\s\S]*>/i.test(s);

export function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedError(`malformed feed: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss?.channel) {
    const channel = rss.channel as Node;
    const items = ((channel.item as Node[] | undefined) ?? []).map((item) => {
      const full = text(item['content:encoded']);
      const content = full ?? text(item.description) ?? '';
      const link = (item.link as unknown[] | undefined)?.map(text).find(Boolean) ?? text(item.guid);
      return { url: link ?? '', title: text(item.title), content, contentIsHtml: looksHtml(content), fullText: full !== null, publishedAt: date(item.pubDate ?? item['dc:date']) };
    });
    return { title: text(channel.title), items };
  }
  if (atom) {
    const items = ((atom.entry as Node[] | undefined) ?? []).map((entry) => {
      const links = (entry.link as Node[] | undefined) ?? [];
      const link = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
      const full = text(entry.content);
      const content = full ?? text(entry.summary) ?? '';
      const type = (entry.content as Node | undefined)?.['@type'];
      return {
        url: (link?.['@href'] as string | undefined) ?? text(entry.id) ?? '',
        title: text(entry.title),
        content,
        contentIsHtml: type === 'html' || type === 'xhtml' || looksHtml(content),
        fullText: full !== null,
        publishedAt: date(entry.published ?? entry.updated),
      };
    });
    return { title: text(atom.title), items };
  }
  throw new FeedError('malformed feed: neither RSS (<rss><channel>) nor Atom (<feed>)');
}
