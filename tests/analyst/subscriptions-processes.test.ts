// Two real server processes on one PostgreSQL database and a real Redis: an article stored
// and announced anywhere reaches the subscribers of both. PGlite is embedded in a single
// process and cannot be shared by two servers, so this runs on PostgreSQL only; the
// in-process Redis test in subscriptions.test.ts covers PGlite.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/index.ts';
import { createAppPubSub, publishIngested, type AppPubSub } from '../../src/services/pubsub.ts';
import { createServerDatabase, testConfig, usingPostgres } from '../helpers/db.ts';
import { storeFake } from '../helpers/factory.ts';
import { subscribeSse, untilReceived } from './sse.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const children: ChildProcessWithoutNullStreams[] = [];

function startServer(env: Record<string, string>): Promise<number> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_SAMPLE: 'false', ...env },
  });
  children.push(proc);
  let output = '';
  return new Promise((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /"url":"http:\/\/[^:]+:(\d+)\/graphql"/.exec(output);
      if (m) resolve(Number(m[1]));
    });
    proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.on('exit', (code) => reject(new Error(`server exited ${code} before listening:\n${output}`)));
  });
}

describe.runIf(usingPostgres)('subscriptions across server processes (PostgreSQL + Redis)', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof createServerDatabase>>;
  let db: Database;
  let pubsub: AppPubSub;
  const ports: number[] = [];
  const prefix = `newsgraph-test-${randomBytes(6).toString('hex')}:`;
  const adminToken = randomBytes(24).toString('hex');

  beforeAll(async () => {
    server = await createServerDatabase();
    const env = { DATABASE_URL: server.url, REDIS_URL, REDIS_CHANNEL_PREFIX: prefix, NEWSGRAPH_ADMIN_TOKEN: adminToken };
    // One after the other: the first applies the migrations.
    ports.push(await startServer(env));
    ports.push(await startServer(env));
    db = await openDatabase(testConfig({ kind: 'postgres', url: server.url }));
    pubsub = createAppPubSub({ redisUrl: REDIS_URL, channelPrefix: prefix });
  }, 240_000); // two cold starts of tsx, one after the other, on a busy machine
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await pubsub?.close();
    await db?.close();
    await server?.drop();
  });

  const EVENTS = 'subscription { diplomaticEventAdded(filter: { countryCodes: ["NZ"] }) { type evidence { article { title } } } }';
  type EventResult = { diplomaticEventAdded: { type: string; evidence: { article: { title: string } }[] } };

  it('delivers an event announced by another process to subscribers of both servers', async () => {
    const subs = await Promise.all(ports.map((port) => subscribeSse<EventResult>(fetch, `http://127.0.0.1:${port}/graphql`, EVENTS)));
    try {
      const stored = await storeFake(db.prisma, { countries: ['NZ', 'AU'], eventType: 'AID_PROVIDED' });
      const eventIds = (await db.prisma.evidence.findMany({ where: { articleId: stored.articleId } })).map((e) => e.eventId);
      for (const sub of subs) {
        const r = await untilReceived(sub, () => publishIngested(pubsub, { articleId: stored.articleId, eventIds }));
        expect(r.errors).toBeUndefined();
        expect(r.data!.diplomaticEventAdded).toEqual({ type: 'AID_PROVIDED', evidence: [{ article: { title: stored.article.title } }] });
      }
    } finally {
      for (const s of subs) s.close();
    }
  });

  it('announces an article ingested through the mutation on one server to a subscriber of the other', async () => {
    const [a, b] = ports as [number, number];
    const sub = await subscribeSse<{ articleIngested: { url: string } }>(fetch, `http://127.0.0.1:${b}/graphql`, 'subscription { articleIngested { url } }');
    try {
      const url = `https://example.test/ingested-${randomBytes(4).toString('hex')}`;
      const ingest = () =>
        fetch(`http://127.0.0.1:${a}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
          body: JSON.stringify({
            query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { url } } }',
            variables: { input: { url, title: 'New Zealand and Australia sign an agreement', text: 'Wellington, 3 March 2025. New Zealand and Australia signed a trade agreement on Monday.' } },
          }),
        }).then(async (res) => expect(await res.json(), "ingestArticle").toMatchObject({ data: { ingestArticle: { article: { url } } } }));
      // Ingesting the same URL again updates it and announces it again: safe to repeat.
      const r = await untilReceived(sub, ingest);
      expect(r.data!.articleIngested.url).toBe(url);
    } finally {
      sub.close();
    }
  });
});
