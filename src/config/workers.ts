// Extraction threads (EXTRACT_THREADS, default 1): how many worker threads of the server
// process (src/index.ts) run the synchronous part of ingestion (validation, HTML and text
// cleaning, language detection, graph extraction) off the event loop, so that reads on the
// same process do not wait behind it. 0: on the main thread, as before.
import { z } from 'zod';
import { int, parseEnv } from './values.ts';

const schema = z.object({ EXTRACT_THREADS: int('EXTRACT_THREADS', 0, 16, 1) });

export function loadWorkersConfig(env: NodeJS.ProcessEnv = process.env): { extractThreads: number } {
  return { extractThreads: parseEnv(schema, env).EXTRACT_THREADS };
}
