// npm run keys -- create --name <name> --scopes read,write[,admin]
// npm run keys -- list
// npm run keys -- revoke <id>
// Manages API keys in the database named by DATABASE_URL (migrating it first). `create`
// prints the token once; only its SHA-256 is stored. Exit codes: 0 done, 1 failed, 2 usage.
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { ConfigError, loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/index.ts';
import { createApiKey, listApiKeys, revokeApiKey } from '../src/security/keys.ts';

const USAGE = `usage:
  npm run keys -- create --name <name> --scopes read,write,admin
  npm run keys -- list
  npm run keys -- revoke <id>`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, scopes: { type: 'string' }, json: { type: 'boolean' } },
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

  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await db.migrate();
    if (command === 'create') {
      const { key, token } = await createApiKey(db.prisma, { name: values.name!, scopes: values.scopes!.split(',') });
      if (values.json) console.log(JSON.stringify({ id: key.id, name: key.name, scopes: key.scopes, token }));
      else {
        console.log(`created key ${key.id} "${key.name}" with scopes ${key.scopes.join(', ')}`);
        console.log(`token (shown once, store it now): ${token}`);
      }
    } else if (command === 'list') {
      const keys = await listApiKeys(db.prisma);
      if (values.json) console.log(JSON.stringify(keys));
      else if (!keys.length) console.log('no API keys');
      else
        for (const k of keys)
          console.log(`${k.id}\t${k.name}\t${k.prefix}…\t${k.scopes.join(',')}\t${k.createdAt.toISOString()}\t${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}`);
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
