// Extraction threads (EXTRACT_THREADS, default 0): how many worker threads of the server
// process (src/index.ts) run the synchronous part of ingestion (validation, HTML and text
// cleaning, language detection, graph extraction) off the event loop, so that reads on the
// same process do not wait behind it. 0: on the main thread. Off by default: on the shared
// 2-core machine it cost CPU and throughput in the load test (README, "Load test"); it can
// pay with free cores and long articles.
import { z } from 'zod';
import { int, parseEnv } from './values.ts';

const schema = z.object({ EXTRACT_THREADS: int('EXTRACT_THREADS', 0, 16, 0) });

export function loadWorkersConfig(env: NodeJS.ProcessEnv = process.env): { extractThreads: number } {
  return { extractThreads: parseEnv(schema, env).EXTRACT_THREADS };
}
