// API key management, shared by the GraphQL mutations and `npm run keys`.
import type { PrismaClient } from '../db/index.ts';
import { badInput } from '../errors.ts';
import { generateToken, hashToken, SCOPES, type Scope } from './auth.ts';

export interface ApiKeyRecord {
  id: number;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  revokedAt: Date | null;
  expiresAt: Date | null;
  rateLimitPoints: number | null;
}

export function parseScopes(values: readonly string[]): Scope[] {
  const out = new Set<Scope>();
  for (const raw of values) {
    const s = raw.trim().toUpperCase();
    if (!(SCOPES as readonly string[]).includes(s)) throw badInput(`unknown scope "${raw}": expected ${SCOPES.join(', ')}`, { argument: 'scopes' });
    out.add(s as Scope);
  }
  if (out.size === 0) throw badInput('a key needs at least one scope', { argument: 'scopes' });
  return SCOPES.filter((s) => out.has(s));
}

/** Creates a key; the token is returned here and never again (only its hash is stored). */
export async function createApiKey(
  prisma: PrismaClient,
  input: { name: string; scopes: readonly string[]; expiresAt?: Date | null; rateLimitPoints?: number | null },
): Promise<{ key: ApiKeyRecord; token: string }> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw badInput('name: expected 1 to 100 characters', { argument: 'name' });
  const scopes = parseScopes(input.scopes);
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt !== null && !(expiresAt.getTime() > Date.now())) {
    throw badInput(`expiresAt: expected an instant in the future, got ${Number.isNaN(expiresAt.getTime()) ? 'an invalid date' : expiresAt.toISOString()}`, {
      argument: 'expiresAt',
    });
  }
  const rateLimitPoints = input.rateLimitPoints ?? null;
  if (rateLimitPoints !== null && !(Number.isInteger(rateLimitPoints) && rateLimitPoints >= 1 && rateLimitPoints <= 1_000_000_000)) {
    throw badInput(`rateLimitPoints: expected an integer from 1 to 1000000000, got ${rateLimitPoints}`, { argument: 'rateLimitPoints' });
  }
  const token = generateToken();
  const key = await prisma.apiKey.create({
    data: { name, scopes, tokenHash: hashToken(token), prefix: token.slice(0, 10), expiresAt, rateLimitPoints },
    omit: { tokenHash: true },
  });
  return { key, token };
}

/** Parses an expiry given as an ISO 8601 instant or date, or as a duration from now: `90d`, `12h`, `30m`. */
export function parseExpiry(value: string, now = Date.now()): Date {
  const relative = /^(\d{1,6})([dhm])$/.exec(value.trim());
  if (relative) {
    const unit = { d: 86_400_000, h: 3_600_000, m: 60_000 }[relative[2] as 'd' | 'h' | 'm'];
    return new Date(now + Number(relative[1]) * unit);
  }
  const at = /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? new Date(value.trim()) : new Date(NaN);
  if (Number.isNaN(at.getTime())) throw badInput(`expires: expected an ISO 8601 date or a duration such as 90d, 12h or 30m, got "${value}"`, { argument: 'expiresAt' });
  return at;
}

/** active, revoked or expired, as lists show it. */
export function keyState(key: Pick<ApiKeyRecord, 'revokedAt' | 'expiresAt'>, now = Date.now()): 'ACTIVE' | 'REVOKED' | 'EXPIRED' {
  if (key.revokedAt) return 'REVOKED';
  if (key.expiresAt && key.expiresAt.getTime() <= now) return 'EXPIRED';
  return 'ACTIVE';
}

export function listApiKeys(prisma: PrismaClient): Promise<ApiKeyRecord[]> {
  return prisma.apiKey.findMany({ orderBy: { id: 'asc' }, omit: { tokenHash: true } });
}

/** Revokes a key (idempotent); null when no such key exists. */
export async function revokeApiKey(prisma: PrismaClient, id: number): Promise<ApiKeyRecord | null> {
  const found = await prisma.apiKey.findUnique({ where: { id }, omit: { tokenHash: true } });
  if (!found) return null;
  if (found.revokedAt) return found;
  return prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() }, omit: { tokenHash: true } });
}
