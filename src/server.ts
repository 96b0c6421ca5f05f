// Builds the application: database (migrated, seeded), schema and the Yoga HTTP handler.
// src/index.ts only listens.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { useApolloInlineTrace } from '@graphql-yoga/plugin-apollo-inline-trace';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';
import { createContext, type Context } from './context.ts';
import { openDatabase, type Database } from './db/index.ts';
import { maskError } from './errors.ts';
import { subgraphSchema } from './schema/index.ts';
import { seedCountries, seedSampleIfEmpty } from './services/seed.ts';

export const DEFAULT_QUERY = `# Newsgraph: news turned into a graph of countries, officials, organizations
# and diplomatic events, each event backed by the sentence it came from.
# Press the run button (or Ctrl-Enter). Open the docs (top left) for every field.

query RecentEvents {
  diplomaticEvents(first: 5) {
    totalCount
    edges {
      node {
        type
        date
        datePrecision
        summary
        participants {
          role
          actor {
            __typename
            ... on Country { code name }
            ... on Official { name positions { title } }
            ... on Organization { name kind }
          }
        }
        evidence { sentence article { title source } }
      }
    }
  }
}
`;

export interface App {
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  db: Database;
  log: Logger;
  /** False once shutdown began: readiness fails so load balancers stop sending traffic. */
  accepting: { value: boolean };
  close(): Promise<void>;
}

const requestIds = new WeakMap<Request, string>();

function useRequestId(log: Logger): Plugin {
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      requestIds.set(request, given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID());
    },
    onResponse({ request, response }) {
      const id = requestIds.get(request);
      if (id) response.headers.set('x-request-id', id);
      log.debug({ requestId: id, method: request.method, url: request.url, status: response.status }, 'request');
    },
  };
}

export interface AppOptions {
  /** An already open database (tests share one per file); opened from the config otherwise. */
  db?: Database;
  logger?: Logger;
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.logger ?? pino({ level: config.logLevel });
  const db = options.db ?? (await openDatabase(config));
  const applied = await db.migrate();
  if (applied.length) log.info({ migrations: applied }, 'applied migrations');
  const added = await seedCountries(db.prisma);
  if (added) log.info({ countries: added }, 'loaded ISO 3166-1 countries');
  if (config.seedSample) {
    const sample = await seedSampleIfEmpty(db.prisma);
    if (sample) log.info({ articleId: sample.articleId, events: sample.eventsCreated }, 'loaded the sample article');
  }

  const accepting = { value: true };
  const yoga = createYoga<Record<string, unknown>, Context>({
    // The subgraph schema: the public API plus `_service` and `_entities` for gateways.
    schema: subgraphSchema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    healthCheckEndpoint: '/health',
    context: ({ request, req }: { request: Request; req?: IncomingMessage }) => {
      const requestId = requestIds.get(request) ?? randomUUID();
      // In-process calls (tests, tools) have no socket and count as local.
      const remote = req?.socket.remoteAddress;
      const local = !remote || remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1';
      return createContext(db, log.child({ requestId }), requestId, local || config.allowRemoteWrites);
    },
    maskedErrors: {
      maskError: (error) => {
        const masked = maskError(error);
        if (masked.extensions.code === 'INTERNAL_SERVER_ERROR' || masked.extensions.code === 'SERVICE_UNAVAILABLE') {
          // The client sees a code; the details stay here, for whoever runs the service.
          log.error({ err: error, path: masked.path, code: masked.extensions.code }, 'request failed');
        }
        return masked;
      },
    },
    graphiql: { title: 'Newsgraph', defaultQuery: DEFAULT_QUERY },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map(String).join(' ')),
    },
    plugins: [
      useRequestId(log),
      // Federated tracing: adds an ftv1 trace only when a gateway asks for one.
      useApolloInlineTrace(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          if (!accepting.value) return false;
          try {
            await db.ping(Math.min(config.dbConnectTimeoutMs, 2_000));
            return true;
          } catch {
            return false;
          }
        },
      }),
    ],
  });

  return {
    yoga,
    db,
    log,
    accepting,
    async close() {
      accepting.value = false;
      await db.close();
    },
  };
}

/** Listens on the configured host and port; resolves once the socket is bound. */
export function listen(app: App, host: string, port: number): Promise<Server> {
  const server = createServer(app.yoga);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
