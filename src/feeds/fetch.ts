// Fetching feeds and pages safely: http(s) only; private, loopback and link-local addresses
// refused after DNS resolution (request-filtering-agent checks the address each connection
// actually uses, so DNS rebinding cannot slip past) and again on every redirect, which is
// followed here hop by hop; a deadline over the whole exchange, a size limit on the body, a
// redirect limit, a User-Agent naming Newsgraph, and a limit of requests per host.
import http from 'node:http';
import https from 'node:https';
import pLimit, { type LimitFunction } from 'p-limit';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

export const USER_AGENT = 'Newsgraph/0.1 (feed follower; +https://github.com/newsgraph)';

export type FetchErrorKind = 'INVALID_URL' | 'PRIVATE_ADDRESS' | 'TIMEOUT' | 'TOO_LARGE' | 'TOO_MANY_REDIRECTS' | 'HTTP_STATUS' | 'NETWORK';

export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    /** The HTTP status, when an answer came. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
  /** Worth trying again later: the server or the network failed, not the request. */
  get retryable(): boolean {
    return this.kind === 'TIMEOUT' || this.kind === 'NETWORK' || (this.kind === 'HTTP_STATUS' && (this.status === 429 || (this.status ?? 0) >= 500));
  }
}

export interface FetchOptions {
  allowPrivateNetworks: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Validators of an earlier answer: a 304 comes back as `notModified`. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

export interface FetchResult {
  status: number;
  notModified: boolean;
  /** The URL that answered, after redirects. */
  url: string;
  body: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** Fetches with a per-host limit on requests in flight (per process). */
export class SafeFetcher {
  private readonly perHost = new Map<string, LimitFunction>();
  private readonly agents: { http: http.Agent; https: https.Agent };

  constructor(
    private readonly perHostConcurrency: number,
    allowPrivateNetworks: boolean,
    /** Addresses allowed even when private networks are not (tests). */
    allowAddresses: string[] = [],
  ) {
    const filter = { allowPrivateIPAddress: allowPrivateNetworks, allowIPAddressList: allowAddresses, keepAlive: true, maxSockets: perHostConcurrency };
    this.agents = { http: new RequestFilteringHttpAgent(filter), https: new RequestFilteringHttpsAgent(filter) };
  }

  async fetch(rawUrl: string, options: FetchOptions): Promise<FetchResult> {
    const url = parseHttpUrl(rawUrl);
    return this.limit(url.host)(() => this.follow(url, options, 0, Date.now() + options.timeoutMs));
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private limit(host: string): LimitFunction {
    let limit = this.perHost.get(host);
    if (!limit) {
      limit = pLimit(this.perHostConcurrency);
      this.perHost.set(host, limit);
    }
    // Forget idle hosts, so the map does not grow with every host ever seen.
    if (this.perHost.size > 1_000) for (const [h, l] of this.perHost) if (l.activeCount === 0 && l.pendingCount === 0) this.perHost.delete(h);
    return limit;
  }

  private async follow(url: URL, options: FetchOptions, hops: number, deadline: number): Promise<FetchResult> {
    const answer = await this.once(url, options, deadline);
    if (answer.location === null) return answer.result;
    if (hops >= options.maxRedirects) throw new FetchError('TOO_MANY_REDIRECTS', `more than ${options.maxRedirects} redirects`);
    let next: URL;
    try {
      next = new URL(answer.location, url);
    } catch {
      throw new FetchError('INVALID_URL', 'redirect to an invalid URL');
    }
    // Checked again for the new URL: scheme here, address by the agent when it connects.
    return this.follow(parseHttpUrl(next.toString()), options, hops + 1, deadline);
  }

  private once(url: URL, options: FetchOptions, deadline: number): Promise<{ result: FetchResult; location: string | null }> {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return Promise.reject(new FetchError('TIMEOUT', `no answer within ${options.timeoutMs} ms`));
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: options.accept ?? '*/*', 'accept-encoding': 'identity' };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const lib = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (err: FetchError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.destroy();
        reject(err);
      };
      const req = lib.request(url, { method: 'GET', headers, agent: url.protocol === 'https:' ? this.agents.https : this.agents.http }, (res) => {
        const status = res.statusCode ?? 0;
        const header = (name: string) => {
          const v = res.headers[name];
          return (Array.isArray(v) ? v[0] : v) ?? null;
        };
        if (status >= 300 && status < 400 && status !== 304 && header('location')) {
          res.resume();
          settled = true;
          clearTimeout(timer);
          resolve({ result: emptyResult(url, status), location: header('location') });
          return;
        }
        if (status === 304) {
          res.resume();
          settled = true;
          clearTimeout(timer);
          resolve({ result: { ...emptyResult(url, status), notModified: true, etag: header('etag'), lastModified: header('last-modified') }, location: null });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          fail(new FetchError('HTTP_STATUS', `HTTP ${status}`, status));
          return;
        }
        const declared = Number(header('content-length') ?? NaN);
        if (declared > options.maxBytes) {
          fail(new FetchError('TOO_LARGE', `larger than ${options.maxBytes} bytes`, status));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) fail(new FetchError('TOO_LARGE', `larger than ${options.maxBytes} bytes`, status));
          else chunks.push(chunk);
        });
        res.on('error', () => fail(new FetchError('NETWORK', 'connection lost while reading the answer', status)));
        res.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          const contentType = header('content-type');
          resolve({
            result: { status, notModified: false, url: url.toString(), body: decode(Buffer.concat(chunks), contentType), contentType, etag: header('etag'), lastModified: header('last-modified') },
            location: null,
          });
        });
      });
      const timer = setTimeout(() => fail(new FetchError('TIMEOUT', `no answer within ${options.timeoutMs} ms`)), remaining);
      req.on('error', (err: Error) => {
        // request-filtering-agent refuses with "... is not allowed. Because, It is private IP address."
        if (/not allowed/i.test(err.message)) fail(new FetchError('PRIVATE_ADDRESS', `${url.hostname} resolves to a private, loopback or link-local address`));
        else fail(new FetchError('NETWORK', `${url.hostname}: ${(err as NodeJS.ErrnoException).code ?? err.message}`));
      });
      req.end();
    });
  }
}

function emptyResult(url: URL, status: number): FetchResult {
  return { status, notModified: false, url: url.toString(), body: '', contentType: null, etag: null, lastModified: null };
}

/** An absolute http(s) URL without credentials, or FetchError('INVALID_URL'). */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('INVALID_URL', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('INVALID_URL', 'only http and https URLs are fetched');
  if (url.username || url.password) throw new FetchError('INVALID_URL', 'URLs with credentials are not fetched');
  return url;
}

/** The body as text in its declared charset (UTF-8 when none or unknown). */
function decode(body: Buffer, contentType: string | null): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
