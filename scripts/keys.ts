// npm run keys -- create --name <name> --scopes read,write[,admin] [--expires 90d|2027-06-30] [--rate-limit <points>]
// npm run keys -- list
// npm run keys -- revoke <id>
// Manages API keys in the database named by DATABASE_URL (migrating it first). `create`
// prints the token once; only its SHA-256 is stored. Exit codes: 0 done, 1 failed, 2 usage.
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { ConfigError, loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/index.ts';
import { createApiKey, keyState, listApiKeys, parseExpiry, revokeApiKey, type ApiKeyRecord } from '../src/services/api-keys.ts';

/** active, active until <instant>, revoked <instant>, expired <instant>. */
function describeState(k: ApiKeyRecord): string {
  const state = keyState(k);
  if (state === 'REVOKED') return `revoked ${k.revokedAt!.toISOString()}`;
  if (state === 'EXPIRED') return `expired ${k.expiresAt!.toISOString()}`;
  return k.expiresAt ? `active until ${k.expiresAt.toISOString()}` : 'active';
}

const USAGE = `usage:
  npm run keys -- create --name <name> --scopes read,write,admin [--expires <when>]
      <when>: an ISO 8601 date or instant (2027-06-30, 2027-06-30T12:00:00Z),
      or a duration from now (90d, 12h, 30m); without it the key does not expire
      --rate-limit <points>: the key's own budget per rate-limit window (default: the server's)
  npm run keys -- list
  npm run keys -- revoke <id>`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, scopes: { type: 'string' }, expires: { type: 'string' }, 'rate-limit': { type: 'string' }, json: { type: 'boolean' } },
  });
  const [command, ...rest] = positionals;
  if (!command || !['create', 'list', 'revoke'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  if (command === 'create' && (!values.name || !values.scopes)) {
    console.error(`create needs --name and --scopes\n${USAGE}`);
    return 2;
  }
  if (command === 'revoke' && !/^\d+$/.test(rest[0] ?? '')) {
    console.error(`revoke needs a numeric key id\n${USAGE}`);
    return 2;
  }

  // Checked before the database is opened: a bad value is a usage error.
  const expiresAt = command === 'create' && values.expires !== undefined ? parseExpiry(values.expires) : null;
  const rateLimit = values['rate-limit'];
  if (rateLimit !== undefined && !/^\d{1,10}$/.test(rateLimit)) {
    console.error(`--rate-limit needs a whole number of cost points\n${USAGE}`);
    return 2;
  }
  const rateLimitPoints = rateLimit === undefined ? null : Number(rateLimit);

  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await db.migrate();
    if (command === 'create') {
      const { key, token } = await createApiKey(db.prisma, { name: values.name!, scopes: values.scopes!.split(','), expiresAt, rateLimitPoints });
      if (values.json) console.log(JSON.stringify({ id: key.id, name: key.name, scopes: key.scopes, expiresAt: key.expiresAt, rateLimitPoints: key.rateLimitPoints, token }));
      else {
        console.log(
          `created key ${key.id} "${key.name}" with scopes ${key.scopes.join(', ')}, ${key.expiresAt ? `expiring ${key.expiresAt.toISOString()}` : 'not expiring'}`,
        );
        console.log(`token (shown once, store it now): ${token}`);
      }
    } else if (command === 'list') {
      const keys = await listApiKeys(db.prisma);
      if (values.json) console.log(JSON.stringify(keys));
      else if (!keys.length) console.log('no API keys');
      else
        for (const k of keys)
          console.log(
            [k.id, k.name, `${k.prefix}…`, k.scopes.join(','), k.createdAt.toISOString(), describeState(k), k.rateLimitPoints === null ? 'default budget' : `budget ${k.rateLimitPoints}`].join('\t'),
          );
    } else {
      const key = await revokeApiKey(db.prisma, Number(rest[0]));
      if (!key) {
        console.error(`no API key with id ${rest[0]}`);
        return 1;
      }
      console.log(`revoked key ${key.id} "${key.name}" (running servers notice within 5 s)`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
    else if (err instanceof GraphQLError) console.error(err.message);
    else console.error('keys failed:', err instanceof Error ? err.message : err);
    process.exit(err instanceof ConfigError || err instanceof GraphQLError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 2 : 1);
  },
);
