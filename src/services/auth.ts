// Who is calling: `Authorization: Bearer <token>` resolved to a principal with scopes.
// Tokens are high-entropy random strings; only their SHA-256 is stored, and comparisons
// are constant-time. The bootstrap token (NEWSGRAPH_ADMIN_TOKEN) has every scope.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';
import { LRUCache } from 'lru-cache';
import { AppError } from '../errors.ts';
import type { PrismaClient } from '../db/index.ts';

export const SCOPES = ['READ', 'WRITE', 'ADMIN'] as const;
export type Scope = (typeof SCOPES)[number];

export interface RequestAuth {
  kind: 'anonymous' | 'bootstrap' | 'key';
  /** The ApiKey row, for keys. */
  keyId: number | null;
  name: string;
  /** Effective scopes: ADMIN implies WRITE and READ, WRITE implies READ; anonymous callers get READ when reads are public. */
  scopes: ReadonlySet<Scope>;
  /** The caller's address (rate limits and logs). */
  clientIp: string;
  /** The key's own rate-limit budget; null: the server's RATE_LIMIT_POINTS. */
  rateLimitPoints: number | null;
}

export const TOKEN_PREFIX = 'ngk_';
const KEY_TOKEN = /^ngk_[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two SHA-256 hex digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === 32 && y.length === 32 && timingSafeEqual(x, y);
}

export function effectiveScopes(scopes: readonly string[]): Set<Scope> {
  const out = new Set<Scope>();
  for (const s of scopes) {
    if (s === 'ADMIN') ['ADMIN', 'WRITE', 'READ'].forEach((x) => out.add(x as Scope));
    else if (s === 'WRITE') ['WRITE', 'READ'].forEach((x) => out.add(x as Scope));
    else if (s === 'READ') out.add('READ');
  }
  return out;
}

export const unauthenticated = (message: string, status = 401) =>
  new AppError('UNAUTHENTICATED', message, { http: { status, headers: { 'www-authenticate': 'Bearer' } } });

export const forbidden = (message: string) => new AppError('FORBIDDEN', message);

/** The bearer token of a request; null without an Authorization header; throws when it is malformed. */
export function bearerToken(header: string | null): string | null {
  if (header === null || header.trim() === '') return null;
  const m = /^Bearer[ ]+([A-Za-z0-9._~+/=-]{16,512})\s*$/i.exec(header);
  if (!m) throw unauthenticated('Malformed Authorization header: expected `Bearer <token>`.');
  return m[1]!;
}

/** The client address: the socket's, or with trustProxy the last X-Forwarded-For hop. */
export function clientIp(request: Request, req: IncomingMessage | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = request.headers.get('x-forwarded-for')?.split(',').map((h) => h.trim()).filter(Boolean);
    const last = hops?.[hops.length - 1];
    if (last && last.length <= 64) return last;
  }
  return req?.socket.remoteAddress?.replace(/^::ffff:/, '') ?? 'local';
}

/**
 * The address a client's budgets are kept under: an IPv4 address as it is, an IPv6 address
 * by its /64 network (one subscriber usually holds a whole /64, so single addresses would
 * give each client billions of budgets).
 */
export function addressBucket(ip: string): string {
  const address = ip.split('%')[0]!;
  if (!isIPv6(address)) return ip;
  let text = address.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (v4 && isIPv4(v4)) {
    const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -v4.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => parseInt(g || '0', 16).toString(16)).join(':')}::/64`;
}

interface CachedKey {
  keyId: number;
  name: string;
  tokenHash: string;
  scopes: string[];
  /** When the key itself expires (ms since the epoch); null: never. */
  keyExpiresAt: number | null;
  rateLimitPoints: number | null;
  /** When this cache entry must be read again. */
  expires: number;
}

/**
 * Resolves tokens to principals. Key rows are cached for a few seconds so a busy client
 * costs one look-up per interval, not one per request; revoking through this process
 * clears the cache at once, other instances notice within `cacheMs`.
 */
// One cache per process, keyed by token hash, so revoking through any app instance of the
// process takes effect at once. Known keys and unknown tokens are kept apart, each a bounded
// LRU: a flood of made-up tokens evicts only other made-up tokens, never a valid key.
const KEY_CACHE_ENTRIES = 10_000;
const keyCache = new LRUCache<string, CachedKey>({ max: KEY_CACHE_ENTRIES });
const unknownTokens = new LRUCache<string, { missing: true; expires: number }>({ max: KEY_CACHE_ENTRIES });

/** Drops cached key look-ups (after a revocation). */
export function forgetCachedKeys(): void {
  keyCache.clear();
  unknownTokens.clear();
}

/** Sizes of the key caches (tests, metrics). */
export function keyCacheSizes(): { keys: number; unknown: number } {
  return { keys: keyCache.size, unknown: unknownTokens.size };
}

export class KeyResolver {
  private readonly adminHash: string | null;

  constructor(
    private readonly prisma: () => PrismaClient,
    adminToken: string | null,
    private readonly cacheMs = 5_000,
  ) {
    this.adminHash = adminToken ? hashToken(adminToken) : null;
  }

  /** True when the token is the bootstrap token or a key known valid from the cache: no look-up needed. */
  knownValid(token: string, now = Date.now()): boolean {
    const hash = hashToken(token);
    if (this.adminHash && sameHash(hash, this.adminHash)) return true;
    const entry = keyCache.get(hash);
    return !!entry && entry.expires >= now && (entry.keyExpiresAt === null || entry.keyExpiresAt > now);
  }

  async resolve(token: string, requireReadKey: boolean, ip: string): Promise<RequestAuth> {
    const hash = hashToken(token);
    if (this.adminHash && sameHash(hash, this.adminHash)) {
      return { kind: 'bootstrap', keyId: null, name: 'bootstrap admin', scopes: effectiveScopes(['ADMIN']), clientIp: ip, rateLimitPoints: null };
    }
    // Not shaped like one of our tokens: refused without a database look-up.
    if (!KEY_TOKEN.test(token)) throw unauthenticated('Unknown or revoked API key.');
    const now = Date.now();
    let entry: CachedKey | { missing: true; expires: number } | undefined = keyCache.get(hash) ?? unknownTokens.get(hash);
    if (!entry || entry.expires < now) {
      const row = await this.prisma().apiKey.findUnique({ where: { tokenHash: hash } });
      if (row && row.revokedAt === null) {
        entry = { keyId: row.id, name: row.name, tokenHash: row.tokenHash, scopes: row.scopes, keyExpiresAt: row.expiresAt?.getTime() ?? null, rateLimitPoints: row.rateLimitPoints, expires: now + this.cacheMs };
        unknownTokens.delete(hash);
        keyCache.set(hash, entry);
      } else {
        entry = { missing: true, expires: now + this.cacheMs };
        keyCache.delete(hash);
        unknownTokens.set(hash, entry);
      }
    }
    if ('missing' in entry || !sameHash(entry.tokenHash, hash)) {
      throw unauthenticated('Unknown or revoked API key.');
    }
    // Checked on every request, not only when the row is read: a key stops at its instant.
    if (entry.keyExpiresAt !== null && entry.keyExpiresAt <= now) throw unauthenticated('This API key has expired.');
    const scopes = effectiveScopes(entry.scopes);
    if (!requireReadKey) scopes.add('READ');
    return { kind: 'key', keyId: entry.keyId, name: entry.name, scopes, clientIp: ip, rateLimitPoints: entry.rateLimitPoints };
  }
}

export function anonymous(requireReadKey: boolean, ip: string): RequestAuth {
  return { kind: 'anonymous', keyId: null, name: 'anonymous', scopes: new Set(requireReadKey ? [] : ['READ']), clientIp: ip, rateLimitPoints: null };
}
