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
  input: { name: string; scopes: readonly string[] },
): Promise<{ key: ApiKeyRecord; token: string }> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw badInput('name: expected 1 to 100 characters', { argument: 'name' });
  const scopes = parseScopes(input.scopes);
  const token = generateToken();
  const key = await prisma.apiKey.create({
    data: { name, scopes, tokenHash: hashToken(token), prefix: token.slice(0, 10) },
    omit: { tokenHash: true },
  });
  return { key, token };
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
