// The Prisma client on the right driver adapter: embedded PGlite (a folder or memory) or a
// PostgreSQL server, chosen by the configuration. Everything above this module sees only
// `Database`.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { loadPerformanceConfig, type Config } from '../config.ts';
import { PrismaClient } from '../generated/prisma/client.ts';
import { lockDatabaseFolder } from './folder-lock.ts';
import { instrumentAdapterFactory, type StatementListener, type StatementObserver } from './instrument.ts';
import { jsonRowsAdapterFactory } from './json-rows.ts';
import { migrate, type SqlSession } from './migrate.ts';
import { statementNames } from './prepared.ts';

export type { PrismaClient };

export interface Database {
  kind: 'pglite' | 'postgres';
  prisma: PrismaClient;
  /** Applies pending migrations; returns their names. */
  migrate(): Promise<string[]>;
  /** Resolves when the database answers a trivial query in time. */
  ping(timeoutMs?: number): Promise<void>;
  /** Connection pool counters (PostgreSQL only), for metrics. */
  poolStats?(): { total: number; idle: number; waiting: number };
  /** Subscribes to every SQL statement the Prisma client sends; returns the unsubscribe function. */
  onStatement(listener: StatementListener): () => void;
  /** Like onStatement, and also told when each statement ends (tracing); returns the unsubscribe function. */
  observeStatements(observer: StatementObserver): () => void;
  /** A statement outside the Prisma client (housekeeping reads; not reported to onStatement). */
  sql<R>(text: string, params?: unknown[]): Promise<R[]>;
  /**
   * LISTEN on a channel: `message` gets each NOTIFY payload, `state` whether notifications can
   * be trusted (false while the listening connection is down: some may have been missed).
   * Reconnects by itself; resolves to the function that stops listening.
   */
  listen(channel: string, handlers: { message(payload: string): void; state(listening: boolean): void }): Promise<() => Promise<void>>;
  /** Closes the client and the pool; calling it again waits for the first close. */
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

// Reads that may load relations; with RELATION_JOINS=false they load them one statement per
// relation, as before the `relationJoins` preview feature (prisma/schema.prisma) was on.
const RELATION_READS = new Set(['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow']);

/** The client on an adapter; RELATION_JOINS=false (for the benchmark's ablation) forces the query strategy. */
function newClient(instrumented: SqlDriverAdapterFactory): PrismaClient {
  // Outermost, so the statement observers see the SQL as sent.
  const adapter = loadPerformanceConfig().jsonRows ? jsonRowsAdapterFactory(instrumented) : instrumented;
  const prisma = new PrismaClient({ adapter });
  if (loadPerformanceConfig().relationJoins) return prisma;
  return prisma.$extends({
    query: {
      $allModels: {
        $allOperations({ operation, args, query }) {
          return query(RELATION_READS.has(operation) ? { ...args, relationLoadStrategy: 'query' } : args);
        },
      },
    },
  }) as unknown as PrismaClient;
}

type DbOptions = Pick<Config, 'database' | 'dbConnectTimeoutMs' | 'dbStatementTimeoutMs' | 'dbPoolMax'>;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** LISTEN on its own connection (never a pooled one), reconnecting with backoff until stopped. */
async function listenPostgres(
  url: string,
  channel: string,
  handlers: { message(payload: string): void; state(listening: boolean): void },
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`listen: bad channel name ${channel}`);
  let stopped = false;
  // The current connection, connected or still connecting.
  let current: pg.Client | null = null;
  let timer: NodeJS.Timeout | undefined;
  let delay = 250;
  const dispose = (c: pg.Client) => {
    // Errors after this are expected (the socket is being torn down): keep them handled.
    c.end().catch(() => undefined);
  };
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, keepAlive: true });
    current = c;
    let gone = false;
    const lost = () => {
      if (gone) return;
      gone = true;
      if (current === c) current = null;
      handlers.state(false);
      dispose(c);
      if (!stopped) timer = setTimeout(() => void connect(), delay);
      delay = Math.min(delay * 2, 10_000);
    };
    // Listeners stay for the client's whole life, so no late socket error goes unhandled.
    c.on('error', lost);
    c.on('end', lost);
    c.on('notification', (n) => {
      if (!gone && n.channel === channel) handlers.message(n.payload ?? '');
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
      if (stopped || gone) {
        gone = true;
        dispose(c);
        return;
      }
      delay = 250;
      handlers.state(true);
    } catch {
      lost();
    }
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    const c = current;
    current = null;
    // A blackholed server never acknowledges the goodbye: do not wait for it past a second.
    if (c) await Promise.race([c.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  };
}

export async function openDatabase(options: DbOptions): Promise<Database> {
  const listeners = new Set<StatementListener>();
  const observers = new Set<StatementObserver>();
  const notify: StatementObserver = (sql) => {
    for (const l of listeners) l(sql);
    if (!observers.size) return;
    const ends: ((error?: unknown) => void)[] = [];
    for (const o of observers) {
      const end = o(sql);
      if (end) ends.push(end);
    }
    if (ends.length) return (error) => ends.forEach((end) => end(error));
  };
  const onStatement = (l: StatementListener) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  const observeStatements = (o: StatementObserver) => {
    observers.add(o);
    return () => void observers.delete(o);
  };
  /** Runs a close function once; later calls get the same promise. */
  const once = (fn: () => Promise<void>) => {
    let closing: Promise<void> | null = null;
    return () => (closing ??= fn());
  };

  if (options.database.kind === 'postgres') {
    const { url } = options.database;
    const pool = new pg.Pool({
      connectionString: options.database.url,
      max: options.dbPoolMax,
      connectionTimeoutMillis: options.dbConnectTimeoutMs,
      statement_timeout: options.dbStatementTimeoutMs,
      // Client-side guard too: a blackholed server never answers statement_timeout.
      query_timeout: options.dbStatementTimeoutMs + 1_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle connection dropped by the server must not crash the process; the pool
    // replaces it on the next checkout.
    pool.on('error', () => undefined);
    // A client the pool has lent out has no error listener of the pool's; if its socket dies
    // after the query that borrowed it gave up (a timeout, a blackholed server), the error
    // would be unhandled and end the process. The query itself still fails as it should.
    pool.on('connect', (client) => client.on('error', () => undefined));
    const prisma = newClient(instrumentAdapterFactory(new PrismaPg(pool, loadPerformanceConfig().preparedStatements ? { statementNameGenerator: statementNames() } : undefined), notify));
    const session = async <T>(fn: (s: SqlSession) => Promise<T>): Promise<T> => {
      const client = await pool.connect();
      try {
        return await fn({
          query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
          exec: async (script) => void (await client.query(script)),
        });
      } finally {
        client.release();
      }
    };
    return {
      kind: 'postgres',
      prisma,
      migrate: () => session(migrate),
      ping: (timeoutMs = options.dbConnectTimeoutMs) =>
        withTimeout(session(async (s) => void (await s.query('SELECT 1'))), timeoutMs, 'database ping'),
      onStatement,
      observeStatements,
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      sql: async <R>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as R[],
      listen: (channel, handlers) => listenPostgres(url, channel, handlers),
      close: once(async () => {
        await prisma.$disconnect();
        await pool.end();
      }),
    };
  }

  const { dataDir } = options.database;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? await lockDatabaseFolder(dataDir) : () => Promise.resolve();
  // The search migration creates these extensions; PGlite ships them but loads only those named.
  const extensions = { unaccent, pg_trgm };
  const pglite = dataDir ? new PGlite(dataDir, { extensions }) : new PGlite({ extensions });
  try {
    await pglite.waitReady;
  } catch (err) {
    await unlock();
    throw err;
  }
  const prisma = newClient(instrumentAdapterFactory(new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory, notify));
  const session: SqlSession = {
    query: async <R>(sql: string, params?: unknown[]) => (await pglite.query<R>(sql, params)).rows,
    exec: async (script) => void (await pglite.exec(script)),
  };
  return {
    kind: 'pglite',
    prisma,
    migrate: () => migrate(session),
    ping: (timeoutMs = options.dbConnectTimeoutMs) =>
      withTimeout(session.query('SELECT 1').then(() => undefined), timeoutMs, 'database ping'),
    onStatement,
    observeStatements,
    sql: (text, params) => session.query(text, params),
    listen: async (channel, handlers) => {
      // In-process: notifications cannot be missed while the database is open.
      const stop = await pglite.listen(channel, handlers.message);
      handlers.state(true);
      return async () => {
        if (!pglite.closed) await stop();
      };
    },
    close: once(async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
      await unlock();
    }),
  };
}
