// Multi-process mode (WEB_CONCURRENCY=N, PostgreSQL only): this primary process serves
// nothing itself; it forks N workers, each running the whole server (src/index.ts) on the
// shared port, and node:cluster hands each new connection to one of them in turn. Workers
// start one after another, so the first applies migrations and seeds before the others open
// the database. SIGTERM (or SIGINT) is passed to every worker, which drains as a single
// process does (src/shutdown.ts); the primary exits once all have, 0 when all exited 0. A
// worker that dies on its own is replaced; one that keeps dying at start stops the primary.
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

export interface PrimaryOptions {
  workers: number;
  /** The workers' SHUTDOWN_TIMEOUT_MS: after it (and a margin) the primary kills what is left. */
  shutdownTimeoutMs: number;
  log: Logger;
}

/** A worker that exits within this time of its start counts as failing at start. */
const EARLY_EXIT_MS = 10_000;
const MAX_EARLY_EXITS = 5;

export function runPrimary({ workers, shutdownTimeoutMs, log }: PrimaryOptions): void {
  const alive = new Map<Worker, number>();
  const listening = new Set<Worker>();
  let stopping = false;
  let failed = false;
  let earlyExits = 0;

  const fork = () => {
    const worker = cluster.fork();
    alive.set(worker, Date.now());
    // The next worker starts once this one listens (its migrations and seeding are done).
    worker.once('listening', () => {
      listening.add(worker);
      earlyExits = 0;
      if (!stopping && alive.size < workers) fork();
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    const startedAt = alive.get(worker) ?? 0;
    alive.delete(worker);
    const served = listening.delete(worker);
    if (stopping) {
      // A worker still starting when the signal came has nothing to drain; it dies of it.
      if (code !== 0 && served) failed = true;
      if (alive.size === 0) {
        log.info({ failed }, 'all workers stopped');
        process.exit(failed ? 1 : 0);
      }
      return;
    }
    earlyExits = Date.now() - startedAt < EARLY_EXIT_MS ? earlyExits + 1 : 0;
    if (earlyExits >= MAX_EARLY_EXITS) {
      log.fatal({ worker: worker.id, code, signal }, `${earlyExits} workers in a row exited at start; stopping`);
      stop('SIGTERM', 1);
      return;
    }
    log.error({ worker: worker.id, pid: worker.process.pid, code, signal }, 'worker exited; starting another');
    setTimeout(() => !stopping && fork(), 1_000 * earlyExits);
  });

  const stop = (signal: NodeJS.Signals, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    if (exitCode) failed = true;
    log.info({ signal, workers: alive.size }, 'shutting down: passing the signal to every worker');
    if (alive.size === 0) process.exit(failed ? 1 : 0);
    for (const worker of alive.keys()) worker.process.kill(signal);
    setTimeout(() => {
      log.warn({ open: alive.size }, 'workers did not stop in time; killing them');
      for (const worker of alive.keys()) worker.process.kill('SIGKILL');
      process.exit(1);
    }, shutdownTimeoutMs + 5_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  log.info({ workers, pid: process.pid }, 'starting workers (WEB_CONCURRENCY)');
  fork();
}
