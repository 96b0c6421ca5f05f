// One process at a time on an embedded database folder. PGlite runs PostgreSQL inside this
// process and does not refuse a second process opening the same folder: both would write its
// files. A lock directory beside the folder (proper-lockfile: created atomically, its time
// stamp refreshed while held) makes the second one stop with a clear message instead.
import lockfile from 'proper-lockfile';

export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

/** A lock not refreshed for this long belongs to a process that died (kill -9, power loss). */
const STALE_MS = 15_000;

/** Takes the folder's lock or throws DatabaseInUseError; resolves to the release function. */
export async function lockDatabaseFolder(dir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dir, {
      stale: STALE_MS,
      update: STALE_MS / 3,
      lockfilePath: `${dir}.lock`,
      // The refresh failed or another process took the lock over (this one stalled past
      // STALE_MS): say so loudly; the database stays open for the requests in flight.
      onCompromised: (err) => process.emitWarning(`the lock on the embedded database folder ${dir} was lost: ${err.message}`),
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    throw new DatabaseInUseError(
      `the embedded database folder ${dir} is in use by another Newsgraph process (the server, a worker or the ingest CLI). ` +
        'Stop that process first, or run several processes on a PostgreSQL server (DATABASE_URL=postgres://...). ' +
        `A process that was killed leaves a lock that expires ${STALE_MS / 1000} s later.`,
    );
  }
}
