// Start-up work that needs the database (migrations, seeding). When the database cannot be
// reached, the server still starts: this keeps retrying in the background with backoff,
// readiness stays false (and requests get SERVICE_UNAVAILABLE) until it succeeds. Other
// failures (a broken migration) stop the start with their message.
import type { Logger } from 'pino';
import { isUnavailable } from '../errors.ts';

export class Startup {
  ready = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private attempts = 0;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly log: Logger,
    private readonly maxDelayMs = 10_000,
  ) {}

  /** Runs the work once; on an unreachable database, schedules retries and resolves. */
  async start(): Promise<void> {
    try {
      await this.attempt();
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      this.log.error({ err: String(err) }, 'database unavailable at start: serving SERVICE_UNAVAILABLE and retrying in the background');
      this.schedule();
    }
  }

  private async attempt(): Promise<void> {
    this.attempts += 1;
    await this.work();
    this.ready = true;
    if (this.attempts > 1) this.log.info({ attempts: this.attempts }, 'database reachable: start-up completed, now ready');
  }

  private schedule(): void {
    if (this.stopped) return;
    const delay = Math.min(this.maxDelayMs, 250 * 2 ** Math.min(this.attempts, 10));
    this.timer = setTimeout(() => {
      this.attempt().catch((err: unknown) => {
        if (isUnavailable(err)) this.schedule();
        else {
          // Not a connectivity problem: retrying will not help; stay unready and say why.
          this.log.fatal({ err }, 'start-up failed: the service stays unready until restarted');
        }
      });
    }, delay);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
