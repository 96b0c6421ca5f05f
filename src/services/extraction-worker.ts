// The worker-thread side of the extraction pool (src/services/extraction-pool.ts): each task
// is one prepareAndExtract call; a null task only loads the module (warm-up).
import { prepareAndExtract, type IngestInput, type Prepared } from './ingest.ts';

export default function task(input: IngestInput | null): Prepared | null {
  return input === null ? null : prepareAndExtract(input);
}
