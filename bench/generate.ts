// Fills a PostgreSQL database with a deterministic, realistic Newsgraph graph for the
// benchmark. Newsgraph's own code creates the schema (openDatabase(...).migrate()) and the
// ISO countries (seedCountries); everything else is set-based SQL (generate_series), with
// pseudo-random values drawn from md5(seed, salt, row) so that the data do not depend on
// the plan or the order rows are produced in.
//
//   npx tsx bench/generate.ts [--scale 1] [--seed 42] [--db newsgraph_bench] [--force]
//
// Scale 1: ~250 countries, 2,000 organizations, 20,000 officials (~40,000 positions),
// 200,000 articles (400,000 country and 200,000 official mentions), 100,000 events
// (~250,000 participants, ~150,000 evidence sentences).
import pg from 'pg';
import { openDatabase } from '../src/db/index.ts';
import { seedCountries } from '../src/services/seed.ts';

export interface GenerateOptions {
  scale: number;
  seed: number;
  database: string;
  /** Server URL without the database name. */
  server: string;
  force?: boolean;
  log?: (msg: string) => void;
}

export const BENCH_SERVER = 'postgresql://postgres@127.0.0.1:5432';

export function sizes(scale: number) {
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  return { organizations: n(2_000), officials: n(20_000), articles: n(200_000), events: n(100_000) };
}

export async function generate(opts: GenerateOptions): Promise<{ generated: boolean; ms: number; counts: Record<string, number> }> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const started = Date.now();
  if (!/^[a-z_][a-z0-9_]*$/.test(opts.database)) throw new Error(`bad database name ${opts.database}`);
  const admin = new pg.Client({ connectionString: `${opts.server}/postgres` });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database])).rowCount === 1;
  const url = `${opts.server}/${opts.database}`;
  if (exists && !opts.force) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const meta = await c.query('SELECT scale, seed FROM bench_meta').catch(() => ({ rows: [] as { scale: number; seed: number }[] }));
      const m = meta.rows[0];
      if (m && Number(m.scale) === opts.scale && Number(m.seed) === opts.seed) {
        await admin.end();
        log(`database ${opts.database} already holds scale ${opts.scale}, seed ${opts.seed}: kept (--force regenerates)`);
        await ensureBenchFunctions(c);
        return { generated: false, ms: Date.now() - started, counts: await countRows(c) };
      }
    } finally {
      await c.end();
    }
  }
  if (exists) await admin.query(`DROP DATABASE ${opts.database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${opts.database}`);
  await admin.end();

  // Newsgraph's own migrations and reference data.
  const db = await openDatabase({
    database: { kind: 'postgres', url },
    dbConnectTimeoutMs: 10_000,
    dbStatementTimeoutMs: 600_000,
    dbPoolMax: 2,
  });
  await db.migrate();
  const countries = await seedCountries(db.prisma);
  await db.close();
  log(`migrated ${opts.database}, ${countries} countries`);

  const s = sizes(opts.scale);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const step = async (label: string, sql: string) => {
    const t = Date.now();
    const r = await c.query(sql);
    log(`  ${label}: ${r.rowCount ?? 0} rows in ${Date.now() - t} ms`);
  };
  const seed = Math.trunc(opts.seed);
  await c.query(`SET synchronous_commit = off; SET maintenance_work_mem = '512MB'`);
  await c.query(`
    CREATE TABLE bench_meta (scale float8 NOT NULL, seed int NOT NULL, generated_at timestamptz NOT NULL DEFAULT now());
    -- Uniform pseudo-random number in [0, 1) for (salt, row): deterministic for a seed.
    CREATE FUNCTION bench_rand(salt int, i bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT ('x' || substr(md5(${seed} || ':' || salt || ':' || i), 1, 8))::bit(32)::bigint / 4294967296.0 $$;
  `);
  const codes = (await c.query<{ code: string }>('SELECT code FROM "Country" ORDER BY code')).rows.map((r) => r.code);
  const nC = codes.length;
  const allCodes = `ARRAY[${codes.map((x) => `'${x}'`).join(',')}]::char(2)[]`;
  const major = `ARRAY['US','CN','RU','GB','FR','DE','UA','IN','IR','TR']::char(2)[]`;
  // A country for (salt, row): 10 major ones take part far more often than the rest.
  const countryFor = (salt: number, i: string) =>
    `(CASE WHEN bench_rand(${salt}, ${i}) < 0.35 THEN (${major})[1 + floor(bench_rand(${salt + 1000}, ${i}) * 10)::int]
      ELSE (${allCodes})[1 + floor(bench_rand(${salt + 1000}, ${i}) * ${nC})::int] END)`;
  const countryAt = (i: string) => `(${allCodes})[1 + ((${i}) % ${nC})::int]`;
  const words = `ARRAY['talks','ministers','border','trade','security','agreement','embassy','sanctions','delegation','summit','council','treaty','aid','forces','envoy','resolution','parliament','election','statement','cooperation']`;
  const first = `ARRAY['Anna','Ahmed','Li','Maria','John','Olga','Carlos','Fatima','Hiroshi','Amina','Pierre','Elena','Mohammed','Sofia','David','Aisha','Ivan','Lucia','Kwame','Mei']`;
  const last = `ARRAY['Smith','Khan','Wang','Garcia','Ivanov','Mueller','Rossi','Nguyen','Kim','Hassan','Silva','Kowalski','Dubois','Tanaka','Okafor','Petrov','Lopez','Cohen','Singh','Haddad']`;
  await step('organizations', `
    INSERT INTO "Organization" (id, slug, name, aliases, kind, "countryCode", "createdAt", "updatedAt")
    SELECT i, 'org-' || i, 'Organization ' || i || ' of ' || (${words})[1 + (i % 20)], '{}',
      (ARRAY['GOVERNMENT','MINISTRY','INTERNATIONAL_ORGANIZATION','ALLIANCE','ARMED_GROUP','POLITICAL_PARTY','MEDIA','OTHER'])[1 + floor(bench_rand(1, i) * 8)::int]::"OrganizationKind",
      CASE WHEN bench_rand(2, i) < 0.2 THEN NULL ELSE ${countryAt('i')} END,
      now(), now()
    FROM generate_series(1, ${s.organizations}) AS i`);
  // Officials spread evenly over the countries (about 80 per country at scale 1).
  await step('officials', `
    INSERT INTO "Official" (id, slug, name, aliases, "countryCode", "createdAt", "updatedAt")
    SELECT i, 'official-' || i,
      (${first})[1 + floor(bench_rand(3, i) * 20)::int] || ' ' || (${last})[1 + floor(bench_rand(4, i) * 20)::int] || ' ' || i,
      '{}', ${countryAt('i')}, now(), now()
    FROM generate_series(1, ${s.officials}) AS i`);
  await step('positions', `
    INSERT INTO "Position" ("officialId", title, "countryCode", "organizationId", "startDate", "startPrecision", "endDate", "endPrecision", "createdAt", "updatedAt")
    SELECT o.id, (ARRAY['Foreign Minister','Ambassador','Prime Minister','Defence Minister','Spokesperson'])[j],
      o."countryCode",
      CASE WHEN bench_rand(5, o.id * 10 + j) < 0.3 THEN 1 + floor(bench_rand(6, o.id * 10 + j) * ${s.organizations})::int END,
      DATE '2000-01-01' + floor(bench_rand(7, o.id * 10 + j) * 9000)::int, 'DAY',
      CASE WHEN j > 1 THEN DATE '2000-01-01' + floor(bench_rand(7, o.id * 10 + j) * 9000)::int + 700 END,
      CASE WHEN j > 1 THEN 'DAY'::"DatePrecision" END, now(), now()
    FROM "Official" o, generate_series(1, 3) AS j
    WHERE j <= 1 + (o.id % 3)`);
  await step('articles', `
    INSERT INTO "Article" (id, url, title, body, language, "publishedAt", "sourceName", "contentHash", "createdAt", "updatedAt")
    SELECT i, 'https://news.example/a/' || i,
      initcap((${words})[1 + floor(bench_rand(8, i) * 20)::int] || ' ' || (${words})[1 + floor(bench_rand(9, i) * 20)::int]) || ' report ' || i,
      b.body, 'en',
      TIMESTAMPTZ '2015-01-01' + make_interval(secs => floor(bench_rand(10, i) * 340000000)),
      (ARRAY['Reuters','AP','AFP','BBC','Al Jazeera','DW'])[1 + (i % 6)],
      encode(sha256(convert_to(b.body, 'UTF8')), 'hex'), now(), now()
    FROM generate_series(1, ${s.articles}) AS i,
      LATERAL (SELECT 'Article ' || i || '. ' || repeat('The ' || (${words})[1 + floor(bench_rand(11, i) * 20)::int] || ' between the '
        || (${words})[1 + floor(bench_rand(12, i) * 20)::int] || ' and the ' || (${words})[1 + floor(bench_rand(19, i) * 20)::int]
        || ' continued on ' || i || ', officials said. ', 12) AS body) AS b`);
  await step('article countries', `
    INSERT INTO "ArticleCountry" ("articleId", "countryCode", mentions)
    SELECT DISTINCT ON (i, code) i, code, 1 + floor(bench_rand(12, i * 2 + j) * 5)::int
    FROM generate_series(1, ${s.articles}) AS i, generate_series(0, 1) AS j,
      LATERAL (SELECT CASE j WHEN 0 THEN ${countryFor(13, 'i')} ELSE ${countryFor(14, 'i')} END AS code) AS x`);
  await step('article officials', `
    INSERT INTO "ArticleOfficial" ("articleId", "officialId", mentions)
    SELECT i, 1 + floor(bench_rand(14, i) * ${s.officials})::int, 1 FROM generate_series(1, ${s.articles}) AS i`);
  await step('events', `
    INSERT INTO "DiplomaticEvent" (id, key, "sidesKey", type, date, "dateEnd", "datePrecision", summary, "cameoCode", "ploverType", "ploverMode", factuality, confidence, "createdAt", "updatedAt")
    SELECT i, 'event-' || i, 'event-' || i, t.type::"DiplomaticEventType", d.day, d.day,
      'DAY', 'Event ' || i || ': ' || lower(t.type) || ' involving several parties.', '042', 'CONSULT', NULL,
      CASE WHEN bench_rand(18, i) < 0.9 THEN 'ASSERTED' ELSE 'FUTURE' END::"Factuality", 0.9, now(), now()
    FROM generate_series(1, ${s.events}) AS i,
      -- A day's period ends on the day itself (dateEnd, the integrity migration).
      LATERAL (SELECT CASE WHEN bench_rand(16, i) < 0.03 THEN NULL ELSE DATE '2015-01-01' + floor(bench_rand(17, i) * 3900)::int END AS day) AS d,
      LATERAL (SELECT CASE WHEN r < 0.2 THEN 'VISIT' WHEN r < 0.4 THEN 'MEETING'
        ELSE (enum_range(NULL::"DiplomaticEventType"))[1 + floor((r - 0.4) / 0.6 * 23)::int]::text END AS type
        FROM (SELECT bench_rand(15, i) AS r) AS q) AS t`);
  await step('participants', `
    INSERT INTO "EventParticipant" ("eventId", role, "countryCode", "officialId", "organizationId")
    SELECT e.id, 'INITIATOR'::"ParticipantRole", ${countryFor(20, 'e.id')}, NULL::int, NULL::int FROM "DiplomaticEvent" e
    UNION ALL
    SELECT e.id, 'RECIPIENT', b.code, NULL, NULL FROM "DiplomaticEvent" e,
      LATERAL (SELECT ${countryFor(20, 'e.id')} AS a, ${countryFor(22, 'e.id')} AS code) b WHERE b.code <> b.a
    UNION ALL
    SELECT e.id, 'PARTICIPANT', NULL, 1 + floor(bench_rand(24, e.id) * ${s.officials})::int, NULL FROM "DiplomaticEvent" e WHERE e.id % 3 = 0
    UNION ALL
    SELECT e.id, 'MEDIATOR', NULL, NULL, 1 + floor(bench_rand(25, e.id) * ${s.organizations})::int FROM "DiplomaticEvent" e WHERE e.id % 5 = 0`);
  await step('evidence', `
    INSERT INTO "Evidence" ("eventId", "articleId", sentence, start, "end")
    SELECT e.id, 1 + floor(bench_rand(26, e.id * 2 + j) * ${s.articles})::int,
      'Sentence ' || j || ' reporting event ' || e.id || '.', 10 + j * 100, 40 + j * 100
    FROM "DiplomaticEvent" e, generate_series(0, 1) AS j WHERE j = 0 OR e.id % 2 = 0`);
  await c.query(`
    SELECT setval(pg_get_serial_sequence('"Organization"', 'id'), (SELECT max(id) FROM "Organization"));
    SELECT setval(pg_get_serial_sequence('"Official"', 'id'), (SELECT max(id) FROM "Official"));
    SELECT setval(pg_get_serial_sequence('"Article"', 'id'), (SELECT max(id) FROM "Article"));
    SELECT setval(pg_get_serial_sequence('"DiplomaticEvent"', 'id'), (SELECT max(id) FROM "DiplomaticEvent"));`);
  await ensureBenchFunctions(c);
  await c.query('INSERT INTO bench_meta (scale, seed) VALUES ($1, $2)', [opts.scale, seed]);
  await step('analyze', 'VACUUM ANALYZE');
  const counts = await countRows(c);
  await c.end();
  log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  return { generated: true, ms: Date.now() - started, counts };
}

/**
 * SQL functions that give PostGraphile what Newsgraph computes itself: PostGraphile has no
 * filter through a relation and no full-text search without plugins; a custom query function
 * is its idiomatic way, exposed as a root connection field. Prisma ignores them.
 */
async function ensureBenchFunctions(c: pg.Client) {
  await c.query(`
    CREATE OR REPLACE FUNCTION bench_events_by_country(country_code text, event_type "DiplomaticEventType")
    RETURNS SETOF "DiplomaticEvent" LANGUAGE sql STABLE AS $$
      SELECT e.* FROM "DiplomaticEvent" e
      WHERE e.type = event_type AND e.factuality = 'ASSERTED'
        AND EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = e.id AND p."countryCode" = country_code)
      ORDER BY e.date DESC NULLS LAST, e.id DESC $$`);
  const hasSearch = (await c.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Article' AND column_name = 'searchVector'`)).rowCount === 1;
  if (hasSearch) {
    // Same match and order as Newsgraph's search (src/services/search.ts).
    await c.query(`
      CREATE OR REPLACE FUNCTION bench_search_articles(q text) RETURNS SETOF "Article" LANGUAGE sql STABLE AS $$
        SELECT a.* FROM "Article" a, websearch_to_tsquery('english', q) w
        WHERE a."searchVector" @@ w
        ORDER BY ts_rank_cd(a."searchVector", w, 32) DESC, a."publishedAt" DESC NULLS LAST, a.id DESC $$`);
  }
}

async function countRows(c: pg.Client): Promise<Record<string, number>> {
  const tables = ['Country', 'Organization', 'Official', 'Position', 'Article', 'ArticleCountry', 'ArticleOfficial', 'DiplomaticEvent', 'EventParticipant', 'Evidence'];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await c.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] ?? fallback : fallback;
  };
  await generate({
    scale: Number(arg('scale', '1')),
    seed: Number(arg('seed', '42')),
    database: arg('db', 'newsgraph_bench'),
    server: BENCH_SERVER,
    force: process.argv.includes('--force'),
  });
}
