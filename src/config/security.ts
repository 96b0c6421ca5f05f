// Security, abuse-limit and observability settings, read from the environment. Every value
// has a documented default (README, "Running in production"); a bad value stops the start
// with a ConfigError naming the variable.
import { ConfigError } from '../errors.ts';

export interface SecurityConfig {
  /** NEWSGRAPH_ADMIN_TOKEN: a bootstrap token with every scope (unset: none). */
  adminToken: string | null;
  /** REQUIRE_READ_KEY: queries need a key with the read scope too (default: reads are public). */
  requireReadKey: boolean;
  /** MAX_DEPTH: deepest selection nesting (default 12). */
  maxDepth: number;
  /** MAX_ALIASES: aliases per operation (default 30). */
  maxAliases: number;
  /** MAX_DIRECTIVES: directives per operation (default 20). */
  maxDirectives: number;
  /** MAX_TOKENS: lexical tokens per document (default 2000). */
  maxTokens: number;
  /** MAX_COST: list-aware cost of one operation (default 20000). */
  maxCost: number;
  /** MAX_LIST_ITEMS: elements of any one list argument (nodes(ids:), _entities, ID filters) (default 500). */
  maxListItems: number;
  /** MAX_BODY_BYTES: request body, document plus variables (default 5 MB). */
  maxBodyBytes: number;
  /** MAX_DOCUMENT_BYTES: the query document alone, checked before parsing (default 100000). */
  maxDocumentBytes: number;
  /** PARSE_CACHE_BYTES: estimated memory of the parsed-document cache (default 32 MB). */
  parseCacheBytes: number;
  /** REQUEST_TIMEOUT_MS: the longest a query may run; then it is stopped (default 30000; 0: no limit). */
  requestTimeoutMs: number;
  /** MAX_BATCH: operations in one batched HTTP request (default 10; 1 turns batching off). */
  maxBatch: number;
  /** INTROSPECTION: allow __schema/__type (default: true: the schema documents a public API; GraphiQL's docs and codegen need it). */
  introspection: boolean;
  /** CSRF_PREVENTION: refuse simple (non-preflighted) browser POSTs (default true). */
  csrfPrevention: boolean;
  /** TRUSTED_DOCUMENTS: JSON file { "<sha256>": "<document>" }; when set, only these run. */
  trustedDocumentsFile: string | null;
  /** RATE_LIMIT_POINTS: cost budget per key or IP per window (default 100000; 0 turns it off). */
  rateLimitPoints: number;
  /** RATE_LIMIT_WINDOW_MS: the window of that budget (default 60000). */
  rateLimitWindowMs: number;
  /** AUTH_FAILURE_LIMIT: failed authentications per client address (IPv6: per /64) and window before 429 (default 20; 0: no limit). */
  authFailureLimit: number;
  /** AUTH_FAILURE_WINDOW_MS: the window of that limit (default 60000). */
  authFailureWindowMs: number;
  /** MAX_SUBSCRIPTIONS: subscriptions one key or IP may hold open on an instance (default 20; 0: no cap). */
  maxSubscriptions: number;
  /**
   * CORS_ORIGINS: browser origins allowed to call the API: `*` (default: any, as reads are
   * public and keys are bearer tokens, never cookies), a comma-separated list, or `none`.
   */
  corsOrigins: string[] | null;
  /** TRUST_PROXY: take the client IP from the last X-Forwarded-For hop (default false). */
  trustProxy: boolean;
  /** METRICS: serve Prometheus metrics on /metrics (default true). */
  metrics: boolean;
  /** METRICS_TOKEN: when set, /metrics needs `Authorization: Bearer <token>` (default: open). */
  metricsToken: string | null;
}

function int(env: NodeJS.ProcessEnv, name: string, min: number, max: number, fallback: number, issues: string[]): number {
  const v = env[name];
  if (v === undefined || v.trim() === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    issues.push(`${name}: expected an integer from ${min} to ${max}, got "${v}"`);
    return fallback;
  }
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean, issues: string[]): boolean {
  const v = env[name];
  if (v === undefined || v.trim() === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  issues.push(`${name}: expected true or false, got "${v}"`);
  return fallback;
}

function origins(env: NodeJS.ProcessEnv, issues: string[]): string[] | null {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw || raw === '*') return ['*'];
  if (/^none$/i.test(raw)) return null;
  const list = raw.split(',').map((o) => o.trim()).filter(Boolean);
  if (!list.length) issues.push(`CORS_ORIGINS: expected *, none or a comma-separated list of origins, got "${raw}"`);
  for (const o of list) {
    let ok = false;
    try {
      const u = new URL(o);
      ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === o;
    } catch {
      ok = false;
    }
    if (!ok) issues.push(`CORS_ORIGINS: expected *, none or origins such as https://app.example.com (scheme, host and port only), got "${o}"`);
  }
  return list;
}

export function loadSecurityConfig(env: NodeJS.ProcessEnv = process.env): SecurityConfig {
  const issues: string[] = [];
  const adminToken = env.NEWSGRAPH_ADMIN_TOKEN?.trim() || null;
  if (adminToken !== null && (adminToken.length < 24 || /\s/.test(adminToken))) {
    issues.push('NEWSGRAPH_ADMIN_TOKEN: expected at least 24 characters without spaces (for example `openssl rand -hex 32`)');
  }
  const metricsToken = env.METRICS_TOKEN?.trim() || null;
  if (metricsToken !== null && (metricsToken.length < 16 || /\s/.test(metricsToken))) {
    issues.push('METRICS_TOKEN: expected at least 16 characters without spaces (for example `openssl rand -hex 32`)');
  }
  const config: SecurityConfig = {
    adminToken,
    requireReadKey: bool(env, 'REQUIRE_READ_KEY', false, issues),
    maxDepth: int(env, 'MAX_DEPTH', 2, 100, 12, issues),
    maxAliases: int(env, 'MAX_ALIASES', 0, 1000, 30, issues),
    maxDirectives: int(env, 'MAX_DIRECTIVES', 0, 1000, 20, issues),
    maxTokens: int(env, 'MAX_TOKENS', 100, 100_000, 2_000, issues),
    maxCost: int(env, 'MAX_COST', 10, 10_000_000, 20_000, issues),
    maxListItems: int(env, 'MAX_LIST_ITEMS', 1, 100_000, 500, issues),
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 1_000, 100_000_000, 5_000_000, issues),
    maxDocumentBytes: int(env, 'MAX_DOCUMENT_BYTES', 1_000, 10_000_000, 100_000, issues),
    parseCacheBytes: int(env, 'PARSE_CACHE_BYTES', 100_000, 4_000_000_000, 32_000_000, issues),
    maxBatch: int(env, 'MAX_BATCH', 1, 100, 10, issues),
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 0, 3_600_000, 30_000, issues),
    introspection: bool(env, 'INTROSPECTION', true, issues),
    csrfPrevention: bool(env, 'CSRF_PREVENTION', true, issues),
    trustedDocumentsFile: env.TRUSTED_DOCUMENTS?.trim() || null,
    rateLimitPoints: int(env, 'RATE_LIMIT_POINTS', 0, 1_000_000_000, 100_000, issues),
    rateLimitWindowMs: int(env, 'RATE_LIMIT_WINDOW_MS', 1_000, 86_400_000, 60_000, issues),
    authFailureLimit: int(env, 'AUTH_FAILURE_LIMIT', 0, 1_000_000, 20, issues),
    authFailureWindowMs: int(env, 'AUTH_FAILURE_WINDOW_MS', 1_000, 86_400_000, 60_000, issues),
    maxSubscriptions: int(env, 'MAX_SUBSCRIPTIONS', 0, 100_000, 20, issues),
    corsOrigins: origins(env, issues),
    trustProxy: bool(env, 'TRUST_PROXY', false, issues),
    metrics: bool(env, 'METRICS', true, issues),
    metricsToken,
  };
  if (issues.length) throw new ConfigError(issues.join('; '));
  return config;
}
