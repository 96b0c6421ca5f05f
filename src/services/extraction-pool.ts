// Runs the synchronous part of ingestion (prepareAndExtract in src/services/ingest.ts, loaded
// in each thread through src/services/extraction-worker.ts) on a pool of worker threads
// (piscina), so the event loop keeps serving other requests meanwhile. The server process
// starts the pool (src/index.ts, EXTRACT_THREADS threads, src/config/workers.ts); elsewhere
// (the ingestion CLI, tests), or with EXTRACT_THREADS=0, the work runs inline. Idle threads
// never keep the process alive.
import { Piscina } from 'piscina';

const WORKER = new URL('./extraction-worker.ts', import.meta.url);

let pool: Piscina | null = null;

/** Starts `threads` extraction threads (0: none, extraction stays inline); resolves once they have loaded. */
export async function startExtractionThreads(threads: number): Promise<void> {
  if (threads === 0 || pool) return;
  // A TypeScript worker needs the tsx loader: `npm start` runs under it (threads inherit the
  // flags), other hosts may not.
  const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
  pool = new Piscina({ filename: WORKER.href, minThreads: threads, maxThreads: threads, idleTimeout: Infinity, execArgv });
  // Loading the extractors takes seconds: before the first request, not in it.
  await Promise.all(Array.from({ length: threads }, () => pool!.run(null)));
}

/** Stops the threads (after the tasks they are running); later work runs inline. */
export async function stopExtractionThreads(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.destroy();
}

/** `work(input)` on an extraction thread (the worker module exports the same function), or inline when none runs. */
export async function runOffThread<I, R>(input: I, work: (input: I) => R): Promise<R> {
  if (!pool) return work(input);
  return (await pool.run(input)) as R;
}
