// Starts Newsgraph: configuration, application, HTTP listener, graceful shutdown. With
// WEB_CONCURRENCY > 1 this process is the cluster's primary and forks the servers (src/cluster.ts).
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { runPrimary } from './cluster.ts';
import { ConfigError, loadConfig } from './config.ts';
import { loadWorkersConfig } from './config/workers.ts';
import { createApp, listen } from './server.ts';
import { startExtractionThreads } from './services/extraction-pool.ts';
import { drainable } from './shutdown.ts';

async function main() {
  let config;
  let workers;
  try {
    config = loadConfig();
    workers = loadWorkersConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  if (cluster.isPrimary && (config.webConcurrency ?? 1) > 1) {
    runPrimary({ workers: config.webConcurrency!, shutdownTimeoutMs: config.shutdownTimeoutMs, log: pino({ level: config.logLevel }) });
    return;
  }
  const app = await createApp(config);
  // Ingestion's CPU work (extraction) off the event loop, on its own threads.
  await startExtractionThreads(workers.extractThreads);
  const server = await listen(app, config.host, config.port);
  const { port } = server.address() as AddressInfo;
  const worker = cluster.worker?.id;
  // Which worker answered, for operators (and the cluster test) to see the spread.
  if (worker !== undefined) server.on('request', (_req, res) => res.setHeader('x-newsgraph-worker', String(worker)));
  app.log.info({ url: `http://${config.host}:${port}/graphql`, database: app.db.kind, worker }, 'Newsgraph is listening');

  const drain = drainable(server);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Ctrl-C in a terminal has no load balancer to wait for.
    const drainMs = signal === 'SIGTERM' ? config.shutdownDrainMs : 0;
    app.log.info({ signal, drainMs, timeoutMs: config.shutdownTimeoutMs }, 'shutting down: not ready, finishing in-flight requests');
    void drain
      .shutdown({
        drainMs,
        timeoutMs: config.shutdownTimeoutMs,
        log: app.log,
        stopAccepting: () => (app.accepting.value = false),
        done: () =>
          app.close().catch((err: unknown) => {
            app.log.error({ err }, 'error while closing the database');
            process.exitCode = 1;
          }),
      })
      .then((how) => {
        app.log.info({ how }, 'stopped');
        process.exit(process.exitCode ?? 0);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error('Newsgraph failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
