// npm run worker: one more process running feed jobs (src/feeds) from the PostgreSQL named by
// DATABASE_URL, beside the servers. Start as many as you like, on any machine that reaches the
// database: graphile-worker hands each job to one of them (SKIP LOCKED). FEED_WORKERS sets
// the jobs one process runs at once. With REDIS_URL, the articles it ingests reach the
// servers' subscribers.
import { pino } from 'pino';
import { ConfigError, loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/index.ts';
import { loadFeedConfig } from '../src/config/feeds.ts';
import { createFeedService } from '../src/feeds/service.ts';
import { createAppPubSub } from '../src/services/pubsub.ts';
import { seedCountries } from '../src/services/seed.ts';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  if (config.database.kind !== 'postgres') {
    console.error('npm run worker needs DATABASE_URL=postgres://...: with the embedded database, the server runs feed jobs itself.');
    process.exit(2);
  }
  const feedConfig = config.feeds ?? loadFeedConfig();
  if (feedConfig.workers === 0) {
    console.error('FEED_WORKERS=0: a worker with no job slots would do nothing.');
    process.exit(2);
  }
  const log = pino({ level: config.logLevel });
  const db = await openDatabase(config);
  const applied = await db.migrate();
  if (applied.length) log.info({ migrations: applied }, 'applied migrations');
  await seedCountries(db.prisma);
  const pubsub = config.redis ? createAppPubSub({ redisUrl: config.redis.url, channelPrefix: config.redis.channelPrefix, log }) : null;
  const feeds = createFeedService({ db, databaseUrl: config.database.url, config: feedConfig, log, pubsub });
  await feeds.queue();
  log.info({ workers: feedConfig.workers }, 'Newsgraph feed worker running');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'feed worker stopping: finishing running jobs');
    void (async () => {
      await feeds.close();
      await pubsub?.close();
      await db.close();
      process.exit(0);
    })().catch((err: unknown) => {
      log.error({ err }, 'error while stopping');
      process.exit(1);
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error('Newsgraph feed worker failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
