// Who is calling: `Authorization: Bearer <token>` resolved to a principal with scopes.
// Tokens are high-entropy random strings; only their SHA-256 is stored, and comparisons
// are constant-time. The bootstrap token (NEWSGRAPH_ADMIN_TOKEN) has every scope.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
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

/** In-process callers that bypass HTTP (tools, tests of services) read only. */
export const LOCAL_READER: RequestAuth = { kind: 'anonymous', keyId: null, name: 'local', scopes: new Set(['READ']), clientIp: 'local', rateLimitPoints: null };

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
// process takes effect at once.
const keyCache = new Map<string, CachedKey | { missing: true; expires: number }>();

/** Drops cached key look-ups (after a revocation). */
export function forgetCachedKeys(): void {
  keyCache.clear();
}

export class KeyResolver {
  private readonly cache = keyCache;
  private readonly adminHash: string | null;

  constructor(
    private readonly prisma: () => PrismaClient,
    adminToken: string | null,
    private readonly cacheMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {
    this.adminHash = adminToken ? hashToken(adminToken) : null;
  }

  async resolve(token: string, requireReadKey: boolean, ip: string): Promise<RequestAuth> {
    const hash = hashToken(token);
    if (this.adminHash && sameHash(hash, this.adminHash)) {
      return { kind: 'bootstrap', keyId: null, name: 'bootstrap admin', scopes: effectiveScopes(['ADMIN']), clientIp: ip, rateLimitPoints: null };
    }
    // Not shaped like one of our tokens: refused without a database look-up.
    if (!KEY_TOKEN.test(token)) throw unauthenticated('Unknown or revoked API key.');
    const now = Date.now();
    let entry = this.cache.get(hash);
    if (!entry || entry.expires < now) {
      const row = await this.prisma().apiKey.findUnique({ where: { tokenHash: hash } });
      entry =
        row && row.revokedAt === null
          ? { keyId: row.id, name: row.name, tokenHash: row.tokenHash, scopes: row.scopes, keyExpiresAt: row.expiresAt?.getTime() ?? null, rateLimitPoints: row.rateLimitPoints, expires: now + this.cacheMs }
          : { missing: true, expires: now + this.cacheMs };
      if (this.cache.size >= this.maxEntries) this.cache.clear();
      this.cache.set(hash, entry);
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
