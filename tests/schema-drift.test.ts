// schema.prisma and prisma/migrations/ describe the same database. The Prisma CLI writes the
// SQL the schema implies (offline: the 6.19 CLI's `migrate diff --from-empty`, see
// scripts/prisma-cli6.ts); one fresh database gets
// that SQL, another the migration history; their catalogs (columns, indexes, constraints,
// enums) must agree, but for the hand-written objects listed below, each with its reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli6 } from '../scripts/prisma-cli6.ts';
import { openDatabase, type Database } from '../src/db/index.ts';
import { createServerDatabase, testConfig, usingPostgres } from './helpers/db.ts';

/** What the migrations add that schema.prisma cannot say, by catalog entry. */
const HAND_WRITTEN: Record<string, string> = {
  // DESC NULLS LAST for keyset pages (migration 20261127040000_keyset_indexes); the schema says DESC.
  'index Article_publishedAt_id_idx': 'NULLS LAST order',
  'index DiplomaticEvent_date_id_idx': 'NULLS LAST order',
  // An official's positions, most recent first (migration 20261202000000_position_order).
  'index Position_officialId_startDate_id_idx': 'NULLS LAST order',
  // Generated from title and body (migration 20261127010000_search); the schema has Unsupported("tsvector").
  'column Article.searchVector': 'generated column',
  'constraint EventParticipant.EventParticipant_one_actor': 'exactly one actor per participant',
  'constraint Evidence.Evidence_span': 'non-empty evidence span',
  'constraint DataVersion.DataVersion_single_row': 'one data-version row',
  // Trigram expression indexes for entity search (migration 20261127010000_search).
  'index Country_searchName_idx': 'expression index',
  // Folded names and aliases for name filters and entity search, kept by PostgreSQL, with
  // their trigram indexes (migration 20261201100000_name_filters); the schema says String?.
  'column Official.searchName': 'generated column',
  'column Organization.searchName': 'generated column',
  'index Official_searchName_idx': 'pg_trgm index',
  'index Organization_searchName_idx': 'pg_trgm index',
};

/** Families of hand-written objects: the data-version triggers of every graph table (migration 20261127050000_data_version). */
const HAND_WRITTEN_FAMILIES = [/^constraint (\w+)\.\1_data_version$/];

const handWritten = (entry: string) => entry in HAND_WRITTEN || HAND_WRITTEN_FAMILIES.some((re) => re.test(entry));

const CATALOG = `
  SELECT 'column ' || table_name || '.' || column_name AS entry,
         concat_ws(' ', udt_name, character_maximum_length, is_nullable, column_default, generation_expression) AS def
  FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
  UNION ALL
  SELECT 'index ' || indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
  UNION ALL
  SELECT 'constraint ' || conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
  FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')
  UNION ALL
  SELECT 'enum ' || t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`;

async function catalog(db: Database): Promise<Map<string, string>> {
  const rows = await db.sql<{ entry: string; def: string }>(CATALOG);
  return new Map(rows.map((r) => [r.entry.replaceAll('"', ''), r.def]));
}

async function freshDatabase(): Promise<{ db: Database; drop(): Promise<void> }> {
  if (usingPostgres) {
    const server = await createServerDatabase();
    const db = await openDatabase(testConfig({ kind: 'postgres', url: server.url }));
    return { db, drop: async () => (await db.close(), await server.drop()) };
  }
  const db = await openDatabase(testConfig({ kind: 'pglite', dataDir: null }));
  return { db, drop: () => db.close() };
}

let fromSchema: Awaited<ReturnType<typeof freshDatabase>>;
let fromMigrations: Awaited<ReturnType<typeof freshDatabase>>;

beforeAll(async () => {
  // The CLI that can write migrations offline (see README, "Storage and migrations"); it
  // needs no database for this diff (memory: keeps its adapter off any folder).
  const { code, stdout, stderr } = await cli6(['migrate', 'diff', '--from-empty', '--to-schema-datamodel', '{schema}', '--script'], {
    ...process.env,
    DATABASE_URL: 'memory:',
  });
  if (code !== 0) throw new Error(`prisma migrate diff exited ${code}: ${stderr}`);
  fromSchema = await freshDatabase();
  // Prisma's DDL has no function bodies: statements end with a semicolon at a line's end.
  for (const statement of stdout.split(/;\s*$/m).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean)) {
    if (/^CREATE SCHEMA/i.test(statement)) continue;
    await fromSchema.db.sql(statement);
  }
  fromMigrations = await freshDatabase();
  await fromMigrations.db.migrate();
}, 240_000);

afterAll(async () => {
  await fromSchema?.drop();
  await fromMigrations?.drop();
});

describe('schema.prisma and the migrations', () => {
  it('create the same columns, indexes, constraints and enums', async () => {
    const expected = await catalog(fromSchema.db);
    const actual = await catalog(fromMigrations.db);
    expect(expected.size).toBeGreaterThan(50);
    const missing = [...expected.keys()].filter((k) => !actual.has(k) && !handWritten(k));
    const extra = [...actual.keys()].filter((k) => !expected.has(k) && !handWritten(k));
    const different = [...expected.keys()]
      .filter((k) => actual.has(k) && actual.get(k) !== expected.get(k) && !handWritten(k))
      .map((k) => `${k}: schema "${expected.get(k)}", migrations "${actual.get(k)}"`);
    expect({ missing, extra, different }).toEqual({ missing: [], extra: [], different: [] });
  });

  it('declare the unique indexes that keep an event free of duplicate participants', async () => {
    const actual = await catalog(fromMigrations.db);
    for (const column of ['countryCode', 'officialId', 'organizationId']) {
      expect(actual.get(`index EventParticipant_eventId_${column}_key`)).toMatch(/UNIQUE INDEX/);
    }
  });

  it('list each hand-written object once, and each still exists', async () => {
    const actual = await catalog(fromMigrations.db);
    for (const entry of Object.keys(HAND_WRITTEN)) expect(actual.has(entry), entry).toBe(true);
    const graphTables = ['Country', 'Organization', 'Official', 'Position', 'Article', 'ArticleUrl', 'ArticleCountry', 'ArticleOfficial', 'ArticleOrganization', 'DiplomaticEvent', 'EventParticipant', 'Evidence'];
    // Every graph table moves the data version on (the response cache depends on it).
    for (const table of graphTables) expect(actual.has(`constraint ${table}.${table}_data_version`), table).toBe(true);
  });
});
