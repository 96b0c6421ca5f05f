// PREPARED_STATEMENTS: Prisma's statements as named prepared statements on PostgreSQL.
//
// Without a statement name, @prisma/adapter-pg sends every statement unnamed: PostgreSQL
// parses and plans it again on each execution. The benchmark's nested read (countries ->
// officials -> positions, one relation-join statement) spends about 1 ms of its PostgreSQL
// time planning. With a name, node-postgres parses a statement once per connection and
// reuses it; PostgreSQL then plans it per execution for the first five and may switch to a
// cached generic plan (plan_cache_mode), as PostGraphile's own prepared statements do.
//
// The name is a digest of the SQL text, so one text always maps to one name (node-postgres
// refuses a name reused for another text). Prisma sends its values as parameters, so a
// query shape has one text whatever its values; the names handed out are capped, so
// statements whose text varies without bound (an IN list of every length) cannot grow each
// connection's statement cache for ever: past the cap, new texts go unnamed, as before.
//
// PostgreSQL only (PGlite plans in-process and its adapter has no statement names). Turn it
// off behind a pooler that does not keep prepared statements across transactions
// (PgBouncer in transaction mode before 1.21).
import { createHash } from 'node:crypto';

/** Distinct statement texts given a name, per process. */
export const PREPARED_MAX = 500;

/** A statement-name generator for PrismaPg: `p` and a digest of the text; undefined past the cap. */
export function statementNames(max = PREPARED_MAX): (query: { sql: string }) => string {
  // undefined (past the cap) is what node-postgres takes for an unnamed statement; the
  // adapter's type says string only.
  const unnamed = undefined as unknown as string;
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= max) return unnamed;
    const name = `p${createHash('sha1').update(sql).digest('base64url')}`;
    names.set(sql, name);
    return name;
  };
}
