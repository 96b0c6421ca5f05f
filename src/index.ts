// Starts Newsgraph: configuration, application, HTTP listener, graceful shutdown.
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config.ts';
import { createApp, listen } from './server.ts';

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
  const app = await createApp(config);
  const server = await listen(app, config.host, config.port);
  const { port } = server.address() as AddressInfo;
  app.log.info({ url: `http://${config.host}:${port}/graphql`, database: app.db.kind }, 'Newsgraph is listening');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    app.accepting.value = false;
    const force = setTimeout(() => {
      app.log.warn('shutdown timeout: closing remaining connections');
      server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    force.unref();
    server.close(() => {
      void app.close().then(
        () => process.exit(0),
        (err) => {
          app.log.error({ err }, 'error while closing the database');
          process.exit(1);
        },
      );
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error('Newsgraph failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
