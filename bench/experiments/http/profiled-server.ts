// bench/newsgraph-server.ts of the working directory's checkout, with a V8 CPU profile that
// starts at the first SIGUSR2 and is written to $PROFILE_FILE at the second, so start-up and
// module loading stay out of it (run.ts --profile DIR sends the signals around its timed runs).
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = process.env.PROFILE_FILE ?? 'server.cpuprofile';
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
let running = false;
process.on('SIGUSR2', () => {
  void (async () => {
    if (!running) {
      running = true;
      await session.post('Profiler.start');
      return;
    }
    running = false;
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    console.log(`PROFILED ${file}`);
  })();
});
await import(join(process.cwd(), 'bench/newsgraph-server.ts'));
