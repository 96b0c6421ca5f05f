// A real HTTP server on loopback for the feed tests: feeds with ETags, article pages, a broken
// feed, a page that fails once. Every request is recorded (path and headers).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  body: string;
  contentType?: string;
  etag?: string;
  /** Answer 503 this many times first. */
  failFirst?: number;
  /** Redirect here instead. */
  location?: string;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface FeedServer {
  base: string;
  routes: Map<string, Route>;
  requests: { path: string; headers: IncomingHttpHeaders; status: number }[];
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  const failures = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const route = routes.get(path);
    const answer = (status: number, headers: Record<string, string> = {}, body = '') => {
      requests.push({ path, headers: req.headers, status });
      res.writeHead(status, headers).end(body);
    };
    if (!route) return answer(404);
    const failed = failures.get(path) ?? 0;
    if (route.failFirst && failed < route.failFirst) {
      failures.set(path, failed + 1);
      return answer(503, {}, 'unavailable');
    }
    if (route.location) return answer(302, { location: route.location });
    if (route.delayMs) {
      const timer = setTimeout(() => answer(200, {}, route.body), route.delayMs);
      req.socket.once('close', () => clearTimeout(timer));
      return;
    }
    if (route.etag && req.headers['if-none-match'] === route.etag) return answer(304, { etag: route.etag });
    answer(route.status ?? 200, { 'content-type': route.contentType ?? 'text/html; charset=utf-8', ...(route.etag ? { etag: route.etag } : {}) }, route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function rss(title: string, items: { link: string; title: string; description?: string; contentEncoded?: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(title)}</title>
${items
  .map(
    (i) =>
      `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>` +
      `<description>${esc(i.description ?? 'Summary only.')}</description>` +
      (i.contentEncoded ? `<content:encoded>${esc(i.contentEncoded)}</content:encoded>` : '') +
      `</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export function page(title: string, sentence: string): string {
  const para = `<p>${sentence} Officials from both governments described the talks as constructive and said further meetings would follow in the coming months.</p>`;
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Home | World | Politics</nav>
<article><h1>${title}</h1>${para}${para.replace('<p>', '<p>Diplomats noted that ')}<p>The ministers also discussed energy, trade and regional security at length.</p></article>
<footer>Copyright Example News</footer></body></html>`;
}
