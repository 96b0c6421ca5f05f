// What every resolver receives. Loaders live per request, so nothing leaks between requests.
import type { Logger } from 'pino';
import type { Database, PrismaClient } from './db/index.ts';
import type { FeedService } from './feeds/service.ts';
import type { RequestAuth } from './services/auth.ts';
import { createLoaders, type Loaders } from './services/loaders.ts';
import type { AppPubSub } from './services/pubsub.ts';

export interface Context {
  db: Database;
  prisma: PrismaClient;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  /** Who is calling and with which scopes (src/services/auth.ts; checked by @pothos/plugin-scope-auth). */
  auth: RequestAuth;
  /** The process's publish/subscribe hub, for subscriptions (shared by all requests). */
  pubsub: AppPubSub;
  /** Followed feeds (src/feeds): follow/unfollow schedule their jobs. */
  feeds?: FeedService;
}

export function createContext(db: Database, log: Logger, requestId: string, auth: RequestAuth, pubsub: AppPubSub, feeds?: FeedService): Context {
  return { db, prisma: db.prisma, loaders: createLoaders(), log, requestId, auth, pubsub, feeds };
}
