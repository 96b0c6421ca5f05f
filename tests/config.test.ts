import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from '../src/config.ts';

describe('configuration', () => {
  it('selects the storage from DATABASE_URL', () => {
    expect(parseDatabaseUrl(undefined, '/srv/app')).toEqual({ kind: 'pglite', dataDir: '/srv/app/data/pglite' });
    expect(parseDatabaseUrl('', '/srv/app')).toEqual({ kind: 'pglite', dataDir: '/srv/app/data/pglite' });
    expect(parseDatabaseUrl('file:./db', '/srv/app')).toEqual({ kind: 'pglite', dataDir: '/srv/app/db' });
    expect(parseDatabaseUrl('file:/var/lib/ng', '/srv/app')).toEqual({ kind: 'pglite', dataDir: '/var/lib/ng' });
    expect(parseDatabaseUrl('memory:')).toEqual({ kind: 'pglite', dataDir: null });
    expect(parseDatabaseUrl('postgres://u@h:5432/d')).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/d' });
    expect(parseDatabaseUrl('postgresql://u@h/d')).toEqual({ kind: 'postgres', url: 'postgresql://u@h/d' });
  });

  it('names the variable when a value is bad', () => {
    expect(() => parseDatabaseUrl('mysql://x')).toThrow(/DATABASE_URL/);
    expect(() => parseDatabaseUrl('file:')).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ SEED_SAMPLE: 'maybe' })).toThrow(/SEED_SAMPLE/);
    expect(() => loadConfig({ DB_POOL_MAX: '0' })).toThrow(/DB_POOL_MAX/);
  });

  it('has defaults for a zero-setup start', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c).toMatchObject({ host: 'localhost', port: 4000, seedSample: true, database: { kind: 'pglite', dataDir: '/srv/app/data/pglite' } });
    expect(loadConfig({ PORT: '8080', HOST: '0.0.0.0', SEED_SAMPLE: 'false' })).toMatchObject({ port: 8080, host: '0.0.0.0', seedSample: false });
  });
});
