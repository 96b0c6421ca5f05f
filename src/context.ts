// What every resolver receives. Loaders live per request, so nothing leaks between requests.
import type { Logger } from 'pino';
import type { Database, PrismaClient } from './db/index.ts';
import { createLoaders, type Loaders } from './services/loaders.ts';

export interface Context {
  db: Database;
  prisma: PrismaClient;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  /** Whether this request may change data (see `assertCanWrite`). */
  writesAllowed: boolean;
}

export function createContext(db: Database, log: Logger, requestId: string, writesAllowed = true): Context {
  return { db, prisma: db.prisma, loaders: createLoaders(db.prisma), log, requestId, writesAllowed };
}
