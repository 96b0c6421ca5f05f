// Security settings: documented defaults, and bad values stop the start naming the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { loadSecurityConfig } from '../../src/config/security.ts';

describe('security configuration', () => {
  it('has safe defaults', () => {
    expect(loadSecurityConfig({})).toEqual({
      adminToken: null,
      requireReadKey: false,
      maxDepth: 12,
      maxAliases: 30,
      maxDirectives: 20,
      maxTokens: 2000,
      maxCost: 20000,
      maxListItems: 500,
      maxBodyBytes: 5_000_000,
      maxDocumentBytes: 100_000,
      parseCacheBytes: 32_000_000,
      maxBatch: 10,
      requestTimeoutMs: 30_000,
      introspection: true,
      csrfPrevention: true,
      trustedDocumentsFile: null,
      rateLimitPoints: 100_000,
      rateLimitWindowMs: 60_000,
      authFailureLimit: 20,
      authFailureWindowMs: 60_000,
      maxSubscriptions: 20,
      corsOrigins: ['*'],
      trustProxy: false,
      metrics: true,
      metricsToken: null,
    });
    // `npm start` runs with NODE_ENV=production: GraphiQL's docs must still work there.
    expect(loadSecurityConfig({ NODE_ENV: 'production' }).introspection).toBe(true);
    expect(loadSecurityConfig({ INTROSPECTION: 'false' }).introspection).toBe(false);
    expect(loadConfig({ REQUIRE_READ_KEY: 'true', MAX_COST: '500' }).security).toMatchObject({ requireReadKey: true, maxCost: 500 });
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ MAX_DEPTH: 'deep' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAX_DEPTH: '1' })).toThrow(/MAX_DEPTH/);
    expect(() => loadConfig({ REQUIRE_READ_KEY: 'perhaps' })).toThrow(/REQUIRE_READ_KEY/);
    expect(() => loadConfig({ RATE_LIMIT_WINDOW_MS: '5' })).toThrow(/RATE_LIMIT_WINDOW_MS/);
    expect(() => loadConfig({ MAX_SUBSCRIPTIONS: '-1' })).toThrow(/MAX_SUBSCRIPTIONS/);
    expect(() => loadConfig({ MAX_DOCUMENT_BYTES: '10' })).toThrow(/MAX_DOCUMENT_BYTES/);
    expect(() => loadConfig({ SHUTDOWN_DRAIN_MS: '20000', SHUTDOWN_TIMEOUT_MS: '10000' })).toThrow(/SHUTDOWN_DRAIN_MS/);
    expect(loadConfig({})).toMatchObject({ shutdownDrainMs: 5_000, shutdownTimeoutMs: 15_000 });
    expect(loadConfig({ MAX_SUBSCRIPTIONS: '0' }).security.maxSubscriptions).toBe(0);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.com/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: 'app.example.com' })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).security.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(loadConfig({ CORS_ORIGINS: 'none' }).security.corsOrigins).toBeNull();
    expect(() => loadConfig({ NEWSGRAPH_ADMIN_TOKEN: 'short' })).toThrow(/NEWSGRAPH_ADMIN_TOKEN/);
    expect(loadConfig({ NEWSGRAPH_ADMIN_TOKEN: 'a'.repeat(32) }).security.adminToken).toBe('a'.repeat(32));
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_TOKEN: 'has spaces in the middle of it' })).toThrow(/METRICS_TOKEN/);
    expect(loadConfig({ METRICS_TOKEN: 'b'.repeat(16) }).security.metricsToken).toBe('b'.repeat(16));
  });
});
