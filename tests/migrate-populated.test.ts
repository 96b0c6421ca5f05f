// Migrations run on databases that hold data, not only on empty ones: the history is applied
// up to before the integrity migration, a graph with duplicate participants is written, and
// the rest of the history must then apply (each migration in one transaction, as the
// server's migrator runs it) and repair the data.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { readMigrations } from '../src/db/migrate.ts';
import { createServerDatabase, usingPostgres } from './helpers/db.ts';

const SEED = `
  INSERT INTO "Country"(code, alpha3, name, "officialName") VALUES ('KE', 'KEN', 'Kenya', 'Kenya'), ('UG', 'UGA', 'Uganda', 'Uganda');
  INSERT INTO "Official"(slug, name, aliases, "countryCode", "updatedAt") VALUES ('w-r', 'W R', '{}', 'KE', now());
  INSERT INTO "Organization"(slug, name, aliases, kind, "countryCode", "updatedAt") VALUES ('mfa-ug', 'MFA', '{}', 'MINISTRY', 'UG', now());
  INSERT INTO "DiplomaticEvent"(key, type, date, "datePrecision", summary, "updatedAt")
    VALUES ('DIPLOMAT_EXPELLED|country:KE|country:UG|2025|ASSERTED', 'DIPLOMAT_EXPELLED', '2025-03-01', 'MONTH', 'x', now());
  INSERT INTO "EventParticipant"("eventId", role, "countryCode") VALUES (1, 'INITIATOR', 'KE'), (1, 'INITIATOR', 'KE'), (1, 'RECIPIENT', 'UG'), (1, 'RECIPIENT', 'UG');
  INSERT INTO "EventParticipant"("eventId", role, "officialId") VALUES (1, 'PARTICIPANT', 1), (1, 'PARTICIPANT', 1);`;

interface Runner {
  exec(sql: string): Promise<void>;
  rows<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

async function runner(): Promise<Runner> {
  if (usingPostgres) {
    const server = await createServerDatabase();
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    return {
      exec: async (sql) => void (await client.query(sql)),
      rows: async <T>(sql: string) => (await client.query(sql)).rows as T[],
      close: async () => (await client.end(), await server.drop()),
    };
  }
  const db = new PGlite({ extensions: { unaccent, pg_trgm } });
  return {
    exec: async (sql) => void (await db.exec(sql)),
    rows: async <T>(sql: string) => (await db.query<T>(sql)).rows,
    close: () => db.close(),
  };
}

describe('migrations on a database with data', { timeout: 120_000 }, () => {
  it('apply the integrity migration over duplicate participants and repair them', async () => {
    const db = await runner();
    try {
      const migrations = await readMigrations();
      const at = migrations.findIndex((m) => m.name === '20261201000000_integrity');
      expect(at).toBeGreaterThan(0);
      for (const m of migrations.slice(0, at)) await db.exec(`BEGIN;\n${m.sql}\nCOMMIT;`);
      await db.exec(SEED);
      for (const m of migrations.slice(at)) await db.exec(`BEGIN;\n${m.sql}\nCOMMIT;`);
      const participants = await db.rows<{ role: string; countryCode: string | null; officialId: number | null }>(
        'SELECT role::text AS role, "countryCode", "officialId" FROM "EventParticipant" ORDER BY id',
      );
      expect(participants).toEqual([
        { role: 'INITIATOR', countryCode: 'KE', officialId: null },
        { role: 'RECIPIENT', countryCode: 'UG', officialId: null },
        { role: 'PARTICIPANT', countryCode: null, officialId: 1 },
      ]);
      const [event] = await db.rows<{ key: string; sidesKey: string }>('SELECT key, "sidesKey" FROM "DiplomaticEvent"');
      expect(event).toEqual({
        sidesKey: 'DIPLOMAT_EXPELLED|country:KE|country:UG|ASSERTED',
        key: 'DIPLOMAT_EXPELLED|country:KE|country:UG|ASSERTED|2025-03-01/MONTH',
      });
    } finally {
      await db.close();
    }
  });
});
